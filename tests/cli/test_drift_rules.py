"""`venuekit check-live`'s comparison of a reply with its schema (venuekit.cli.drift), rule by rule on small
schemas, and the full text of its progress lines, report and JSON."""

from __future__ import annotations

import copy
import datetime
import itertools
import json
from decimal import Decimal
from typing import Any

import pytest

from venuekit import cli
from venuekit.cli import drift
from venuekit.cli.catalog import find
from venuekit.cli.drift import Checked, Comparer, Finding, as_json, examples, exit_status, json_type, report
from venuekit.sandbox import Sandbox
from venuekit.sandbox import spec as spec_module

COMPONENTS: dict[str, dict[str, Any]] = {
    "#/components/schemas/Base": {
        "type": "object",
        "properties": {"id": {"type": "integer"}, "note": {"type": "string"}},
        "required": ["id"],
        "description": "from the base",
    },
    "#/components/schemas/Price": {"type": "string", "format": "decimal"},
}


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    return COMPONENTS[node["$ref"]] if "$ref" in node else node


COMPARER = Comparer(resolve)


def findings(value: Any, schema: Any, path: str = "") -> list[tuple[str, str, str]]:
    return [(f.path, f.kind, f.detail) for f in COMPARER.findings(value, schema, path)]


def test_json_types() -> None:
    values: list[Any] = [
        None,
        True,
        0,
        Decimal("7"),
        Decimal("-0"),
        Decimal("1E+2"),
        Decimal("7.0"),
        Decimal("7.5"),
        "7",
        [],
        {},
    ]
    assert [json_type(v) for v in values] == [
        "null",
        "boolean",
        "integer",
        "integer",
        "integer",
        "integer",
        "number",
        "number",
        "string",
        "array",
        "object",
    ]
    assert json_type((1,)) == "tuple"


def test_all_of_merges_its_branches() -> None:
    schema = {
        "allOf": [
            {"$ref": "#/components/schemas/Base"},
            {"properties": {"id": {"type": "string"}, "size": {"$ref": "#/components/schemas/Price"}}},
            {"required": ["size"], "type": "array"},
        ],
        "properties": {"note": {"const": "mine"}},
        "required": ["note"],
    }
    assert COMPARER.schema(schema) == {
        "properties": {
            "id": {"type": "integer"},  # the first description of a member wins
            "size": {"$ref": "#/components/schemas/Price"},
            "note": {"const": "mine"},
        },
        "required": ["note", "id", "size"],
        "type": "object",
        "description": "from the base",
    }
    assert COMPARER.schema({"$ref": "#/components/schemas/Price"}) == {"type": "string", "format": "decimal"}
    assert COMPARER.schema("not a schema") == {}
    assert findings({"id": "1", "size": "x"}, schema) == [
        ("note", "missing field", "documented as always sent"),
        ("id", "type changed", "documented integer, got string 1"),
        ("size", "type changed", "documented a decimal, got string x"),
    ]


def test_objects_missing_new_and_mapped_fields() -> None:
    schema: dict[str, Any] = {
        "type": "object",
        "properties": {"a": {"type": "integer"}, "prices": {"additionalProperties": {"type": "string"}}},
        "required": ["a", "b"],
    }
    value = {"z": "y" * 41, "prices": {"BTC": "1", "ETH": 2, "XRP": 3}, "free": {"k": 1}}
    assert findings(value, {**schema, "properties": {**schema["properties"], "free": {"type": "object"}}}) == [
        ("a", "missing field", "documented as always sent"),
        ("b", "missing field", "documented as always sent"),
        ("z", "new field", "string " + "y" * 39 + "…"),
        ("prices.*", "type changed", "documented string, got integer 2"),
    ]
    assert findings({"z": "y" * 40}, {"additionalProperties": False}) == [("z", "new field", "string " + "y" * 40)]
    assert findings({"z": 1}, {"type": "object"}) == []  # no members listed: any member is documented
    assert findings({"in": {"deep": True}}, {"properties": {"in": {"properties": {}}}}, "data") == []
    assert findings({"in": {"x": 1}}, {"properties": {"in": {"properties": {"y": {}}}}}, "data") == [
        ("data.in.x", "new field", "integer 1")
    ]


