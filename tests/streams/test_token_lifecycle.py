"""`TokenLifecycle` through a whole life on a manual clock: every REST call it makes and when, every warning it
logs (word for word), its counters, and the refusal of a schedule that cannot work."""

from __future__ import annotations

import asyncio
import logging
from collections import deque

import pytest

from venuekit.streams import TokenLifecycle

from .fakes import ManualClock, run


class _Refused(Exception):
    def __init__(self, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.code = code


class _Tokens:
    """The venue's three token calls, each logged with the time; `extend_outcomes` scripts the extensions (None:
    it works), `delete_fails` the deletions."""

    def __init__(self, clock: ManualClock) -> None:
        self.clock = clock
        self.calls: list[tuple[float, str, str]] = []
        self.extend_outcomes: deque[Exception | None] = deque()
        self.delete_fails: set[str] = set()

    async def create(self) -> str:
        token = f"tok-{sum(call == 'create' for _, call, _ in self.calls) + 1}"
        self.calls.append((self.clock.now, "create", token))
        return token

    async def extend(self, token: str) -> None:
        self.calls.append((self.clock.now, "extend", token))
        outcome = self.extend_outcomes.popleft() if self.extend_outcomes else None
        if outcome is not None:
            raise outcome

    async def delete(self, token: str) -> None:
        self.calls.append((self.clock.now, "delete", token))
        if token in self.delete_fails:
            raise _Refused("gone")


def test_a_token_lives_is_retried_replaced_reissued_and_deleted(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="venuekit.streams")

    async def scenario() -> None:
        clock = ManualClock()
        tokens = _Tokens(clock)
        lifecycle = TokenLifecycle(
            create=tokens.create, extend=tokens.extend, delete=tokens.delete, ttl=100, refresh_every=40,
            retry_every=25, reissue_codes={"5201"}, clock=clock, sleep=clock.sleep,
        )  # fmt: skip
        rotations: list[float] = []
        keeper = asyncio.create_task(lifecycle.keep_alive(lambda: rotations.append(clock.now)))
        assert await lifecycle.acquire() == "tok-1"
        await clock.advance(80)  # extended at 40 and 80: valid until 180, next due at 120
        assert (lifecycle.created, lifecycle.extended, lifecycle.reissued) == (1, 2, 0)

        busy = _Refused("busy")
        tokens.extend_outcomes.extend([busy, busy, busy])
        await clock.advance(
            90
        )  # fails at 120, 145 (retried: still valid at the next try) and 170 (not at 195: replaced)
        assert rotations == [170] and lifecycle.token is None
        assert await lifecycle.acquire() == "tok-2"  # at 170: valid until 270, due at 210

        tokens.extend_outcomes.append(_Refused("maintenance", code="5201"))
        tokens.delete_fails.add("tok-2")
        await clock.advance(40)
        assert rotations == [170, 210] and lifecycle.token is None  # reissued at once, no retry
        assert await lifecycle.acquire() == "tok-3"
        await clock.advance(40)
        assert (lifecycle.created, lifecycle.extended, lifecycle.reissued) == (3, 3, 1)
        await lifecycle.close()
        assert lifecycle.token is None
        keeper.cancel()
        assert tokens.calls == [
            (0, "create", "tok-1"),
            (40, "extend", "tok-1"),
            (80, "extend", "tok-1"),
            (120, "extend", "tok-1"),
            (145, "extend", "tok-1"),
            (170, "extend", "tok-1"),
            (170, "delete", "tok-1"),
            (170, "create", "tok-2"),
            (210, "extend", "tok-2"),
            (210, "delete", "tok-2"),
            (210, "create", "tok-3"),
            (250, "extend", "tok-3"),
            (250, "delete", "tok-3"),
        ]

    run(scenario())
    assert [(r.name, r.levelname, r.getMessage()) for r in caplog.records] == [
        ("venuekit.streams", "WARNING", "could not extend the stream token (busy); retrying in 25s"),
        ("venuekit.streams", "WARNING", "could not extend the stream token (busy); retrying in 25s"),
        ("venuekit.streams", "WARNING", "could not extend the stream token before it expires (busy); replacing it"),
        ("venuekit.streams", "WARNING", "the stream token cannot be extended (maintenance); issuing a new one"),
        ("venuekit.streams", "WARNING", "could not delete a stream token: gone"),
    ]


def test_a_schedule_that_cannot_keep_the_token_is_refused() -> None:
    async def create() -> str:
        return "t"

    async def call(token: str) -> None:
        return None

    for ttl, refresh_every in ((60, 60), (60, 61), (60, 0), (60, -1)):
        with pytest.raises(ValueError) as refused:
            TokenLifecycle(create=create, extend=call, delete=call, ttl=ttl, refresh_every=refresh_every)
        assert str(refused.value) == "refresh_every must be positive and shorter than ttl"
    lifecycle = TokenLifecycle(create=create, extend=call, delete=call, ttl=60, refresh_every=59.5)
    assert (lifecycle.ttl, lifecycle.refresh_every, lifecycle.retry_every) == (60, 59.5, 30.0)
    assert (lifecycle.reissue_codes, lifecycle.reissue_statuses) == (frozenset(), frozenset({401, 403, 404}))
