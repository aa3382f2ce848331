"""Tests of what the benchmarks ship: the optional aiohttp transport and the measured fast paths."""
