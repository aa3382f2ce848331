"""BitunixAuth against the official SDK's unit-test vector and the spot vectors in venues/bitunix.md §3."""

from __future__ import annotations

import hashlib
import pickle
import re
from types import SimpleNamespace

import httpx
import pytest

from venuekit.auth import bitunix
from venuekit.auth.bitunix import BitunixAuth, canonical_query

SPOT_KEY = "testApiKey"
SPOT_SECRET = "testSecretKey"
SPOT_NONCE = "0123456789abcdef0123456789abcdef"
SPOT_TS = 1700000000000
BASE = "https://openapi.bitunix.com"


def send(auth: BitunixAuth, method: str, url: str, **kwargs: object) -> httpx.Request:
    """Send one request through `auth` into a mock transport and return the request as it went out."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"code": "0", "msg": "Success", "data": None})

    with httpx.Client(transport=httpx.MockTransport(handler), auth=auth) as client:
        client.request(method, url, **kwargs)  # type: ignore[arg-type]
    assert len(seen) == 1
    return seen[0]


def spot_auth() -> BitunixAuth:
    return BitunixAuth(SPOT_KEY, SPOT_SECRET, clock=lambda: SPOT_TS, nonce=lambda: SPOT_NONCE)


def test_official_sdk_unit_test_vector() -> None:
    # BitunixOfficial/open-api Demo/Golang/open_api_http_sign_test.go: signs queryParams "marginCoinUSDT".
    auth = BitunixAuth(
        "11111111111111111",
        "22222222222222222",
        clock=lambda: 1747104711262,
        nonce=lambda: "33333333333333333",
    )
    sent = send(auth, "GET", "https://fapi.bitunix.com/api/v1/futures/account", params={"marginCoin": "USDT"})
    assert sent.headers["sign"] == "40e87256554e263e39201a3979469b7fbb640d1c7c41759abf5c6a18f937f922"
    assert sent.headers["api-key"] == "11111111111111111"
    assert sent.headers["nonce"] == "33333333333333333"
    assert sent.headers["timestamp"] == "1747104711262"


DOC_BODY = b'{"uid":"2899","arr":[{"id":1,"name":"maple"},{"id":2,"name":"lily"}]}'


def doc_example_auth() -> BitunixAuth:
    return BitunixAuth("yourApiKey", "yourSecretKey", clock=lambda: 20241120123045, nonce=lambda: "123456")


def test_doc_example_inputs_query_and_body() -> None:
    # The sign page's inputs: query id=1, uid=200 (sent out of order) and the compact JSON body.
    sent = send(doc_example_auth(), "POST", f"{BASE}/x?uid=200&id=1", content=DOC_BODY)
    assert sent.content == DOC_BODY
    assert sent.headers["sign"] == "00397cd1e52c7dce3258067324363b6361fabc9178a0912b330c138db8745655"


def test_key_equals_value_joining_gives_a_different_sign() -> None:
    # The spot page's "id=1uid=200" form (refused live with 100005) is not what we sign.
    def sha(data: str) -> str:
        return hashlib.sha256(data.encode()).hexdigest()

    with_equals = sha(
        sha("123456" + "20241120123045" + "yourApiKey" + "id=1uid=200" + DOC_BODY.decode()) + "yourSecretKey"
    )
    assert with_equals == "9ca09b41490cd93a75035ea3728d4d6a97bdef9f67573f197836d6067cfcc519"
    sent = send(doc_example_auth(), "POST", f"{BASE}/x?uid=200&id=1", content=DOC_BODY)
    assert sent.headers["sign"] != with_equals
    assert canonical_query(sent.url.params) == "id1uid200"


@pytest.mark.parametrize(
    ("method", "path", "params", "body", "expected"),
    [
        pytest.param(
            "GET",
            "/api/spot/v1/user/account",
            None,
            None,
            "cdb408d06f2fdff894115e8cf24d495117d5073f6e7afd1a39951d213ee58579",
            id="V3-account",
        ),
        pytest.param(
            "GET",
            "/api/spot/v1/order/detail",
            {"orderId": "123456"},
            None,
            "485d017d5e18276bb02d66d7906d74c9bc4e69df7cfee417d4fccde1d9b0abac",
            id="V4-detail",
        ),
        pytest.param(
            "GET",
            "/api/spot/v1/order/detail",
            {"symbol": "BTCUSDT", "interval": "60", "limit": "100"},
            None,
            "4b32a1afc831a7c078a1d3973c89a6c57f57885b73d704b109c8c1c475811b84",
            id="V4b-sorted",
        ),
        pytest.param(
            "POST",
            "/api/spot/v1/order/place_order",
            None,
            b'{"side":2,"type":1,"volume":"0.01","price":"30000","symbol":"BTCUSDT"}',
            "b99d848b9e30f8fd012efe55d508464a832ac0f7ba9d7d4c6f68313e3a87828e",
            id="V5-place",
        ),
        pytest.param(
            "POST",
            "/api/spot/v1/order/place_order",
            None,
            b'{"side": 2, "type": 1, "volume": "0.01", "price": "30000", "symbol": "BTCUSDT"}',
            "94e27321049f7bad3e5f07a9e225580872f73dab443322b041c451a34f8d279b",
            id="V5b-spaced",
        ),
        pytest.param(
            "POST",
            "/api/spot/v1/order/cancel",
            None,
            b'{"orderIdList":[{"orderId":"123456","symbol":"BTCUSDT"}]}',
            "8bb4f563f721b1a0053e644c989916312852a0c5f1221fa7ddcea71711395677",
            id="V6-cancel",
        ),
    ],
)
def test_spot_vectors(method: str, path: str, params: dict[str, str] | None, body: bytes | None, expected: str) -> None:
    sent = send(spot_auth(), method, BASE + path, params=params, content=body)
    assert sent.headers["sign"] == expected
    assert sent.headers["api-key"] == SPOT_KEY
    assert sent.headers["nonce"] == SPOT_NONCE
    assert sent.headers["timestamp"] == str(SPOT_TS)
    assert sent.headers["Content-Type"] == "application/json"
    if body is not None:
        assert sent.content == body  # the bytes signed are the bytes sent


def test_json_kwarg_body_is_signed_as_sent() -> None:
    # httpx serialises json= compactly; whatever it sends is what gets signed.
    payload = {"side": 2, "type": 1, "volume": "0.01", "price": "30000", "symbol": "BTCUSDT"}
    sent = send(spot_auth(), "POST", f"{BASE}/api/spot/v1/order/place_order", json=payload)
    assert sent.content == b'{"side":2,"type":1,"volume":"0.01","price":"30000","symbol":"BTCUSDT"}'
    assert sent.headers["sign"] == "b99d848b9e30f8fd012efe55d508464a832ac0f7ba9d7d4c6f68313e3a87828e"


def test_query_values_are_signed_decoded() -> None:
    sent = send(spot_auth(), "GET", f"{BASE}/api/spot/v1/order/detail", params={"orderId": "12 34/5"})
    assert "12 34/5" not in str(sent.url)  # percent-encoded on the wire ...
    assert canonical_query(sent.url.params) == "orderId12 34/5"  # ... signed decoded
    digest = hashlib.sha256((SPOT_NONCE + str(SPOT_TS) + SPOT_KEY + "orderId12 34/5").encode()).hexdigest()
    assert sent.headers["sign"] == hashlib.sha256((digest + SPOT_SECRET).encode()).hexdigest()


def test_empty_params_are_dropped_from_url_and_signature() -> None:
    sent = send(spot_auth(), "GET", f"{BASE}/api/spot/v1/order/detail?orderId=123456&clientId=")
    assert dict(sent.url.params) == {"orderId": "123456"}
    assert sent.headers["sign"] == "485d017d5e18276bb02d66d7906d74c9bc4e69df7cfee417d4fccde1d9b0abac"


def test_all_empty_params_leave_no_query() -> None:
    sent = send(spot_auth(), "GET", f"{BASE}/api/spot/v1/user/account?coin=")
    assert str(sent.url) == f"{BASE}/api/spot/v1/user/account"
    assert sent.headers["sign"] == "cdb408d06f2fdff894115e8cf24d495117d5073f6e7afd1a39951d213ee58579"


@pytest.mark.parametrize(
    "path",
    [
        "/api/spot/v1/market/depth?symbol=BTCUSDT&precision=5",
        "/api/spot/v1/market/last_price?symbol=BTCUSDT",
        "/api/spot/v1/common/coin_pair/list",
        "/api/spot/v1/common/coin/coin_network/list",
    ],
)
def test_public_requests_are_untouched(path: str) -> None:
    sent = send(spot_auth(), "GET", BASE + path)
    for header in ("api-key", "nonce", "timestamp", "sign", "Content-Type"):
        assert header not in sent.headers
    assert str(sent.url) == BASE + path


def test_default_nonce_is_32_random_hex_chars() -> None:
    auth = BitunixAuth(SPOT_KEY, SPOT_SECRET, clock=lambda: SPOT_TS)
    first = send(auth, "GET", f"{BASE}/api/spot/v1/user/account").headers["nonce"]
    second = send(auth, "GET", f"{BASE}/api/spot/v1/user/account").headers["nonce"]
    assert re.fullmatch(r"[0-9a-f]{32}", first)
    assert first != second


def test_the_default_nonce_is_16_bytes_of_the_os_csprng_as_32_lower_hex_characters(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The docs ask for a 32-character random string; the official SDK sends uuid4().hex (32 lower-case hex).
    fresh = bitunix._random_nonce()
    assert re.fullmatch(r"[0-9a-f]{32}", fresh) and fresh != bitunix._random_nonce()
    asked: list[int] = []

    def urandom(n: int) -> bytes:
        asked.append(n)
        return bytes(range(0xF0, 0xF0 + n))

    monkeypatch.setattr(bitunix, "os", SimpleNamespace(urandom=urandom))
    assert bitunix._random_nonce() == "f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff"
    sent = send(BitunixAuth(SPOT_KEY, SPOT_SECRET, clock=lambda: SPOT_TS), "GET", f"{BASE}/api/spot/v1/user/account")
    assert sent.headers["nonce"] == "f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff"
    assert asked == [16, 16]


def test_clock_offset_is_applied() -> None:
    auth = spot_auth()
    auth.clock_offset_ms = -1500
    sent = send(auth, "GET", f"{BASE}/api/spot/v1/user/account")
    assert sent.headers["timestamp"] == str(SPOT_TS - 1500)


def test_repr_hides_the_secret() -> None:
    auth = BitunixAuth("abcdefghijklmnop", "super-secret-value", clock=lambda: SPOT_TS)
    for text in (repr(auth), str(auth)):
        assert "super-secret-value" not in text
        assert "abcdefghijklmnop" not in text
        assert text == "BitunixAuth(api_key='abcd***mnop')"
    with pytest.raises(TypeError, match=r"^BitunixAuth holds a secret and cannot be pickled$"):
        pickle.dumps(auth)


def test_empty_credentials_are_refused() -> None:
    with pytest.raises(ValueError):
        BitunixAuth("", "secret")
    with pytest.raises(ValueError):
        BitunixAuth("key", "")


def test_canonical_query_sorts_by_name_only_and_leaves_out_empty_values() -> None:
    # A repeated name keeps its values in the order sent (the sort is by name, and stable), and a parameter
    # with an empty value is not part of the digest (auth_flow also drops it from the URL).
    params = httpx.QueryParams([("symbol", "BTCUSDT"), ("id", "2"), ("empty", ""), ("id", "1")])
    assert canonical_query(params) == "id2id1symbolBTCUSDT"