def test_declared_and_implied_types() -> None:
    assert findings([1], {"properties": {"a": {}}}) == [("(body)", "type changed", "documented object, got array [1]")]
    assert findings({}, {"items": {}}) == [("(body)", "type changed", "documented array, got object {}")]
    assert findings([1, 2], {"items": {"type": "integer"}}) == []  # `items` alone documents an array
    assert findings({"a": 1}, {"properties": {"a": {}}}) == []  # and `properties` alone an object
    assert findings([1, "2"], {"items": {"type": "integer"}}, "d") == [
        ("d[]", "type changed", "documented integer, got string 2")
    ]
    assert findings(1, {"type": "number"}) == []  # an integer is a number
    assert findings(1.5, {"type": "integer"}, "x") == [("x", "type changed", "documented integer, got float 1.5")]
    assert findings(None, {"type": ["string", "null"]}) == []
    assert findings(1, {"type": ["string", "null"], "format": "decimal"}) == [
        ("(body)", "type changed", "documented string or null (decimal), got integer 1")
    ]
    assert findings(1, {}) == []


@pytest.mark.parametrize(
    ("value", "schema", "problem"),
    [
        ("1.50", {"format": "decimal"}, ""),
        (Decimal("1.5"), {"format": "decimal"}, ""),
        (7, {"format": "decimal"}, ""),
        (None, {"format": "decimal"}, ""),
        ("", {"format": "decimal", "x-sdk-empty": None}, ""),
        ("", {"format": "decimal"}, "documented a decimal, got string "),
        ("", {"format": "decimal", "x-sdk-empty": "absent"}, "documented a decimal, got string "),
        ("abc", {"format": "decimal", "x-sdk-empty": None}, "documented a decimal, got string abc"),
        ("NaN", {"format": "decimal"}, "documented a decimal, got string NaN"),
        ("-Infinity", {"format": "decimal"}, "documented a decimal, got string -Infinity"),
        (True, {"format": "decimal"}, "documented a decimal, got boolean true"),
        ([1], {"format": "decimal"}, "documented a decimal, got array [1]"),
        ("2024-01-31T09:00:00Z", {"format": "date-time"}, ""),
        ("2024-01-31T09:00:00.123+09:00", {"format": "date-time"}, ""),
        ("31/01/2024", {"format": "date-time"}, "documented an ISO-8601 time, got string 31/01/2024"),
        (1706691600000, {"format": "unix-ms"}, ""),
        ("1706691600", {"format": "unix-s"}, ""),
        ("soon", {"format": "unix-ms"}, "documented epoch time (unix-ms), got string soon"),
        ("soon", {"format": "unix-s"}, "documented epoch time (unix-s), got string soon"),
        ("anything", {"format": "uuid"}, ""),
        ("anything", {}, ""),
    ],
)
def test_formats(value: Any, schema: dict[str, Any], problem: str) -> None:
    assert COMPARER._type_problem(value, schema) == problem
    assert findings(value, schema) == ([("(body)", "type changed", problem)] if problem else [])


def test_enum_and_const() -> None:
    status = {"enum": ["OPEN", "CLOSED", 1]}
    assert findings("OPEN", status) == findings("1", status) == findings(Decimal(1), status) == []
    assert findings("HALTED", status, "data.status") == [
        ("data.status", "new value", "documented OPEN, CLOSED, 1; got HALTED")
    ]
    assert findings("x" * 50, status) == [("(body)", "new value", "documented OPEN, CLOSED, 1; got " + "x" * 39 + "…")]
    assert findings("spot", {"const": "spot", "type": "string"}) == []
    assert findings("margin", {"const": "spot", "type": "string"}, "kind") == [
        ("kind", "new value", "documented spot; got margin")
    ]


def test_any_of_and_one_of() -> None:
    for word in ("anyOf", "oneOf"):
        either = {word: [{"type": "string"}, {"type": "integer", "format": "unix-ms"}]}
        assert findings("x", either) == findings(5, either) == []
        assert findings(True, either, "t") == [
            ("t", "type changed", "documented string or integer (unix-ms), got boolean true")
        ]
        objects = {
            word: [
                {"type": "object", "properties": {"a": {}, "b": {}}, "required": ["a", "b"]},
                {"type": "object", "properties": {"a": {}, "c": {}}, "required": ["c"]},
            ]
        }
        assert findings({"a": 1}, objects) == [("b", "missing field", "documented as always sent")]  # the first
        assert findings({"x": 1}, objects) == [
            ("c", "missing field", "documented as always sent"),
            ("x", "new field", "integer 1"),
        ]


