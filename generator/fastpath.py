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
    guard: str | None
    """A condition the converted value must meet besides converting (a Decimal is finite, a datetime aware)."""
    required: bool
    first: bool
    """Declared among the class's first attributes (required, no default): the order of `__init__`'s
    positional parameters is these, then the others, each in the order of the properties."""


def _required_field(prop: Any, raw: str) -> tuple[str, str, str | None] | None:
    """(check, value, guard) of a required property, or None when the fast path does not handle its kind. The
    guard is written for the value held in the property's own name."""
    kind, name = type(prop).__name__, str(prop.python_name)
    if kind == "StringProperty":
        return f"type({raw}) is str", raw, None
    if kind in ("IntProperty", "IntegerProperty"):  # codec.expect(int) / codec.parse_int: an int is itself
        return f"type({raw}) is int", raw, None
    if kind == "BooleanProperty":
        return f"type({raw}) is bool", raw, None
    if kind == "DecimalProperty" and not prop.none:
        # codec.parse_decimal_field: for a str, an int or a Decimal (a JSON number), Decimal(value), which must be
        # finite.
        check = f"type({raw}) is str" if prop.wire != "number" else f"(type({raw}) is Decimal or type({raw}) is int)"
        return check, f"Decimal({raw})", f"{name}.is_finite()"
    if kind == "DateTimeProperty":
        # codec.parse_datetime starts with fromisoformat (Python 3.11+) and keeps an aware result as it is; on 3.10,
        # fromisoformat refuses `Z` and the checked path runs.
        return f"type({raw}) is str", f"datetime.datetime.fromisoformat({raw})", f"{name}.tzinfo is not None"
    if kind == "UnixTimeProperty":
        check = f"type({raw}) is str" if prop.wire == "string" else f"type({raw}) is int"
        return check, f"codec.parse_unix({raw}, scale={prop.scale})", None
    if kind == "EnumProperty":
        value_type = getattr(prop, "value_type", None)
        if value_type not in (str, int):
            return None
        return f"type({raw}) is {value_type.__name__}", f"{prop.class_info.name}({raw})", None
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
            check, value, guard = found
            first = prop.default is None
            fields.append(FastField(name, python_name, raw, check, value, value != raw, guard, True, first))
        else:
            simple = _OPTIONAL.get(type(prop).__name__)
            if simple is None:
                return None
            check = f"({raw} is UNSET or type({raw}) is {simple})"
            fields.append(FastField(name, python_name, raw, check, raw, False, None, False, False))
    return fields


def init_order(fields: list[FastField]) -> list[FastField]:
    """The fields in the order of the model's `__init__` parameters (as the model template declares them)."""
    return [f for f in fields if f.first] + [f for f in fields if not f.first]
