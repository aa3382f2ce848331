"""Real-world WebSocket frames (tests/data/real-world, `"method": "WS"`) against the AsyncAPI specs and the
generated stream models.

Each frame is validated against the payload schema of its AsyncAPI message (specs/<venue>/asyncapi.yaml;
draft-07, the AsyncAPI 3.0 default schema format, with the `decimal`/`unix-ms`/... formats checked) and
parsed with the generated model (generated/<package>/stream_models): every value typed or kept in
`additional_properties`, money exact, times in a plausible year. A venue's own ping (GOPAX's bare string
"primus::ping::<ms>") is checked against the stream's `x-sdk.heartbeat.server-ping` and must be answered by
the generated stream; a heartbeat reply (HashKey's `{"pong": <ms>}`) must be consumed by it. A frame with no
spec, message or model to check it against fails: nothing here skips.
"""

from __future__ import annotations

import copy
import dataclasses
import importlib
import json
import re
from typing import Any

import pytest
from websockets.asyncio.server import ServerConnection

from venuekit.streams import Stream

from ..contract.support import empty_fields, epoch_scales, load_spec
from ..streams.fakes import FakeVenue, eventually, run
from . import corpus
from .corpus import Payload, SchemaView

HEARTBEAT = "heartbeat"
"""A frame that is a heartbeat reply, described by the stream's `x-sdk.heartbeat`, not by a message."""
SERVER_PING = "server-ping"
"""A frame that is the venue's own ping, a bare JSON string (`x-sdk.heartbeat.server-ping`), not a message."""

WS_MESSAGES: dict[str, str | None] = {
    "gmo_coin/WS__ws_public_v1__1": "Orderbooks",  # carries an undocumented "grouping": "1"
    "gmo_coin/WS__ws_public_v1__2": "Trades",
    "gmo_coin_fx/WS__ws_public_v1__1": "Ticker",  # microsecond timestamps, status CLOSE on a Saturday
    "gmo_coin_fx/WS__ws_public_v1__2": "Ticker",
    "gmo_coin_fx/WS__ws_public_v1__3": "Ticker",
    "hashkey_mena/WS__quote_ws_v1__1": "KlineV1",
    "hashkey_mena/WS__quote_ws_v1__2": "RealtimesV1",
    "hashkey_mena/WS__quote_ws_v1__3": "TradeV1",
    "hashkey_mena/WS__quote_ws_v1__4": "DepthV1",
    "hashkey_mena/WS__api_v1_ws_listenKey__1": "TicketInfo",  # a JSON array of events (split-arrays)
    "hashkey_mena/WS__api_v1_ws_listenKey__2": HEARTBEAT,  # {"pong": "<ms>"}
    "bitunix/WS__ws_api_v1__1": "PlaceOrderReply",
    "bitunix/WS__ws_api_v1__2": "CancelOrdersReply",
    "bitunix/WS__ws_api_v1__3": "FillsReply",
    "bitunix/WS__ws_api_v1__4": "OrderHistoryReply",  # the doc example repeats "volume"; JSON keeps the last
    "bitunix/WS__ws_api_v1__5": "LastPriceReply",
    "bitunix/WS__ws_api_v1__6": "DepthReply",
    # GOPAX: primus frames {n, o[, i]}: the answer to a subscription is named like the request, pushes like the event.
    "gopax/WS__root__1": "OrderBookSnapshot",  # epoch seconds with a ms fraction as JSON numbers
    "gopax/WS__root__2": "OrderBookEvent",  # an empty bid list
    "gopax/WS__root__3": "BalancesSnapshot",  # lastUpdatedAt 0 for never-updated assets
    "gopax/WS__root__4": "TradesSubscribed",
    "gopax/WS__root__5": SERVER_PING,  # "primus::ping::<ms>", a JSON string
    "gopax/WS__root__6": "OrderEvent",  # integer enums; no feeAssetName (added to the docs 2022-10-14)
    "gopax/WS__root__7": "TradeEvent",
    "gopax/WS__root__8": "BalanceEvent",
    "gopax/WS__root__9": "OrdersSnapshot",
}
"""Frame -> the AsyncAPI message (components/messages) it is an instance of."""

FRAMES = [p.id for venue in corpus.VENUES for p in corpus.load(venue) if p.is_ws]


def _spec(item: Payload) -> dict[str, Any]:
    path = corpus.asyncapi_path(item.venue)
    assert path.exists(), f"specs/{item.venue}/asyncapi.yaml does not exist: no AsyncAPI message to check {item.id}"
    return corpus.load_asyncapi(item.venue)


def _message(item: Payload, document: dict[str, Any]) -> str:
    name = WS_MESSAGES.get(item.id)
    assert name is not None, f"{item.id}: no AsyncAPI message is mapped to this frame in WS_MESSAGES"
    if name in (HEARTBEAT, SERVER_PING):
        return name
    assert name in document["components"]["messages"], f"specs/{item.venue}/asyncapi.yaml has no message {name!r}"
    return name


def _servers(document: dict[str, Any], message: str) -> list[str]:
    """Names of the servers whose channels carry `message`."""
    found = []
    for channel in document["channels"].values():
        refs = {str(m.get("$ref", "")).rsplit("/", 1)[-1] for m in channel.get("messages", {}).values()}
        if message in refs:
            found += [str(s["$ref"]).rsplit("/", 1)[-1] for s in channel.get("servers", [])]
    return found


def _stream_options(document: dict[str, Any], item: Payload) -> dict[str, Any]:
    """`info.x-sdk.streams.<Stream>` of the stream serving the frame's socket path."""
    for server in document["servers"].values():
        if corpus.template(server.get("pathname", "")) == corpus.template(item.path):
            stream = server.get("x-sdk", {}).get("stream")
            options: dict[str, Any] = document["info"].get("x-sdk", {}).get("streams", {}).get(stream, {})
            return options
    raise AssertionError(f"{item.id}: no server of specs/{item.venue}/asyncapi.yaml has the path {item.path}")


def _events(item: Payload, document: dict[str, Any]) -> list[Any]:
    """The messages one frame carries: a JSON array is one message per element where the stream says so."""
    frame = copy.deepcopy(item.response)
    if isinstance(frame, list):
        assert _stream_options(document, item).get("split-arrays"), f"{item.id}: array frame, no split-arrays"
        return frame
    return [frame]


@pytest.mark.parametrize("payload_id", FRAMES)
def test_ws_frame_matches_its_asyncapi_message(payload_id: str) -> None:
    item = corpus.payload(payload_id)
    document = _spec(item)
    message = _message(item, document)
    if message == HEARTBEAT:
        reply = _stream_options(document, item).get("heartbeat", {}).get("reply-field")
        # Described by the stream's x-sdk.heartbeat (its reply field), not by a message with a payload schema.
        assert reply and isinstance(item.response, dict) and reply in item.response, item.response
        return
    if message == SERVER_PING:
        ping = _stream_options(document, item).get("heartbeat", {}).get("server-ping", {})
        assert isinstance(item.response, str) and re.fullmatch(ping["pattern"], item.response), item.response
        return
    servers = {name: document["servers"][name] for name in _servers(document, message)}
    paths = {corpus.template(server.get("pathname", "")) for server in servers.values()}
    assert corpus.template(item.path) in paths, f"{message} is not served on {item.path} (servers {sorted(servers)})"
    validator = corpus.asyncapi_validator(item.venue, message)
    for index, event in enumerate(_events(item, document)):
        errors = sorted(validator.iter_errors(event), key=lambda e: list(e.absolute_path))
        assert not errors, f"{payload_id}[{index}] against {message}:\n{corpus.describe(errors)}"


