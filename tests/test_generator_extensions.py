"""The generator's property types (generator/extensions.py): which schema becomes which property, the Python and
JSON types each one writes into the generated models, the defaults it renders, and how `install()` routes
openapi-python-client's property factory through them (once, only in openapi-python-client's own modules)."""

from __future__ import annotations

import sys
import types
from typing import Any

import pytest
from openapi_python_client import schema as oai
from openapi_python_client.parser import properties
from openapi_python_client.parser.errors import PropertyError
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.protocol import Value

from generator import extensions


class Config:
    field_prefix = "field_"


def _property(schema: dict[str, Any]) -> Any:
    return extensions._custom_property("f", True, oai.Schema.model_validate(schema), Config)


def _shape(prop: Any) -> tuple[object, ...] | None:
    """Everything a property type decides for the generated code."""
    if prop is None:
        return None
    kind = type(prop).__name__
    base = prop.get_base_type_string().as_unembedded_code()
    json = prop.get_base_json_type_string().as_unembedded_code()
    if isinstance(prop, extensions.DecimalProperty):
        return (kind, prop.wire, prop.null, prop.empty, base, json)
    if isinstance(prop, extensions.UnixTimeProperty):
        return (kind, prop.wire, prop.scale, base, json)
    return (kind, base, json)


@pytest.mark.parametrize(
    ("schema", "shape"),
    [
        # money: a decimal string, a plain JSON number, either, nullable, empty-as-null
        ({"type": "string", "format": "decimal"}, ("DecimalProperty", "string", False, False, "Decimal", "str")),
        ({"type": "number"}, ("DecimalProperty", "number", False, False, "Decimal", "Decimal")),
        ({"type": "number", "format": "decimal"}, ("DecimalProperty", "number", False, False, "Decimal", "Decimal")),
        (
            {"type": ["number", "integer"], "format": "decimal"},
            ("DecimalProperty", "number", False, False, "Decimal", "Decimal"),
        ),
        (
            {"type": ["string", "number"], "format": "decimal"},
            ("DecimalProperty", "any", False, False, "Decimal", "str"),
        ),
        (
            {"type": ["string", "null"], "format": "decimal"},
            ("DecimalProperty", "string", True, False, "Decimal | None", "str | None"),
        ),
        (
            {"type": ["number", "null"], "format": "decimal"},
            ("DecimalProperty", "number", True, False, "Decimal | None", "Decimal | None"),
        ),
        (
            {"type": "string", "format": "decimal", "x-sdk-empty": None},
            ("DecimalProperty", "string", False, True, "Decimal | None", "str"),
        ),
        (
            {"type": "number", "format": "decimal", "x-sdk-empty": None},
            ("DecimalProperty", "number", False, True, "Decimal | None", "Decimal | None"),
        ),
        (
            {"anyOf": [{"type": "number", "format": "decimal"}, {"type": "null"}]},
            ("DecimalProperty", "number", True, False, "Decimal | None", "Decimal | None"),
        ),
        # an integer a venue sends as a number or a digit string
        ({"type": ["integer", "string"], "format": "int64"}, ("IntegerProperty", "int", "int")),
        ({"type": ["integer", "string"], "format": "int32"}, ("IntegerProperty", "int", "int")),
        # epoch times, by wire type and scale
        ({"type": "integer", "format": "unix-ms"}, ("UnixTimeProperty", "number", 1000, "datetime.datetime", "int")),
        ({"type": "integer", "format": "unix-s"}, ("UnixTimeProperty", "number", 1, "datetime.datetime", "int")),
        ({"type": "string", "format": "unix-ms"}, ("UnixTimeProperty", "string", 1000, "datetime.datetime", "str")),
        ({"type": "string", "format": "unix-s"}, ("UnixTimeProperty", "string", 1, "datetime.datetime", "str")),
        # left to openapi-python-client: it splits `[X, "null"]` unions and hands each part back
        ({"type": ["integer", "null"], "format": "unix-ms"}, None),
        ({"type": ["integer", "null"], "format": "unix-s"}, None),
        ({"type": ["integer", "string", "null"], "format": "int64"}, None),
        ({"type": ["integer", "string", "null"], "format": "decimal"}, None),
        ({"type": ["integer", "string"]}, None),
        ({"type": ["integer", "string"], "format": "int16"}, None),
        ({"type": "integer"}, None),
        ({"type": "string"}, None),
        ({"type": "string", "format": "decimal", "enum": ["1"]}, None),
        ({"type": "number", "const": 1}, None),
    ],
)
def test_each_schema_becomes_its_property(schema: dict[str, Any], shape: tuple[object, ...] | None) -> None:
    assert _shape(_property(schema)) == shape


