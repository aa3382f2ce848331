"""Details of `venuekit.streams.Stream` a consumer sees: the error a venue's error frame becomes (with and without
the venue's error table, live and replayed), a resubscription (the commands, the `Gap`, the recorded line), the
repr, the heartbeat message's time stamp, URLs in errors (never their query), and the replay entry points handing
over every argument."""

from __future__ import annotations

import asyncio
import importlib
import json
import logging
import random
import socket
import types
from pathlib import Path
from typing import Any, cast

import pytest

import venuekit
import venuekit.streams
from venuekit.errors import ApiError, ErrorTable
from venuekit.streams import Channel, Gap, Protocol, Stream, StreamConnectError, StreamOptions, TokenLifecycle
from venuekit.streams.connection import Rpc, _key, _moved, _with_time, _without_none, call_params, credentials, matches
from venuekit.streams.recording import read

from .conftest import fast
from .fakes import FakeVenue, eventually, run, take

ERROR_FRAMES = Protocol(
    name="made-up",
    environments={"test": "unused"},
    venue="made_up",
    error_field="error",
    error_pattern=r"^(E\d+) (.*)$",
)


class _MadeUpError(ApiError):
    venue = "made_up"


class _MadeUpRateLimit(_MadeUpError):
    pass


def _reported(errors: ErrorTable | None, *frames: str) -> list[venuekit.VenueError]:
    reported: list[venuekit.VenueError] = []
    stream = Stream(ERROR_FRAMES, options=StreamOptions(), errors=errors, on_error=reported.append)
    for frame in frames:
        stream.feed(frame)
    assert list(stream.errors) == reported
    return reported


def _facts(error: venuekit.VenueError) -> tuple[Any, ...]:
    assert isinstance(error, ApiError)
    return type(error), error.code, error.code_name, error.message, error.body


def test_an_error_frame_without_an_error_table() -> None:
    reported = _reported(None, '{"error":"E42 too many requests"}', '{"error":"no code here"}')
    assert [_facts(e) for e in reported] == [
        (ApiError, "E42", None, "too many requests", {"error": "E42 too many requests"}),
        (ApiError, "", None, "no code here", {"error": "no code here"}),
    ]


def test_an_error_frame_with_the_venues_error_table() -> None:
    table = ErrorTable(_MadeUpError, {"rate_limit": _MadeUpRateLimit}, {"E42": ("TOO_MANY", "rate_limit")})
    reported = _reported(table, '{"error":"E42 too many requests"}', '{"error":"E7 unknown"}')
    assert [_facts(e) for e in reported] == [
        (_MadeUpRateLimit, "E42", "TOO_MANY", "too many requests", {"error": "E42 too many requests"}),
        (_MadeUpError, "E7", None, "unknown", {"error": "E7 unknown"}),
    ]


def _gmo_recording(path: Path, *frames: dict[str, Any]) -> Path:
    head = {"venue": "gmo_coin", "stream": "PublicStream"}
    lines = [{"t": 1000.0, **head, "event": "recording", "format": 1}, {"t": 1000.0, **head, "event": "connected"}]
    lines += [{"t": 1001.0 + n, **head, "channel": None, "frame": json.dumps(f)} for n, f in enumerate(frames)]
    lines.append({"t": 1010.0, **head, "event": "closed"})
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


def test_a_replay_reports_the_recorded_error_frames_to_on_error(tmp_path: Path) -> None:
    path = _gmo_recording(tmp_path / "errors.jsonl", {"error": "ERR-5003 Requests are too many."})
    gmo = importlib.import_module("venuekit.gmo_coin.streams")
    errors = importlib.import_module("venuekit.gmo_coin.errors")
    reported: list[venuekit.VenueError] = []

    async def scenario() -> None:
        async with gmo.PublicStream.replay(path, on_error=reported.append) as ws:
            assert [item async for item in ws.ticker("BTC")] == []  # the recording ends

    asyncio.run(scenario())
    assert [_facts(e) for e in reported] == [
        (
            errors.GmoCoinRateLimitError, "ERR-5003", "RATE_LIMIT_EXCEEDED", "Requests are too many.",
            {"error": "ERR-5003 Requests are too many."},
        )
    ]  # fmt: skip


