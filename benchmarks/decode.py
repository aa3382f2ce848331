"""Typed decoding of large responses, in process: the SDK's parse path vs `json.loads` vs msgspec.

Payloads (HashKey shapes, `benchmarks.payloads`): a 1,000-level order book, 1,000 klines (positional arrays)
and 1,000 account trades ("executions", nested fee object).

- `json.loads`: dicts and lists of strings; the floor most hand-written clients stop at.
- `sdk`: what `Client._finish` does with a body: `venuekit.codec.loads` (JSON numbers to Decimal) and the
  operation's generated `_parse` (attrs models, Decimal money, datetime times).
- `msgspec typed`: `msgspec.json.decode(type=...)` into Structs with Decimal money (times left as int ms:
  msgspec reads datetimes only from RFC 3339 strings); `msgspec untyped` is its plain decode.
"""

from __future__ import annotations

import decimal
import json
from collections.abc import Callable
from typing import Any

from venuekit import codec

from . import payloads
from .harness import Samples, interleave
from .rest import optional


def _parser(module: str, model: str, many: bool) -> Callable[[Any], object]:
    """The operation's generated `_parse`, or the model's `from_dict` if the generator renamed it."""
    import importlib

    mod = importlib.import_module(module)
    parse = getattr(mod, "_parse", None)
    if callable(parse):
        return parse  # type: ignore[no-any-return]
    cls = getattr(importlib.import_module("venuekit.hashkey_mena.models"), model)
    if many:
        return lambda body: [cls.from_dict(item) for item in body]
    return cls.from_dict  # type: ignore[no-any-return]


def _msgspec_types(msgspec: Any) -> dict[str, Any]:
    """Struct types equivalent to the SDK models, built at run time (msgspec is an optional dependency)."""
    D = decimal.Decimal
    Struct = msgspec.Struct

    level = msgspec.defstruct("Level", [("price", D), ("qty", D)], array_like=True)
    book = msgspec.defstruct("Book", [("t", int), ("b", list[level]), ("a", list[level])])  # type: ignore[valid-type]
    kline = msgspec.defstruct(
        "Kline",
        [
            ("open_time", int),
            ("open", D),
            ("high", D),
            ("low", D),
            ("close", D),
            ("volume", D),
            ("close_time", int),
            ("quote_volume", D),
            ("trades", int),
            ("taker_buy_base_volume", D),
            ("taker_buy_quote_volume", D),
        ],
        array_like=True,
    )
    fee = msgspec.defstruct(
        "Fee",
        [
            ("fee_coin_id", str),
            ("fee_coin_name", str),
            ("fee", D),
            ("origin_coin_id", str),
            ("origin_coin_name", str),
            ("origin_fee", D),
        ],
        rename="camel",
        bases=(Struct,),
    )
    trade = msgspec.defstruct(
        "Trade",
        [
            ("id", str),
            ("client_order_id", str),
            ("ticket_id", str),
            ("symbol", str),
            ("symbol_name", str),
            ("order_id", str),
            ("match_order_id", str),
            ("price", D),
            ("qty", D),
            ("commission", D),
            ("commission_asset", str),
            ("time", str),
            ("is_buyer", bool),
            ("is_maker", bool),
            ("fee", fee),
            ("fee_coin_id", str),
            ("fee_amount", D),
            ("maker_rebate", D),
            ("hsk_deduct", bool),
            ("hsk_deduct_price", str),
        ],
        rename="camel",
    )
    return {"book": book, "klines": list[kline], "trades": list[trade]}  # type: ignore[valid-type]


CASES: dict[str, tuple[Callable[[], bytes], str, str, bool]] = {
    "book": (lambda: payloads.depth(1000), "venuekit.hashkey_mena.api.market.get_depth", "OrderBook", False),
    "klines": (lambda: payloads.klines(1000), "venuekit.hashkey_mena.api.market.get_klines", "Kline", True),
    "trades": (lambda: payloads.trades(1000), "venuekit.hashkey_mena.api.account.get_my_trades", "AccountTrade", True),
}

TITLES = {
    "book": "1,000-level order book (2,000 levels, 4,000 Decimals)",
    "klines": "1,000 klines (9,000 Decimals, 2,000 datetimes)",
    "trades": "1,000 executions (7,000 Decimals, 1,000 datetimes, nested fee)",
}


def contenders(case: str) -> tuple[dict[str, Callable[[], object]], int]:
    make, module, model, many = CASES[case]
    body = make()
    parse = _parser(module, model, many)
    loads = codec.loads
    result: dict[str, Callable[[], object]] = {
        "json.loads": lambda: json.loads(body),
        "sdk codec.loads + generated _parse": lambda: parse(loads(body)),
    }
    msgspec = optional("msgspec")
    if msgspec is not None:
        typed = msgspec.json.Decoder(_msgspec_types(msgspec)[case])
        untyped = msgspec.json.Decoder()
        result["msgspec typed (Struct, Decimal)"] = lambda: typed.decode(body)
        result["msgspec untyped"] = lambda: untyped.decode(body)
    return result, len(body)


def run(case: str, *, rounds: int, batch: int) -> tuple[dict[str, Samples], int]:
    fns, size = contenders(case)
    return interleave(fns, rounds=rounds, batch=batch, warmup=3), size
