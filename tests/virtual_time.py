"""Virtual clocks for tests of code that waits: time moves only when everything waits, so a test can assert
exact times (a limiter that throttles too much fails as surely as one that throttles too little), and
machine load changes nothing.

- `VirtualTime`: one waiter at a time (a single thread or task); `sleep` moves the clock forward.
- `ThreadTime`: many threads; a sleeping thread wakes when the clock reaches its end, and the clock moves
  (to the earliest end) only once every thread started with `run` is asleep or finished.
- `run_virtual(coro)`: asyncio on a loop whose clock is virtual: when no task can run, the clock jumps to
  the next timer instead of waiting for it. `asyncio.sleep` then takes no real time.
"""

from __future__ import annotations

import asyncio
import selectors
import threading
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


class VirtualTime:
    """A clock that only moves when someone sleeps (one sleeper at a time: sleeps add up)."""

    def __init__(self) -> None:
        self.now = 0.0
        self.lock = threading.Lock()

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        with self.lock:
            self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)
        await asyncio.sleep(0)


class _Sleeper:
    __slots__ = ("end", "woken")

    def __init__(self, end: float) -> None:
        self.end = end
        self.woken = False


class ThreadTime:
    """Virtual time shared by the threads of `run`: sleeps overlap as they would on a real clock."""

    def __init__(self) -> None:
        self.now = 0.0
        self._cond = threading.Condition()
        self._live = 0
        self._sleepers: list[_Sleeper] = []

    def clock(self) -> float:
        return self.now

    def _advance(self) -> None:
        """Called with the condition held: when every live thread sleeps, wake the earliest ones."""
        if not self._sleepers or len(self._sleepers) < self._live:
            return
        self.now = max(self.now, min(s.end for s in self._sleepers))
        for sleeper in [s for s in self._sleepers if s.end <= self.now]:
            sleeper.woken = True
            self._sleepers.remove(sleeper)
        self._cond.notify_all()

    def sleep(self, seconds: float) -> None:
        with self._cond:
            sleeper = _Sleeper(self.now + max(seconds, 0.0))
            self._sleepers.append(sleeper)
            self._advance()
            if not self._cond.wait_for(lambda: sleeper.woken, timeout=30):
                raise AssertionError("virtual time stalled: a thread waits on something other than the clock")

    def run(self, count: int, work: Callable[[], object]) -> list[BaseException]:
        """Run `work` in `count` threads on this clock; the exceptions they raised."""
        failures: list[BaseException] = []

        def guarded() -> None:
            try:
                work()
            except BaseException as exc:
                failures.append(exc)
            finally:
                with self._cond:
                    self._live -= 1
                    self._advance()

        threads = [threading.Thread(target=guarded) for _ in range(count)]
        with self._cond:
            self._live += count  # before any starts, so that the first sleeper does not move the clock alone
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return failures


class _JumpingSelector(selectors.DefaultSelector):
    """Never blocks: a wait for the next timer moves the loop's virtual clock to it instead."""

    def __init__(self, loop: _VirtualLoop) -> None:
        super().__init__()
        self._loop = loop

    def select(self, timeout: float | None = None) -> list[tuple[selectors.SelectorKey, int]]:
        ready = super().select(0)
        if not ready and timeout is not None and timeout > 0:
            self._loop.now += timeout
        elif not ready and timeout is None:
            raise AssertionError("virtual time stalled: every task waits, and not on a timer")
        return ready


class _VirtualLoop(asyncio.SelectorEventLoop):
    def __init__(self) -> None:
        self.now = 0.0
        super().__init__(_JumpingSelector(self))

    def time(self) -> float:
        return self.now


def run_virtual(main: Callable[[_VirtualLoop], Coroutine[Any, Any, T]]) -> tuple[T, float]:
    """Run `main(loop)` on a virtual-time loop; its result and the virtual seconds it took."""
    loop = _VirtualLoop()
    try:
        result = loop.run_until_complete(main(loop))
    finally:
        loop.close()
    return result, loop.now
