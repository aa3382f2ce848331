"""Doc inventory: the facts a venue's saved documentation states, extracted into specs/<venue>/doc-inventory.yaml.

    python -m generator.inventory <venue> <path-to-saved-doc> [--out FILE]

The inventory lists the documented operations (method + path as the docs write them) and, for each, the
parameter names with their required flags, the response field names and the enum values the tables give; plus
the venue's error codes. It is what `generator.docs_check` compares the OpenAPI spec against, and its git diff
is the readable summary of what changed when a venue changes its docs.

One small parser per doc format (GMO's flattened HTML text in English and Japanese, HashKey's flattened HTML
with pipe tables, GOPAX's Slate markdown, Bitunix's auth-page fragment). Parsers are deterministic and tolerant:
a table they do not recognise is skipped, never an error.

Everything above the `accepted-differences:` key is generated. That key and whatever follows it (comments
included) is written by people and carried over verbatim from the existing file when the inventory is rebuilt.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
ACCEPTED_KEY = "accepted-differences:"
METHODS = ("GET", "POST", "PUT", "DELETE", "PATCH")


@dataclass
class Param:
    name: str
    required: bool | None = None  # None: the doc does not say
    conditional: bool = False  # required only in some cases (the doc names them); recorded as not required
    location: str = ""  # path | query | body, when the doc says; "" otherwise
    enum: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name}
        if self.location:
            out["in"] = self.location
        if self.required is not None:
            out["required"] = self.required
        if self.conditional:
            out["conditional"] = True
        if self.enum:
            out["enum"] = self.enum
        return out


@dataclass
class Field:
    name: str  # as the doc's table writes it; `parent.child` for nested fields
    enum: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name}
        if self.enum:
            out["enum"] = self.enum
        return out


@dataclass
class Operation:
    method: str
    path: str  # as documented, path parameters written `{Name}`
    params: list[Param] = field(default_factory=list)
    fields: list[Field] = field(default_factory=list)
    source: str = ""  # "" = documented with tables; "samples" = known only from the request samples

    def add_param(self, param: Param) -> None:
        for existing in self.params:
            if existing.name == param.name:
                existing.enum = _merge(existing.enum, param.enum)
                return
        self.params.append(param)

    def add_field(self, item: Field) -> None:
        for existing in self.fields:
            if existing.name == item.name:
                existing.enum = _merge(existing.enum, item.enum)
                return
        self.fields.append(item)


@dataclass
class ErrorCode:
    code: str
    message: str
    http: str = ""


@dataclass
class Inventory:
    venue: str
    operations: list[Operation] = field(default_factory=list)
    error_codes: list[ErrorCode] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _merge(a: list[str], b: Iterable[str]) -> list[str]:
    out = list(a)
    for value in b:
        if value not in out:
            out.append(value)
    return out


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# --------------------------------------------------------------------------------------------------------------
# GMO Coin (crypto, English) and GMO Coin FX (Japanese): flattened HTML text.
#
#   GET /public/v1/klines              <- the operation line
#   Parameters                         <- headings (the FX text lost them)
#   Parameter Type Required Available Values
#   interval string                    <- a row: name type [Required|Optional] [text]
#   Required                           <- (crypto) the Required cell on its own line; (FX) lost: a bare row is required
#   1min 5min 10min ...                <- the rest of the row
#   Response
#   Property Name Value Description
#   openTime string Start unix timestamp(milliseconds)
# --------------------------------------------------------------------------------------------------------------

_GMO_OP = re.compile(r"^(GET|POST|PUT|DELETE) (/(?:public|private)/\S+)$")
_GMO_TYPES = r"string|number|integer|bool|boolean|array|object"
_GMO_ROW = re.compile(rf"^([A-Za-z_][\w.\[\]]*) ({_GMO_TYPES})(?: (.*))?$")
_GMO_PARAM_HEADERS = ("Parameter Type Required Available Values", "Property Name Type Required Available Values")
_GMO_FIELD_HEADER = "Property Name Value Description"
_GMO_TABLE_END = {"Response", "Parameters", "Request example:", _GMO_FIELD_HEADER, *_GMO_PARAM_HEADERS}
# An enum run: upper-case identifiers (BUY, EXPIRED_FAK) or interval-like tokens (1min, 4hour).
_ENUM_TOKEN = re.compile(r"^(?:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*|[0-9]+[a-z]+)$")
_CONDITIONAL = re.compile(r"Required if|Depending on|Either .* is required|いずれか1つが必須|の場合は必須|場合のみ必須")
_NOT_ENUM_LABEL = re.compile(r"format|フォーマット", re.IGNORECASE)


def _enum_run(text: str, labelled_only: bool) -> tuple[list[str], bool]:
    """Leading run of enum-like tokens, after an optional `Label:`; and whether the run covers the whole text."""
    text = text.strip()
    label_match = re.match(r"^([^:\uff1a]{1,40})[:\uff1a]\s*(.*)$", text)  # ASCII or full-width colon
    if label_match:
        if _NOT_ENUM_LABEL.search(label_match.group(1)):
            return [], False
        text = label_match.group(2)
    elif labelled_only:
        return [], False
    values: list[str] = []
    tokens = text.split()
    for token in tokens:
        if not _ENUM_TOKEN.match(token):
            break
        values.append(token)
    whole = bool(values) and len(values) == len(tokens)
    if len(values) == 1 and not whole:
        return [], False  # one capitalised word at the start of a sentence is not an enum
    return values, whole


def _gmo_rows(lines: list[str], start: int, stop: int) -> list[tuple[str, str, list[str]]]:
    """Rows of one flattened table: (name, first cell text, continuation lines)."""
    rows: list[tuple[str, str, list[str]]] = []
    blank = 0
    for index in range(start, stop):
        line = lines[index].strip()
        blank = blank + 1 if not line else 0
        if blank >= 2 or line in _GMO_TABLE_END:
            break
        match = _GMO_ROW.match(line)
        if match:
            rows.append((match.group(1), match.group(3) or "", []))
        elif rows:
            rows[-1][2].append(line)
    return rows


def _gmo_param(name: str, rest: str, more: list[str], bare_means_required: bool) -> Param:
    param = Param(name)
    text = rest
    if rest.startswith("Required"):
        param.required, text = True, rest[len("Required") :].strip()
    elif rest.startswith("Optional"):
        param.required, text = False, rest[len("Optional") :].strip()
    elif not rest and more and more[0] == "Required":
        param.required = True
        more = more[1:]
    elif not rest and bare_means_required:
        param.required = True  # the FX text lost the Required cell: a row with nothing after its type is required
    description = [text, *more] if text else list(more)
    if any(_CONDITIONAL.search(line) for line in description):
        param.required, param.conditional = False, True
    for index, line in enumerate(description):
        if _CONDITIONAL.search(line):
            break
        values, whole = _enum_run(line, labelled_only=False)
        param.enum = _merge(param.enum, values)
        if not whole:
            break
        if index + 1 < len(description) and not description[index + 1]:
            break
    return param


def _gmo_field(name: str, rest: str) -> Field:
    values, _ = _enum_run(rest, labelled_only=True)
    return Field(name, values)


def _gmo_sample_op(lines: list[str], start: int, stop: int) -> tuple[str, str, list[str]] | None:
    """Method, documented path and body keys of the Python request sample in lines[start:stop]."""
    method = endpoint = path = ""
    keys: list[str] = []
    in_body = False
    for line in lines[start:stop]:
        if not endpoint and (m := re.match(r"^endPoint\s*=\s*'(https://[^']+)'", line)):
            endpoint = m.group(1)
        elif endpoint and not path and (m := re.match(r"^path\s*=\s*'([^'?]+)", line)):
            path = m.group(1)
        elif not method and (m := re.match(r"^method\s*=\s*'([A-Z]+)'", line)):
            method = m.group(1)
        elif re.match(r"^reqBody\s*=\s*\{", line):
            in_body = True
        elif in_body and (m := re.match(r'^\s*"(\w+)"\s*:', line)):
            keys.append(m.group(1))
        elif in_body and re.match(r"^\w", line):
            break
    if not (endpoint and path):
        return None
    prefix = re.sub(r"^https://[^/]+", "", endpoint)
    return method or "GET", prefix + path, keys


def parse_gmo(text: str, *, fx: bool) -> Inventory:
    lines = text.splitlines()
    inventory = Inventory("gmo_coin_fx" if fx else "gmo_coin")
    op_lines = [(i, m) for i, line in enumerate(lines) if (m := _GMO_OP.match(line.strip()))]
    for number, (index, match) in enumerate(op_lines):
        op = Operation(match.group(1), match.group(2))
        end = op_lines[number + 1][0] if number + 1 < len(op_lines) else len(lines)
        for cursor in range(index + 1, end):
            line = lines[cursor].strip()
            if line == "Request example:":
                break
            if line in _GMO_PARAM_HEADERS:
                for name, rest, more in _gmo_rows(lines, cursor + 1, end):
                    op.add_param(_gmo_param(name, rest, more, bare_means_required=fx))
            elif line == _GMO_FIELD_HEADER:
                # GMO's transfer operation heads its parameter table with the response header.
                previous = next((lines[k].strip() for k in range(cursor - 1, index, -1) if lines[k].strip()), "")
                for name, rest, more in _gmo_rows(lines, cursor + 1, end):
                    if previous == "Parameters":
                        op.add_param(Param(name, enum=_gmo_param(name, rest, more, False).enum))
                    else:
                        op.add_field(_gmo_field(name, rest))
        inventory.operations.append(op)
    # Operations the (truncated) doc shows only through request samples after the last documented one.
    documented = {(op.method, op.path) for op in inventory.operations}
    sample_starts = [i for i, line in enumerate(lines) if line.strip() == "Request example:"]
    last_op = op_lines[-1][0] if op_lines else 0
    for number, start in enumerate(sample_starts):
        if start < last_op:
            continue
        stop = sample_starts[number + 1] if number + 1 < len(sample_starts) else len(lines)
        found = _gmo_sample_op(lines, start, stop)
        if found and (found[0], found[1]) not in documented and not found[1].startswith("/ws"):
            op = Operation(found[0], found[1], source="samples")
            for key in found[2]:
                op.add_param(Param(key, location="body"))
            inventory.operations.append(op)
            documented.add((op.method, op.path))
    inventory.error_codes = _gmo_error_codes(lines)
    return inventory


def _gmo_error_codes(lines: list[str]) -> list[ErrorCode]:
    codes: list[ErrorCode] = []
    try:
        start = next(i for i, line in enumerate(lines) if line.strip() == "Error Codes")
    except StopIteration:
        return codes
    for line in lines[start + 1 :]:
        line = line.strip()
        if not line or line == "Error Code Description":
            if codes:
                break
            continue
        match = re.match(r"^(ERR-\d+) (.*)$", line)
        if match:
            codes.append(ErrorCode(match.group(1), match.group(2).strip()))
        elif codes:
            codes[-1].message = f"{codes[-1].message} {line}"
    return codes


# --------------------------------------------------------------------------------------------------------------
# HashKey MENA: flattened HTML with markdown pipe tables. A row whose Req'd cell was empty lost that cell and its
# other cells moved one column left, so "required" is exactly `Req'd == Y`; `C` is conditional.
# --------------------------------------------------------------------------------------------------------------

_HK_OP = re.compile(r"^(GET|POST|PUT|DELETE) (/\S+)$")
_HK_SEPARATOR = re.compile(r"^\|(?:\s*:?-{3,}:?\s*\|)+\s*$")
_HK_ROOT_ARRAY = ("*", "No")
_HK_FIELD_NAME = re.compile(r"^([A-Za-z_][\w.]*)(?:=(\w+))?")
_HK_ENUM_VALUE = re.compile(r"\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\b")


def _cells(row: str) -> list[str]:
    return [cell.strip() for cell in row.strip().strip("|").split("|")]


def _pipe_tables(lines: list[str], start: int, stop: int) -> list[tuple[int, list[str], list[list[str]]]]:
    """(line index, header cells, rows) of every pipe table in lines[start:stop]; broken rows are re-joined."""
    tables: list[tuple[int, list[str], list[list[str]]]] = []
    index = start
    while index < stop - 1:
        line = lines[index].strip()
        if line.startswith("|") and _HK_SEPARATOR.match(lines[index + 1].strip()):
            header = _cells(line)
            rows: list[list[str]] = []
            cursor = index + 2
            pending = ""
            while cursor < stop:
                row = lines[cursor].strip()
                if pending:
                    if row.startswith("|") and row.rstrip("|").strip() == "":
                        row = ""  # a lone `|` closing the previous row
                    pending = f"{pending} {row}" if row else pending
                    if not row or row.endswith("|"):
                        rows.append(_cells(pending))
                        pending = ""
                    cursor += 1
                    continue
                if not row.startswith("|"):
                    # a row cell that spilled onto its own line: `| a | b |` then `rest |`
                    if row.endswith("|") and rows and cursor > index + 2:
                        rows[-1].append(_clean(row.rstrip("|")))
                        cursor += 1
                        continue
                    break
                if row.rstrip("|").strip() == "":
                    cursor += 1
                    continue
                if row.endswith("|") and len(row) > 1:
                    rows.append(_cells(row))
                else:
                    pending = row
                cursor += 1
            tables.append((index, header, rows))
            index = cursor
        else:
            index += 1
    return tables


def _hk_enum(type_cell: str, description: str) -> list[str]:
    if type_cell.upper() != "ENUM":
        return []
    return _merge([], _HK_ENUM_VALUE.findall(description))


def parse_hashkey(text: str) -> Inventory:
    lines = text.splitlines()
    inventory = Inventory("hashkey_mena")
    error_start = next((i for i, line in enumerate(lines) if line.strip() == "Error Codes"), len(lines))
    op_lines = [(i, m) for i, line in enumerate(lines[:error_start]) if (m := _HK_OP.match(line.strip()))]
    for number, (index, match) in enumerate(op_lines):
        op = Operation(match.group(1), match.group(2))
        end = op_lines[number + 1][0] if number + 1 < len(op_lines) else error_start
        response_at = next((k for k in range(index, end) if lines[k].strip() == "Response Content"), end)
        for at, header, rows in _pipe_tables(lines, index + 1, end):
            names = [cell.lower().replace(" ", "") for cell in header]
            if not names or names[0] != "parameter":
                continue
            has_req = len(names) > 2 and names[2].startswith("req")
            desc_column = next((i for i, n in enumerate(names) if n.startswith("desc")), len(names) - 1)
            for row in rows:
                if not row or not row[0]:
                    continue
                type_cell = row[1] if len(row) > 1 else ""
                if row[0] in _HK_ROOT_ARRAY and "array" in type_cell.lower():
                    continue  # `| * | Object Array |` / `| No | Object Array |`: the body is an array of what follows
                if at < response_at or has_req:
                    required = len(row) > 2 and row[2] == "Y"
                    conditional = len(row) > 2 and row[2] == "C"
                    # The description cell; a row without its Req'd cell has every later cell one column left.
                    at_desc = desc_column if (required or conditional or not has_req) else desc_column - 1
                    param_text = row[at_desc] if 0 <= at_desc < len(row) else ""
                    if not param_text:  # more cells lost: the last non-empty one
                        param_text = next((c for c in reversed(row[2:]) if c and c not in ("Y", "C")), "")
                    op.add_param(Param(row[0], required, conditional, enum=_hk_enum(type_cell, param_text)))
                else:
                    # `-code` marks a nested field; `filterType=PRICE_FILTER` one value of a discriminator;
                    # `(open_price)`, `1st element`, `...` name positions in an array, not fields: skipped.
                    named = _HK_FIELD_NAME.match(row[0].lstrip("-").strip())
                    if named is None:
                        continue
                    # Example and description cells; a row that lost a cell has its description one column left.
                    description = row[3] if len(row) > 3 and row[3] else (row[2] if len(row) > 2 else "")
                    values = [named.group(2)] if named.group(2) else _hk_enum(type_cell, description)
                    op.add_field(Field(named.group(1), values))
        inventory.operations.append(op)
    for _, header, rows in _pipe_tables(lines, error_start, len(lines)):
        if header and header[0].upper() == "ERROR CODE":
            for row in rows:
                if len(row) >= 3 and re.match(r"^-?\d+$", row[0]):
                    inventory.error_codes.append(ErrorCode(row[0], _clean(row[2]), http=row[1]))
            break
    return inventory


# --------------------------------------------------------------------------------------------------------------
# GOPAX: Slate markdown. `## Title` sections; "### HTTP request" then `` `GET /orders/<Order Id>` ``; parameter
# tables under "### URL parameter" / "### Query String Parameter"; fields named in the <code> block of
# "### Description of Response" (`"name": [Label]`), or, without one, the keys of the JSON response example.
# --------------------------------------------------------------------------------------------------------------

_GOPAX_REQUEST = re.compile(r"^`(GET|POST|PUT|DELETE) ([^`]+)`$")
_GOPAX_KEY = re.compile(r'^\s*"(\w+)"\s*:\s*(?:<i[^>]*>\[([^\]]*)\]?)?')


def _json_keys(value: Any) -> list[str]:
    keys: list[str] = []
    if isinstance(value, dict):
        for key, inner in value.items():
            keys = _merge(keys, [str(key)])
            keys = _merge(keys, _json_keys(inner))
    elif isinstance(value, list):
        for inner in value:
            keys = _merge(keys, _json_keys(inner))
    return keys


def _gopax_enum(description: str) -> list[str]:
    values = re.findall(r"`([^`]+)`", description)
    if not values:
        values = re.findall(r"\b([a-z_]+): ", description)
    return _merge([], values)


def parse_gopax(text: str) -> Inventory:
    lines = text.splitlines()
    inventory = Inventory("gopax")
    starts = [i for i, line in enumerate(lines) if line.startswith("## ") or line.startswith("# ")]
    starts.append(len(lines))
    for number in range(len(starts) - 1):
        section = lines[starts[number] : starts[number + 1]]
        request = next((m for line in section if (m := _GOPAX_REQUEST.match(line.strip()))), None)
        if request is None:
            if section and section[0].strip() == "## GOPAX Error":
                for _, header, rows in _pipe_tables(section, 0, len(section)):
                    if header and header[0] == "Error Code":
                        for row in rows:
                            for code in re.split(r"\s*,\s*", row[0]):
                                inventory.error_codes.append(ErrorCode(code, _clean(row[1])))
            continue
        target = request.group(2).strip()
        path, _, query = target.partition("?")
        path = re.sub(r"<([^>]+)>", r"{\1}", path)
        op = Operation(request.group(1), path)
        wire_names = {label.lower(): name for name, label in re.findall(r"(\w+)=<([^>]+)>", query)}
        heading = ""
        labels: dict[str, str] = {}  # label -> field name, from the <code> blocks
        descriptions: dict[str, str] = {}  # label -> description, from the tables
        body_fields: list[str] = []
        response_fields: list[str] = []
        example_keys: list[str] = []
        in_code = in_json = False
        json_lines: list[str] = []
        previous = ""
        for line in section:
            stripped = line.strip()
            if stripped.startswith("### "):
                heading = stripped[4:].strip().lower()
                continue
            if stripped.startswith("<code"):
                in_code = True
                continue
            if in_code:
                if stripped.startswith("</code>"):
                    in_code = False
                elif m := _GOPAX_KEY.match(stripped):
                    target_list = body_fields if "request body" in heading else response_fields
                    target_list.append(m.group(1))
                    if m.group(2):
                        labels[m.group(2).rstrip("[").strip()] = m.group(1)
                continue
            if stripped.startswith("```json"):
                in_json, json_lines = previous.startswith("> Response"), []
                continue
            if stripped.startswith("```") and in_json:
                in_json = False
                with contextlib.suppress(json.JSONDecodeError):
                    example_keys = _merge(example_keys, _json_keys(json.loads("\n".join(json_lines))))
                continue
            if in_json:
                json_lines.append(line)
                continue
            if stripped:
                previous = stripped
        for _, header, rows in _pipe_tables(section, 0, len(section)):
            kind = header[0].lower() if header else ""
            if kind == "parameter" and len(header) == 2:
                continue  # URL parameters: handled below, in path order
            if kind == "parameter" and len(header) >= 3:
                for row in rows:
                    if len(row) < 2:
                        continue
                    name = wire_names.get(row[0].lower(), row[0])
                    required = row[1].lower() in ("yes", "y", "mandatory", "required")
                    op.add_param(Param(name, required, location="query"))
            else:
                for row in rows:
                    if len(row) >= 2:
                        descriptions[row[0].strip()] = row[1]
        for name in re.findall(r"\{([^}]+)\}", path):
            op.params.insert(len([p for p in op.params if p.location == "path"]), Param(name, True, location="path"))
        for name in body_fields:
            label = next((lab for lab, key in labels.items() if key == name), "")
            op.add_param(Param(name, location="body", enum=_gopax_enum(descriptions.get(label, ""))))
        for name in response_fields or example_keys:
            label = next((lab for lab, key in labels.items() if key == name), "")
            op.add_field(Field(name, _gopax_enum(descriptions.get(label, ""))))
        inventory.operations.append(op)
    return inventory


# --------------------------------------------------------------------------------------------------------------
# Bitunix: the seed is the "Quick start" page only (auth, headers, common HTTP errors): no operations, no
# venue error codes. The parser still looks for `METHOD /path` lines, so a fuller saved page would be picked up.
# --------------------------------------------------------------------------------------------------------------


def parse_bitunix(text: str) -> Inventory:
    inventory = Inventory("bitunix")
    for line in text.splitlines():
        match = re.match(r"^\s*(GET|POST|PUT|DELETE) (/api/\S+)\s*$", line)
        if match:
            inventory.operations.append(Operation(match.group(1), match.group(2)))
    if not inventory.operations:
        inventory.notes.append("The saved page documents no operations (authentication and conventions only).")
    return inventory


PARSERS: dict[str, Callable[[str], Inventory]] = {
    "gmo_coin": lambda text: parse_gmo(text, fx=False),
    "gmo_coin_fx": lambda text: parse_gmo(text, fx=True),
    "hashkey_mena": parse_hashkey,
    "gopax": parse_gopax,
    "bitunix": parse_bitunix,
}
"""Extractors for the saved docs this project started from, one per document layout. A new venue's inventory
can be written by hand instead (`make docs-check` reads the file, not the parser); its seed file is the
inventory's own `source:`."""