def test_property_fields_come_from_the_schema() -> None:
    prop = _property({"type": "string", "format": "unix-ms", "description": "when", "example": "1700000000000"})
    assert (prop.name, prop.required, prop.default, prop.python_name, prop.description, prop.example) == (
        "f",
        True,
        None,
        "f",
        "when",
        "1700000000000",
    )


def test_defaults_are_rendered_as_python_code() -> None:
    decimal = _property({"type": "string", "format": "decimal", "default": "0.5"})
    assert (decimal.default.python_code.as_unembedded_code(), decimal.default.raw_value) == ("Decimal('0.5')", "0.5")
    number = extensions.DecimalProperty.convert_value(1)
    assert isinstance(number, Value)
    assert (number.python_code.as_unembedded_code(), number.raw_value) == ("Decimal('1')", 1)
    integer = extensions.IntegerProperty.convert_value("42")
    assert isinstance(integer, Value)
    assert (integer.python_code.as_unembedded_code(), integer.raw_value) == ("42", "42")
    given = Value(python_code="x", raw_value="x")  # type: ignore[arg-type]
    for cls in (extensions.DecimalProperty, extensions.IntegerProperty, extensions.UnixTimeProperty):
        assert cls.convert_value(None) is None
        assert cls.convert_value(given) is given
    refused = extensions.UnixTimeProperty.convert_value(5)
    assert isinstance(refused, PropertyError)
    assert refused.detail == "defaults are not supported for unix-time properties"


def test_generated_code_imports_what_it_uses() -> None:
    codec = "from venuekit import codec"
    assert {"from decimal import Decimal", codec} <= _property({"type": "number"}).get_imports(prefix="..")
    assert {"import datetime", codec} <= _property({"type": "string", "format": "unix-s"}).get_imports(prefix="..")
    assert codec in _property({"type": ["integer", "string"], "format": "int64"}).get_imports(prefix="..")


@pytest.fixture
def fresh_factory(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """An unpatched factory in openapi-python-client's `properties` module and in two probe modules; every
    change install() makes is undone afterwards."""
    calls: list[dict[str, Any]] = []

    def original(**kwargs: Any) -> Any:
        calls.append(kwargs)
        return "from original", kwargs["schemas"]

    inside = types.ModuleType("openapi_python_client._venuekit_probe")
    outside = types.ModuleType("venuekit_probe_elsewhere")
    inside.property_from_data = original  # type: ignore[attr-defined]
    outside.property_from_data = original  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, inside.__name__, inside)
    monkeypatch.setitem(sys.modules, outside.__name__, outside)
    monkeypatch.setitem(sys.modules, "venuekit_probe_none", None)
    monkeypatch.setattr(properties, "property_from_data", original)
    monkeypatch.setattr(DateTimeProperty, "get_imports", DateTimeProperty.get_imports)
    return {"original": original, "inside": inside, "outside": outside, "calls": calls}


def test_install_routes_openapi_python_client_modules_through_the_custom_types(fresh_factory: dict[str, Any]) -> None:
    original = fresh_factory["original"]
    extensions.install()
    routed: Any = properties.property_from_data
    assert routed is not original and routed._venuekit is True
    assert fresh_factory["inside"].property_from_data is routed
    assert fresh_factory["outside"].property_from_data is original  # another package's name is left alone
    extensions.install()  # a second install keeps the first wrapper (no wrapper around a wrapper)
    assert properties.property_from_data is routed

    schemas = object()
    custom, kept = fresh_factory["inside"].property_from_data(
        "f", True, oai.Schema.model_validate({"type": "number"}), schemas, "Parent", Config
    )
    assert isinstance(custom, extensions.DecimalProperty) and kept is schemas
    assert fresh_factory["calls"] == []
    plain = oai.Schema.model_validate({"type": "string"})
    assert fresh_factory["inside"].property_from_data("g", False, plain, schemas, "Parent", Config) == (
        "from original",
        schemas,
    )
    assert fresh_factory["calls"] == [
        {
            "name": "g",
            "required": False,
            "data": plain,
            "schemas": schemas,
            "parent_name": "Parent",
            "config": Config,
            "process_properties": True,
            "roots": None,
        }
    ]
    reference = oai.Reference.model_validate({"$ref": "#/components/schemas/X"})
    fresh_factory["inside"].property_from_data("h", True, reference, schemas, "Parent", Config, False, {"r"})
    assert fresh_factory["calls"][-1]["data"] is reference
    assert (fresh_factory["calls"][-1]["process_properties"], fresh_factory["calls"][-1]["roots"]) == (False, {"r"})


