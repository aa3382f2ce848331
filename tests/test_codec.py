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


# --- The rules the mutation run found unstated (tests/mutation/notes/codec.yaml) ---


def test_bytes_with_a_lone_surrogate_decode_as_json_does() -> None:
    # msgspec refuses the encoded surrogate; the fallback reads it as the standard library does (surrogatepass).
    for data in (b'"\xed\xa0\x80"', '"\ud800"'.encode("utf-16-le", "surrogatepass")):
        assert codec.loads(data) == "\ud800" == json.loads(data)


@pytest.mark.parametrize("fmt", [codec.format_datetime, lambda value: codec.format_unix(value, scale=1000)])
def test_a_naive_datetime_is_refused_with_the_rule(fmt: object) -> None:
    assert callable(fmt)
    with pytest.raises(ValueError, match=r"^naive datetime: give it a timezone$"):
        fmt(dt.datetime(2021, 4, 16, 16, 0))


def test_format_datetime_writes_utc_whatever_the_local_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    monkeypatch.setenv("TZ", "JST-9")  # a POSIX zone string: no tz database needed
    time.tzset()
    try:
        tokyo = dt.timezone(dt.timedelta(hours=9))
        assert (
            codec.format_datetime(dt.datetime(2021, 4, 16, 16, 0, 0, 123999, tzinfo=UTC)) == "2021-04-16T16:00:00.123Z"
        )
        assert codec.format_datetime(dt.datetime(2021, 4, 17, 1, 0, tzinfo=tokyo)) == "2021-04-16T16:00:00.000Z"
    finally:
        monkeypatch.undo()
        time.tzset()


class _Text(str):
    pass


class _Number(int):
    pass


class _Exact(Decimal):
    pass


def test_parse_decimal_takes_subclasses_of_str_int_and_decimal() -> None:
    assert codec.parse_decimal(_Text(" 1.50 ")) == Decimal("1.50")
    assert codec.parse_decimal(_Number(7)) == Decimal(7)
    assert codec.parse_decimal(_Exact("2.5")) == Decimal("2.5")
    assert str(codec.parse_decimal(_Text("1.50"))) == "1.50"  # the digits as sent


@pytest.mark.parametrize("make", [str, _Text, Decimal, _Exact], ids=["str", "str-subclass", "Decimal", "subclass"])
def test_parse_decimal_names_what_is_wrong(make: type) -> None:
    with pytest.raises(ValueError, match=r"^not a finite decimal number: "):
        codec.parse_decimal(make("NaN"))
    with pytest.raises(ValueError, match=r"^not a finite decimal number: "):
        codec.parse_decimal(make("-Infinity"))
    if make in (str, _Text):
        with pytest.raises(ValueError, match=r"^not a decimal number: 'abc'$"):
            codec.parse_decimal(make("abc"))


@pytest.mark.parametrize("rows", ["1.5", {"a": 1}, None, ("1", "2")])
def test_parse_decimal_rows_wants_a_json_array(rows: object) -> None:
    with pytest.raises(TypeError, match=rf"^bids: expected a JSON array, got {type(rows).__name__} "):
        codec.parse_decimal_rows(rows, "bids")


@pytest.mark.parametrize("row", ["12", ("1", "2"), 5, None, {"1": "2"}])
def test_each_level_must_be_a_json_array(row: object) -> None:
    with pytest.raises(TypeError, match=rf"^bids\[1\]: expected a JSON array, got {type(row).__name__} "):
        codec.parse_decimal_rows([["1", "2"], row], "bids")


def test_levels_of_any_length_and_number_cells_parse() -> None:
    rows = [["1.5", "2", "3"], [], ["7"], [1, "2.50"], ["0.1", 2]]
    assert codec.parse_decimal_rows(rows, "asks") == [
        [Decimal("1.5"), Decimal(2), Decimal(3)],
        [],
        [Decimal(7)],
        [Decimal(1), Decimal("2.50")],
        [Decimal("0.1"), Decimal(2)],
    ]
    assert rows[0] == ["1.5", "2", "3"]  # the decoded body is left as it was


