"""The order state machine, through each venue's SDK: place -> listed with the placed values -> cancel ->
gone from the list -> cancel again answers as the venue does."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest

import venuekit

from .conftest import Serve, sdk_options


@dataclass
class Driver:
    place: Callable[[Any], Any]  # -> order id
    listed: Callable[[Any], list[tuple[str, Decimal, Decimal]]]  # open orders as (id, price, size)
    cancel: Callable[[Any, Any], object]
    again: type[Exception] | None  # what a second cancel raises (None: it succeeds)
    price: Decimal
    size: Decimal


def _bitunix_cancel(client: Any, order_id: Any) -> object:
    from venuekit.bitunix.models import OrderRef

    return client.orders.cancel_orders(order_id_list=[OrderRef(order_id=order_id, symbol="BTCUSDT")])


DRIVERS = {
    "gmo_coin": Driver(
        place=lambda c: c.orders.create_order(
            symbol="BTC", side="BUY", execution_type="LIMIT", price=Decimal("430001"), size=Decimal("0.02")
        ),
        listed=lambda c: [(str(o.order_id), o.price, o.size) for o in c.orders.get_active_orders(symbol="BTC").list_],
        cancel=lambda c, i: c.orders.cancel_order(order_id=int(i)),
        again=venuekit.OrderRejectedError,  # ERR-5122: already CANCELED
        price=Decimal("430001"),
        size=Decimal("0.02"),
    ),
    "gmo_coin_fx": Driver(
        place=lambda c: (
            c.orders.create_order(
                symbol="USD_JPY", side="SELL", size="10000", execution_type="LIMIT", limit_price=Decimal("150.125")
            )[0].root_order_id
        ),
        listed=lambda c: [(str(o.order_id), o.price, o.size) for o in c.orders.get_active_orders().list_],
        cancel=lambda c, i: c.orders.cancel_orders(root_order_ids=[int(i)]),
        again=venuekit.OrderRejectedError,  # ERR-5122
        price=Decimal("150.125"),
        size=Decimal("10000"),
    ),
    "hashkey_mena": Driver(
        place=lambda c: (
            c.orders.create_order(
                symbol="ETHUSD", side="SELL", type_="LIMIT", quantity=Decimal("0.5"), price=Decimal("1900.5")
            ).order_id
        ),
        listed=lambda c: [(o.order_id, o.price, o.orig_qty) for o in c.orders.get_open_orders()],
        cancel=lambda c, i: c.orders.cancel_order(order_id=i),
        again=venuekit.OrderRejectedError,  # -1142 Order has been cancelled
        price=Decimal("1900.5"),
        size=Decimal("0.5"),
    ),
    "gopax": Driver(
        place=lambda c: (
            c.orders.create_order(
                trading_pair_name="ETH-KRW",
                side="sell",
                type_="limit",
                price=Decimal("2500000"),
                amount=Decimal("1.25"),
            ).id
        ),
        listed=lambda c: [(o.id, o.price, o.amount) for o in c.orders.get_orders()],
        cancel=lambda c, i: c.orders.cancel_order(order_id=i),
        again=venuekit.NotFoundError,  # HTTP 404, errorCode 202
        price=Decimal("2500000"),
        size=Decimal("1.25"),
    ),
    "bitunix": Driver(
        place=lambda c: (
            c.orders.create_order(symbol="BTCUSDT", side="SELL", type_="LIMIT", volume="0.5", price="65000.5").order_id
        ),
        listed=lambda c: [(o.order_id, o.price, o.volume) for o in c.orders.get_open_orders(symbol="BTCUSDT") or []],
        cancel=_bitunix_cancel,
        again=None,  # live: a repeated cancel answers success; the order reads as cancelled
        price=Decimal("65000.5"),
        size=Decimal("0.5"),
    ),
}


@pytest.mark.parametrize("venue", sorted(DRIVERS))
def test_place_list_cancel_list_cancel_again(serve: Serve, venue: str) -> None:
    sandbox = serve(venue)
    driver = DRIVERS[venue]
    package = importlib.import_module(f"venuekit.{venue}")
    with package.Client("state-key", sandbox.secret, base_url=sandbox.url, **sdk_options()) as client:
        assert driver.listed(client) == []
        order_id = str(driver.place(client))
        assert driver.listed(client) == [(order_id, driver.price, driver.size)]
        driver.cancel(client, order_id)
        assert driver.listed(client) == []
        assert sandbox.book.orders[int(order_id)].status == "cancelled"
        if driver.again is None:
            driver.cancel(client, order_id)
        else:
            with pytest.raises(driver.again) as caught:
                driver.cancel(client, order_id)
            assert type(caught.value).__module__ == f"venuekit.{venue}.errors"
        assert driver.listed(client) == []


def test_orders_are_per_symbol_and_newest_first(serve: Serve) -> None:
    from venuekit import gmo_coin

    sandbox = serve("gmo_coin")
    with gmo_coin.Client("state-key", sandbox.secret, base_url=sandbox.url, **sdk_options()) as gmo:
        ids = [
            gmo.orders.create_order(symbol=symbol, side="SELL", execution_type="LIMIT", price="1", size="1")
            for symbol in ("BTC", "ETH", "BTC")
        ]
        gmo.orders.create_order(symbol="BTC", side="SELL", execution_type="MARKET", size="1")  # fills at once
        listed = gmo.orders.get_active_orders(symbol="BTC").list_
        assert isinstance(listed, list)
        assert [o.order_id for o in listed] == [int(ids[2]), int(ids[0])]
        found = gmo.orders.get_orders(order_id=[int(i) for i in ids]).list_
        assert isinstance(found, list)
        assert [o.status.value for o in found] == ["ORDERED"] * 3
