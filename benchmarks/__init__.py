"""Loopback benchmarks of the SDK against raw httpx, ccxt and msgspec (`make bench`); see RESULTS.md."""
