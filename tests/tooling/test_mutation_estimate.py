"""The mutation report's estimate: exact where mutants ran outside a sampled pool, the pool from its sample."""

from __future__ import annotations

from typing import Any

from tests.mutation.run import estimate, group_of

LABEL = "`venuekit/` (runtime)"


def _module() -> tuple[dict[str, str], dict[str, Any]]:
    found = {f"venuekit.a.x_f__mutmut_{i}": "killed" for i in range(1, 4)}
    found["venuekit.a.x_f__mutmut_4"] = "survived"
    pool = [f"venuekit.a.x_g__mutmut_{i}" for i in range(1, 7)]
    found.update({name: "not checked" for name in pool})
    found[pool[0]], found[pool[1]] = "killed", "survived"
    return found, {"note": "test", "pending": {"venuekit.a": pool}, "chosen": pool[:2]}


def test_pool_counts_at_its_sample_rate_and_the_rest_exactly() -> None:
    found, drawn = _module()
    # 3 killed of 4 run outside the pool; the pool's 6 at its sample's 1 of 2: (3 + 3) / 10, and the interval
    # 1.96 * sqrt(6**2 * 0.25 / 2 * (1 - 2/6)) / 10.
    assert estimate(LABEL, found, set(), drawn) == f"| {LABEL} | 10 | 6 | 66.7% | 60.0% ± 33.9 | 60.0% ± 33.9 |"


def test_equivalent_survivors_leave_the_last_column() -> None:
    found, drawn = _module()
    row = estimate(LABEL, found, {"venuekit.a.x_f__mutmut_4"}, drawn)
    assert row.endswith("| 60.0% ± 33.9 | 66.7% ± 37.7 |")  # (3 + 3) / 9; the interval over 9


def test_a_full_run_is_exact_and_an_unrun_mutant_outside_the_pool_gives_no_figure() -> None:
    found = {"venuekit.a.x_f__mutmut_1": "killed", "venuekit.a.x_f__mutmut_2": "caught by type check"}
    found["venuekit.a.x_f__mutmut_3"] = "timeout"
    found["venuekit.a.x_f__mutmut_4"] = "survived"
    assert estimate(LABEL, found, set(), {}) == f"| {LABEL} | 4 | 4 | 75.0% | 75.0% | 75.0% |"
    found["venuekit.a.x_f__mutmut_5"] = "not checked"
    assert estimate(LABEL, found, set(), {}) == f"| {LABEL} | 5 | 4 | 75.0% | - | - |"


def test_hook_modules_are_their_own_group() -> None:
    assert group_of("venuekit.auth.gopax") == "hook modules (`venuekit.auth.*`)"
    assert group_of("venuekit.authx") == LABEL
    assert group_of("generator.extensions") == "`generator/extensions.py`"


def test_a_pooled_name_whose_function_changed_since_the_draw_is_left_out() -> None:
    found, drawn = _module()
    drawn["pending"] = {"venuekit.a": [*drawn["pending"]["venuekit.a"], "venuekit.a.x_g__mutmut_99"]}
    drawn["chosen"] = [*drawn["chosen"], "venuekit.a.x_g__mutmut_99"]
    assert estimate(LABEL, found, set(), drawn) == f"| {LABEL} | 10 | 6 | 66.7% | 60.0% ± 33.9 | 60.0% ± 33.9 |"
