"""GOPAX nonces reach the venue in order however many threads and tasks share one key.

The sandbox refuses a NONCE not greater than the last one it received for the key (10108 NONCE_TOO_LOW),
as GOPAX does. Before the fix, 32 threads got that refusal on a quarter to three quarters of their calls.
"""

from __future__ import annotations

import asyncio
import threading
import time
import uuid
from collections.abc import Iterator

import pytest

import venuekit
from venuekit import gopax
from venuekit.auth.gopax import _sequence_for
from venuekit.sandbox import Sandbox

from .support import Received, record

THREADS = 32
READS = 10
ORDERS = 2


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox("gopax") as running:
        yield running


def key() -> str:
    return f"nonce-test-{uuid.uuid4().hex}"  # a fresh key: nonce sequences are per key and per process


def refused(seen: list[Received]) -> list[Received]:
    return [r for r in seen if r.reply.status != 200]


def test_32_threads_on_one_key_get_no_nonce_refusal(sandbox: Sandbox) -> None:
    seen = record(sandbox)
    failures: list[BaseException] = []
    api_key = key()
    with gopax.Client(api_key, sandbox.secret, base_url=sandbox.url, rate_limit=False) as client:

        def work() -> None:
            try:
                for i in range(READS):
                    client.account.get_balances()
                    if i < ORDERS:
                        client.orders.create_order(
                            type_="limit", side="buy", amount="0.01", price="1000", trading_pair_name="BTC-KRW"
                        )
            except BaseException as exc:  # collected, so that one thread's failure fails the test
                failures.append(exc)

        threads = [threading.Thread(target=work) for _ in range(THREADS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    assert failures == []
    assert len(seen) == THREADS * (READS + ORDERS)
    assert refused(seen) == []
    assert len(sandbox.book.orders) == THREADS * ORDERS
    nonces = [int(r.request.header("nonce") or 0) for r in seen]
    assert nonces == sorted(nonces) and len(set(nonces)) == len(nonces)


def test_sync_and_async_clients_of_one_key_share_the_order(sandbox: Sandbox) -> None:
    """64 tasks on an AsyncClient while 8 threads use a Client with the same key."""
    seen = record(sandbox)
    api_key = key()
    failures: list[BaseException] = []

    def threads_work(client: gopax.Client) -> None:
        try:
            for _ in range(4):
                client.account.get_balances()
        except BaseException as exc:
            failures.append(exc)

    async def tasks() -> None:
        async with gopax.AsyncClient(api_key, sandbox.secret, base_url=sandbox.url, rate_limit=False) as client:

            async def one() -> None:
                for _ in range(3):
                    await client.orders.get_orders()

            await asyncio.gather(*(one() for _ in range(64)))

    with gopax.Client(api_key, sandbox.secret, base_url=sandbox.url, rate_limit=False) as sync_client:
        threads = [threading.Thread(target=threads_work, args=(sync_client,)) for _ in range(8)]
        for thread in threads:
            thread.start()
        asyncio.run(tasks())
        for thread in threads:
            thread.join()

    assert failures == []
    assert len(seen) == 8 * 4 + 64 * 3
    assert refused(seen) == []


def test_waiting_for_the_keys_turn_ends_at_the_deadline_and_sends_nothing(sandbox: Sandbox) -> None:
    seen = record(sandbox)
    api_key = key()
    turns = _sequence_for(api_key).turns
    assert turns.acquire(None)  # another request of this key is in flight, and stays so
    try:
        with gopax.Client(api_key, sandbox.secret, base_url=sandbox.url, rate_limit=False) as client:
            started = time.monotonic()
            with pytest.raises(venuekit.TimeoutError) as caught:
                client.account.get_balances(deadline=0.3)
            elapsed = time.monotonic() - started
    finally:
        turns.release()
    assert seen == []
    assert elapsed < 3.0
    assert isinstance(caught.value, TimeoutError)


def test_a_turn_is_handed_over_when_its_waiter_gave_up() -> None:
    turns = _sequence_for(key()).turns
    assert turns.acquire(None)
    assert not turns.acquire(0.01)  # gives up: must not keep a place in the queue
    turns.release()
    assert turns.acquire(0.0)  # free again, so the abandoned waiter did not swallow the turn
    turns.release()
