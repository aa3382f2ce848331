"""GMO Coin signing: the vectors from the venue notes (computed with the docs' own sample code)."""

from __future__ import annotations

import hashlib
import hmac

import httpx
import pytest

from venuekit.auth import GmoCoinAuth

TS = 1700000000000


def _send(method: str, url: str, content: bytes | None = None) -> httpx.Request:
    captured: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        captured.append(request)
        return httpx.Response(200, json={"status": 0})

    auth = GmoCoinAuth("testkey", "testsecret", clock=lambda: TS)
    with httpx.Client(transport=httpx.MockTransport(handler), auth=auth) as client:
        client.request(method, url, content=content)
    return captured[0]


# The docs' Python sample sends `json.dumps(reqBody)`: ", " and ": " separators, 93 bytes, signed as sent.
PYTHON_SAMPLE_BODY = b'{"symbol": "BTC", "side": "BUY", "executionType": "LIMIT", "price": "430001", "size": "0.02"}'


@pytest.mark.parametrize(
    ("method", "url", "body", "expected"),
    [
        (
            "GET",
            "https://api.coin.z.com/private/v1/account/assets",
            None,
            "092117ad0f2facd0a5766da9f7598e0d2930a2fecc06b4f9b8868a2690941aff",
        ),
        (
            "POST",
            "https://api.coin.z.com/private/v1/order",
            PYTHON_SAMPLE_BODY,
            "09e03208c06cea280c0cd33e8b45594ee1ea9d3eadd5817a9cb73ca3bc863a69",
        ),
        (
            "POST",
            "https://api.coin.z.com/private/v1/order",
            b'{"symbol":"BTC","side":"BUY","executionType":"LIMIT","price":"430001","size":"0.02"}',
            "d3f475713d14bc216d04c563e1ba3a5e487fdb83c93dc25853f25731229bf280",
        ),
        (
            "POST",
            "https://api.coin.z.com/private/v1/ws-auth",
            b"{}",
            "cdfb239015c3c39ef45bdf7e9cda685148eae47b725b7105f1cf2446d6f1d20e",
        ),
        (
            "PUT",
            "https://api.coin.z.com/private/v1/ws-auth",
            b'{"token":"xxxxxxxxxxxxxxxxxxxx"}',
            "b5879dd828b5c70f5af4f0ab566a0306a7d51b146a00d34c518669e035f4027d",
        ),
        (
            "DELETE",
            "https://api.coin.z.com/private/v1/ws-auth",
            b'{"token":"xxxxxxxxxxxxxxxxxxxx"}',
            "9cd2a01df97eb8b398240d3836c2b6703bd6f7e12638f53e690cb78a24ae8aea",
        ),
        (
            "GET",
            "https://api.coin.z.com/private/v1/activeOrders?symbol=BTC&page=1&count=10",
            None,
            "9eadd02bfd8ac80093efd14cdb95e9986120e932bb01a637e5888e734bf04d13",
        ),
    ],
)
def test_vectors(method: str, url: str, body: bytes | None, expected: str) -> None:
    request = _send(method, url, body)
    assert request.headers["API-SIGN"] == expected
    assert request.headers["API-KEY"] == "testkey"
    assert request.headers["API-TIMESTAMP"] == str(TS)
    if body is not None:
        assert request.content == body  # signed bytes are the sent bytes


@pytest.mark.parametrize(
    ("url", "wrong_rule"),
    [
        ("https://api.coin.z.com/private/v1/account/assets", "{ts}GET/private/v1/account/assets"),
        ("https://api.coin.z.com/private/v1/activeOrders?symbol=BTC", "{ts}GET/v1/activeOrders?symbol=BTC"),
    ],
)
def test_neither_the_private_prefix_nor_the_query_is_signed(url: str, wrong_rule: str) -> None:
    # The message is timestamp + METHOD + the path from /v1 (no /private, no query): the same signature
    # the notes give for these paths, which the two tempting wrong rules do not produce.
    path = url.split("/private", 1)[1].split("?", 1)[0]
    signed = _send("GET", url).headers["API-SIGN"]
    assert signed == hmac.new(b"testsecret", f"{TS}GET{path}".encode(), hashlib.sha256).hexdigest()
    assert signed in (
        "092117ad0f2facd0a5766da9f7598e0d2930a2fecc06b4f9b8868a2690941aff",  # /v1/account/assets
        "9eadd02bfd8ac80093efd14cdb95e9986120e932bb01a637e5888e734bf04d13",  # /v1/activeOrders, any query
    )
    wrong = hmac.new(b"testsecret", wrong_rule.format(ts=TS).encode(), hashlib.sha256).hexdigest()
    assert signed != wrong


def test_path_behind_a_proxy_prefix_still_signs_from_v1() -> None:
    request = _send("GET", "http://127.0.0.1:8080/gmo/private/v1/account/assets")
    assert request.headers["API-SIGN"] == "092117ad0f2facd0a5766da9f7598e0d2930a2fecc06b4f9b8868a2690941aff"


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080/private/gmo/private/v1/account/assets",  # a gateway prefix that says "private"
        "http://127.0.0.1:8080/v1/account/assets",  # a gateway that already stripped /private
    ],
)
def test_the_signed_path_starts_after_the_last_private_prefix_or_is_the_whole_path(url: str) -> None:
    request = _send("GET", url)
    assert request.headers["API-SIGN"] == "092117ad0f2facd0a5766da9f7598e0d2930a2fecc06b4f9b8868a2690941aff"


def test_clock_offset_shifts_the_timestamp() -> None:
    auth = GmoCoinAuth("testkey", "testsecret", clock=lambda: TS)
    auth.clock_offset_ms = -250
    assert auth.timestamp_ms() == TS - 250


def test_repr_hides_the_secret() -> None:
    auth = GmoCoinAuth("testkey-abcdefgh", "testsecret-123", clock=lambda: TS)
    assert "testsecret" not in repr(auth)
    assert "testsecret" not in str(auth)
    assert "abcdefgh" not in repr(auth)


def test_empty_credentials_are_refused() -> None:
    with pytest.raises(ValueError, match="non-empty"):
        GmoCoinAuth("", "secret")
