"""Secrets never show: not in reprs, exception text, log records, or cassettes (see tests/contract)."""

from __future__ import annotations

import importlib
import logging
from urllib.parse import parse_qsl

import httpx
import pytest

import venuekit
from venuekit.sandbox.spec import known_venues

KEY = "AKIDkey-1234567890-visible"
SECRET = "c2VjcmV0LXZhbHVlLXRoYXQtbXVzdC1uZXZlci1sZWFr"  # base64 (GOPAX decodes its secret)
VENUES = known_venues()
SIGNED_CALL = {
    "gmo_coin": lambda c: c.account.get_assets(),
    "gmo_coin_fx": lambda c: c.account.get_assets(),
    "hashkey_mena": lambda c: c.orders.create_order(
        symbol="BTCUSD", side="BUY", type_="LIMIT", quantity="1", price="1"
    ),
    "gopax": lambda c: c.account.get_balances(),
    "bitunix": lambda c: c.account.get_balances(),
}
SIGNATURE_HEADERS = ("API-SIGN", "SIGNATURE", "sign")


def assert_clean(text: str, *, signatures: tuple[str, ...] = ()) -> None:
    assert SECRET not in text
    assert KEY not in text  # keys appear masked only
    for signature in signatures:
        assert signature not in text


@pytest.mark.parametrize("venue", VENUES)
def test_reprs_errors_and_logs_hold_no_secret(
    venue: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("VENUEKIT_LOG_HTTP", "1")
    seen: list[httpx.Request] = []

    def refuse(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(503, text="<html>down</html>")

    package = importlib.import_module(f"venuekit.{venue}")
    with caplog.at_level(logging.DEBUG, logger=f"venuekit.{venue}"):
        client = package.Client(KEY, SECRET, httpx_args={"transport": httpx.MockTransport(refuse)}, max_retries=1)
        client._sleep = lambda seconds: None
        # An ApiError, or OrderStatusUnknownError for a placement (a bare 503 leaves its outcome open).
        with client, pytest.raises(venuekit.VenueError) as caught:
            SIGNED_CALL[venue](client)
    signatures = tuple(
        value
        for request in seen
        for name, value in request.headers.items()
        if name.upper() in map(str.upper, SIGNATURE_HEADERS)
    ) + tuple(
        value
        for request in seen
        for name, value in [*request.url.params.multi_items(), *parse_qsl(request.content.decode())]
        if name == "signature"
    )
    assert signatures, "the test must see the signatures it looks for"
    assert caplog.records, "the request/response line must be logged"
    for record in caplog.records:
        assert_clean(record.getMessage(), signatures=signatures)
    assert_clean(repr(client) + str(client) + repr(client.auth) + str(client.auth))
    assert_clean(str(caught.value) + repr(caught.value), signatures=signatures)
    assert "***" in repr(client.auth)


def test_logging_is_off_unless_switched_on(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.delenv("VENUEKIT_LOG_HTTP", raising=False)
    from venuekit import gmo_coin

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"status": 0, "data": [], "responsetime": "2019-03-19T02:15:06.001Z"})

    with (
        caplog.at_level(logging.DEBUG, logger="venuekit.gmo_coin"),
        gmo_coin.Client(KEY, SECRET, httpx_args={"transport": httpx.MockTransport(handler)}) as client,
    ):
        client.account.get_assets()
    assert not [r for r in caplog.records if r.name == "venuekit.gmo_coin"]
