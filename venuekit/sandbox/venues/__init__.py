"""The per-venue adapters: signature check, error envelope and order mapping of each venue."""

from __future__ import annotations

from ..base import Adapter
from .bitunix import BitunixAdapter, verify_bitunix
from .gmo import GmoCoinAdapter, GmoCoinFxAdapter, verify_gmo
from .gopax import GopaxAdapter, verify_gopax, verify_gopax_stream
from .hashkey import HashKeyAdapter, verify_hashkey

ADAPTERS: dict[str, type[Adapter]] = {
    adapter.venue: adapter
    for adapter in (GmoCoinAdapter, GmoCoinFxAdapter, HashKeyAdapter, GopaxAdapter, BitunixAdapter)
}

__all__ = ["ADAPTERS", "verify_bitunix", "verify_gmo", "verify_gopax", "verify_gopax_stream", "verify_hashkey"]
