# The two commands of the README: `make run` and `make test`. Both install what they need into .venv.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 7777
# HYVVE's checkout (its migrations build the test database; its clients and Zod schemas run in the tests).
HYVVE_REPO ?= $(CURDIR)/../shared/hyvve/upstream
export HYVVE_REPO

.PHONY: install run test clean

install: $(VENV)/.installed

# constraints.txt pins every dependency to the versions the tests last passed with (pyproject.toml keeps ranges).
$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	@echo "Installing the pinned dependencies into $(VENV): about 2 GB (PyTorch and the local embedding model), several minutes on a first install."
	$(PY) -m pip install --progress-bar on -c constraints.txt -e ".[test]"
	touch $@

# After changing dependencies in pyproject.toml: resolve the ranges afresh in a scratch venv and pin the result.
# Then run `make test` and commit both files.
.PHONY: constraints
constraints:
	rm -rf .venv-constraints
	$(PYTHON) -m venv .venv-constraints
	.venv-constraints/bin/pip install --quiet --upgrade pip
	.venv-constraints/bin/pip install --quiet -e ".[test]"
	{ head -n 2 constraints.txt; .venv-constraints/bin/pip freeze --exclude-editable; } > constraints.txt.new
	mv constraints.txt.new constraints.txt
	rm -rf .venv-constraints

run: install
	$(PY) -m agents serve --host $(HOST) --port $(PORT)

# Three tiers, fastest first: static checks (ruff, strict mypy on agents/), the unit tier (pure logic, seconds),
# then the end-to-end tier (real services over HTTP). PYTEST_ARGS narrows the end-to-end tier.
test: install
	$(PY) -m ruff check agents tests bench
	$(PY) -m mypy
	$(PY) -m pytest tests/unit -q
	$(PY) -m pytest --ignore=tests/unit $(PYTEST_ARGS)

# Against a running `make run` (local mode): agents, runs, an approval and its decision, step by step.
# Without PORT/HOST it finds the running local service itself (.data/service.json), whatever its port.
.PHONY: demo
demo: install
	$(PY) -m agents demo $(if $(filter command line environment,$(origin PORT) $(origin HOST)),--url http://$(HOST):$(PORT))

# .data holds local mode's embedded database (the demo workspace, its runs and knowledge) and the demo token.
clean:
	@echo "Deleting $(VENV) and .data: the local demo database (workspace, runs, approvals, knowledge) and the demo token."
	rm -rf $(VENV) .data

# Regenerate everything in contracts/ that comes from code: openapi.json and db/hyvve.sql from the app,
# then the TypeScript types (contracts/typescript/src) from those and the event schemas. Commit the result.
.PHONY: contracts
contracts: install
	$(PY) -m agents contracts
	cd contracts/typescript && npm ci --no-audit --no-fund --loglevel=error && npm run --silent generate && npx tsc --noEmit -p tsconfig.json

# Benchmarks (bench/): the service against plain agno AgentOS on this machine, ~10 minutes; results in
# bench/results/latest.{json,md}. `make bench BENCH_ARGS=--smoke` runs every scenario briefly (~1 minute).
.PHONY: bench
bench: install
	$(PY) -m bench $(BENCH_ARGS)
