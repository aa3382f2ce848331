"""Shared fixtures: a transport that records requests and answers from a script."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import pytest

Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """An httpx transport double: answers with `handler` and keeps every request it saw."""

    def __init__(self, handler: Handler | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.handler = handler or (lambda request: httpx.Response(500))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.handler(request)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


@pytest.fixture
def recorder() -> Iterator[Recorder]:
    yield Recorder()
