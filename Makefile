# Every target creates .venv and installs what it needs on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: install generate docs-generate docs test lint cassettes clean docs-check spec-diff validate-specs demo bench bench-profile mutation

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

## The main job: the SDK against offline sandboxes of all five venues (no keys, no network).
## VENUEKIT_DEMO_WRONG_SECRET=1 make demo shows each venue's own auth error instead.
demo: install
	$(PY) -m venuekit demo

## Rewrite generated/ from specs/, then the reference pages (deterministic; CI fails if this changes anything).
generate: install
	$(PY) -m generator.generate
	$(PY) -m generator.docs

## docs/reference/<venue>.md from the specs and the generated packages (also the last step of `make generate`).
docs-generate: install
	$(PY) -m generator.docs

## The documentation site in site/ (mkdocs + mkdocs-material, pinned in the `docs` extra), with search.
docs: install
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[docs]'
	$(PY) -m generator.docs
	$(VENV)/bin/mkdocs build --strict --quiet
	@echo "site/index.html (serve it with: $(VENV)/bin/mkdocs serve)"

## Run the whole offline test suite on every core (pytest-xdist). worksteal: each worker starts on one half of the
## suite in order (module fixtures are built once) and an idle worker takes half of the other's queue (the slowest
## tests take 5-20 s). Not loadgroup: with pytest 9.2 xdist_group marks no longer group anything.
test: install
	$(PY) -m pytest -n auto --dist worksteal

## ruff + mypy --strict over hand-written and generated code alike. mypy reaches auth_hooks/ and generated/
## through the venuekit/ symlinks (as venuekit.auth and venuekit.<package>); ruff does not follow links.
CODE := venuekit generator tests benchmarks examples

lint: install
	$(VENV)/bin/ruff check $(CODE) auth_hooks generated
	$(VENV)/bin/ruff format --check $(CODE) auth_hooks generated
	$(VENV)/bin/mypy $(CODE)

## Rebuild the doc-derived contract cassettes from the specs' examples and tests/contract/*/calls.yaml.
cassettes: install
	$(PY) -m tests.contract.build_cassettes

## Compare each venue's doc inventory (specs/<venue>/doc-inventory.yaml) with its OpenAPI spec.
docs-check: install
	$(PY) -m generator.docs_check

## What changed in specs/ since a git ref, and what it does to the clients: make spec-diff OLD=<ref> [NEW=<ref>]
spec-diff: install
	@test -n "$(OLD)" || { echo "usage: make spec-diff OLD=<git ref> [NEW=<git ref>]" >&2; exit 2; }
	$(PY) -m generator.spec_diff $(OLD) $(NEW)

## OpenAPI 3.1 / AsyncAPI 3.0 validation, $refs, operationId + one tag + an example response per operation.
validate-specs: install
	$(PY) -m generator.validate_specs

## Loopback benchmarks vs raw httpx, aiohttp, websockets, ccxt and msgspec (benchmarks/RESULTS.md): every goal of
## the performance issue with met / not met. Prints numbers; never fails on them.
bench: install
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[bench]'
	$(PY) -m benchmarks.run

## py-spy profiles of the SDK hot paths (hot spots with file:line).
bench-profile: install
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[bench,profile]'
	$(PY) -m benchmarks.profile

## Mutation testing (mutmut; slow, not part of CI): writes tests/mutation/REPORT.md. Results are kept in mutants/
## between runs (rm -rf mutants for a fresh start). A subset: make mutation MUTANTS='venuekit.auth.*'
mutation: install
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[mutation]'
	$(PY) -m tests.mutation.run $(MUTANTS)

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache site mutants