def test_the_generic_replay_passes_speed_options_and_sleep(tmp_path: Path) -> None:
    path = _gmo_recording(tmp_path / "paced.jsonl", {"n": 1}, {"n": 2})
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    options = fast(StreamOptions(), max_queue=7)

    async def scenario() -> None:
        stream: Any = venuekit.streams.replay(path, speed=4.0, options=options, sleep=sleep)
        assert type(stream).__name__ == "PublicStream" and stream.options is options
        async with stream as ws:
            assert [item async for item in ws.ticker("BTC")] == []

    asyncio.run(scenario())
    assert slept == [0.25, 0.25, 2.0]  # connected -> frame, frame -> frame, frame -> closed; each a quarter


class _MadeUp(Stream):
    PROTOCOL = Protocol(name="made-up", environments={"test": "unused"}, venue="made_up")

    def __init__(self, *, url: str | None = None, options: StreamOptions | None = None, **more: Any) -> None:
        super().__init__(self.PROTOCOL, url=url, options=options or fast(StreamOptions()), **more)


CHANNEL = Channel(name="x", parse=dict, route={"ch": ("x",)}, subscribe={"op": "sub"}, unsubscribe={"op": "unsub"})


def test_a_resubscription_renews_the_channel_and_tells_its_consumers(tmp_path: Path) -> None:
    path = tmp_path / "resubscribed.jsonl"

    async def scenario() -> None:
        async with FakeVenue() as venue, _MadeUp(url=venue.url) as ws:
            assert repr(ws) == "<_MadeUp made-up connecting subscriptions=0>"
            ws.record(path)
            sub = ws.subscribe(CHANNEL)
            other = ws.subscribe(CHANNEL)  # the same channel: one group, two members
            assert repr(ws) == "<_MadeUp made-up connecting subscriptions=1>"
            await eventually(lambda: [r.message for r in venue.received] == [{"op": "sub"}])
            assert repr(ws) == "<_MadeUp made-up connected subscriptions=1>"
            await sub.resubscribe()
            await eventually(lambda: len(venue.received) == 3)
            assert [r.message for r in venue.received] == [{"op": "sub"}, {"op": "unsub"}, {"op": "sub"}]
            await venue.send({"ch": "x", "n": 1})
            for member in (sub, other):
                gap, message = await take(member.with_gaps(), 2)
                assert isinstance(gap, Gap) and (gap.reasons, gap.dropped, gap.error) == (("resubscribed",), 0, None)
                assert message == {"ch": "x", "n": 1}

    run(scenario())
    lines = [{k: v for k, v in line.items() if k != "t"} for line in read(path) if line.get("event") == "resubscribed"]
    assert lines == [{"venue": "made_up", "stream": "_MadeUp", "event": "resubscribed", "channel": "x"}]


def test_the_heartbeat_message_carries_the_time_where_the_spec_says() -> None:
    template = {"ping": "{now_ms}", "op": "ping", "at": "now_ms", "n": 1}
    assert _with_time(template, 1700000000123) == {"ping": 1700000000123, "op": "ping", "at": "now_ms", "n": 1}
    assert template["ping"] == "{now_ms}"  # the template itself is kept for the next ping


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def test_urls_in_errors_lose_their_query() -> None:
    port = _closed_port()

    async def scenario() -> None:
        signed = f"ws://127.0.0.1:{port}/private?apiKey=k&signature=s3cr3t"
        options = fast(StreamOptions(), connect_attempts=1)
        async with _MadeUp(url=signed, options=options) as stream:
            with pytest.raises(StreamConnectError) as failed:
                await stream.wait_connected(5)
        assert str(failed.value).startswith(
            f"made-up: could not connect to ws://127.0.0.1:{port}/private in 1 attempt(s); last error: "
        )
        assert "s3cr3t" not in str(failed.value) and "apiKey" not in str(failed.value)
        async with _MadeUp(url="https://venue.example/ws?token=s3cr3t") as stream:
            with pytest.raises(venuekit.ConfigurationError) as refused:
                await stream.wait_connected(5)
        assert str(refused.value) == "made-up: not a WebSocket URL: https://venue.example/ws"

    run(scenario())


# --- the helpers every stream class uses --------------------------------------------------------------------------


