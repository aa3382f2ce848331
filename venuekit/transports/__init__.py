"""Optional httpx transports for the venue clients.

- `venuekit.transports.aiohttp.AiohttpTransport`: an `httpx.AsyncBaseTransport` backed by aiohttp, for
  high request rates with many concurrent tasks (`pip install venuekit[aiohttp]`).

Each lives in its own module so that importing this package never imports an optional dependency.
"""
