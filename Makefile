# Two commands for a newcomer: `make demo` (set up .venv + run the main job) and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint typecheck pytest lock bench

$(STAMP): requirements.lock pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/newsgraph extract examples/ankara-talks.txt --published 2024-09-03 --format table

test: $(STAMP)
	$(BIN)/ruff check newsgraph tests scripts benchmarks
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

# Regenerate the hashed lock from pyproject.toml (needs `uv`; run when dependencies change).
lock:
	uv pip compile pyproject.toml --extra dev --extra eval --generate-hashes --python-version 3.11 \
		--python-platform x86_64-manylinux_2_28 -o requirements.lock

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_extract.py
