"""Exceptions of the stream runtime.

They derive from the SDK's hierarchy (`venuekit.errors`), so `except venuekit.VenueError` still catches
everything a stream raises or reports.
"""

from __future__ import annotations

from ..errors import DecodeError, TransportError, VenueError


class StreamDecodeError(DecodeError):
    """A frame could not be decoded: not JSON, or not the shape its channel's spec describes.

    The stream keeps running: the error goes to the stream's `on_error` callback and `errors` list, and the
    subscriptions that may have lost a message because of it see a `Gap` carrying it.
    """

    def __init__(self, message: str, *, stream: str, channel: str | None, frame: bytes) -> None:
        super().__init__(message, operation=f"{stream} {channel}" if channel else stream, body=frame, status_code=0)
        self.stream = stream
        self.channel = channel
        self.frame = frame


class StreamClosedError(VenueError):
    """The stream was closed (or failed for good): it takes no more subscriptions or requests."""


class ConnectionLostError(TransportError):
    """The socket dropped while a request was waiting for its reply.

    The venue may or may not have acted on the request; requests are never re-sent automatically.
    """


class StreamConnectError(TransportError):
    """The stream's first connection could not be made in `StreamOptions.connect_attempts` attempts
    (refused, DNS failure, handshake refused, session token not issued). `__cause__` is the last failure."""

    def __init__(self, message: str, *, operation: str, attempts: int) -> None:
        super().__init__(message, operation=operation)
        self.attempts = attempts