@pytest.mark.parametrize("payload_id", FRAMES)
def test_ws_frame_parses_into_its_stream_model(payload_id: str) -> None:
    item = corpus.payload(payload_id)
    document = _spec(item)
    message = _message(item, document)
    if message == HEARTBEAT:
        _consumed_as_a_heartbeat_reply(item, document)
        return
    if message == SERVER_PING:
        _answered_as_a_server_ping(item, document)
        return
    payload = document["components"]["messages"][message]["payload"]
    ref = str(payload.get("$ref", "")) if isinstance(payload, dict) else ""
    assert ref.startswith("#/components/schemas/"), f"{item.venue}: message {message!r} has no named payload model"
    schema_name = ref.rsplit("/", 1)[-1]
    models = importlib.import_module(f"venuekit.{item.venue}.stream_models")
    model = getattr(models, schema_name, None)
    assert model is not None, f"venuekit.{item.venue}.stream_models exports no {schema_name} (message {message!r})"
    view = SchemaView({"": document, "openapi.yaml": load_spec(item.venue)}, {"$ref": ref})
    for index, event in enumerate(_events(item, document)):
        parsed = model.from_dict(event)
        scales = {**epoch_scales(item.venue), **epoch_scales(item.venue, "asyncapi.yaml")}
        corpus.assert_typed(parsed, event, f"{payload_id}[{index}]", view, empty_fields(item.venue), scales)


def _stream_class(item: Payload, document: dict[str, Any]) -> Any:
    """The generated stream class serving the frame's socket path."""
    name = next(
        s["x-sdk"]["stream"]
        for s in document["servers"].values()
        if corpus.template(s.get("pathname", "")) == corpus.template(item.path)
    )
    return getattr(importlib.import_module(f"venuekit.{item.venue}.streams"), name)


def _consumed_as_a_heartbeat_reply(item: Payload, document: dict[str, Any]) -> None:
    """The frame, sent to the generated stream's protocol by a local server, is taken as a heartbeat reply:
    neither routed to a subscription nor counted as unrouted nor reported as an error."""
    cls = _stream_class(item, document)

    async def scenario() -> None:
        async with FakeVenue() as venue:
            stream = Stream(cls.PROTOCOL, url=venue.url, options=dataclasses.replace(cls.DEFAULT_OPTIONS, proxy=None))
            async with stream:
                await stream.wait_connected(5)
                await venue.send(json.dumps(item.response))
                await venue.send("{garbage")  # frames are read in order: once this one is reported, the reply was read
                await eventually(lambda: len(stream.errors) == 1, what="the garbage frame's decode error")
                assert stream.unrouted == 0 and len(stream.errors) == 1  # the reply itself was consumed

    run(scenario())


def _answered_as_a_server_ping(item: Payload, document: dict[str, Any]) -> None:
    """The generated stream of the frame's endpoint, connected to a local server that sends the frame: it must
    answer with the spec's reply (the same number, quotes included) and route or report nothing."""
    options = _stream_options(document, item)
    ping = options["heartbeat"]["server-ping"]
    cls = _stream_class(item, document)
    received: list[Any] = []

    async def record(venue: FakeVenue, connection: ServerConnection, message: Any) -> None:
        received.append(message)

    async def scenario() -> None:
        async with FakeVenue(record) as venue:
            stream = cls(url=venue.url, options=dataclasses.replace(cls.DEFAULT_OPTIONS, proxy=None))
            async with stream:
                await stream.wait_connected(5)
                await venue.send(json.dumps(item.response))
                await eventually(lambda: bool(received), what="the pong")
                assert not stream.errors and stream.unrouted == 0

    run(scenario())
    expected = re.fullmatch(ping["pattern"], item.response)
    assert expected is not None and received == [expected.expand(ping["reply"])]
    assert received == [item.response.replace("::ping::", "::pong::")]  # as the venue's own sample answers


def test_every_frame_is_mapped() -> None:
    assert set(WS_MESSAGES) == set(FRAMES)
