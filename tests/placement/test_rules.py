"""The placement rule, operation by operation: what each spec declares and what the runtime does with it."""

from __future__ import annotations

import asyncio
import functools
import importlib
import json
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
import yaml
from openapi_python_client.strings import PythonIdentifier

import venuekit
from tests.conftest import Recorder
from tests.contract.support import doc_example, load_spec, operations
from venuekit import gmo_coin, gmo_coin_fx, hashkey_mena

HASHKEY = load_spec("hashkey_mena")
PLACED = doc_example(HASHKEY, operations(HASHKEY)["createOrder"][3])
GMO_PLACED = {"status": 0, "data": "637000", "responsetime": "2019-03-19T02:15:06.001Z"}
ORDER: dict[str, Any] = {"symbol": "BTCUSD", "side": "BUY", "type_": "MARKET", "quantity": "1"}
GMO_ORDER: dict[str, Any] = {"symbol": "BTC", "side": "BUY", "execution_type": "MARKET", "size": "0.01"}

# venue, operationId -> (key, key scope, lookup operation): what the venues document (see each spec's
# `evidence`). Only HashKey refuses a key for the order's whole life; only three venues look up by key.
DECLARED: dict[tuple[str, str], tuple[str | None, str, str | None]] = {
    ("gmo_coin", "createTransfer"): (None, "none", None),
    ("gmo_coin", "createOrder"): (None, "none", None),
    ("gmo_coin", "closeOrder"): (None, "none", None),
    ("gmo_coin", "closeBulkOrder"): (None, "none", None),
    ("gmo_coin_fx", "createSpeedOrder"): ("clientOrderId", "active", None),
    ("gmo_coin_fx", "createOrder"): ("clientOrderId", "active", None),
    ("gmo_coin_fx", "createIfdOrder"): ("clientOrderId", "active", None),
    ("gmo_coin_fx", "createIfoOrder"): ("clientOrderId", "active", None),
    ("gmo_coin_fx", "closeOrder"): ("clientOrderId", "active", None),
    ("hashkey_mena", "createOrder"): ("newClientOrderId", "lifetime", "getOrder"),
    ("hashkey_mena", "createBatchOrders"): (None, "none", None),
    ("hashkey_mena", "createAssetTransfer"): ("clientOrderId", "none", None),
    ("hashkey_mena", "withdraw"): ("clientOrderId", "none", None),
    ("gopax", "createOrder"): ("clientOrderId", "none", "getOrderByClientOrderId"),
    ("bitunix", "createWithdrawal"): (None, "none", None),
    ("bitunix", "createInternalTransfer"): ("outBizId", "none", "getWithdrawalHistory"),
    ("bitunix", "createFundsTransfer"): (None, "none", None),
    ("bitunix", "createOrder"): ("clientId", "none", None),
    ("bitunix", "createBatchOrders"): (None, "none", None),
}


def _operation(venue: str, operation_id: str) -> venuekit.Operation:
    tag = operations(load_spec(venue))[operation_id][3]["tags"][0]
    module = importlib.import_module(f"venuekit.{venue}.api.{tag}.{PythonIdentifier(operation_id, 'field_')}")
    operation: venuekit.Operation = module.OPERATION
    return operation


def test_every_operation_that_moves_money_is_declared() -> None:
    declared = {
        (venue, op_id)
        for venue in ("gmo_coin", "gmo_coin_fx", "hashkey_mena", "gopax", "bitunix")
        for op_id, (_, _, _, raw) in operations(load_spec(venue)).items()
        if "x-sdk-placement" in raw
    }
    assert declared == set(DECLARED)


@pytest.mark.parametrize(("venue", "operation_id"), sorted(DECLARED))
def test_generated_rule_matches_the_venue(venue: str, operation_id: str) -> None:
    placement = _operation(venue, operation_id).placement
    assert placement is not None
    key, scope, lookup = DECLARED[venue, operation_id]
    assert (placement.key, placement.key_scope) == (key, scope)
    assert (placement.lookup.operation if placement.lookup else None) == lookup
    assert placement.resendable("id-1") is (scope == "lifetime")
    assert not placement.resendable(None)
    assert not _operation(venue, operation_id).retry_safe
    raw = operations(load_spec(venue))[operation_id][3]["x-sdk-placement"]
    assert len(raw["evidence"]) > 60, "the declaration must say what the venue documents"


