"""One interface for all venues: `venuekit.connect(venue)` / `venuekit.connect_async(venue)`.

A thin, typed view over the venue's generated `Client` / `AsyncClient` with ccxt's unified vocabulary
(`load_markets`, `fetch_ticker`, `create_order`, ...). Each venue's mapping is declared next to its spec
(`specs/<venue>/unified.yaml`) and rendered into its package (`venuekit.<venue>.unified`) by `make generate`.
"""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..errors import ConfigurationError
from .exchange import METHODS, AsyncExchange, Exchange
from .mapping import Feed, VenueMapping
from .models import (
    OHLCV,
    Balance,
    Balances,
    Level,
    Market,
    Order,
    OrderBook,
    OrderStatus,
    OrderType,
    Side,
    Ticker,
    Trade,
)


def venues() -> list[str]:
    """The venues with a unified mapping (the packages `venuekit.<venue>` that have a `unified` module)."""
    found = []
    for module in pkgutil.iter_modules([str(Path(__file__).resolve().parent.parent)]):
        if module.ispkg and importlib.util.find_spec(f"venuekit.{module.name}.unified") is not None:
            found.append(module.name)
    return sorted(found)


def mapping_of(venue: str) -> tuple[Any, VenueMapping]:
    """(the venue package, its unified mapping)."""
    if not isinstance(venue, str) or not venue.isidentifier():
        raise ConfigurationError(f"unknown venue {venue!r}; known: {', '.join(venues())}")
    try:
        module = importlib.import_module(f"venuekit.{venue}.unified")
    except ModuleNotFoundError as exc:
        if exc.name not in (f"venuekit.{venue}", f"venuekit.{venue}.unified"):
            raise
        raise ConfigurationError(f"unknown venue {venue!r}; known: {', '.join(venues())}") from None
    package = importlib.import_module(f"venuekit.{venue}")
    found: VenueMapping = module.MAPPING
    return package, found


def connect(venue: str, api_key: str | None = None, api_secret: str | None = None, **options: Any) -> Exchange:
    """The unified interface over `venuekit.<venue>.Client(api_key, api_secret, **options)`.

    `options` are the venue `Client`'s (`base_url`, `environment`, `timeout`, `deadline`, `max_retries`,
    `httpx_args`, ...); keys default to the venue's environment variables as the client's do. Use it as a
    context manager (or call `close()`).
    """
    package, mapping = mapping_of(venue)
    return Exchange(mapping, package.Client(api_key, api_secret, **options))


def connect_async(
    venue: str,
    api_key: str | None = None,
    api_secret: str | None = None,
    *,
    stream_urls: Mapping[str, str] | None = None,
    stream_options: Mapping[str, Any] | None = None,
    stream_replays: Mapping[str, str | Path] | None = None,
    **options: Any,
) -> AsyncExchange:
    """The unified interface over `venuekit.<venue>.AsyncClient(api_key, api_secret, **options)`, with the
    `watch_*` methods over the venue's streams.

    `stream_urls` / `stream_options` map a stream class name (`"PublicStream"`) to the URL to connect to (a
    sandbox's `sb.stream_url("PublicStream")`) and its `venuekit.streams.StreamOptions`; by default streams use
    the venue's URLs for `options["environment"]`. `stream_replays` maps a stream class name to a recording
    (`venuekit.streams.record`) that the `watch_*` methods replay instead of connecting: a bot on the unified
    interface runs unchanged on recorded data. Use it as `async with` (or `await ex.aclose()`).
    """
    package, mapping = mapping_of(venue)
    client = package.AsyncClient(api_key, api_secret, **options)
    return AsyncExchange(
        mapping,
        client,
        stream_urls=stream_urls,
        stream_options=stream_options,
        stream_replays=stream_replays,
        environment=options.get("environment"),
        api_key=api_key,
        api_secret=api_secret,
    )


__all__ = [
    "METHODS",
    "OHLCV",
    "AsyncExchange",
    "Balance",
    "Balances",
    "Exchange",
    "Feed",
    "Level",
    "Market",
    "Order",
    "OrderBook",
    "OrderStatus",
    "OrderType",
    "Side",
    "Ticker",
    "Trade",
    "VenueMapping",
    "connect",
    "connect_async",
    "mapping_of",
    "venues",
]
