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

import httpx
import pytest

import venuekit
from venuekit import gopax
from venuekit.auth.gopax import _sequence_for
from venuekit.sandbox import Sandbox

from ..virtual_time import run_virtual
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
    cause = caught.value.__cause__
    assert isinstance(cause, httpx.PoolTimeout)
    assert str(cause) == "the call's deadline passed while waiting for this API key's turn"
    assert cause.request.url.path == "/balances"  # an httpx error carries its request


def test_an_async_call_waiting_for_the_keys_turn_ends_at_the_deadline_and_sends_nothing(sandbox: Sandbox) -> None:
    seen = record(sandbox)
    api_key = key()
    turns = _sequence_for(api_key).turns
    assert turns.acquire(None)  # a request of this key in another thread is in flight, and stays so

    async def call() -> None:
        async with gopax.AsyncClient(api_key, sandbox.secret, base_url=sandbox.url, rate_limit=False) as client:
            await client.account.get_balances(deadline=0.3)

    try:
        with pytest.raises(venuekit.TimeoutError) as caught:
            asyncio.run(call())
    finally:
        turns.release()
    assert seen == []
    assert isinstance(caught.value, TimeoutError)
    cause = caught.value.__cause__
    assert isinstance(cause, httpx.PoolTimeout)
    assert str(cause) == "the call's deadline passed while waiting for this API key's turn"
    assert cause.request.url.path == "/balances"  # an httpx error carries its request


def test_a_turn_is_handed_over_when_its_waiter_gave_up() -> None:
    turns = _sequence_for(key()).turns
    assert turns.acquire(None)
    assert not turns.acquire(0.01)  # gives up: must not keep a place in the queue
    turns.release()
    assert turns.acquire(0.0)  # free again, so the abandoned waiter did not swallow the turn
    turns.release()


def test_a_waiter_that_gives_up_takes_no_one_elses_turn() -> None:
    turns = _sequence_for(key()).turns
    assert turns.acquire(None)  # the holder
    queued = threading.Event()
    got: list[bool] = []

    def patient() -> None:
        queued.set()
        got.append(turns.acquire(None))

    first = threading.Thread(target=patient)
    first.start()
    queued.wait(5)
    while not turns._waiting:  # the patient waiter is in the queue
        time.sleep(0.001)
    assert not turns.acquire(0.01)  # a second waiter gives up behind it
    assert not turns.acquire(0.0)  # the holder still holds the turn ...
    first.join(0.1)
    assert first.is_alive() and got == []  # ... and the patient waiter still waits: nobody was handed it
    turns.release()
    first.join(5)
    assert got == [True]  # the turn went to the patient waiter, once the holder let it go
    turns.release()
    assert turns.acquire(0.0)  # and came back free
    turns.release()


def test_a_waiter_handed_the_turn_as_it_gives_up_gives_it_back() -> None:
    turns = _sequence_for(key()).turns
    assert turns.acquire(None)
    woken: list[bool] = []

    def wake() -> bool:
        woken.append(True)
        return True

    assert not turns._enter_or_queue(wake)
    turns.release()  # hands the turn to the waiter, which is timing out at this very moment
    assert woken == [True] and not turns.acquire(0.0)
    assert turns._give_up(wake)  # so it must release it: True says the turn is its own
    turns.release()
    assert turns.acquire(0.0)
    turns.release()


@pytest.mark.parametrize(("timeout", "gives_up_after"), [(0.05, 0.05), (0.0, 0.0), (-1.0, 0.0)])
def test_an_async_waiter_gives_up_at_its_timeout(timeout: float, gives_up_after: float) -> None:
    turns = _sequence_for(key()).turns
    assert turns.acquire(None)
    try:
        got, took = run_virtual(lambda loop: turns.acquire_async(timeout))
        assert (got, took) == (False, gives_up_after)  # on the loop's (virtual) clock
        assert not turns.acquire(0.0)  # the holder still holds the turn
    finally:
        turns.release()
    assert turns.acquire(0.0)
    turns.release()