@pytest.mark.parametrize(
    ("row", "position", "error"),
    [
        (["NaN", "1"], 0, ValueError),
        (["1", "NaN"], 1, ValueError),
        (["inf", "x"], 0, ValueError),
        ([1.5, "2"], 0, TypeError),
        (["1", 1.5], 1, TypeError),
        ([True, "2"], 0, TypeError),
        (["1", None], 1, TypeError),
        (["1", "2", "NaN"], 2, ValueError),
    ],
)
def test_a_bad_cell_names_its_position(row: list[object], position: int, error: type[Exception]) -> None:
    with pytest.raises(error, match=rf"^bids\[1\]\[{position}\]: "):
        codec.parse_decimal_rows([["1", "2"], row], "bids")


def test_parse_int_reads_numbers_and_digit_strings() -> None:
    assert codec.parse_int(-5, "id") == -5
    assert codec.parse_int("-5", "id") == -5
    assert codec.parse_int(" 42 ", "id") == 42
    assert codec.parse_int("18446744073709551615", "id") == 18446744073709551615


@pytest.mark.parametrize("bad", ["X5", "5-", "--5", "\u00b2", "1.5", "", "-", 1.5, None, True])
def test_parse_int_refuses_anything_else_naming_the_field(bad: object) -> None:
    got = f"got {type(bad).__name__} {bad!r:.40}"
    with pytest.raises(TypeError, match=rf"^id: expected an integer or a digit string, {re.escape(got)}$"):
        codec.parse_int(bad, "id")


@pytest.mark.parametrize("scale", [1, 3, 7, 101, 1000, 1_000_000, 1_000_000_000])
@pytest.mark.parametrize("units", [0, 1, 3, 101, 1769075420, 176907542031, -7])
def test_epoch_times_at_any_scale_are_exact_to_the_microsecond(scale: int, units: int) -> None:
    from fractions import Fraction

    micros = Fraction(units * 1_000_000, scale)
    expected = dt.datetime(1970, 1, 1, tzinfo=UTC) + dt.timedelta(microseconds=int(micros))  # toward zero
    assert codec.parse_unix(units, scale=scale) == expected
    assert codec.parse_unix(str(units), scale=scale) == expected
    assert codec.parse_unix(Decimal(units), scale=scale) == expected


def test_epoch_times_past_float_precision_stay_exact() -> None:
    # 2^53 + 1 microseconds (the year 2255): a float product would round it to an even number.
    moment = dt.datetime(1970, 1, 1, tzinfo=UTC) + dt.timedelta(microseconds=2**53 + 1)
    assert codec.parse_unix(2**53 + 1, scale=1_000_000) == moment
    assert codec.parse_unix(str(2**53 + 1), scale=1_000_000) == moment
    assert codec.parse_unix((2**53 + 1) * 1000, scale=1_000_000_000) == moment


def test_epoch_times_ignore_the_callers_decimal_precision() -> None:
    import decimal

    with decimal.localcontext() as mine:
        mine.prec = 6  # an application's own rounding for its sums
        assert codec.parse_unix("1769075420311.5", scale=1000) == dt.datetime(
            2026, 1, 22, 9, 50, 20, 311500, tzinfo=UTC
        )
        assert codec.parse_unix(Decimal("1769075420.5"), scale=1) == dt.datetime(
            2026, 1, 22, 9, 50, 20, 500000, tzinfo=UTC
        )


@pytest.mark.parametrize("scale", [1, 1000])
def test_a_bool_is_not_an_epoch_time(scale: int) -> None:
    with pytest.raises(TypeError, match=r"^expected an epoch time, got bool$"):
        codec.parse_unix(True, scale=scale)