def test_routes_match_dotted_paths_against_their_allowed_values() -> None:
    message = {"ch": "ticker", "arg": {"symbol": "BTC", "depth": 5, "on": True, "none": None}, "list": [1]}
    cases: list[tuple[dict[str, tuple[str, ...]], bool]] = [
        ({}, True),
        ({"ch": ("ticker",)}, True),
        ({"ch": ("trades", "ticker")}, True),
        ({"ch": ("trades",)}, False),
        ({"ch": ("ticker",), "arg.symbol": ("BTC",)}, True),
        ({"ch": ("ticker",), "arg.symbol": ("ETH",)}, False),
        ({"arg.depth": ("5",)}, True),  # a non-string value compares as its JSON text
        ({"arg.on": ("true",)}, True),
        ({"arg.none": ("null",)}, True),
        ({"list": ("[1]",)}, True),
        ({"arg.missing": ("None", "null", "")}, False),  # a missing path matches nothing
        ({"ch.deeper": ("ticker",)}, False),  # a path through a string
        ({"arg": ('{"symbol": "BTC", "depth": 5, "on": true, "none": null}',)}, True),
    ]
    assert [(route, matches(message, route)) for route, _ in cases] == cases


def test_a_channel_key_is_its_name_commands_and_route() -> None:
    base = Channel(name="x", parse=dict, route={"a": ("1",), "b": ("2",)}, subscribe={"op": "sub", "arg": "BTC"})
    same = Channel(name="x", parse=str, route={"b": ("2",), "a": ("1",)}, subscribe={"arg": "BTC", "op": "sub"})
    assert _key(base) == _key(same) == '["x", {"arg": "BTC", "op": "sub"}, [["a", ["1"]], ["b", ["2"]]]]'
    for other in (
        Channel(name="y", parse=dict, route=base.route, subscribe=base.subscribe),
        Channel(name="x", parse=dict, route={"a": ("1",)}, subscribe=base.subscribe),
        Channel(name="x", parse=dict, route=base.route, subscribe={"op": "sub", "arg": "ETH"}),
    ):
        assert _key(other) != _key(base)


def test_commands_leave_out_what_was_not_given() -> None:
    command = {"op": "sub", "symbol": None, "args": {"depth": None, "level": 0, "deep": {"x": None, "y": False}}}
    assert _without_none(command) == {"op": "sub", "args": {"level": 0, "deep": {"y": False}}}


def test_request_params_come_from_the_rest_twins_body_or_query() -> None:
    operation = types.SimpleNamespace(name="place_order")
    body = cast(Any, types.SimpleNamespace(content=b'{"symbol":"BTC","size":"1"}', query=[], operation=operation))
    assert call_params(body) == {"symbol": "BTC", "size": "1"}
    query = cast(
        Any, types.SimpleNamespace(content=None, query=[("symbol", "BTC"), ("limit", "5")], operation=operation)
    )
    assert call_params(query) == {"symbol": "BTC", "limit": "5"}
    listed = cast(Any, types.SimpleNamespace(content=b"[1]", query=[], operation=operation))
    with pytest.raises(ValueError) as refused:
        call_params(listed)
    assert str(refused.value) == "place_order: a request body must be a JSON object to become params"


def test_stream_credentials_from_arguments_or_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MADE_UP_API_KEY", raising=False)
    monkeypatch.delenv("MADE_UP_API_SECRET", raising=False)
    assert credentials("MADE_UP", "k", "s") == ("k", "s")
    message = (
        "this stream signs its requests: pass api_key and api_secret, or set MADE_UP_API_KEY and MADE_UP_API_SECRET"
    )
    for key, secret in ((None, None), ("k", None), (None, "s"), ("", "s"), ("k", "")):
        with pytest.raises(venuekit.ConfigurationError) as refused:
            credentials("MADE_UP", key, secret)
        assert str(refused.value) == message
    monkeypatch.setenv("MADE_UP_API_KEY", "env-k")
    monkeypatch.setenv("MADE_UP_API_SECRET", "env-s")
    assert credentials("MADE_UP", None, None) == ("env-k", "env-s")
    assert credentials("MADE_UP", "k", None) == ("k", "env-s")  # an argument wins over the environment
    assert credentials("MADE_UP", None, "s") == ("env-k", "s")


