"""Signature vectors for GMO Coin FX (forex-api.coin.z.com) through venuekit.auth.gmo_coin.GmoCoinAuth.

The vectors are the ones in shared/venues/gmo-coin-fx.md §2.3, computed with the FX docs' own Python
signing logic (key `testkey`, secret `testsecret`, timestamp 1700000000000):

    API-SIGN = hex(HMAC-SHA256(secret, timestamp + METHOD + path + body))

where `path` starts at `/v1` (no `/private` prefix, no query string) and `body` is the exact JSON text
sent for POST; GET signs no body, and PUT/DELETE /v1/ws-auth send a JSON body but do not sign it
(crypto-doc convention).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from venuekit.auth.gmo_coin import GmoCoinAuth

KEY = "testkey"
SECRET = "testsecret"
TS = 1700000000000
TS_STR = "1700000000000"
PRIVATE = "https://forex-api.coin.z.com/private"
PUBLIC = "https://forex-api.coin.z.com/public"

# Doc-style order body (Python `json.dumps`, with ", " and ": " separators): 127 bytes, so the signed
# text is 153 bytes (the notes' "126 bytes" for the body is a miscount; their 153 and the signature agree).
ORDER = {
    "symbol": "USD_JPY",
    "side": "BUY",
    "size": "10000",
    "clientOrderId": "abc123",
    "executionType": "LIMIT",
    "limitPrice": "130",
}
ORDER_BODY = json.dumps(ORDER)
ORDER_BODY_COMPACT = json.dumps(ORDER, separators=(",", ":"))
TOKEN_BODY = json.dumps({"token": "xxxxxxxxxxxxxxxxxxxx"})

SIGN_GET_ASSETS = "092117ad0f2facd0a5766da9f7598e0d2930a2fecc06b4f9b8868a2690941aff"
SIGN_POST_ORDER = "145655ed465319082ba2eb702f3ef9c236a4daf29a137b8ad3e67e41d048ade5"
SIGN_POST_ORDER_COMPACT = "f3b6641b70f197bfe9c0b30e17bb8f5ae06fd29686b14f40765e35223be0ca65"
SIGN_GET_ORDERS = "c88d4d0d968ef4c2b802843a1c14c997ce091d35caa693d1bbf1ad88e2a2e245"
SIGN_GET_ORDERS_WITH_QUERY = "8440dbefaf443e3a630fd55bbe1209211c74ae2c2e276db9fcd8ad25e1c183fc"  # wrong
SIGN_POST_WS_AUTH = "cdfb239015c3c39ef45bdf7e9cda685148eae47b725b7105f1cf2446d6f1d20e"
SIGN_PUT_WS_AUTH = "b5879dd828b5c70f5af4f0ab566a0306a7d51b146a00d34c518669e035f4027d"
SIGN_PUT_WS_AUTH_WITH_BODY = "5a1f7c7f8c6b3879494513f782adcaa0cb98bb93eff1c9ed39dbdf98de7f3eee"  # not used
SIGN_DELETE_WS_AUTH = "9cd2a01df97eb8b398240d3836c2b6703bd6f7e12638f53e690cb78a24ae8aea"

AUTH_HEADERS = ("API-KEY", "API-TIMESTAMP", "API-SIGN")


def reference_sign(text: str) -> str:
    """The docs' Python sample: hmac.new(secret.encode('ascii'), text.encode('ascii'), sha256)."""
    return hmac.new(SECRET.encode("ascii"), text.encode("ascii"), hashlib.sha256).hexdigest()


class Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json={"status": 0, "responsetime": "2019-03-19T02:15:06.102Z"})

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def client(recorder: Recorder) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=PRIVATE,
        auth=GmoCoinAuth(KEY, SECRET, clock=lambda: TS),
        transport=httpx.MockTransport(recorder),
    ) as c:
        yield c


def assert_signed(request: httpx.Request, sign: str) -> None:
    assert request.headers["API-KEY"] == KEY
    assert request.headers["API-TIMESTAMP"] == TS_STR
    assert request.headers["API-SIGN"] == sign


# --- the reference implementation reproduces the notes' vectors (guards the constants) -----------


