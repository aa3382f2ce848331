"""Self-healing WebSocket streams: the one connection loop every generated stream client is built on.

Generated stream classes (``gmo_coin.PublicStream``, ...) subclass `Stream`; their channel methods return
`Subscription`s. See ``specs/ASYNCAPI.md`` for how specs describe streams and what the runtime guarantees.
"""

from .auth import Clock, ParamSigner, Sleep, TokenLifecycle
from .connection import Pacer, Protocol, Rpc, Stream, StreamOptions, call_params, credentials
from .errors import ConnectionLostError, StreamClosedError, StreamDecodeError
from .subscription import Channel, Gap, Subscription

__all__ = [
    "Channel",
    "Clock",
    "ConnectionLostError",
    "Gap",
    "Pacer",
    "ParamSigner",
    "Protocol",
    "Rpc",
    "Sleep",
    "Stream",
    "StreamClosedError",
    "StreamDecodeError",
    "StreamOptions",
    "Subscription",
    "TokenLifecycle",
    "call_params",
    "credentials",
]
