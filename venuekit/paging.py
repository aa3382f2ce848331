"""Lazy iteration over cursor-paginated lists.

Venues like GMO Coin FX page with `prevId`: each request returns up to `count` items with ids
below the cursor, newest first. The pager asks for the next page only when the caller has consumed
the current one, stops on an empty or short page, and never yields an id twice even if the venue
repeats one across pages.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")


class _Cursor:
    def __init__(self, start: int | None, page_size: int) -> None:
        self.cursor = start
        self.page_size = page_size
        self.seen: set[int] = set()
        self.done = False

    def advance(self, page: Sequence[T], item_id: Callable[[T], int]) -> list[T]:
        fresh = []
        for item in page:
            key = item_id(item)
            if key not in self.seen:
                self.seen.add(key)
                fresh.append(item)
        ids = [item_id(item) for item in page]
        next_cursor = min(ids) if ids else None
        stalled = next_cursor is None or (self.cursor is not None and next_cursor >= self.cursor)
        self.done = len(page) < self.page_size or stalled or not fresh
        self.cursor = next_cursor
        return fresh


def follow_cursor(
    fetch: Callable[[int | None], Sequence[T]], item_id: Callable[[T], int], *, start: int | None, page_size: int
) -> Iterator[T]:
    """Yield every item, fetching pages through `fetch(cursor)` as they are needed."""
    state = _Cursor(start, page_size)
    while not state.done:
        yield from state.advance(fetch(state.cursor), item_id)


async def afollow_cursor(
    fetch: Callable[[int | None], Awaitable[Sequence[T]]],
    item_id: Callable[[T], int],
    *,
    start: int | None,
    page_size: int,
) -> AsyncIterator[T]:
    """The async twin of `follow_cursor`."""
    state = _Cursor(start, page_size)
    while not state.done:
        for item in state.advance(await fetch(state.cursor), item_id):
            yield item
