"""HashKeyAuth against the doc's published signatures and the venue notes' vectors (notes section 2.3)."""

from __future__ import annotations

import hashlib
import hmac
import json
import pickle
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
import yaml

from venuekit.auth.hashkey_mena import PUBLIC_PATHS, HashKeyAuth

SPEC = Path(__file__).resolve().parents[2] / "specs" / "hashkey_mena" / "openapi.yaml"

# The doc's signature examples (Examples 1-3).
DOC_KEY = "tAQfOrPIZAhym0qHISRt8EFvxPemdBm5j5WMlkm3Ke9aFp0EGWC2CGM8GHV4kCYW"
DOC_SECRET = "lH3ELTNiFxCQTmi9pPcWWikhsjO04Yoqw3euoHUuOLC3GYBW64ZqzQsiOEHXQS76"
DOC_TS = 1538323200000
DOC_ORDER = "symbol=ETHBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1"

# The notes' vectors.
KEY = "testkey"
SECRET = "testsecret"
TS = 1700000000000
BASE = "https://api-pro.hashkey.com"
LISTEN_KEY = "MKxPTRoLXBBhlRseAUaDyWyZVjiNxCVqcaUasZidmByckGjUcLBKKcopKbvUfORD"
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def make_client(
    key: str = KEY, secret: str = SECRET, ts: int = TS, recv_window: int | None = None
) -> tuple[httpx.Client, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return httpx.Response(200, json={})

    auth = HashKeyAuth(key, secret, clock=lambda: ts, recv_window=recv_window)
    return httpx.Client(transport=httpx.MockTransport(handler), auth=auth), seen


@pytest.fixture
def client() -> Iterator[tuple[httpx.Client, list[httpx.Request]]]:
    c, seen = make_client()
    with c:
        yield c, seen


def sent(seen: list[httpx.Request]) -> httpx.Request:
    assert len(seen) == 1
    return seen[0]


def body_matches_length(request: httpx.Request) -> None:
    assert request.headers["Content-Length"] == str(len(request.content))


# ---------------------------------------------------------------- the doc's published examples


def test_doc_example_1_query_string() -> None:
    c, seen = make_client(DOC_KEY, DOC_SECRET, DOC_TS, recv_window=5000)
    with c:
        c.post(f"https://api-pro.hashkey.com/api/v1/spot/order?{DOC_ORDER}")
    r = sent(seen)
    assert r.url.query == (
        b"symbol=ETHBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000"
        b"&timestamp=1538323200000&signature=5f2750ad7589d1d40757a55342e621a44037dad23b5128cc70e18ec1d1c3f4c6"
    )
    assert r.content == b""
    assert r.headers["X-HK-APIKEY"] == DOC_KEY


def test_doc_example_2_request_body() -> None:
    c, seen = make_client(DOC_KEY, DOC_SECRET, DOC_TS, recv_window=5000)
    with c:
        c.post("https://api-pro.hashkey.com/api/v1/spot/order", content=DOC_ORDER.encode(), headers=FORM)
    r = sent(seen)
    assert r.url.query == b""
    assert r.content == (
        b"symbol=ETHBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000"
        b"&timestamp=1538323200000&signature=5f2750ad7589d1d40757a55342e621a44037dad23b5128cc70e18ec1d1c3f4c6"
    )
    body_matches_length(r)
    assert r.headers["X-HK-APIKEY"] == DOC_KEY


def test_doc_example_3_query_and_body_concatenated_without_separator() -> None:
    c, seen = make_client(DOC_KEY, DOC_SECRET, DOC_TS, recv_window=5000)
    with c:
        c.post(
            "https://api-pro.hashkey.com/openapi/v1/order?symbol=ETHBTC&side=BUY&type=LIMIT&timeInForce=GTC",
            content=b"quantity=1&price=0.1",
            headers=FORM,
        )
    r = sent(seen)
    assert r.url.query == b"symbol=ETHBTC&side=BUY&type=LIMIT&timeInForce=GTC"
    assert r.content == (
        b"quantity=1&price=0.1&recvWindow=5000&timestamp=1538323200000"
        b"&signature=885c9e3dd89ccd13408b25e6d54c2330703759d7494bea6dd5a3d1fd16ba3afa"
    )
    body_matches_length(r)


# ---------------------------------------------------------------- the notes' vectors (section 2.3)


def test_vector_a_get_account(client: tuple[httpx.Client, list[httpx.Request]]) -> None:
    c, seen = client
    c.get(f"{BASE}/api/v1/account")
    r = sent(seen)
    assert str(r.url) == (
        "https://api-pro.hashkey.com/api/v1/account?timestamp=1700000000000"
        "&signature=dd273985d88b32eaeeb19cafcc2dbaa9ac658e274cd4095d474395560c4b09b7"
    )
    assert r.headers["X-HK-APIKEY"] == "testkey"
    assert "X-APIKEY" not in r.headers


@pytest.mark.parametrize("path", ["/api/v1/spot/order", "/api/v1.1/spot/order"])
def test_vector_b_post_limit_order_form_body(client: tuple[httpx.Client, list[httpx.Request]], path: str) -> None:
    c, seen = client
    c.post(
        BASE + path,
        data={"symbol": "BTCUSDT", "side": "BUY", "type": "LIMIT", "price": "85000", "quantity": "0.01"},
    )
    r = sent(seen)
    assert r.url.query == b""
    assert r.content == (
        b"symbol=BTCUSDT&side=BUY&type=LIMIT&price=85000&quantity=0.01&timestamp=1700000000000"
        b"&signature=6ca413d51a5fad7e7b29159bba4a44b6f31c96e5b0dbcfc9c838f9988be47fd9"
    )
    body_matches_length(r)
    assert r.headers["Content-Type"] == "application/x-www-form-urlencoded"


def test_vector_c_post_market_order(client: tuple[httpx.Client, list[httpx.Request]]) -> None:
    c, seen = client
    c.post(
        f"{BASE}/api/v1.1/spot/order",
        data={"symbol": "BTCUSDT", "side": "BUY", "type": "MARKET", "quantity": "0.01"},
    )
    assert sent(seen).content.endswith(
        b"&timestamp=1700000000000&signature=8b25668b342edc25ff56cb13441d89ce627ff0e104ba9c67cd3e7ba98c4317d3"
    )


def test_vector_d_doc_parameter_set_with_recv_window() -> None:
    c, seen = make_client(recv_window=5000)
    with c:
        c.post(f"{BASE}/api/v1/spot/order?{DOC_ORDER}")
    assert sent(seen).url.query == (
        DOC_ORDER.encode() + b"&recvWindow=5000&timestamp=1700000000000"
        b"&signature=24146a7c9408713e1634cc3032e725d639a3a00c6d4dd9de57ea062758476df2"
    )


def test_vector_e_doc_example_3_shape() -> None:
    c, seen = make_client(recv_window=5000)
    with c:
        c.post(
            f"{BASE}/openapi/v1/order?symbol=ETHBTC&side=BUY&type=LIMIT&timeInForce=GTC",
            content=b"quantity=1&price=0.1",
            headers=FORM,
        )
    assert sent(seen).content == (
        b"quantity=1&price=0.1&recvWindow=5000&timestamp=1700000000000"
        b"&signature=b3b319a415d4727a2f133065298c4866405b2b3d134148267f9670f9f0406017"
    )


def test_vector_f_create_listen_key(client: tuple[httpx.Client, list[httpx.Request]]) -> None:
    c, seen = client
    c.post(f"{BASE}/api/v1/userDataStream")
    r = sent(seen)
    # No business parameters, so the signature parameters go in the query string; same signed string.
    assert r.url.query == (
        b"timestamp=1700000000000&signature=dd273985d88b32eaeeb19cafcc2dbaa9ac658e274cd4095d474395560c4b09b7"
    )
    assert r.content == b""


def test_vector_g_keep_alive_with_caller_timestamp_first(
    client: tuple[httpx.Client, list[httpx.Request]],
) -> None:
    c, seen = client
    # Replays the WebSocket sample's dict order (timestamp, then listenKey): the caller's timestamp is kept.
    c.put(f"{BASE}/api/v1/userDataStream", data={"timestamp": "1700000000000", "listenKey": LISTEN_KEY})
    r = sent(seen)
    assert (
        r.content
        == (
            f"timestamp=1700000000000&listenKey={LISTEN_KEY}"
            "&signature=1b00f21d44fa5db4f2eb51f351de4124265800a1ffff9d9b461dba16aa44382e"
        ).encode()
    )
    body_matches_length(r)


# ---------------------------------------------------------------- batchOrders (JSON array body)

BATCH = [
    {
        "symbol": "BTCUSD",
        "side": "SELL",
        "type": "LIMIT",
        "price": "52000",
        "quantity": "0.01",
        "newClientOrderId": "123456789",
    },
    {
        "symbol": "BTCUSD",
        "side": "BUY",
        "type": "LIMIT",
        "price": "43000",
        "quantity": "0.01",
        "newClientOrderId": "123456790",
    },
]


def test_batch_orders_json_body_is_not_signed(client: tuple[httpx.Client, list[httpx.Request]]) -> None:
    c, seen = client
    c.post(f"{BASE}/api/v1.1/spot/batchOrders", json=BATCH)
    r = sent(seen)
    # Only "timestamp=1700000000000" is signed: the same signature as vector (a).
    assert r.url.query == (
        b"timestamp=1700000000000&signature=dd273985d88b32eaeeb19cafcc2dbaa9ac658e274cd4095d474395560c4b09b7"
    )
    assert json.loads(r.content) == BATCH
    assert r.headers["Content-Type"] == "application/json"
    body_matches_length(r)


def test_batch_orders_json_body_signed_when_enabled() -> None:
    class SigningJson(HashKeyAuth):
        sign_json_body = True

    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return httpx.Response(200, json={})

    auth = SigningJson(KEY, SECRET, clock=lambda: TS)
    with httpx.Client(transport=httpx.MockTransport(handler), auth=auth) as c:
        c.post(f"{BASE}/api/v1.1/spot/batchOrders", json=BATCH)
    r = sent(seen)
    expected = hmac.new(SECRET.encode(), b"timestamp=1700000000000" + r.content, hashlib.sha256).hexdigest()
    assert r.url.query == b"timestamp=1700000000000&signature=" + expected.encode()


# ---------------------------------------------------------------- cross-check: the doc's sample logic


class DocSampleClient:
    """Independent re-implementation of the doc's Python samples (seed lines 30-231 and 3410-3414)."""

    def __init__(self, secret: str, timestamp: int) -> None:
        self.secret = secret
        self.timestamp = timestamp

    def create_signature(self, content: str) -> str:
        return hmac.new(self.secret.encode("utf-8"), content.encode("utf-8"), hashlib.sha256).hexdigest()

    def post_form(self, params: Mapping[str, str]) -> tuple[str, str]:
        """`place_order`: urlencode(data) with timestamp last, signed, then sent with signature appended."""
        data: dict[str, Any] = dict(params)
        data["timestamp"] = self.timestamp
        signature = self.create_signature(urlencode(data))
        data["signature"] = signature
        return urlencode(data), signature

    def get_query(self, params: Mapping[str, str]) -> tuple[str, str]:
        """`get_account_info`: raw key=value pairs joined with '&', signature appended to the URL."""
        data: dict[str, Any] = dict(params)
        data["timestamp"] = self.timestamp
        query_string = "&".join(f"{k}={v}" for k, v in data.items())
        signature = self.create_signature(query_string)
        return f"{query_string}&signature={signature}", signature

    def ws_signature(self, params: Mapping[str, Any]) -> str:
        """`create_hmac256_signature` from the WebSocket sample."""
        data = ""
        for k, v in params.items():
            data = data + str(k) + "=" + str(v) + "&"
        return hmac.new(self.secret.encode(), data[:-1].encode(), digestmod=hashlib.sha256).hexdigest()


@pytest.mark.parametrize(
    ("method", "path", "params", "where"),
    [
        ("GET", "/api/v1/account/trades", {"symbol": "BTCUSDT", "limit": "20"}, "query"),
        ("DELETE", "/api/v1/spot/order", {"orderId": "1563291927536863744"}, "query"),
        ("GET", "/api/v1/spot/openOrders", {"symbol": "ETHUSD", "side": "BUY", "limit": "500"}, "query"),
        (
            "POST",
            "/api/v1/account/assetTransfer",
            {
                "fromAccountId": "1649292498437183232",
                "toAccountId": "1649292498437183235",
                "coin": "USDT",
                "quantity": "10",
            },
            "query",
        ),
        (
            "POST",
            "/api/v1/account/withdraw",
            {
                "coin": "USDT",
                "clientOrderId": "w12912",
                "address": "0x132346ef629483974879a2e68A3557cA1c494D2E",
                "quantity": "0.2",
                "chainType": "ETH",
            },
            "form",
        ),
        (
            "POST",
            "/api/v1.1/spot/order",
            {
                "symbol": "BTCUSDT",
                "side": "SELL",
                "type": "LIMIT",
                "quantity": "0.5",
                "price": "90000.5",
                "newClientOrderId": "my order/1",
            },
            "form",
        ),
        ("PUT", "/api/v1/userDataStream", {"listenKey": LISTEN_KEY}, "form"),
    ],
)
def test_matches_doc_sample_logic(
    client: tuple[httpx.Client, list[httpx.Request]],
    method: str,
    path: str,
    params: dict[str, str],
    where: str,
) -> None:
    c, seen = client
    doc = DocSampleClient(SECRET, TS)
    if where == "query":
        c.request(method, BASE + path, params=params)
        r = sent(seen)
        expected_query, signature = doc.get_query(params)
        assert r.url.query.decode() == expected_query
        assert r.url.params["signature"] == signature
        assert r.content == b""
    else:
        c.request(method, BASE + path, data=params)
        r = sent(seen)
        expected_body, signature = doc.post_form(params)
        assert r.content.decode() == expected_body
        assert httpx.QueryParams(r.content.decode())["signature"] == signature
        assert r.url.query == b""
        body_matches_length(r)
    if path == "/api/v1/userDataStream":
        assert signature == doc.ws_signature({**params, "timestamp": TS})
    assert r.headers["X-HK-APIKEY"] == KEY


# ---------------------------------------------------------------- behaviour


def test_public_requests_untouched(client: tuple[httpx.Client, list[httpx.Request]]) -> None:
    c, seen = client
    c.get(f"{BASE}/quote/v1/depth", params={"symbol": "BTCUSDT", "limit": "2"})
    r = sent(seen)
    assert str(r.url) == "https://api-pro.hashkey.com/quote/v1/depth?symbol=BTCUSDT&limit=2"
    assert "X-HK-APIKEY" not in r.headers
    assert b"signature" not in r.url.query


def test_public_paths_match_the_spec() -> None:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    public = {
        path for path, item in spec["paths"].items() for operation in item.values() if operation["security"] == []
    }
    signed = {
        path for path, item in spec["paths"].items() for operation in item.values() if operation["security"] != []
    }
    assert public == PUBLIC_PATHS
    assert not signed & PUBLIC_PATHS


def test_existing_query_order_and_encoding_kept(client: tuple[httpx.Client, list[httpx.Request]]) -> None:
    c, seen = client
    c.delete(f"{BASE}/api/v1/spot/cancelOrderByIds?ids=2%2C1&a=x+y")
    r = sent(seen)
    expected = hmac.new(SECRET.encode(), b"ids=2%2C1&a=x+y&timestamp=1700000000000", hashlib.sha256).hexdigest()
    assert r.url.query == b"ids=2%2C1&a=x+y&timestamp=1700000000000&signature=" + expected.encode()


def test_clock_offset_and_recv_window() -> None:
    c, seen = make_client(recv_window=3000)
    assert isinstance(c.auth, HashKeyAuth)
    c.auth.clock_offset_ms = -250
    with c:
        c.get(f"{BASE}/api/v1/account")
    query = sent(seen).url.query
    assert query.startswith(b"recvWindow=3000&timestamp=1699999999750&signature=")


def test_caller_supplied_recv_window_not_duplicated() -> None:
    c, seen = make_client(recv_window=5000)
    with c:
        c.get(f"{BASE}/api/v1/account", params={"recvWindow": "1000"})
    query = sent(seen).url.query
    assert query.count(b"recvWindow=") == 1
    assert query.startswith(b"recvWindow=1000&timestamp=1700000000000&signature=")


def test_signature_is_lowercase_hex_and_last(client: tuple[httpx.Client, list[httpx.Request]]) -> None:
    c, seen = client
    c.get(f"{BASE}/api/v1/spot/openOrders", params={"symbol": "BTCUSDT"})
    last_key, last_value = sent(seen).url.query.decode().split("&")[-1].split("=")
    assert last_key == "signature"
    assert len(last_value) == 64
    assert last_value == last_value.lower()
    int(last_value, 16)


def test_streamed_form_body_is_reframed(client: tuple[httpx.Client, list[httpx.Request]]) -> None:
    c, seen = client

    def chunks() -> Iterator[bytes]:
        yield b"listenKey="
        yield LISTEN_KEY.encode()

    c.put(f"{BASE}/api/v1/userDataStream", content=chunks(), headers=FORM)
    r = sent(seen)
    assert "Transfer-Encoding" not in r.headers
    body_matches_length(r)
    expected = hmac.new(
        SECRET.encode(), f"listenKey={LISTEN_KEY}&timestamp=1700000000000".encode(), hashlib.sha256
    ).hexdigest()
    assert r.content == f"listenKey={LISTEN_KEY}&timestamp=1700000000000&signature={expected}".encode()


def test_key_header_can_be_overridden() -> None:
    class AltHeader(HashKeyAuth):
        key_header = "X-APIKEY"

    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    with httpx.Client(transport=httpx.MockTransport(handler), auth=AltHeader(KEY, SECRET)) as c:
        c.get(f"{BASE}/api/v1/account")
    assert sent(seen).headers["X-APIKEY"] == KEY
    assert "X-HK-APIKEY" not in sent(seen).headers


def test_rejects_bad_recv_window() -> None:
    with pytest.raises(ValueError):
        HashKeyAuth(KEY, SECRET, recv_window=0)


def test_requires_key_and_secret() -> None:
    with pytest.raises(ValueError):
        HashKeyAuth("", SECRET)


def test_repr_hides_secret() -> None:
    auth = HashKeyAuth("abcdefghijklmnop", "super-secret-value", clock=lambda: TS)
    for text in (repr(auth), str(auth), f"{auth}"):
        assert "super-secret-value" not in text
        assert "abcdefghijklmnop" not in text
        assert "abcd***mnop" in text
    with pytest.raises(TypeError, match=r"^HashKeyAuth holds a secret and cannot be pickled$"):
        pickle.dumps(auth)


# ---------------------------------------------------------------- the signed query is set without re-parsing the URL


def test_signing_sets_the_query_without_reparsing_the_url(
    client: tuple[httpx.Client, list[httpx.Request]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 19: `URL.copy_with` re-checks every character (a third of the cost of signing); with this httpx the
    signer replaces only the query part, and the URL it produces is the one copy_with would have built."""
    c, seen = client
    expected = httpx.URL(f"{BASE}/api/v1/account/trades?symbol=BTCUSD&limit=5").copy_with(
        query=b"symbol=BTCUSD&limit=5&timestamp=1700000000000&signature="
        + hmac.new(SECRET.encode(), b"symbol=BTCUSD&limit=5&timestamp=1700000000000", hashlib.sha256)
        .hexdigest()
        .encode()
    )

    def reparsed(self: httpx.URL, **kwargs: Any) -> httpx.URL:
        raise AssertionError("the signer re-parsed the URL")

    monkeypatch.setattr(httpx.URL, "copy_with", reparsed)
    c.get(f"{BASE}/api/v1/account/trades", params={"symbol": "BTCUSD", "limit": 5})
    r = sent(seen)
    assert r.url == expected and str(r.url) == str(expected)
    assert r.url.host == "api-pro.hashkey.com" and r.url.path == "/api/v1/account/trades"
    assert r.url.params["signature"] == expected.params["signature"]


class _OtherHttpxURL:
    """A URL of an httpx whose parsed parts are not a `_replace`-able tuple (or are not there at all)."""

    def __init__(self, parts: object) -> None:
        if parts != "absent":
            self._uri_reference = parts

    def copy_with(self, **kwargs: Any) -> tuple[str, dict[str, Any]]:
        return ("copy_with", kwargs)


@pytest.mark.parametrize(
    "parts", ["absent", None, object()], ids=["no attribute", "no parts", "parts without _replace"]
)
def test_signing_falls_back_to_copy_with_for_another_httpx(parts: object) -> None:
    """Another httpx: the query is set the public way, with exactly the signed bytes."""
    from venuekit.auth import hashkey_mena

    url: Any = _OtherHttpxURL(parts)
    assert hashkey_mena._with_query(url, b"timestamp=1&signature=ab") == (
        "copy_with",
        {"query": b"timestamp=1&signature=ab"},
    )


# ---------------------------------------------------------------- what the signer reads from the request


def test_a_form_content_type_with_parameters_is_still_a_form(client: tuple[httpx.Client, list[httpx.Request]]) -> None:
    """`application/x-www-form-urlencoded; charset=UTF-8` is a form: the timestamp and the signature go in the
    body, and the body's bytes are signed."""
    c, seen = client
    c.post(
        f"{BASE}/api/v1/spot/order",
        content=b"symbol=BTCUSD&side=BUY",
        headers={"Content-Type": "application/x-www-form-urlencoded; charset=UTF-8"},
    )
    r = sent(seen)
    signed = b"symbol=BTCUSD&side=BUY&timestamp=1700000000000"
    digest = hmac.new(SECRET.encode(), signed, hashlib.sha256).hexdigest()
    assert r.content == signed + b"&signature=" + digest.encode()
    assert r.url.query == b""
    body_matches_length(r)


def test_a_timestamp_in_the_query_is_not_added_again_to_a_form_body(
    client: tuple[httpx.Client, list[httpx.Request]],
) -> None:
    """Parameter names are looked for in the query and the form body together: a caller's `timestamp` in the
    query with a form body gets no second timestamp in the body."""
    c, seen = client
    c.post(f"{BASE}/api/v1/spot/order", params={"timestamp": "123"}, content=b"symbol=BTCUSD", headers=FORM)
    r = sent(seen)
    digest = hmac.new(SECRET.encode(), b"timestamp=123symbol=BTCUSD", hashlib.sha256).hexdigest()
    assert r.content == b"symbol=BTCUSD&signature=" + digest.encode()


@pytest.mark.parametrize(
    "body",
    [b"symbol=BTC+USD&note=\xff", b"symbol=BTCUSD&note\xff=1"],
    ids=["decoded names (a + in the body)", "plain names"],
)
def test_a_form_body_that_is_not_utf8_is_signed_as_sent(
    client: tuple[httpx.Client, list[httpx.Request]], body: bytes
) -> None:
    """The signer reads parameter names leniently (a byte that is not UTF-8 is no name it looks for); it never
    raises on the caller's bytes, and signs exactly them."""
    c, seen = client
    c.post(f"{BASE}/api/v1/spot/order", content=body, headers=FORM)
    r = sent(seen)
    signed = body + b"&timestamp=1700000000000"
    assert r.content == signed + b"&signature=" + hmac.new(SECRET.encode(), signed, hashlib.sha256).hexdigest().encode()
