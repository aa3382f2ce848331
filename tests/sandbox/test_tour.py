"""The SDK's scripted tour passes against every venue's sandbox (the same tour `make demo` runs)."""

from __future__ import annotations

import pytest

from venuekit.sandbox import known_venues
from venuekit.sandbox.tour import STEPS, STREAM_STEPS, run_tour

from .conftest import Serve, sdk_options


@pytest.mark.parametrize("venue", known_venues())
def test_tour_passes(serve: Serve, venue: str) -> None:
    sandbox = serve(venue)
    assert sandbox.ws_url is not None  # every venue has streams now (GOPAX since its AsyncAPI spec)
    ws_url = sandbox.ws_url
    options = sdk_options()
    steps = run_tour(venue, base_url=sandbox.url, api_secret=sandbox.secret, ws_url=ws_url, client_options=options)
    assert [step.name for step in steps] == [*STEPS, *STREAM_STEPS]
    assert all(step.applicable for step in steps)
    failed = [f"{step.name}: {step.detail}" for step in steps if not step.ok]
    assert not failed, failed


def test_gopax_timestamp_edition(serve: Serve) -> None:
    """The current edition's signing (timestamp + receive-window) is verified as well as the NONCE one."""
    from venuekit import gopax
    from venuekit.auth import GopaxAuth

    sandbox = serve("gopax")
    auth = GopaxAuth("ts-key", sandbox.secret, edition="timestamp", receive_window=5000)
    with gopax.Client(auth=auth, base_url=sandbox.url, **sdk_options()) as client:
        assert client.account.get_balances()
        placed = client.orders.create_order(trading_pair_name="ETH-KRW", side="sell", type_="limit", price=1, amount=2)
        assert [o.id for o in client.orders.get_orders(include_past=True)] == [placed.id]
