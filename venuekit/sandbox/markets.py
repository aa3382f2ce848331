"""The market rules a sandbox enforces on orders, read from the metadata it serves itself.

A venue's `unified.yaml` names its metadata operation and the fields that hold each market's id, tick, size
step, minimum and maximum size and minimum order value (`markets`), which parameters of the order operation
carry the symbol, amount, price and type (`create_order.params`) and the venue's error code for each broken
rule (`markets.codes`). The sandbox asks its own metadata operation (so what it enforces is what it
serves), reads the reply's JSON by those wire names, and refuses an order that breaks a rule with the
venue's code. This reader is written apart from the client's generated mapping, so that a rule the client
fails to check is still refused here, as the venue would.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from .spec import _Loader, spec_dir


@dataclass(frozen=True)
class MarketRule:
    id: str
    tick: Decimal | None = None
    step: Decimal | None = None
    min_amount: Decimal | None = None
    max_amount: Decimal | None = None
    min_price: Decimal | None = None
    max_price: Decimal | None = None
    min_notional: Decimal | None = None


def load_unified(venue: str, directory: Path | None = None) -> dict[str, Any] | None:
    import yaml  # after .spec, which turns a missing PyYAML into the one-line MissingExtraError

    path = (directory or spec_dir()) / venue / "unified.yaml"
    if not path.exists():
        return None
    with open(path, encoding="utf-8") as handle:
        loaded = yaml.load(handle, Loader=_Loader)
    return loaded if isinstance(loaded, dict) else None


_STEP = re.compile(r"(\*)|([^.\[\]*]+)|\[(-?\d+)\]|\[([^=\]]+)=([^\]]*)\]|(\.)")


def _wire(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def read(value: Any, path: str) -> Any:
    """The value at a dotted wire path (`a.b[0]`, `filters[filterType=LOT_SIZE].minQty`, `o.*`); None if absent."""
    position = 0
    while position < len(path) and value is not None:
        found = _STEP.match(path, position)
        if not found or found.end() == position:
            raise ValueError(f"cannot read path {path!r}")
        star, name, index, key, wanted, _dot = found.groups()
        if star is not None:
            value = list(value.values()) if isinstance(value, dict) else None
        elif name is not None:
            value = value.get(name) if isinstance(value, dict) else None
        elif index is not None:
            value = value[int(index)] if isinstance(value, list) and -len(value) <= int(index) < len(value) else None
        elif key is not None:
            items = value if isinstance(value, list) else []
            value = next((v for v in items if isinstance(v, dict) and _wire(v.get(key)) == wanted), None)
        position = found.end()
    return value


def _decimal(value: Any) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None
    return number if number.is_finite() and number > 0 else None  # a bound of 0 is no bound


def field(item: Any, spec: Any) -> Any:
    """One declared field of a metadata entry (a path, `{decimals: path}`, `{template: ...}`, `{value: ...}`)."""
    if isinstance(spec, str):
        return read(item, spec) if spec else item
    if not isinstance(spec, dict):
        return None
    if "value" in spec:
        return spec["value"]
    if "decimals" in spec:
        places = read(item, str(spec["decimals"]))
        try:
            return Decimal(f"1E{-int(str(places))}")
        except (TypeError, ValueError):
            return None
    if "template" in spec:
        parts = re.split(r"(\{[^}]+\})", str(spec["template"]))
        values = [read(item, p[1:-1]) if p.startswith("{") else p for p in parts if p]
        return None if any(v is None for v in values) else "".join(str(v) for v in values)
    path = spec.get("path")
    return read(item, str(path)) if path is not None else None


def rules_from(declaration: dict[str, Any], body: Any, unwrap: str | None) -> dict[str, MarketRule]:
    """Venue id -> its rules, from the metadata reply `body` (the whole JSON the sandbox answered)."""
    reply = body.get(unwrap) if unwrap and isinstance(body, dict) else body
    path = str(declaration.get("items", ""))
    items = read(reply, path) if path else reply
    if not isinstance(items, list):
        # A venue that answers with one bare entry (HashKey's doc example; `alone:` in unified.yaml).
        items = [reply] if declaration.get("alone") and isinstance(reply, dict) else []
    fields = declaration.get("fields") or {}
    symbols = declaration.get("symbols") or [{}]
    found: dict[str, MarketRule] = {}
    for item in items:
        ident = field(item, fields.get("id"))
        if ident is None or not any(re.fullmatch(str(r.get("match", ".*")), str(ident)) for r in symbols):
            continue
        found[str(ident)] = MarketRule(
            str(ident),
            **{
                name: _decimal(field(item, fields.get(name)))
                for name in ("tick", "step", "min_amount", "max_amount", "min_price", "max_price", "min_notional")
            },
        )
    return found


def _multiple(value: Decimal, step: Decimal) -> bool:
    return (value % step) == 0


@dataclass(frozen=True)
class OrderRules:
    """How the sandbox checks one venue's orders (from its unified.yaml)."""

    operation_id: str
    metadata: dict[str, Any]
    symbol: str
    amount: str
    price: str | None
    type: str | None
    limit_value: str | None
    codes: dict[str, str]
    metadata_params: dict[str, Any]

    @classmethod
    def of(cls, declaration: dict[str, Any] | None) -> OrderRules | None:
        """The rules a unified.yaml declares; None without a create_order mapping or markets codes."""
        if not declaration or "create_order" not in declaration or "markets" not in declaration:
            return None
        markets, order = declaration["markets"], declaration["create_order"]
        codes = {str(k): str(v) for k, v in (markets.get("codes") or {}).items()}
        if "symbol" not in codes:
            return None
        by_source: dict[str, str] = {}
        type_param, limit_value = None, None
        for wire, source in (order.get("params") or {}).items():
            if isinstance(source, str):
                by_source.setdefault(source, wire)
            elif isinstance(source, dict) and source.get("from") == "price":
                by_source.setdefault("price", wire)
            elif isinstance(source, dict) and source.get("from") == "type" and "map" in source:
                type_param, limit_value = wire, _wire(source["map"].get("limit"))
        if "market.id" not in by_source or "amount" not in by_source:
            return None
        constants = {
            wire: source["value"]
            for wire, source in (markets.get("params") or {}).items()
            if isinstance(source, dict) and "value" in source
        }
        return cls(
            operation_id=str(order["operation"]),
            metadata=markets,
            symbol=by_source["market.id"],
            amount=by_source["amount"],
            price=by_source.get("price"),
            type=type_param,
            limit_value=limit_value,
            codes=codes,
            metadata_params=constants,
        )

    def code(self, name: str) -> str:
        fallback = {"amount-above": "amount", "notional": "amount", "price": "tick"}
        return self.codes.get(name) or self.codes.get(fallback.get(name, ""), "") or self.codes["symbol"]

    def refusal(self, params: dict[str, Any], markets: dict[str, MarketRule]) -> str | None:
        """The venue's error code for an order that breaks its market's rules, or None."""
        market = markets.get(str(params.get(self.symbol)))
        if market is None:
            return self.code("symbol")
        amount = _decimal(params.get(self.amount))
        if amount is None:
            return None  # a non-positive amount is the spec's own parameter check
        if market.min_amount is not None and amount < market.min_amount:
            return self.code("amount")
        if market.max_amount is not None and amount > market.max_amount:
            return self.code("amount-above")
        if market.step is not None and not _multiple(amount, market.step):
            return self.code("step")
        is_limit = self.type is None or _wire(params.get(self.type)) == self.limit_value
        price = _decimal(params.get(self.price)) if self.price is not None else None
        if not is_limit or price is None:
            return None
        if market.tick is not None and not _multiple(price, market.tick):
            return self.code("tick")
        if market.min_price is not None and price < market.min_price:
            return self.code("price")
        if market.max_price is not None and price > market.max_price:
            return self.code("price")
        if market.min_notional is not None and price * amount < market.min_notional:
            return self.code("notional")
        return None