@pytest.mark.parametrize(("venue", "operation_id"), [k for k, v in DECLARED.items() if v[2] is not None])
def test_lookup_asks_for_the_key(venue: str, operation_id: str) -> None:
    placement = _operation(venue, operation_id).placement
    assert placement is not None
    call = placement.lookup_call("bot-7")
    assert call is not None and call.operation.retry_safe  # a read: safe to retry
    sent = dict(call.query) | dict(call.path_params) | ({} if call.content is None else json.loads(call.content))
    assert "bot-7" in {str(v) for v in sent.values()}
    assert placement.lookup_call(None) is None


def client(
    package: Any,
    recorder: Recorder,
    *responses: httpx.Response | Exception,
    asynchronous: bool = False,
    rate_limit: bool = False,
) -> Any:
    queue = list(responses)

    def handler(request: httpx.Request) -> httpx.Response:
        step = queue.pop(0)
        if isinstance(step, Exception):
            raise step
        return step

    recorder.handler = handler
    cls = package.AsyncClient if asynchronous else package.Client
    # Pacing is not under test here (and HashKey's 2 orders per second would make each test wait a second).
    retry = venuekit.RetryPolicy(base_delay=0.0)
    return cls("k", "s", httpx_args={"transport": recorder.transport()}, retry=retry, rate_limit=rate_limit)


def hk_error(code: int, status: int = 400) -> httpx.Response:
    return httpx.Response(status, json={"code": code, "msg": "from the venue"})


@pytest.mark.parametrize("code", [-1006, -1007, -1146])
def test_hashkey_status_unknown_is_never_resent_blind(recorder: Recorder, code: int) -> None:
    with client(hashkey_mena, recorder, hk_error(code)) as hk, pytest.raises(venuekit.OrderStatusUnknownError) as err:
        hk.orders.create_order(**ORDER)
    assert len(recorder.requests) == 1
    assert isinstance(err.value.cause, venuekit.ApiError) and err.value.cause.code == str(code)
    assert err.value.client_order_id is None and err.value.lookup is None


def test_hashkey_status_unknown_with_key_is_resent_and_placed(recorder: Recorder) -> None:
    with client(hashkey_mena, recorder, hk_error(-1007), httpx.Response(200, json=PLACED)) as hk:
        placed = hk.orders.create_order(**ORDER, new_client_order_id="bot-1")
    assert placed.order_id and len(recorder.requests) == 2
    assert all(b"newClientOrderId=bot-1" in r.content for r in recorder.requests)  # the same key both times


def test_duplicate_after_our_own_resend_is_status_unknown_not_rejected(recorder: Recorder) -> None:
    with (
        client(hashkey_mena, recorder, httpx.ReadTimeout("slow"), hk_error(-1141)) as hk,
        pytest.raises(venuekit.OrderStatusUnknownError) as err,
    ):
        hk.orders.create_order(**ORDER, new_client_order_id="bot-1")
    assert isinstance(err.value.cause, venuekit.TimeoutError)
    assert isinstance(err.value.__context__, venuekit.OrderRejectedError)  # the refusal, kept for the record
    assert err.value.__context__.code == "-1141"
    lookup = err.value.lookup
    assert lookup is not None and ("origClientOrderId", "bot-1") in lookup.query
    assert "bot-1" in str(err.value) and "resolve_order" in str(err.value)


def test_duplicate_on_the_first_attempt_is_the_callers_reuse(recorder: Recorder) -> None:
    with client(hashkey_mena, recorder, hk_error(-1141)) as hk, pytest.raises(venuekit.OrderRejectedError) as err:
        hk.orders.create_order(**ORDER, new_client_order_id="bot-1")
    assert err.value.code == "-1141" and len(recorder.requests) == 1


def test_status_unknown_until_retries_run_out_keeps_the_first_code(recorder: Recorder) -> None:
    with (
        client(hashkey_mena, recorder, hk_error(-1007), hk_error(-1006), hk_error(-1007)) as hk,
        pytest.raises(venuekit.OrderStatusUnknownError) as err,
    ):
        hk.orders.create_order(**ORDER, new_client_order_id="bot-1")
    assert len(recorder.requests) == 3 and err.value.cause.code == "-1007"  # type: ignore[attr-defined]


def test_a_refusal_of_the_resend_says_nothing_about_the_first_attempt(recorder: Recorder) -> None:
    # The first attempt may have used the balance the resend lacks.
    with (
        client(hashkey_mena, recorder, httpx.RemoteProtocolError("reset"), hk_error(401)) as hk,
        pytest.raises(venuekit.OrderStatusUnknownError) as err,
    ):
        hk.orders.create_order(**ORDER, new_client_order_id="bot-1")
    assert isinstance(err.value.cause, venuekit.TransportError)
    assert isinstance(err.value.__context__, venuekit.ApiError)


