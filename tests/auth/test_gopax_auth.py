"""GopaxAuth: the research notes' vectors for both editions, nonce ordering, public requests, secrecy.

Vectors: shared/venues/gopax.md §2 (secret `dGVzdHNlY3JldA==` = base64 of b"testsecret", nonce or
timestamp 1700000000000), computed from the seed's JavaScript/PHP samples; the seed's Python sample
is broken (str passed to hmac, float seconds as nonce, body left out) and is not followed.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import itertools
import json
import pickle
import threading
import uuid
from collections.abc import Callable, Iterator

import httpx
import pytest

from venuekit.auth.gopax import Edition, GopaxAuth, _NonceSequence

SECRET = "dGVzdHNlY3JldA=="
T0 = 1_700_000_000_000
BASE = "https://api.gopax.co.kr"
ORDER_BODY = b'{"type":"limit","side":"buy","price":1000000,"amount":10,"tradingPairName":"ETH-KRW"}'
SIGNED_HEADERS = ("API-KEY", "SIGNATURE", "NONCE", "api-key", "timestamp", "signature", "receive-window")


def fresh_key() -> str:
    # Nonce sequences are shared per API key across the process, so each test uses its own key
    # to start from a clean sequence.
    return f"test-{uuid.uuid4()}"


def frozen(ms: int = T0) -> Callable[[], int]:
    return lambda: ms


class Recorder:
    """A MockTransport handler that keeps every request it receives."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self._lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.requests.append(request)
        return httpx.Response(200, json={})


def client_for(auth: GopaxAuth, recorder: Recorder) -> httpx.Client:
    return httpx.Client(base_url=BASE, transport=httpx.MockTransport(recorder), auth=auth)


def send(auth: GopaxAuth, method: str, url: str, content: bytes | None = None) -> httpx.Request:
    recorder = Recorder()
    headers = {"Content-Type": "application/json"} if content is not None else None
    with client_for(auth, recorder) as client:
        client.request(method, url, content=content, headers=headers)
    (request,) = recorder.requests
    return request


# ---- edition "nonce" (the seed) ---------------------------------------------------------------

NONCE_VECTORS = [
    pytest.param(
        "GET",
        "/balances",
        None,
        "RO0WTSioLQ8MDh3HHoG5ewVEJ+fNvMJhzjQPID3llDBBDRv+9ae3rp7gIwL+F3eKSMjGuMG2TuoQLvYmikMDYQ==",
        id="a-get-balances",
    ),
    pytest.param(
        "POST",
        "/orders",
        ORDER_BODY,
        "WgefcuNTTqrP2WjIrEW7qxI2DxxI1oSlGIUxLpLoNV4d5r/6Qf7Fdv5S2FbJzInjOQgmLPnx3nu3eyENmO7Csw==",
        id="b-post-orders",
    ),
    pytest.param(
        "GET",
        "/trades?limit=10&pastmax=5",
        None,
        "gTCY1XtEATGurFTAt/dYZ9gjY7mhWxGroWe9oSGkT0THXn+5A1ldHq82TzULw3lxXN4WhrJqBPusG1ITfS6Ihg==",
        id="c-get-trades-query-not-signed",
    ),
    pytest.param(
        "DELETE",
        "/orders/23712",
        None,
        "e3NRiG2ciO9SkpTg95WdgiF8bRLFQ4y1b0mzpXEja5TuIZEJPqZ4wVbmOZvWQUaLbBi0bxitIWvESOdecgzk+A==",
        id="d-delete-order",
    ),
    pytest.param(
        "GET",
        "/balances/KRW",
        None,
        "ZmBwI6XqcnyUF+GprLE9Q1zeghJTwKv/wUSu3fVZHfPyx+wfrFXgiQy0XgQuWL/qVE+RwlkF+8JTh1YSEIY//g==",
        id="e-get-balance-krw",
    ),
    pytest.param(
        "POST",
        "/orders",
        json.dumps(json.loads(ORDER_BODY)).encode(),  # Python's default spaced separators
        "J+ZfNYMEq0+lVRlAXlS12AdHy/tl+Hv03B+DETifu2FltueZ3sHYlzv6DVy5kldOZpZ5COupXQE4p5I1FpQ4eQ==",
        id="x-spaced-body-signed-as-sent",
    ),
]


