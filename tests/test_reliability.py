"""Retries that never double-trade, rate limits on virtual time, clock-skew resync."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator

import httpx
import pytest

import venuekit
import venuekit.gmo_coin.api.account.create_transfer
import venuekit.gmo_coin.api.account.get_assets
import venuekit.gmo_coin.api.public.get_ticker
import venuekit.gmo_coin_fx.api.account.get_assets
import venuekit.gmo_coin_fx.api.orders.create_order
import venuekit.gopax.api.account.get_balances
import venuekit.gopax.api.market.get_orderbook
import venuekit.hashkey_mena.api.account.get_account
from venuekit import gmo_coin, gmo_coin_fx, gopax, hashkey_mena
from venuekit.auth import GmoCoinAuth
from venuekit.ratelimit import RateLimiter, buckets_from_spec

from .conftest import Recorder
from .contract.support import doc_example, load_spec, operations
from .virtual_time import ThreadTime, VirtualTime, run_virtual

SPEC = load_spec("hashkey_mena")

OK = {"status": 0, "data": {"status": "OPEN"}, "responsetime": "2019-03-19T02:15:06.001Z"}
NO_DATA = {"status": 0, "responsetime": "2019-03-19T02:15:06.001Z"}


def script(*steps: httpx.Response | Exception) -> Callable[[httpx.Request], httpx.Response]:
    """A transport handler that answers with each step in turn (raising the exceptions)."""
    queue = list(steps)

    def handler(request: httpx.Request) -> httpx.Response:
        step = queue.pop(0)
        if isinstance(step, Exception):
            raise step
        return step

    return handler


@pytest.fixture
def sleeps() -> Iterator[list[float]]:
    yield []


def gmo(recorder: Recorder, sleeps: list[float], **kwargs: object) -> gmo_coin.Client:
    client = gmo_coin.Client("testkey", "testsecret", httpx_args={"transport": recorder.transport()}, **kwargs)  # type: ignore[arg-type]
    client._sleep = sleeps.append
    return client


def test_503_then_200_on_get_is_retried_once(recorder: Recorder, sleeps: list[float]) -> None:
    recorder.handler = script(httpx.Response(503, text="busy"), httpx.Response(200, json=OK))
    with gmo(recorder, sleeps) as client:
        assert client.public.get_status().status == "OPEN"
    assert len(recorder.requests) == 2 and len(sleeps) == 1
    assert 0 <= sleeps[0] <= client.retry.base_delay  # first backoff: full jitter in [0, base]


def test_500_on_order_placement_is_never_retried(recorder: Recorder, sleeps: list[float]) -> None:
    # The venue may have placed the order before failing: the caller learns "unknown", not "failed".
    recorder.handler = script(httpx.Response(500, text="oops"), httpx.Response(200, json=OK))
    with gmo(recorder, sleeps) as client, pytest.raises(venuekit.OrderStatusUnknownError) as caught:
        client.orders.create_order(symbol="BTC", side="BUY", execution_type="MARKET", size="0.01")
    assert len(recorder.requests) == 1 and sleeps == []
    assert isinstance(caught.value.cause, venuekit.ServerError) and caught.value.__cause__ is caught.value.cause
    assert caught.value.client_order_id is None and caught.value.lookup is None


def test_timeout_on_cancel_is_retried(recorder: Recorder, sleeps: list[float]) -> None:
    recorder.handler = script(httpx.ReadTimeout("slow"), httpx.Response(200, json=NO_DATA))
    with gmo(recorder, sleeps) as client:
        client.orders.cancel_order(order_id=1)
    assert len(recorder.requests) == 2


def test_timeout_on_order_placement_is_raised_not_retried(recorder: Recorder, sleeps: list[float]) -> None:
    recorder.handler = script(httpx.ReadTimeout("slow"))
    with gmo(recorder, sleeps) as client, pytest.raises(venuekit.OrderStatusUnknownError) as caught:
        client.orders.create_order(symbol="BTC", side="BUY", execution_type="MARKET", size="0.01")
    assert len(recorder.requests) == 1
    assert isinstance(caught.value.cause, venuekit.TimeoutError)
    assert isinstance(caught.value.cause.__cause__, httpx.ReadTimeout)


def test_connection_never_made_is_retried_even_for_placement(recorder: Recorder, sleeps: list[float]) -> None:
    recorder.handler = script(httpx.ConnectError("refused"), httpx.Response(200, json={**NO_DATA, "data": "1"}))
    with gmo(recorder, sleeps) as client:
        assert client.orders.create_order(symbol="BTC", side="BUY", execution_type="MARKET", size="0.01") == "1"
    assert len(recorder.requests) == 2


def test_venue_rate_limit_code_is_retried_honouring_retry_after(recorder: Recorder, sleeps: list[float]) -> None:
    limited = {"status": 1, "messages": [{"message_code": "ERR-5003", "message_string": "limit"}]}
    recorder.handler = script(
        httpx.Response(200, json=limited, headers={"Retry-After": "3"}), httpx.Response(200, json=OK)
    )
    with gmo(recorder, sleeps) as client:
        client.public.get_status()
    assert sleeps == [3.0]


@pytest.mark.parametrize(
    "retry_after",
    ["3600", "60", "86400000000000000000", "Wed, 21 Oct 2099 07:28:00 GMT"],
)
def test_retry_after_is_capped_at_a_minute(recorder: Recorder, sleeps: list[float], retry_after: str) -> None:
    # A venue (or a proxy) asking for an hour must not block the call for an hour: at most
    # `max_retry_after` (60 s) is honoured. No deadline here, so only the cap can stop the wait.
    recorder.handler = script(
        httpx.Response(429, text="slow down", headers={"Retry-After": retry_after}), httpx.Response(200, json=OK)
    )
    with gmo(recorder, sleeps, deadline=None) as client:
        assert client.retry.max_retry_after == 60.0
        assert client.public.get_status().status == "OPEN"
    assert sleeps == [60.0]


def test_retry_after_cap_is_the_policys(recorder: Recorder, sleeps: list[float]) -> None:
    recorder.handler = script(
        httpx.Response(503, text="busy", headers={"Retry-After": "30"}), httpx.Response(200, json=OK)
    )
    policy = venuekit.RetryPolicy(max_retry_after=5.0)
    with gmo(recorder, sleeps, deadline=None, retry=policy) as client:
        client.public.get_status()
    assert sleeps == [5.0]


def test_retries_run_out(recorder: Recorder, sleeps: list[float]) -> None:
    recorder.handler = lambda request: httpx.Response(503, text="down")
    with gmo(recorder, sleeps, max_retries=3) as client, pytest.raises(venuekit.MaintenanceError):
        client.public.get_status()
    assert len(recorder.requests) == 4 and len(sleeps) == 3
    assert all(0 <= s <= min(8.0, 0.25 * 2**i) for i, s in enumerate(sleeps))


@pytest.mark.parametrize(("client_retries", "call_retries", "requests"), [(0, None, 1), (2, 0, 1), (0, 1, 2)])
def test_max_retries_per_client_and_per_call(
    recorder: Recorder, sleeps: list[float], client_retries: int, call_retries: int | None, requests: int
) -> None:
    recorder.handler = lambda request: httpx.Response(503, text="down")
    with gmo(recorder, sleeps, max_retries=client_retries) as client, pytest.raises(venuekit.ApiError):
        client.public.get_status(max_retries=call_retries)
    assert len(recorder.requests) == requests


@pytest.mark.parametrize(("key", "requests"), [("bot1", 2), (None, 1)])
def test_placement_is_retried_only_with_a_whole_life_idempotency_key(
    recorder: Recorder, sleeps: list[float], key: str | None, requests: int
) -> None:
    # HashKey refuses a newClientOrderId "sent before" (-1141) for good, so a keyed resend is harmless.
    placed = doc_example(SPEC, operations(SPEC)["createOrder"][3])
    recorder.handler = script(httpx.Response(503, text="busy"), httpx.Response(200, json=placed))
    client = hashkey_mena.Client("k", "s", httpx_args={"transport": recorder.transport()})
    client._sleep = sleeps.append
    with client:
        try:
            client.orders.create_order(
                symbol="BTCUSD", side="BUY", type_="LIMIT", quantity="1", price="1", new_client_order_id=key
            )
        except venuekit.OrderStatusUnknownError:
            assert key is None
    assert len(recorder.requests) == requests


def test_gmo_fx_placement_with_client_order_id_is_not_resent(recorder: Recorder, sleeps: list[float]) -> None:
    # ERR-786 refuses a clientOrderId only while its order is active; a market order never is, so
    # the old rule (resend when clientOrderId is present) executed market orders twice.
    recorder.handler = script(httpx.ReadTimeout("slow"), httpx.Response(200, json=OK))
    client = gmo_coin_fx.Client("k", "s", httpx_args={"transport": recorder.transport()})
    client._sleep = sleeps.append
    with client, pytest.raises(venuekit.OrderStatusUnknownError) as caught:
        client.orders.create_order(
            symbol="USD_JPY", side="BUY", size="10000", execution_type="MARKET", client_order_id="bot1"
        )
    assert len(recorder.requests) == 1
    assert (caught.value.key_parameter, caught.value.client_order_id) == ("clientOrderId", "bot1")


def test_clock_skew_resyncs_from_date_and_retries_once(recorder: Recorder, sleeps: list[float]) -> None:
    skew = {"status": 1, "messages": [{"message_code": "ERR-5009", "message_string": "behind"}]}
    date = {"Date": "Tue, 14 Nov 2023 22:13:40 GMT"}  # 1700000020 s
    recorder.handler = script(
        httpx.Response(200, json=skew, headers=date),
        httpx.Response(200, json={**NO_DATA, "data": "9"}),
    )
    auth = GmoCoinAuth("k", "s", clock=lambda: 1_699_999_000_000)
    with gmo_coin.Client(auth=auth, httpx_args={"transport": recorder.transport()}) as client:
        client.orders.create_order(symbol="BTC", side="BUY", execution_type="MARKET", size="0.01")
    assert [r.headers["API-TIMESTAMP"] for r in recorder.requests] == ["1699999000000", "1700000020000"]
    assert auth.clock_offset_ms == 1_020_000


def test_clock_skew_twice_is_raised(recorder: Recorder) -> None:
    skew = {"status": 1, "messages": [{"message_code": "ERR-5008", "message_string": "ahead"}]}
    recorder.handler = lambda request: httpx.Response(200, json=skew, headers={"Date": "Tue, 14 Nov 2023 22:13:40 GMT"})
    with (
        gmo_coin.Client("k", "s", httpx_args={"transport": recorder.transport()}) as client,
        pytest.raises(venuekit.ClockSkewError),
    ):
        client.account.get_assets()
    assert len(recorder.requests) == 2


def limiter(spec: object, tier: str | None = None) -> tuple[RateLimiter, VirtualTime]:
    time = VirtualTime()
    buckets = buckets_from_spec(spec, tier)  # type: ignore[arg-type]
    return RateLimiter(buckets, clock=time.clock, sleep=time.sleep, async_sleep=time.async_sleep), time


@pytest.mark.parametrize(
    ("venue", "tier", "operation", "count", "at_least"),
    [
        (gmo_coin, "1", venuekit.gmo_coin.api.account.get_assets.OPERATION, 50, 2.0),  # 20 GET/s: 50 need 3 windows
        (gmo_coin, "2", venuekit.gmo_coin.api.account.get_assets.OPERATION, 50, 1.0),  # 30 GET/s
        (gmo_coin, "1", venuekit.gmo_coin.api.account.create_transfer.OPERATION, 3, 360.0),  # 1 per 3 minutes
        (gmo_coin_fx, None, venuekit.gmo_coin_fx.api.orders.create_order.OPERATION, 5, 4.0),  # 1 POST/s
        (gmo_coin_fx, None, venuekit.gmo_coin_fx.api.account.get_assets.OPERATION, 13, 2.0),  # 6 GET/s
        (hashkey_mena, None, venuekit.hashkey_mena.api.account.get_account.OPERATION, 5, 2.0),  # 2 query/s
        (gopax, None, venuekit.gopax.api.account.get_balances.OPERATION, 41, 2.0),  # 20 in any 1 s
        (gopax, None, venuekit.gopax.api.market.get_orderbook.OPERATION, 3, 2.0),  # book: 1/s
    ],
)
def test_requests_over_the_limit_take_the_documented_time(
    venue: object, tier: str | None, operation: venuekit.Operation, count: int, at_least: float
) -> None:
    limits, time = limiter(venue.client.VENUE.rate_limits, tier)  # type: ignore[attr-defined]
    for _ in range(count):
        limits.acquire(operation).release()  # answered at once
    assert time.now == at_least  # not sooner (the venue would refuse), and not later (throttled for nothing)


def test_public_gmo_calls_are_not_limited() -> None:
    limits, time = limiter(gmo_coin.client.VENUE.rate_limits)
    for _ in range(100):
        limits.acquire(venuekit.gmo_coin.api.public.get_ticker.OPERATION).release()
    assert time.now == 0


def test_unknown_tier_is_refused() -> None:
    with pytest.raises(ValueError, match="tier '3'"):
        buckets_from_spec(gmo_coin.client.VENUE.rate_limits, "3")


def test_limiter_is_shared_across_threads() -> None:
    time = ThreadTime()
    buckets = buckets_from_spec(gmo_coin_fx.client.VENUE.rate_limits, None)
    limits = RateLimiter(buckets, clock=time.clock, sleep=time.sleep)
    operation = venuekit.gmo_coin_fx.api.account.get_assets.OPERATION
    granted: list[float] = []

    def work() -> None:
        for _ in range(6):
            limits.acquire(operation).release()
            granted.append(time.now)

    assert time.run(8, work) == []
    # 48 requests at 6 per second, answered at once: 6 in each of the windows starting at 0, 1, ..., 7.
    assert sorted(granted) == [float(second) for second in range(8) for _ in range(6)]
    assert time.now == 7.0


def test_limiter_is_shared_across_tasks() -> None:
    operation = venuekit.gmo_coin_fx.api.orders.create_order.OPERATION
    granted: list[float] = []

    async def run(loop: asyncio.AbstractEventLoop) -> None:
        buckets = buckets_from_spec(gmo_coin_fx.client.VENUE.rate_limits, None)
        limits = RateLimiter(buckets, clock=loop.time, async_sleep=asyncio.sleep)

        async def one() -> None:
            (await limits.acquire_async(operation)).release()
            granted.append(loop.time())

        await asyncio.gather(*(one() for _ in range(10)))

    _, took = run_virtual(run)
    assert granted == [float(second) for second in range(10)]  # 10 POSTs at 1 per second
    assert took == 9.0


def test_client_paces_signed_calls(recorder: Recorder) -> None:
    recorder.handler = lambda request: httpx.Response(
        200, json={"status": 0, "data": [], "responsetime": OK["responsetime"]}
    )
    time = VirtualTime()
    with gmo_coin_fx.Client("k", "s", httpx_args={"transport": recorder.transport()}) as client:
        assert client.rate_limiter is not None
        client.rate_limiter = RateLimiter(client.rate_limiter.buckets, clock=time.clock, sleep=time.sleep)
        for _ in range(7):
            client.account.get_assets()
    assert len(recorder.requests) == 7 and time.now == 1.0  # 6 GETs per second: the 7th waits one second


def test_rate_limiting_can_be_switched_off() -> None:
    assert gmo_coin.Client(rate_limit=False).rate_limiter is None