GMO_LIMITED = {"status": 1, "messages": [{"message_code": "ERR-5003", "message_string": "limit"}]}
GMO_MAINTENANCE = {"status": 5, "messages": [{"message_code": "ERR-5201", "message_string": "maintenance"}]}


@pytest.mark.parametrize(
    ("reply", "raised"),
    [
        (httpx.Response(200, json=GMO_LIMITED), venuekit.RateLimitError),  # the venue refused: not placed
        (httpx.Response(503, json=GMO_MAINTENANCE), venuekit.MaintenanceError),  # its code says so
        (httpx.Response(429, text="slow down"), venuekit.OrderStatusUnknownError),  # no venue code: unknown
        (httpx.Response(502, text="bad gateway"), venuekit.OrderStatusUnknownError),
        (httpx.ReadTimeout("slow"), venuekit.OrderStatusUnknownError),
        (httpx.WriteError("broken pipe"), venuekit.OrderStatusUnknownError),
        (httpx.RemoteProtocolError("disconnected"), venuekit.OrderStatusUnknownError),
    ],
)
def test_gmo_placement_outcomes(recorder: Recorder, reply: httpx.Response | Exception, raised: type) -> None:
    with client(gmo_coin, recorder, reply) as gmo, pytest.raises(raised):
        gmo.orders.create_order(**GMO_ORDER)
    assert len(recorder.requests) == 1


@pytest.mark.parametrize("never_sent", [httpx.ConnectError("no"), httpx.ConnectTimeout("no"), httpx.PoolTimeout("no")])
def test_a_request_never_sent_is_retried_for_every_operation(recorder: Recorder, never_sent: Exception) -> None:
    with client(gmo_coin, recorder, never_sent, httpx.Response(200, json=GMO_PLACED)) as gmo:
        assert gmo.orders.create_order(**GMO_ORDER) == "637000"


def test_connection_never_made_at_all_is_a_transport_error_not_unknown(recorder: Recorder) -> None:
    refused = [httpx.ConnectError("refused")] * 3
    with client(gmo_coin, recorder, *refused) as gmo, pytest.raises(venuekit.TransportError) as err:
        gmo.orders.create_order(**GMO_ORDER)
    assert not isinstance(err.value, venuekit.OrderStatusUnknownError) and len(recorder.requests) == 3


def test_operations_that_do_not_move_money_keep_their_rule(recorder: Recorder) -> None:
    with client(gmo_coin, recorder, httpx.Response(500, text="oops")) as gmo, pytest.raises(venuekit.ServerError):
        gmo.orders.change_order(order_id=1, price="1")
    assert len(recorder.requests) == 1


def test_resolve_order_without_a_venue_lookup_says_how_to_check(recorder: Recorder) -> None:
    with client(gmo_coin_fx, recorder, httpx.ReadTimeout("slow")) as fx:
        with pytest.raises(venuekit.OrderStatusUnknownError) as err:
            fx.orders.create_speed_order(symbol="USD_JPY", side="BUY", size="10000", client_order_id="bot1")
        assert err.value.lookup is None and "open orders" in str(err.value)
        with pytest.raises(venuekit.ConfigurationError, match="no lookup by client order id"):
            fx.resolve_order(err.value)
    assert len(recorder.requests) == 1


def test_async_client_follows_the_same_rule(recorder: Recorder) -> None:
    detail = doc_example(HASHKEY, operations(HASHKEY)["getOrder"][3])

    async def main() -> Any:
        replies = (httpx.ReadTimeout("slow"), hk_error(-1141), httpx.Response(200, json=detail))
        async with client(hashkey_mena, recorder, *replies, asynchronous=True) as hk:
            try:
                await hk.orders.create_order(**ORDER, new_client_order_id="bot-1")
            except venuekit.OrderStatusUnknownError as err:
                return await hk.resolve_order(err)
        raise AssertionError("the placement must end in OrderStatusUnknownError")

    order = asyncio.run(main())
    assert order.order_id == detail["orderId"]
    assert [r.method for r in recorder.requests] == ["POST", "POST", "GET"]
    assert recorder.requests[2].url.params["origClientOrderId"] == "bot-1"


