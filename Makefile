# Two entry points for a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test lint clean

$(BIN)/baomi: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

# Exit 1 from `baomi review` means "documents need redaction or review": the demo
# still ran, so only 2 (could not process an input) or worse fails the target.
demo: $(BIN)/baomi
	$(BIN)/baomi review samples/documents --terms samples/secrecy-list.txt --out baomi-out; \
	  status=$$?; test $$status -le 1

test: $(BIN)/baomi
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

lint: $(BIN)/baomi
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) baomi-out .pytest_cache