def test_an_async_waiter_without_a_deadline_waits_for_its_turn() -> None:
    turns = _sequence_for(key()).turns
    assert turns.acquire(None)

    async def scenario(loop: asyncio.AbstractEventLoop) -> bool:
        loop.call_later(30.0, turns.release)  # the holder's response arrives after 30 s
        return await turns.acquire_async(None)

    got, took = run_virtual(scenario)
    assert (got, took) == (True, 30.0)
    turns.release()


def test_an_async_waiter_that_gives_up_takes_no_one_elses_turn() -> None:
    turns = _sequence_for(key()).turns
    assert turns.acquire(None)
    got: list[bool] = []
    patient = threading.Thread(target=lambda: got.append(turns.acquire(None)))
    patient.start()
    while not turns._waiting:
        time.sleep(0.001)
    assert asyncio.run(turns.acquire_async(0.01)) is False  # queued behind the patient one, gives up
    patient.join(0.1)
    assert patient.is_alive() and got == []  # nobody was handed the holder's turn
    turns.release()
    patient.join(5)
    assert got == [True]
    turns.release()


def test_an_async_call_waiting_for_the_keys_turn_ends_at_the_deadline(sandbox: Sandbox) -> None:
    seen = record(sandbox)
    api_key = key()
    turns = _sequence_for(api_key).turns
    assert turns.acquire(None)

    async def call() -> BaseException:
        async with gopax.AsyncClient(api_key, sandbox.secret, base_url=sandbox.url, rate_limit=False) as client:
            with pytest.raises(venuekit.TimeoutError) as caught:
                await asyncio.wait_for(client.account.get_balances(deadline=0.3), 10)
            return caught.value

    try:
        error = asyncio.run(call())
    finally:
        turns.release()
    assert seen == []
    assert "the call's deadline passed while waiting for this API key's turn" in str(error)
    cause = error.__cause__
    assert isinstance(cause, httpx.PoolTimeout) and cause.request.url.path == "/balances"


def test_a_waiter_of_a_closed_event_loop_is_passed_over() -> None:
    turns = _sequence_for(key()).turns
    assert turns.acquire(None)
    loop = asyncio.new_event_loop()
    waiter = loop.create_task(turns.acquire_async(None))
    loop.run_until_complete(asyncio.sleep(0))  # queued
    assert len(turns._waiting) == 1
    waiter.cancel()
    loop.run_until_complete(asyncio.gather(waiter, return_exceptions=True))
    assert len(turns._waiting) == 0  # a cancelled waiter leaves the queue ...
    gone = loop.create_task(turns.acquire_async(None))
    loop.run_until_complete(asyncio.sleep(0))
    loop.close()  # ... and one whose loop is closed cannot be woken
    turns.release()
    assert turns.acquire(0.0)  # so the turn is not handed to it
    turns.release()
    del gone


@pytest.mark.parametrize(("timeout", "waited"), [(0.25, 0.25), (0.0, 0.0), (-3.0, 0.0), (None, None)])
def test_a_waiter_waits_at_most_its_timeout(
    monkeypatch: pytest.MonkeyPatch, timeout: float | None, waited: float | None
) -> None:
    asked: list[float | None] = []

    class Event(threading.Event):
        def wait(self, timeout: float | None = None) -> bool:
            asked.append(timeout)
            return True if timeout is None else super().wait(0)  # never actually sleeps

    turns = _sequence_for(key()).turns
    assert turns.acquire(None)
    monkeypatch.setattr(threading, "Event", Event)  # what venuekit.auth.gopax's waiters wait on
    try:
        got = turns.acquire(timeout)
    finally:
        monkeypatch.undo()
    assert asked == [waited]  # a negative timeout waits not at all, None without limit
    assert got is (timeout is None)  # (the patched wait "wakes" a waiter without a limit at once)
    if timeout is not None:
        assert not turns._waiting  # the one that gave up left the queue
