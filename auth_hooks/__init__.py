"""One `httpx.Auth` per venue signing scheme."""

from .gmo_coin import GmoCoinAuth

__all__ = ["GmoCoinAuth"]
