"""Every message example in the AsyncAPI specs parses into its typed model (money as Decimal, no field
dropped), every command the generated methods send fits the spec's command schema, and the real-world
frames in tests/data/real-world parse too."""

from __future__ import annotations

import asyncio
import importlib
import inspect
from decimal import Decimal
from typing import Any

import attrs
import pytest

from generator.asyncapi import snake
from venuekit import codec
from venuekit.sandbox.spec import known_venues
from venuekit.streams import Stream, TokenLifecycle
from venuekit.streams.connection import _without_none

from .conftest import REAL_WORLD, spec, stream_module

# jsonschema ships no type information (types-jsonschema is not a dev dependency): use it untyped.
jsonschema: Any = importlib.import_module("jsonschema")

VENUES = known_venues()


def _inline(node: Any, document: dict[str, Any]) -> Any:
    """A schema with its local `$ref`s replaced by what they point at (the specs have no recursive schemas)."""
    if isinstance(node, dict):
        if "$ref" in node and node["$ref"].startswith("#/"):
            target: Any = document
            for part in node["$ref"][2:].split("/"):
                target = target[part]
            rest = {k: v for k, v in node.items() if k != "$ref"}
            return {**_inline(target, document), **_inline(rest, document)}
        return {k: _inline(v, document) for k, v in node.items()}
    if isinstance(node, list):
        return [_inline(v, document) for v in node]
    return node


def _payload_examples() -> list[tuple[str, str, str, int, Any]]:
    """(venue, message, schema, index, payload) of every example whose payload is a named schema."""
    found = []
    for venue in VENUES:
        for name, message in spec(venue)["components"]["messages"].items():
            ref = message.get("payload", {}).get("$ref", "")
            for index, item in enumerate(message.get("examples", [])):
                if ref.startswith("#/components/schemas/"):
                    found.append((venue, name, ref.rsplit("/", 1)[-1], index, item["payload"]))
    return found


def _no_floats(value: Any, where: str) -> None:
    assert not isinstance(value, float), f"{where} is a float"
    if attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            _no_floats(getattr(value, field.name), f"{where}.{field.name}")
    elif isinstance(value, dict):
        for key, item in value.items():
            _no_floats(item, f"{where}[{key!r}]")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _no_floats(item, f"{where}[{index}]")


def _decimal_fields(schema: dict[str, Any], document: dict[str, Any]) -> list[tuple[str, str]]:
    """(wire name, attribute name) of the schema's top-level money fields."""
    inlined = _inline(schema, document)
    properties = dict(inlined.get("properties", {}))
    for part in inlined.get("allOf", []):
        properties.update(part.get("properties", {}))
    return [
        (name, prop.get("x-python-name", snake(name)))
        for name, prop in properties.items()
        if prop.get("format") == "decimal"
    ]


@pytest.mark.parametrize(("venue", "message", "schema", "index", "payload"), _payload_examples())
def test_documented_example_parses_into_its_model(
    venue: str, message: str, schema: str, index: int, payload: Any
) -> None:
    models = stream_module(venue).__name__.rsplit(".", 1)[0] + ".stream_models"
    model = getattr(__import__(models, fromlist=[schema]), schema)
    if "code" in payload and str(payload["code"]) != "0":
        return  # an error reply: it raises the venue's error instead (tests/streams/test_bitunix_streams.py)
    parsed = model.from_dict(payload)
    _no_floats(parsed, schema)
    document = spec(venue)
    for name, python_name in _decimal_fields(document["components"]["schemas"][schema], document):
        if name in payload:
            assert isinstance(getattr(parsed, python_name), Decimal), f"{schema}.{name}"
    assert set(parsed.to_dict()) == set(payload)  # nothing dropped: undocumented fields are kept too


def _command_cases() -> list[tuple[str, str, str]]:
    return [
        (venue, channel_id, kind)
        for venue in VENUES
        for channel_id, channel in spec(venue)["channels"].items()
        for kind in ("subscribe", "unsubscribe")
        if channel.get("x-sdk", {}).get(kind)
    ]


async def _nothing(token: str = "") -> str:
    return "token"


