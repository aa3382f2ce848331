"""Rate limits that hold where they count: at the venue, per key across clients, in every window.

The loopback tests stamp each request when the sandbox starts handling it and check every sliding
window: an upper bound on arrivals, which machine load cannot break (a slower machine only spreads them
out). Before the fix, the GMO FX sandbox saw 9-11 private GETs in one second against a limit of 6, and
two GOPAX clients on one key 43-47/s against 20/s.
"""

from __future__ import annotations

import logging
import random
import threading
import time
import uuid
from collections.abc import Callable

import httpx
import pytest

import venuekit
import venuekit.bitunix.api.market.get_depth
import venuekit.bitunix.api.market.get_last_price
import venuekit.bitunix.api.orders.create_order
import venuekit.gmo_coin.api.account.create_transfer
import venuekit.gmo_coin_fx.api.account.get_assets
import venuekit.gopax.api.account.get_balances
import venuekit.gopax.api.market.get_trading_pairs
from venuekit import bitunix, gmo_coin, gmo_coin_fx, gopax
from venuekit.auth import GopaxAuth
from venuekit.ratelimit import RateLimiter, buckets_from_spec
from venuekit.sandbox import Sandbox

from ..virtual_time import VirtualTime
from .support import record


class Jitter(httpx.BaseTransport):
    """Network delay between the client and the venue: each request leaves 0-300 ms after it was let go,
    the gap that let requests granted in one window arrive in the next."""

    def __init__(self, seed: int, most: float = 0.3) -> None:
        self._inner = httpx.HTTPTransport()
        self._random = random.Random(seed)
        self._most = most
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            delay = self._random.uniform(0.0, self._most)
        time.sleep(delay)
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


def most_in_any_window(times: list[float], window: float) -> int:
    times = sorted(times)
    most, start = 0, 0
    for end, at in enumerate(times):
        while at - times[start] >= window:
            start += 1
        most = max(most, end - start + 1)
    return most


def run_threads(count: int, work: Callable[[], object]) -> list[BaseException]:
    failures: list[BaseException] = []

    def guarded() -> None:
        try:
            work()
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=guarded) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return failures


def test_gmo_fx_private_gets_never_exceed_6_in_any_second_at_the_venue() -> None:
    with Sandbox("gmo_coin_fx") as sandbox:
        seen = record(sandbox)
        key = f"fx-{uuid.uuid4().hex}"
        jitter = {"transport": Jitter(seed=1)}
        with gmo_coin_fx.Client(key, sandbox.secret, base_url=sandbox.url, httpx_args=jitter) as client:
            failures = run_threads(4, lambda: [client.account.get_assets() for _ in range(4)])
    assert failures == []
    assert len(seen) == 16 and all(r.reply.status == 200 for r in seen)
    assert most_in_any_window([r.at for r in seen], 1.0) <= 6


def test_two_gopax_clients_on_one_key_share_its_20_per_second() -> None:
    with Sandbox("gopax") as sandbox:
        seen = record(sandbox)
        key = f"gopax-{uuid.uuid4().hex}"

        def client(seed: int) -> gopax.Client:
            # The timestamp edition: requests of one key run concurrently (the nonce edition takes turns).
            auth = GopaxAuth(key, sandbox.secret, edition="timestamp")
            jitter = {"transport": Jitter(seed, most=0.15)}
            return gopax.Client(base_url=sandbox.url, auth=auth, httpx_args=jitter)

        with client(2) as first, client(3) as second:
            failures = run_threads(4, lambda: [(first if i % 2 else second).account.get_balances() for i in range(11)])
    assert failures == []
    assert len(seen) == 44 and all(r.reply.status == 200 for r in seen)
    assert most_in_any_window([r.at for r in seen], 1.0) <= 20


OPERATION_FX_GET = venuekit.gmo_coin_fx.api.account.get_assets.OPERATION


def test_a_slot_counts_from_when_its_response_arrived() -> None:
    """Six GETs granted at t=0 and answered at t=5 keep the seventh out until t=6, not t=1."""
    time = VirtualTime()
    limits = RateLimiter(
        buckets_from_spec(gmo_coin_fx.client.VENUE.rate_limits, None), clock=time.clock, sleep=time.sleep
    )
    slots = [limits.acquire(OPERATION_FX_GET) for _ in range(6)]
    assert time.now == 0
    time.now = 5.0
    for slot in slots:
        slot.release()
    limits.acquire(OPERATION_FX_GET).release()
    assert time.now == pytest.approx(6.0)


def test_a_request_in_flight_holds_its_slot() -> None:
    time = VirtualTime()
    limits = RateLimiter(
        buckets_from_spec(gmo_coin_fx.client.VENUE.rate_limits, None), clock=time.clock, sleep=time.sleep
    )
    for _ in range(6):
        limits.acquire(OPERATION_FX_GET)  # never answered
    with pytest.raises(venuekit.TimeoutError, match="private-get"):
        limits.acquire(OPERATION_FX_GET, max_wait=30.0)


def test_counts_are_shared_per_key_and_per_process_as_the_spec_declares() -> None:
    time = VirtualTime()
    buckets = buckets_from_spec(gopax.client.VENUE.rate_limits, None)
    scope = ("gopax", f"test-{uuid.uuid4().hex}")

    def limiter(key: str) -> RateLimiter:
        return RateLimiter(buckets, clock=time.clock, sleep=time.sleep, scope=scope, key=key)

    a1, a2, b = limiter("key-a"), limiter("key-a"), limiter("key-b")
    private = venuekit.gopax.api.account.get_balances.OPERATION
    public = venuekit.gopax.api.market.get_trading_pairs.OPERATION
    for _ in range(10):
        a1.acquire(private).release()
        a2.acquire(private).release()
    assert time.now == 0  # 20 on key a: its budget, taken by two limiters together
    b.acquire(private).release()
    assert time.now == 0  # key b has its own
    a2.acquire(private).release()
    assert time.now == pytest.approx(1.0)  # the 21st on key a waits for the window

    for limiter_ in (a1, b) * 10:
        limiter_.acquire(public).release()
    assert time.now == pytest.approx(1.0)
    a2.acquire(public).release()  # public calls count per IP: keys a and b share the 20
    assert time.now == pytest.approx(2.0)


def test_bitunix_counts_each_route_on_its_own() -> None:
    # Bitunix allows 10 requests per second on each route (`per-operation: true`), not 10 across all routes.
    time = VirtualTime()
    limits = RateLimiter(buckets_from_spec(bitunix.client.VENUE.rate_limits, None), clock=time.clock, sleep=time.sleep)
    depth = venuekit.bitunix.api.market.get_depth.OPERATION
    price = venuekit.bitunix.api.market.get_last_price.OPERATION
    order = venuekit.bitunix.api.orders.create_order.OPERATION
    for _ in range(10):
        limits.acquire(depth).release()
    for operation in (price, order):
        for _ in range(10):
            slot = limits.acquire(operation)  # another route: its own 10, no wait
            slot.release()
            assert slot.waited == 0
    assert time.now == 0
    slot = limits.acquire(depth)  # the 11th on the first route waits for its window
    slot.release()
    assert (time.now, slot.waited) == (1.0, 1.0)


def test_a_wait_over_a_second_is_logged_once_with_its_bucket(caplog: pytest.LogCaptureFixture) -> None:
    time = VirtualTime()
    limits = RateLimiter(buckets_from_spec(gmo_coin.client.VENUE.rate_limits, "1"), clock=time.clock, sleep=time.sleep)
    transfer = venuekit.gmo_coin.api.account.create_transfer.OPERATION
    fx = RateLimiter(buckets_from_spec(gmo_coin_fx.client.VENUE.rate_limits, None), clock=time.clock, sleep=time.sleep)
    with caplog.at_level(logging.INFO, logger="venuekit.ratelimit"):
        for _ in range(7):  # the 7th waits under a second: not logged
            time.now += 0.1
            fx.acquire(OPERATION_FX_GET).release()
        assert caplog.records == []
        limits.acquire(transfer).release()
        limits.acquire(transfer).release()  # 1 per 180 s
    assert time.now >= 180
    (entry,) = caplog.records
    assert entry.levelno == logging.INFO
    assert "'transfer'" in entry.getMessage() and "180.00s" in entry.getMessage()
