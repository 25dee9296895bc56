# Two commands on a fresh machine: `make run` starts the app, `make test` runs every check.
# Both create the virtual environment in .venv and install what they need first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP_APP := $(VENV)/.installed-app
STAMP_TEST := $(VENV)/.installed-test

.PHONY: run test lint typecheck imports pytest smoke bench screenshots translations audio bundle dist clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_APP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test,bench,tools]"
	touch $@ $(STAMP_APP)

run: $(STAMP_APP)
	$(BIN)/examtrainer

lint: $(STAMP_TEST)
	$(BIN)/ruff check examtrainer tests bench tools packaging

typecheck: $(STAMP_TEST)
	$(BIN)/mypy

imports: $(STAMP_TEST)
	$(BIN)/lint-imports

pytest: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q -ra

test: lint typecheck imports pytest

smoke: $(STAMP_APP)
	QT_QPA_PLATFORM=offscreen $(BIN)/examtrainer --smoke

bench: $(STAMP_TEST)
	$(BIN)/python bench/startup.py
	$(BIN)/python bench/adaptive_vs_catsim.py

screenshots: $(STAMP_TEST)
	xvfb-run -a -s "-screen 0 1280x800x24" $(BIN)/python tools/screenshots.py

translations: $(STAMP_TEST)
	$(BIN)/python tools/translations.py

audio: $(STAMP_TEST)
	$(BIN)/python tools/build_audio.py

STAMP_BUILD := $(VENV)/.installed-build

$(STAMP_BUILD): packaging/requirements-build.txt $(STAMP_TEST)
	$(BIN)/python -m pip install --quiet -r packaging/requirements-build.txt
	touch $@

# The bundle only (dist/examtrainer/), with its smoke test.
bundle: $(STAMP_BUILD)
	$(BIN)/pyinstaller --noconfirm packaging/examtrainer.spec
	QT_QPA_PLATFORM=offscreen EXAMTRAINER_HOME=$$(mktemp -d) dist/examtrainer/examtrainer --smoke

# Build, check libraries, smoke test in an empty data folder, start-up against source,
# tarball, size against budget (fails when over); see docs/packaging.md.
dist: $(STAMP_BUILD)
	$(BIN)/python tools/dist.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist *.egg-info
