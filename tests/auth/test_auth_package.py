"""`venuekit.auth` re-exports each venue's signer from its own hook module, loaded on first use (PEP 562).

The loader runs inside each test (not at import), so that a mutation run can tell which tests reach it.
"""

from __future__ import annotations

import importlib
from types import ModuleType

import pytest

import venuekit.auth
from venuekit.auth import bitunix, gmo_coin, gopax, hashkey_mena

SIGNERS = [
    ("BitunixAuth", bitunix),
    ("GmoCoinAuth", gmo_coin),
    ("GopaxAuth", gopax),
    ("HashKeyAuth", hashkey_mena),
]


@pytest.mark.parametrize(("name", "module"), SIGNERS, ids=[name for name, _ in SIGNERS])
def test_each_signer_comes_from_its_venue_module(name: str, module: ModuleType) -> None:
    # Not cached in the package's namespace: every access goes through the loader.
    assert name not in vars(venuekit.auth)
    signer = venuekit.auth.__getattr__(name)
    assert signer is getattr(module, name)
    assert signer.__name__ == name and signer.__module__ == f"venuekit.auth.{module.__name__.rsplit('.', 1)[1]}"
    # The attribute and the `from ... import` forms go through the same loader.
    assert getattr(venuekit.auth, name) is signer
    namespace: dict[str, object] = {}
    exec(f"from venuekit.auth import {name}", namespace)
    assert namespace[name] is signer


def test_the_loader_imports_the_venue_module_relative_to_the_package() -> None:
    loaded = venuekit.auth.__getattr__("GopaxAuth")
    assert loaded is importlib.import_module("venuekit.auth.gopax").GopaxAuth
    assert sorted(venuekit.auth.__all__) == ["BitunixAuth", "GmoCoinAuth", "GopaxAuth", "HashKeyAuth"]
    assert [venuekit.auth.__getattr__(name) for name in venuekit.auth.__all__] == [
        bitunix.BitunixAuth,
        gmo_coin.GmoCoinAuth,
        gopax.GopaxAuth,
        hashkey_mena.HashKeyAuth,
    ]


@pytest.mark.parametrize("name", ["Nope", "envelope", "SigningAuth", "bitunixauth", "_SIGNERS_", ""])
def test_any_other_name_is_an_attribute_error_naming_the_module_and_the_name(name: str) -> None:
    with pytest.raises(AttributeError) as caught:
        venuekit.auth.__getattr__(name)
    assert str(caught.value) == f"module 'venuekit.auth' has no attribute {name!r}"
    assert caught.value.args == (f"module 'venuekit.auth' has no attribute {name!r}",)
    assert not hasattr(venuekit.auth, name)


def test_an_unknown_name_through_import_is_an_import_error() -> None:
    with pytest.raises(ImportError, match=r"^cannot import name 'Nope' from 'venuekit\.auth'"):
        exec("from venuekit.auth import Nope", {})