def test_iso_datetimes_import_the_codec_once_installed(fresh_factory: dict[str, Any]) -> None:
    extensions.install()
    assert DateTimeProperty.get_imports is extensions._datetime_imports
    prop = _property({"type": "string", "format": "unix-s"})
    imports = extensions._datetime_imports(prop, prefix="..")
    assert {"import datetime", "from venuekit import codec"} <= imports


@pytest.mark.parametrize(
    ("schema", "words"),
    [
        (
            {"type": "string", "x-sdk-empty": None},
            "x-sdk-empty: only `x-sdk-empty: null` on a `format: decimal` field is defined, got None",
        ),
        (
            {"type": "string", "format": "decimal", "x-sdk-empty": ""},
            "x-sdk-empty: only `x-sdk-empty: null` on a `format: decimal` field is defined, got ''",
        ),
        (
            {"type": "string", "format": "decimal", "enum": ["1"], "x-sdk-empty": None},
            "x-sdk-empty: only `x-sdk-empty: null` on a `format: decimal` field is defined, got None",
        ),
        (
            {"oneOf": [{"type": "string", "format": "decimal"}, {"type": "null"}], "x-sdk-empty": None},
            "x-sdk-empty goes next to `format: decimal`, inside the anyOf/oneOf branch",
        ),
        (  # an enum of decimals is no nullable decimal: the marker is judged on the union itself
            {"anyOf": [{"type": "string", "format": "decimal", "enum": ["1"]}, {"type": "null"}], "x-sdk-empty": None},
            "x-sdk-empty: only `x-sdk-empty: null` on a `format: decimal` field is defined, got None",
        ),
    ],
)
def test_misplaced_empty_markers_are_refused_word_for_word(schema: dict[str, Any], words: str) -> None:
    with pytest.raises(ValueError) as caught:
        _property(schema)
    assert str(caught.value) == words


@pytest.mark.parametrize(
    ("schema", "description"),
    [
        ({"oneOf": [{"type": "null"}, {"type": "string", "format": "decimal", "description": "inner"}]}, "inner"),
        (
            {
                "anyOf": [{"type": "string", "format": "decimal", "description": "inner"}, {"type": "null"}],
                "description": "outer",
            },
            "outer",
        ),
        ({"anyOf": [{"type": "number", "format": "decimal"}, {"type": "null"}]}, None),
    ],
)
def test_a_decimal_or_null_union_is_a_nullable_decimal(schema: dict[str, Any], description: str | None) -> None:
    prop = _property(schema)
    assert isinstance(prop, extensions.DecimalProperty)
    assert (prop.null, prop.empty, prop.description) == (True, False, description)


@pytest.mark.parametrize(
    "schema",
    [
        {"anyOf": [{"type": "string", "format": "decimal"}, {"type": "string"}]},
        {"anyOf": [{"type": "string", "format": "decimal"}]},
        {"anyOf": [{"type": "string", "format": "decimal"}, {"type": "null"}, {"type": "integer"}]},
        {"anyOf": [{"type": "string", "format": "decimal", "enum": ["1"]}, {"type": "null"}]},
        {"anyOf": [{"type": "string", "format": "date-time"}, {"type": "null"}]},
        {"anyOf": [{"$ref": "#/components/schemas/Money"}, {"type": "null"}]},
        {"oneOf": [{"type": "null"}, {"type": "null"}]},
    ],
)
def test_other_unions_are_left_to_openapi_python_client(schema: dict[str, Any]) -> None:
    assert _property(schema) is None
