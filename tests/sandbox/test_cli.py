"""`python -m venuekit.sandbox <venue>` serves on 127.0.0.1, says where, and stops by itself."""

from __future__ import annotations

import re
import subprocess
import sys

import httpx
import pytest

from .conftest import TLS


def test_cli_serves() -> None:
    command = [sys.executable, "-m", "venuekit.sandbox", "gopax", "--port", "0", "--exit-after", "30"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as process:
        try:
            assert process.stdout is not None
            line = process.stdout.readline()
            pattern = r"gopax sandbox listening on (http://127\.0\.0\.1:\d+) \(secret '(.+)'\), streams on ws://\S+\n"
            found = re.fullmatch(pattern, line)
            assert found, line
            assert found.group(2) == "dGVzdHNlY3JldA=="
            response = httpx.get(found.group(1) + "/trading-pairs/BTC-KRW/ticker", verify=TLS)
            assert response.status_code == 200 and "price" in response.json()
            process.terminate()
            assert process.wait(timeout=10) == 0  # SIGTERM stops it cleanly, as Ctrl-C does
            with pytest.raises(httpx.ConnectError):  # and it no longer listens
                httpx.get(found.group(1) + "/trading-pairs/BTC-KRW/ticker", verify=TLS)
        finally:
            process.kill()


def test_cli_secret_option_and_exit_after() -> None:
    command = [sys.executable, "-m", "venuekit.sandbox", "gmo_coin", "--secret", "s3", "--exit-after", "0.1"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=15, check=True)
    assert result.stdout.startswith("gmo_coin sandbox listening on http://127.0.0.1:")
    assert "(secret 's3')" in result.stdout
