"""Wrong secrets, missing signatures, stale timestamps and replayed nonces get the venue's own errors."""

from __future__ import annotations

import importlib
import time
from typing import Any

import httpx
import pytest

import venuekit
from venuekit.auth import GopaxAuth

from .conftest import TLS, Serve, sdk_options

WRONG = {"gopax": "d3Jvbmctc2VjcmV0"}  # GOPAX secrets are base64

# venue -> (a signed call, the typed error a wrong secret raises, its code)
WRONG_SECRET: dict[str, tuple[str, str, str]] = {
    "gmo_coin": ("account.get_assets", "GmoCoinAuthenticationError", "ERR-5010"),
    "gmo_coin_fx": ("account.get_assets", "GmoCoinFxAuthenticationError", "ERR-5010"),
    "gopax": ("account.get_balances", "GopaxAuthenticationError", "10229"),
    "bitunix": ("account.get_balances", "BitunixAuthenticationError", "100005"),
}


def call(client: Any, dotted: str, **kwargs: Any) -> Any:
    group, method = dotted.split(".")
    return getattr(getattr(client, group), method)(**kwargs)


def client_for(venue: str, url: str, secret: str) -> Any:
    package = importlib.import_module(f"venuekit.{venue}")
    return package.Client(api_key="sandbox-key", api_secret=secret, base_url=url, **sdk_options())


@pytest.mark.parametrize("venue", sorted(WRONG_SECRET))
def test_wrong_secret_raises_the_typed_auth_error(serve: Serve, venue: str) -> None:
    sandbox = serve(venue)
    operation, error_class, code = WRONG_SECRET[venue]
    with (
        client_for(venue, sandbox.url, WRONG.get(venue, "wrong-secret")) as client,
        pytest.raises(venuekit.AuthenticationError) as caught,
    ):
        call(client, operation)
    assert type(caught.value).__name__ == error_class
    assert caught.value.code == code


def test_hashkey_wrong_secret_is_the_documented_code(serve: Serve) -> None:
    """HashKey documents a bad signature as `0001 Incorrect signature` (HTTP 400), the same code as
    "Required field %s missing or invalid"."""
    sandbox = serve("hashkey_mena")
    with (
        client_for("hashkey_mena", sandbox.url, "wrong-secret") as client,
        pytest.raises(venuekit.ApiError) as caught,
    ):
        client.account.get_account()
    assert (caught.value.code, caught.value.message, caught.value.status_code) == ("0001", "Incorrect signature", 400)


def test_hashkey_wrong_secret_raises_the_typed_auth_error(serve: Serve) -> None:
    sandbox = serve("hashkey_mena")
    with (
        client_for("hashkey_mena", sandbox.url, "wrong-secret") as client,
        pytest.raises(venuekit.AuthenticationError),
    ):
        client.account.get_account()


# venue -> (signed path, method, the error code of a request without any auth headers, HTTP status)
UNSIGNED = {
    "gmo_coin": ("GET", "/private/v1/account/assets", "ERR-5011", 200),
    "gmo_coin_fx": ("GET", "/private/v1/account/assets", "ERR-5011", 200),
    "hashkey_mena": ("GET", "/api/v1/account", "0102", 400),
    "gopax": ("GET", "/balances", "10155", 401),
    "bitunix": ("GET", "/api/spot/v1/user/account", "100004", 200),
}


@pytest.mark.parametrize("venue", sorted(UNSIGNED))
def test_missing_signature(serve: Serve, venue: str) -> None:
    sandbox = serve(venue)
    method, path, code, status = UNSIGNED[venue]
    response = httpx.request(method, sandbox.url + path, verify=TLS)
    body = response.json()
    wire = body.get("messages", [{}])[0].get("message_code") or body.get("code") or body.get("errorCode")
    assert (str(wire), response.status_code) == (code, status)


