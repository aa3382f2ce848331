"""venuekit.rules on its own: what `from_spec` reads from each `x-sdk-*` declaration, the exact problem each
broken rule reports (the client's ValidationError text, the sandbox's "missing"/"invalid" kind and code), and
`renamed`, which the generator applies to turn wire names into Python parameter names before it writes
`rules.<repr>` into the generated operation modules (generator/rest.py, `_rules_code`)."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping

import pytest

from venuekit import rules

GROUP = {"of": ["orderId", "executionId"], "code": "ERR-5208"}


def _one(key: str, entry: Mapping[str, object], scale_of: dict[str, int] | None = None) -> rules.Rule:
    declared = rules.from_spec({key: [entry]}, (scale_of or {}).get)
    assert len(declared) == 1
    return declared[0]


# --- reading the declarations -------------------------------------------------------------------------------


def test_a_rule_without_a_code_has_none_and_a_numeric_code_is_text() -> None:
    assert _one("x-sdk-require-if", {"parameter": "price", "when": "type", "in": ["LIMIT"]}).code is None
    # YAML reads `code: -1129` as an int; the venue's error codes are compared as text
    assert _one("x-sdk-at-most-one-of", {"of": ["quantity", "amount"], "code": -1129}).code == "-1129"


@pytest.mark.parametrize(
    ("key", "least", "most"),
    [("x-sdk-exactly-one-of", 1, 1), ("x-sdk-at-least-one-of", 1, None), ("x-sdk-at-most-one-of", 0, 1)],
)
def test_each_group_kind_reads_its_bounds(key: str, least: int, most: int | None) -> None:
    rule = _one(key, GROUP)
    assert rule == rules.OneOf(("orderId", "executionId"), least, most, "ERR-5208")


def test_at_most_one_of_allows_none_given() -> None:
    rule = _one("x-sdk-at-most-one-of", {"of": ["quantity", "amount"]})
    assert rule.broken({}) is None
    assert rule.broken({"quantity": 1}) is None
    assert rule.broken({"quantity": 1, "amount": 2}) is not None


def test_a_group_reads_its_condition() -> None:
    rule = _one("x-sdk-exactly-one-of", {**GROUP, "when": "side", "in": ["BUY"]})
    assert isinstance(rule, rules.OneOf) and (rule.when, rule.in_) == ("side", ("BUY",))
    assert rule.broken({"side": "SELL"}) is None  # the group applies only when side is BUY
    broken = rule.broken({"side": "BUY"})
    assert broken is not None and broken.problem == "one of orderId, executionId is required when side is BUY"


def test_require_if_reads_every_field() -> None:
    rule = _one("x-sdk-require-if", {"parameter": "price", "when": "type", "in": ["LIMIT", "STOP"], "code": "E1"})
    assert rule == rules.RequireIf("price", "type", ("LIMIT", "STOP"), "E1")
    assert rule.broken({"type": "STOP"}) == rules.Broken("price", "is required when type is STOP", True, "E1")


def test_forbid_if_reads_every_field() -> None:
    entry = {"parameter": "cancelBefore", "when": "side", "in": ["BUY"], "value": True, "code": "E2"}
    rule = _one("x-sdk-forbid-if", entry)
    assert rule == rules.ForbidIf("cancelBefore", "side", ("BUY",), True, "E2")
    assert rule.broken({"side": "BUY", "cancelBefore": False}) is None  # only the declared value is forbidden
    expected = rules.Broken("cancelBefore", "true is not allowed when side is BUY", False, "E2")
    assert rule.broken({"side": "BUY", "cancelBefore": True}) == expected


def test_time_window_reads_every_field_and_asks_the_scale_of_its_start() -> None:
    entry = {"from": "startTime", "to": "endTime", "max-seconds": 60, "code": "-2027"}
    rule = _one("x-sdk-time-window", entry, {"startTime": 1000})
    assert rule == rules.TimeWindow("startTime", "endTime", 60, "-2027", 1000)
    assert rule.broken({"startTime": 0, "endTime": 60_000}) is None
    expected = rules.Broken("endTime", "must be at most 1 minute from startTime", False, "-2027")
    assert rule.broken({"startTime": 0, "endTime": 60_001}) == expected


@pytest.mark.parametrize(
    ("node", "words"),
    [
        ({"x-sdk-forbid-if": {"parameter": "a"}}, "x-sdk-forbid-if must be a list of rules, got {'parameter': 'a'}"),
        ({"x-sdk-require-if": "a"}, "x-sdk-require-if must be a list of rules, got 'a'"),
        ({"x-sdk-exactly-one-of": [["a", "b"]]}, "malformed rule ['a', 'b'] (each rule is a mapping)"),
        ({"x-sdk-exactly-one-of": [{"of": ["a"]}]}, "(a group names at least two values)"),
    ],
)
def test_a_malformed_declaration_is_named_with_what_is_wrong(node: dict[str, object], words: str) -> None:
    with pytest.raises(ValueError) as caught:
        rules.from_spec(node)
    assert words in str(caught.value)


# --- what a broken rule reports -----------------------------------------------------------------------------


def test_group_problems_list_the_names_and_what_was_given() -> None:
    rule = rules.OneOf(("a", "b", "c"), 1, 1, "E")
    assert rule.broken({}) == rules.Broken("a", "one of a, b, c is required", True, None)
    too_many = rules.Broken("c", "only one of a, b, c may be given (got a, c)", False, "E")
    assert rule.broken({"a": 1, "c": 2}) == too_many


def test_forbid_if_without_a_value_forbids_any_value() -> None:
    rule = rules.ForbidIf("lower_bound", "side", ("BUY",), code="ERR-5211")
    expected = rules.Broken("lower_bound", "is not allowed when side is BUY", False, "ERR-5211")
    assert rule.broken({"side": "BUY", "lower_bound": 0}) == expected


class Flag(enum.Enum):
    OFF = False


def test_false_is_compared_and_shown_as_its_wire_text() -> None:
    # YAML `in: ["false"]` and a Python False (or an enum whose value is False) are the same wire value
    rule = rules.RequireIf("price", "post_only", ("false",))
    for given in (False, Flag.OFF):
        assert rule.broken({"post_only": given}) == rules.Broken(
            "price", "is required when post_only is false", True, None
        )
    assert rule.broken({"post_only": True}) is None


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (86_400, "1 day"),
        (2 * 86_400, "2 days"),
        (30 * 86_400, "30 days"),
        (3_600, "1 hour"),
        (25 * 3_600, "25 hours"),
        (60, "1 minute"),
        (1_800, "30 minutes"),
        (90, "90 seconds"),
        (1, "1 second"),
        (86_401, "86401 seconds"),
        (0, "0 seconds"),
    ],
)
def test_the_window_names_its_length_in_the_largest_exact_unit(seconds: int, text: str) -> None:
    rule = rules.TimeWindow("start", "end", seconds, "E")
    utc = dt.timezone.utc
    start = dt.datetime(2024, 1, 1, tzinfo=utc)
    broken = rule.broken({"start": start, "end": start + dt.timedelta(seconds=seconds + 1)})
    assert broken == rules.Broken("end", f"must be at most {text} from start", False, "E")
    assert rule.broken({"start": start, "end": start + dt.timedelta(seconds=seconds)}) is None


def test_epoch_text_is_divided_by_the_scale() -> None:
    rule = rules.TimeWindow("startTime", "endTime", 60, scale=1000)
    assert rule.broken({"startTime": "1700000000000", "endTime": "1700000060000"}) is None
    assert rule.broken({"startTime": "1700000000000", "endTime": "1700000060001"}) is not None


# --- renaming (what the generator writes into the generated clients) ---------------------------------------

NAMES = {
    "orderId": "order_id",
    "executionId": "execution_id",
    "side": "side_",
    "limitPrice": "limit_price",
    "type": "type_",
    "startTime": "start_time",
    "endTime": "end_time",
}


@pytest.mark.parametrize(
    ("wire", "python"),
    [
        (
            rules.OneOf(("orderId", "executionId"), 1, 1, "E", "side", ("BUY",)),
            rules.OneOf(("order_id", "execution_id"), 1, 1, "E", "side_", ("BUY",)),
        ),
        (
            rules.OneOf(("orderId", "executionId"), 1, None),
            rules.OneOf(("order_id", "execution_id"), 1, None),
        ),
        (
            rules.RequireIf("limitPrice", "type", ("LIMIT",), "E"),
            rules.RequireIf("limit_price", "type_", ("LIMIT",), "E"),
        ),
        (
            rules.ForbidIf("orderId", "side", ("BUY",), True, "E"),
            rules.ForbidIf("order_id", "side_", ("BUY",), True, "E"),
        ),
        (
            rules.TimeWindow("startTime", "endTime", 60, "E", 1000),
            rules.TimeWindow("start_time", "end_time", 60, "E", 1000),
        ),
    ],
    ids=["group-when", "group", "require-if", "forbid-if", "time-window"],
)
def test_renamed_maps_every_name_and_keeps_the_rest(wire: rules.Rule, python: rules.Rule) -> None:
    renamed = wire.renamed(NAMES)
    assert renamed == python
    assert rules.names([renamed]) == [NAMES[n] for n in rules.names([wire])]
    assert wire.renamed({n: n for n in rules.names([wire])}) == wire


@pytest.mark.parametrize(
    "rule",
    [
        rules.OneOf(("order_id", "execution_id"), 1, None, "-1129", "side", ("BUY", 2, True)),
        rules.RequireIf("price", "type_", ("LIMIT", "STOP"), None),
        rules.ForbidIf("cancel_before", "side", ("BUY",), False, "ERR-5211"),
        rules.TimeWindow("start_time", "end_time", 2_592_000, "-2027", 1000),
    ],
    ids=lambda rule: type(rule).__name__,
)
def test_the_repr_the_generator_writes_rebuilds_the_rule(rule: rules.Rule) -> None:
    assert eval(f"rules.{rule!r}", {"rules": rules}) == rule  # our own repr, as generated code does
