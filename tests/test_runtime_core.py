"""Rules of the small runtime modules (codec, deadline, redact, the aiohttp transport's session) that surviving
mutants of `make mutation` showed unpinned: each test states the rule whole, not one token of it."""

from __future__ import annotations

import asyncio
import datetime
import json
import logging
import re
import types
from decimal import Decimal
from typing import Any, ClassVar

import aiohttp
import httpx
import pytest

from venuekit import codec, deadline, redact
from venuekit._socket_deadline import _AsyncBackend, _Backend
from venuekit.transports.aiohttp import AiohttpTransport

UTC = datetime.timezone.utc


# --- codec.dumps -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("value", [float("nan"), float("inf"), -float("inf"), {"a": [1.0, float("nan")]}])
def test_dumps_refuses_what_json_cannot_carry(value: Any) -> None:
    with pytest.raises(ValueError, match=r"^Out of range float values are not JSON compliant"):
        codec.dumps(value)


def test_dumps_is_compact_and_keeps_decimal_digits() -> None:
    assert codec.dumps({"p": Decimal("1.50"), "q": [1, 2.5, "x"], "n": None}) == b'{"p":1.50,"q":[1,2.5,"x"],"n":null}'


# --- codec.parse_datetime: the general path (lower-case z, spaces, Python 3.10's fromisoformat) ---------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-01-02T03:04:05z", datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)),
        ("2024-01-02T03:04:05.5z", datetime.datetime(2024, 1, 2, 3, 4, 5, 500000, tzinfo=UTC)),
        (" 2024-01-02T03:04:05 ", datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)),  # naive: taken as UTC
        (" 2024-01-02T03:04:05.1234567 ", datetime.datetime(2024, 1, 2, 3, 4, 5, 123456, tzinfo=UTC)),
        (
            " 2024-01-02T03:04:05+09:00 ",
            datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone(datetime.timedelta(hours=9))),
        ),
        ("2024-01-02T03:04:05Z ", datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)),
    ],
)
def test_parse_datetime_off_the_fast_path(text: str, expected: datetime.datetime) -> None:
    result = codec.parse_datetime(text)
    assert result == expected and result.utcoffset() == expected.utcoffset()
    assert result.tzinfo is not None


class _StrictIso(datetime.datetime):
    """Python 3.10's `fromisoformat`: a fraction of exactly 3 or 6 digits, no `Z`; records what it was given."""

    given: ClassVar[list[str]] = []

    @classmethod
    def fromisoformat(cls, text: str) -> Any:
        cls.given.append(text)
        fraction = re.search(r"\.(\d+)", text)
        if "Z" in text or "z" in text or (fraction and len(fraction.group(1)) not in (3, 6)):
            raise ValueError(f"Invalid isoformat string: {text!r}")
        return datetime.datetime.fromisoformat(text)


@pytest.mark.parametrize(
    ("text", "given", "expected"),
    [
        ("2024-01-02T03:04:05.5Z", "2024-01-02T03:04:05.500000+00:00", datetime.datetime(2024, 1, 2, 3, 4, 5, 500000)),
        ("2024-01-02T03:04:05.1234567", "2024-01-02T03:04:05.123456", datetime.datetime(2024, 1, 2, 3, 4, 5, 123456)),
        (
            "2024-01-02T03:04:05.12+00:00",
            "2024-01-02T03:04:05.120000+00:00",
            datetime.datetime(2024, 1, 2, 3, 4, 5, 120000),
        ),
        ("2024-01-02T03:04:05z", "2024-01-02T03:04:05+00:00", datetime.datetime(2024, 1, 2, 3, 4, 5)),
        ("2024-01-02T03:04:05", "2024-01-02T03:04:05", datetime.datetime(2024, 1, 2, 3, 4, 5)),
    ],
)
def test_parse_datetime_hands_python_3_10_six_fraction_digits(
    monkeypatch: pytest.MonkeyPatch, text: str, given: str, expected: datetime.datetime
) -> None:
    _StrictIso.given = []
    monkeypatch.setattr(codec, "_FAST_ISO", False)
    monkeypatch.setattr(codec, "_dt", types.SimpleNamespace(datetime=_StrictIso, timezone=datetime.timezone))
    result = codec.parse_datetime(text)
    assert _StrictIso.given == [given]
    assert result == expected.replace(tzinfo=UTC) and result.utcoffset() == datetime.timedelta(0)


def test_parse_datetime_refuses_a_non_string() -> None:
    with pytest.raises(TypeError) as caught:
        codec.parse_datetime(1700000000)
    assert str(caught.value) == "expected an ISO-8601 string, got int"


# --- deadline.install: every transport the client may use ---------------------------------------------------------
def test_install_wraps_the_mounted_transports_too() -> None:
    mounted = httpx.HTTPTransport()
    with httpx.Client(mounts={"http://other.test": mounted, "all://skip.test": None}) as http:
        assert deadline.install(http) is True
        assert isinstance(http._transport._pool._network_backend, _Backend)  # type: ignore[attr-defined]
        assert isinstance(mounted._pool._network_backend, _Backend)
        assert deadline.install(http) is True  # already wrapped: left as it is
        assert not isinstance(mounted._pool._network_backend._inner, _Backend)


def test_install_reports_a_transport_it_cannot_reach() -> None:
    mock = httpx.MockTransport(lambda request: httpx.Response(200))
    with httpx.Client(mounts={"http://other.test": mock}) as http:
        assert deadline.install(http) is False
    mounted = httpx.AsyncHTTPTransport()
    http_async = httpx.AsyncClient(mounts={"http://other.test": mounted, "all://skip.test": None})
    assert deadline.install(http_async) is True
    assert isinstance(mounted._pool._network_backend, _AsyncBackend)
    assert isinstance(http_async._transport._pool._network_backend, _AsyncBackend)  # type: ignore[attr-defined]


# --- redact ---------------------------------------------------------------------------------------------------------
class _Holder:
    def __init__(self, *values: tuple[str, str]) -> None:
        self.values = values

    def sensitive_values(self) -> Any:
        return iter(self.values)


def test_a_value_containing_another_is_masked_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(redact, "_watched", __import__("weakref").WeakSet())
    short, long = "ABCDEFGHIJ", "ABCDEFGHIJKLMNOP"
    holder = _Holder((short, "<key>"), (long, "<secret>"), ("tiny", "<no>"), ("MIDDLEVALUE1", "<mid>"))
    redact.watch(holder)
    assert redact._known_values() == [(long, "<secret>"), ("MIDDLEVALUE1", "<mid>"), (short, "<key>")]
    assert redact.scrub(f"a {long} b {short} c tiny") == "a <secret> b <key> c tiny"


@pytest.mark.parametrize(
    ("key", "shown"),
    [
        ("", "***"),
        ("1234567", "***"),
        ("12345678", "***"),
        ("123456789", "1234***6789"),
        ("abcd-efgh-ijkl", "abcd***ijkl"),
    ],
)
def test_a_key_is_shown_only_when_long_enough(key: str, shown: str) -> None:
    assert redact.mask_key(key) == shown
    assert redact.masked_headers({"X-APIKEY": key, "Sign": key, "Other": key}) == {
        "X-APIKEY": shown,
        "Sign": "***",
        "Other": key,
    }


def test_the_log_filter_reaches_loggers_made_later() -> None:
    redact.install_log_filter()
    names = ["venuekit.w5.later", "httpcore.w5later", "httpx.w5.deep.child", "websockets.w5"]
    loggers = [logging.getLogger(name) for name in names]
    outside = logging.getLogger("w5venuekit.outside")
    redact.install_log_filter()
    assert all(redact._FILTER in logger.filters for logger in loggers)
    assert redact._FILTER not in outside.filters
    assert all(redact._FILTER in logging.getLogger(name).filters for name in redact._KNOWN_LOGGERS)


class _Opcode:
    name = "TEXT"


class _Frame:
    opcode = _Opcode()

    def __init__(self, data: bytes) -> None:
        self.data = data

    def __str__(self) -> str:  # what websockets' logger would show: the frame cut short, the signature in pieces
        text = self.data.decode()
        return f"TEXT {text[:12]!r}...{text[-8:]!r}"


def _record(msg: str, args: Any) -> logging.LogRecord:
    return logging.LogRecord("websockets.client", logging.DEBUG, __file__, 1, msg, args, None)


def test_the_filter_masks_a_websocket_frame_before_the_logger_formats_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(redact, "_known_values", list)
    frame = _Frame(b'{"op":"login","args":{"sign":"0123456789abcdef0123456789abcdef"}}')
    record = _record("> %s", (frame,))
    assert redact._FILTER.filter(record) is True
    assert record.getMessage() == '> TEXT \'{"op":"login","args":{"sign":"***"}}\' [65 bytes]'
    plain = _record("%s %d", ("sign=abc", 3))
    assert redact._FILTER.filter(plain) is True
    assert (plain.msg, plain.args, plain.getMessage()) == ("sign=*** 3", None, "sign=*** 3")
    untouched = _record("%s %d", ("fine", 3))
    assert redact._FILTER.filter(untouched) is True
    assert (untouched.msg, untouched.args) == ("%s %d", ("fine", 3))
    no_data = types.SimpleNamespace(opcode=_Opcode())
    half = _record("%s", (no_data,))
    assert redact._FILTER.filter(half) is True
    assert half.args == (no_data,)


def test_the_filter_leaves_a_malformed_record_to_its_handler() -> None:
    record = _record("%s %s", ("only one",))
    assert redact._FILTER.filter(record) is True
    assert (record.msg, record.args) == ("%s %s", ("only one",))


def test_the_filter_scrubs_exception_and_stack_text() -> None:
    try:
        raise ValueError("signature=deadbeef")
    except ValueError:
        import sys

        record = logging.LogRecord("venuekit", logging.ERROR, __file__, 1, "failed", None, sys.exc_info())
    record.stack_info = "Stack: sign=cafebabe"
    assert redact._FILTER.filter(record) is True
    assert record.exc_text is not None and "signature=***" in record.exc_text and "deadbeef" not in record.exc_text
    assert record.stack_info == "Stack: sign=***"
    again = logging.LogRecord("venuekit", logging.ERROR, __file__, 1, "failed", None, None)
    again.exc_text = "Traceback: sign=cafebabe"
    assert redact._FILTER.filter(again) is True
    assert again.exc_text == "Traceback: sign=***"


# --- the aiohttp transport's own session ----------------------------------------------------------------------------
def test_the_transport_makes_its_session_from_its_arguments() -> None:
    async def scenario() -> None:
        transport = AiohttpTransport(limit=7, limit_per_host=3, keepalive_timeout=2.5, ssl=False)
        session = transport._get_session()
        assert transport._get_session() is session
        connector = session.connector
        assert isinstance(connector, aiohttp.TCPConnector)
        assert (connector.limit, connector.limit_per_host) == (7, 3)
        assert connector._keepalive_timeout == 2.5
        assert connector._ssl is False
        assert session.timeout == aiohttp.ClientTimeout(total=None)
        assert session.auto_decompress is False
        assert isinstance(session.cookie_jar, aiohttp.DummyCookieJar)
        await transport.aclose()
        assert session.closed
        with pytest.raises(RuntimeError) as caught:
            transport._get_session()
        assert str(caught.value) == "the transport is closed"

    asyncio.run(scenario())


def test_json_of_a_dumped_decimal_reads_back() -> None:
    assert json.loads(codec.dumps({"p": Decimal("0.1")}), parse_float=Decimal) == {"p": Decimal("0.1")}
