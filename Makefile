# The two commands: `make run` serves the API, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
PORT ?= 5000

.PHONY: run serve test test-sqlite worker schemas contract sdk bench lint lint-imports migrate install

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	rm -f $(VENV)/.installed-* && touch $@

install: $(STAMP)

## Serve on 127.0.0.1:$(PORT): migrate, seed Zou's data and an admin, then run uvicorn.
run: $(STAMP)
	$(PY) -m app init-db
	$(PY) -m app init-data
	$(PY) -m app ensure-admin
	MALLOC_ARENA_MAX=2 PORT=$(PORT) $(PY) -m app serve

# What also runs on SQLite with in-process jobs and events (no Redis, no worker processes).
SQLITE_TESTS := tests/crud tests/auth tests/projects tests/project_templates tests/assets tests/breakdown \
	tests/entities tests/concepts tests/shots tests/edits tests/boards tests/persons tests/departments \
	tests/user tests/tasks tests/comments tests/events tests/news tests/chats tests/search

## The layers (import-linter), the whole suite on PostgreSQL + Redis, then the data and auth tests
## again on SQLite.
test: $(STAMP) lint-imports
	$(PY) -m pytest
	TEST_DATABASE=sqlite $(PY) -m pytest $(SQLITE_TESTS)

test-sqlite: $(STAMP)
	TEST_DATABASE=sqlite $(PY) -m pytest $(SQLITE_TESTS)

## The arq worker (needs REDIS_URL).
worker: $(STAMP)
	$(PY) -m app worker

## Regenerate app/schemas/ from openapi/openapi.yaml.
schemas: $(STAMP)
	bash scripts/generate_schemas.sh

## Point the contract's files at each other and bundle them into openapi/openapi.json.
contract: $(STAMP)
	$(PY) scripts/contract.py

## The TypeScript SDK: its types regenerated from the bundle, then compiled with `tsc --strict`.
sdk: contract
	cd sdk/typescript && npm ci --no-audit --no-fund && npm run generate && npm run build

migrate: $(STAMP)
	$(PY) -m app upgrade-db

lint: $(STAMP) lint-imports
	$(VENV)/bin/ruff check app tests

## The layers and area boundaries declared in pyproject.toml ([tool.importlinter]).
lint-imports: $(STAMP)
	$(VENV)/bin/lint-imports --no-cache

bench: $(STAMP)
	$(PY) -m bench
