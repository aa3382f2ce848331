"""The sandbox's signature checks against the test vectors in the venue notes (shared/venues/*.md).

The verifiers are written from the notes, not from `venuekit.auth`; these vectors come from each venue's
own sample code, so a verifier that passes them and a signer that passes them agree on the docs.
"""

from __future__ import annotations

import pytest

from venuekit.sandbox.venues.bitunix import verify_bitunix
from venuekit.sandbox.venues.gmo import verify_gmo
from venuekit.sandbox.venues.gopax import verify_gopax
from venuekit.sandbox.venues.hashkey import verify_hashkey

NOW = 1_700_000_000_000
GOPAX_SECRET = "dGVzdHNlY3JldA=="  # base64 of "testsecret"
GMO_ORDER = b'{"symbol": "BTC", "side": "BUY", "executionType": "LIMIT", "price": "430001", "size": "0.02"}'
FX_ORDER = (
    b'{"symbol": "USD_JPY", "side": "BUY", "size": "10000", "clientOrderId": "abc123", '
    b'"executionType": "LIMIT", "limitPrice": "130"}'
)
GOPAX_ORDER = b'{"type":"limit","side":"buy","price":1000000,"amount":10,"tradingPairName":"ETH-KRW"}'


def gmo_headers(sign: str, timestamp: int = NOW) -> dict[str, str]:
    return {"api-key": "testkey", "api-timestamp": str(timestamp), "api-sign": sign}


@pytest.mark.parametrize(
    ("method", "path", "body", "sign"),
    [
        ("GET", "/private/v1/account/assets", b"", "092117ad0f2facd0a5766da9f7598e0d2930a2fecc06b4f9b8868a2690941aff"),
        ("POST", "/private/v1/order", GMO_ORDER, "09e03208c06cea280c0cd33e8b45594ee1ea9d3eadd5817a9cb73ca3bc863a69"),
        ("POST", "/private/v1/order", FX_ORDER, "145655ed465319082ba2eb702f3ef9c236a4daf29a137b8ad3e67e41d048ade5"),
        ("POST", "/private/v1/ws-auth", b"{}", "cdfb239015c3c39ef45bdf7e9cda685148eae47b725b7105f1cf2446d6f1d20e"),
        (
            "PUT",
            "/private/v1/ws-auth",
            b'{"token": "x"}',
            "b5879dd828b5c70f5af4f0ab566a0306a7d51b146a00d34c518669e035f4027d",
        ),
        ("GET", "/private/v1/activeOrders", b"", "9eadd02bfd8ac80093efd14cdb95e9986120e932bb01a637e5888e734bf04d13"),
    ],
)
def test_gmo_vectors(method: str, path: str, body: bytes, sign: str) -> None:
    assert verify_gmo(gmo_headers(sign), method, path, body, "testsecret", NOW) is None


def test_gmo_refusals() -> None:
    good = "092117ad0f2facd0a5766da9f7598e0d2930a2fecc06b4f9b8868a2690941aff"
    path = "/private/v1/account/assets"
    # The notes' negative vectors: the /private prefix or the query signed is wrong.
    with_prefix = "efdfbc9d50550832a11c71c3eaf51618d4455824da96c930aaf3d5bee74b0710"
    assert verify_gmo(gmo_headers(with_prefix), "GET", path, b"", "testsecret", NOW) == "ERR-5010"
    assert verify_gmo(gmo_headers(good), "GET", path, b"", "other", NOW) == "ERR-5010"
    assert verify_gmo({"api-timestamp": str(NOW), "api-sign": good}, "GET", path, b"", "testsecret", NOW) == "ERR-5011"
    assert verify_gmo(gmo_headers(good, NOW), "GET", path, b"", "testsecret", NOW + 600_000) == "ERR-5009"
    assert verify_gmo(gmo_headers(good, NOW), "GET", path, b"", "testsecret", NOW - 600_000) == "ERR-5008"
    assert verify_gmo({"api-key": "k", "api-sign": good}, "GET", path, b"", "testsecret", NOW) == "ERR-5007"


def hk(query: str, body: bytes = b"", form: bool = False, now: int = NOW) -> tuple[str, str] | None:
    headers = {"x-hk-apikey": "testkey"}
    if form:
        headers["content-type"] = "application/x-www-form-urlencoded;charset=UTF-8"
    return verify_hashkey(headers, query, body, "testsecret", now)


def test_hashkey_vectors() -> None:
    get = "timestamp=1700000000000&signature=dd273985d88b32eaeeb19cafcc2dbaa9ac658e274cd4095d474395560c4b09b7"
    assert hk(get) is None
    order = (
        b"symbol=BTCUSDT&side=BUY&type=LIMIT&price=85000&quantity=0.01&timestamp=1700000000000"
        b"&signature=6ca413d51a5fad7e7b29159bba4a44b6f31c96e5b0dbcfc9c838f9988be47fd9"
    )
    assert hk("", order, form=True) is None
    # Doc Example 3: query + body concatenated with no '&' between them.
    query = "symbol=ETHBTC&side=BUY&type=LIMIT&timeInForce=GTC"
    body = (
        b"quantity=1&price=0.1&recvWindow=5000&timestamp=1700000000000"
        b"&signature=b3b319a415d4727a2f133065298c4866405b2b3d134148267f9670f9f0406017"
    )
    assert hk(query, body, form=True) is None


def test_hashkey_refusals() -> None:
    get = "timestamp=1700000000000&signature=dd273985d88b32eaeeb19cafcc2dbaa9ac658e274cd4095d474395560c4b09b7"
    assert hk(get.replace("dd27", "ee27")) == ("0001", "Incorrect signature")
    assert hk("timestamp=1700000000000") == ("0001", "Incorrect signature")
    assert hk(get, now=NOW + 5001) == ("-1021", "Timestamp for this request is outside of the recvWindow")
    assert hk(get, now=NOW - 1000) is not None  # at most 1 s ahead of the server
    assert verify_hashkey({}, get, b"", "testsecret", NOW) == ("0102", "Invalid APIKey")


def gopax(method: str, path: str, query: str, body: bytes, headers: dict[str, str], last_nonce: int = 0) -> str | None:
    return verify_gopax({"api-key": "k", **headers}, method, path, query, body, GOPAX_SECRET, NOW, last_nonce)


def test_gopax_nonce_vectors() -> None:
    balances = "RO0WTSioLQ8MDh3HHoG5ewVEJ+fNvMJhzjQPID3llDBBDRv+9ae3rp7gIwL+F3eKSMjGuMG2TuoQLvYmikMDYQ=="
    order = "WgefcuNTTqrP2WjIrEW7qxI2DxxI1oSlGIUxLpLoNV4d5r/6Qf7Fdv5S2FbJzInjOQgmLPnx3nu3eyENmO7Csw=="
    trades = "gTCY1XtEATGurFTAt/dYZ9gjY7mhWxGroWe9oSGkT0THXn+5A1ldHq82TzULw3lxXN4WhrJqBPusG1ITfS6Ihg=="
    nonce = {"nonce": str(NOW)}
    assert gopax("GET", "/balances", "", b"", {**nonce, "signature": balances}) is None
    assert gopax("POST", "/orders", "", GOPAX_ORDER, {**nonce, "signature": order}) is None
    assert gopax("GET", "/trades", "limit=10&pastmax=5", b"", {**nonce, "signature": trades}) is None
    # The same NONCE again (or a lower one) is refused, after the signature checks out.
    assert gopax("GET", "/balances", "", b"", {**nonce, "signature": balances}, last_nonce=NOW) == "10108"
    assert gopax("GET", "/balances", "", b"", {**nonce, "signature": order}) == "10229"


def test_gopax_timestamp_vectors() -> None:
    ts = {"timestamp": str(NOW)}
    balances = "9QdYO2lmoMm9kZjkMmX2U4+RtxAkGZqs86Mh3kDkaAWOnZUtadrL9eZwku4VoDsAd+4sIf+vSbTTuib8Im7KFA=="
    windowed = "SavELqeBaLK9gzn9EpwmmvtdP9DGYx1hFKzo/sG+KX2aDWCtVYYgEXvyR+Qs8TJkYh19+W7RwzQMig4ZpVSfRA=="
    orders = "QvejZEFOpkMbBTHrZSZMn+g4cBfnYpkrGp+bWW2WgCsVzsHGq6uiv4+uf5Gy5bnC/DsHYP8yEkzAU874mYmyqw=="
    assert gopax("GET", "/balances", "", b"", {**ts, "signature": balances}) is None
    assert gopax("POST", "/orders", "", GOPAX_ORDER, {**ts, "signature": windowed, "receive-window": "200"}) is None
    assert gopax("GET", "/orders", "includePast=true", b"", {**ts, "signature": orders}) is None
    stale = {"timestamp": str(NOW - 61_000), "signature": balances}
    assert gopax("GET", "/balances", "", b"", stale) == "10263"
    assert gopax("GET", "/balances", "", b"", {**ts, "nonce": str(NOW), "signature": balances}) == "10265"
    assert gopax("GET", "/balances", "", b"", {"signature": balances}) == "10231"


def test_bitunix_vectors() -> None:
    def check(key: str, secret: str, nonce: str, ts: str, query: list[tuple[str, str]], body: bytes, sign: str) -> None:
        headers = {"api-key": key, "nonce": nonce, "timestamp": ts, "sign": sign}
        assert verify_bitunix(headers, query, body, secret, int(ts)) is None

    nonce = "0123456789abcdef0123456789abcdef"
    fixture = ("testApiKey", "testSecretKey", nonce, str(NOW))
    # The official SDK's own unit test (Demo/Golang/open_api_http_sign_test.go).
    official = ("11111111111111111", "22222222222222222", "33333333333333333", "1747104711262")
    check(*official, [("marginCoin", "USDT")], b"", "40e87256554e263e39201a3979469b7fbb640d1c7c41759abf5c6a18f937f922")
    check(*fixture, [], b"", "cdb408d06f2fdff894115e8cf24d495117d5073f6e7afd1a39951d213ee58579")
    sorted_query = [("symbol", "BTCUSDT"), ("interval", "60"), ("limit", "100")]
    check(*fixture, sorted_query, b"", "4b32a1afc831a7c078a1d3973c89a6c57f57885b73d704b109c8c1c475811b84")
    body = b'{"side":2,"type":1,"volume":"0.01","price":"30000","symbol":"BTCUSDT"}'
    check(*fixture, [], body, "b99d848b9e30f8fd012efe55d508464a832ac0f7ba9d7d4c6f68313e3a87828e")


def test_bitunix_refusals() -> None:
    sign = "cdb408d06f2fdff894115e8cf24d495117d5073f6e7afd1a39951d213ee58579"
    headers = {
        "api-key": "testApiKey",
        "nonce": "0123456789abcdef0123456789abcdef",
        "timestamp": str(NOW),
        "sign": sign,
    }
    assert verify_bitunix(headers, [], b"", "testSecretKey", NOW) is None
    assert verify_bitunix(headers, [], b"", "other", NOW) == "100005"
    assert verify_bitunix(headers, [], b"", "testSecretKey", NOW + 61_000) == "100008"
    assert verify_bitunix({**headers, "api-key": ""}, [], b"", "testSecretKey", NOW) == "100004"
