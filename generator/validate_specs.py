"""`make validate-specs`: every spec under specs/ is well formed and follows the project's rules.

    python -m generator.validate_specs [FILE ...]      (default: specs/*/openapi.yaml and specs/*/asyncapi.yaml)

- specs/*/openapi.yaml validates with openapi-spec-validator (OpenAPI 3.1);
- specs/*/asyncapi.yaml, where present, validates against the AsyncAPI 3.0.0 JSON schema, vendored (no network)
  in generator/schemas/asyncapi-3.0.0.json from the npm package @asyncapi/specs (see generator/schemas/README.md);
- every `$ref` resolves (local JSON pointers, and relative file references);
- every OpenAPI operation has an operationId (unique in its spec), exactly one tag, and at least one response
  with an example (`example` or non-empty `examples`).

Exit 1, naming each problem, when any check fails.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import validate as validate_openapi

# libyaml when available: the specs are large and the pure-Python loader is slow.
LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# jsonschema ships no type information (types-jsonschema is not a dev dependency): use it untyped.
jsonschema: Any = importlib.import_module("jsonschema")
ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = Path(__file__).resolve().parent / "schemas"
ASYNCAPI_SCHEMAS = {"3.0.0": SCHEMAS / "asyncapi-3.0.0.json"}
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def spec_files(root: Path = ROOT) -> list[Path]:
    return sorted([*root.glob("specs/*/openapi.yaml"), *root.glob("specs/*/asyncapi.yaml")])


def load(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER)


def _refs(node: Any, where: str = "#") -> Iterator[tuple[str, str]]:
    """(location, $ref) of every reference in a document."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield where, ref
        for key, value in node.items():
            yield from _refs(value, f"{where}/{str(key).replace('~', '~0').replace('/', '~1')}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _refs(value, f"{where}/{index}")


def _pointer(document: Any, pointer: str) -> bool:
    if pointer in ("", "/"):
        return True
    target = document
    for raw in pointer.lstrip("/").split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(target, dict) and part in target:
            target = target[part]
        elif isinstance(target, list) and part.isdigit() and int(part) < len(target):
            target = target[int(part)]
        else:
            return False
    return True


def check_refs(path: Path, document: Any) -> list[str]:
    problems = []
    for where, ref in _refs(document):
        file_part, _, pointer = ref.partition("#")
        if "://" in file_part:
            problems.append(f"{path}: {where}: $ref {ref} points outside the repository (not resolvable offline)")
            continue
        target = document
        if file_part:
            other = (path.parent / file_part).resolve()
            if not other.exists():
                problems.append(f"{path}: {where}: $ref {ref}: file {other} does not exist")
                continue
            target = load(other)
        if not _pointer(target, pointer):
            problems.append(f"{path}: {where}: $ref {ref} does not resolve")
    return problems


def _resolve(document: Any, node: Any) -> Any:
    for _ in range(32):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/")):
            return node
        target = document
        for raw in node["$ref"][2:].split("/"):
            part = raw.replace("~1", "/").replace("~0", "~")
            target = target.get(part, {}) if isinstance(target, dict) else {}
        node = target
    return node


def _has_example(document: Any, operation: dict[str, Any]) -> bool:
    for response in (operation.get("responses") or {}).values():
        response = _resolve(document, response)
        for media in ((response or {}).get("content") or {}).values():
            if isinstance(media, dict) and ("example" in media or media.get("examples")):
                return True
    return False


def check_operations(path: Path, document: Any) -> list[str]:
    problems = []
    seen: dict[str, str] = {}
    for route, raw_item in (document.get("paths") or {}).items():
        item = _resolve(document, raw_item) or {}
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            label = f"{method.upper()} {route}"
            operation_id = operation.get("operationId")
            if not operation_id:
                problems.append(f"{path}: {label}: no operationId")
            elif operation_id in seen:
                problems.append(f"{path}: {label}: operationId {operation_id} is also used by {seen[operation_id]}")
            else:
                seen[str(operation_id)] = label
            tags = operation.get("tags") or []
            if len(tags) != 1:
                problems.append(f"{path}: {label}: needs exactly one tag, has {len(tags)} ({tags})")
            if not _has_example(document, operation):
                problems.append(f"{path}: {label}: no response has an example")
    return problems


@cache
def _asyncapi_validator(version: str) -> Any:
    schema = json.loads(ASYNCAPI_SCHEMAS[version].read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    return validator_class(schema)


def check_asyncapi(path: Path, document: Any) -> list[str]:
    version = str(document.get("asyncapi", "")) if isinstance(document, dict) else ""
    if version not in ASYNCAPI_SCHEMAS:
        return [f"{path}: asyncapi version {version!r} is not one this project validates ({sorted(ASYNCAPI_SCHEMAS)})"]
    problems = []
    for error in sorted(_asyncapi_validator(version).iter_errors(document), key=lambda e: list(e.absolute_path)):
        where = "/".join(str(p) for p in error.absolute_path) or "(root)"
        problems.append(f"{path}: {where}: {error.message[:300]}")
    return problems


def check_openapi(path: Path, document: Any) -> list[str]:
    try:
        validate_openapi(document)
    except Exception as error:  # openapi-spec-validator raises its own error classes
        return [f"{path}: not a valid OpenAPI document: {str(error).splitlines()[0][:300]}"]
    return []


def check_file(path: Path) -> list[str]:
    try:
        document = load(path)
    except yaml.YAMLError as error:
        return [f"{path}: not valid YAML: {error}"]
    if not isinstance(document, dict):
        return [f"{path}: not a mapping"]
    problems = check_refs(path, document)
    if path.name.startswith("asyncapi") or "asyncapi" in document:
        problems += check_asyncapi(path, document)
    else:
        problems += check_openapi(path, document)
        problems += check_operations(path, document)
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.validate_specs", description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="default: specs/*/openapi.yaml and specs/*/asyncapi.yaml")
    args = parser.parse_args(argv)
    files: list[Path] = args.files or spec_files()
    failed = False
    for path in files:
        problems = check_file(path)
        shown = path.resolve().relative_to(ROOT) if path.resolve().is_relative_to(ROOT) else path
        if problems:
            failed = True
            print(f"validate-specs {shown}: FAIL")
            for problem in problems:
                print(f"  {problem}")
        else:
            print(f"validate-specs {shown}: OK")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
