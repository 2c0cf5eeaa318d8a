# Two commands for a fresh machine with Python 3.11+ and make: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench clean translations

$(STAMP): pyproject.toml requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (found %s)" % sys.version.split()[0])'
	@echo "Installing pinned dependencies into $(VENV) (first run only)…"
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@# -qq: pip prints errors only. A machine's pip configuration (an index or find-links
	@# folder that is missing) can make it warn once per package, for minutes, with -q alone.
	@$(BIN)/python -m pip install -qq --disable-pip-version-check -r requirements.lock
	@$(BIN)/python -m pip install -qq --disable-pip-version-check --no-deps --no-build-isolation -e .
	@# Bytecode now, as pip does for installed packages: where PYTHONDONTWRITEBYTECODE is set,
	@# every start would otherwise compile the app's own modules again (tens of ms).
	@$(BIN)/python -m compileall -q reader documents index glossary
	@touch $(STAMP)

# `exec`: the recipe's shell becomes the reader, so a signal make passes on (SIGTERM) reaches
# the app, whatever ARGS hold. A closed terminal's SIGHUP goes to make alone when make leads
# the session (a window running `make run`): the app then ends on the tty's hang-up itself.
run: $(STAMP)
	@exec $(BIN)/reader $(ARGS)

test: lint
	$(BIN)/python -m pytest -n 2 --dist worksteal -q

# Style, formatting and types (mypy reads its settings, strict for the cores, from pyproject.toml).
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

bench: $(STAMP)
	@for script in benchmarks/*.py; do $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) build *.egg-info

translations: $(STAMP)
	$(BIN)/pybabel compile --use-fuzzy -d reader/locale -D messages