def seed_name(venue: str, root: Path = ROOT) -> str:
    """The saved doc a committed inventory was built from (its `source:` line)."""
    data = yaml.safe_load(inventory_path(venue, root).read_text(encoding="utf-8")) or {}
    return str(data["source"])


# --------------------------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------------------------


def _flow(value: Any) -> str:
    text = yaml.safe_dump(value, default_flow_style=True, width=1_000_000, sort_keys=False, allow_unicode=True)
    return text.strip().removesuffix("...").strip()


def counts(inventory: Inventory) -> dict[str, int]:
    params = sum(len(op.params) for op in inventory.operations)
    fields = sum(len(op.fields) for op in inventory.operations)
    enums = sum(1 for op in inventory.operations for param in op.params if param.enum)
    enums += sum(1 for op in inventory.operations for item in op.fields if item.enum)
    return {
        "operations": len(inventory.operations),
        "parameters": params,
        "response-fields": fields,
        "enums": enums,
        "error-codes": len({code.code for code in inventory.error_codes}),
    }


def render(inventory: Inventory, source_name: str, source_bytes: bytes, accepted: str) -> str:
    out = [
        f"# Doc inventory of {inventory.venue}: facts extracted from the venue's saved documentation.",
        f"# Generated by `python -m generator.inventory {inventory.venue} <saved doc> --out <this file>`; do not edit",
        f"# above `{ACCEPTED_KEY}` (rebuild instead). `make docs-check` compares it with openapi.yaml.",
        f"venue: {inventory.venue}",
        f"source: {_flow(source_name)}",
        f"source-sha256: {hashlib.sha256(source_bytes).hexdigest()}",
        f"counts: {_flow(counts(inventory))}",
    ]
    if inventory.notes:
        out.append("notes:")
        out.extend(f"  - {_flow(note)}" for note in inventory.notes)
    if not inventory.operations:
        out.append("operations: []")
    else:
        out.append("operations:")
    for op in inventory.operations:
        out.append(f"  - method: {op.method}")
        out.append(f"    path: {_flow(op.path)}")
        if op.source:
            out.append(f"    source: {op.source}  # known only from the request samples")
        if op.params:
            out.append("    parameters:")
            out.extend(f"      - {_flow(p.as_dict())}" for p in op.params)
        if op.fields:
            out.append("    response-fields:")
            out.extend(f"      - {_flow(f.as_dict())}" for f in op.fields)
    if not inventory.error_codes:
        out.append("error-codes: []")
    else:
        out.append("error-codes:")
        for code in inventory.error_codes:
            entry: dict[str, str] = {"code": code.code}
            if code.http:
                entry["http"] = code.http
            entry["message"] = code.message
            out.append(f"  - {_flow(entry)}")
    text = "\n".join(out) + "\n"
    if accepted.strip():
        text += "\n" + accepted.rstrip("\n") + "\n"
    return text


