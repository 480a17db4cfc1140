# HouseCat: `make run` starts it, `make test` checks it. Each target installs what it needs.
.PHONY: run test lint fmt bench env browser screenshots

PYTHON ?= python3
UV := $(PYTHON) -m uv
HOST ?= 127.0.0.1
PORT ?= 8000

# uv is the only tool we need beforehand; pip brings it when it is missing.
# Each step says what it does: a first install takes a while, and silence looks like a hang.
env:
	@$(UV) --version >/dev/null 2>&1 || { echo "Installing uv (pip install uv)…"; $(PYTHON) -m pip install --quiet uv; }
	@echo "Installing Python dependencies, with the llm extra (uv sync)…"
	@$(UV) sync --frozen --quiet --extra llm

browser: env
	@$(UV) run --frozen python -m housecat.browser.install

run: browser
	$(UV) run --frozen housecat serve --host $(HOST) --port $(PORT)

lint: env
	$(UV) run --frozen ruff check src tests benchmarks scripts
	$(UV) run --frozen ruff format --check src tests benchmarks scripts
	$(UV) run --frozen mypy

# Two workers, each a whole file at a time: most tests wait on a browser or a server, and
# a file's shared sites and servers start once.
test: lint browser
	$(UV) run --frozen pytest -n 2 --dist loadfile

fmt: env
	$(UV) run --frozen ruff format src tests benchmarks scripts
	$(UV) run --frozen ruff check --fix src tests benchmarks scripts

bench: browser
	@for script in benchmarks/*.py; do echo "== $$script"; $(UV) run --frozen python $$script || exit 1; done

screenshots: browser
	$(UV) run --frozen python scripts/screenshots.py
