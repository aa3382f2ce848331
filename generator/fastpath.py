"""The fast path of a generated model's `from_dict` (rendered by templates/model.py.jinja).

The checked path of `from_dict` copies the input, pops every field and converts it with a `codec` call that names
the field when the value is wrong: right for errors, but most of the cost of a small message (a WebSocket ticker)
is those calls. A model whose fields are all of the simple kinds below also gets a fast path in front of it: for a
plain `dict` holding exactly the declared fields, each of the JSON type the venue usually sends, the fields are
converted inline and the model built directly. Any other input (another type, a missing or unknown field, a value
that does not convert or is not finite) falls through to the checked path, which gives the result or the error it
always gave. The fast path only ever calls what the checked path calls, so both give the same model.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class FastField:
    name: Any
    """The JSON key (an openapi-python-client string: render it with the `text` filter)."""
    python_name: str
    raw: str
    """The local holding the JSON value."""
    check: str
    """An expression true when the JSON value has the type the conversion below expects."""
    value: str
    """The expression of the field's value (it may raise; the checked path then takes over)."""
    converted: bool
    """Whether `value` calls a conversion (it is then computed inside the fast path's `try`)."""
    finite: bool
    """A Decimal that must also be finite."""
    required: bool


def _required_field(prop: Any, raw: str) -> tuple[str, str, bool] | None:
    """(check, value, finite) of a required property, or None when the fast path does not handle its kind."""
    kind = type(prop).__name__
    if kind == "StringProperty":
        return f"type({raw}) is str", raw, False
    if kind in ("IntProperty", "IntegerProperty"):  # codec.expect(int) / codec.parse_int: an int is itself
        return f"type({raw}) is int", raw, False
    if kind == "BooleanProperty":
        return f"type({raw}) is bool", raw, False
    if kind == "DecimalProperty" and not prop.none:
        # codec.parse_decimal_field: for a str, an int or a Decimal (a JSON number), Decimal(value), which must be
        # finite.
        check = f"type({raw}) is str" if prop.wire != "number" else f"(type({raw}) is Decimal or type({raw}) is int)"
        return check, f"Decimal({raw})", True
    if kind == "DateTimeProperty":
        return f"type({raw}) is str", f"codec.parse_datetime({raw})", False
    if kind == "UnixTimeProperty":
        check = f"type({raw}) is str" if prop.wire == "string" else f"type({raw}) is int"
        return check, f"codec.parse_unix({raw}, scale={prop.scale})", False
    if kind == "EnumProperty":
        value_type = getattr(prop, "value_type", None)
        if value_type not in (str, int):
            return None
        return f"type({raw}) is {value_type.__name__}", f"{prop.class_info.name}({raw})", False
    return None


_OPTIONAL = {"StringProperty": "str", "IntProperty": "int", "BooleanProperty": "bool"}
"""Optional properties the fast path takes: their value is the JSON value itself (or UNSET when absent)."""


def fast_fields(model: Any) -> list[FastField] | None:
    """The fields of `model`'s fast path, or None when one of its properties is of a kind it does not handle."""
    props = list(model.required_properties or []) + list(model.optional_properties or [])
    if not props:
        return None
    fields: list[FastField] = []
    for i, prop in enumerate(props):
        name, python_name = prop.name, str(prop.python_name)
        if python_name.startswith("_"):  # the fast path's own locals are `_f<n>`
            return None
        raw = f"_f{i}"
        if prop.required:
            found = _required_field(prop, raw)
            if found is None:
                return None
            check, value, finite = found
            fields.append(FastField(name, python_name, raw, check, value, value != raw, finite, True))
        else:
            simple = _OPTIONAL.get(type(prop).__name__)
            if simple is None:
                return None
            check = f"({raw} is UNSET or type({raw}) is {simple})"
            fields.append(FastField(name, python_name, raw, check, raw, False, False, False))
    return fields
