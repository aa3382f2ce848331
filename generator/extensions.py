"""Property types openapi-python-client lacks, and the hook that teaches it about them.

- `format: decimal` (on `type: string`, `number` or both) -> `decimal.Decimal`; a plain
  `type: number` becomes Decimal too, so no float ever reaches a model. A decimal that may be JSON
  `null` (`type: [string, "null"]`, or `anyOf` a decimal and `null`) is `Decimal | None`, and so is
  one with `x-sdk-empty: null` (the venue sends `""` for "no value yet"); anything else is parsed
  strictly and a bad value names its field.
- `format: unix-ms` / `unix-s` -> `datetime.datetime` (UTC), whatever the wire type.
- ISO `date-time` strings parse with `venuekit.codec` instead of python-dateutil.
"""

from __future__ import annotations

import sys
from typing import Any, ClassVar

from attr import define, field
from openapi_python_client import schema as oai
from openapi_python_client.parser.errors import PropertyError
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol, Value, convert_example
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.strings import PythonCode, PythonIdentifier

_CODEC_IMPORT = "from venuekit import codec"


def _types(data: oai.Schema) -> set[str]:
    types = data.type if isinstance(data.type, list) else [data.type]
    return {str(t) for t in types if t is not None}  # a `DataType` is a StrEnum: its str() is its value


def _wire(data: oai.Schema) -> str:
    names = _types(data) - {"null"}
    if names == {"string"}:
        return "string"
    if names <= {"number", "integer"} and names:
        return "number"
    return "any"


@define
class _CustomProperty(PropertyProtocol):
    """The fields every openapi-python-client property carries."""

    name: oai.UntrustedString
    required: bool
    default: Value | None
    python_name: PythonIdentifier
    description: oai.UntrustedString | None
    example: oai.UntrustedString | None = field(converter=convert_example)


@define
class DecimalProperty(_CustomProperty):
    """A money value: `Decimal` in Python, a JSON string or number on the wire.

    `null`: JSON null decodes to None. `empty`: the empty string decodes to None (`x-sdk-empty: null`).
    """

    wire: str = "string"
    null: bool = False
    empty: bool = False

    _type_string: ClassVar[str] = "Decimal"
    _allowed_locations: ClassVar[set[oai.ParameterLocation]] = StringProperty._allowed_locations
    template: ClassVar[str] = "decimal_property.py.jinja"

    @property
    def none(self) -> bool:
        """Whether None is a value of this property (the wire says "no value")."""
        return self.null or self.empty

    def get_base_type_string(self) -> PythonCode:
        return PythonCode("Decimal | None" if self.none else "Decimal")

    def get_base_json_type_string(self) -> PythonCode:
        base = "Decimal" if self.wire == "number" else "str"
        return PythonCode(f"{base} | None" if self.null or (self.empty and self.wire == "number") else base)

    @classmethod
    def convert_value(cls, value: Any) -> Value | PropertyError | None:
        if value is None or isinstance(value, Value):
            return value
        return Value(python_code=PythonCode(f"Decimal({str(value)!r})"), raw_value=value)

    def get_imports(self, *, prefix: str) -> set[str]:
        return super().get_imports(prefix=prefix) | {"from decimal import Decimal", _CODEC_IMPORT}


@define
class UnixTimeProperty(_CustomProperty):
    """Epoch seconds or milliseconds on the wire, an aware UTC `datetime` in Python."""

    scale: int = 1000
    wire: str = "number"

    _type_string: ClassVar[str] = "datetime.datetime"
    template: ClassVar[str] = "unix_time_property.py.jinja"

    def get_base_json_type_string(self) -> PythonCode:
        return PythonCode("str" if self.wire == "string" else "int")

    @classmethod
    def convert_value(cls, value: Any) -> Value | PropertyError | None:
        if value is None or isinstance(value, Value):
            return value
        return PropertyError(detail="defaults are not supported for unix-time properties")

    def get_imports(self, *, prefix: str) -> set[str]:
        return super().get_imports(prefix=prefix) | {"import datetime", _CODEC_IMPORT}


@define
class IntegerProperty(_CustomProperty):
    """An integer the venue sends as a JSON number or as a digit string: always `int` in Python."""

    _type_string: ClassVar[str] = "int"
    _json_type_string: ClassVar[str] = "int"
    _allowed_locations: ClassVar[set[oai.ParameterLocation]] = StringProperty._allowed_locations
    template: ClassVar[str] = "integer_property.py.jinja"

    @classmethod
    def convert_value(cls, value: Any) -> Value | PropertyError | None:
        if value is None or isinstance(value, Value):
            return value
        return Value(python_code=PythonCode(repr(int(value))), raw_value=value)

    def get_imports(self, *, prefix: str) -> set[str]:
        return super().get_imports(prefix=prefix) | {_CODEC_IMPORT}


