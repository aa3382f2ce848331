"""What the hook modules promise beyond the signatures: the credentials they refuse (each with a message that
names the problem and never the value) and how each venue's error envelope turns a reply into an error.

Written for the mutants `make mutation` found alive in the hook modules: each test states the rule a surviving
mutant broke.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

import venuekit
from venuekit import bitunix, gmo_coin, gopax, hashkey_mena
from venuekit.auth import GmoCoinAuth, GopaxAuth, HashKeyAuth, _base
from venuekit.auth.bitunix import envelope as bitunix_envelope
from venuekit.auth.gmo_coin import envelope as gmo_envelope
from venuekit.auth.gopax import envelope as gopax_envelope
from venuekit.auth.hashkey_mena import envelope as hashkey_envelope
from venuekit.gmo_coin.errors import GmoCoinError, GmoCoinMaintenanceError, GmoCoinRateLimitError
from venuekit.redact import MASK

GOPAX_SECRET = base64.b64encode(b"gopax test secret").decode()


def reply(status: int) -> httpx.Response:
    return httpx.Response(status, request=httpx.Request("GET", "https://example.test/v1/x"))


# --- credentials -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("key", "secret"),
    [("", "s"), ("k", ""), (123, "s"), ("k", 123), (None, "s")],
    ids=["empty key", "empty secret", "int key", "int secret", "no key"],
)
def test_keys_and_secrets_must_be_non_empty_strings(key: Any, secret: Any) -> None:
    with pytest.raises(venuekit.ConfigurationError, match=r"^api_key and api_secret must both be non-empty strings$"):
        GmoCoinAuth(key, secret)


def test_a_secret_that_cannot_be_encoded_is_refused_without_echoing_it() -> None:
    with pytest.raises(venuekit.ConfigurationError) as caught:
        GmoCoinAuth("key", "secret\ud800")
    assert str(caught.value) == "api_secret cannot be encoded as UTF-8 (it holds a lone surrogate)"
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


@pytest.mark.parametrize("secret", ["c2VjcmV0$", "c2Vj cmV0", "c2VjcmV0!!"], ids=["$", "inner space", "!"])
def test_a_gopax_secret_with_stray_characters_is_refused(secret: str) -> None:
    """base64 decoding is strict: a pasted secret with characters outside the alphabet fails here, not later as
    an "invalid signature" from the venue (a lenient decoder drops them and signs with another key)."""
    with pytest.raises(venuekit.ConfigurationError, match=r"^api_secret is not valid base64$"):
        GopaxAuth("key", secret)


def test_gopax_receive_window_bounds_are_inclusive_and_only_for_the_timestamp_edition() -> None:
    for window in (200, 60_000):
        assert GopaxAuth("key", GOPAX_SECRET, edition="timestamp", receive_window=window).receive_window == window
    for window in (199, 60_001, True):
        with pytest.raises(venuekit.ConfigurationError, match=r"^receive_window must be 200-60000 ms, not "):
            GopaxAuth("key", GOPAX_SECRET, edition="timestamp", receive_window=window)
    with pytest.raises(venuekit.ConfigurationError, match=r"^receive_window is only used by edition='timestamp'$"):
        GopaxAuth("key", GOPAX_SECRET, receive_window=5_000)


def test_hashkey_recv_window_takes_any_positive_number_of_milliseconds() -> None:
    assert HashKeyAuth("key", "secret", recv_window=1).recv_window == 1
    for window in (0, -5):
        with pytest.raises(
            venuekit.ConfigurationError, match=r"^recv_window must be a positive number of milliseconds$"
        ):
            HashKeyAuth("key", "secret", recv_window=window)


# --- GOPAX error envelope ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("body", "code", "message"),
    [
        ({"errorCode": 10041, "errorMessage": "not enough balance"}, "10041", "not enough balance"),
        ({"errorCode": 10041, "errormsg": "the 2018 name"}, "10041", "the 2018 name"),
        ({"errorCode": 10041, "errorMessage": "current", "errormsg": "old"}, "10041", "current"),
        ({"errormsg": "no code at all"}, None, "no code at all"),
        ({"errorCode": 10041}, "10041", ""),
    ],
    ids=["current", "2018 message", "both names", "2018 without a code", "no message"],
)
def test_gopax_errors_carry_code_message_and_body_in_any_http_status(
    body: dict[str, Any], code: str | None, message: str
) -> None:
    for status in (200, 400):
        with pytest.raises(gopax.errors.GopaxError) as caught:
            gopax_envelope(body, reply(status), gopax.client.VENUE.errors)
        error = caught.value
        assert (error.code, error.message, error.body, error.status_code) == (code, message, body, status)


def test_gopax_success_passes_and_an_http_error_without_the_envelope_keeps_its_body() -> None:
    gopax_envelope({"orderId": "1"}, reply(200), gopax.client.VENUE.errors)
    with pytest.raises(gopax.errors.GopaxError) as caught:
        gopax_envelope("Bad Gateway", reply(502), gopax.client.VENUE.errors)
    assert caught.value.body == "Bad Gateway" and isinstance(caught.value, venuekit.ServerError)


# --- HashKey error envelope --------------------------------------------------------------------------------------
def test_hashkey_errors_keep_their_body_and_an_absent_msg_is_empty() -> None:
    body = {"code": -1121}
    with pytest.raises(hashkey_mena.errors.HashKeyError) as caught:
        hashkey_envelope(body, reply(400), hashkey_mena.client.VENUE.errors)
    assert (caught.value.code, caught.value.message, caught.value.body) == ("-1121", "", body)


def test_hashkey_an_http_error_without_the_envelope_keeps_its_body() -> None:
    with pytest.raises(hashkey_mena.errors.HashKeyError) as caught:
        hashkey_envelope(["not", "an", "envelope"], reply(503), hashkey_mena.client.VENUE.errors)
    assert caught.value.body == ["not", "an", "envelope"] and caught.value.status_code == 503


# --- GMO Coin error envelope ------------------------------------------------------------------------------------
@pytest.mark.parametrize("body", [{"data": []}, [1, 2], "Bad Gateway"], ids=["object", "array", "text"])
def test_an_http_error_without_the_status_envelope_keeps_its_body(body: Any) -> None:
    with pytest.raises(GmoCoinError) as caught:
        gmo_envelope(body, reply(502), gmo_coin.client.VENUE.errors)
    assert caught.value.body == body and caught.value.status_code == 502
    assert isinstance(caught.value, venuekit.ServerError)


def test_status_0_in_an_http_error_is_still_an_error_and_keeps_its_body() -> None:
    body = {"status": 0, "data": {}}
    gmo_envelope(body, reply(200), gmo_coin.client.VENUE.errors)  # success: nothing raised
    with pytest.raises(GmoCoinError) as caught:
        gmo_envelope(body, reply(500), gmo_coin.client.VENUE.errors)
    assert caught.value.body == body and caught.value.code is None and caught.value.status_code == 500


def test_a_message_without_a_code_has_no_code_and_one_without_text_has_empty_text() -> None:
    errors = gmo_coin.client.VENUE.errors
    with pytest.raises(GmoCoinError) as caught:
        gmo_envelope({"status": 1, "messages": [{"message_string": "refused"}]}, reply(200), errors)
    assert (caught.value.code, caught.value.message) == (None, "refused")
    assert not isinstance(caught.value, venuekit.MaintenanceError)
    with pytest.raises(GmoCoinError) as caught:
        gmo_envelope({"status": 1, "messages": [{"message_code": "ERR-5003"}]}, reply(200), errors)
    assert type(caught.value) is GmoCoinRateLimitError
    assert (caught.value.code, caught.value.message, caught.value.messages) == ("ERR-5003", "", [("ERR-5003", "")])


def test_status_5_without_a_code_is_maintenance_and_another_status_without_a_code_is_not() -> None:
    errors = gmo_coin.client.VENUE.errors
    with pytest.raises(GmoCoinError) as caught:
        gmo_envelope({"status": 5}, reply(200), errors)
    assert type(caught.value) is GmoCoinMaintenanceError and caught.value.message == "status 5"
    with pytest.raises(GmoCoinError) as caught:
        gmo_envelope({"status": 1}, reply(200), errors)
    assert not isinstance(caught.value, venuekit.MaintenanceError) and caught.value.message == "status 1"


def test_a_refusal_without_a_code_is_not_classified_by_its_http_status() -> None:
    """GMO puts its verdict in `status`/`messages`: a codeless refusal stays a plain GmoCoinError whatever HTTP
    status carried it (a 400 would otherwise make it an invalid-parameter error)."""
    with pytest.raises(GmoCoinError) as caught:
        gmo_envelope({"status": 1}, reply(400), gmo_coin.client.VENUE.errors)
    assert type(caught.value) is GmoCoinError


class _Other(GmoCoinError):
    pass


class _Maintenance(GmoCoinError):
    pass


class _Invalid(GmoCoinError):
    pass


_CATEGORY_TABLE = venuekit.errors.ErrorTable(
    base=GmoCoinError,
    classes={"other": _Other, "maintenance": _Maintenance, "invalid_parameter": _Invalid},
    codes={"ERR-1": ("FIRST", "maintenance")},
)


@pytest.mark.parametrize(
    ("body", "cls", "code", "message", "messages"),
    [
        ({"status": 1}, _Other, None, "status 1", [(None, "status 1")]),
        ({"status": 1, "messages": [{"message_string": "refused"}]}, _Other, None, "refused", [(None, "refused")]),
        ({"status": 5}, _Maintenance, None, "status 5", [(None, "status 5")]),
        ({"status": 5, "messages": "not a list"}, _Maintenance, None, "status 5", [(None, "status 5")]),
        (
            {"status": 1, "messages": [{"message_code": "ERR-1", "message_string": "a"}, "junk", {"message_code": 2}]},
            _Maintenance,
            "ERR-1",
            "a",
            [("ERR-1", "a"), ("2", "")],
        ),
        (
            {"status": 5, "messages": [{"message_code": "ERR-9", "message_string": "b"}]},
            _Invalid,
            "ERR-9",
            "b",
            [("ERR-9", "b")],
        ),
    ],
    ids=["codeless", "codeless with text", "maintenance", "maintenance, bad messages", "documented", "undocumented"],
)
def test_gmo_names_the_category_of_each_refusal_to_the_table(
    body: dict[str, Any], cls: type[GmoCoinError], code: str | None, message: str, messages: Any
) -> None:
    """A codeless refusal is the SDK's category `other` (`venuekit.errors.CATEGORIES`; the venue tables have no
    class for it, so it is the venue's base class), or `maintenance` for status 5; a refusal with a code is
    classified by the table from the code, and by the HTTP status when the code is undocumented."""
    with pytest.raises(GmoCoinError) as caught:
        gmo_envelope(body, reply(400), _CATEGORY_TABLE)
    error = caught.value
    assert type(error) is cls
    assert (error.code, error.message, error.messages, error.status_code, error.body) == (
        code,
        message,
        messages,
        400,
        body,
    )


# --- what every signer shares (venuekit.auth._base) --------------------------------------------------------------
@pytest.mark.parametrize(
    ("key", "position"),
    [("ab\ncd", 2), ("clé", 2), ("\x00key", 0), ("key\x7f", 3), ("a\x01b\x02", 1), ("k\u00a0ey", 1), ("ключ", 0)],
    ids=["newline", "accent", "nul first", "del last", "first of two", "no-break space", "cyrillic"],
)
def test_an_api_key_that_cannot_go_in_a_header_is_refused_by_position_never_echoed(key: str, position: int) -> None:
    with pytest.raises(venuekit.ConfigurationError) as caught:
        GmoCoinAuth(key, "secret")
    assert str(caught.value) == (
        f"api_key has a character that cannot be sent in an HTTP header (non-ASCII or control) at position {position}"
    )


def test_any_printable_ascii_api_key_is_kept_as_given() -> None:
    key = "".join(chr(c) for c in range(0x20, 0x7F))  # space to tilde
    assert GmoCoinAuth(key, "secret").api_key == key
    # The secret may hold any character: it is only ever encoded as UTF-8.
    secret = "s\u00e9cr\u00e8t \U0001f511"
    expected = hmac.new(b"s\xc3\xa9cr\xc3\xa8t \xf0\x9f\x94\x91", b"x", hashlib.sha256).hexdigest()
    assert HashKeyAuth("k", secret).sign(b"x") == expected


def test_the_secret_is_masked_and_the_key_shortened_for_redaction() -> None:
    auth = GmoCoinAuth("abcdefghijklmnop", "the-secret")
    assert list(auth.sensitive_values()) == [("the-secret", MASK), ("abcdefghijklmnop", "abcd***mnop")]


def test_the_default_clock_is_the_system_clock_in_whole_milliseconds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_base, "time", SimpleNamespace(time_ns=lambda: 1_700_000_000_123_999_999))
    assert _base.system_clock_ms() == 1_700_000_000_123
    auth = GmoCoinAuth("key", "secret")
    assert (auth.local_ms(), auth.timestamp_ms(), auth.clock_offset_ms) == (1_700_000_000_123, 1_700_000_000_123, 0)
    auth.clock_offset_ms = -250
    assert (auth.local_ms(), auth.timestamp_ms()) == (1_700_000_000_123, 1_699_999_999_873)
    ticks = iter([5, 6])
    injected = GmoCoinAuth("key", "secret", clock=lambda: next(ticks))
    injected.clock_offset_ms = 10
    assert (injected.local_ms(), injected.timestamp_ms()) == (5, 16)


# --- Bitunix error envelope --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("body", "status", "code", "message", "category"),
    [
        ({"code": 10034, "msg": "Insufficient balance"}, 200, "10034", "Insufficient balance", "insufficient_funds"),
        ({"code": "10016"}, 200, "10016", "", "authentication"),
        ({"code": 1, "msg": 7}, 200, "1", "7", "invalid_parameter"),
        ({"code": "99999", "msg": "new"}, 429, "99999", "new", "rate_limit"),  # undocumented: the HTTP status
        ({"code": 0, "msg": "ok"}, 502, None, "HTTP 502 Bad Gateway", "server"),  # success code, HTTP error
        ({"msg": "no code"}, 404, None, "HTTP 404 Not Found", "not_found"),
        (["not", "an", "object"], 400, None, "HTTP 400 Bad Request", "invalid_parameter"),
    ],
    ids=["number", "string without msg", "non-text msg", "undocumented", "code 0 in 502", "no code", "array"],
)
def test_bitunix_a_non_zero_code_or_an_http_error_is_an_error(
    body: Any, status: int, code: str | None, message: str, category: str
) -> None:
    with pytest.raises(bitunix.errors.BitunixError) as caught:
        bitunix_envelope(body, reply(status), bitunix.client.VENUE.errors)
    error = caught.value
    assert (error.code, error.message, error.status_code, error.body) == (code, message, status, body)
    assert isinstance(error, venuekit.errors.CATEGORIES[category])


@pytest.mark.parametrize("body", [{"code": 0, "data": []}, {"code": "0"}, {"data": 1}, [], "text", None])
def test_bitunix_code_0_as_a_number_or_a_string_and_bodies_without_a_code_pass_in_a_2xx(body: Any) -> None:
    bitunix_envelope(body, reply(200), bitunix.client.VENUE.errors)  # a success: nothing raised


# --- HashKey error envelope, codes -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("body", "code", "cls"),
    [
        ({"code": 1, "msg": "Signature verification failed"}, "0001", venuekit.AuthenticationError),
        ({"code": 1, "msg": "Missing field"}, "0001", venuekit.InvalidParameterError),
        ({"code": "0001", "msg": "SIGNATURE invalid"}, "0001", venuekit.AuthenticationError),
        ({"code": "1", "msg": "x"}, "1", venuekit.InvalidParameterError),  # a string code is never padded
        ({"code": 3, "msg": "x"}, "0003", venuekit.RateLimitError),
        ({"code": 12345, "msg": "x"}, "12345", venuekit.InvalidParameterError),  # unknown: by the HTTP status 400
        ({"code": -1121, "msg": "x"}, "-1121", venuekit.InvalidParameterError),
    ],
    ids=["1 signature", "1 field", "0001 signature", "string 1", "3", "unknown", "negative"],
)
def test_hashkey_integer_codes_take_the_tables_zero_padded_form(body: dict[str, Any], code: str, cls: type) -> None:
    with pytest.raises(hashkey_mena.errors.HashKeyError) as caught:
        hashkey_envelope(body, reply(400), hashkey_mena.client.VENUE.errors)
    assert caught.value.code == code and isinstance(caught.value, cls)
    assert caught.value.message == body["msg"]


@pytest.mark.parametrize("code", [0, "0", "0000", 200, "200"])
def test_hashkey_success_codes_are_not_errors(code: Any) -> None:
    hashkey_envelope({"code": code, "result": []}, reply(200), hashkey_mena.client.VENUE.errors)  # nothing raised