def test_an_empty_list_lookup_means_not_placed(recorder: Recorder) -> None:
    from venuekit import bitunix

    empty = httpx.Response(200, json={"code": "0", "msg": "ok", "data": []})
    with client(bitunix, recorder, httpx.ReadTimeout("slow"), empty) as bx:
        with pytest.raises(venuekit.OrderStatusUnknownError) as err:
            bx.account.create_internal_transfer(coin="USDT", amount="1", to_type="uid", to_uid=1, out_biz_id="t-1")
        with pytest.raises(venuekit.NotFoundError, match="not placed"):
            bx.resolve_order(err.value)
    assert [r.method for r in recorder.requests] == ["POST", "POST"]


# --- the generator refuses declarations the runtime would misread ------------------------------------


@functools.cache
def _hashkey_spec_text() -> str:
    return Path("specs/hashkey_mena/openapi.yaml").read_text(encoding="utf-8")


def _c_safe_load(text: str) -> Any:
    """`yaml.safe_load` with libyaml: the same documents, read ten times faster (the spec is 7,000 lines)."""
    return yaml.load(text, Loader=yaml.CSafeLoader)


def _venue(tmp_path: Path, change: Callable[[dict[str, Any]], None]) -> tuple[Any, Any, list[Any]]:
    """The generator's view of HashKey createOrder after `change` to its raw spec entry."""
    from generator.rest import Input, Venue

    spec = _c_safe_load(_hashkey_spec_text())
    operation = spec["paths"]["/api/v1.1/spot/order"]["post"]
    change(operation)
    path = tmp_path / "openapi.yaml"
    path.write_text(yaml.dump(spec, Dumper=yaml.CSafeDumper), encoding="utf-8")
    body = spec["components"]["schemas"]["CreateOrderRequest"]["properties"]
    inputs = [Input(str(PythonIdentifier(n, "field_")), n, "body", False, "str", "", "") for n in body]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(yaml, "safe_load", _c_safe_load)  # the generator's own read of the changed spec
        venue = Venue("hashkey_mena", path)
    return venue, SimpleNamespace(name="create_order", method="post"), inputs


def _set(**rule: Any) -> Callable[[dict[str, Any]], None]:
    def change(operation: dict[str, Any]) -> None:
        operation["x-sdk-placement"].update(rule)
        for name, value in rule.items():
            if value is None:
                del operation["x-sdk-placement"][name]

    return change


def test_generator_reads_the_real_declaration(tmp_path: Path) -> None:
    venue, endpoint, inputs = _venue(tmp_path, lambda operation: None)
    facts = venue.placement(endpoint, inputs)
    assert facts["key_python"] == "new_client_order_id" and facts["lookup_parameter"] == "orig_client_order_id"
    assert facts["duplicate"] == "frozenset({'-1141'})" and venue.retry(endpoint) is False


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (_set(key="nonsense"), "is not a parameter"),
        (_set(**{"duplicate-codes": None}), "needs the venue's duplicate-codes"),
        (_set(**{"duplicate-codes": ["-99999"]}), "not in info.x-error-codes"),
        (_set(**{"key-scope": "forever"}), "key-scope must be"),
        (_set(evidence=" "), "evidence"),
        (_set(key=None, **{"key-scope": "none"}), "need a key"),
        (_set(lookup={"operation": "getOrder", "parameter": "nope"}), "lookup parameter"),
        (_set(lookup={"operation": "getDepth", "parameter": "limit"}), "also requires"),
        (_set(lookup={"operation": "noSuchOperation", "parameter": "x"}), "not in the spec"),
        (_set(bogus=1), "unknown keys"),
    ],
)
def test_generator_refuses_bad_declarations(
    tmp_path: Path, change: Callable[[dict[str, Any]], None], problem: str
) -> None:
    from generator.rest import SpecError

    venue, endpoint, inputs = _venue(tmp_path, change)
    with pytest.raises(SpecError, match=problem):
        venue.placement(endpoint, inputs)


def test_generator_refuses_a_retry_rule_beside_a_placement(tmp_path: Path) -> None:
    from generator.rest import SpecError

    venue, endpoint, _ = _venue(tmp_path, lambda operation: operation.update({"x-sdk-retry": "safe"}))
    with pytest.raises(SpecError, match="drop x-sdk-retry"):
        venue.retry(endpoint)


# --- the sandboxes refuse reused keys exactly as declared ----------------------------------------------