def test_a_ws_base_url_in_the_environment_moves_the_scheme_and_host(monkeypatch: pytest.MonkeyPatch) -> None:
    protocol = Protocol(name="made-up", environments={"test": "wss://venue.example/ws/v1?x=1"}, env_prefix="MADE_UP")
    url = "wss://venue.example/ws/v1?x=1"
    monkeypatch.delenv("MADE_UP_WS_BASE_URL", raising=False)
    assert _moved(protocol, url) == url
    monkeypatch.setenv("MADE_UP_WS_BASE_URL", "")
    assert _moved(protocol, url) == url
    monkeypatch.setenv("MADE_UP_WS_BASE_URL", "ws://127.0.0.1:8765/")
    assert _moved(protocol, url) == "ws://127.0.0.1:8765/ws/v1?x=1"
    assert _moved(protocol, "wss://venue.example") == "ws://127.0.0.1:8765"
    assert Stream(protocol, options=StreamOptions()).url == "ws://127.0.0.1:8765/ws/v1?x=1"
    assert Stream(protocol, options=StreamOptions(), url="ws://mine/ws").url == "ws://mine/ws"  # url= wins
    assert _moved(Protocol(name="no-prefix", environments={}), url) == url  # no prefix: never moved
    with pytest.raises(venuekit.ConfigurationError) as refused:
        Stream(protocol, options=StreamOptions(), environment="live")
    assert str(refused.value) == "unknown environment 'live'; known: test"


def test_the_documented_stream_defaults() -> None:
    # README "What the streams do for you": backoff 0.5 s up to 30 s, connect_attempts 5, max_queue 1000.
    assert StreamOptions() == StreamOptions(
        ping_interval=20.0, ping_timeout=20.0, command_interval=0.0, max_queue=1000, reconnect_initial=0.5,
        reconnect_max=30.0, open_timeout=10.0, connect_attempts=5, request_timeout=10.0, close_timeout=5.0,
        max_size=4 * 1024 * 1024, proxy=True,
    )  # fmt: skip


