"""The codec's fast paths (what the benchmarks measure) against independent, obviously correct references.

Each reference is written from the rule, not copied from the code under test: an exact, finite `Decimal` from a
string, int or Decimal; epoch times by exact Decimal arithmetic; JSON by the standard library with
`parse_float=Decimal`. Results must be equal (Decimals digit for digit) and failures of the same type.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from functools import partial
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from benchmarks import payloads
from venuekit import codec


def reference_decimal(value: object) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
        raise TypeError(type(value).__name__)
    try:
        result = Decimal(value.strip() if isinstance(value, str) else value)
    except InvalidOperation:
        raise ValueError(value) from None
    if not result.is_finite():
        raise ValueError(value)
    return result


EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


def reference_unix(value: object, scale: int) -> dt.datetime:
    if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
        raise TypeError(type(value).__name__)
    if isinstance(value, str) and not re.fullmatch(r"-?\d+(\.\d+)?", value.strip()):
        raise ValueError(value)
    text = value.strip() if isinstance(value, str) else value
    return EPOCH + dt.timedelta(microseconds=int(Decimal(text) * 1_000_000 / scale))


def outcome(fn: Callable[[], Any]) -> tuple[str, Any]:
    try:
        return ("ok", fn())
    except Exception as exc:
        return ("error", type(exc))


def same(a: Callable[[], Any], b: Callable[[], Any]) -> None:
    left, right = outcome(a), outcome(b)
    assert left == right
    if left[0] == "ok":
        assert repr(left[1]) == repr(right[1])  # same digits and exponent, not only an equal value


DECIMAL_EDGES: list[object] = [
    "1.5",
    " 1.50 ",
    "1_000.5",
    "1E-7",
    "-0",
    "NaN",
    "sNaN",
    "Infinity",
    "-inf",
    "",
    " ",
    "abc",
    "\uff11\uff12",  # full-width digits: Decimal reads them, so does the reference
    0,
    -7,
    10**30,
    True,
    1.5,
    None,
    Decimal("2.50"),
    Decimal("NaN"),
    [],
]


def test_parse_decimal_field_edges() -> None:
    for value in DECIMAL_EDGES:
        same(partial(codec.parse_decimal_field, value, "f"), partial(reference_decimal, value))
        same(partial(codec.parse_decimal, value), partial(reference_decimal, value))


@given(st.one_of(st.text(max_size=12), st.integers(), st.decimals(allow_nan=True, allow_infinity=True)))
def test_parse_decimal_field_agrees(value: object) -> None:
    same(lambda: codec.parse_decimal_field(value, "f"), lambda: reference_decimal(value))


def test_a_bad_decimal_names_its_field() -> None:
    with pytest.raises(ValueError, match=r"^price: "):
        codec.parse_decimal_field("NaN", "price")
    with pytest.raises(TypeError, match=r"^price: "):
        codec.parse_decimal_field(1.5, "price")


cells = st.one_of(st.sampled_from(["1.5", "0", "-3", "NaN", "inf", "x", "1e3", ""]), st.integers(-5, 5), st.none())
rows = st.lists(st.one_of(st.lists(cells, max_size=3), cells), max_size=5)


@given(rows)
def test_parse_decimal_rows_agrees(data: list[Any]) -> None:
    def reference() -> list[list[Decimal]]:
        result = []
        for row in data:  # row by row, as the generated code always read them
            if not isinstance(row, list):
                raise TypeError("not a list")
            result.append([reference_decimal(v) for v in row])
        return result

    same(lambda: codec.parse_decimal_rows(data, "b"), reference)


def test_parse_decimal_rows_names_the_position_and_leaves_the_body_alone() -> None:
    body = [["1", "2"], ["3", "NaN"]]
    with pytest.raises(ValueError, match=r"b\[1\]\[1\]"):
        codec.parse_decimal_rows(body, "b")
    assert body == [["1", "2"], ["3", "NaN"]]
    with pytest.raises(TypeError, match=r"b\[0\]"):
        codec.parse_decimal_rows(["1"], "b")


UNIX_EDGES: list[object] = [0, 1769075420311, -1, "1769075420311", " 17 ", "17.5", "-17", "", "1e3", "١٢", True, 1.5]


def test_parse_unix_edges() -> None:
    for scale in (1, 1000, 1_000_000, 7):
        for value in UNIX_EDGES:
            same(partial(codec.parse_unix, value, scale=scale), partial(reference_unix, value, scale))


@given(st.integers(min_value=-(10**14), max_value=10**14), st.sampled_from([1, 1000, 1_000_000]))
def test_parse_unix_agrees(value: int, scale: int) -> None:
    same(lambda: codec.parse_unix(value, scale=scale), lambda: reference_unix(value, scale))
    same(lambda: codec.parse_unix(str(value), scale=scale), lambda: reference_unix(str(value), scale))


json_values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(10**30), max_value=10**30),
        st.decimals(allow_nan=False, allow_infinity=False, places=8),
        st.text(max_size=8),
    ),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=4), inner, max_size=4)),
    max_leaves=20,
)


@given(json_values)
def test_loads_agrees_with_json(value: Any) -> None:
    text = codec.dumps(value).decode()  # Decimals as JSON numbers
    for data in (text, text.encode()):
        same(lambda: codec.loads(data), lambda: json.loads(data, parse_float=Decimal))  # noqa: B023


LOADS_EDGES: list[bytes | str] = [
    payloads.depth(3),
    payloads.trades(2),
    b'{"a": 1.10, "b": 2, "a": 3}',
    b'{"big": 123456789012345678901234567890, "e": 1E400, "z": -0.0}',
    b"\xef\xbb\xbf{}",  # a byte-order mark: json reads it, msgspec does not
    '{"a": 1}'.encode("utf-16"),
    b'"\\ud800"',  # a lone surrogate
    b"[NaN, Infinity]",
    b"[",
    b"",
    b"[1,]",
    "[1.5]",
    b"[" * 5000 + b"]" * 5000,
]


def test_loads_edges() -> None:
    for data in LOADS_EDGES:
        same(lambda: codec.loads(data), lambda: json.loads(data, parse_float=Decimal))  # noqa: B023


def test_order_book_model_agrees_with_the_reference() -> None:
    from venuekit.hashkey_mena.models import OrderBook

    body = codec.loads(payloads.depth(20))
    body["extra"] = 1
    book = OrderBook.from_dict(body)
    assert book.b == [[reference_decimal(v) for v in row] for row in body["b"]]
    assert book.a == [[reference_decimal(v) for v in row] for row in body["a"]]
    assert book.t == reference_unix(body["t"], 1000) and book.additional_properties == {"extra": 1}


def test_kline_array_path_agrees_with_the_object_path() -> None:
    from venuekit.hashkey_mena.models import Kline

    for row in codec.loads(payloads.klines(5)):
        by_name = dict(zip(Kline.TUPLE_FIELDS, row, strict=True))
        assert Kline.from_dict(row) == Kline.from_dict(by_name)
        longer = Kline.from_dict([*row, "extra"])
        assert longer.additional_properties == {"11": "extra"} and longer.open_ == Kline.from_dict(row).open_
    bad = codec.loads(payloads.klines(1))[0]
    bad[4] = "NaN"
    with pytest.raises(ValueError, match="close"):
        Kline.from_dict(bad)
