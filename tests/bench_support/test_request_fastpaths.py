"""The request path's shortcuts (parsed URLs kept per client, timeouts handed to httpx as its extension) send
exactly what the plain path would: the URL of every call, and each phase's timeout cut to the call's deadline."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from venuekit import client as runtime
from venuekit import deadline, gmo_coin, hashkey_mena
from venuekit.auth import HashKeyAuth

from ..conftest import Recorder

PROBE = runtime.Operation(name="probe", method="GET", path="/public/v1/ticker")


def ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"status": 0, "data": [], "responsetime": "2019-03-19T02:15:06.001Z"})


def probe(query: list[tuple[str, str]], path_params: dict[str, str] | None = None) -> runtime.Call[Any]:
    operation = PROBE if path_params is None else runtime.Operation(name="probe", method="GET", path="/v1/{id}")
    return runtime.Call(operation=operation, parse=lambda body: body, query=query, path_params=path_params or {})


def test_every_call_sends_its_own_url_past_the_parsed_url_limit() -> None:
    recorder = Recorder(ok)
    client = gmo_coin.Client(base_url="http://venue.test", httpx_args={"transport": recorder.transport()})
    symbols = [f"S{i}" for i in range(runtime._PARSED_URLS + 40)]
    for symbol in symbols + symbols[:5] + symbols[-5:]:
        client.send(probe([("symbol", symbol), ("note", "a b,c/é")]))
    client.send(probe([], {"id": "x/y z"}))
    sent = [str(r.url) for r in recorder.requests]
    expected = [
        f"http://venue.test/public/v1/ticker?symbol={s}&note=a%20b,c%2F%C3%A9"
        for s in symbols + symbols[:5] + symbols[-5:]
    ]
    assert sent == [*expected, "http://venue.test/v1/x%2Fy%20z"]
    # Every URL is the one a fresh parse gives, and the kept ones stay within the limit.
    assert [r.url for r in recorder.requests[:-1]] == [httpx.URL(u) for u in expected]
    assert 0 < len(client._parsed_urls) <= runtime._PARSED_URLS
    client.close()


def test_a_repeated_call_reuses_the_parsed_url_and_a_signer_cannot_change_it() -> None:
    recorder = Recorder(lambda request: httpx.Response(200, json={"balances": [], "userId": "1"}))
    ticks = iter(range(1_700_000_000_000, 1_700_000_000_010))
    auth = HashKeyAuth("k", "s", clock=lambda: next(ticks))
    client = hashkey_mena.Client(
        auth=auth, base_url="http://venue.test", httpx_args={"transport": recorder.transport()}
    )
    call = probe([])
    assert client._url(call) is client._url(call)  # parsed once: httpx.URL is immutable
    client.account.get_account()
    client.account.get_account()
    # The signer puts timestamp and signature on the request it sends, not on the URL the client keeps.
    sent = [str(r.url) for r in recorder.requests]
    assert [url.split("?")[0] for url in sent] == ["http://venue.test/api/v1/account"] * 2
    assert "timestamp=1700000000000&signature=" in sent[0] and "timestamp=1700000000001&signature=" in sent[1]
    assert all("?" not in key and "signature" not in key for key in client._parsed_urls)
    client.close()


@pytest.mark.parametrize(
    ("left", "expected"),
    [
        (None, {"connect": 5.0, "read": 10.0, "write": 10.0, "pool": 60.0}),
        (7.0, {"connect": 5.0, "read": 7.0, "write": 7.0, "pool": 7.0}),
        (-1.0, {"connect": 0.0, "read": 0.0, "write": 0.0, "pool": 0.0}),
    ],
)
def test_cut_timeouts_gives_httpx_its_extension_cut_to_the_deadline(
    left: float | None, expected: dict[str, float], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(deadline, "remaining", lambda: left)
    assert deadline.cut_timeouts(httpx.Timeout(10.0, connect=5.0, pool=60.0)) == expected


def test_unset_phases_take_what_is_left(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(deadline, "remaining", lambda: 3.0)
    assert deadline.cut_timeouts(httpx.Timeout(None)) == {"connect": 3.0, "read": 3.0, "write": 3.0, "pool": 3.0}
    monkeypatch.setattr(deadline, "remaining", lambda: None)
    assert deadline.cut_timeouts(httpx.Timeout(None)) == {"connect": None, "read": None, "write": None, "pool": None}


def test_the_sent_request_carries_the_cut_timeouts() -> None:
    recorder = Recorder(ok)
    client = gmo_coin.Client(base_url="http://venue.test", httpx_args={"transport": recorder.transport()})
    client.send(probe([]), deadline=2.0)
    client.send(probe([]), timeout=1.0, deadline=None)
    cut, own = (r.extensions["timeout"] for r in recorder.requests)
    assert set(cut) == {"connect", "read", "write", "pool"}
    assert all(0 < value <= 2.0 for value in cut.values())
    assert own == {"connect": 1.0, "read": 1.0, "write": 1.0, "pool": 1.0}
    client.close()


def test_within_nests_and_restores() -> None:
    assert deadline.remaining() is None
    with deadline.within(100.0):
        outer = deadline.remaining()
        assert outer is not None and 99.0 < outer <= 100.0
        with deadline.within(1000.0):  # an inner, longer deadline does not extend the outer one
            inner = deadline.remaining()
            assert inner is not None and inner <= outer
        with deadline.within(1.0):
            short = deadline.remaining()
            assert short is not None and short <= 1.0
        with deadline.within(None):
            assert deadline.remaining() is not None
        after = deadline.remaining()
        assert after is not None and after > 1.0
    assert deadline.remaining() is None
