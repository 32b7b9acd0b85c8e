# geomap: `make demo` maps the example articles, `make test` runs the tests.
# Both create .venv and install everything from the package registries.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test lint bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	$(BIN)/python -m gazetteer.build
	touch $(STAMP)

demo: setup
	$(BIN)/geomap places examples/ --format geojson -o outputs/places.geojson
	@echo "wrote outputs/places.geojson"

test: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest -q

lint: setup
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

bench: setup
	$(BIN)/python bench/geoparse.py

clean:
	rm -rf $(VENV) outputs/*.html outputs/*.geojson
