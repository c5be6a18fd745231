# delib: `make run` installs and imports the bundled samples; `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml constraints.txt | cksum | cut -d' ' -f1)
DB ?= deliberations.db
SHARED ?= ../shared

.PHONY: install run test eval bench samples schema clean

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "delib needs Python 3.11 or newer (set PYTHON=python3.11)"; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || { echo "cannot create $(VENV): on Debian, apt-get install python3-venv"; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	@rm -f $(VENV)/.installed-*
	@touch $@

run: install
	$(BIN)/delib ingest samples --db $(DB)

test: install
	$(BIN)/python -m pytest -q

eval: install
	$(BIN)/python $(SHARED)/eval/score.py $(SHARED)/corpus/truth $(SHARED)/corpus/pdf --label corpus

samples: install
	$(BIN)/python samples/generate.py

schema: install
	$(BIN)/python -m schemas.jsonschema > schemas/record.schema.json

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm
