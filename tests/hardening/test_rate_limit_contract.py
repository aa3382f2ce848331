"""The rate limiter's contract, rule by rule, on virtual time: what `buckets_from_spec` builds from a spec block
(defaults, tiers, every refusal word for word), how long a full window makes a request wait, and what a caller
learns when it cannot wait (the exception and the log line, naming the operation and the bucket)."""

from __future__ import annotations

import asyncio
import logging
from types import SimpleNamespace

import pytest

import venuekit
from venuekit.ratelimit import Bucket, RateLimiter, buckets_from_spec

from ..virtual_time import VirtualTime

GET = SimpleNamespace(name="get_ticker", operation_id="getTicker", method="GET", signed=False, tag="market")
POST = SimpleNamespace(name="create_order", operation_id="createOrder", method="POST", signed=True, tag="orders")


def limiter(time: VirtualTime, *buckets: Bucket) -> RateLimiter:
    return RateLimiter(buckets, clock=time.clock, sleep=time.sleep, async_sleep=time.async_sleep)


def test_buckets_from_spec_builds_every_field_with_its_defaults() -> None:
    spec = {
        "default-tier": "1",
        "buckets": [
            {"name": "bare", "limit": 3, "window": 2},
            {
                "name": "full",
                "limit": {"1": 5, "2": 9},
                "window": 0.5,
                "methods": ["GET", "POST"],
                "signed": True,
                "tags": ["orders"],
                "operations": ["createOrder"],
                "per-operation": True,
                "per": "key",
            },
        ],
    }
    assert buckets_from_spec(spec, None) == [
        Bucket(name="bare", limit=3, window=2.0),
        Bucket(
            name="full",
            limit=5,
            window=0.5,
            methods=frozenset({"GET", "POST"}),
            signed=True,
            tags=frozenset({"orders"}),
            operations=frozenset({"createOrder"}),
            per_operation=True,
            per="key",
        ),
    ]
    bare = buckets_from_spec(spec, "2")[0]
    # Defaults: match everything, one count for all operations, counted per IP (the process).
    assert (bare.methods, bare.signed, bare.tags, bare.operations, bare.per_operation, bare.per) == (
        None,
        None,
        None,
        None,
        False,
        "ip",
    )
    assert buckets_from_spec(spec, "2")[1].limit == 9
    assert type(bare.limit) is int and type(bare.window) is float


def test_a_spec_without_buckets_or_without_a_block_has_no_limits() -> None:
    assert buckets_from_spec(None, None) == []
    assert buckets_from_spec({}, "1") == []
    assert buckets_from_spec({"default-tier": "1"}, None) == []


def test_buckets_from_spec_refusals_word_for_word() -> None:
    tiered = {"default-tier": "3", "buckets": [{"name": "b", "limit": {"1": 1, "2": 2}, "window": 1}]}
    with pytest.raises(ValueError) as unknown:
        buckets_from_spec(tiered, None)
    assert str(unknown.value) == "rate-limit tier '3' unknown; known: 1, 2"
    with pytest.raises(ValueError) as per:
        buckets_from_spec({"buckets": [{"name": "b", "limit": 1, "window": 1, "per": "user"}]}, None)
    assert str(per.value) == "rate-limit bucket 'b': per must be 'key' or 'ip', not 'user'"


def test_a_full_window_waits_until_its_oldest_answer_is_window_old() -> None:
    time = VirtualTime()
    limits = limiter(time, Bucket(name="b", limit=2, window=10.0))
    limits.acquire(GET).release()  # answered at 0
    time.now = 4.0
    limits.acquire(GET).release()  # answered at 4
    time.now = 6.0
    slot = limits.acquire(GET)  # the answer at 0 leaves the window at 10: 4 s, not a whole window
    assert (slot.waited, time.now) == (4.0, 10.0)
    slot.release()  # answered at 10
    slot = limits.acquire(GET)  # now the answer at 4 is the oldest: free at 14
    assert (slot.waited, time.now) == (4.0, 14.0)


def test_a_wait_exactly_up_to_the_deadline_is_allowed() -> None:
    time = VirtualTime()
    limits = limiter(time, Bucket(name="b", limit=1, window=3.0))
    limits.acquire(GET).release()
    slot = limits.acquire(GET, max_wait=3.0)
    assert (slot.waited, time.now) == (3.0, 3.0)
    slot.release()
    with pytest.raises(venuekit.TimeoutError):
        limits.acquire(GET, max_wait=2.99)
    assert time.now == 3.0  # refused before sleeping


def test_the_deadline_error_names_the_operation_and_the_first_full_bucket() -> None:
    time = VirtualTime()
    # Two buckets that are full for the same time: the first declared is the one named.
    limits = limiter(time, Bucket(name="first", limit=1, window=5.0), Bucket(name="second", limit=1, window=5.0))
    limits.acquire(GET).release()
    with pytest.raises(venuekit.TimeoutError) as caught:
        limits.acquire(GET, max_wait=1.0)
    assert caught.value.operation == "get_ticker"
    assert str(caught.value) == (
        "get_ticker: rate-limit bucket 'first' has no free slot for 5.00s, past the call's deadline; "
        "the request was not sent"
    )
    # The longest wait decides which bucket is named, whatever the order.
    limits = limiter(time, Bucket(name="short", limit=1, window=2.0), Bucket(name="long", limit=1, window=7.0))
    limits.acquire(GET).release()
    with pytest.raises(
        venuekit.TimeoutError, match=r"^get_ticker: rate-limit bucket 'long' has no free slot for 7\.00s"
    ):
        limits.acquire(GET, max_wait=1.0)


def test_an_operation_without_a_name_still_gets_the_sdk_error() -> None:
    time = VirtualTime()
    anonymous = SimpleNamespace(operation_id="x", method="GET", signed=False, tag="t")
    limits = limiter(time, Bucket(name="b", limit=1, window=2.0))
    limits.acquire(anonymous).release()
    with pytest.raises(venuekit.TimeoutError) as caught:
        limits.acquire(anonymous, max_wait=1.0)
    assert caught.value.operation == ""


def test_the_async_deadline_error_names_the_operation() -> None:
    time = VirtualTime()
    limits = limiter(time, Bucket(name="b", limit=1, window=4.0))

    async def main() -> None:
        (await limits.acquire_async(POST)).release()
        slot = await limits.acquire_async(POST, max_wait=4.0)
        assert (slot.waited, time.now) == (4.0, 4.0)
        slot.release()
        await limits.acquire_async(POST, max_wait=1.0)

    with pytest.raises(venuekit.TimeoutError) as caught:
        asyncio.run(main())
    assert caught.value.operation == "create_order"
    assert str(caught.value) == (
        "create_order: rate-limit bucket 'b' has no free slot for 4.00s, past the call's deadline; "
        "the request was not sent"
    )


@pytest.mark.parametrize("use_async", [False, True])
def test_the_long_wait_log_line_names_the_operation_and_bucket(
    caplog: pytest.LogCaptureFixture, use_async: bool
) -> None:
    time = VirtualTime()
    limits = limiter(time, Bucket(name="orders", limit=1, window=2.5))
    with caplog.at_level(logging.INFO, logger="venuekit.ratelimit"):
        limits.acquire(POST).release()
        if use_async:
            asyncio.run(limits.acquire_async(POST))
        else:
            limits.acquire(POST)
    assert [(r.name, r.levelno, r.getMessage()) for r in caplog.records] == [
        ("venuekit.ratelimit", logging.INFO, "create_order: waiting 2.50s for rate-limit bucket 'orders'")
    ]


def test_a_bucket_added_to_a_limiter_is_never_silently_ignored() -> None:
    # The counts are built with the limiter; a bucket appended later has none, and skipping it would lift its limit.
    time = VirtualTime()
    limits = limiter(time, Bucket(name="a", limit=5, window=1.0))
    limits.buckets.append(Bucket(name="b", limit=1, window=1.0))
    with pytest.raises(ValueError):
        limits.acquire(GET)


def test_a_bucket_matches_an_operation_only_on_every_declared_criterion() -> None:
    assert Bucket(name="all", limit=1, window=1.0).matches(GET)
    checks = {
        "methods": (frozenset({"GET"}), frozenset({"POST"})),
        "signed": (False, True),
        "tags": (frozenset({"market"}), frozenset({"orders"})),
        "operations": (frozenset({"getTicker"}), frozenset({"createOrder"})),
    }
    for field, (hit, miss) in checks.items():
        assert Bucket(name="b", limit=1, window=1.0, **{field: hit}).matches(GET), field  # type: ignore[arg-type]
        assert not Bucket(name="b", limit=1, window=1.0, **{field: miss}).matches(GET), field  # type: ignore[arg-type]
        # One criterion that fails is enough to leave the operation out, whatever the others say.
        others = {f: h for f, (h, _) in checks.items() if f != field}
        assert not Bucket(name="b", limit=1, window=1.0, **{field: miss}, **others).matches(GET), field  # type: ignore[arg-type]
    assert not Bucket(name="b", limit=1, window=1.0, signed=False).matches(POST)


def test_only_matching_buckets_count_and_releasing_twice_is_harmless() -> None:
    time = VirtualTime()
    limits = limiter(time, Bucket(name="posts", limit=1, window=5.0, methods=frozenset({"POST"})))
    for _ in range(3):
        assert limits.acquire(GET).waited == 0  # not counted: no bucket matches
    slot = limits.acquire(POST)
    slot.release()
    slot.release()  # the second release frees nothing more
    slot = limits.acquire(POST)
    assert (slot.waited, time.now) == (5.0, 5.0)


def test_in_flight_requests_and_answers_add_up_to_the_limit() -> None:
    time = VirtualTime()
    limits = limiter(time, Bucket(name="b", limit=3, window=10.0))
    limits.acquire(GET).release()  # answered at 0
    time.now = 2.0
    limits.acquire(GET).release()  # answered at 2
    time.now = 3.0
    held = limits.acquire(GET)  # in flight: three in all
    slot = limits.acquire(GET)  # waits for the answer at 0 to leave the window, not for the in-flight one
    assert (slot.waited, time.now) == (7.0, 10.0)
    held.release()
    slot.release()


def test_a_wait_is_logged_once_when_the_total_passes_one_second(caplog: pytest.LogCaptureFixture) -> None:
    time = VirtualTime()
    limits = limiter(time, Bucket(name="b", limit=1, window=1.0))
    with caplog.at_level(logging.INFO, logger="venuekit.ratelimit"):
        limits.acquire(GET).release()
        limits.acquire(GET).release()  # a wait of exactly one second is not logged
    assert caplog.records == []
