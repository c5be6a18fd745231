# delib: `make run` installs and imports the bundled samples; `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml constraints.txt | cksum | cut -d' ' -f1)
DB ?= deliberations.db
SHARED ?= ../shared

.PHONY: install system-packages run test lint eval coverage bench bench-scale samples schema screenshots clean

install: system-packages $(STAMP)

# OCR runs Tesseract with its French model (Debian: tesseract-ocr, tesseract-ocr-fra), and garbage
# OCR layers are found with a French word list (wfrench); `make screenshots` takes its pictures
# with headless Chromium (chromium). Installs what is missing as root where apt-get exists,
# otherwise says what to install. Checked every time (it is quick): these live outside the
# virtual environment, so the install stamp cannot stand for them. Chromium is installed on its
# own and may fail: no test needs it, and `make screenshots` says so when it is absent.
system-packages:
	@missing=""; \
	command -v tesseract >/dev/null 2>&1 || missing=" tesseract-ocr"; \
	tesseract --list-langs 2>/dev/null | grep -qx fra || missing="$$missing tesseract-ocr-fra"; \
	test -r /usr/share/dict/french || missing="$$missing wfrench"; \
	browser=""; command -v chromium >/dev/null 2>&1 || browser="chromium"; \
	if [ -z "$$missing$$browser" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		apt-get update -qq || exit 1; \
		if [ -n "$$missing" ]; then \
			echo "installing$$missing"; \
			DEBIAN_FRONTEND=noninteractive apt-get install -y -qq$$missing || exit 1; \
		fi; \
		if [ -n "$$browser" ]; then \
			echo "installing chromium (for make screenshots)"; \
			DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium \
				|| echo "delib: chromium could not be installed: make screenshots will say so and skip"; \
		fi; \
	else \
		echo "delib: missing system packages$$missing $$browser: run 'sudo apt-get install$$missing $$browser'" \
			"(Debian/Ubuntu). Scanned pages need Tesseract with its French model and a French word list" \
			"in /usr/share/dict/french (until then they are flagged needs_ocr); make screenshots needs chromium"; \
	fi

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "delib needs Python 3.11 or newer (set PYTHON=python3.11)"; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || { echo "cannot create $(VENV): on Debian, apt-get install python3-venv"; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev,serve,dask]'
	@rm -f $(VENV)/.installed-*
	@touch $@

run: install
	$(BIN)/delib ingest samples --db $(DB)

test: install
	$(BIN)/python -m pytest -q

# Lint and formatting, as CI checks them (`ruff format .` applies the formatting).
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

eval: install
	$(BIN)/python $(SHARED)/eval/score.py $(SHARED)/corpus/truth $(SHARED)/corpus/pdf --label corpus
	@rm -rf .eval-samples && $(BIN)/python samples/truth.py .eval-samples
	$(BIN)/python $(SHARED)/eval/score.py .eval-samples samples --label samples

# A label-free quality report of a fresh import of real PDFs nobody labelled (the wild corpus, or
# the dev corpus where there is none): the table in coverage.txt, the same figures in coverage.json.
WILD ?= $(if $(wildcard $(SHARED)/corpus-wild/pdf),$(SHARED)/corpus-wild/pdf,$(SHARED)/corpus/pdf)
COVERAGE_DB := .coverage-import.db

coverage: install
	rm -f $(COVERAGE_DB) $(COVERAGE_DB)-wal $(COVERAGE_DB)-shm
	-$(BIN)/delib ingest $(WILD) --db $(COVERAGE_DB)
	$(BIN)/delib report --db $(COVERAGE_DB) --json coverage.json > coverage.txt
	@cat coverage.txt

bench: install
	$(BIN)/python -m bench.run

# The pace over a large archive (20,000 short PDFs, an hour or so on 2 cores; not part of `make
# test`): `make bench-scale SCALE_ARGS="--documents 500"` for a quick look.
SCALE_ARGS ?=
bench-scale: install
	$(BIN)/python -m bench.scale $(SCALE_ARGS)

samples: install
	$(BIN)/python samples/generate.py

schema: install
	$(BIN)/python -m schemas.jsonschema > schemas/record.schema.json

# The pictures of `delib serve` in docs/ (headless Chromium; skipped with a message without it).
screenshots: install
	$(BIN)/python docs/screenshots.py

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm $(COVERAGE_DB)* coverage.txt coverage.json
