PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run demo-server test lint format lupdate typecheck pytest bench screenshots screenshots-x translations dist clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

## The app in demo mode: the reference server starts inside it, on loopback, with demo data.
run: $(STAMP) $(QM)
	$(PY) -m ui

## The demo server alone, for pointing an app at it with --server.
demo-server: $(STAMP)
	$(PY) -m server demo

## Qt translations, compiled from the .ts sources.
translations: $(QM)

%.qm: %.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

## The whole suite: lint, types, tests (Qt offscreen).
test: $(STAMP) lint typecheck pytest

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(VENV)/bin/lint-imports
	$(PY) -m vulture

## Rewrite the code in the house style (what `make lint` checks).
format: $(STAMP)
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

## Refresh the .ts sources from the code's strings (then translate the new ones and commit).
lupdate: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $$(git ls-files 'ui/*.py' 'ui/**/*.py') -ts $(TS)

typecheck: $(STAMP)
	$(PY) -m mypy protocol jobs server sync models desktop_app ui

## One pytest worker per core; a file's tests stay together so its fixtures start once.
PYTEST_JOBS ?= auto
pytest: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n $(PYTEST_JOBS) --dist loadfile $(PYTEST_ARGS)

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py

## The same in real windows: Xvfb, openbox and xdotool at 1024x768 and 1366x768 (tools/xshots.py).
screenshots-x: $(STAMP) translations
	$(PY) tools/xshots.py

## The one-folder frozen app (PyInstaller, build.spec), then a smoke test that starts it.
dist: $(STAMP) $(QM)
	$(PY) -m pip install --quiet pyinstaller
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build build.spec
	$(PY) tools/smoke_frozen.py dist/personal-account

bench: $(STAMP)
	$(PY) bench/run_all.py

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache $(QM)