@pytest.mark.parametrize(("method", "url", "body", "signature"), NONCE_VECTORS)
def test_nonce_edition_vectors(method: str, url: str, body: bytes | None, signature: str) -> None:
    key = fresh_key()
    request = send(GopaxAuth(key, SECRET, clock=frozen()), method, url, body)
    assert request.headers["API-KEY"] == key
    assert request.headers["NONCE"] == "1700000000000"
    assert request.headers["SIGNATURE"] == signature
    assert request.content == (body or b"")
    assert request.headers["Content-Type"] == "application/json"
    assert "timestamp" not in request.headers


def test_nonce_edition_raw_hmac_matches_notes() -> None:
    # Debug value from the notes for vector (a): hex HMAC-SHA512(b"testsecret", b"1700000000000GET/balances").
    request = send(GopaxAuth(fresh_key(), SECRET, clock=frozen()), "GET", "/balances")
    assert base64.b64decode(request.headers["SIGNATURE"]).hex() == (
        "44ed164d28a82d0f0c0e1dc71e81b97b054427e7cdbcc261ce340f203de59430"
        "410d1bfef5a7b7ae9ee02302fe17778a48c8c6b8c1b64eea102ef6268a430361"
    )


def test_json_body_is_signed_exactly_as_sent() -> None:
    # httpx serialises `json=`; whatever bytes it produces are the bytes that get signed.
    recorder = Recorder()
    with client_for(GopaxAuth(fresh_key(), SECRET, clock=frozen()), recorder) as client:
        client.post(
            "/orders",
            json={
                "type": "limit",
                "side": "buy",
                "price": 1000000,
                "amount": 10,
                "tradingPairName": "ETH-KRW",
            },
        )
    (request,) = recorder.requests
    message = b"1700000000000POST/orders" + request.content
    expected = base64.b64encode(hmac.new(b"testsecret", message, hashlib.sha512).digest()).decode()
    assert request.headers["SIGNATURE"] == expected


def test_clock_offset_is_applied_to_the_nonce() -> None:
    auth = GopaxAuth(fresh_key(), SECRET, clock=frozen(T0 - 5_000))
    auth.clock_offset_ms = 5_000
    request = send(auth, "GET", "/balances")
    assert request.headers["NONCE"] == "1700000000000"
    assert request.headers["SIGNATURE"] == NONCE_VECTORS[0].values[3]


# ---- edition "timestamp" (current edition, external) ------------------------------------------

TIMESTAMP_VECTORS = [
    pytest.param(
        "GET",
        "/balances",
        None,
        None,
        "9QdYO2lmoMm9kZjkMmX2U4+RtxAkGZqs86Mh3kDkaAWOnZUtadrL9eZwku4VoDsAd+4sIf+vSbTTuib8Im7KFA==",
        id="get-balances",
    ),
    pytest.param(
        "POST",
        "/orders",
        ORDER_BODY,
        None,
        "4njmX0U9/NkGUM4JsQRfBW5DrCkdFRy4zkVv2kkJzq/Lo9ImgnpADacPA41ZqZg5qvQ+mVpH2B/HoPQXon82Ng==",
        id="post-orders",
    ),
    pytest.param(
        "POST",
        "/orders",
        ORDER_BODY,
        200,
        "SavELqeBaLK9gzn9EpwmmvtdP9DGYx1hFKzo/sG+KX2aDWCtVYYgEXvyR+Qs8TJkYh19+W7RwzQMig4ZpVSfRA==",
        id="post-orders-receive-window-200",
    ),
    pytest.param(
        "GET",
        "/orders?includePast=true",
        None,
        None,
        "QvejZEFOpkMbBTHrZSZMn+g4cBfnYpkrGp+bWW2WgCsVzsHGq6uiv4+uf5Gy5bnC/DsHYP8yEkzAU874mYmyqw==",
        id="get-orders-query-signed",
    ),
]


