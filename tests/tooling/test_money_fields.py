"""Every money field in every spec is `format: decimal` (a `Decimal` in Python), checked mechanically.

A scalar whose name says money (price, size, quantity, amount, fee, volume, rate, balance, PnL, swap,
margin, commission, ...) must be `format: decimal`, in every schema of openapi.yaml and asyncapi.yaml
(responses, request bodies, message payloads), every operation parameter and every position of a
positional array (`x-sdk-tuple-fields` names it). One- and two-letter wire names (HashKey's `p`, `q`, `v`)
are judged by the first sentence of their description. The few names that look like money and are not
are listed in NOT_MONEY with the reason; a new plain-string or plain-integer money field fails here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

import pytest

from . import instances


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


MONEY = _word_set(
    "price prices px size qty quantity amount amt fee fees volume vol rate rates balance bal pnl profit "
    "loss gain swap margin commission total free locked available avail hold frozen equity notional cost "
    "funds collateral rebate bid ask last avg average turnover interest value gross net remaining change "
    "bound leverage"
)
"""Words that make a field money (or a money-like quantity that must stay exact)."""

OHLC = frozenset({"open", "high", "low", "close"})
"""Candle prices when they are the whole name; `isOpen`, `depositOpen`, `closeTime` are not money."""

NOT_A_QUANTITY = _word_set(
    "precision scale digits decimals id ids time timestamp currency coin asset unit type mode status side "
    "count num number level tier name symbol is allow code flag interval date at page period"
)
"""Words that make a money-sounding name something else: `feeCoin`, `priceType`, `pageSize`, `lastUpdatedAt`."""


NOT_MONEY: Mapping[tuple[str, str, str], str] = {
    ("bitunix", "/components/schemas/OrderPage", "total"): "the number of orders in the result, not an amount",
}
"""(venue, schema pointer, field): names that look like money and are not, and why."""


def _words(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+", text)]


TIME_FORMATS = frozenset({"unix-ms", "unix-s", "date-time"})
"""A field declared as a time is not an amount, whatever its name says (GOPAX ticker `lastTraded`)."""


def looks_like_money(name: str, description: str) -> bool:
    if name.lower().rstrip("_") in OHLC:
        return True
    if len(name) <= 2:
        # The noun that ends the description's first phrase: "Quote-asset volume" is a volume, "Commission asset"
        # and "Client order id" are not.
        words = _words(re.split(r"[.;(:,]", description, maxsplit=1)[0])
        return bool(words) and words[-1] in MONEY | OHLC
    parts = set(_words(name))
    return bool(parts & MONEY) and not parts & NOT_A_QUANTITY


def is_decimal(node: Mapping[str, Any]) -> bool:
    branches = [b for key in ("anyOf", "oneOf") for b in node.get(key, []) if b.get("type") != "null"]
    if branches:
        return all(is_decimal(b) for b in branches)
    return node.get("format") == "decimal"


def _is_scalar(node: Mapping[str, Any]) -> bool:
    if "$ref" in node or "enum" in node or "const" in node:
        return False  # a named schema is judged where it is defined; enums and constants are not amounts
    branches = [b for key in ("anyOf", "oneOf") for b in node.get(key, []) if b.get("type") != "null"]
    if branches:
        return all(_is_scalar(b) for b in branches)
    kinds = node.get("type")
    kinds = set(kinds) if isinstance(kinds, list) else {kinds}
    return bool(kinds - {None, "null"}) and not kinds & {"object", "array", "boolean"}


Field = tuple[str, str, str, Mapping[str, Any]]
"""(file, pointer of the schema holding the field, field name, the field's schema)."""


def fields(venue: str) -> Iterator[Field]:
    """Every named scalar (array items take the array's name) of every schema and parameter in the specs."""
    files = [instances.OPENAPI] + ([instances.ASYNCAPI] if instances.has_asyncapi(venue) else [])
    for file in files:
        yield from _fields(file, instances.document(venue, file), "")


def _fields(file: str, node: Any, pointer: str, name: str | None = None) -> Iterator[Field]:
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from _fields(file, item, f"{pointer}/{index}", name)
        return
    if not isinstance(node, Mapping):
        return
    if name is not None and _is_scalar(node):
        yield file, pointer.rsplit("/properties/", 1)[0], name, node
    for key, value in node.items():
        if key in ("example", "examples"):
            continue
        child = f"{pointer}/{_escape(key)}"
        if key == "properties" and isinstance(value, Mapping):
            for prop, schema in value.items():
                yield from _fields(file, schema, f"{child}/{_escape(prop)}", prop)
        elif key == "items":
            yield from _fields(file, value, child, name or _schema_name(pointer))
        elif key == "prefixItems" and isinstance(value, list):
            names = node.get("x-sdk-tuple-fields", [])
            for index, item in enumerate(value):
                yield from _fields(file, item, f"{child}/{index}", names[index] if index < len(names) else None)
        elif key == "schema" and isinstance(node.get("name"), str) and "in" in node:
            yield from _fields(file, value, child, node["name"])  # an operation parameter
        elif key not in ("properties", "prefixItems"):
            yield from _fields(file, value, child)


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _schema_name(pointer: str) -> str | None:
    """`PriceLevel` for `/components/schemas/PriceLevel`: the name of a named array of scalars."""
    parts = pointer.split("/")
    return parts[-1] if len(parts) == 4 and parts[1] == "components" and parts[2] == "schemas" else None


@pytest.mark.parametrize("venue", instances.VENUES)
def test_every_money_field_is_a_decimal(venue: str) -> None:
    wrong = [
        f"{file}#{pointer}: {name} is {node.get('type')} without format: decimal"
        for file, pointer, name, node in fields(venue)
        if looks_like_money(name, str(node.get("description", "")))
        and not is_decimal(node)
        and node.get("format") not in TIME_FORMATS
        and (venue, pointer, name) not in NOT_MONEY
    ]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("venue", instances.VENUES)
def test_every_not_money_entry_is_still_needed(venue: str) -> None:
    found = {(venue, pointer, name) for _, pointer, name, node in fields(venue) if not is_decimal(node)}
    stale = {key for key in NOT_MONEY if key[0] == venue} - found
    assert not stale, f"NOT_MONEY lists fields that no longer exist or are decimals now: {stale}"


@pytest.mark.parametrize(
    ("name", "description", "money"),
    [
        ("price", "", True),
        ("lossGain", "", True),
        ("settledSwap", "", True),
        ("hskDeductPrice", "", True),
        ("arriveQuantity", "", True),
        ("open_", "", True),
        ("upperBound", "", True),
        ("v", "Quote-asset volume.", True),
        ("p", "Price.", True),
        ("feeCoin", "", False),
        ("priceType", "", False),
        ("pageSize", "", False),
        ("isOpen", "", False),
        ("depositOpen", "", False),
        ("closeTime", "", False),
        ("basePrecision", "", False),
        ("lastUpdatedAt", "", False),
        ("v", "Trade id.", False),
        ("c", "Client order id.", False),
        ("N", "Commission asset.", False),
        ("Z", "Cumulative quote-asset transacted quantity.", True),
    ],
)
def test_money_names(name: str, description: str, money: bool) -> None:
    assert looks_like_money(name, description) is money


def test_a_plain_string_money_field_fails() -> None:
    spec = {
        "components": {"schemas": {"Fill": {"properties": {"fee": {"type": "string"}, "feeCoin": {"type": "string"}}}}}
    }
    found = [(name, node) for _, _, name, node in _fields("openapi.yaml", spec, "")]
    flagged = [name for name, node in found if looks_like_money(name, "") and not is_decimal(node)]
    assert flagged == ["fee"]


def test_tuple_positions_parameters_and_message_payloads_are_audited() -> None:
    gopax = {(pointer, name) for _, pointer, name, _ in fields("gopax")}
    assert ("/components/schemas/Candle/prefixItems/1", "low") in gopax
    hashkey = {(file, pointer, name) for file, pointer, name, _ in fields("hashkey_mena")}
    assert ("openapi.yaml", "/paths/~1api~1v1~1account~1assetTransfer/post/parameters/3/schema", "quantity") in hashkey
    assert ("asyncapi.yaml", "/components/schemas/ExecutionReport", "Z") in hashkey
    assert ("openapi.yaml", "/components/schemas/PriceLevel/items", "PriceLevel") in hashkey
