"""GMO Coin FX client: the prevId cursor pager, FX specifics, and FX errors."""

from __future__ import annotations

import asyncio
import copy
import json
from typing import Any

import httpx
import pytest

import venuekit
from tests.contract.support import doc_example, load_spec, operations
from venuekit import gmo_coin_fx
from venuekit.gmo_coin_fx.errors import GmoCoinFxError

from .conftest import Recorder

TIME = "2019-03-19T02:15:06.001Z"
SPEC = load_spec("gmo_coin_fx")
ORDER = doc_example(SPEC, operations(SPEC)["getActiveOrders"][3])["data"]["list"][0]
POSITION = doc_example(SPEC, operations(SPEC)["getOpenPositions"][3])["data"]["list"][0]


class FakeBook:
    """A venue holding items with descending ids, paging them like FX's prevId/count."""

    def __init__(self, template: dict[str, Any], id_field: str, ids: list[int], repeat_boundary: bool = False) -> None:
        self.items = []
        for i in sorted(ids, reverse=True):
            item = copy.deepcopy(template)
            item[id_field] = i
            self.items.append(item)
        self.id_field = id_field
        self.repeat_boundary = repeat_boundary

    def __call__(self, request: httpx.Request) -> httpx.Response:
        params = dict(request.url.params)
        count = int(params.get("count", "100"))
        prev = int(params["prevId"]) if "prevId" in params else None
        below = [item for item in self.items if prev is None or item[self.id_field] < prev]
        page = below[:count]
        if self.repeat_boundary and prev is not None:
            page = [next(i for i in self.items if i[self.id_field] == prev), *page[:-1]]
        return httpx.Response(200, json={"status": 0, "data": {"list": page}, "responsetime": TIME})


def fx(recorder: Recorder) -> gmo_coin_fx.Client:
    # Paging, not pacing, is under test (6 private GETs per second would make long pages wait).
    made = gmo_coin_fx.Client("testkey", "testsecret", httpx_args={"transport": recorder.transport()}, rate_limit=False)
    made._sleep = lambda seconds: None  # a rate-limit reply is retried after a backoff: on no clock here
    return made


def test_pager_follows_prev_id_until_a_short_page() -> None:
    recorder = Recorder(FakeBook(ORDER, "orderId", list(range(1, 26))))
    with fx(recorder) as client:
        ids = [order.order_id for order in client.orders.iter_active_orders(symbol="USD_JPY", count=10)]
    assert ids == list(range(25, 0, -1))
    sent = [dict(r.url.params) for r in recorder.requests]
    assert sent == [
        {"symbol": "USD_JPY", "count": "10"},
        {"symbol": "USD_JPY", "prevId": "16", "count": "10"},
        {"symbol": "USD_JPY", "prevId": "6", "count": "10"},
    ]


def test_pager_stops_on_an_empty_page_after_a_full_one() -> None:
    recorder = Recorder(FakeBook(ORDER, "orderId", list(range(1, 21))))
    with fx(recorder) as client:
        assert len(list(client.orders.iter_active_orders(count=10))) == 20
    assert len(recorder.requests) == 3  # 10, 10, then an empty page


def test_pager_is_lazy() -> None:
    recorder = Recorder(FakeBook(ORDER, "orderId", list(range(1, 300))))
    with fx(recorder) as client:
        pages = client.orders.iter_active_orders(count=5)
        first = [next(pages) for _ in range(5)]
        assert len(recorder.requests) == 1
        next(pages)
        assert len(recorder.requests) == 2
    assert [o.order_id for o in first] == [299, 298, 297, 296, 295]


def test_pager_default_page_size_is_the_maximum() -> None:
    recorder = Recorder(FakeBook(POSITION, "positionId", list(range(1, 151))))
    with fx(recorder) as client:
        positions = list(client.positions.iter_open_positions(symbol="USD_JPY"))
    assert len(positions) == 150
    assert [dict(r.url.params).get("count") for r in recorder.requests] == [None, None]


def test_pager_never_repeats_an_item_the_venue_sends_twice() -> None:
    recorder = Recorder(FakeBook(ORDER, "orderId", list(range(1, 13)), repeat_boundary=True))
    with fx(recorder) as client:
        ids = [o.order_id for o in client.orders.iter_active_orders(count=4)]
    assert len(ids) == len(set(ids))
    assert ids == sorted(ids, reverse=True)


def test_pager_stops_if_the_cursor_does_not_move() -> None:
    stuck = {"status": 0, "data": {"list": [dict(ORDER, orderId=7)] * 2}, "responsetime": TIME}
    recorder = Recorder(lambda request: httpx.Response(200, json=stuck))
    with fx(recorder) as client:
        assert [o.order_id for o in client.orders.iter_active_orders(count=2)] == [7]
    assert len(recorder.requests) <= 2


def test_async_pager_matches_sync() -> None:
    recorder = Recorder(FakeBook(ORDER, "orderId", list(range(1, 26))))

    async def run() -> list[int]:
        async with gmo_coin_fx.AsyncClient("k", "s", httpx_args={"transport": recorder.transport()}) as client:
            return [o.order_id async for o in client.orders.iter_active_orders(count=10)]

    assert asyncio.run(run()) == list(range(25, 0, -1))
    assert len(recorder.requests) == 3


def test_speed_order_sends_is_hedgeable_as_a_boolean(recorder: Recorder) -> None:
    recorder.handler = lambda request: httpx.Response(
        200, json=doc_example(SPEC, operations(SPEC)["createSpeedOrder"][3])
    )
    with fx(recorder) as client:
        client.orders.create_speed_order(symbol="USD_JPY", side="BUY", size="10000", is_hedgeable=False)
    body = json.loads(recorder.requests[0].content)
    assert body["isHedgeable"] is False and "isHedgeableze" not in body
    assert recorder.requests[0].url.path == "/private/v1/speedOrder"
    assert str(recorder.requests[0].url).startswith("https://forex-api.coin.z.com/private/")


@pytest.mark.parametrize(
    ("code", "category"),
    [("ERR-5003", venuekit.RateLimitError), ("ERR-5010", venuekit.AuthenticationError), ("ERR-201", venuekit.ApiError)],
)
def test_fx_errors_are_typed(recorder: Recorder, code: str, category: type[venuekit.ApiError]) -> None:
    body = {"status": 1, "messages": [{"message_code": code, "message_string": "no"}], "responsetime": TIME}
    recorder.handler = lambda request: httpx.Response(200, json=body)
    with fx(recorder) as client, pytest.raises(GmoCoinFxError) as caught:
        client.account.get_assets()
    assert isinstance(caught.value, category)
    assert caught.value.code == code
    assert caught.value.code_name == gmo_coin_fx.client.VENUE.errors.codes[code][0]


@pytest.mark.parametrize(
    ("execution_type", "prices", "missing"),
    [("LIMIT", {}, "limit_price"), ("STOP", {}, "stop_price"), ("OCO", {"limit_price": "1"}, "stop_price")],
)
def test_order_prices_required_by_execution_type(
    recorder: Recorder, execution_type: str, prices: dict[str, str], missing: str
) -> None:
    with fx(recorder) as client, pytest.raises(venuekit.ValidationError) as caught:
        client.orders.create_order(symbol="USD_JPY", side="BUY", size="10000", execution_type=execution_type, **prices)  # type: ignore[arg-type]
    assert caught.value.parameter == missing and recorder.requests == []