def test_sandbox_refuses_a_hashkey_key_for_the_orders_whole_life() -> None:
    from tests.sandbox.conftest import sdk_options
    from venuekit.sandbox import Sandbox

    placement = _operation("hashkey_mena", "createOrder").placement
    assert placement is not None
    with (
        Sandbox("hashkey_mena") as sandbox,
        hashkey_mena.Client("k", sandbox.secret, base_url=sandbox.url, **sdk_options()) as hk,
    ):
        hk.orders.create_order(**ORDER, new_client_order_id="once")  # a market order: filled at once
        with pytest.raises(venuekit.OrderRejectedError) as err:
            hk.orders.create_order(**ORDER, new_client_order_id="once")
        assert err.value.code == "-1141"
        lookup = placement.lookup_call("once")
        assert lookup is not None and hk.send(lookup).parsed.status == "FILLED"
    assert [e.key for e in sandbox.executed] == ["once"]


def test_sandbox_refuses_a_gmo_fx_key_only_while_its_order_is_active() -> None:
    from tests.sandbox.conftest import sdk_options
    from venuekit.sandbox import Sandbox

    speed: dict[str, Any] = {"symbol": "USD_JPY", "side": "BUY", "size": "10000", "client_order_id": "fx1"}
    limit: dict[str, Any] = {**speed, "execution_type": "LIMIT", "limit_price": "130", "client_order_id": "fx2"}
    with (
        Sandbox("gmo_coin_fx") as sandbox,
        gmo_coin_fx.Client("k", sandbox.secret, base_url=sandbox.url, **sdk_options()) as fx,
    ):
        fx.orders.create_speed_order(**speed)
        fx.orders.create_speed_order(**speed)  # executed at once, never active: the id is free again
        order_id = fx.orders.create_order(**limit)[0].root_order_id
        assert isinstance(order_id, int)
        with pytest.raises(venuekit.InvalidParameterError) as err:
            fx.orders.create_order(**limit)
        assert err.value.code == "ERR-786"
        fx.orders.cancel_orders(root_order_ids=[order_id])
        fx.orders.create_order(**limit)  # no longer active: accepted again
    assert [e.key for e in sandbox.executed] == ["fx1", "fx1", "fx2", "fx2"]


def test_an_unreadable_reply_to_a_placement_leaves_its_outcome_open(recorder: Recorder) -> None:
    # HTTP 200 from the venue, but not the documented shape: it may well have placed the order.
    with (
        client(gmo_coin, recorder, httpx.Response(200, json={"status": 0, "data": {"unexpected": []}})) as gmo,
        pytest.raises(venuekit.OrderStatusUnknownError) as err,
    ):
        gmo.orders.create_order(**GMO_ORDER)
    assert isinstance(err.value.cause, venuekit.DecodeError) and len(recorder.requests) == 1


def test_an_undecodable_body_on_a_placement_leaves_its_outcome_open(recorder: Recorder) -> None:
    garbage = httpx.Response(200, stream=httpx.ByteStream(b"\x00not gzip"), headers={"Content-Encoding": "gzip"})
    with client(gmo_coin, recorder, garbage) as gmo, pytest.raises(venuekit.OrderStatusUnknownError) as err:
        gmo.orders.create_order(**GMO_ORDER)
    assert isinstance(err.value.cause, venuekit.DecodeError)


def test_an_unreadable_reply_to_a_read_stays_a_decode_error(recorder: Recorder) -> None:
    with (
        client(gmo_coin, recorder, httpx.Response(200, json={"status": 0, "data": "not a list"})) as gmo,
        pytest.raises(venuekit.DecodeError),
    ):
        gmo.public.get_ticker(symbol="BTC")


def test_no_time_left_for_the_resend_leaves_the_outcome_open(recorder: Recorder) -> None:
    # The first attempt timed out after sending; the rate limiter cannot grant the resend in time.
    with client(hashkey_mena, recorder, httpx.ReadTimeout("slow"), rate_limit=True) as hk:
        assert hk.rate_limiter is not None
        limiter = hk.rate_limiter

        def no_slot(operation: Any, *, max_wait: float | None = None) -> Any:
            if recorder.requests:
                raise venuekit.TimeoutError("no slot before the deadline", operation="create_order")
            return None

        limiter.acquire = no_slot
        with pytest.raises(venuekit.OrderStatusUnknownError) as err:
            hk.orders.create_order(**ORDER, new_client_order_id="bot-1")
    assert isinstance(err.value.cause, venuekit.TimeoutError) and len(recorder.requests) == 1
