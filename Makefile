# make run   — set everything up and start the web app (http://localhost:8501)
# make test  — set everything up (Chromium included, for the browser test) and run the whole test suite
VENV ?= .venv
BIN = $(VENV)/bin

.PHONY: setup run test scan bench clean

setup:
	scripts/setup.sh

run: setup
	$(BIN)/auditor ui

scan: setup
	$(BIN)/auditor batch samples/images --out report.csv

test:
	scripts/setup.sh --with-browser
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python bench/parse.py
	$(BIN)/python bench/ocr.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
