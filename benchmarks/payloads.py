"""Deterministic response bodies and WebSocket messages shaped like the venues' real ones.

Every benchmark (server and client side) takes its bytes from here, so the SDK, raw httpx and ccxt all
decode exactly the same response.
"""

from __future__ import annotations

import json
from typing import Any

SYMBOL = "BTCUSDT"


def _dumps(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()


def _size(i: int) -> str:
    return f"{(i * 7919 % 99991 + 7) / 100000:.5f}"


def depth(levels: int) -> bytes:
    """HashKey `GET /quote/v1/depth`: `{t, b: [[price, qty], ...], a: [...]}`, prices and sizes as strings."""
    bids = [[f"{87473.15 - i * 0.37:.2f}", _size(i)] for i in range(levels)]
    asks = [[f"{87474.35 + i * 0.41:.2f}", _size(i + levels)] for i in range(levels)]
    return _dumps({"t": 1764059245287, "b": bids, "a": asks})


def klines(count: int) -> bytes:
    """HashKey `GET /quote/v1/klines`: 11-element positional arrays."""
    rows = []
    for i in range(count):
        base = 89037.52 + (i % 97) * 1.13
        rows.append(
            [
                1766718300000 + i * 60_000,
                f"{base:.2f}",
                f"{base + 12.5:.2f}",
                f"{base - 9.25:.2f}",
                f"{base + 3.01:.2f}",
                _size(i),
                1766718359999 + i * 60_000,
                f"{base * 0.5:.5f}",
                i % 40,
                _size(i + 3),
                f"{base * 0.25:.5f}",
            ]
        )
    return _dumps(rows)


def trades(count: int) -> bytes:
    """HashKey `GET /api/v1/account/trades` (executions of the account), as in the docs' example."""
    rows = []
    for i in range(count):
        fee = f"0.0000{13176 + i}"
        rows.append(
            {
                "id": str(2133553701515831040 + i),
                "clientOrderId": str(1769075420193253 + i // 3),
                "ticketId": str(4636458470505791492 + i),
                "symbol": SYMBOL,
                "symbolName": SYMBOL,
                "orderId": str(2133553695652194048 + i // 3),
                "matchOrderId": "0",
                "price": f"{112935.08 + (i % 50) * 0.01:.2f}",
                "qty": _size(i),
                "commission": fee,
                "commissionAsset": "BTC",
                "time": str(1769075420311 + i),
                "isBuyer": i % 2 == 0,
                "isMaker": i % 3 == 0,
                "fee": {
                    "feeCoinId": "BTC",
                    "feeCoinName": "BTC",
                    "fee": fee,
                    "originCoinId": "BTC",
                    "originCoinName": "BTC",
                    "originFee": fee,
                },
                "feeCoinId": "BTC",
                "feeAmount": fee,
                "makerRebate": "0",
                "hskDeduct": False,
                "hskDeductPrice": "",
            }
        )
    return _dumps(rows)


HASHKEY_ACCOUNT = _dumps(
    {
        "balances": [
            {
                "asset": "BTC",
                "assetId": "BTC",
                "assetName": "BTC",
                "total": "61.206456639",
                "free": "61.051866639",
                "locked": "0.15459",
            },
            {
                "asset": "ETH",
                "assetId": "ETH",
                "assetName": "ETH",
                "total": "1152.49672544",
                "free": "1152.49672544",
                "locked": "0",
            },
            {
                "asset": "USDC",
                "assetId": "USDC",
                "assetName": "USDC",
                "total": "4098.36",
                "free": "4098.36",
                "locked": "0",
            },
            {
                "asset": "USDT",
                "assetId": "USDT",
                "assetName": "USDT",
                "total": "206381.2785765348009",
                "free": "206381.2785765348009",
                "locked": "0",
            },
        ],
        "userId": "1649292498445571840",
    }
)

HASHKEY_BOOK_TICKER = _dumps(
    [{"s": SYMBOL, "b": "89110.8", "bq": "0.00067", "a": "89110.81", "aq": "0.00067", "t": 1766718404772}]
)

GMO_ASSETS = _dumps(
    {
        "status": 0,
        "data": [
            {"amount": "993982448", "available": "993982448", "conversionRate": "1", "symbol": "JPY"},
            {"amount": "4.0002", "available": "4.0002", "conversionRate": "859614", "symbol": "BTC"},
        ],
        "responsetime": "2019-03-19T02:15:06.055Z",
    }
)


def _filters() -> list[dict[str, Any]]:
    return [
        {"minPrice": "0.01", "maxPrice": "100000.00000000", "tickSize": "0.01", "filterType": "PRICE_FILTER"},
        {
            "minQty": "0.00001",
            "maxQty": "8",
            "stepSize": "0.00001",
            "marketOrderMinQty": "0.00001",
            "marketOrderMaxQty": "4",
            "filterType": "LOT_SIZE",
        },
        {"minNotional": "1", "filterType": "MIN_NOTIONAL"},
    ]


EXCHANGE_INFO = _dumps(
    {
        "timezone": "UTC",
        "serverTime": "1721661653952",
        "brokerFilters": [],
        "symbols": [
            {
                "symbol": SYMBOL,
                "symbolName": SYMBOL,
                "status": "TRADING",
                "baseAsset": "BTC",
                "baseAssetName": "BTC",
                "baseAssetPrecision": "0.00001",
                "quoteAsset": "USDT",
                "quoteAssetName": "USDT",
                "quotePrecision": "0.0000001",
                "retailAllowed": True,
                "piAllowed": True,
                "corporateAllowed": True,
                "omnibusAllowed": True,
                "icebergAllowed": False,
                "isAggregate": False,
                "allowMargin": False,
                "filters": _filters(),
            }
        ],
        "options": [],
        "contracts": [],
        "coins": [],
    }
)

DEPTH_SIZES = (10, 100, 200, 1000, 5000)
"""Levels per side the server can answer on the depth path (`symbol=L<n>`): the scaling of the depth call."""

ROUTES: dict[str, bytes] = {
    "/quote/v1/depth": depth(200),
    "/quote/v1/ticker/bookTicker": HASHKEY_BOOK_TICKER,
    "/api/v1/account": HASHKEY_ACCOUNT,
    "/api/v1/exchangeInfo": EXCHANGE_INFO,
    "/private/v1/account/assets": GMO_ASSETS,
}
"""Path (without query) -> HTTP 200 JSON body served by `benchmarks.server`."""


def gmo_ticker(i: int) -> bytes:
    """GMO Coin public WebSocket `ticker` message."""
    last = 756662 + i % 1000
    return _dumps(
        {
            "channel": "ticker",
            "ask": str(last + 98),
            "bid": str(last - 62),
            "high": "762302",
            "last": str(last),
            "low": "704874",
            "symbol": "BTC",
            "timestamp": f"2018-03-30T12:34:{i % 60:02d}.{i % 1000:03d}Z",
            "volume": f"194785.{i % 10000:04d}",
        }
    )


def gmo_orderbook(i: int, levels: int) -> bytes:
    """GMO Coin public WebSocket `orderbooks` snapshot with `levels` levels per side (never crossed)."""
    mid = 8_000_000 + (i % 50) * 10
    asks = [{"price": str(mid + 5 + k * 5), "size": _size(i + k)} for k in range(levels)]
    bids = [{"price": str(mid - 5 - k * 5), "size": _size(i + k + levels)} for k in range(levels)]
    return _dumps(
        {"channel": "orderbooks", "asks": asks, "bids": bids, "symbol": "BTC", "timestamp": "2018-03-30T12:34:56.789Z"}
    )


BOOK_LEVELS = 50
"""Levels per side in each WebSocket order book snapshot."""
