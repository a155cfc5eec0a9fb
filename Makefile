# Two commands for a fresh machine: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
QM := $(patsubst resources/i18n/%.ts,focusapp/i18n/%.qm,$(wildcard resources/i18n/*.ts))

.PHONY: run test setup lint typecheck contracts pytest translations bench clean

setup: $(STAMP) translations

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Compiled translations live inside the package so checkout, wheel and bundle load them alike.
translations: $(STAMP) $(QM)

focusapp/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	mkdir -p focusapp/i18n
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

run: setup
	$(VENV)/bin/focusapp $(ARGS)

lint: setup
	$(VENV)/bin/ruff check focusapp tests benchmarks

typecheck: setup
	$(VENV)/bin/mypy focusapp

contracts: setup
	$(VENV)/bin/lint-imports

pytest: setup
	$(PY) -m pytest $(PYTEST_ARGS)

test: lint typecheck contracts pytest

bench: setup
	$(PY) benchmarks/storage.py

clean:
	rm -rf $(VENV) focusapp/i18n/*.qm .pytest_cache .mypy_cache .ruff_cache
