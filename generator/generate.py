"""`make generate`: specs/<package>/ -> generated/<package>/ and its `venuekit/<package>` link, deterministically.

For each venue: the REST package from openapi.yaml (`generator.rest`), then, when the venue has an
asyncapi.yaml beside it, its WebSocket streams in the same package (`generator.asyncapi`), then, with a
unified.yaml, its mapping onto the unified interface (`generator.unified`; the README's venue x method matrix
is rewritten from those declarations too). Generating into
generated/ also links each package into the runtime folder (`venuekit/<package> -> ../generated/<package>`),
so that it imports as `venuekit.<package>`, and removes links whose package is gone.

    python -m generator.generate [package ...] [--out DIR] [--spec path/to/openapi.yaml]
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from generator import ROOT, asyncapi, enabled_venues, rest, unified
from generator.rest import SpecError

RUNTIME = ROOT / "venuekit"


def generate(package: str, out_dir: Path, spec_path: Path | None = None) -> None:
    """Rewrite `out_dir/package` from `spec_path` (default specs/<package>/openapi.yaml) and the asyncapi.yaml
    beside it, if any."""
    openapi = spec_path or ROOT / "specs" / package / "openapi.yaml"
    streams_spec = openapi.parent / "asyncapi.yaml"
    has_streams = streams_spec.exists()
    stream_classes = asyncapi.stream_exports(package, streams_spec) if has_streams else []
    rest.generate(package, out_dir, spec_path, stream_classes)
    if has_streams:
        asyncapi.generate(package, out_dir, streams_spec)
    unified.generate(package, out_dir, openapi)


def link_packages(generated: Path = ROOT / "generated", runtime: Path = RUNTIME) -> None:
    """`venuekit/<package>` -> `../generated/<package>` for every generated package, so that each imports as
    `venuekit.<package>`; links whose target is gone are removed. A package may not take a runtime module's name."""
    for link in sorted(runtime.iterdir()):
        if link.is_symlink() and not link.exists():
            link.unlink()
    for package in sorted(p for p in generated.iterdir() if (p / "__init__.py").is_file()):
        link = runtime / package.name
        target = Path("..") / generated.name / package.name
        if link.is_symlink() and Path(os.readlink(link)) == target:
            continue
        if link.exists() or link.is_symlink():
            raise SpecError(f"{package.name}: venuekit/{package.name} exists and is not a link to {target}")
        link.symlink_to(target, target_is_directory=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("venues", nargs="*", help="packages to generate (default: every venue)")
    parser.add_argument("--out", type=Path, default=ROOT / "generated")
    parser.add_argument("--spec", type=Path, help="spec file to use instead of specs/<package>/openapi.yaml")
    args = parser.parse_args()
    for package in args.venues or enabled_venues():
        generate(package, args.out, args.spec)
        print(f"generated {package}")
    if args.out.resolve() == (ROOT / "generated").resolve():
        link_packages()
        if not args.venues and unified.update_readme():
            print("updated the README's unified matrix")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
