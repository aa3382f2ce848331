"""Unit rules of the shared runtime that the suite's end-to-end tests reach only partly: the backoff curve, the
two forms of Retry-After, which venue errors leave an order's fate open, the lookup of an order by its key, and
cursor paging. Each states a rule a surviving mutant of `make mutation` broke."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime
import email.utils
import time
from decimal import Decimal
from typing import Any

import httpx
import pytest

import venuekit
from venuekit import redact
from venuekit.bitunix.api.account import create_internal_transfer
from venuekit.calls import Call
from venuekit.errors import ApiError, NotFoundError, ServerError
from venuekit.orderbook import BookFrame, OrderBook, OrderBookError
from venuekit.paging import afollow_cursor, follow_cursor
from venuekit.placement import Lookup, Placement
from venuekit.retry import RetryPolicy


# --- backoff and Retry-After -------------------------------------------------------------------------------------
def test_backoff_is_full_jitter_under_a_ceiling_that_doubles_per_attempt(monkeypatch: pytest.MonkeyPatch) -> None:
    bounds: list[tuple[float, float]] = []

    def uniform(low: float, high: float) -> float:
        bounds.append((low, high))
        return high

    monkeypatch.setattr("venuekit.retry.random.uniform", uniform)
    policy = RetryPolicy(base_delay=0.5, max_delay=8.0)
    assert [policy.delay(attempt) for attempt in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert all(low == 0 for low, _ in bounds)


def _with_retry_after(value: str) -> httpx.Response:
    return httpx.Response(429, headers={"Retry-After": value})


def test_retry_after_as_an_http_date_is_the_time_left_until_then() -> None:
    policy = RetryPolicy(max_retry_after=60.0)
    soon = email.utils.formatdate(time.time() + 30, usegmt=True)
    assert 27.0 <= policy.delay(0, _with_retry_after(soon)) <= 30.0
    past = email.utils.formatdate(time.time() - 3600, usegmt=True)
    assert policy.delay(0, _with_retry_after(past)) == 0.0  # already passed: retry at once


def test_retry_after_digits_are_read_whole_up_to_the_cap() -> None:
    policy = RetryPolicy(max_retry_after=1e13)
    assert policy.delay(0, _with_retry_after("999999999999")) == 999999999999.0  # 12 digits, all read
    assert policy.delay(0, _with_retry_after("1234567890123456")) == 123456789012.0  # more are cut at 12


# --- placement ---------------------------------------------------------------------------------------------------
def test_a_declared_status_unknown_code_leaves_the_outcome_open_whatever_its_error_class() -> None:
    placement = Placement(unknown_codes=frozenset({"-1006"}))
    response = httpx.Response(400, request=httpx.Request("POST", "https://venue.test/order"))
    unknown = ApiError("execution status unknown", code="-1006", status_code=400, response=response)
    refused = ApiError("bad symbol", code="-1121", status_code=400, response=response)
    assert placement.is_unknown(unknown)
    assert not placement.is_unknown(refused)
    assert placement.is_unknown(ServerError("busy", code="-1121", status_code=400, response=response))


class _Item:
    def __init__(self, **fields: Any) -> None:
        self.__dict__.update(fields)


def test_a_list_lookup_finds_the_item_with_the_key_and_passes_over_items_without_the_field() -> None:
    """Bitunix transfers are found in the withdrawal history by `outBizId` (a list lookup with `match`)."""
    real = create_internal_transfer.OPERATION.placement
    assert real is not None and real.lookup is not None and real.lookup.match == "out_biz_id"
    real_build = real.lookup.build

    def build(key: str) -> Call[Any]:  # the venue's request, with the history's items handed over as they are
        return dataclasses.replace(real_build(key), parse=lambda items: items)

    placement = Placement(lookup=Lookup(real.lookup.operation, build, match="out_biz_id"))
    call = placement.lookup_call("bot-1")
    assert call is not None and call.content == b'{"outBizId":"bot-1"}'
    wanted = _Item(out_biz_id="bot-1", id=2)
    assert call.parse([_Item(id=0), _Item(out_biz_id="bot-2", id=1), wanted]) is wanted
    assert call.parse([_Item(id=0)]) is None
    assert placement.lookup_call(None) is None


# --- cursor paging -----------------------------------------------------------------------------------------------
def _pages(pages: dict[int | None, list[int]], asked: list[int | None]) -> Any:
    def fetch(cursor: int | None) -> list[int]:
        asked.append(cursor)
        return pages[cursor]

    return fetch


def test_paging_starts_at_the_given_cursor_and_walks_down() -> None:
    asked: list[int | None] = []
    fetch = _pages({50: [49, 48], 48: [47, 46], 46: [45]}, asked)
    assert list(follow_cursor(fetch, lambda i: i, start=50, page_size=2)) == [49, 48, 47, 46, 45]
    assert asked == [50, 48, 46]


def test_async_paging_starts_at_the_given_cursor_and_walks_down() -> None:
    asked: list[int | None] = []
    fetch = _pages({50: [49, 48], 48: [47, 46], 46: [45]}, asked)

    async def afetch(cursor: int | None) -> list[int]:
        return fetch(cursor)  # type: ignore[no-any-return]

    async def collect() -> list[int]:
        return [item async for item in afollow_cursor(afetch, lambda i: i, start=50, page_size=2)]

    assert asyncio.run(collect()) == [49, 48, 47, 46, 45]
    assert asked == [50, 48, 46]


@pytest.mark.parametrize(
    "second_page",
    [[12, 11], [11, 9]],
    ids=["the cursor went up", "the cursor did not move"],
)
def test_paging_stops_when_the_cursor_does_not_go_down(second_page: list[int]) -> None:
    """A venue that answers a cursor with ids at or above it would page for ever: the new items are kept and
    paging stops there, without asking again."""
    asked: list[int | None] = []
    fetch = _pages({None: [10, 9], 9: second_page}, asked)
    items = list(follow_cursor(fetch, lambda i: i, start=None, page_size=2))
    assert items == [10, 9, *[i for i in second_page if i not in (10, 9)]]
    assert asked == [None, 9]


# --- what errors and books say about themselves ------------------------------------------------------------------
def test_order_status_unknown_says_what_failed_and_how_to_settle_it() -> None:
    cause = venuekit.TimeoutError("read timed out", operation="create_order")
    plain = venuekit.OrderStatusUnknownError(operation="create_order", cause=cause)
    assert plain.operation == "create_order" and plain.cause is cause
    assert str(plain) == (
        "create_order: order status unknown after TimeoutError: create_order: read timed out; "
        "no client order id was sent: check the open orders and recent executions"
    )
    keyed = venuekit.OrderStatusUnknownError(
        operation="create_order", cause=cause, key_parameter="client_order_id", client_order_id="bot-1"
    )
    assert str(keyed).endswith("; client_order_id='bot-1': check the open orders and recent executions for it")


def test_an_api_error_names_its_class_code_and_status() -> None:
    response = httpx.Response(404, request=httpx.Request("GET", "https://venue.test/v1/orders/7?x=1"))
    error = NotFoundError("no such order", code="E1", status_code=404, response=response)
    assert repr(error) == "NotFoundError(code='E1', message='no such order', status_code=404)"
    assert error.args == ("no such order",)
    assert "HTTP 404, GET /v1/orders/7" in str(error) and "x=1" not in str(error)
    other = ApiError("refused", code="E2", status_code=400, response=response)
    assert "/v1/orders" not in str(other)  # only a 404 names the path
    assert ApiError("refused").status_code == 0
    assert str(other) == "[E2] refused (HTTP 400)"
    # An error frame of a stream has no HTTP status: its text names none (it said "(HTTP 0)").
    assert str(ApiError("Requests are too many.", code="ERR-5003", code_name="RATE_LIMIT_EXCEEDED")) == (
        "[ERR-5003 RATE_LIMIT_EXCEEDED] Requests are too many."
    )


def test_not_supported_names_venue_method_and_the_reason_when_there_is_one() -> None:
    assert str(venuekit.NotSupportedError("bitunix", "fetch_trades")) == "bitunix does not support fetch_trades"
    error = venuekit.NotSupportedError("gopax", "create_order", "market buys are sized in KRW")
    assert str(error) == "gopax does not support create_order: market buys are sized in KRW"
    assert error.reason == "market buys are sized in KRW"
    assert venuekit.NotSupportedError("gopax", "x").reason == ""


def test_an_order_book_refuses_an_older_frame_but_takes_a_snapshot_of_the_same_sequence() -> None:
    level = [(Decimal("100"), Decimal("1"))]
    ask = [(Decimal("101"), Decimal("1"))]
    at = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
    book = OrderBook()
    assert "invalid" in repr(book)
    book.apply(BookFrame(level, ask, snapshot=True, sequence=(5,), timestamp=at))
    assert repr(book).startswith("<OrderBook valid ")
    book.apply(BookFrame(level, ask, snapshot=True, sequence=(5,), timestamp=at))  # same sequence and time: fine
    book.apply(BookFrame([], [], snapshot=False, sequence=(6,), timestamp=at))  # an update at the same time
    with pytest.raises(OrderBookError, match=r"^sequence went back from \(6,\) to \(6,\)$"):
        book.apply(BookFrame([], [], snapshot=False, sequence=(6,), timestamp=at))
    assert not book.valid and repr(book).startswith("<OrderBook invalid ")
    with pytest.raises(OrderBookError, match=r"^an update arrived before a snapshot$"):
        OrderBook().apply(BookFrame([], [], snapshot=False))


# --- redaction helpers (each is also behind the log filter, so end-to-end log scans cannot tell them apart) ------
def test_masked_headers_show_part_of_a_key_and_none_of_a_signature() -> None:
    headers = {"API-KEY": "abcd1234efgh5678", "X-HK-APIKEY": "short", "API-SIGN": "deadbeef", "Accept": "x/y"}
    assert redact.masked_headers(headers) == {
        "API-KEY": "abcd***5678",
        "X-HK-APIKEY": "***",
        "API-SIGN": "***",
        "Accept": "x/y",
    }


def test_masked_text_and_url_hide_only_signature_values() -> None:
    assert redact.masked_text("a=1&signature=abc123&b=2") == "a=1&signature=***&b=2"
    url = httpx.URL("https://venue.test/v1/account?timestamp=1&signature=abc123")
    assert redact.masked_url(url) == "https://venue.test/v1/account?timestamp=1&signature=***"


class _Frame:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.opcode = type("Opcode", (), {"name": "TEXT"})()


def test_a_websocket_frame_is_masked_before_it_is_shortened(monkeypatch: pytest.MonkeyPatch) -> None:
    # Only the signature patterns here: credentials other tests' clients registered (while they live) are masked
    # too, and one of them could be a run of the filler characters below.
    monkeypatch.setattr(redact, "_known_values", list)
    short = b'{"op":"login","sign":"0123456789abcdef"}'
    masked_short = '{"op":"login","sign":"***"}'
    assert redact._frame_text(_Frame(short)) == f"TEXT {masked_short!r} [{len(short)} bytes]"
    long = b'{"sign":"' + b"f" * 64 + b'","args":"' + b"x" * 60 + b'"}'
    shown = redact._frame_text(_Frame(long))
    masked = '{"sign":"***","args":"' + "x" * 60 + '"}'
    assert shown == f"TEXT {masked[:50] + '...' + masked[-22:]!r} [{len(long)} bytes]"
    exact = b"y" * 75  # 75 characters are shown whole; the 76th makes it elided
    assert redact._frame_text(_Frame(exact)) == f"TEXT {'y' * 75!r} [75 bytes]"
    assert redact._frame_text(_Frame(exact + b"z")) == f"TEXT {'y' * 50 + '...' + 'y' * 21 + 'z'!r} [76 bytes]"
    assert redact._frame_text(_Frame(b"\xff" + b"z" * 10)) == f"TEXT {chr(0xFFFD) + 'z' * 10!r} [11 bytes]"
