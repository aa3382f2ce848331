"""How the `venuekit` command prints results (venuekit.cli.output) and turns command-line text into the values
`request()` takes (venuekit.cli.catalog.convert), pinned on whole outputs."""

from __future__ import annotations

import datetime
import enum
from decimal import Decimal
from typing import Any, Literal

import pytest

from venuekit.cli.catalog import Param, UsageError, convert, find, normalized
from venuekit.cli.output import WIDE, cell, plain, render, table, to_json
from venuekit.types import UNSET


class Side(enum.Enum):
    BUY = "BUY"


class Model:
    """Like a generated model: built with from_dict, written back with to_dict."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def to_dict(self) -> dict[str, Any]:
        return self.data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Model:
        if "id" not in data:
            raise KeyError("id")
        return cls(data)


class OnlyToDict:
    """Writes itself out but cannot be built from JSON: not a model the command can parse."""

    @staticmethod
    def to_dict() -> dict[str, Any]:
        return {}


# --- output ------------------------------------------------------------------------------------------------------
def test_plain_turns_results_into_json_ready_data() -> None:
    moment = datetime.datetime(2024, 1, 31, 9, 0, tzinfo=datetime.timezone.utc)
    result = {
        "model": Model({"price": Decimal("1.50"), "side": Side.BUY, "gone": UNSET}),
        "rows": (Side.BUY, [moment]),
        1: None,
    }
    assert plain(result) == {
        "model": {"price": Decimal("1.50"), "side": "BUY"},
        "rows": ["BUY", ["2024-01-31T09:00:00+00:00"]],
        "1": None,
    }


def test_to_json_writes_decimals_with_exactly_their_digits() -> None:
    value = {"price": Decimal("123456789.123456789"), "rows": [[Decimal("-0.00000001"), Decimal("1E+3")]], "név": "é"}
    assert to_json(value) == (
        "{\n"
        '  "price": 123456789.123456789,\n'
        '  "rows": [\n'
        "    [\n"
        "      -0.00000001,\n"
        "      1000\n"
        "    ]\n"
        "  ],\n"
        '  "név": "é"\n'
        "}"
    )
    assert to_json([Decimal("0.10"), "x", None, True], indent=None) == '[0.10, "x", null, true]'


def test_cell_shows_one_value_in_a_table() -> None:
    assert [cell(v) for v in (None, Decimal("1E+2"), Decimal("0.10"), True, False, Side.BUY, 7, "BTC")] == [
        "-",
        "100",
        "0.10",
        "true",
        "false",
        "BUY",
        "7",
        "BTC",
    ]
    assert cell({"a": Decimal("1.0"), "b": [1, None]}) == '{"a": 1.0, "b": [1, null]}'
    fits = ["x" * (WIDE - 4)]  # '["' + 56 + '"]' = 60 characters
    assert cell(fits) == to_json(fits, indent=None) and len(cell(fits)) == WIDE == 60
    longer = ["x" * (WIDE - 3)]
    assert cell(longer) == '["' + "x" * (WIDE - 3) + "…"


def test_table_pads_every_column_but_the_last() -> None:
    assert table(["a", "long header", "c"], [["wide cell", "1", "last"], ["x", "", ""]]) == (
        "a          long header  c\n---------  -----------  ----\nwide cell  1            last\nx"
    )


def test_render_shows_lists_of_objects_as_rows_and_one_object_as_fields() -> None:
    rows = [{"id": 1, "price": Decimal("0.5")}, {"id": 2, "note": None}]
    assert render(rows) == "id  price  note\n--  -----  ----\n1   0.5\n2          -"
    assert render(Model({"symbol": "BTC", "size": Decimal("0.010")})) == (
        "field   value\n------  -----\nsymbol  BTC\nsize    0.010"
    )
    assert render([Decimal("1.5"), "a", None]) == "1.5\na\n-"
    assert render([]) == "(empty list)"
    assert render(Decimal("2.50")) == "2.50"


# --- command-line values ------------------------------------------------------------------------------------------
PARAM = Param("order_id", "str", True)


def test_parameters_by_python_kebab_or_wire_name() -> None:
    info = find("gmo_coin", "orders.create_order")
    assert {info.param(name).name for name in ("execution_type", "execution-type", "executionType")} == {
        "execution_type"
    }
    assert normalized("Time_In-Force") == "timeinforce"
    with pytest.raises(UsageError) as refused:
        info.param("nope")
    assert str(refused.value) == (
        "gmo_coin orders.create_order has no parameter 'nope'; parameters: --symbol, --side, --execution-type, "
        "--size, --time-in-force, --price, --losscut-price, --cancel-before"
    )
    with pytest.raises(UsageError) as refused:
        find("gmo_coin", "public.get_status").param("x")
    assert str(refused.value) == "gmo_coin public.get_status has no parameter 'x'; parameters: (none)"


def test_lists_take_repeated_options_and_comma_separated_items() -> None:
    hints = find("gmo_coin", "orders.cancel_orders").hints()
    assert convert(PARAM, ["1, 2,,", "3"], hints["order_ids"]) == [1, 2, 3]
    symbols = find("gmo_coin", "orders.cancel_bulk_order").hints()["symbols"]
    assert convert(PARAM, [" BTC ,ETH"], symbols) == ["BTC", "ETH"]
    models = find("bitunix", "orders.cancel_orders").hints()["order_id_list"]
    refs = convert(PARAM, ['{"orderId": "1", "symbol": "BTCUSDT"}', '{"orderId": "2", "symbol": "ETHUSDT"}'], models)
    assert [ref.to_dict() for ref in refs] == [
        {"orderId": "1", "symbol": "BTCUSDT"},
        {"orderId": "2", "symbol": "ETHUSDT"},
    ]
    optional = find("gmo_coin", "executions.get_executions").hints()["execution_id"]  # Sequence[int] | None
    assert convert(PARAM, ["5,6"], optional) == [5, 6]


def test_one_value_options_refuse_a_second_value() -> None:
    with pytest.raises(UsageError) as refused:
        convert(PARAM, ["1", "2", "3"], str)
    assert str(refused.value) == "--order-id was given 3 times; it takes one value"


def test_documented_values_keep_their_wire_type() -> None:
    hinted: Any = Literal[1, 2, "SELL"]
    assert [convert(PARAM, [text], hinted) for text in ("1", "-2", "SELL", "other")] == [1, "-2", "SELL", "other"]
    hinted = Literal[-1, 2]
    assert convert(PARAM, ["-1"], hinted) == -1
    side = find("bitunix", "orders.create_order").hints()["side"]  # Side | Literal[1, 2, "SELL", "BUY"]
    assert [convert(PARAM, [text], side) for text in ("2", "BUY", "buy")] == [2, "BUY", "buy"]
    assert convert(PARAM, ["x"], Side) == "x"  # the SDK refuses it, naming the documented values
    assert convert(PARAM, ["0.010"], Decimal | int | str) == "0.010"  # money stays the text the SDK checks
    assert convert(PARAM, ["0.010"], Decimal | int | str | None) == "0.010"
    assert convert(PARAM, ["12"], str) == "12"
    assert convert(PARAM, ["12"], int | str) == "12"  # no conversion without a rule for the union


def test_only_plain_ascii_integers_become_documented_numbers() -> None:
    # Text that only looks like a number goes on as text (the SDK refuses it naming the documented values): it used
    # to reach int() ("--1", "²": a ValueError out of the command) or to become a number (an Arabic-Indic one: 1).
    hinted: Any = Literal[-1, 1, 2]
    texts = ("-1", "1", "--1", "-", "", "²", "\u0661", "1.0", " 1", "+1", "x1", "3")
    assert [convert(PARAM, [text], hinted) for text in texts] == [
        -1, 1, "--1", "-", "", "²", "\u0661", "1.0", " 1", "+1", "x1", "3",
    ]  # fmt: skip
    assert [convert(PARAM, [text], Side | None) for text in ("BUY", "1", "²")] == ["BUY", "1", "²"]


@pytest.mark.parametrize(
    ("text", "value"),
    [(word, True) for word in ("true", "TRUE", "1", "yes", "Yes", "on", "ON")]
    + [(word, False) for word in ("false", "FALSE", "0", "no", "No", "off", "OFF")],
)
def test_booleans(text: str, value: bool) -> None:
    assert convert(PARAM, [text], bool) is value
    assert convert(PARAM, [text], bool | None) is value


def test_refused_booleans_integers_times_and_objects_name_the_option() -> None:
    cases: list[tuple[str, Any, str]] = [
        ("maybe", bool, "--order-id: expected true or false, got 'maybe'"),
        ("1.5", int, "--order-id: expected an integer, got '1.5'"),
        ("yesterday", datetime.datetime, "--order-id: expected an ISO-8601 time such as 2024-01-31T09:00:00Z"),
        (
            "2024-01-31T09:00:00z",
            datetime.datetime,
            "--order-id: expected an ISO-8601 time such as 2024-01-31T09:00:00Z",
        ),
        (
            "{nope",
            Model,
            "--order-id: expected a JSON object (Model): Expecting property name enclosed in double "
            "quotes: line 1 column 2 (char 1)",
        ),
        ('{"x": 1}', Model, "--order-id: not a Model: 'id'"),
    ]
    for text, hint, message in cases:
        with pytest.raises(UsageError) as refused:
            convert(PARAM, [text], hint)
        assert str(refused.value) == message


def test_integers_times_and_objects() -> None:
    assert convert(PARAM, ["-42"], int | None) == -42
    utc = datetime.timezone.utc
    assert convert(PARAM, ["2024-01-31T09:00:00Z"], datetime.datetime) == datetime.datetime(2024, 1, 31, 9, tzinfo=utc)
    naive = convert(PARAM, ["2024-01-31T09:00:00"], datetime.datetime | None)
    assert (naive, naive.tzinfo) == (datetime.datetime(2024, 1, 31, 9, tzinfo=utc), utc)
    tokyo = convert(PARAM, ["2024-01-31T09:00:00+09:00"], datetime.datetime)
    assert tokyo.utcoffset() == datetime.timedelta(hours=9)
    model = convert(PARAM, ['{"id": 1, "price": 0.10}'], Model)
    assert type(model) is Model and model.data == {"id": 1, "price": Decimal("0.10")}
    assert convert(PARAM, ['{"id": 1}'], OnlyToDict) == '{"id": 1}'  # not a model: passed on as text
    assert convert(PARAM, ["a,b"], list[OnlyToDict]) == ["a", "b"]