@pytest.mark.parametrize(("method", "url", "body", "window", "signature"), TIMESTAMP_VECTORS)
def test_timestamp_edition_vectors(
    method: str, url: str, body: bytes | None, window: int | None, signature: str
) -> None:
    key = fresh_key()
    auth = GopaxAuth(key, SECRET, clock=frozen(), edition="timestamp", receive_window=window)
    request = send(auth, method, url, body)
    assert request.headers["api-key"] == key
    assert request.headers["timestamp"] == "1700000000000"
    assert request.headers["signature"] == signature
    if window is None:
        assert "receive-window" not in request.headers
    else:
        assert request.headers["receive-window"] == str(window)
    assert "NONCE" not in request.headers
    assert request.headers["Content-Type"] == "application/json"  # on every private call, as the docs ask


def _timestamp_signature(message: bytes) -> str:
    return base64.b64encode(hmac.new(b"testsecret", message, hashlib.sha512).digest()).decode()


@pytest.mark.parametrize(
    ("method", "url", "signed_path"),
    [
        ("GET", "/orders", b"/orders"),
        ("GET", "/orders/23712?x=1", b"/orders/23712"),  # only GET /orders signs its query
        ("DELETE", "/orders?x=1", b"/orders"),
        ("GET", "/trades?limit=10", b"/trades"),
    ],
)
def test_timestamp_edition_query_rule(method: str, url: str, signed_path: bytes) -> None:
    auth = GopaxAuth(fresh_key(), SECRET, clock=frozen(), edition="timestamp")
    request = send(auth, method, url)
    expected = _timestamp_signature(b"t1700000000000" + method.encode() + signed_path)
    assert request.headers["signature"] == expected


def test_timestamp_edition_does_not_bump_the_timestamp() -> None:
    # The timestamp is checked against server time, not for uniqueness; bumping it under load
    # would push it into the future and trip the receive-window check.
    recorder = Recorder()
    auth = GopaxAuth(fresh_key(), SECRET, clock=frozen(), edition="timestamp")
    with client_for(auth, recorder) as client:
        for _ in range(3):
            client.get("/balances")
    assert [r.headers["timestamp"] for r in recorder.requests] == ["1700000000000"] * 3


@pytest.mark.parametrize("window", [199, 60_001, 0, True])
def test_receive_window_out_of_range(window: int) -> None:
    with pytest.raises(ValueError, match="receive_window"):
        GopaxAuth(fresh_key(), SECRET, edition="timestamp", receive_window=window)


def test_receive_window_needs_timestamp_edition() -> None:
    with pytest.raises(ValueError, match="receive_window"):
        GopaxAuth(fresh_key(), SECRET, receive_window=5_000)


def test_unknown_edition() -> None:
    with pytest.raises(ValueError, match="edition"):
        GopaxAuth(fresh_key(), SECRET, edition="v2")  # type: ignore[arg-type]


# ---- nonce ordering ---------------------------------------------------------------------------


