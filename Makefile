# Two commands on a fresh machine (Python 3.11+, pip, make):
#   make demo   set up .venv, install newstrace, analyse examples/corpus -> out/report.html
#   make test   set up .venv with the dev extra, run ruff, mypy and pytest
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: demo test lint typecheck unit eval bench clean

demo: $(VENV)/.base
	rm -rf out
	$(BIN)/newstrace run examples/corpus -o out

test: $(VENV)/.dev lint typecheck unit

lint: $(VENV)/.dev
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(VENV)/.dev
	$(BIN)/mypy

unit: $(VENV)/.dev
	$(BIN)/pytest

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip

$(VENV)/.base: pyproject.toml | $(VENV)/bin/python
	$(PIP) install -e .
	touch $@

$(VENV)/.dev: pyproject.toml | $(VENV)/bin/python
	$(PIP) install -e ".[dev]"
	touch $(VENV)/.base $@

clean:
	rm -rf out build dist .mypy_cache .ruff_cache .pytest_cache src/*.egg-info
