"""The venue hook modules, imported as `venuekit.auth`: one per signing scheme, each holding the venue's
signer (an `httpx.Auth`) and, where the venue reports errors inside its response bodies, its envelope
function. A venue's OpenAPI spec names its module (`info.x-sdk.hooks`); the generated client imports from it.

The signers are re-exported here for short imports (`from venuekit.auth import GopaxAuth`), each loaded on
first use: a venue's client imports only its own hook module, not every venue's.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .bitunix import BitunixAuth
    from .gmo_coin import GmoCoinAuth
    from .gopax import GopaxAuth
    from .hashkey_mena import HashKeyAuth

_SIGNERS = {
    "BitunixAuth": "bitunix",
    "GmoCoinAuth": "gmo_coin",
    "GopaxAuth": "gopax",
    "HashKeyAuth": "hashkey_mena",
}


def __getattr__(name: str) -> Any:
    module = _SIGNERS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)


__all__ = ["BitunixAuth", "GmoCoinAuth", "GopaxAuth", "HashKeyAuth"]
