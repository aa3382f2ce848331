"""Self-healing WebSocket streams: the one connection loop every generated stream client is built on.

Generated stream classes (``gmo_coin.PublicStream``, ...) subclass `Stream`; their channel methods return
`Subscription`s. See ``specs/ASYNCAPI.md`` for how specs describe streams and what the runtime guarantees.
Any stream can be recorded (`Stream.record`, ``python -m venuekit.streams.record``) and replayed through the
same classes (`Stream.replay`, `replay`).
"""

from .auth import Clock, ParamSigner, QuerySigner, Sleep, TokenLifecycle
from .connection import (
    FrameSource,
    Pacer,
    Protocol,
    Rpc,
    Socket,
    State,
    Stream,
    StreamOptions,
    call_params,
    credentials,
    matches,
    replay,
)
from .errors import ConnectionLostError, StreamClosedError, StreamConnectError, StreamDecodeError
from .playback import Replay, recorded_stream
from .recording import Recorder
from .subscription import Channel, Gap, Subscription

__all__ = [
    "Channel",
    "Clock",
    "ConnectionLostError",
    "FrameSource",
    "Gap",
    "Pacer",
    "ParamSigner",
    "Protocol",
    "QuerySigner",
    "Recorder",
    "Replay",
    "Rpc",
    "Sleep",
    "Socket",
    "State",
    "Stream",
    "StreamClosedError",
    "StreamConnectError",
    "StreamDecodeError",
    "StreamOptions",
    "Subscription",
    "TokenLifecycle",
    "call_params",
    "credentials",
    "matches",
    "recorded_stream",
    "replay",
]
