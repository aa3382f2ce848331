from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..models.service_status import ServiceStatus

T = TypeVar("T", bound="Ticker")


@_attrs_define
class Ticker:
    """Latest rate of one symbol."""

    symbol: str
    """ Symbol. Open set; known values: USD_JPY, EUR_JPY, GBP_JPY, AUD_JPY, NZD_JPY, CAD_JPY,
    CHF_JPY, TRY_JPY, ZAR_JPY, MXN_JPY, EUR_USD, GBP_USD, AUD_USD, NZD_USD.
     """
    ask: Decimal
    """ Current ask (現在の買値, the price you buy at). """
    bid: Decimal
    """ Current bid (現在の売値, the price you sell at). """
    timestamp: datetime.datetime
    """ Timestamp of the current rate (microsecond precision). """
    status: ServiceStatus
    """ FX status (外国為替FXステータス). `MAINTENANCE`, `CLOSE` (market closed) or `OPEN`. The
    service status (`/v1/status`) takes all three; per-symbol ticker statuses are documented
    as `CLOSE` or `OPEN` only.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        ask = codec.format_decimal(self.ask)

        bid = codec.format_decimal(self.bid)

        timestamp = codec.format_datetime(self.timestamp)

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "ask": ask,
                "bid": bid,
                "timestamp": timestamp,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["symbol"]
                _f1 = src_dict["ask"]
                _f2 = src_dict["bid"]
                _f3 = src_dict["timestamp"]
                _f4 = src_dict["status"]
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 5
                    and type(_f0) is str
                    and type(_f1) is str
                    and type(_f2) is str
                    and type(_f3) is str
                    and type(_f4) is str
                ):
                    try:
                        ask = Decimal(_f1)
                        bid = Decimal(_f2)
                        timestamp = datetime.datetime.fromisoformat(_f3)
                        status = ServiceStatus(_f4)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if ask.is_finite() and bid.is_finite() and timestamp.tzinfo is not None:
                            return cls(
                                _f0,  # symbol
                                ask,
                                bid,
                                timestamp,
                                status,
                            )

        src_ = dict(src_dict)
        symbol = codec.expect(src_.pop("symbol"), str, "symbol")

        ask = codec.parse_decimal_field(src_.pop("ask"), "ask")

        bid = codec.parse_decimal_field(src_.pop("bid"), "bid")

        timestamp = codec.parse_datetime(src_.pop("timestamp"))

        status = ServiceStatus(src_.pop("status"))

        result_ = cls(
            symbol=symbol,
            ask=ask,
            bid=bid,
            timestamp=timestamp,
            status=status,
        )

        result_.additional_properties = src_
        return result_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