def test_nonce_unique_and_increasing_under_32_threads_with_a_frozen_clock() -> None:
    threads_n, per_thread = 32, 200
    recorder = Recorder()
    auth = GopaxAuth(fresh_key(), SECRET, clock=frozen())
    barrier = threading.Barrier(threads_n)
    issued: list[list[int]] = [[] for _ in range(threads_n)]
    errors: list[BaseException] = []

    with client_for(auth, recorder) as client:

        def worker(index: int) -> None:
            try:
                barrier.wait()
                for _ in range(per_thread):
                    response = client.get("/balances")
                    issued[index].append(int(response.request.headers["NONCE"]))
            except BaseException as exc:  # surfaced below; a thread cannot fail the test itself
                errors.append(exc)

        workers = [threading.Thread(target=worker, args=(i,)) for i in range(threads_n)]
        for thread in workers:
            thread.start()
        for thread in workers:
            thread.join()

    assert not errors
    for nonces in issued:
        assert len(nonces) == per_thread
        assert all(a < b for a, b in itertools.pairwise(nonces))
    everything = [n for nonces in issued for n in nonces]
    assert len(set(everything)) == threads_n * per_thread
    # A frozen clock and max(last + 1, now): the nonces are exactly T0 .. T0 + 6399.
    assert sorted(everything) == list(range(T0, T0 + threads_n * per_thread))
    # Each signature matches its own nonce (no header mixing between threads).
    for request in recorder.requests[:50]:
        message = request.headers["NONCE"].encode() + b"GET/balances"
        expected = base64.b64encode(hmac.new(b"testsecret", message, hashlib.sha512).digest()).decode()
        assert request.headers["SIGNATURE"] == expected


def test_nonce_still_increases_when_the_clock_goes_backwards() -> None:
    readings: Iterator[int] = iter([T0, T0 + 10, T0 - 60_000, T0 - 60_000, T0 + 5, T0 + 11, T0 + 50])
    auth = GopaxAuth(fresh_key(), SECRET, clock=lambda: next(readings))
    recorder = Recorder()
    with client_for(auth, recorder) as client:
        for _ in range(7):
            client.get("/balances")
    nonces = [int(r.headers["NONCE"]) for r in recorder.requests]
    assert nonces == [T0, T0 + 10, T0 + 11, T0 + 12, T0 + 13, T0 + 14, T0 + 50]


def test_nonces_are_positive_from_the_first_even_when_the_clock_reads_zero_or_less() -> None:
    # A key's sequence starts with nothing sent: its first nonce is max(1, now), then one more each time.
    sequence = _NonceSequence()
    assert [sequence.next(0), sequence.next(0), sequence.next(-5), sequence.next(7), sequence.next(7)] == [
        1,
        2,
        3,
        7,
        8,
    ]
    assert _NonceSequence().next(-1_000) == 1
    assert _NonceSequence().next(T0) == T0
    auth = GopaxAuth(fresh_key(), SECRET, clock=frozen(0))
    assert [send(auth, "GET", "/balances").headers["NONCE"] for _ in range(3)] == ["1", "2", "3"]


def test_nonce_sequence_is_shared_by_every_signer_of_one_key() -> None:
    key = fresh_key()
    first, second = GopaxAuth(key, SECRET, clock=frozen()), GopaxAuth(key, SECRET, clock=frozen())
    nonces = [send(auth, "GET", "/balances").headers["NONCE"] for auth in (first, second, first)]
    assert nonces == [str(T0), str(T0 + 1), str(T0 + 2)]
    other = GopaxAuth(fresh_key(), SECRET, clock=frozen())
    assert send(other, "GET", "/balances").headers["NONCE"] == str(T0)


# ---- public requests --------------------------------------------------------------------------


@pytest.mark.parametrize("edition", ["nonce", "timestamp"])
@pytest.mark.parametrize(
    "url",
    [
        "/assets",
        "/trading-pairs",
        "/trading-pairs/stats",
        "/trading-pairs/BTC-KRW/ticker",
        "/trading-pairs/BTC-KRW/book?level=2",
        "/trading-pairs/BTC-KRW/trades?limit=3",
        "/trading-pairs/BTC-KRW/stats",
        "/trading-pairs/BTC-KRW/candles?start=1521004020000&end=1521004080000&interval=1",
    ],
)
def test_public_requests_are_untouched(url: str, edition: Edition) -> None:
    key = fresh_key()
    auth = GopaxAuth(key, SECRET, clock=frozen(), edition=edition)
    request = send(auth, "GET", url)
    for name in SIGNED_HEADERS:
        assert name not in request.headers
    assert "Content-Type" not in request.headers
    # ...and no nonce was spent on them.
    assert send(GopaxAuth(key, SECRET, clock=frozen()), "GET", "/balances").headers["NONCE"] == str(T0)


