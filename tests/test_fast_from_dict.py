"""The fast path of generated models' `from_dict` (generator/fastpath.py) against their checked path.

Every generated model (REST and stream) whose `from_dict` has a fast path is fed a valid wire dict (its own
`to_dict()` of an instance built from its field types) and hostile variants of it: each field replaced by values
of other types, non-finite or malformed numbers, naive times, a field missing or renamed, an extra field. For
each, the fast path (a plain `dict`) and the checked path alone (the same data as a read-only mapping, which the
fast path never takes) must give equal models or the same error. The valid dict must also be served by the fast
path itself: with the checked path's helpers broken, it still decodes.
"""

from __future__ import annotations

import datetime as dt
import enum
import importlib
import inspect
import pkgutil
import sys
import types
import typing
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from venuekit import codec
from venuekit.sandbox import known_venues
from venuekit.types import Unset

MARK = "Fast path (generator/fastpath.py)"


def _has_fast_path(model: Any) -> bool:
    return MARK in inspect.getsource(model.from_dict)


def _models() -> list[Any]:
    found: dict[str, Any] = {}
    for venue in known_venues():
        for package in ("models", "stream_models"):
            try:
                root = importlib.import_module(f"venuekit.{venue}.{package}")
            except ModuleNotFoundError:
                continue
            for info in pkgutil.iter_modules(root.__path__):
                module = importlib.import_module(f"{root.__name__}.{info.name}")
                for value in vars(module).values():
                    candidate: Any = value
                    if (
                        isinstance(candidate, type)
                        and candidate.__module__ == module.__name__
                        and attrs.has(candidate)
                        and _has_fast_path(candidate)
                    ):
                        found[f"{module.__name__}.{candidate.__name__}"] = candidate
    return [found[name] for name in sorted(found)]


MODELS = _models()
WHEN = dt.datetime(2019, 3, 19, 2, 15, 6, 1000, tzinfo=dt.timezone.utc)


def test_the_simple_models_of_every_venue_have_a_fast_path() -> None:
    names = {f"{m.__module__.split('.')[1]}.{m.__name__}" for m in MODELS}
    assert {"gmo_coin.Ticker", "gmo_coin.Trade", "gmo_coin_fx.Ticker"} <= names
    assert len({name.split(".")[0] for name in names}) == len(known_venues())


def _value(hint: Any) -> Any:
    """A valid Python value of a field's type."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        (choice,) = [a for a in typing.get_args(hint) if a not in (Unset, type(None))]
        return _value(choice)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return next(iter(hint))
    return {str: "BTC", int: 7, bool: True, Decimal: Decimal("12.50"), dt.datetime: WHEN}[hint]


def _wire(model: Any) -> dict[str, Any]:
    hints = typing.get_type_hints(model)
    values = {f.name: _value(hints[f.name]) for f in attrs.fields(model) if f.init}
    wire = model(**values).to_dict()
    assert isinstance(wire, dict)
    return wire


def _outcome(model: Any, data: Any) -> tuple[str, Any]:
    try:
        return "ok", model.from_dict(data)
    except Exception as exc:  # the error itself is what is compared
        return type(exc).__name__, str(exc)


def _same(model: Any, data: dict[str, Any]) -> None:
    fast = _outcome(model, data)
    checked = _outcome(model, types.MappingProxyType(dict(data)))
    assert fast == checked, (model.__name__, data)


@pytest.mark.parametrize("model", MODELS, ids=lambda m: f"{'.'.join(m.__module__.split('.')[1:3])}.{m.__name__}")
def test_a_valid_dict_is_decoded_by_the_fast_path_alone(model: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    wire = _wire(model)
    expected = model.from_dict(types.MappingProxyType(wire))

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the checked path ran")

    for name in ("expect", "expect_optional", "parse_decimal_field", "parse_int"):
        monkeypatch.setattr(codec, name, broken)
    if sys.version_info >= (3, 11):  # 3.10's fromisoformat refuses `Z`: datetime fields take the checked path
        monkeypatch.setattr(codec, "parse_datetime", broken)
    assert model.from_dict(wire) == expected
    assert model.from_dict(wire).additional_properties == {}


HOSTILE: list[Any] = [None, True, False, 0, -3, 1.5, "", " 1", "abc", "NaN", "-Infinity", "1e5", "1_000", [], {}]
HOSTILE += [[1], "7", Decimal("2.5"), Decimal("NaN"), "2019-03-19T02:15:06", "2019-03-19", "yesterday", 1618588800000]


@pytest.mark.parametrize("model", MODELS, ids=lambda m: f"{'.'.join(m.__module__.split('.')[1:3])}.{m.__name__}")
def test_every_field_replaced_by_a_hostile_value_gives_what_the_checked_path_gives(model: Any) -> None:
    wire = _wire(model)
    _same(model, wire)
    for key in wire:
        for value in HOSTILE:
            _same(model, {**wire, key: value})
        _same(model, {k: v for k, v in wire.items() if k != key})
        _same(model, {(k + "_" if k == key else k): v for k, v in wire.items()})
    _same(model, {**wire, "unknown_extra": 1})


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_random_mixes_of_fields_give_what_the_checked_path_gives(data: st.DataObject) -> None:
    model = data.draw(st.sampled_from(MODELS))
    wire = _wire(model)
    keys = data.draw(st.lists(st.sampled_from(sorted(wire)), unique=True))
    values = data.draw(st.lists(st.sampled_from(HOSTILE), min_size=len(keys), max_size=len(keys)))
    _same(model, {**wire, **dict(zip(keys, values, strict=True))})
