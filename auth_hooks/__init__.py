"""One `httpx.Auth` per venue signing scheme."""

from .bitunix import BitunixAuth
from .gmo_coin import GmoCoinAuth
from .gopax import GopaxAuth
from .hashkey_mena import HashKeyAuth

__all__ = ["BitunixAuth", "GmoCoinAuth", "GopaxAuth", "HashKeyAuth"]
