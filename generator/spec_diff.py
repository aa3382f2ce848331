"""`make spec-diff OLD=<ref>`: what changed in the specs between two versions, and what it does to the clients.

    python -m generator.spec_diff OLD_REF [NEW_REF]         (default NEW: the working tree)
    python -m generator.spec_diff --files OLD.yaml NEW.yaml  (two spec files of one venue)
    options: --fail-on-breaking (exit 1 when anything is breaking), --repo DIR (default: this repository)

Reads specs/*/openapi.yaml at OLD_REF (`git show REF:path`) and at NEW_REF (or the working tree) and prints, per
venue: operations added/removed, parameters added/removed/required-changed, response fields added/removed,
enum values added/removed and type changes, each with its effect on the generated public API
(`client.<tag>.<method>`, its keyword arguments, model attributes). BREAKING marks a removed operation or
method, a removed parameter or response field, a new required parameter, a parameter made required, a narrowed
enum and a changed type. The exit code is 0 unless --fail-on-breaking is given and something is breaking.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.strings import PythonIdentifier

# libyaml when available: the specs are large and the pure-Python loader is slow.
LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
ROOT = Path(__file__).resolve().parent.parent
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
SPEC_GLOB = "specs/*/openapi.yaml"


def snake(name: str) -> str:
    """The Python name openapi-python-client gives a wire name or operationId."""
    return str(PythonIdentifier(name, "field_"))


@dataclass(frozen=True)
class Slot:
    """A parameter or a response field, reduced to what matters to a caller."""

    type: str
    enum: tuple[str, ...] | None = None
    required: bool = False
    location: str = ""  # parameters: query | path | header | body
    owner: str = ""  # response fields: the named schema (model class) that declares it


@dataclass
class Operation:
    method: str
    path: str
    operation_id: str
    tag: str
    params: dict[str, Slot] = field(default_factory=dict)
    fields: dict[str, Slot] = field(default_factory=dict)  # dotted path (`data.list[].price`) -> slot
    paginated: bool = False  # `x-sdk-paginate`: the facade also has an `iter_*` method

    @property
    def iterator(self) -> str:
        return f"client.{self.tag}.iter_{snake(self.operation_id).removeprefix('get_')}"

    @property
    def label(self) -> str:
        return f"{self.method} {self.path}"

    @property
    def facade(self) -> str:
        return f"client.{self.tag}.{snake(self.operation_id)}"


@dataclass
class Change:
    venue: str
    text: str
    breaking: bool = False
    api: str = ""  # the effect on the generated public API

    def __str__(self) -> str:
        mark = "BREAKING " if self.breaking else "         "
        return f"  {mark} {self.text}" + (f"\n             -> {self.api}" if self.api else "")


class SpecModel:
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.operations: dict[tuple[str, str], Operation] = {}
        for path, item in (data.get("paths") or {}).items():
            item = self._resolve(item)[0]
            for method in HTTP_METHODS:
                raw = item.get(method)
                if isinstance(raw, dict):
                    self.operations[(method.upper(), path)] = self._operation(method.upper(), path, item, raw)

    def _resolve(self, node: Any) -> tuple[Any, str]:
        """The node behind any $ref chain, and the name of the last components/schemas entry passed through."""
        name = ""
        for _ in range(32):
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/")):
                break
            ref = node["$ref"]
            if ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[-1]
            target: Any = self.data
            for raw in ref[2:].split("/"):
                part = raw.replace("~1", "/").replace("~0", "~")
                target = target.get(part, {}) if isinstance(target, dict) else {}
            node = target
        return node, name

    def _type(self, schema: Any) -> str:
        schema, _ = self._resolve(schema)
        if not isinstance(schema, dict):
            return "any"
        kind = schema.get("type")
        text = "|".join(str(k) for k in kind) if isinstance(kind, list) else str(kind or "")
        if not text:
            variants = schema.get("oneOf") or schema.get("anyOf") or []
            if variants:
                text = " | ".join(self._type(v) for v in variants)
            elif "properties" in schema:
                text = "object"
            elif "enum" in schema:
                text = "enum"
            else:
                text = "any"
        if schema.get("format"):
            text += f" ({schema['format']})"
        if text.startswith("array") and isinstance(schema.get("items"), dict):
            text = f"array of {self._type(schema['items'])}"
        return text

    def _enum(self, schema: Any) -> tuple[str, ...] | None:
        schema, _ = self._resolve(schema)
        if not isinstance(schema, dict):
            return None
        if "enum" in schema:
            return tuple(str(v) for v in schema["enum"])
        if isinstance(schema.get("items"), dict):
            return self._enum(schema["items"])
        return None

    def _operation(self, method: str, path: str, item: dict[str, Any], raw: dict[str, Any]) -> Operation:
        tags = raw.get("tags") or ["default"]
        op = Operation(method, path, str(raw.get("operationId", f"{method.lower()} {path}")), str(tags[0]))
        op.paginated = bool(raw.get("x-sdk-paginate"))
        for param_raw in [*(item.get("parameters") or []), *(raw.get("parameters") or [])]:
            param, _ = self._resolve(param_raw)
            if isinstance(param, dict) and "name" in param:
                schema = param.get("schema", {})
                op.params[str(param["name"])] = Slot(
                    self._type(schema), self._enum(schema), bool(param.get("required")), str(param.get("in", ""))
                )
        body, _ = self._resolve(raw.get("requestBody") or {})
        for media in ((body or {}).get("content") or {}).values():
            schema, _ = self._resolve(media.get("schema", {}))
            if isinstance(schema, dict) and schema.get("type") == "array":
                schema, _ = self._resolve(schema.get("items", {}))
            if not isinstance(schema, dict):
                continue
            required = set(schema.get("required") or [])
            for name, prop in (schema.get("properties") or {}).items():
                op.params.setdefault(str(name), Slot(self._type(prop), self._enum(prop), name in required, "body"))
        responses = raw.get("responses") or {}
        response, _ = self._resolve(responses.get("200") or responses.get(200) or {})
        for media in ((response or {}).get("content") or {}).values():
            self._fields(media.get("schema", {}), "", "", op.fields, ())
        return op

    def _fields(self, node: Any, prefix: str, owner: str, out: dict[str, Slot], stack: tuple[str, ...]) -> None:
        schema, name = self._resolve(node)
        owner = name or owner
        if not isinstance(schema, dict) or (name and name in stack) or len(stack) > 12:
            return
        stack = (*stack, name) if name else stack
        for key in ("allOf", "anyOf", "oneOf"):
            for inner in schema.get(key) or []:
                self._fields(inner, prefix, owner, out, stack)
        if isinstance(schema.get("items"), dict):
            self._fields(schema["items"], f"{prefix}[]" if prefix else "[]", owner, out, stack)
        required = set(schema.get("required") or [])
        for prop_name, prop in (schema.get("properties") or {}).items():
            dotted = f"{prefix}.{prop_name}" if prefix else str(prop_name)
            out.setdefault(dotted, Slot(self._type(prop), self._enum(prop), prop_name in required, owner=owner))
            self._fields(prop, dotted, owner, out, stack)


def _enum_changes(venue: str, what: str, old: Slot, new: Slot, api: str) -> list[Change]:
    changes = []
    if old.enum is not None and new.enum is not None:
        removed = [v for v in old.enum if v not in new.enum]
        added = [v for v in new.enum if v not in old.enum]
        if removed:
            changes.append(Change(venue, f"{what}: enum narrowed, removed {', '.join(removed)}", True, api))
        if added:
            changes.append(Change(venue, f"{what}: enum values added: {', '.join(added)}"))
    elif old.enum is not None and new.enum is None:
        changes.append(Change(venue, f"{what}: no longer an enum ({', '.join(old.enum)} open to any value)"))
    elif old.enum is None and new.enum is not None:
        changes.append(Change(venue, f"{what}: now restricted to {', '.join(new.enum)}", True, api))
    return changes


def diff_models(venue: str, old: SpecModel, new: SpecModel) -> list[Change]:
    changes: list[Change] = []
    for key, op in old.operations.items():
        if key not in new.operations:
            gone = f"{op.facade}() removed" + (f", {op.iterator}() removed" if op.paginated else "")
            changes.append(Change(venue, f"removed operation {op.label} ({op.operation_id})", True, gone))
    for key, op in new.operations.items():
        if key not in old.operations:
            added = f"{op.facade}() added" + (f", {op.iterator}() added" if op.paginated else "")
            changes.append(Change(venue, f"added operation {op.label} ({op.operation_id})", api=added))
    for key in [k for k in old.operations if k in new.operations]:
        changes.extend(_diff_operation(venue, old.operations[key], new.operations[key]))
    return changes


def _diff_operation(venue: str, old: Operation, new: Operation) -> list[Change]:
    changes: list[Change] = []
    facade = new.facade
    if old.facade != new.facade:
        changes.append(
            Change(
                venue,
                f"{new.label}: operationId/tag {old.tag}.{old.operation_id} -> {new.tag}.{new.operation_id}",
                True,
                f"{old.facade}() removed, {new.facade}() added",
            )
        )
    where = f"{new.label} ({new.operation_id})"
    if old.paginated and not new.paginated:
        changes.append(Change(venue, f"{where}: no longer paginated", True, f"{old.iterator}() removed"))
    elif new.paginated and not old.paginated:
        changes.append(Change(venue, f"{where}: now paginated (x-sdk-paginate)", api=f"{new.iterator}() added"))
    for name, slot in old.params.items():
        if name not in new.params:
            changes.append(
                Change(
                    venue,
                    f"{where}: parameter {name} ({slot.location}) removed",
                    True,
                    f"{facade}(): keyword argument {snake(name)} removed",
                )
            )
    for name, slot in new.params.items():
        kwarg = f"{facade}(): keyword argument {snake(name)}"
        if name not in old.params:
            kind = "required" if slot.required else "optional"
            changes.append(
                Change(
                    venue,
                    f"{where}: {kind} parameter {name} ({slot.location}) added",
                    slot.required,
                    f"{kwarg} added ({kind})",
                )
            )
            continue
        before = old.params[name]
        what = f"{where}: parameter {name}"
        if slot.required and not before.required:
            changes.append(Change(venue, f"{what} made required", True, f"{kwarg} now required"))
        elif before.required and not slot.required:
            changes.append(Change(venue, f"{what} made optional", api=f"{kwarg} now optional"))
        if slot.type != before.type:
            changes.append(Change(venue, f"{what}: type {before.type} -> {slot.type}", True, f"{kwarg} changes type"))
        if slot.location != before.location:
            changes.append(Change(venue, f"{what}: moved from {before.location} to {slot.location}"))
        changes.extend(_enum_changes(venue, what, before, slot, f"{kwarg} accepts fewer values"))
    for path, slot in old.fields.items():
        if path not in new.fields:
            leaf = path.rsplit(".", 1)[-1]
            model = f"{slot.owner}.{snake(leaf)}" if slot.owner and not leaf.endswith("[]") else path
            changes.append(
                Change(venue, f"{where}: response field {path} removed", True, f"model attribute {model} removed")
            )
    for path, slot in new.fields.items():
        if path not in old.fields:
            leaf = path.rsplit(".", 1)[-1]
            model = f"{slot.owner}.{snake(leaf)}" if slot.owner else path
            changes.append(Change(venue, f"{where}: response field {path} added", api=f"model attribute {model} added"))
            continue
        before = old.fields[path]
        what = f"{where}: response field {path}"
        model = f"model attribute {slot.owner}.{snake(path.rsplit('.', 1)[-1])}" if slot.owner else path
        if slot.type != before.type:
            changes.append(Change(venue, f"{what}: type {before.type} -> {slot.type}", True, f"{model} changes type"))
        if before.required and not slot.required:
            changes.append(Change(venue, f"{what} no longer always present", api=f"{model} may now be UNSET"))
        changes.extend(_enum_changes(venue, what, before, slot, f"{model}: enum members removed"))
    return changes


# --------------------------------------------------------------------------------------------------------------
# Reading the two versions
# --------------------------------------------------------------------------------------------------------------


def _git(repo: Path, *args: str) -> str:
    result = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"git {' '.join(args)} failed: {result.stderr.strip()}")
    return result.stdout


def specs_at(repo: Path, ref: str | None) -> dict[str, str]:
    """venue -> openapi.yaml text, at a git ref (None: the working tree)."""
    if ref is None:
        return {p.parent.name: p.read_text(encoding="utf-8") for p in sorted(repo.glob(SPEC_GLOB))}
    names = _git(repo, "ls-tree", "-r", "--name-only", ref, "--", "specs").splitlines()
    found = {}
    for name in names:
        parts = name.split("/")
        if len(parts) == 3 and parts[2] == "openapi.yaml":
            found[parts[1]] = _git(repo, "show", f"{ref}:{name}")
    return found


def diff_texts(old: dict[str, str], new: dict[str, str]) -> list[Change]:
    changes: list[Change] = []
    for venue in sorted(set(old) | set(new)):
        if venue not in new:
            changes.append(Change(venue, f"spec removed: specs/{venue}/openapi.yaml", True, f"package {venue} removed"))
            continue
        new_model = SpecModel(yaml.load(new[venue], Loader=LOADER) or {})
        if venue not in old:
            changes.append(Change(venue, f"new spec: {len(new_model.operations)} operations"))
            continue
        changes.extend(diff_models(venue, SpecModel(yaml.load(old[venue], Loader=LOADER) or {}), new_model))
    return changes


def report(changes: list[Change], title: str) -> str:
    lines = [f"spec-diff {title}"]
    venue = None
    for change in changes:
        if change.venue != venue:
            venue = change.venue
            lines.append(f"== {venue}")
        lines.append(str(change))
    breaking = sum(1 for c in changes if c.breaking)
    lines.append(f"{len(changes)} change(s), {breaking} breaking" if changes else "no changes to the specs' API")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.spec_diff", description=__doc__.splitlines()[0])
    parser.add_argument("refs", nargs="*", metavar="REF", help="OLD_REF [NEW_REF] (default NEW: the working tree)")
    parser.add_argument("--files", nargs=2, type=Path, metavar=("OLD", "NEW"), help="compare two spec files")
    parser.add_argument("--repo", type=Path, default=ROOT, help="git repository (default: this one)")
    parser.add_argument("--fail-on-breaking", action="store_true", help="exit 1 when a change is breaking")
    args = parser.parse_args(argv)
    if args.files:
        if args.refs:
            parser.error("give either refs or --files")
        old_path, new_path = args.files
        venue = new_path.parent.name or "spec"
        changes = diff_texts(
            {venue: old_path.read_text(encoding="utf-8")}, {venue: new_path.read_text(encoding="utf-8")}
        )
        title = f"{old_path} -> {new_path}"
    else:
        if not 1 <= len(args.refs) <= 2:
            parser.error("give OLD_REF [NEW_REF]")
        old_ref = args.refs[0]
        new_ref = args.refs[1] if len(args.refs) == 2 else None
        changes = diff_texts(specs_at(args.repo, old_ref), specs_at(args.repo, new_ref))
        title = f"{old_ref} -> {new_ref or 'working tree'}"
    print(report(changes, title))
    return 1 if args.fail_on_breaking and any(c.breaking for c in changes) else 0


if __name__ == "__main__":
    sys.exit(main())
