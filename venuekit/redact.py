"""Masking for anything that may reach a log: keys partly shown, signatures never."""

from __future__ import annotations

import re
from collections.abc import Mapping

import httpx

# Headers whose values authenticate a request. Keys are shown partly (to tell keys apart); the rest hidden.
_KEY_HEADERS = frozenset({"api-key", "x-hk-apikey", "x-apikey"})
_SECRET_HEADERS = frozenset({"api-sign", "signature", "sign", "authorization"})
_SIGNATURE_PARAM = re.compile(r"(?i)\b(signature|sign)=[^&\s\"]*")


def mask_key(value: str) -> str:
    return "***" if len(value) <= 8 else f"{value[:4]}***{value[-4:]}"


def masked_headers(headers: Mapping[str, str]) -> dict[str, str]:
    result = {}
    for name, value in headers.items():
        lower = name.lower()
        if lower in _KEY_HEADERS:
            value = mask_key(value)
        elif lower in _SECRET_HEADERS:
            value = "***"
        result[name] = value
    return result


def masked_text(text: str) -> str:
    """A query string or form body with signature values hidden."""
    return _SIGNATURE_PARAM.sub(lambda m: f"{m.group(1)}=***", text)


def masked_url(url: httpx.URL) -> str:
    return masked_text(str(url))
