"""Shared fixtures: the gazetteer, paths to the examples and to ../shared/data, and the
evaluation and synthetic reports of ../shared read at test time."""

from __future__ import annotations

import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile
from functools import cache
from pathlib import Path

import pytest

# The tests' own pattern cache (geo.patterns), set before geo is first imported, for this
# process and the commands it starts: never the user's, and the same for every run
_PATTERN_CACHE = tempfile.mkdtemp(prefix="strikemap-test-patterns-")
os.environ["STRIKEMAP_CACHE_DIR"] = _PATTERN_CACHE
atexit.register(shutil.rmtree, _PATTERN_CACHE, True)

from geo.places.gazetteer import Gazetteer, load_gazetteer  # noqa: E402
from geo.places.resolve import extract_report  # noqa: E402
from geo.records import Report  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
SHARED_DATA = SHARED / "data"
#: Headless Chromium without any request of its own (no sync, updates or first-run pages).
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--no-default-browser-check",
    "--hide-scrollbars",
)


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    """The shipped gazetteer, loaded once."""
    return load_gazetteer()


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data`` (third-party files for tests); skip when absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present")
    return SHARED_DATA


def read_report(text: str, gaz: Gazetteer) -> tuple[dict[str, int], dict[str, tuple[str, dict]]]:
    """The figures of a report of ``text``, and name -> (role, figures) of each of its
    places (what the reading tests check)."""
    found = extract_report(Report("t", text), gaz)
    return found.facts, {p.place.name: (p.role, dict(p.facts)) for p in found.places}


def evaluation_texts(*sets: str) -> list[str]:
    """The texts of the evaluation reports in ``../shared/eval/<set>/`` for each of ``sets``
    (default: dev and real), in that order and by file name; none where they are absent.
    They are read at test time and never kept in the project."""
    return [
        path.read_text(encoding="utf-8")
        for name in sets or ("dev", "real")
        for path in sorted((SHARED / "eval" / name).glob("*.txt"))
    ]


@cache
def synthetic_texts(n: int) -> tuple[str, ...]:
    """The texts of ``n`` reports made by ``../shared/bench/synth_reports.py`` (its default
    seed, so the same each run); none where the script is absent."""
    script = SHARED / "bench" / "synth_reports.py"
    if not script.is_file():
        return ()
    lines = subprocess.run(
        [sys.executable, str(script), str(n)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    return tuple(json.loads(line)["text"] for line in lines)


def codec_words(text: str, split) -> tuple[list[str], list[int], list[int]] | None:
    """The words, starts and ends a token filter's ``codec_split`` finds in ``text``, as
    :func:`geo.language.text.read_words` reads them; None where it cannot (no split, or a
    character the one-byte codec does not write)."""
    from geo.language.codec import encode
    from geo.language.text import _split_codec

    data = None if split is None else encode(" " + text)
    return None if data is None else _split_codec(data, split)
