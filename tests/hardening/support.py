"""Helpers for the hardening tests: what a sandbox received, and every text an exception can show."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from venuekit.sandbox import Reply, Request, Sandbox


@dataclass
class Received:
    """One request as the sandbox got it, when it got it (monotonic), and its reply."""

    at: float
    request: Request
    reply: Reply


def record(sandbox: Sandbox) -> list[Received]:
    """Every request `sandbox` handles from now on, in arrival order, stamped when its handling began."""
    seen: list[Received] = []
    lock = threading.Lock()
    handle = sandbox.app.handle

    def recording(request: Request) -> Reply:
        at = time.monotonic()
        reply = handle(request)
        with lock:
            seen.append(Received(at, request, reply))
        return reply

    sandbox.app.handle = recording  # type: ignore[method-assign]
    return seen


def record_stream_calls(sandbox: Sandbox) -> list[dict[str, Any]]:
    """The params of every signed WebSocket API call `sandbox` checks (Bitunix)."""
    seen: list[dict[str, Any]] = []
    adapter = sandbox.app.adapter
    verify = adapter.verify_stream_call

    def recording(params: Any, now_ms: int) -> Reply | None:
        seen.append(dict(params))
        return verify(params, now_ms)

    adapter.verify_stream_call = recording  # type: ignore[method-assign]
    return seen


def record_tokens(sandbox: Sandbox) -> list[str]:
    """Every session token / listen key `sandbox` issues from now on."""
    issued: list[str] = []
    adapter = sandbox.app.adapter
    issue = adapter.issue_token

    def recording() -> str:
        token = issue()
        issued.append(token)
        return token

    adapter.issue_token = recording  # type: ignore[method-assign]
    return issued


def chain(exc: BaseException) -> Iterator[BaseException]:
    """The exception and every cause and context behind it."""
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        current = todo.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        todo += [current.__cause__, current.__context__]


def chain_text(exc: BaseException) -> str:
    """str() and repr() of the exception and of everything chained to it, as a traceback would show."""
    return "\n".join(f"{error!s}\n{error!r}" for error in chain(exc))