# venue -> (a signed call, the code of a timestamp 10 minutes behind the server)
STALE: dict[str, tuple[str, str]] = {
    "gmo_coin": ("account.get_assets", "ERR-5009"),
    "gmo_coin_fx": ("account.get_assets", "ERR-5009"),
    "hashkey_mena": ("account.get_account", "-1021"),
    "bitunix": ("account.get_balances", "100008"),
}


def now_ms() -> int:
    return time.time_ns() // 1_000_000


@pytest.mark.parametrize("venue", sorted(STALE))
def test_stale_timestamp_raises_clock_skew(serve: Serve, venue: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A signer whose clock is 10 minutes behind, and stays behind when the SDK resyncs it."""
    sandbox = serve(venue)
    operation, code = STALE[venue]
    with client_for(venue, sandbox.url, sandbox.secret) as client:
        monkeypatch.setattr(client.auth, "timestamp_ms", lambda: now_ms() - 600_000)
        with pytest.raises(venuekit.ClockSkewError) as caught:
            call(client, operation)
    assert caught.value.code == code
    assert type(caught.value).__module__ == f"venuekit.{venue}.errors"


@pytest.mark.parametrize("venue", sorted(STALE))
def test_sdk_resyncs_a_stale_clock(serve: Serve, venue: str) -> None:
    """The venue's timestamp error makes the SDK align its clock from the reply's Date header and retry."""
    sandbox = serve(venue)
    operation, _ = STALE[venue]
    with client_for(venue, sandbox.url, sandbox.secret) as client:
        client.auth.clock_offset_ms = -600_000
        call(client, operation)
        assert abs(client.auth.clock_offset_ms) < 2_000  # aligned from the sandbox's Date header


def test_gmo_timestamp_ahead(serve: Serve, monkeypatch: pytest.MonkeyPatch) -> None:
    sandbox = serve("gmo_coin")
    with client_for("gmo_coin", sandbox.url, sandbox.secret) as client:
        monkeypatch.setattr(client.auth, "timestamp_ms", lambda: now_ms() + 600_000)
        with pytest.raises(venuekit.ClockSkewError) as caught:
            client.account.get_assets()
    assert caught.value.code == "ERR-5008"


def test_gopax_stale_timestamp(serve: Serve) -> None:
    """Current edition: `Timestamp Too Low` (10263, HTTP 401) is a clock-skew error: the SDK resyncs its
    clock from the reply's Date header and the call goes through on the second try."""
    from venuekit import gopax

    sandbox = serve("gopax")
    auth = GopaxAuth("stale-key", sandbox.secret, edition="timestamp")
    auth.clock_offset_ms = -600_000
    with gopax.Client(auth=auth, base_url=sandbox.url, **sdk_options()) as client:
        client.account.get_balances()
    assert abs(auth.clock_offset_ms) < 2_000  # corrected from -10 minutes to within the Date header's 1 s


def test_gopax_replayed_nonce_is_refused(serve: Serve) -> None:
    """The exact same signed request sent twice: the second carries a NONCE already seen."""
    sandbox = serve("gopax")
    request = httpx.Request("GET", sandbox.url + "/balances")
    signed = next(GopaxAuth("replay-key", sandbox.secret).auth_flow(request))
    with httpx.Client(verify=TLS) as http:
        first = http.send(signed)
        second = http.send(signed)
    assert first.status_code == 200
    assert second.status_code == 401
    assert second.json() == {"errorMessage": "Nonce Too Low", "errorCode": 10108}


def test_gopax_lower_nonce_raises_the_typed_auth_error(serve: Serve) -> None:
    """Another process already used a higher NONCE with this key: the SDK sees the venue's refusal."""
    from venuekit import gopax

    sandbox = serve("gopax")
    sandbox.app.adapter.nonces["shared-key"] = 10**15  # type: ignore[attr-defined]
    with (
        gopax.Client("shared-key", sandbox.secret, base_url=sandbox.url, **sdk_options()) as client,
        pytest.raises(venuekit.AuthenticationError) as caught,
    ):
        client.account.get_balances()
    assert isinstance(caught.value, gopax.errors.GopaxError)
    assert (caught.value.code, caught.value.status_code) == ("10108", 401)
