"""The private-stream credentials of `venuekit.streams.auth` on their own: what `ParamSigner` signs and returns,
what `QuerySigner` signs and returns, their reprs, and which tokens `TokenLifecycle` asks the log filter to mask."""

from __future__ import annotations

import asyncio
import re
from decimal import Decimal
from typing import Any

from venuekit.redact import MASK
from venuekit.streams import ParamSigner, QuerySigner, TokenLifecycle


class _Auth:
    """A signer that records what it was asked to sign."""

    api_key = "the-key"

    def __init__(self) -> None:
        self.signed: list[tuple[Any, ...]] = []
        self.now = 1700000000000

    def timestamp_ms(self) -> int:
        self.now += 1
        return self.now

    def signature(self, nonce: str, timestamp: str, query: str, body: bytes) -> str:
        self.signed.append((nonce, timestamp, query, body))
        return f"sig{len(self.signed)}"

    def sign_message(self, message: bytes) -> str:
        self.signed.append((message,))
        return f"msig{len(self.signed)}"

    def __repr__(self) -> str:
        return "<Auth the-key>"


def test_param_signer_signs_the_sorted_business_params() -> None:
    auth = _Auth()
    nonces = iter(["n1", "n2", "n3"])
    signer = ParamSigner(auth, api_key="k", timestamp="ts", nonce="no", sign="sg", make_nonce=lambda: next(nonces))
    params = {
        "symbol": "BTC", "limit": 5, "flags": [1, "a"], "post": True, "price": Decimal("1.50"), "skip": None,
        "k": "forged", "sg": "forged", "ts": "0", "no": "0",
    }  # fmt: skip
    assert signer(params) == {
        "symbol": "BTC", "limit": 5, "flags": [1, "a"], "post": True, "price": Decimal("1.50"),
        "k": "the-key", "ts": "1700000000001", "no": "n1", "sg": "sig1",
    }  # fmt: skip
    assert list(signer(params)) == ["symbol", "limit", "flags", "post", "price", "k", "ts", "no", "sg"]
    canonical = 'flags[1,"a"]limit5posttrueprice1.50symbolBTC'
    assert auth.signed == [("n1", "1700000000001", canonical, b""), ("n2", "1700000000002", canonical, b"")]
    assert signer({}) == {"k": "the-key", "ts": "1700000000003", "no": "n3", "sg": "sig3"}
    assert auth.signed[-1] == ("n3", "1700000000003", "", b"")
    assert repr(signer) == "ParamSigner(auth=<Auth the-key>)"


def test_param_signer_nonces_differ_by_default() -> None:
    auth = _Auth()
    signer = ParamSigner(auth, api_key="k", timestamp="ts", nonce="no", sign="sg")
    first, second = signer({})["no"], signer({})["no"]
    assert first != second and all(re.fullmatch("[0-9a-f]{32}", n) for n in (first, second))  # random UUIDs, hex


def test_query_signer_signs_the_message_with_the_time_in_it() -> None:
    auth = _Auth()
    signer = QuerySigner(
        auth, api_key="key", timestamp="time", signature="sig", message="t={timestamp};again={timestamp}"
    )
    assert signer() == {"key": "the-key", "time": "1700000000001", "sig": "msig1"}
    assert signer() == {"key": "the-key", "time": "1700000000002", "sig": "msig2"}  # a fresh time for each handshake
    assert auth.signed == [(b"t=1700000000001;again=1700000000001",), (b"t=1700000000002;again=1700000000002",)]
    assert repr(signer) == "QuerySigner(auth=<Auth the-key>)"


def test_the_tokens_masked_in_logs_are_the_recent_and_the_stale_ones() -> None:
    made = iter(f"token-{n}" for n in range(1, 20))

    async def create() -> str:
        return next(made)

    async def call(token: str) -> None:
        return None

    async def scenario() -> TokenLifecycle:
        lifecycle = TokenLifecycle(create=create, extend=call, delete=call, ttl=60, refresh_every=30)
        assert list(lifecycle.sensitive_values()) == []
        for _ in range(10):
            await lifecycle.acquire()
            lifecycle.invalidate()
        await lifecycle.acquire()
        return lifecycle

    lifecycle = asyncio.run(scenario())
    assert lifecycle.token == "token-11" and lifecycle.created == 11
    # The last eight tokens made (older ones were deleted: the stale list is empty once a new one is made).
    assert list(lifecycle.sensitive_values()) == [(f"token-{n}", MASK) for n in range(4, 12)]
    lifecycle.invalidate()
    assert list(lifecycle.sensitive_values())[-1] == ("token-11", MASK)  # stale, not yet deleted
