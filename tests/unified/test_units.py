"""The unified layer's building blocks without a sandbox: exact rounding, a market's order checks, the helpers
the generated mappings read replies with (whole models out, every refusal's text), and the stream feeds."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any

import pytest

from venuekit import DecodeError, ValidationError
from venuekit.unified import mapping as u
from venuekit.unified.models import OHLCV, Balance, Balances, Level, Market, Order, OrderBook, Ticker, Trade
from venuekit.unified.precision import is_multiple, round_to_step

UTC = dt.timezone.utc
T0 = dt.datetime(2024, 1, 1, tzinfo=UTC)
T1 = dt.datetime(2024, 1, 2, tzinfo=UTC)
MARKET = Market(symbol="BTC/JPY", id="BTC_JPY", base="BTC", quote="JPY", type="spot", venue="toy")
OTHER = Market(symbol="ETH/JPY", id="ETH_JPY", base="ETH", quote="JPY", type="spot", venue="toy")


def context(method: str = "fetch_ticker", market: Market | None = MARKET, **args: Any) -> u.Context:
    return u.Context(u.Args("toy", method, market=market, **args), {"BTC_JPY": MARKET, "ETH_JPY": OTHER})


def problem(call: Any, *args: Any, **kwargs: Any) -> str:
    with pytest.raises((ValidationError, DecodeError, u.Missing)) as caught:
        call(*args, **kwargs)
    return str(caught.value)


# --- precision --------------------------------------------------------------------------------------------
def test_rounding_refusals_name_the_parameter_and_the_rule() -> None:
    assert problem(round_to_step, "1", Decimal(1), "ROUND_NEAREST") == (
        "rounding: 'ROUND_NEAREST' is not one of ROUND_DOWN, ROUND_UP, ROUND_FLOOR, ROUND_CEILING, ROUND_HALF_UP, "
        "ROUND_HALF_DOWN, ROUND_HALF_EVEN"
    )
    assert problem(round_to_step, "-1", Decimal(1), "ROUND_DOWN", parameter="price") == "price: -1 is negative"
    assert problem(round_to_step, "1", Decimal(0), "ROUND_DOWN") == "step: 0 is not a positive increment"
    assert problem(round_to_step, Decimal("1E61"), Decimal(1), "ROUND_DOWN", parameter="amount") == (
        "amount: 1E+61 is more than 10**60 increments of 1"
    )
    assert round_to_step(Decimal("1E60"), Decimal(1), "ROUND_DOWN") == Decimal(10**60)


def test_more_than_ten_to_the_sixty_steps_is_never_a_multiple() -> None:
    """`check_order` refuses sizes no spec can send: past 10**60 increments nothing counts as on the step."""
    assert is_multiple(Decimal("1E60"), Decimal(1)) is True
    assert is_multiple(Decimal("1E61"), Decimal(1)) is False
    assert is_multiple(Decimal("1E59"), Decimal("0.1")) is True
    assert is_multiple(Decimal("1E60"), Decimal("0.1")) is False
    assert is_multiple(Decimal("0.3"), Decimal("0.2")) is False
    assert is_multiple(Decimal(0), Decimal("0.2")) is True


# --- models -----------------------------------------------------------------------------------------------
RULED = Market(
    symbol="BTC/JPY",
    id="BTC_JPY",
    base="BTC",
    quote="JPY",
    type="spot",
    venue="toy",
    tick=Decimal(1),
    step=Decimal("0.01"),
    min_amount=Decimal("0.01"),
    max_amount=Decimal(5),
    min_price=Decimal(100),
    max_price=Decimal(10**7),
    min_notional=Decimal(500),
)


@pytest.mark.parametrize(
    ("type", "amount", "price", "text"),
    [
        ("limit", "0", "1000", "amount: must be positive, got 0"),
        ("limit", "1", None, "price: a limit order needs a price"),
        ("limit", "1", "-1", "price: must be positive, got -1"),
        ("market", "0.001", None, "amount: 0.001 is below the minimum 0.01 of BTC/JPY (toy BTC_JPY)"),
        ("market", "6", None, "amount: 6 is above the maximum 5 of BTC/JPY (toy BTC_JPY)"),
        (
            "market",
            "0.015",
            None,
            "amount: 0.015 is not a multiple of the step 0.01 of BTC/JPY (toy BTC_JPY); see amount_to_precision()",
        ),
        (
            "limit",
            "1",
            "1000.5",
            "price: 1000.5 is not a multiple of the tick 1 of BTC/JPY (toy BTC_JPY); see price_to_precision()",
        ),
        ("limit", "1", "99", "price: 99 is below the minimum price 100 of BTC/JPY (toy BTC_JPY)"),
        ("limit", "1", "10000001", "price: 10000001 is above the maximum price 10000000 of BTC/JPY (toy BTC_JPY)"),
        ("limit", "1", "499", "amount: 1 x 499 is below the minimum order value 500 of BTC/JPY (toy BTC_JPY)"),
    ],
)
def test_a_market_refuses_what_its_rules_refuse_word_for_word(
    type: Any, amount: str, price: str | None, text: str
) -> None:
    given = None if price is None else Decimal(price)
    assert problem(RULED.check_order, type, Decimal(amount), given) == text


def test_a_market_takes_what_its_rules_allow() -> None:
    RULED.check_order("limit", Decimal("0.5"), Decimal(1000))
    RULED.check_order("market", Decimal("0.01"), None)  # no price: the price rules and the order value wait
    RULED.check_order("market", Decimal(5), Decimal("0.5"))  # a market order's price is not checked here
    # Every bound is inclusive: the smallest and largest amount, price and order value the rules name pass.
    RULED.check_order("limit", Decimal(5), Decimal(100))  # the minimum price
    RULED.check_order("limit", Decimal("0.01"), Decimal(10**7))  # the minimum amount at the maximum price
    RULED.check_order("limit", Decimal(5), Decimal(10**7))  # the maximum amount
    RULED.check_order("limit", Decimal(1), Decimal(500))  # exactly the minimum order value


def test_balances_keep_the_reply() -> None:
    btc = Balance(currency="BTC", free=Decimal(1))
    balances = Balances([btc], raw={"the": "reply"})
    assert (dict(balances), balances.raw, len(balances)) == ({"BTC": btc}, {"the": "reply"}, 1)
    assert Balances([]).raw is None


# --- reading replies --------------------------------------------------------------------------------------
def test_select_finds_the_first_match_or_nothing() -> None:
    assert u.select([1, 5, 7], lambda x: x > 4) == 5
    assert u.select([1, 2], lambda x: x > 4) is None
    assert u.select([], lambda x: True) is None
    assert u.select(None, lambda x: True) is None


def test_a_missing_record_names_the_call_and_the_market() -> None:
    assert str(u.missing(context("fetch_order"))) == "toy fetch_order: the venue's reply has no record for BTC/JPY"
    assert str(u.missing(context("fetch_order", None))) == "toy fetch_order: the venue's reply has no record"
    assert problem(u.one, [], context("fetch_order")) == "toy fetch_order: the venue's reply has no record for BTC/JPY"
    assert problem(u.found, None, context("fetch_order", None)) == "toy fetch_order: the venue's reply has no record"


def test_a_ticker_carries_every_field() -> None:
    raw = object()
    values = dict(bid=Decimal(1), ask=Decimal(2), last=Decimal(3), open=Decimal(4), high=Decimal(5), low=Decimal(6))
    made = u.ticker(context(), raw, symbol="ETH_JPY", volume=Decimal(7), timestamp=T0, **values)
    assert made == Ticker(symbol="ETH/JPY", volume=Decimal(7), timestamp=T0, **values) and made.raw is raw
    assert u.ticker(context(), raw) == Ticker(symbol="BTC/JPY")


def test_a_book_carries_its_symbol_time_and_sorted_sides() -> None:
    raw = object()
    levels = [u.level(context(), Decimal(p), Decimal(1)) for p in ("1", "3", "2")]
    made = u.order_book(context(), raw, bids=levels, asks=levels, symbol="ETH_JPY", timestamp=T0)
    ordered = [Level(Decimal(p), Decimal(1)) for p in ("3", "2", "1")]
    assert made == OrderBook(symbol="ETH/JPY", bids=ordered, asks=ordered[::-1], timestamp=T0) and made.raw is raw
    assert u.order_book(context(), raw, bids=[], asks=[]) == OrderBook(symbol="BTC/JPY", bids=[], asks=[])


def test_records_without_the_fields_the_model_needs_are_decode_errors() -> None:
    c = context("fetch_ohlcv")
    assert problem(u.level, c, None, Decimal(1)) == "fetch_ohlcv: the reply has no level price"
    assert problem(u.level, c, Decimal(1), None) == "fetch_ohlcv: the reply has no level amount"
    assert problem(u.trade, c, None, price=None, amount=Decimal(1)) == "fetch_ohlcv: the reply has no trade price"
    assert problem(u.trade, c, None, price=Decimal(1), amount=None) == "fetch_ohlcv: the reply has no trade amount"
    one = dict(timestamp=T0, open=Decimal(1), high=Decimal(2), low=Decimal(3), close=Decimal(4))
    for field, words in [
        ("timestamp", "candle time"),
        ("open", "open"),
        ("high", "high"),
        ("low", "low"),
        ("close", "close"),
    ]:
        assert problem(u.candle, c, None, **{**one, field: None}) == f"fetch_ohlcv: the reply has no {words}"
    assert problem(u.balance, c, None, currency=None) == "fetch_ohlcv: the reply has no currency"
    assert problem(u.order, c, None) == "fetch_ohlcv: the reply has no order id"
    assert problem(context(market=None).symbol) == "fetch_ticker: the reply names no symbol"


def test_a_trade_and_a_candle_carry_every_field() -> None:
    raw = object()
    made = u.trade(
        context(),
        raw,
        price=Decimal(1),
        amount=Decimal(2),
        symbol="ETH_JPY",
        side="buy",
        id="t1",
        order_id="o1",
        fee=Decimal("0.1"),
        fee_currency="JPY",
        taker_or_maker="maker",
        timestamp=T0,
    )
    assert made == Trade(
        symbol="ETH/JPY",
        price=Decimal(1),
        amount=Decimal(2),
        side="buy",
        id="t1",
        order_id="o1",
        fee=Decimal("0.1"),
        fee_currency="JPY",
        taker_or_maker="maker",
        timestamp=T0,
    )
    assert made.raw is raw
    candle = u.candle(
        context(), raw, timestamp=T0, open=Decimal(1), high=Decimal(2), low=Decimal(3), close=Decimal(4), volume=None
    )
    assert candle == OHLCV(timestamp=T0, open=Decimal(1), high=Decimal(2), low=Decimal(3), close=Decimal(4))
    assert candle.raw is raw


@pytest.mark.parametrize(
    ("free", "used", "total", "expected"),
    [
        ("1", "2", None, ("1", "2", "3")),
        ("1", None, "3", ("1", "2", "3")),
        (None, "2", "3", ("1", "2", "3")),
        ("1", "2", "5", ("1", "2", "5")),  # all three stated: kept as stated
        ("1", None, None, ("1", None, None)),
        (None, None, "3", (None, None, "3")),
        (None, "2", None, (None, "2", None)),
    ],
)
def test_a_balance_is_completed_from_two_of_its_three_parts(
    free: str | None, used: str | None, total: str | None, expected: tuple[str | None, ...]
) -> None:
    def dec(value: str | None) -> Decimal | None:
        return None if value is None else Decimal(value)

    raw = object()
    made = u.balance(context(), raw, currency="JPY", free=dec(free), used=dec(used), total=dec(total))
    free_, used_, total_ = (dec(v) for v in expected)
    assert made == Balance(currency="JPY", free=free_, used=used_, total=total_) and made.raw is raw


def test_an_order_carries_every_field_it_was_given() -> None:
    raw = object()
    made = u.order(
        context("fetch_order"),
        raw,
        statuses={"LIVE": "open"},
        venue_status="LIVE",
        id="o1",
        symbol="ETH_JPY",
        client_order_id="c1",
        side="sell",
        type="limit",
        venue_type="LIMIT",
        price=Decimal(10),
        amount=Decimal(3),
        filled=Decimal(1),
        average=Decimal(10),
        fee=Decimal("0.1"),
        fee_currency="JPY",
        timestamp=T0,
        updated=T1,
    )
    assert made == Order(
        id="o1",
        symbol="ETH/JPY",
        status="open",
        venue_status="LIVE",
        client_order_id="c1",
        side="sell",
        type="limit",
        venue_type="LIMIT",
        price=Decimal(10),
        amount=Decimal(3),
        filled=Decimal(1),
        remaining=Decimal(2),
        average=Decimal(10),
        fee=Decimal("0.1"),
        fee_currency="JPY",
        timestamp=T0,
        updated=T1,
    )
    assert made.raw is raw


def test_an_average_is_dropped_only_while_nothing_has_filled() -> None:
    def average(filled: str | None, value: str) -> Decimal | None:
        given = None if filled is None else Decimal(filled)
        return u.order(context("fetch_order"), None, id="o", filled=given, average=Decimal(value)).average

    assert average("1", "10") == Decimal(10)  # one unit filled is a fill
    assert average("0.5", "10") == Decimal(10)
    assert average(None, "10") == Decimal(10)
    assert average("0", "10") is None
    assert average("1", "0") is None


def test_a_placement_takes_what_the_venue_does_not_repeat_from_the_call() -> None:
    c = context("create_order", side="buy", type="limit", amount=Decimal(2), price=Decimal(100), client_order_id="k")
    echoed = u.order(c, None, id="o1")
    assert echoed == Order(
        id="o1",
        symbol="BTC/JPY",
        status="accepted",
        client_order_id="k",
        side="buy",
        type="limit",
        price=Decimal(100),
        amount=Decimal(2),
    )
    stated = u.order(c, None, id="o1", amount=Decimal(1), filled=Decimal(0), price=Decimal(99))
    assert (stated.amount, stated.remaining, stated.price) == (Decimal(1), Decimal(1), Decimal(99))
    elsewhere = u.order(context("fetch_order"), None, id="o1")
    assert elsewhere == Order(id="o1", symbol="BTC/JPY", status="accepted")


def test_an_orders_status_follows_the_venues_table() -> None:
    table: Any = {"LIVE": "open", "DONE": "filled", "ODD": "closed", "": "open"}

    def status(method: str, **given: Any) -> tuple[str, str | None]:
        made = u.order(context(method), None, id="o", **given)
        return made.status, made.venue_status

    assert status("fetch_order", statuses=table, venue_status="DONE") == ("filled", "DONE")
    assert status("fetch_order", statuses=table, venue_status=7) == ("unknown", "7")  # not listed: its text kept
    assert status("fetch_order", statuses=table, venue_status="ODD") == ("unknown", "ODD")  # not a unified status
    assert status("fetch_order", statuses={"LIVE": "open"}) == ("unknown", None)  # no status where one is expected
    assert status("fetch_order", statuses=table) == ("open", None)  # (a table may say what no status means)
    assert status("fetch_open_orders", statuses=table, absent_status="open") == ("open", None)
    assert status("fetch_open_orders", statuses=table, absent_status="open", venue_status="DONE") == ("filled", "DONE")
    assert status("create_order", statuses={"LIVE": "open"}) == ("accepted", None)  # an acknowledgement
    assert status("create_order", statuses={"LIVE": "open"}, venue_status="LIVE") == ("open", "LIVE")
    assert status("fetch_order", venue_status="LIVE") == ("accepted", "LIVE")  # no table: nothing to map


# --- streams ----------------------------------------------------------------------------------------------
def test_a_feed_used_as_a_context_closes_once_at_the_end() -> None:
    closed: list[str] = []

    async def start() -> None:
        closed.append("started")

    async def close() -> None:
        closed.append("closed")

    async def items() -> AsyncIterator[tuple[int, bool]]:
        yield 1, False

    async def scenario() -> None:
        feed: u.Feed[int] = u.Feed(start, items, close)
        async with feed as entered:
            assert entered is feed and closed == []
            assert await feed.__anext__() == 1 and closed == ["started"]
        assert closed == ["started", "closed"]

    asyncio.run(scenario())


class Host(u.StreamHost):
    def __init__(self) -> None:
        self.markets_by_id = {"BTC_JPY": MARKET}
        self.started: list[str] = []

    async def start(self, name: str) -> None:
        self.started.append(name)


class Subscription:
    """A subscription whose `resumed` flag is set per message, as the stream runtime sets it."""

    def __init__(self, messages: list[tuple[Any, bool]]) -> None:
        self.messages = messages
        self.resumed = False
        self.closed = False

    async def __aiter__(self) -> AsyncIterator[Any]:
        for message, resumed in self.messages:
            self.resumed = resumed
            yield message

    async def close(self) -> None:
        self.closed = True


def collect(feed: u.Feed[Any]) -> list[tuple[Any, bool]]:
    async def run() -> list[tuple[Any, bool]]:
        out = []
        async for item in feed:
            out.append((item, feed.resumed))
        await feed.close()
        return out

    return asyncio.run(run())


def test_a_feed_flags_the_first_record_after_a_gap_or_an_unreadable_message() -> None:
    def read(message: str) -> list[str]:
        if message == "bad":
            raise ValueError("cannot read")
        return list(message)

    host = Host()
    subscription = Subscription([("ab", False), ("bad", False), ("c", False), ("d", True), ("e", False)])
    feed = u.feed(host, "orders", subscription, read)
    assert collect(feed) == [("a", False), ("b", False), ("c", True), ("d", True), ("e", False)]
    assert (feed.gaps, host.started, subscription.closed) == (2, ["orders"], True)
    assert [str(e) for e in feed.errors] == ["orders: cannot read"]


class Book:
    def __init__(self, timestamp: dt.datetime | None) -> None:
        self.timestamp = timestamp

    def depth(self, depth: int | None) -> tuple[list[tuple[Decimal, Decimal]], list[tuple[Decimal, Decimal]]]:
        bids = [(Decimal(2), Decimal(1)), (Decimal(1), Decimal(1))]
        asks = [(Decimal(3), Decimal(1)), (Decimal(4), Decimal(1))]
        return bids[:depth], asks[:depth]


class Books:
    def __init__(self) -> None:
        self.resyncs = 0
        self.subscription = Subscription([])
        self.subscription.gaps = 0  # type: ignore[attr-defined]

    async def __aiter__(self) -> AsyncIterator[Book]:
        yield Book(T0)
        self.resyncs += 1
        yield Book(T1)
        yield Book(None)

    async def close(self) -> None:
        return None


def test_a_book_feed_gives_the_checked_book_with_its_time() -> None:
    feed = u.book_feed(Host(), "books", Books(), context("watch_order_book"), depth=1)
    books = collect(feed)
    one = {"bids": [Level(Decimal(2), Decimal(1))], "asks": [Level(Decimal(3), Decimal(1))]}
    assert books == [
        (OrderBook(symbol="BTC/JPY", timestamp=T0, **one), False),
        (OrderBook(symbol="BTC/JPY", timestamp=T1, **one), True),
        (OrderBook(symbol="BTC/JPY", timestamp=None, **one), False),
    ]


def test_venue_values_are_chosen_by_name_or_refused_naming_the_known_ones() -> None:
    a = u.Args("toy", "create_order")
    table = {"buy": "BID", "sell": "ASK"}
    assert u.choose(table, "sell", "side", a) == "ASK"
    assert problem(u.choose, table, None, "side", a) == "side: toy needs it for create_order"
    assert problem(u.choose, table, "hold", "side", a) == (
        "side: 'hold' is not supported by toy create_order (supported: 'buy', 'sell')"
    )


def test_bounds_stated_as_zero_or_less_are_no_bounds() -> None:
    assert (u.positive(Decimal("0.1")), u.positive(Decimal(0)), u.positive(Decimal(-1)), u.positive(None)) == (
        Decimal("0.1"),
        None,
        None,
        None,
    )
    info = u.market_info("raw", id="X_Y", type="spot", base="X", quote="Y", tick=Decimal(0), step=Decimal("0.1"))
    assert info == u.MarketInfo("X_Y", "spot", "X", "Y", None, tick=None, step=Decimal("0.1"), raw="raw")
    assert u.market_info("raw", id="", type="spot", base="X", quote="Y") is None
    bounds = ("tick", "step", "min_amount", "max_amount", "min_price", "max_price", "min_notional")
    given: dict[str, Any] = {name: Decimal(n) for n, name in enumerate(bounds, 1)}  # each bound its own value
    full = u.market_info(7, id="B_Q", type="leverage", base="B", quote="Q", active=False, **given)
    assert full == u.MarketInfo("B_Q", "leverage", "B", "Q", False, raw=7, **given)
    zero: dict[str, Any] = dict.fromkeys(bounds, Decimal(0))
    zeros = u.market_info(7, id="B_Q", type="spot", base="B", quote="Q", **zero)
    assert zeros == u.MarketInfo("B_Q", "spot", "B", "Q", None, raw=7)  # every bound stated as 0: none
    assert [u.market_info(0, id=i, type="spot", base=b, quote=q) for i, b, q in
            (("X", None, "Y"), ("X", "X", ""), (None, "X", "Y"))] == [None, None, None]  # fmt: skip


def test_symbols_name_the_settlement_currency_of_contracts() -> None:
    from venuekit.unified.models import make_symbol

    assert make_symbol("BTC", "JPY", "spot", "JPY") == "BTC/JPY"
    assert make_symbol("BTC", "JPY", "leverage") == "BTC/JPY:JPY"
    assert make_symbol("BTC", "USD", "leverage", "USDT") == "BTC/USD:USDT"


def test_a_record_without_a_symbol_is_a_decode_error_of_the_call() -> None:
    with pytest.raises(DecodeError) as caught:
        context("fetch_trades", None).symbol()
    assert (str(caught.value), caught.value.operation, caught.value.status_code, caught.value.body) == (
        "fetch_trades: the reply names no symbol",
        "fetch_trades",
        200,
        b"",
    )
    assert context(market=None).symbol("ETH_JPY") == "ETH/JPY"
    assert context(market=None).symbol("DOGE_JPY") == "DOGE_JPY"  # not in the venue's metadata: kept as is


def test_reply_values_as_the_venue_wrote_them() -> None:
    import enum

    from venuekit.types import UNSET

    class Kind(enum.Enum):
        LIMIT = "LIMIT"
        ONE = 1

    assert [u.wire(v) for v in (None, UNSET, Kind.LIMIT, Kind.ONE, True, False, 5, "x", Decimal("1.50"))] == [
        None,
        None,
        "LIMIT",
        "1",
        "true",
        "false",
        "5",
        "x",
        "1.50",
    ]
    assert [u.text(v) for v in (None, 12, "a")] == [None, "12", "a"]
    assert [u.dec(v) for v in (None, UNSET, Decimal("1.5"), 2, "0.25")] == [
        None,
        None,
        Decimal("1.5"),
        2,
        Decimal("0.25"),
    ]
    assert (u.when(None), u.when(UNSET), u.when(T0)) == (None, None, T0)
    assert [u.step_of(v) for v in (None, UNSET, 2, "0", "-1")] == [None, None, Decimal("0.01"), Decimal(1), Decimal(10)]
    assert str(u.step_of(3)) == "0.001"
    assert (u.then(None, str), u.then(UNSET, str), u.then(5, str)) == (None, None, "5")
    assert [u.at([1, 2], i) for i in (-3, -2, -1, 0, 1, 2)] == [None, 1, 2, 1, 2, None]
    assert (u.at(None, 0), u.at(UNSET, 0)) == (None, None)
    assert (u.listed(None), u.listed(UNSET), u.listed((1, 2))) == ([], [], [1, 2])
    assert (u.list_or_one(None, int), u.list_or_one(UNSET, int), u.list_or_one(3, int), u.list_or_one([1, 2], int)) == (
        [],
        [],
        [3],
        [1, 2],
    )
    assert (u.as_items(None), u.as_items(UNSET), u.as_items(4)) == ([], [], [4])
    assert u.values(type("Named", (), {"additional_properties": {"a": 1, "b": 2}})()) == [1, 2]
    assert (u.joined("BTC", "USDT"), u.joined("BTC", None), u.joined()) == ("BTCUSDT", None, "")
    assert (u.otherwise(None, 5), u.otherwise(0, 5)) == (5, 0)
    assert (u.looked_up({"1": "a"}, 1), u.looked_up({"1": "a"}, 2), u.looked_up({"1": "a"}, None)) == ("a", None, None)
    assert u.markets([None, INFO, None]) == [INFO]
    assert u.one([1, 2, 3], context(), lambda x: x > 1) == 2


INFO = u.MarketInfo("BTC_JPY", "leverage", "BTC", "JPY", True, tick=Decimal(1), raw="raw")


def test_a_market_is_made_from_its_metadata() -> None:
    made = INFO.market("toy")
    assert made == Market(
        symbol="BTC/JPY:JPY",
        id="BTC_JPY",
        base="BTC",
        quote="JPY",
        type="leverage",
        settle="JPY",
        active=True,
        tick=Decimal(1),
        venue="toy",
    )
    assert made.raw == "raw"
    spot = u.MarketInfo(
        "X_Y",
        "spot",
        "X",
        "Y",
        step=Decimal("0.1"),
        min_amount=Decimal(1),
        max_amount=Decimal(9),
        min_price=Decimal(2),
        max_price=Decimal(8),
        min_notional=Decimal(3),
    ).market("v")
    assert (spot.symbol, spot.settle, spot.step, spot.min_amount, spot.max_amount) == (
        "X/Y",
        None,
        Decimal("0.1"),
        Decimal(1),
        Decimal(9),
    )
    assert (spot.min_price, spot.max_price, spot.min_notional, spot.active) == (
        Decimal(2),
        Decimal(8),
        Decimal(3),
        None,
    )


def test_venue_ids_are_read_by_the_first_rule_that_matches() -> None:
    rules = [
        u.SymbolRule(r"(?P<base>[A-Z]+)_(?P<quote>[A-Z]+)", "leverage"),
        u.SymbolRule(r"[A-Z]+", "spot", quote="JPY"),
        u.SymbolRule(r"x.*", "spot", base="B", quote="Q"),
    ]
    assert u.classify(rules, "BTC_JPY", "b", "q") == ("BTC_JPY", "leverage", "BTC", "JPY")
    assert u.classify(rules, "BTC", "BTC", None) == ("BTC", "spot", "BTC", "JPY")
    assert u.classify(rules, "xy", "b", "q") == ("xy", "spot", "B", "Q")
    assert u.classify(rules, "btc", "b", "q") == (None, "spot", "b", "q")
    assert u.classify(rules, None, "b", "q") == (None, "spot", "b", "q")


def test_request_helpers() -> None:
    a = u.Args("toy", "fetch_order", id="7")
    assert a.need("x", "symbol") == "x"
    assert problem(a.need, None, "symbol") == "symbol: toy needs it for fetch_order"
    assert problem(a.need_market) == "symbol: toy needs a symbol for fetch_order"
    assert u.Args("toy", "m", market=MARKET).need_market() is MARKET
    assert u.int_id("0123", "id") == 123 and u.int_id("9" * 19, "id") == int("9" * 19)
    for bad in ("1" * 20, "12a", "", "١٢", "-1"):
        assert problem(u.int_id, bad, "id") == f"id: {bad!r} is not one of this venue's order ids (digits)"
    u.unused(a, "client_order_id")
    assert problem(u.unused, a, "id") == "id: toy fetch_order has no such parameter"
    assert (u.epoch(None, 1), u.epoch(T0, 1), u.epoch(T0, 1000)) == (None, 1704067200, 1704067200000)
    formats = {"1d": "%Y", "": "%Y%m%d"}
    assert u.strftime(None, formats, "1d", 0) is None
    assert u.strftime(T0, formats, "1d", 0) == "2024"
    assert u.strftime(T0, formats, "1m", 0) == "20240101"
    assert u.strftime(T0, formats, None, -60) == "20231231"
    assert u.strftime(T0, {"1d": "%Y"}, "1m", 0) == ""
    refuse = u.Refusal("market", None, "why")
    assert (refuse.applies("market", "buy"), refuse.applies("limit", "buy")) == (True, False)
    assert (
        u.Refusal(None, "sell", "").applies("limit", "sell"),
        u.Refusal(None, "sell", "").applies("limit", "buy"),
    ) == (
        True,
        False,
    )


def test_rounding_helpers_of_a_market() -> None:
    ticked = Market(symbol="A/B", id="A_B", base="A", quote="B", type="spot", tick=Decimal("0.5"), step=Decimal("0.01"))
    assert ticked.price_to_precision("10.3", side="buy") == Decimal("10.0")
    assert ticked.price_to_precision("10.3", side="sell") == Decimal("10.5")
    assert ticked.price_to_precision("10.25") == Decimal("10.0")  # a tie: to the even tick
    assert ticked.price_to_precision("10.75") == Decimal("11.0")
    assert ticked.price_to_precision("10.3", side="buy", rounding="ROUND_CEILING") == Decimal("10.5")
    assert ticked.amount_to_precision("1.239") == Decimal("1.23")
    assert ticked.amount_to_precision("1.231", rounding="ROUND_UP") == Decimal("1.24")
    assert problem(ticked.price_to_precision, "-1") == "price: -1 is negative"
    assert problem(ticked.amount_to_precision, "-1") == "amount: -1 is negative"
    assert (MARKET.price_to_precision("10.37"), MARKET.amount_to_precision(3)) == (Decimal("10.37"), Decimal(3))
    assert problem(MARKET.price_to_precision, 1.5) == "price: float is not accepted for money; pass Decimal or str"
    assert problem(MARKET.amount_to_precision, "-2") == "amount: -2 is negative"


def test_derived_values_of_books_trades_and_balances() -> None:
    book = OrderBook(symbol="A/B", bids=[Level(Decimal(9), Decimal(1))], asks=[Level(Decimal(12), Decimal(2))])
    assert (book.best_bid, book.best_ask, book.spread, book.mid) == (
        Level(Decimal(9), Decimal(1)),
        Level(Decimal(12), Decimal(2)),
        Decimal(3),
        Decimal("10.5"),
    )
    empty = OrderBook(symbol="A/B", bids=[], asks=book.asks)
    assert (empty.best_bid, empty.spread, empty.mid) == (None, None, None)
    assert list(Level(Decimal(1), Decimal(2))) == [Decimal(1), Decimal(2)]
    assert Trade(symbol="A/B", price=Decimal("1.5"), amount=Decimal(4)).cost == Decimal(6)
    balances = Balances([Balance(currency="A", free=Decimal(1))])
    assert repr(balances) == "Balances([Balance(currency='A', free=Decimal('1'), used=None, total=None)])"
