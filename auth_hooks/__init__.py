"""The venue hook modules, imported as `venuekit.auth`: one per signing scheme, each holding the venue's
signer (an `httpx.Auth`) and, where the venue reports errors inside its response bodies, its envelope
function. A venue's OpenAPI spec names its module (`info.x-sdk.hooks`); the generated client imports from it.

The signers are re-exported here for short imports (`from venuekit.auth import GopaxAuth`).
"""

from .bitunix import BitunixAuth
from .gmo_coin import GmoCoinAuth
from .gopax import GopaxAuth
from .hashkey_mena import HashKeyAuth

__all__ = ["BitunixAuth", "GmoCoinAuth", "GopaxAuth", "HashKeyAuth"]