def accepted_block(existing: str) -> str:
    """The hand-written tail of an inventory file: from `accepted-differences:` (and the comments just above it)."""
    lines = existing.splitlines()
    try:
        index = next(i for i, line in enumerate(lines) if line.startswith(ACCEPTED_KEY))
    except StopIteration:
        return ""
    while index > 0 and lines[index - 1].startswith("#"):
        index -= 1
    return "\n".join(lines[index:]) + "\n"


def build(venue: str, doc: Path, existing: str = "") -> str:
    """The inventory file text for `venue` from the saved doc, keeping `existing`'s accepted differences."""
    if venue not in PARSERS:
        raise SystemExit(f"unknown venue {venue!r}; known: {', '.join(sorted(PARSERS))}")
    data = doc.read_bytes()
    inventory = PARSERS[venue](data.decode("utf-8"))
    return render(inventory, doc.name, data, accepted_block(existing))


def inventory_path(venue: str, root: Path = ROOT) -> Path:
    return root / "specs" / venue / "doc-inventory.yaml"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.inventory", description=__doc__.splitlines()[0])
    parser.add_argument("venue", choices=sorted(PARSERS))
    parser.add_argument("doc", type=Path, help="the venue's saved documentation")
    parser.add_argument("--out", type=Path, help="write here (default: stdout); its accepted-differences are kept")
    args = parser.parse_args(argv)
    keep_from = args.out if args.out is not None else inventory_path(args.venue)
    existing = keep_from.read_text(encoding="utf-8") if keep_from.exists() else ""
    text = build(args.venue, args.doc, existing)
    if args.out is None:
        sys.stdout.write(text)
    else:
        args.out.write_text(text, encoding="utf-8")
        print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
