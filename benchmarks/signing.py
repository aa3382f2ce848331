"""Signing cost per request of each auth hook, in µs.

Each sample builds a fresh `httpx.Request` (the signers change the request they are given) and runs the hook's
`auth_flow` to its first yield, exactly as `httpx.Client.send` does. The cost of building the request alone is
measured in the same rounds and subtracted, so the figure is the signer's own.
"""

from __future__ import annotations

import base64
from collections.abc import Callable

import httpx

from venuekit.auth import BitunixAuth, GmoCoinAuth, GopaxAuth, HashKeyAuth

from .harness import Samples, interleave

KEY = "bench-api-key-0123456789"
SECRET = "bench-api-secret-0123456789"
GOPAX_SECRET = base64.b64encode(SECRET.encode()).decode()

RequestFactory = Callable[[], httpx.Request]


def _get(url: str) -> RequestFactory:
    return lambda: httpx.Request("GET", url)


def _post(url: str, body: bytes, content_type: str) -> RequestFactory:
    return lambda: httpx.Request("POST", url, content=body, headers={"Content-Type": content_type})


CASES: dict[str, tuple[httpx.Auth, RequestFactory]] = {
    "GmoCoinAuth GET /private/v1/account/assets": (
        GmoCoinAuth(KEY, SECRET),
        _get("https://api.coin.z.com/private/v1/account/assets"),
    ),
    "GmoCoinAuth POST /private/v1/order (JSON)": (
        GmoCoinAuth(KEY, SECRET),
        _post(
            "https://api.coin.z.com/private/v1/order",
            b'{"symbol":"BTC","side":"BUY","executionType":"LIMIT","price":"430001","size":"0.02"}',
            "application/json",
        ),
    ),
    "HashKeyAuth GET /api/v1/account (query)": (
        HashKeyAuth(KEY, SECRET),
        _get("https://api-pro.hashkey.com/api/v1/account"),
    ),
    "HashKeyAuth POST /api/v1/spot/order (form)": (
        HashKeyAuth(KEY, SECRET),
        _post(
            "https://api-pro.hashkey.com/api/v1/spot/order",
            b"symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=0.01&price=30000&newClientOrderId=bot-0001",
            "application/x-www-form-urlencoded",
        ),
    ),
    "GopaxAuth nonce GET /balances": (GopaxAuth(KEY, GOPAX_SECRET), _get("https://api.gopax.co.kr/balances")),
    "GopaxAuth timestamp GET /balances": (
        GopaxAuth(KEY, GOPAX_SECRET, edition="timestamp", receive_window=5000),
        _get("https://api.gopax.co.kr/balances"),
    ),
    "BitunixAuth GET /api/spot/v1/user/account": (
        BitunixAuth(KEY, SECRET),
        _get("https://openapi.bitunix.com/api/spot/v1/user/account?coin=USDT"),
    ),
    "BitunixAuth POST /api/spot/v1/order/place_order": (
        BitunixAuth(KEY, SECRET),
        _post(
            "https://openapi.bitunix.com/api/spot/v1/order/place_order",
            b'{"symbol":"BTCUSDT","side":2,"type":1,"volume":"0.01","price":"30000"}',
            "application/json",
        ),
    ),
}


def _signed(auth: httpx.Auth, make: RequestFactory) -> Callable[[], object]:
    def run() -> object:
        return next(auth.sync_auth_flow(make()))

    return run


def run(*, rounds: int, batch: int) -> dict[str, Samples]:
    """µs per request for each hook, net of building the request."""
    fns: dict[str, Callable[[], object]] = {}
    for name, (auth, make) in CASES.items():
        fns[name] = _signed(auth, make)
        fns[f"(build) {name}"] = make
    raw = interleave(fns, rounds=rounds, batch=batch, warmup=50)
    result: dict[str, Samples] = {}
    for name in CASES:
        signed, built = raw[name], raw[f"(build) {name}"]
        result[name] = Samples(
            name,
            [s - b for s, b in zip(signed.values, built.values, strict=True)],
            [s - b for s, b in zip(signed.cpu, built.cpu, strict=True)],
        )
    return result


def build_cost(*, rounds: int, batch: int) -> Samples:
    """µs to build `httpx.Request("GET", url)` with a query string: what every SDK call pays before signing."""
    make = _get("https://api-pro.hashkey.com/api/v1/account?symbol=BTCUSDT&limit=200")
    samples = interleave({"httpx.Request(GET, url with query)": make}, rounds=rounds, batch=batch, warmup=50)
    return samples["httpx.Request(GET, url with query)"]