def test_reference_vectors() -> None:
    assert len(ORDER_BODY) == 127
    assert len(TS_STR + "POST" + "/v1/order" + ORDER_BODY) == 153
    assert reference_sign(TS_STR + "GET" + "/v1/account/assets") == SIGN_GET_ASSETS
    assert reference_sign(TS_STR + "POST" + "/v1/order" + ORDER_BODY) == SIGN_POST_ORDER
    assert reference_sign(TS_STR + "POST" + "/v1/order" + ORDER_BODY_COMPACT) == SIGN_POST_ORDER_COMPACT
    assert reference_sign(TS_STR + "GET" + "/v1/orders") == SIGN_GET_ORDERS
    assert reference_sign(TS_STR + "GET" + "/v1/orders?orderId=123456789,223456789") == SIGN_GET_ORDERS_WITH_QUERY
    assert reference_sign(TS_STR + "POST" + "/v1/ws-auth" + "{}") == SIGN_POST_WS_AUTH
    assert reference_sign(TS_STR + "PUT" + "/v1/ws-auth") == SIGN_PUT_WS_AUTH
    assert reference_sign(TS_STR + "PUT" + "/v1/ws-auth" + TOKEN_BODY) == SIGN_PUT_WS_AUTH_WITH_BODY
    assert reference_sign(TS_STR + "DELETE" + "/v1/ws-auth") == SIGN_DELETE_WS_AUTH


# --- (a) GET without query --------------------------------------------------------------------------


def test_get_account_assets(client: httpx.Client, recorder: Recorder) -> None:
    client.get("/v1/account/assets")
    req = recorder.last
    assert str(req.url) == PRIVATE + "/v1/account/assets"
    assert req.content == b""
    assert_signed(req, SIGN_GET_ASSETS)


def test_get_not_signed_with_private_prefix(client: httpx.Client, recorder: Recorder) -> None:
    client.get("/v1/account/assets")
    wrong = reference_sign(TS_STR + "GET" + "/private/v1/account/assets")
    assert recorder.last.headers["API-SIGN"] != wrong
    assert recorder.last.headers["API-SIGN"] == SIGN_GET_ASSETS


# --- (b) POST: the exact bytes sent are signed -------------------------------------------------------


def test_post_order_doc_body(client: httpx.Client, recorder: Recorder) -> None:
    client.post("/v1/order", content=ORDER_BODY, headers={"Content-Type": "application/json"})
    req = recorder.last
    assert req.url.path == "/private/v1/order"
    assert req.content == ORDER_BODY.encode()
    assert len(req.content) == 127
    assert_signed(req, SIGN_POST_ORDER)


def test_post_order_compact_body(client: httpx.Client, recorder: Recorder) -> None:
    client.post("/v1/order", content=ORDER_BODY_COMPACT, headers={"Content-Type": "application/json"})
    assert recorder.last.content == ORDER_BODY_COMPACT.encode()
    assert_signed(recorder.last, SIGN_POST_ORDER_COMPACT)


def test_post_order_httpx_json_signs_what_is_sent(client: httpx.Client, recorder: Recorder) -> None:
    # Whatever serializer produced the body, the signature covers those bytes.
    client.post("/v1/order", json=ORDER)
    req = recorder.last
    assert json.loads(req.content) == ORDER
    assert req.headers["API-SIGN"] == reference_sign(TS_STR + "POST" + "/v1/order" + req.content.decode())


def test_post_not_signed_with_private_prefix(client: httpx.Client, recorder: Recorder) -> None:
    client.post("/v1/order", content=ORDER_BODY, headers={"Content-Type": "application/json"})
    signed = recorder.last.headers["API-SIGN"]
    assert signed == reference_sign(TS_STR + "POST" + "/v1/order" + ORDER_BODY) == SIGN_POST_ORDER
    assert signed != reference_sign(TS_STR + "POST" + "/private/v1/order" + ORDER_BODY)


# --- (c) GET with a query: the query is sent but not signed ------------------------------------------


def test_get_orders_query_not_signed(client: httpx.Client, recorder: Recorder) -> None:
    client.get("/v1/orders", params={"orderId": "123456789,223456789"})
    req = recorder.last
    assert req.url.path == "/private/v1/orders"
    assert req.url.params["orderId"] == "123456789,223456789"
    assert_signed(req, SIGN_GET_ORDERS)
    assert req.headers["API-SIGN"] != SIGN_GET_ORDERS_WITH_QUERY


