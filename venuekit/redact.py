"""Masking for anything that may reach a log or an exception: keys partly shown, signatures and tokens never.

Two kinds of masking, both applied by `scrub(text)`:

- by shape: the value of a `signature=` / `sign=` parameter (query strings, form bodies) and of a
  `"signature"` / `"sign"` JSON member (WebSocket frames);
- by value: every secret, API key and session credential the process holds right now. Signers, stream
  token lifecycles and clients register themselves with `watch()` (weakly: nothing is kept alive by
  this module, and no value is copied into it) and list their values on demand.

`install_log_filter()` puts one `logging.Filter` that scrubs every record on each logger of httpx,
httpcore, websockets and venuekit. The SDK calls it whenever a client or a stream is made, so a plain
`logging.basicConfig(level=logging.DEBUG)` shows no signature, token, listen key or secret. A filter
only sees records of the logger it is attached to (not those of its children), so it is attached to
every existing logger under those names, and the call is repeated when new loggers have appeared.
"""

from __future__ import annotations

import logging
import re
import threading
import weakref
from collections.abc import Iterable, Mapping
from typing import Any, Protocol

import httpx

# Headers whose values authenticate a request. Keys are shown partly (to tell keys apart); the rest hidden.
_KEY_HEADERS = frozenset({"api-key", "x-hk-apikey", "x-apikey"})
_SECRET_HEADERS = frozenset({"api-sign", "signature", "sign", "authorization"})
_SIGNATURE_PARAM = re.compile(r"(?i)\b(signature|sign)=[^&\s\"']*")
_SIGNATURE_MEMBER = re.compile(r"""(?i)(["']?\b(?:signature|sign)["']?\s*:\s*["']?)[^"',}\s]*""")
_MIN_LENGTH = 8
"""Shorter registered values are not searched for: they would mask ordinary words and numbers."""

MASK = "***"


def mask_key(value: str) -> str:
    return MASK if len(value) <= 8 else f"{value[:4]}{MASK}{value[-4:]}"


class Sensitive(Protocol):
    def sensitive_values(self) -> Iterable[tuple[str, str]]:
        """(value, what to show instead) for every credential this object holds now."""
        ...


_watched: weakref.WeakSet[Any] = weakref.WeakSet()
_watched_lock = threading.Lock()


def watch(holder: Sensitive) -> None:
    """Mask `holder`'s values (see `Sensitive`) in every log record and SDK exception while it lives."""
    with _watched_lock:
        _watched.add(holder)


def _known_values() -> list[tuple[str, str]]:
    with _watched_lock:
        holders = list(_watched)
    values: dict[str, str] = {}
    for holder in holders:
        for value, shown in holder.sensitive_values():
            if isinstance(value, str) and len(value) >= _MIN_LENGTH:
                values[value] = shown
    # Longest first, so that a value containing another is masked whole.
    return sorted(values.items(), key=lambda item: -len(item[0]))


def scrub(text: str) -> str:
    """`text` with signatures, secrets, session tokens and full API keys masked."""
    if not text:
        return text
    text = _SIGNATURE_PARAM.sub(lambda m: f"{m.group(1)}={MASK}", text)
    text = _SIGNATURE_MEMBER.sub(lambda m: m.group(1) + MASK, text)
    for value, shown in _known_values():
        if value in text:
            text = text.replace(value, shown)
    return text


def masked_headers(headers: Mapping[str, str]) -> dict[str, str]:
    result = {}
    for name, value in headers.items():
        lower = name.lower()
        if lower in _KEY_HEADERS:
            value = mask_key(value)
        elif lower in _SECRET_HEADERS:
            value = MASK
        result[name] = value
    return result


def masked_text(text: str) -> str:
    """A query string or form body with signature values hidden."""
    return _SIGNATURE_PARAM.sub(lambda m: f"{m.group(1)}={MASK}", text)


def masked_url(url: httpx.URL) -> str:
    return masked_text(str(url))


# --- logging ------------------------------------------------------------------------------------------
_LOG_PREFIXES = ("httpx", "httpcore", "websockets", "venuekit")
_KNOWN_LOGGERS = (
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
    "websockets",
    "websockets.client",
    "websockets.server",
    "venuekit",
    "venuekit.streams",
    "venuekit.ratelimit",
)
"""Created up front (creating a logger changes nothing else), so they carry the filter from the start."""


def _frame_text(frame: Any) -> str:
    """A websockets frame as its logger shows it, masked before it is shortened: the logger elides long
    frames to their first and last characters, which would cut a signature or key into unrecognisable
    pieces."""
    data = bytes(frame.data)
    text = scrub(data.decode("utf-8", "replace"))
    if len(text) > 75:
        text = text[:50] + "..." + text[-22:]
    return f"{frame.opcode.name} {text!r} [{len(data)} bytes]"


class RedactingFilter(logging.Filter):
    """Scrubs a record's message, exception text and stack before any handler sees them."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            args = record.args
            if isinstance(args, tuple) and any(hasattr(a, "opcode") and hasattr(a, "data") for a in args):
                record.args = tuple(_frame_text(a) if hasattr(a, "opcode") and hasattr(a, "data") else a for a in args)
            message = record.getMessage()
        except Exception:  # a malformed record: leave it to the handler to report
            return True
        clean = scrub(message)
        if clean != message:
            record.msg, record.args = clean, None
        if record.exc_info and not record.exc_text:
            record.exc_text = scrub(logging.Formatter().formatException(record.exc_info))
        elif record.exc_text:
            record.exc_text = scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        return True


_FILTER = RedactingFilter()
_seen_loggers = -1
_install_lock = threading.Lock()


def install_log_filter() -> None:
    """Attach the scrubbing filter to every logger of httpx, httpcore, websockets and venuekit (idempotent)."""
    global _seen_loggers
    manager = logging.Logger.manager
    if len(manager.loggerDict) == _seen_loggers:
        return  # no logger was created since the last time
    with _install_lock:
        for name in _KNOWN_LOGGERS:
            logging.getLogger(name)
        for name, logger in list(manager.loggerDict.items()):
            if not isinstance(logger, logging.Logger):
                continue  # a placeholder: its real logger is created (and seen here) later
            if name.split(".", 1)[0] in _LOG_PREFIXES and _FILTER not in logger.filters:
                logger.addFilter(_FILTER)
        _seen_loggers = len(manager.loggerDict)
