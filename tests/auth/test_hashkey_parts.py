"""HashKey signing reads parameter names and rebuilds the query without re-parsing the URL: both agree with the
standard library's and httpx's own way on every input."""

from __future__ import annotations

from urllib.parse import parse_qsl

import httpx
from hypothesis import given
from hypothesis import strategies as st

from venuekit.auth import hashkey_mena

chars = st.sampled_from([*"abtimesp=&%+;_-.~09AZ", "%41", "%3D", "%26", "é"])
params = st.lists(chars, max_size=30).map("".join)


@given(params)
def test_names_match_parse_qsl(text: str) -> None:
    data = text.encode("utf-8")
    expected = {k for k, _ in parse_qsl(data.decode("utf-8", "replace"), keep_blank_values=True)}
    assert hashkey_mena._names(data) == expected


@given(st.lists(st.sampled_from(["symbol=BTCUSDT", "limit=200", "a=%2F", "timestamp=1", "x="]), max_size=4))
def test_new_query_equals_copy_with(parts: list[str]) -> None:
    url = httpx.URL("https://api-pro.hashkey.com/api/v1/account" + ("?" + "&".join(parts) if parts else ""))
    query = hashkey_mena._join(url.query, b"timestamp=1700000000000&signature=" + b"ab12" * 16)
    fast, slow = hashkey_mena._with_query(url, query), url.copy_with(query=query)
    assert fast == slow and str(fast) == str(slow) and fast.raw_path == slow.raw_path and fast.query == slow.query


def test_signed_request_carries_the_signature_of_the_query_sent() -> None:
    auth = hashkey_mena.HashKeyAuth("key", "secret", clock=lambda: 1_700_000_000_000)
    request = next(auth.sync_auth_flow(httpx.Request("GET", "https://x.test/api/v1/account?symbol=BTCUSDT")))
    query = request.url.query
    signed, _, signature = query.rpartition(b"&signature=")
    assert signed == b"symbol=BTCUSDT&timestamp=1700000000000"
    assert signature.decode() == auth.sign(signed)
    assert str(request.url) == f"https://x.test/api/v1/account?{query.decode()}"