# ---- secrecy ----------------------------------------------------------------------------------


def test_repr_hides_the_secret() -> None:
    auth = GopaxAuth("128f0123-2a5d-48f5-8f19-e937f38f0a99", SECRET)
    for text in (repr(auth), str(auth)):
        assert SECRET not in text
        assert "testsecret" not in text
        assert "128f0123-2a5d-48f5-8f19-e937f38f0a99" not in text
        assert text == "GopaxAuth(api_key='128f***0a99')"
    with pytest.raises(TypeError, match=r"^GopaxAuth holds a secret and cannot be pickled$"):
        pickle.dumps(auth)


def test_invalid_base64_secret_is_rejected_without_echoing_it() -> None:
    with pytest.raises(ValueError, match="not valid base64") as info:
        GopaxAuth(fresh_key(), "not base64 at all!")
    assert "not base64 at all" not in str(info.value)
    assert info.value.__cause__ is None


def test_empty_credentials_are_rejected() -> None:
    with pytest.raises(ValueError):
        GopaxAuth("", SECRET)
    with pytest.raises(ValueError):
        GopaxAuth(fresh_key(), "")


@pytest.mark.parametrize("edition", ["nonce", "timestamp"])
@pytest.mark.parametrize("url", ["/balances", "/orders?includePast=true", "/assets", "/trading-pairs/BTC-KRW/ticker"])
def test_async_clients_sign_as_sync_ones(url: str, edition: Edition) -> None:
    """httpx.AsyncClient runs `async_auth_flow`: the same headers as the sync flow, private and public alike."""
    key = fresh_key()
    expected = send(GopaxAuth(key, SECRET, clock=frozen(), edition=edition), "GET", url)
    recorder = Recorder()
    auth = GopaxAuth(key, SECRET, clock=frozen(T0 - 5), edition=edition)  # same key: the nonce must still rise

    async def run() -> None:
        transport = httpx.MockTransport(recorder)
        async with httpx.AsyncClient(base_url=BASE, transport=transport, auth=auth) as client:
            await client.get(url)

    asyncio.run(run())
    (request,) = recorder.requests
    names = (*SIGNED_HEADERS, "Content-Type")
    signed = {n: request.headers.get(n) for n in names}
    if url.startswith(("/assets", "/trading-pairs")):
        assert signed == {n: None for n in names}  # public: untouched
    elif edition == "nonce":
        assert signed["NONCE"] == str(T0 + 1)  # one past the sync request's nonce, though the clock is behind
        assert signed["SIGNATURE"] == _timestamp_signature(f"{T0 + 1}GET{url.split('?')[0]}".encode())  # same HMAC
        assert signed["Content-Type"] == expected.headers["Content-Type"] == "application/json"
    else:
        assert signed["timestamp"] == str(T0 - 5)  # not bumped
        assert signed["signature"] == _timestamp_signature(f"t{T0 - 5}GET{url}".encode())  # GET /orders signs its query
        assert signed["Content-Type"] == "application/json"


def test_the_nonce_edition_signs_the_path_before_the_first_question_mark() -> None:
    # A `?` inside the query (legal there, RFC 3986) must not move where the path ends.
    request = send(GopaxAuth(fresh_key(), SECRET, clock=frozen()), "GET", "/orders?note=a?b")
    assert request.url.raw_path == b"/orders?note=a?b"
    assert request.headers["SIGNATURE"] == _timestamp_signature(f"{T0}GET/orders".encode())  # same HMAC-SHA512
