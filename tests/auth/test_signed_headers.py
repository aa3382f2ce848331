"""The exact headers each signer puts on a request, as the venue's docs spell them, in order, with their values.

HTTP field names are case-insensitive for a server, but the SDK sends the names byte for byte as each venue
documents them (httpx sends a header name with the case it was set with): Bitunix `api-key`, `nonce`,
`timestamp`, `sign` and `Content-Type` (venues/bitunix.md §3); GMO Coin `API-KEY`, `API-TIMESTAMP`, `API-SIGN`
(venues/gmo-coin-crypto.md §2, from every sample); GOPAX `API-KEY`, `SIGNATURE`, `NONCE` (seed header table) or,
in the current edition, `api-key`, `timestamp`, `signature`, `receive-window` (gopax.md §2 variant), both with
`Content-Type: application/json`; HashKey `X-HK-APIKEY` (every REST sample). Signatures are the notes' vectors.

Each test drives the signer's own flow on one `httpx.Request`, so the raw header list holds only `Host`, the
body's framing headers and what the signer added.
"""

from __future__ import annotations

import uuid

import httpx

from venuekit.auth.bitunix import BitunixAuth
from venuekit.auth.gmo_coin import GmoCoinAuth
from venuekit.auth.gopax import GopaxAuth
from venuekit.auth.hashkey_mena import HashKeyAuth

TS = 1_700_000_000_000
JSON = (b"Content-Type", b"application/json")


def signed(auth: httpx.Auth, request: httpx.Request) -> httpx.Request:
    """The request as the signer hands it to the transport (the flow is then closed, giving back any turn)."""
    flow = auth.sync_auth_flow(request)
    try:
        return next(flow)
    finally:
        flow.close()


# --- Bitunix -----------------------------------------------------------------------------------------------------
BITUNIX_NONCE = "0123456789abcdef0123456789abcdef"


def bitunix() -> BitunixAuth:
    return BitunixAuth("testApiKey", "testSecretKey", clock=lambda: TS, nonce=lambda: BITUNIX_NONCE)


def test_bitunix_adds_api_key_nonce_timestamp_sign_and_content_type_in_that_spelling() -> None:
    # Vector V3 (GET account, no query, no body).
    sent = signed(bitunix(), httpx.Request("GET", "https://openapi.bitunix.com/api/spot/v1/user/account"))
    assert sent.headers.raw == [
        (b"Host", b"openapi.bitunix.com"),
        (b"api-key", b"testApiKey"),
        (b"nonce", BITUNIX_NONCE.encode()),
        (b"timestamp", b"1700000000000"),
        (b"sign", b"cdb408d06f2fdff894115e8cf24d495117d5073f6e7afd1a39951d213ee58579"),
        JSON,
    ]


def test_bitunix_sets_its_content_type_over_the_callers_in_place() -> None:
    # Vector V5 (POST place_order); a caller's content type, in whatever spelling, becomes the documented one.
    body = b'{"side":2,"type":1,"volume":"0.01","price":"30000","symbol":"BTCUSDT"}'
    request = httpx.Request(
        "POST",
        "https://openapi.bitunix.com/api/spot/v1/order/place_order",
        content=body,
        headers={"content-type": "text/plain"},
    )
    sent = signed(bitunix(), request)
    assert sent.headers.raw == [
        (b"Host", b"openapi.bitunix.com"),
        JSON,
        (b"Content-Length", str(len(body)).encode()),
        (b"api-key", b"testApiKey"),
        (b"nonce", BITUNIX_NONCE.encode()),
        (b"timestamp", b"1700000000000"),
        (b"sign", b"b99d848b9e30f8fd012efe55d508464a832ac0f7ba9d7d4c6f68313e3a87828e"),
    ]
    assert sent.content == body


# --- GMO Coin ----------------------------------------------------------------------------------------------------
def test_gmo_coin_adds_api_key_api_timestamp_and_api_sign_in_capitals() -> None:
    auth = GmoCoinAuth("testkey", "testsecret", clock=lambda: TS)
    sent = signed(auth, httpx.Request("GET", "https://api.coin.z.com/private/v1/account/assets"))
    assert sent.headers.raw == [
        (b"Host", b"api.coin.z.com"),
        (b"API-KEY", b"testkey"),
        (b"API-TIMESTAMP", b"1700000000000"),
        (b"API-SIGN", b"092117ad0f2facd0a5766da9f7598e0d2930a2fecc06b4f9b8868a2690941aff"),
    ]


def test_gmo_coin_replaces_a_callers_auth_headers_with_its_own_spelling() -> None:
    auth = GmoCoinAuth("testkey", "testsecret", clock=lambda: TS)
    request = httpx.Request(
        "GET",
        "https://api.coin.z.com/private/v1/account/assets",
        headers=[("api-sign", "stale"), ("api-key", "other"), ("api-timestamp", "1")],
    )
    assert signed(auth, request).headers.raw == [
        (b"Host", b"api.coin.z.com"),
        (b"API-SIGN", b"092117ad0f2facd0a5766da9f7598e0d2930a2fecc06b4f9b8868a2690941aff"),
        (b"API-KEY", b"testkey"),
        (b"API-TIMESTAMP", b"1700000000000"),
    ]


