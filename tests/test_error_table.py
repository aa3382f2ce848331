"""How a venue's error table picks the exception class (specs/CONVENTIONS.md, `info.x-error-codes`).

A documented code gets the class of its category; a category without a class of its own (`other`) and an
undocumented code get the venue's base class; with no documented code, the HTTP status is the hint: its own
category for the statuses that have one, `server` from 500 up, `other` below.
"""

from __future__ import annotations

import httpx
import pytest

from venuekit.errors import (
    ApiError,
    AuthenticationError,
    ErrorTable,
    NotFoundError,
    RateLimitError,
    ServerError,
    http_category,
)
from venuekit.hashkey_mena.errors import ERRORS as HASHKEY
from venuekit.hashkey_mena.errors import HashKeyError, HashKeyServerError


class Base(ApiError):
    pass


class Auth(Base, AuthenticationError):
    pass


class Server(Base, ServerError):
    pass


class Limit(Base, RateLimitError):
    pass


class Missing(Base, NotFoundError):
    pass


def _table() -> ErrorTable:
    return ErrorTable(
        base=Base,
        classes={"authentication": Auth, "server": Server, "rate_limit": Limit, "not_found": Missing},
        codes={"E1": ("BAD_SIGNATURE", "authentication"), "E2": ("DUPLICATE", "other")},
    )


def _reply(status: int) -> httpx.Response:
    return httpx.Response(status, request=httpx.Request("POST", "https://venue.test/v1/order"))


def test_the_table_keeps_what_it_was_built_with() -> None:
    table = _table()
    assert table.base is Base
    assert table.classes["server"] is Server
    assert table.codes["E1"] == ("BAD_SIGNATURE", "authentication")


def test_class_for_a_code() -> None:
    table = _table()
    assert table.class_for("E1") is Auth
    assert table.class_for("E2") is Base  # documented, but `other` has no class of its own
    assert table.class_for("E404") is Base  # undocumented
    assert table.class_for(None) is Base


def test_the_generated_tables_send_other_codes_and_unknown_codes_to_the_venue_base_class() -> None:
    assert HASHKEY.codes["-1024"][1] == "other"
    assert HASHKEY.class_for("-1024") is HashKeyError
    assert HASHKEY.class_for("no-such-code") is HashKeyError


@pytest.mark.parametrize(
    ("status", "category"),
    [
        *[(400, "invalid_parameter"), (401, "authentication"), (404, "not_found"), (418, "rate_limit")],
        *[(429, "rate_limit"), (503, "maintenance"), (500, "server"), (502, "server"), (599, "server")],
        *[(409, "other"), (422, "other"), (499, "other"), (302, "other"), (200, "other")],
    ],
)
def test_http_category(status: int, category: str) -> None:
    assert http_category(status) == category


@pytest.mark.parametrize(
    ("code", "status", "expected", "name"),
    [
        ("E1", 400, Auth, "BAD_SIGNATURE"),  # the documented code wins over the status
        ("E2", 500, Base, "DUPLICATE"),
        (None, 500, Server, None),
        ("E404", 404, Missing, None),
        (None, 429, Limit, None),
        (None, 409, Base, None),  # `other`: no class of its own
        ("E9", 422, Base, None),
    ],
)
def test_error_picks_the_class_from_the_code_then_the_status(
    code: str | None, status: int, expected: type[ApiError], name: str | None
) -> None:
    error = _table().error(code, "refused", response=_reply(status), body={"code": code})
    assert type(error) is expected
    assert (error.code, error.code_name, error.status_code, error.body) == (code, name, status, {"code": code})


def test_a_declared_category_overrides_code_and_status() -> None:
    error = _table().error("E1", "down", response=_reply(200), body=None, category="server")
    assert type(error) is Server
    assert type(HASHKEY.error(None, "x", response=_reply(409), body=None)) is HashKeyError
    assert type(HASHKEY.error(None, "x", response=_reply(502), body=None)) is HashKeyServerError
