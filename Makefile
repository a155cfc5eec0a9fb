# Two commands for a fresh machine: `make run` and `make test` (see README.md).
# Python 3.12 or newer: on 3.11, PySide6 6.12 drops a reference to None in every Qt call that
# returns nothing, and a long-running app aborts with "none_dealloc" (measured: ~5,000 calls).
PYTHON ?= $(firstword $(foreach p,python3.13 python3.12 $(wildcard $(HOME)/.pyenv/versions/3.1[2-9]*/bin/python3) python3,\
  $(shell $(p) -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1 && echo $(p))))
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TEST_BUILD := focusapp/services/blocking/TEST_BUILD
QM := $(patsubst resources/i18n/%.ts,focusapp/i18n/%.qm,$(wildcard resources/i18n/*.ts))

.PHONY: extension run test setup lint typecheck contracts pytest translations i18n-update i18n-check bench clean dist dist-check packaging-check guide-shots ui-shots
I18N_SOURCES := focusapp/app.py focusapp/gui.py focusapp/cli.py focusapp/client.py focusapp/headless.py $(wildcard focusapp/flows/*.py focusapp/ui/*.py focusapp/ui/*/*.py)
TS := resources/i18n/focusapp_en.ts resources/i18n/focusapp_fr.ts

setup: $(STAMP) translations $(TEST_BUILD)

# Marks this checkout as a test build: only then does the root hosts helper honour its hidden
# --test-hosts-path (helper.py). Never in a wheel or a bundle (pyproject.toml, focusapp.spec).
$(TEST_BUILD):
	echo "A source checkout set up by make setup: the hosts helper may edit test files." > $@

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "FocusApp needs Python 3.12 or newer (python3.12 not found)." >&2; exit 1; }
	$(PY) -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null || \
	  { rm -rf $(VENV) && $(PYTHON) -m venv $(VENV); }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Compiled translations live inside the package so checkout, wheel and bundle load them alike.
translations: $(STAMP) $(QM)

focusapp/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	mkdir -p focusapp/i18n
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Re-extract the strings of the UI into the .ts files (then translate the new French ones).
i18n-update: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -locations none $(I18N_SOURCES) -ts $(TS)

# Fails when the .ts files are not up to date with the code (run `make i18n-update`).
i18n-check: $(STAMP)
	$(PY) tools/i18n_check.py $(TS) -- $(I18N_SOURCES)

# The browser extension's two packages (Chromium, Firefox) in build/extension/.
extension: $(STAMP)
	$(PY) tools/build_extension.py build/extension

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

test: lint typecheck contracts i18n-check pytest

# A one-folder bundle (PyInstaller) in build/dist/FocusApp, and a check that it starts.
dist: setup
	$(PY) -c 'import PyInstaller' 2>/dev/null || $(PY) -m pip install --quiet -e '.[dist]'
	$(VENV)/bin/pyinstaller --noconfirm --distpath build/dist --workpath build/work packaging/focusapp.spec

dist-check: setup packaging-check
	packaging/check_bundle.sh

# The desktop entry and the AppStream metainfo pass their validators.
packaging-check:
	desktop-file-validate packaging/linux/*.desktop
	appstreamcli validate --no-net packaging/linux/*.metainfo.xml

# The guide's pictures, taken from the real app by a script (tools/screenshots.py).
guide-shots: setup
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py docs/images en

# The windows to look at before a release: English, French, a dark desktop, and a
# pseudo-locale of long strings that shows any label cut short.
ui-shots: setup
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py test-artifacts/en en
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py test-artifacts/fr fr
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py test-artifacts/dark en dark
	QT_QPA_PLATFORM=offscreen $(PY) tools/pseudo_locale.py test-artifacts/pseudo

bench: setup
	$(PY) benchmarks/bench.py --out build/bench.md
	$(PY) tools/perf_section.py build/bench.md

clean:
	rm -rf $(VENV) build focusapp/i18n/*.qm .pytest_cache .mypy_cache .ruff_cache $(TEST_BUILD)
