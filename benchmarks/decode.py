"""Typed decoding of large responses, in process: the SDK's parse path vs `json.loads` vs msgspec.

Payloads (HashKey shapes, `benchmarks.payloads`): a 1,000-level order book, 1,000 klines (positional arrays)
and 1,000 account trades ("executions", nested fee object).

- `json.loads`: dicts and lists of strings; the floor most hand-written clients stop at.
- `sdk`: what `Client._finish` does with a body: `venuekit.codec.loads` (JSON numbers to Decimal) and the
  operation's generated `_parse` (attrs models, Decimal money, datetime times).
- `msgspec typed`: `msgspec.json.decode(type=...)` into Structs with Decimal money (times left as int ms:
  msgspec reads datetimes only from RFC 3339 strings); `msgspec untyped` is its plain decode.

Every contender of the book case reads every price and size of the result (`rest.read_levels`), so that a book
whose levels are converted on first read pays for that here. `scaling` gives the cost per item from 10 to 5,000
levels per side and 10 to 10,000 klines; `peak_memory` the peak of traced allocations while decoding a
5,000-level book.
"""

from __future__ import annotations

import decimal
import json
from collections.abc import Callable
from typing import Any

from venuekit import codec

from . import payloads
from .harness import Samples, interleave
from .rest import optional, read_levels


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

    level = tuple[decimal.Decimal, decimal.Decimal]
    book = msgspec.defstruct("Book", [("t", int), ("b", list[level]), ("a", list[level])])
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


SDK = "sdk codec.loads + generated _parse"
JSON = "json.loads"
MSGSPEC = "msgspec typed (Struct, Decimal)"
MSGSPEC_UNTYPED = "msgspec untyped"


def _read_book(book: Any) -> object:
    """Every level of a decoded book, whatever its form (dict from json.loads, Struct, SDK model)."""
    if isinstance(book, dict):
        return read_levels(book["b"]), read_levels(book["a"])
    return read_levels(book.b), read_levels(book.a)


def contenders(case: str, body: bytes | None = None) -> tuple[dict[str, Callable[[], object]], int]:
    make, module, model, many = CASES[case]
    data = make() if body is None else body
    parse = _parser(module, model, many)
    loads = codec.loads
    result: dict[str, Callable[[], object]]
    if case == "book":
        result = {JSON: lambda: _read_book(json.loads(data)), SDK: lambda: _read_book(parse(loads(data)))}
    else:
        result = {JSON: lambda: json.loads(data), SDK: lambda: parse(loads(data))}
    msgspec = optional("msgspec")
    if msgspec is not None:
        typed = msgspec.json.Decoder(_msgspec_types(msgspec)[case])
        untyped = msgspec.json.Decoder()
        if case == "book":
            result[MSGSPEC] = lambda: _read_book(typed.decode(data))
            result[MSGSPEC_UNTYPED] = lambda: _read_book(untyped.decode(data))
        else:
            result[MSGSPEC] = lambda: typed.decode(data)
            result[MSGSPEC_UNTYPED] = lambda: untyped.decode(data)
    return result, len(data)


def run(case: str, *, rounds: int, batch: int) -> tuple[dict[str, Samples], int]:
    fns, size = contenders(case)
    return interleave(fns, rounds=rounds, batch=batch, warmup=3), size


SCALING: dict[str, tuple[int, ...]] = {"book": (10, 100, 1000, 5000), "klines": (10, 100, 1000, 10000)}
"""Sizes of the scaling table: levels per side of a book, klines in a list."""


def scaling(*, rounds: int) -> dict[str, dict[int, dict[str, Samples]]]:
    """case -> size -> contender -> µs per item (a book's items are its levels, both sides)."""
    result: dict[str, dict[int, dict[str, Samples]]] = {}
    for case, sizes in SCALING.items():
        result[case] = {}
        for size in sizes:
            body = payloads.depth(size) if case == "book" else payloads.klines(size)
            items = 2 * size if case == "book" else size
            fns, _ = contenders(case, body)
            batch = max(1, 2000 // items)
            raw = interleave(fns, rounds=rounds, batch=batch, warmup=2)
            result[case][size] = {
                name: Samples(name, [v / items for v in s.values], [c / items for c in s.cpu])
                for name, s in raw.items()
            }
    return result


def _touch(book: Any) -> int:
    """Read every price and size without keeping anything (a lazily converted book converts them now)."""
    sides = (book["b"], book["a"]) if isinstance(book, dict) else (book.b, book.a)
    read = 0
    for side in sides:
        for level in side:
            read += level[0] is not None and level[1] is not None
    return read


def peak_memory(levels: int = 5000) -> dict[str, float]:
    """Peak traced allocation (KiB) while decoding a book of `levels` per side and reading all of it."""
    import gc
    import tracemalloc

    _, module, model, many = CASES["book"]
    parse = _parser(module, model, many)
    body = payloads.depth(levels)
    decoders: dict[str, Callable[[], object]] = {JSON: lambda: json.loads(body), SDK: lambda: parse(codec.loads(body))}
    msgspec = optional("msgspec")
    if msgspec is not None:
        typed = msgspec.json.Decoder(_msgspec_types(msgspec)["book"])
        decoders[MSGSPEC] = lambda: typed.decode(body)
    peaks: dict[str, list[float]] = {name: [] for name in decoders}
    for _ in range(3):
        for name, fn in decoders.items():
            _touch(fn())  # first-call work (lazy imports, caches) is not part of the figure
            gc.collect()
            tracemalloc.start()
            result = fn()
            _touch(result)
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            del result
            peaks[name].append(peak / 1024)
    return {name: sorted(values)[1] for name, values in peaks.items()}
