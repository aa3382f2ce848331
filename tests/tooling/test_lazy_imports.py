"""What `import venuekit.<venue>` loads, and what waits for first use (issue 19's import-time goal).

Each check runs in a fresh interpreter, since this test process has imported everything already. Only *what* is
imported is asserted, never how long it takes.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from venuekit.sandbox.spec import known_venues

DEFERRED = (
    "dataclasses",  # the request records (venuekit.calls), RetryPolicy and the rate-limit buckets are dataclasses
    "venuekit.calls",
    "venuekit.retry",
    "venuekit.ratelimit",
    "venuekit.placement",
    "uuid",
)


def _loaded(code: str) -> set[str]:
    probe = f"import json, sys\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True)
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


@pytest.mark.parametrize("venue", sorted(known_venues()))
def test_importing_a_venue_defers_what_only_a_call_needs(venue: str) -> None:
    # What the venue package adds to what httpx already loads (httpx imports click and rich for its command
    # line when they are installed, and they load dataclasses and uuid themselves).
    loaded = _loaded(f"import httpx\nimport venuekit.{venue}") - _loaded("import httpx")
    assert [name for name in DEFERRED if name in loaded] == []
    # Only the hook module this venue's spec names (`info.x-sdk.hooks`), not every venue's signers.
    hooks = sorted(n for n in loaded if n.startswith("venuekit.auth.") and n != "venuekit.auth._base")
    assert len(hooks) == 1, hooks
    assert not any(f".{venue}.api." in name for name in loaded)


def test_the_first_call_loads_them_and_the_records_are_dataclasses_again() -> None:
    code = """
import dataclasses, httpx
from venuekit import gmo_coin
import venuekit
body = {"status": 0, "data": [], "responsetime": "2019-03-19T02:15:06.001Z"}
transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
client = gmo_coin.Client(base_url="http://venue.test", httpx_args={"transport": transport})
assert client.public.get_ticker() == []
call = gmo_coin.api.public.get_ticker.request()
assert dataclasses.replace(call, key="k").key == "k" and dataclasses.is_dataclass(venuekit.Operation)
assert venuekit.Call is venuekit.client.Call is venuekit.calls.Call and venuekit.RetryPolicy().max_retries == 2
"""
    loaded = _loaded(code)
    assert [name for name in DEFERRED[:4] if name not in loaded] == []
    assert "venuekit.placement" not in loaded  # only the operations that place orders or move money need it
    assert "venuekit.gmo_coin.api.public.get_ticker" in loaded
    assert "venuekit.gmo_coin.api.orders.create_order" not in loaded


def test_public_names_still_resolve() -> None:
    code = """
from venuekit import ApiResponse, Call, Operation, RetryPolicy, Venue, connect
from venuekit.client import ApiResponse as A, Call as C, Operation as O, Rejection
from venuekit.auth import BitunixAuth, GmoCoinAuth, GopaxAuth, HashKeyAuth
import venuekit.auth
assert (A, C, O) == (ApiResponse, Call, Operation) and Rejection.__module__ == "venuekit.calls"
try:
    venuekit.auth.NoSuchAuth
except AttributeError as exc:
    assert "NoSuchAuth" in str(exc)
else:
    raise AssertionError("venuekit.auth.NoSuchAuth resolved")
"""
    loaded = _loaded(code)
    assert {"venuekit.auth.bitunix", "venuekit.auth.gopax"} <= loaded
