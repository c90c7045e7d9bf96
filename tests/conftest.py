"""Shared fixtures: the gazetteer, paths to the examples and to ../shared/data."""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.places.gazetteer import Gazetteer, load_gazetteer

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED_DATA = ROOT.parent / "shared" / "data"
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