def _datetime_imports(self: DateTimeProperty, *, prefix: str) -> set[str]:
    imports = PropertyProtocol.get_imports(self, prefix=prefix)
    return imports | {"import datetime", _CODEC_IMPORT}


EMPTY = "x-sdk-empty"
"""On a `format: decimal` field: what the venue's empty string stands for. Only `null` is defined."""


def _empty(data: oai.Schema, fmt: Any) -> bool:
    extra = data.model_extra or {}
    if EMPTY not in extra:
        return False
    if extra[EMPTY] is not None or fmt != "decimal" or data.enum:
        raise ValueError(f"{EMPTY}: only `{EMPTY}: null` on a `format: decimal` field is defined, got {extra[EMPTY]!r}")
    return True


def _nullable_decimal(data: oai.Schema) -> oai.Schema | None:
    """The decimal branch of `anyOf`/`oneOf: [<decimal>, {type: null}]`, else None."""
    for branches in (data.anyOf, data.oneOf):
        schemas = [b for b in branches if isinstance(b, oai.Schema)]
        rest = [b for b in schemas if _types(b) != {"null"}]
        if (
            len(branches) == len(schemas) == 2
            and len(rest) == 1
            and rest[0].schema_format == "decimal"
            and not rest[0].enum
        ):
            return rest[0]
    return None


def _custom_property(name: Any, required: bool, data: oai.Schema, config: Any) -> PropertyProtocol | None:
    branch = _nullable_decimal(data)
    if branch is not None:
        if EMPTY in (data.model_extra or {}):
            raise ValueError(f"{EMPTY} goes next to `format: decimal`, inside the anyOf/oneOf branch")
        prop = _custom_property(name, required, branch, config)
        if isinstance(prop, DecimalProperty):
            prop.null = True
            prop.description = data.description or prop.description
        return prop
    fmt = data.schema_format
    wire = _wire(data)
    empty = _empty(data, fmt)
    common = {
        "name": name,
        "required": required,
        "default": None,
        "python_name": PythonIdentifier(value=name, prefix=config.field_prefix),
        "description": data.description,
        "example": data.example,
    }
    if data.enum or data.const is not None:
        return None
    names = _types(data)
    if "null" in names and (fmt in ("unix-ms", "unix-s") or names - {"null"} == {"integer", "string"}):
        return None  # openapi-python-client splits `[X, "null"]` into a union; each part comes back here
    if names == {"integer", "string"} and fmt in ("int64", "int32"):
        return IntegerProperty(**common)
    if fmt == "decimal" or (fmt is None and wire == "number" and data.type in (oai.DataType.NUMBER, "number")):
        prop = DecimalProperty(**common, wire=wire, null="null" in names, empty=empty)
        if data.default is not None:
            prop.default = DecimalProperty.convert_value(data.default)  # type: ignore[assignment]
        return prop
    if fmt in ("unix-ms", "unix-s"):
        return UnixTimeProperty(**common, scale=1000 if fmt == "unix-ms" else 1, wire=wire)
    return None


def install() -> None:
    """Route custom formats to our property types in every module that imported the factory."""
    from openapi_python_client.parser import properties

    original = properties.property_from_data
    if getattr(original, "_venuekit", False):
        return

    def property_from_data(
        name: Any,
        required: bool,
        data: Any,
        schemas: Any,
        parent_name: str,
        config: Any,
        process_properties: bool = True,
        roots: Any = None,
    ) -> Any:
        if isinstance(data, oai.Schema):
            custom = _custom_property(name, required, data, config)
            if custom is not None:
                return custom, schemas
        return original(
            name=name,
            required=required,
            data=data,
            schemas=schemas,
            parent_name=parent_name,
            config=config,
            process_properties=process_properties,
            roots=roots,
        )

    property_from_data._venuekit = True  # type: ignore[attr-defined]
    for module in list(sys.modules.values()):
        if (
            module is not None
            and module.__name__.startswith("openapi_python_client")
            and getattr(module, "property_from_data", None) is original
        ):
            module.property_from_data = property_from_data  # type: ignore[attr-defined]
    DateTimeProperty.get_imports = _datetime_imports  # type: ignore[method-assign]