def test_every_attempt_is_logged_and_backs_off_to_the_ceiling(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    drawn: list[tuple[float, float]] = []

    def uniform(low: float, high: float) -> float:
        drawn.append((low, high))
        return high

    monkeypatch.setattr(random, "uniform", uniform)  # the jitter of the backoff
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    async def scenario() -> str:
        async with FakeVenue(reject=lambda path: 503) as venue:
            options = fast(StreamOptions(), connect_attempts=4, reconnect_initial=0.01, reconnect_max=0.03)
            async with _MadeUp(url=venue.url + "/ws?sign=s3cr3t", options=options, sleep=sleep) as stream:
                with pytest.raises(StreamConnectError):
                    await stream.wait_connected(5)
                assert (stream.state, stream.attempts, stream.reconnects) == ("failed", 4, 0)
            return venue.url

    caplog.set_level(logging.INFO, logger="venuekit.streams")
    url = asyncio.run(scenario())
    refused = "server rejected WebSocket connection: HTTP 503"
    assert [(r.levelname, r.getMessage()) for r in caplog.records if r.name == "venuekit.streams"] == [
        ("INFO", "made-up: connecting (attempt 1)"),
        ("WARNING", f"made-up: connection failed ({refused}); attempt 2 in 0.01s"),
        ("INFO", "made-up: connecting (attempt 2)"),
        ("WARNING", f"made-up: connection failed ({refused}); attempt 3 in 0.02s"),
        ("INFO", "made-up: connecting (attempt 3)"),
        ("WARNING", f"made-up: connection failed ({refused}); attempt 4 in 0.03s"),
        ("INFO", "made-up: connecting (attempt 4)"),
        ("ERROR", f"made-up: could not connect to {url}/ws in 4 attempt(s); last error: {refused}"),
    ]
    assert drawn == [(0.005, 0.01), (0.01, 0.02), (0.015, 0.03)]  # between half and all of the ceiling
    assert slept == [0.01, 0.02, 0.03]


# --- requests (a WebSocket API) with the framing a spec may rename ----------------------------------------------

RENAMED = Rpc(id_field="rid", method_field="op", params_field="args", code_field="status", message_field="text",
              ok_codes=("OK", "200"))  # fmt: skip
API = Protocol(name="made-up", environments={"test": "unused"}, venue="made_up", rpc=RENAMED)
ANSWERS: dict[str, dict[str, Any]] = {
    "echo": {"status": "OK", "data": 5},
    "numeric": {"status": 200, "data": 6},
    "plain": {"data": 7},
    "refused": {"status": 500, "text": "broken"},
    "bare": {"status": "E1"},
    "shapeless": {"status": "OK"},
}


async def _answer(venue: FakeVenue, connection: Any, message: Any) -> None:
    answer = ANSWERS.get(message["op"])
    if answer is not None:
        await connection.send(json.dumps({"rid": message["rid"], **answer}))


def _data(reply: dict[str, Any]) -> Any:
    return reply["data"]


def test_requests_use_the_declared_framing_and_report_what_came_back(tmp_path: Path) -> None:
    path = tmp_path / "api.jsonl"

    async def scenario() -> None:
        async with FakeVenue(_answer) as venue:
            stream = Stream(API, url=venue.url, options=fast(StreamOptions(), request_timeout=0.2))
            async with stream:
                stream.record(path)
                assert await stream.request("echo", {"a": 1, "b": None}, _data) == 5
                assert await stream.request("numeric", {}, _data) == 6
                assert await stream.request("plain", {}, _data) == 7
                with pytest.raises(ApiError) as refused:
                    await stream.request("refused", {}, _data)
                assert _facts(refused.value) == (
                    ApiError,
                    "500",
                    None,
                    "broken",
                    {"rid": "4", "status": 500, "text": "broken"},
                )
                with pytest.raises(ApiError) as bare:
                    await stream.request("bare", {}, _data)
                assert (bare.value.code, bare.value.message) == ("E1", "")
                with pytest.raises(venuekit.DecodeError) as shapeless:
                    await stream.request("shapeless", {}, _data)
                assert str(shapeless.value) == "made-up shapeless: missing field 'data'"
                assert shapeless.value.body == b'{"rid":"6","status":"OK"}'
                with pytest.raises(venuekit.TimeoutError) as silent:
                    await stream.request("unanswered", {}, _data, timeout=0.05)
                assert str(silent.value) == "made-up unanswered: no reply within 0.05s"
                with pytest.raises(venuekit.TimeoutError) as default:
                    await stream.request("unanswered", {}, _data)
                assert str(default.value) == "made-up unanswered: no reply within 0.2s"
            assert venue.messages() == [
                {"rid": "1", "op": "echo", "args": {"a": 1, "b": None}},
                {"rid": "2", "op": "numeric", "args": {}},
                {"rid": "3", "op": "plain", "args": {}},
                {"rid": "4", "op": "refused", "args": {}},
                {"rid": "5", "op": "bare", "args": {}},
                {"rid": "6", "op": "shapeless", "args": {}},
                {"rid": "7", "op": "unanswered", "args": {}},
                {"rid": "8", "op": "unanswered", "args": {}},
            ]
            with pytest.raises(venuekit.streams.StreamClosedError) as closed:
                await stream.request("echo", {}, _data)
            assert str(closed.value) == "made-up: the stream is closed"

    run(scenario())
    requests = [(line["id"], line["method"]) for line in read(path) if line.get("event") == "request"]
    assert requests == [(str(n), m) for n, m in enumerate(["echo", "numeric", "plain", "refused", "bare",
                                                           "shapeless", "unanswered", "unanswered"], 1)]  # fmt: skip


def test_a_stream_without_an_api_takes_no_requests() -> None:
    async def scenario() -> None:
        stream = _MadeUp(url="ws://127.0.0.1:9/ws")
        with pytest.raises(venuekit.ConfigurationError) as refused:
            await stream.request("echo", {}, _data)
        assert str(refused.value) == "made-up takes no requests"

    asyncio.run(scenario())


# --- incoming frames, fed one by one (no connection) --------------------------------------------------------------


def _strict(message: dict[str, Any]) -> dict[str, Any]:
    return {"n": message["n"]}


def _broken(message: dict[str, Any]) -> dict[str, Any]:
    raise RuntimeError("a bug in a parser")


def test_every_kind_of_frame_reaches_the_right_place() -> None:
    reported: list[venuekit.VenueError] = []
    protocol = Protocol(name="made-up", environments={"test": "unused"}, split_arrays=True)
    stream = Stream(protocol, options=StreamOptions(), on_error=reported.append)
    numbers = stream.subscribe(Channel(name="numbers", parse=_strict, route={"ch": ("n",)}))
    also = stream.subscribe(Channel(name="numbers", parse=_strict, route={"ch": ("n",)}))
    words = stream.subscribe(Channel(name="words", parse=dict, route={"ch": ("w",)}))
    assert repr(stream) == "<Stream made-up idle subscriptions=2>"
    for frame in (
        '{"ch":"n","n":1}',
        b'[{"ch":"n","n":2},3,{"ch":"w","w":"two"},{"ch":"x"}]',  # one frame, four messages
        "not json",
        '{"ch":"n"}',  # a number without its field
        '{"ch":"w","w":"three"}',
        '"a bare string"',
    ):
        stream.feed(frame)
    assert stream.unrouted == 1
    assert [(type(e).__name__, str(e), e.channel, e.frame) for e in cast(Any, reported)] == [
        ("StreamDecodeError", "made-up: expected a JSON object, got int", None,
         b'[{"ch":"n","n":2},3,{"ch":"w","w":"two"},{"ch":"x"}]'),
        ("StreamDecodeError", "made-up: not JSON: Expecting value: line 1 column 1 (char 0)", None, b"not json"),
        ("StreamDecodeError", "made-up numbers: missing field 'n'", "numbers", b'{"ch":"n"}'),
        ("StreamDecodeError", "made-up: expected a JSON object, got str", None, b'"a bare string"'),
    ]  # fmt: skip
    assert list(stream.errors) == reported

    def shown(items: list[Any]) -> list[Any]:
        return [(i.reasons, i.dropped, str(i.error)) if isinstance(i, Gap) else i for i in items]

    assert shown(numbers.drain()) == shown(also.drain()) == [
        {"n": 1}, {"n": 2},
        (("decode_error",), 4, "made-up: expected a JSON object, got str"),  # four in a row: one gap, the last error
    ]  # fmt: skip
    assert shown(words.drain()) == [
        (("decode_error",), 1, "made-up: expected a JSON object, got int"),
        {"ch": "w", "w": "two"},
        (("decode_error",), 1, "made-up: not JSON: Expecting value: line 1 column 1 (char 0)"),
        {"ch": "w", "w": "three"},
        (("decode_error",), 1, "made-up: expected a JSON object, got str"),
    ]
    stream.feed(b'{"ch":"n","n":4}')
    assert numbers.drain() == [{"n": 4}]


def test_a_parser_that_breaks_does_not_break_the_stream() -> None:
    reported: list[venuekit.VenueError] = []
    stream = Stream(Protocol(name="made-up", environments={"test": "unused"}), options=StreamOptions(),
                    on_error=reported.append)  # fmt: skip
    sub = stream.subscribe(Channel(name="b", parse=_broken, route={}))
    stream.feed('{"x":1}')
    stream.feed('[{"x":2}]')  # an array is one message where the spec does not split them
    assert [str(e) for e in reported] == [
        "made-up: could not handle the frame (RuntimeError: a bug in a parser)",
        "made-up: expected a JSON object, got list",
    ]
    [gap] = sub.drain()
    assert isinstance(gap, Gap) and (gap.reasons, gap.dropped, gap.error) == (("decode_error",), 2, reported[1])


def test_the_connection_url_carries_the_token_and_the_signed_query() -> None:
    async def create() -> str:
        return "a/b c+d"

    async def call(token: str) -> None:
        return None

    def signed() -> dict[str, str]:
        return {"key": "k", "sig": "x/y="}

    async def scenario() -> list[str]:
        async with FakeVenue() as venue:
            for path, token_variable, query_signer in (
                ("/private/{token}", "token", None),
                ("/private/{token}?v=1", "token", signed),
                ("/signed", None, signed),
                ("/ws/{token}", None, None),  # no token variable declared: the URL is used as it is
            ):
                lifecycle = TokenLifecycle(create=create, extend=call, delete=call, ttl=60, refresh_every=30)
                protocol = Protocol(
                    name="made-up", environments={"test": venue.url + path}, token_variable=token_variable
                )
                stream = Stream(protocol, options=fast(StreamOptions()), lifecycle=lifecycle, query_signer=query_signer)
                async with stream:
                    await stream.wait_connected(2)
            return venue.paths

    assert asyncio.run(scenario()) == [
        "/private/a%2Fb%20c%2Bd",
        "/private/a%2Fb%20c%2Bd?v=1&key=k&sig=x%2Fy%3D",
        "/signed?key=k&sig=x%2Fy%3D",
        "/ws/{token}",
    ]