# --- GOPAX -------------------------------------------------------------------------------------------------------
GOPAX_SECRET = "dGVzdHNlY3JldA=="  # base64 of b"testsecret"
ORDER_BODY = b'{"type":"limit","side":"buy","price":1000000,"amount":10,"tradingPairName":"ETH-KRW"}'


def fresh_key() -> str:
    return f"test-{uuid.uuid4()}"  # nonce sequences are per key and process-wide: a new key starts afresh


def test_gopax_nonce_edition_adds_api_key_signature_nonce_and_content_type() -> None:
    key = fresh_key()
    sent = signed(
        GopaxAuth(key, GOPAX_SECRET, clock=lambda: TS), httpx.Request("GET", "https://api.gopax.co.kr/balances")
    )
    assert sent.headers.raw == [
        (b"Host", b"api.gopax.co.kr"),
        (b"API-KEY", key.encode()),
        (b"SIGNATURE", b"RO0WTSioLQ8MDh3HHoG5ewVEJ+fNvMJhzjQPID3llDBBDRv+9ae3rp7gIwL+F3eKSMjGuMG2TuoQLvYmikMDYQ=="),
        (b"NONCE", b"1700000000000"),
        JSON,
    ]


def test_gopax_nonce_edition_keeps_a_callers_content_type_and_signs_the_path_without_its_query() -> None:
    key = fresh_key()
    request = httpx.Request(
        "GET", "https://api.gopax.co.kr/trades?limit=10&pastmax=5", headers={"content-type": "application/json"}
    )
    sent = signed(GopaxAuth(key, GOPAX_SECRET, clock=lambda: TS), request)
    assert sent.headers.raw == [
        (b"Host", b"api.gopax.co.kr"),
        (b"content-type", b"application/json"),
        (b"API-KEY", key.encode()),
        (b"SIGNATURE", b"gTCY1XtEATGurFTAt/dYZ9gjY7mhWxGroWe9oSGkT0THXn+5A1ldHq82TzULw3lxXN4WhrJqBPusG1ITfS6Ihg=="),
        (b"NONCE", b"1700000000000"),
    ]
    assert sent.url.raw_path == b"/trades?limit=10&pastmax=5"


def test_gopax_timestamp_edition_adds_api_key_timestamp_signature_and_content_type() -> None:
    auth = GopaxAuth(fresh_key(), GOPAX_SECRET, clock=lambda: TS, edition="timestamp")
    sent = signed(auth, httpx.Request("GET", "https://api.gopax.co.kr/balances"))
    assert sent.headers.raw == [
        (b"Host", b"api.gopax.co.kr"),
        (b"api-key", auth.api_key.encode()),
        (b"timestamp", b"1700000000000"),
        (b"signature", b"9QdYO2lmoMm9kZjkMmX2U4+RtxAkGZqs86Mh3kDkaAWOnZUtadrL9eZwku4VoDsAd+4sIf+vSbTTuib8Im7KFA=="),
        JSON,
    ]


def test_gopax_timestamp_edition_with_a_receive_window_adds_receive_window() -> None:
    auth = GopaxAuth(fresh_key(), GOPAX_SECRET, clock=lambda: TS, edition="timestamp", receive_window=200)
    sent = signed(auth, httpx.Request("POST", "https://api.gopax.co.kr/orders", content=ORDER_BODY))
    assert sent.headers.raw == [
        (b"Host", b"api.gopax.co.kr"),
        (b"Content-Length", str(len(ORDER_BODY)).encode()),
        (b"api-key", auth.api_key.encode()),
        (b"timestamp", b"1700000000000"),
        (b"signature", b"SavELqeBaLK9gzn9EpwmmvtdP9DGYx1hFKzo/sG+KX2aDWCtVYYgEXvyR+Qs8TJkYh19+W7RwzQMig4ZpVSfRA=="),
        (b"receive-window", b"200"),
        JSON,
    ]


# --- HashKey -----------------------------------------------------------------------------------------------------
def test_hashkey_adds_only_its_key_header_and_puts_the_signature_in_the_query() -> None:
    # The doc's Example 1.
    auth = HashKeyAuth(
        "tAQfOrPIZAhym0qHISRt8EFvxPemdBm5j5WMlkm3Ke9aFp0EGWC2CGM8GHV4kCYW",
        "lH3ELTNiFxCQTmi9pPcWWikhsjO04Yoqw3euoHUuOLC3GYBW64ZqzQsiOEHXQS76",
        clock=lambda: 1538323200000,
        recv_window=5000,
    )
    order = "symbol=ETHBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1"
    sent = signed(auth, httpx.Request("POST", f"https://api-pro.hashkey.com/api/v1/spot/order?{order}"))
    assert sent.headers.raw == [
        (b"Host", b"api-pro.hashkey.com"),
        (b"Content-Length", b"0"),
        (b"X-HK-APIKEY", auth.api_key.encode()),
    ]
    assert sent.url.query == (
        order.encode() + b"&recvWindow=5000&timestamp=1538323200000"
        b"&signature=5f2750ad7589d1d40757a55342e621a44037dad23b5128cc70e18ec1d1c3f4c6"
    )
