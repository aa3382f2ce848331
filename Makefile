# Every target creates .venv and installs what it needs on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: install generate test lint cassettes clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

## Rewrite generated/ from specs/ (deterministic; CI fails if this changes anything).
generate: install
	$(PY) -m generator.generate

## Run the whole offline test suite.
test: install
	$(PY) -m pytest

## ruff + mypy --strict over hand-written and generated code alike.
CODE := venuekit auth_hooks generator generated tests

lint: install
	$(VENV)/bin/ruff check $(CODE)
	$(VENV)/bin/ruff format --check $(CODE)
	$(VENV)/bin/mypy $(CODE)

## Rebuild the doc-derived contract cassettes from the specs' examples and tests/contract/*/calls.yaml.
cassettes: install
	$(PY) -m tests.contract.build_cassettes

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
