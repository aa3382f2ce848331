"""Exact money and time conversions in the shared runtime."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from venuekit import codec

UTC = dt.timezone.utc


def test_json_numbers_decode_to_decimal_without_float() -> None:
    body = codec.loads(b'{"price": 123456789.123456789, "qty": 0.1, "id": 18446744073709551615}')
    assert body["price"] == Decimal("123456789.123456789")
    assert body["qty"] == Decimal("0.1")
    assert body["id"] == 18446744073709551615 and isinstance(body["id"], int)


def test_decimals_are_written_as_exact_json_numbers() -> None:
    assert codec.dumps({"a": Decimal("0.1"), "b": [Decimal("1E-7")], "c": "x"}) == b'{"a":0.1,"b":[0.0000001],"c":"x"}'


DECIMALS = st.builds(
    lambda sign, digits, exponent: Decimal((sign, digits, exponent)),
    st.sampled_from([0, 1]),
    st.lists(st.integers(0, 9), min_size=1, max_size=30).map(tuple),
    st.integers(-40, 40),
)
"""Every form a Decimal takes, exponent forms included: `1E+3`, `1.20E-9`, `-0E-5`, `123456789E+12`."""

PLAIN = re.compile(r"-?[0-9]+(\.[0-9]+)?")
"""A JSON number as the venues read it: no exponent, no leading `+` or `.`."""


@given(DECIMALS | st.decimals(allow_nan=False, allow_infinity=False, places=12))
def test_decimal_round_trips_through_json_in_plain_notation(value: Decimal) -> None:
    wire = codec.dumps({"v": value})
    number = wire.decode()[5:-1]
    assert PLAIN.fullmatch(number), f"{value!r} written as {number}"
    assert codec.loads(wire)["v"] == value
    text = codec.format_decimal(value)
    assert PLAIN.fullmatch(text), f"{value!r} formatted as {text}"
    assert codec.parse_decimal(text) == value
    _, _, places = text.partition(".")
    assert len(places) == max(0, -int(value.as_tuple().exponent)), f"{value!r} formatted as {text}: digits lost"


@pytest.mark.parametrize(
    ("value", "text"),
    [("1E+3", "1000"), ("1E-7", "0.0000001"), ("1.20E-9", "0.00000000120"), ("-0E-5", "-0.00000"), ("5E0", "5")],
)
def test_exponent_forms_are_written_with_all_their_digits(value: str, text: str) -> None:
    assert codec.format_decimal(Decimal(value)) == text
    assert codec.dumps([Decimal(value)]) == f"[{text}]".encode()


@pytest.mark.parametrize("bad", [None, True, 1.5, [], "abc", "NaN", "Infinity"])
def test_parse_decimal_refuses_non_numbers(bad: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        codec.parse_decimal(bad)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019-03-19T02:15:06.001Z", dt.datetime(2019, 3, 19, 2, 15, 6, 1000, tzinfo=UTC)),
        ("2019-03-19T02:15:06Z", dt.datetime(2019, 3, 19, 2, 15, 6, tzinfo=UTC)),
        ("2019-03-19T11:15:06.1+09:00", dt.datetime(2019, 3, 19, 2, 15, 6, 100000, tzinfo=UTC)),
        ("2019-03-19T02:15:06.123456789Z", dt.datetime(2019, 3, 19, 2, 15, 6, 123456, tzinfo=UTC)),
    ],
)
def test_iso_timestamps(text: str, expected: dt.datetime) -> None:
    assert codec.parse_datetime(text) == expected


def test_epoch_units() -> None:
    moment = dt.datetime(2021, 4, 16, 16, 0, tzinfo=UTC)
    assert codec.parse_unix("1618588800000", scale=1000) == moment
    assert codec.parse_unix(1618588800, scale=1) == moment
    assert codec.format_unix(moment, scale=1000) == 1618588800000
    with pytest.raises(ValueError):
        codec.parse_unix("16185888e5", scale=1000)


@given(st.datetimes(min_value=dt.datetime(1971, 1, 1), max_value=dt.datetime(2200, 1, 1), timezones=st.just(UTC)))
def test_epoch_ms_round_trip(moment: dt.datetime) -> None:
    moment = moment.replace(microsecond=moment.microsecond // 1000 * 1000)
    assert codec.parse_unix(codec.format_unix(moment, scale=1000), scale=1000) == moment
    assert codec.parse_datetime(codec.format_datetime(moment)) == moment


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(),
        lambda c: st.lists(c) | st.dictionaries(st.text(), c),
    )
)
def test_dumps_matches_the_standard_library_without_decimals(value: object) -> None:
    assert codec.dumps(value) == json.dumps(value, separators=(",", ":")).encode()
