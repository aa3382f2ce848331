"""Properties: a money value the client accepts reaches the wire with exactly its value, in plain notation;
a string accepted as a path parameter stays one path segment, and the signature covers the path as sent."""

from __future__ import annotations

import importlib
import json
import re
import time
from collections.abc import Iterator
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl, unquote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import venuekit
from tests.contract.support import load_spec, operations, resolve
from venuekit import check
from venuekit.sandbox.venues.gopax import verify_gopax

from .cases import Target, doc_kwargs, method_of, py, targets, with_value

MONEY = [t for t in targets() if t.kind == "money"]
PATHS = [t for t in targets() if t.kind == "path"]
PLAIN = r"-?[0-9]+(\.[0-9]+)?"

money_values = st.one_of(
    st.decimals(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.from_regex(r"\A-?[0-9]{1,24}(\.[0-9]{1,20})?\Z"),
    st.from_regex(r"\A[ +\-]?[0-9_.eE]{1,12}\Z"),
    st.text(max_size=6),
)


class Capture:
    """A transport that keeps the request and answers 599 (no retries: the tests pass max_retries=0)."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(599)


_CLIENTS: dict[str, tuple[Any, Capture]] = {}


def _client(venue: str) -> tuple[Any, Capture]:
    """One client per venue for the whole module (building one per example would dominate the run)."""
    if venue not in _CLIENTS:
        capture = Capture()
        secret = "dGVzdHNlY3JldA==" if venue == "gopax" else "testsecret"
        client = importlib.import_module(f"venuekit.{venue}").Client(
            "key", secret, httpx_args={"transport": httpx.MockTransport(capture)}, max_retries=0, rate_limit=False
        )
        _CLIENTS[venue] = (client, capture)
    client, capture = _CLIENTS[venue]
    capture.requests.clear()
    return client, capture


@pytest.fixture(scope="module", autouse=True)
def _close_clients() -> Iterator[None]:
    yield
    for client, _ in _CLIENTS.values():
        client.close()
    _CLIENTS.clear()


def _sent(request: httpx.Request, target: Target) -> Any:
    """The target's value as it went out: query string, form body or JSON body (numbers read exactly)."""
    if target.body_list or request.headers.get("content-type", "").startswith("application/json"):
        body = json.loads(request.content, parse_float=Decimal, parse_int=Decimal)
        node = body[0] if target.body_list else body[target.steps[0]]
        if target.body_list:
            return node[target.steps[0]]
        return node[0][target.steps[1]] if len(target.steps) == 2 else node
    pairs = parse_qsl(request.url.query.decode()) + (parse_qsl(request.content.decode()) if request.content else [])
    return dict(pairs)[target.steps[0]]


def _accepted(value: Any, schema: dict[str, Any], limits: dict[str, Any]) -> bool:
    """The rule the client must follow, written out independently: Decimal, int or a plain decimal string
    (ASCII digits), finite, within the declared digits (e.g. 20 before and 18 after the point), above the
    declared floor."""
    if isinstance(value, bool) or not isinstance(value, Decimal | int | str):
        return False
    if isinstance(value, str) and not re.fullmatch(PLAIN, value):
        return False
    number = Decimal(value)
    if not number.is_finite():
        return False
    _, digits, exponent = number.as_tuple()
    assert isinstance(exponent, int)
    digits_bound = schema.get("x-sdk-max-digits") or limits["max-digits"]
    if max(len(digits) + exponent, 1) > digits_bound["integer"] or max(-exponent, 0) > digits_bound["fraction"]:
        return False
    if "exclusiveMinimum" in schema:
        return number > Decimal(str(schema["exclusiveMinimum"]))
    return number >= Decimal(str(schema["minimum"]))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(target=st.sampled_from(MONEY), value=money_values)
def test_accepted_money_reaches_the_wire_exactly(target: Target, value: Any) -> None:
    accepted = _accepted(value, target.schema, load_spec(target.venue)["info"]["x-sdk"]["request-limits"])
    client, capture = _client(target.venue)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(check, "rules", lambda *args, **kwargs: None)  # rules between arguments: tested elsewhere
        method = method_of(client, target.venue, target.operation_id)
        kwargs = with_value(method, doc_kwargs(client, target.venue, target.operation_id), target, value)
        try:
            method(**kwargs)
        except venuekit.ValidationError as exc:
            assert (exc.parameter, accepted) == (target.parameter, False), exc
            assert capture.requests == []
            return
        except venuekit.VenueError:
            pass  # the 599 reply; the request is what matters
    assert accepted, f"{value!r} was sent"
    (request,) = capture.requests
    sent = _sent(request, target)
    text = format(sent, "f") if isinstance(sent, Decimal) else sent
    assert isinstance(text, str) and re.fullmatch(PLAIN, text), text
    assert Decimal(text) == Decimal(value)
    assert not text.startswith("-0") or Decimal(text) != 0  # no negative zero on the wire


segments = st.text(
    alphabet=st.sampled_from([*"./?#%&=+;:@ ~-_", "a", "Z", "9", "한", "é", "\u00a0", "\U0001f600"]),
    min_size=1,
    max_size=12,
)


@pytest.mark.parametrize("target", PATHS, ids=lambda t: t.id)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=segments)
def test_a_path_value_cannot_change_the_path(target: Target, value: str) -> None:
    client, capture = _client(target.venue)
    method = method_of(client, target.venue, target.operation_id)
    kwargs = {**doc_kwargs(client, target.venue, target.operation_id), py(target.steps[0]): value}
    try:
        method(**kwargs)
    except venuekit.ValidationError as exc:
        # Refused only as a dot segment, or where the spec declares a pattern the value breaks.
        pattern = target.schema.get("pattern")
        assert exc.parameter == py(target.steps[0]), exc
        assert value in (".", "..") or (pattern is not None and not re.search(pattern, value)), exc
        assert capture.requests == []
        return
    except venuekit.VenueError:
        pass
    (request,) = capture.requests
    raw_path = request.url.raw_path.decode("ascii")
    template = [p for p in _template(target).split("/") if p]
    sent = raw_path.split("?", 1)[0].split("/")[1:]
    assert len(sent) == len(template), raw_path
    for expected, got in zip(template, sent, strict=True):
        assert unquote(got) == (value if expected.startswith("{") else expected), raw_path
        assert got not in (".", "..")
    query = request.url.query.decode()
    assert {k for k, _ in parse_qsl(query)} <= _query_names(target), query  # no parameter smuggled in
    if target.venue == "gopax" and _signed(target):
        headers = {k.lower(): v for k, v in request.headers.items()}
        now = time.time_ns() // 1_000_000
        path = raw_path.split("?", 1)[0]
        assert verify_gopax(headers, request.method, path, query, request.content, "dGVzdHNlY3JldA==", now, 0) is None


def _template(target: Target) -> str:
    _, path, _, _ = operations(load_spec(target.venue))[target.operation_id]
    return str(path)


def _signed(target: Target) -> bool:
    _, _, _, op = operations(load_spec(target.venue))[target.operation_id]
    return bool(op.get("security", load_spec(target.venue).get("security")))


def _query_names(target: Target) -> set[str]:
    spec = load_spec(target.venue)
    _, _, item, op = operations(spec)[target.operation_id]
    params = [resolve(spec, p) for p in [*item.get("parameters", []), *op.get("parameters", [])]]
    return {p["name"] for p in params if p["in"] == "query"}


def test_gopax_ids_with_dots_are_refused_not_resolved() -> None:
    """Issue 15 item 5: `.` and `..` re-targeted a signed GOPAX request."""
    client, capture = _client("gopax")
    for bad in (".", ".."):
        with pytest.raises(venuekit.ValidationError, match="order_id"):
            client.orders.cancel_order(order_id=bad)
    with pytest.raises(venuekit.ApiError):
        client.orders.cancel_order(order_id="../balances")
    assert [r.url.raw_path for r in capture.requests] == [b"/orders/..%2Fbalances"]
