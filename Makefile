# Two commands for a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= demo.db

.PHONY: install demo test test-postgres lint serve clean

$(BIN)/siyaq: pyproject.toml $(wildcard src/native/*.c)
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

install: $(BIN)/siyaq

demo: install
	$(BIN)/siyaq ingest samples/ --db $(DB)
	$(BIN)/siyaq search "القطار" --db $(DB) --limit 3
	$(BIN)/siyaq show https://alkhabar.example/news/2024/03/11/48101.html --db $(DB)
	$(BIN)/siyaq entity "زهير القاسم" --db $(DB)
	$(BIN)/siyaq related https://alkhabar.example/news/2024/03/11/48101.html --db $(DB) --limit 3
	$(BIN)/siyaq stories --db $(DB) --limit 5
	@echo "Read it in a browser: $(BIN)/siyaq serve --db $(DB)   (http://127.0.0.1:8000)"

test: install
	$(BIN)/pytest

# The suite with its PostgreSQL cases: a throwaway server under /tmp (what CI runs).
test-postgres: install
	SIYAQ_TEST_POSTGRES="$$(bash .ci/postgres start)" $(BIN)/pytest; status=$$?; \
	bash .ci/postgres stop; exit $$status

lint: install
	$(BIN)/ruff check src tests
	$(BIN)/mypy

serve: install
	$(BIN)/siyaq serve --db $(DB)

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm
