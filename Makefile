# geomap: `make demo` maps the example articles, `make test` runs the tests.
# Both create .venv and install everything from the package registries
# (PyPI, npm, and Debian's chromium/gdal-bin for the browser and GIS tests).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ASSETS := node_modules/.installed

.PHONY: setup demo test lint bench system-packages clean

setup: $(STAMP) $(ASSETS)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	$(BIN)/python -m gazetteer.build
	touch $(STAMP)

# Leaflet and the folium plugins at folium's pinned versions, and the Natural
# Earth outlines, for offline maps (read from node_modules at run time).
$(ASSETS): package.json package-lock.json
	npm ci --silent --no-audit --no-fund
	touch $(ASSETS)

# Headless Chromium (browser tests, screenshots) and GDAL's ogrinfo (export tests).
system-packages:
	@if ! command -v chromium >/dev/null || ! command -v ogrinfo >/dev/null; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium chromium-driver gdal-bin >/dev/null; \
	  else \
	    echo "note: chromium/gdal-bin missing and not root: browser and ogrinfo tests will skip"; \
	  fi; \
	fi

demo: setup system-packages
	$(BIN)/geomap events examples/ -o outputs/events.geojson
	$(BIN)/geomap map outputs/events.geojson --offline -o outputs/map.html
	$(BIN)/python -m geomap.maps.screenshot outputs/map.html -o outputs/map.png --popup
	@echo "open outputs/map.html (self-contained; screenshot in outputs/map.png)"

test: setup system-packages
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest -q

lint: setup
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

bench: setup
	$(BIN)/python bench/gazetteer_load.py
	$(BIN)/python bench/geoparse.py --split test
	$(BIN)/python bench/events.py
	$(BIN)/python bench/events_dev.py --split test
	$(BIN)/python bench/event_location.py --split test
	$(BIN)/python bench/map.py

clean:
	rm -rf $(VENV) node_modules outputs/*.html outputs/*.geojson outputs/*.png