def test_lists_and_tuples() -> None:
    level = {"type": "array", "prefixItems": [{"format": "decimal"}, {"type": "integer"}], "items": False}
    assert findings(["1", 2], level) == []
    assert findings(["x", 2, "9", ["z"]], level, "asks[]") == [
        ("asks[][0]", "type changed", "documented a decimal, got string x"),
        ("asks[][2]", "new field", "an item the documented tuple lacks: 9"),
        ("asks[][3]", "new field", 'an item the documented tuple lacks: ["z"]'),
    ]
    open_tuple = {"type": "array", "prefixItems": [{"type": "string"}], "items": {"type": "integer"}}
    assert findings(["a", 1, "b", "c"], open_tuple, "row") == [
        ("row[]", "type changed", "documented integer, got string b")
    ]
    assert findings(["a", "b"], {"type": "array", "prefixItems": [{"type": "string"}]}) == []
    rows = {"type": "array", "items": {"type": "object", "properties": {"p": {}}}}
    assert findings([{"p": 1}, {"q": 1}, {"q": 2}], rows, "data") == [("data[].q", "new field", "integer 1")]


def test_examples_become_arguments() -> None:
    utc = datetime.timezone.utc
    operation = {
        "parameters": [
            {"name": "symbol", "in": "query", "example": "BTC", "schema": {"type": "string", "example": "ETH"}},
            {"name": "count", "in": "query", "schema": {"type": "integer", "example": 5}},
            {
                "name": "from",
                "in": "query",
                "schema": {"type": "integer", "format": "unix-ms", "example": 1706691600500},
            },
            {"name": "to", "in": "query", "example": "1706691601", "schema": {"format": "unix-s"}},
            {"name": "at", "in": "query", "schema": {"format": "date-time", "example": "2024-01-31T09:00:00Z"}},
            {"name": "day", "in": "query", "schema": {"format": "date-time", "example": 20240131}},
            {"name": "none", "in": "query", "schema": {"type": "string"}},
            {"$ref": "#/components/schemas/Param"},
        ]
    }
    components = {"#/components/schemas/Param": {"name": "page", "in": "query", "schema": {"example": 2}}}

    def resolved(node: dict[str, Any]) -> dict[str, Any]:
        return components.get(node.get("$ref", ""), node)

    assert examples(operation, resolved) == {
        "symbol": "BTC",
        "count": 5,
        "from": datetime.datetime(2024, 1, 31, 9, 0, 0, 500000, tzinfo=utc),
        "to": datetime.datetime(2024, 1, 31, 9, 0, 1, tzinfo=utc),
        "at": datetime.datetime(2024, 1, 31, 9, 0, tzinfo=utc),
        "day": 20240131,
        "page": 2,
    }
    with pytest.raises(ValueError):  # the same rule as `venuekit call`: ISO-8601 with an upper-case Z
        examples(
            {"parameters": [{"name": "at", "schema": {"format": "date-time", "example": "2024-01-31T09:00z"}}]}, resolve
        )


# --- running the checks -----------------------------------------------------------------------------------------
def test_an_operation_without_documented_examples_is_skipped() -> None:
    info = find("gmo_coin", "public.get_orderbooks")  # needs --symbol
    checked = drift._check_one(None, info, {"parameters": []}, COMPARER, resolve)
    assert checked == Checked("public.get_orderbooks", {}, "SKIPPED", [], "no documented example for symbol", 0.0)


RESULTS = [
    Checked("public.get_status", {}, ms=12.0),
    Checked(
        "public.get_ticker",
        {"symbol": "BTC"},
        "DRIFT",
        [Finding("data[].ask", "type changed", "documented string, got integer 1"), Finding("x", "new field", "y")],
    ),
    Checked("public.get_trades", {"symbol": "BTC", "page": 2}, "FAILED", error="TransportError: refused"),
    Checked("public.get_klines", {}, "SKIPPED", error="no documented example for symbol"),
]


def test_report_and_json() -> None:
    assert report(RESULTS) == (
        "operation          result   where       finding\n"
        "-----------------  -------  ----------  ----------------------------------------------\n"
        "public.get_status  ok\n"
        "public.get_ticker  DRIFT    data[].ask  type changed: documented string, got integer 1\n"
        "public.get_ticker  DRIFT    x           new field: y\n"
        "public.get_trades  FAILED               TransportError: refused\n"
        "public.get_klines  SKIPPED              no documented example for symbol\n"
        "\n"
        "4 operations: 1 as documented, 1 drifted, 1 failed, 1 skipped"
    )
    assert json.loads(as_json("gmo_coin", RESULTS)) == {
        "venue": "gmo_coin",
        "operations": [
            {"operation": "public.get_status", "arguments": {}, "result": "ok", "error": None, "findings": []},
            {
                "operation": "public.get_ticker",
                "arguments": {"symbol": "BTC"},
                "result": "drift",
                "error": None,
                "findings": [
                    {"path": "data[].ask", "kind": "type changed", "detail": "documented string, got integer 1"},
                    {"path": "x", "kind": "new field", "detail": "y"},
                ],
            },
            {
                "operation": "public.get_trades",
                "arguments": {"symbol": "BTC", "page": 2},
                "result": "failed",
                "error": "TransportError: refused",
                "findings": [],
            },
            {
                "operation": "public.get_klines",
                "arguments": {},
                "result": "skipped",
                "error": "no documented example for symbol",
                "findings": [],
            },
        ],
    }


def test_exit_status() -> None:
    ok, drifted, failed, skipped = RESULTS
    assert [exit_status(r) for r in ([], [ok, skipped], [ok, failed], [failed, drifted], [drifted])] == [0, 0, 3, 1, 1]


@pytest.fixture
def virtual_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each call takes 12 ms of a virtual clock (perf_counter is read once before and once after each call)."""
    ticks = itertools.count()

    class Clock:
        @staticmethod
        def perf_counter() -> float:
            return next(ticks) * 0.012

    monkeypatch.setattr(drift, "time", Clock)


@pytest.mark.usefixtures("virtual_clock")
def test_check_live_progress_lines_in_full(capsys: pytest.CaptureFixture[str]) -> None:
    with Sandbox("gmo_coin") as sandbox:
        sandbox.answer("getTicker", {"status": 5, "messages": [{"message_code": "ERR-5201", "message_string": "down"}]})
        argv = ["check-live", "gmo_coin", "--base-url", sandbox.url, "--only", "public.get_ticker"]
        status = cli.main([*argv, "--only", "public.get_status"])
        out, err = capsys.readouterr()
    error = "GmoCoinMaintenanceError: [gmo_coin ERR-5201 REGULAR_MAINTENANCE] down (HTTP 200)"
    assert (status, err) == (3, "")
    assert out == (
        f"checking gmo_coin at {sandbox.url}: 2 public read-only operations\n"
        "  [1/2] public.get_status ... ok (12 ms)\n"
        f"  [2/2] public.get_ticker symbol=BTC ... FAILED (12 ms): {error}\n"
        "\n"
        "operation          result  where  finding\n"
        f"-----------------  ------  -----  {'-' * len(error)}\n"
        "public.get_status  ok\n"
        f"public.get_ticker  FAILED         {error}\n"
        "\n"
        "2 operations: 1 as documented, 0 drifted, 1 failed, 0 skipped\n"
    )


def test_check_live_refuses_operations_it_does_not_check(capsys: pytest.CaptureFixture[str]) -> None:
    status = cli.main(["check-live", "gmo_coin", "--only", "public.get_status", "--only", "orders.create_order"])
    assert (status, capsys.readouterr()) == (
        2,
        (
            "",
            "venuekit: not a public read-only operation of gmo_coin: orders.create_order; they are: "
            "public.get_klines, public.get_orderbooks, public.get_status, public.get_symbols, public.get_ticker, "
            "public.get_trades\n",
        ),
    )


@pytest.mark.usefixtures("virtual_clock")
def test_check_live_takes_path_level_parameters_and_shows_every_argument(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # OpenAPI lets a path declare parameters for all its operations: `symbol` moves up to the path of get_trades.
    real = spec_module.load_spec("gmo_coin")
    document = copy.deepcopy(real.document)
    item = document["paths"]["/v1/trades"]
    item["parameters"] = [p for p in item["get"]["parameters"] if p["name"] == "symbol"]
    item["get"]["parameters"] = [p for p in item["get"]["parameters"] if p["name"] != "symbol"]
    moved = spec_module.Spec("gmo_coin", document)
    monkeypatch.setattr(spec_module, "load_spec", lambda venue: moved)
    with Sandbox("gmo_coin") as sandbox:
        status = cli.main(["check-live", "gmo_coin", "--base-url", sandbox.url, "--only", "public.get_trades"])
        out, err = capsys.readouterr()
    assert (status, err) == (0, "")
    assert out.splitlines()[:2] == [
        f"checking gmo_coin at {sandbox.url}: 1 public read-only operations",
        "  [1/1] public.get_trades symbol=BTC page=1 count=10 ... ok (12 ms)",
    ]
