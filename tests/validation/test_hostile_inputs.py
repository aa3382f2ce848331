"""Hostile values for every money, string and path input of every operation (cases read from the specs):
each fails with `venuekit.ValidationError` naming the input, and nothing reaches the transport."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest

import venuekit
from tests.contract.support import venues
from venuekit import check

from .cases import Target, doc_kwargs, method_of, targets, with_value

SECRETS = {"gopax": "dGVzdHNlY3JldA=="}

NOT_POSITIVE = ["0", "-0", Decimal("-0"), 0, "0.000", "-1", Decimal("-0.5"), -3]
NEGATIVE = ["-1", Decimal("-0.5"), -3]
MALFORMED_MONEY = [
    " 1 ",  # Decimal() strips the spaces
    "1_000",  # and reads the underscore
    "+1",
    "1.",
    ".5",
    "1,000",
    "",
    "0x10",
    "١٢",  # Arabic-Indic digits: Decimal() reads them as 12
    "1e-30",  # an exponent form at all
    "1E+999999999",  # as text: would be a 1 GB body in plain notation
    Decimal("1E+999999999"),  # as a Decimal
    Decimal("1e-30"),  # 30 digits after the point
    "1" * 50,  # 50-digit values
    Decimal("1" * 50),
    "0." + "1" * 50,
    10**60,
    2**100_000,  # an int too big to even convert quickly
    "9" * 100_000,
    "NaN",
    Decimal("NaN"),
    Decimal("sNaN"),
    "Infinity",
    "-inf",
    Decimal("Infinity"),
    1.5,
    float("nan"),
    True,
    object(),
]
HOSTILE_STRINGS = ["a\x00b", "tab\there", "line\nbreak", "del\x7f", "c1\x85", "\ud800", "x\udfffy", "x" * 100_000]


def _fail_transport(seen: list[httpx.Request]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(599)

    return httpx.MockTransport(handler)


@pytest.fixture(scope="module")
def clients() -> Iterator[tuple[dict[str, Any], list[httpx.Request]]]:
    seen: list[httpx.Request] = []
    made = {
        venue: importlib.import_module(f"venuekit.{venue}").Client(
            "key", SECRETS.get(venue, "testsecret"), httpx_args={"transport": _fail_transport(seen)}, rate_limit=False
        )
        for venue in venues()
    }
    yield made, seen
    for client in made.values():
        client.close()


def _values(target: Target) -> list[Any]:
    if target.kind == "path":
        return [".", ".."]
    if target.kind == "string":
        return HOSTILE_STRINGS
    bounds = target.schema
    values = list(MALFORMED_MONEY)
    if "exclusiveMinimum" in bounds:
        values += NOT_POSITIVE
    elif "minimum" in bounds:
        values += NEGATIVE
    else:
        pytest.fail(f"{target.id}: a money input without a declared lower bound (exclusiveMinimum or minimum)")
    return values


TARGETS = targets()


def test_the_specs_give_every_kind_of_target() -> None:
    kinds = {(t.venue, t.kind) for t in TARGETS}
    assert {(v, "money") for v in venues()} <= kinds
    assert {(v, "string") for v in venues()} <= kinds
    assert ("gopax", "path") in kinds
    assert len([t for t in TARGETS if t.kind == "money"]) >= 60
    assert any(t.list_arg and len(t.steps) == 2 for t in TARGETS)  # fields of nested models
    assert any(t.body_list for t in TARGETS)  # fields of a JSON-array body's items


@pytest.mark.parametrize("target", TARGETS, ids=lambda t: f"{t.kind}:{t.id}")
def test_hostile_values_fail_before_any_io(target: Target, clients: tuple[dict[str, Any], list[httpx.Request]]) -> None:
    made, seen = clients
    client = made[target.venue]
    method = method_of(client, target.venue, target.operation_id)
    base = doc_kwargs(client, target.venue, target.operation_id)
    for value in _values(target):
        kwargs = with_value(method, base, target, value)
        with pytest.raises(venuekit.ValidationError) as caught:
            method(**kwargs)
        assert caught.value.parameter == target.parameter, (repr(value)[:40], caught.value)
        assert seen == [], f"{target.id}: {value!r:.40} reached the transport"


LENGTHS = [t for t in TARGETS if t.kind == "string" and "maxLength" in t.schema]


def test_the_documented_lengths_are_declared() -> None:
    declared = {(t.venue, t.operation_id, t.steps[-1]): t.schema["maxLength"] for t in LENGTHS}
    assert declared[("hashkey_mena", "createOrder", "newClientOrderId")] == 255
    assert declared[("hashkey_mena", "createBatchOrders", "newClientOrderId")] == 255
    assert declared[("hashkey_mena", "createAssetTransfer", "clientOrderId")] == 64
    assert declared[("gmo_coin_fx", "createOrder", "clientOrderId")] == 36
    assert declared[("gopax", "createOrder", "clientOrderId")] == 20


@pytest.mark.parametrize("target", LENGTHS, ids=lambda t: t.id)
def test_a_documented_length_is_the_limit(target: Target, monkeypatch: pytest.MonkeyPatch) -> None:
    """`maxLength` characters go out; one more fails before any I/O."""
    monkeypatch.setattr(check, "rules", lambda *args, **kwargs: None)  # e.g. id XOR client id: tested elsewhere
    seen: list[httpx.Request] = []
    venue = target.venue
    with importlib.import_module(f"venuekit.{venue}").Client(
        "key",
        SECRETS.get(venue, "testsecret"),
        httpx_args={"transport": _fail_transport(seen)},
        max_retries=0,
        rate_limit=False,  # what is sent, not when
    ) as client:
        method = method_of(client, venue, target.operation_id)
        base = doc_kwargs(client, venue, target.operation_id)
        limit = target.schema["maxLength"]
        with pytest.raises(venuekit.ValidationError, match=f"at most {limit} characters"):
            method(**with_value(method, base, target, "a" * (limit + 1)))
        assert seen == []
        with pytest.raises(venuekit.VenueError) as caught:
            method(**with_value(method, base, target, "a" * limit))
        assert not isinstance(caught.value, venuekit.ValidationError), caught.value
        assert len(seen) == 1  # sent, and answered with the transport's 599
