"""`make cassettes`: write one doc-derived cassette per documented operation."""

from __future__ import annotations

from .support import build_cassette, cassette_path, load_calls, venues


def main() -> None:
    for venue in venues():
        count = 0
        for operation_id in load_calls(venue):
            path = cassette_path(venue, operation_id)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(build_cassette(venue, operation_id), encoding="utf-8")
            count += 1
        print(f"{venue}: {count} cassettes")


if __name__ == "__main__":
    main()