def test_get_orders_literal_comma_query(client: httpx.Client, recorder: Recorder) -> None:
    client.get("/v1/orders?orderId=123456789,223456789")
    req = recorder.last
    assert req.url.query in (b"orderId=123456789,223456789", b"orderId=123456789%2C223456789")
    assert_signed(req, SIGN_GET_ORDERS)
    assert req.headers["API-SIGN"] != SIGN_GET_ORDERS_WITH_QUERY


# --- (d)-(f) ws-auth -----------------------------------------------------------------------------------


def test_post_ws_auth_empty_object(client: httpx.Client, recorder: Recorder) -> None:
    client.post("/v1/ws-auth", content=b"{}", headers={"Content-Type": "application/json"})
    assert recorder.last.content == b"{}"
    assert_signed(recorder.last, SIGN_POST_WS_AUTH)


def test_put_ws_auth_body_sent_not_signed(client: httpx.Client, recorder: Recorder) -> None:
    client.put("/v1/ws-auth", content=TOKEN_BODY, headers={"Content-Type": "application/json"})
    req = recorder.last
    assert req.method == "PUT"
    assert req.content == TOKEN_BODY.encode()
    assert_signed(req, SIGN_PUT_WS_AUTH)
    assert req.headers["API-SIGN"] != SIGN_PUT_WS_AUTH_WITH_BODY


def test_delete_ws_auth_body_sent_not_signed(client: httpx.Client, recorder: Recorder) -> None:
    client.request("DELETE", "/v1/ws-auth", content=TOKEN_BODY, headers={"Content-Type": "application/json"})
    req = recorder.last
    assert req.method == "DELETE"
    assert req.content == TOKEN_BODY.encode()
    assert_signed(req, SIGN_DELETE_WS_AUTH)
    assert req.headers["API-SIGN"] != reference_sign(TS_STR + "DELETE" + "/v1/ws-auth" + TOKEN_BODY)


# --- public calls carry no auth headers -----------------------------------------------------------------


def test_public_client_has_no_auth_headers(recorder: Recorder) -> None:
    with httpx.Client(base_url=PUBLIC, transport=httpx.MockTransport(recorder)) as public:
        public.get("/v1/ticker")
    req = recorder.last
    assert str(req.url) == PUBLIC + "/v1/ticker"
    for name in AUTH_HEADERS:
        assert name not in req.headers


def test_public_call_with_auth_disabled(client: httpx.Client, recorder: Recorder) -> None:
    # `security: []` operations: the request opts out of the client's signer.
    client.get(PUBLIC + "/v1/klines", params={"symbol": "USD_JPY"}, auth=None)
    req = recorder.last
    assert req.url.host == "forex-api.coin.z.com"
    assert req.url.path == "/public/v1/klines"
    for name in AUTH_HEADERS:
        assert name not in req.headers


# --- every private call of the contract table signs as the docs prescribe ------------------------------

CALLS = Path(__file__).resolve().parents[1] / "contract" / "gmo_coin_fx" / "calls.yaml"


def _private_calls() -> list[tuple[str, dict[str, Any]]]:
    calls = yaml.safe_load(CALLS.read_text(encoding="utf-8"))
    return [(oid, c["request"]) for oid, c in calls.items() if c["request"]["path"].startswith("/private/")]


@pytest.mark.parametrize("wire", [w for _, w in _private_calls()], ids=[o for o, _ in _private_calls()])
def test_contract_private_calls(wire: dict[str, Any], client: httpx.Client, recorder: Recorder) -> None:
    path = wire["path"].removeprefix("/private")
    body = wire.get("json")  # the documented bytes, as the table holds them
    client.request(
        wire["method"],
        path,
        params=wire.get("query"),
        content=body,
        headers={"Content-Type": "application/json"} if body is not None else None,
    )
    req = recorder.last
    assert req.url.path == wire["path"]
    signed = body if (body is not None and wire["method"] == "POST") else ""
    assert_signed(req, reference_sign(TS_STR + wire["method"] + path + signed))


def test_contract_table_covers_all_private_operations() -> None:
    assert len(_private_calls()) == 21


def test_repr_hides_secret() -> None:
    auth = GmoCoinAuth(KEY, SECRET, clock=lambda: TS)
    assert SECRET not in repr(auth)
