"""The fast paths measured in benchmarks/RESULTS.md give the same results (and the same errors) as the code
they would replace, on generated inputs and on the edge cases the originals handle."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from functools import partial
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from benchmarks import fastpaths, payloads
from venuekit import codec

ORIGINAL_DECIMAL = fastpaths._ORIGINAL_PARSE_DECIMAL
ORIGINAL_UNIX = fastpaths._ORIGINAL_PARSE_UNIX
ORIGINAL_DATETIME = fastpaths._ORIGINAL_PARSE_DATETIME


def outcome(fn: Callable[[], Any]) -> tuple[str, Any]:
    try:
        return ("ok", fn())
    except Exception as exc:
        return ("error", type(exc))


def same(a: Callable[[], Any], b: Callable[[], Any]) -> None:
    left, right = outcome(a), outcome(b)
    assert left == right
    if left[0] == "ok" and isinstance(left[1], Decimal):
        assert str(left[1]) == str(right[1])  # same digits and exponent, not only equal value


DECIMAL_EDGES: list[object] = [
    "1.5",
    " 1.50 ",
    "1_000.5",
    "1E-7",
    "-0",
    "NaN",
    "Infinity",
    "-inf",
    "",
    "abc",
    "\uff11\uff12",  # full-width digits
    0,
    -7,
    True,
    1.5,
    None,
    Decimal("2.50"),
    Decimal("NaN"),
    [],
]


def test_parse_decimal_edges() -> None:
    for value in DECIMAL_EDGES:
        same(partial(fastpaths.parse_decimal, value), partial(ORIGINAL_DECIMAL, value))


@given(st.one_of(st.text(max_size=12), st.integers(), st.decimals(allow_nan=True, allow_infinity=True)))
def test_parse_decimal_agrees(value: object) -> None:
    same(lambda: fastpaths.parse_decimal(value), lambda: ORIGINAL_DECIMAL(value))


UNIX_EDGES: list[object] = [0, 1769075420311, -1, "1769075420311", " 17 ", "17.5", "-17", "", "1e3", "١٢", True, 1.5]


def test_parse_unix_edges() -> None:
    for scale in (1, 1000, 1_000_000, 7):
        for value in UNIX_EDGES:
            same(partial(fastpaths.parse_unix, value, scale=scale), partial(ORIGINAL_UNIX, value, scale=scale))


@given(st.integers(min_value=-(10**14), max_value=10**14), st.sampled_from([1, 1000, 1_000_000]))
def test_parse_unix_agrees(value: int, scale: int) -> None:
    same(lambda: fastpaths.parse_unix(value, scale=scale), lambda: ORIGINAL_UNIX(value, scale=scale))
    same(lambda: fastpaths.parse_unix(str(value), scale=scale), lambda: ORIGINAL_UNIX(str(value), scale=scale))


DATETIME_EDGES: list[object] = [
    "2018-03-30T12:34:56.789Z",
    "2018-03-30T12:34:56.7z",
    "2018-03-30T12:34:56.1234567Z",
    "2018-03-30T12:34:56+09:00",
    "2018-03-30T12:34:56",
    " 2018-03-30T12:34:56Z ",
    "2018-03-30",
    "garbage",
    "",
    17,
]


def test_parse_datetime_edges() -> None:
    for value in DATETIME_EDGES:
        same(partial(fastpaths.parse_datetime, value), partial(ORIGINAL_DATETIME, value))


@given(st.datetimes(timezones=st.sampled_from([dt.timezone.utc, dt.timezone(dt.timedelta(hours=9))])))
def test_parse_datetime_agrees(value: dt.datetime) -> None:
    for text in (value.isoformat(), value.isoformat().replace("+00:00", "Z")):
        same(partial(fastpaths.parse_datetime, text), partial(ORIGINAL_DATETIME, text))


def test_loads_agrees() -> None:
    for body in (payloads.depth(3), payloads.trades(2), b'{"a": 1.10, "b": 2}', b"\xef\xbb\xbf{}", b"[", "[1.5]"):
        same(partial(fastpaths.loads, body), partial(codec.loads, body))


def test_order_book_template_agrees() -> None:
    from venuekit.hashkey_mena.models import OrderBook

    body = codec.loads(payloads.depth(20))
    body["extra"] = 1
    fast = fastpaths.order_book_from_dict(OrderBook, body)
    assert fast == OrderBook.from_dict(body)
    assert fast.additional_properties == {"extra": 1}


def test_kline_template_agrees() -> None:
    from venuekit.hashkey_mena.models import Kline

    fast = fastpaths.make_kline_from_dict(Kline.from_dict)
    for row in codec.loads(payloads.klines(5)):
        assert fast(Kline, row) == Kline.from_dict(row)
        longer = [*row, "x"]
        assert fast(Kline, longer).additional_properties == Kline.from_dict(longer).additional_properties


def test_compiled_routes_agree() -> None:
    from venuekit.streams.connection import _matches

    routes: list[dict[str, tuple[str, ...]]] = [
        {"channel": ("ticker",), "symbol": ("BTC",)},
        {"topic": ("kline",), "params.symbol": ("BTCUSDT",), "params.klineType": ("1m",)},
        {"e": ("a", "b")},
        {"n": ("1",)},
    ]
    messages: list[dict[str, Any]] = [
        {"channel": "ticker", "symbol": "BTC"},
        {"channel": "ticker", "symbol": "ETH"},
        {"channel": "ticker"},
        {"topic": "kline", "params": {"symbol": "BTCUSDT", "klineType": "1m"}},
        {"topic": "kline", "params": {"symbol": "BTCUSDT"}},
        {"topic": "kline", "params": "flat"},
        {"e": "b"},
        {"e": None},
        {"n": 1},
        {"n": "1"},
    ]
    matches = fastpaths.make_fast_matches()
    for route in routes:
        for message in messages:
            assert matches(message, route) == _matches(message, route)