def _stream_for(venue: str, channel: dict[str, Any]) -> Stream:
    module = stream_module(venue)
    server = spec(venue)["servers"][channel["servers"][0]["$ref"].rsplit("/", 1)[-1]]
    cls = getattr(module, server["x-sdk"]["stream"])
    if cls.PROTOCOL.token_variable:
        lifecycle = TokenLifecycle(create=_nothing, extend=_nothing, delete=_nothing, ttl=60, refresh_every=30)
        stream: Stream = cls(lifecycle=lifecycle)
        return stream
    if "api_key" in inspect.signature(cls).parameters:
        stream = cls("key", "c2VjcmV0")  # signs its connections (GOPAX); the secret must be base64 there
        return stream
    stream = cls()
    return stream


def _argument(schema: dict[str, Any], document: dict[str, Any]) -> Any:
    if "example" in schema:
        return schema["example"]
    return _inline(schema, document)["enum"][0]


@pytest.mark.parametrize(("venue", "channel_id", "kind"), _command_cases())
def test_commands_fit_the_documented_command_schema(venue: str, channel_id: str, kind: str) -> None:
    document = spec(venue)
    channel = document["channels"][channel_id]
    sdk = channel["x-sdk"]
    stream = _stream_for(venue, channel)
    arguments = {snake(name): _argument(schema, document) for name, schema in (sdk.get("parameters") or {}).items()}
    subscription = getattr(stream, sdk["method"])(**arguments)
    command = _without_none(getattr(subscription.channel, kind))
    schema = _inline(channel["messages"][kind], document)["payload"]
    jsonschema.validate(command, schema)
    asyncio.run(stream.close())


# --- real-world frames --------------------------------------------------------------------------------
REAL = {
    ("gmo_coin", "WS__ws_public_v1__1"): "Orderbook",
    ("gmo_coin", "WS__ws_public_v1__2"): "Trade",
    ("gmo_coin_fx", "WS__ws_public_v1__1"): "Ticker",
    ("gmo_coin_fx", "WS__ws_public_v1__2"): "Ticker",
    ("gmo_coin_fx", "WS__ws_public_v1__3"): "Ticker",
    ("hashkey_mena", "WS__quote_ws_v1__1"): "KlineV1Push",
    ("hashkey_mena", "WS__quote_ws_v1__2"): "RealtimesV1Push",
    ("hashkey_mena", "WS__quote_ws_v1__3"): "TradeV1Push",
    ("hashkey_mena", "WS__quote_ws_v1__4"): "DepthV1Push",
    ("hashkey_mena", "WS__api_v1_ws_listenKey__1"): "TicketInfo",  # one event of an array frame
    ("bitunix", "WS__ws_api_v1__1"): "PlaceOrderReply",
    ("bitunix", "WS__ws_api_v1__2"): "CancelOrdersReply",
    ("bitunix", "WS__ws_api_v1__3"): "FillsReply",
    ("bitunix", "WS__ws_api_v1__4"): "OrderHistoryReply",  # holds a duplicated key; JSON keeps the last
    ("bitunix", "WS__ws_api_v1__5"): "LastPriceReply",
    ("bitunix", "WS__ws_api_v1__6"): "DepthReply",
    ("gopax", "WS__root__1"): "OrderBookSnapshot",
    ("gopax", "WS__root__2"): "OrderBookEvent",
    ("gopax", "WS__root__3"): "BalancesSnapshot",
    ("gopax", "WS__root__4"): "TradesSubscribed",
    ("gopax", "WS__root__6"): "OrderEvent",
    ("gopax", "WS__root__7"): "TradeEvent",
    ("gopax", "WS__root__8"): "BalanceEvent",
    ("gopax", "WS__root__9"): "OrdersSnapshot",
}


@pytest.mark.parametrize(("venue", "name"), sorted(REAL))
def test_real_world_frame_parses(venue: str, name: str) -> None:
    path = REAL_WORLD / venue / f"{name}.json"
    frame = codec.loads(path.read_text(encoding="utf-8"))["response"]  # numbers straight to Decimal/int
    events = frame if isinstance(frame, list) else [frame]
    models = stream_module(venue).__name__.rsplit(".", 1)[0] + ".stream_models"
    model = getattr(__import__(models, fromlist=[REAL[venue, name]]), REAL[venue, name])
    for event in events:
        parsed = model.from_dict(event)
        _no_floats(parsed, name)
        assert set(parsed.to_dict()) == set(event)
