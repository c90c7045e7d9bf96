"""Fuzz test: random and adversarial report texts, through reading and extraction.

A fixed seed makes the cases the same on every run. Every case must be read or skipped with a
reason (never lost, never an exception), and no report may take long.
"""

from __future__ import annotations

import json
import random
import time
import warnings
from pathlib import Path

import pytest

from geo.engines.batch import run_batch
from geo.places.gazetteer import Gazetteer
from geo.read.reports import iter_inputs

SEED = 20260417
CASES = 300
#: Seconds one report of a few KB may take (they take milliseconds; CI machines are slow).
MAX_SECONDS = 3.0

NAMES = [
    "Kharkiv", "Kyiv", "Odesa", "Sumy", "Dnipro", "Kherson", "Belgorod", "Moscow", "Paris",
    "Washington", "Харків", "Київ", "ХАРКІВ", "Одеса", "Белгород", "Kharkiv Oblast",
    "Sumy region", "Kherson's", "Lviv", "Izium", "Zaporizhzhia", "Sevastopol", "Rostov",
]  # fmt: skip
WORDS = [
    "drones", "hit", "struck", "killed", "wounded", "missiles", "the", "village", "of",
    "near", "region", "district", "launched", "from", "intercepted", "were", "and", "in",
    "officials", "said", "a", "decision", "dozens", "two", "1,200", "ballistic", "shot",
]  # fmt: skip
ODD = [
    "\u200d", "\u200b", "\u00ad", "\u2060", "\ufeff", "\u202e", "\u0301", "\ud800", "\udfff",
    "\x00", "\x1b[31m", "\r", "\t", "\u2028", "\u00a0", "\U0001f525", "\U0001f468\u200d\U0001f469",
    "<script>alert(1)</script>", "</script>", "${x}", "`", "<img src=x onerror=alert(1)>",
    "{{ 7*7 }}", "&shy;", "\\", '"', "'", "%s", "\ufffd", "ı", "ß", "İ",
]  # fmt: skip


def _word(rng: random.Random) -> str:
    pick = rng.random()
    if pick < 0.25:
        return rng.choice(NAMES)
    if pick < 0.35:
        name = rng.choice(NAMES)
        at = rng.randrange(1, len(name))
        return name[:at] + rng.choice(ODD) + name[at:]  # an odd character inside a name
    if pick < 0.45:
        return rng.choice(ODD)
    if pick < 0.5:
        return str(rng.randrange(10 ** rng.randrange(1, 60)))  # up to 60 digits
    if pick < 0.53:
        return "".join(chr(rng.randrange(0x20, 0x2FFF)) for _ in range(rng.randrange(1, 30)))
    return rng.choice(WORDS)


def _text(rng: random.Random, i: int) -> str:
    kind = i % 6
    if kind == 0:  # sentences of words, names and odd characters
        return " ".join(_word(rng) for _ in range(rng.randrange(1, 250)))
    if kind == 1:  # punctuation storms and run-on sentences
        return rng.choice([".", ",", ";", "—", "!"]).join(
            _word(rng) for _ in range(rng.randrange(1, 150))
        )
    if kind == 2:  # the same name over and over, in one sentence
        return (rng.choice(NAMES) + rng.choice([" ", ", ", " and "])) * rng.randrange(1, 150)
    if kind == 3:  # random code points, surrogates included
        return "".join(chr(rng.randrange(0, 0x10FFFF)) for _ in range(rng.randrange(1, 300)))
    if kind == 4:  # a plausible report with adversarial numbers
        n = rng.choice(["9" * rng.randrange(1, 5000), "-1", "1e309", "nan", "0x1F", "٣"])
        town = rng.choice(NAMES)
        return (
            f"Russian drones hit {town} overnight. {n} people were killed and {n} wounded. "
            f"Of the {n} missiles, {n} were shot down, officials in {rng.choice(NAMES)} said."
        )
    lines = [" ".join(_word(rng) for _ in range(rng.randrange(1, 20))) for _ in range(30)]
    return "\n".join(lines)  # many short lines and headings


def _write_cases(path: Path) -> tuple[int, int]:
    """Write the cases as JSONL, with bad lines among them; return (good, bad) counts."""
    rng = random.Random(SEED)
    bad_lines = [b"{not json", b"\xff\xfe\x00binary\x00", b"[1, 2]", b'{"title": "no text"}']
    good = bad = 0
    with path.open("wb") as fh:
        for i in range(CASES):
            record = {"id": f"case{i}", "text": _text(rng, i) or "x"}
            fh.write(json.dumps(record).encode("ascii") + b"\n")
            good += 1
            if i % 50 == 7:
                fh.write(rng.choice(bad_lines) + b"\n")
                bad += 1
    return good, bad


class Run:
    """What reading and extracting the fuzz cases gave."""

    def __init__(self) -> None:
        self.good = self.bad = self.read = self.extracted = 0
        self.read_skips: list[tuple[str, str]] = []
        self.extract_skips: list[tuple[str, str]] = []
        self.slowest = (0.0, "")


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory, gaz: Gazetteer) -> Run:
    """Read the cases with ``--skip-bad`` and extract each, timing it."""
    out = Run()
    path = tmp_path_factory.mktemp("fuzz") / "fuzz.jsonl"
    out.good, out.bad = _write_cases(path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # replaced bytes are warned about
        items = list(iter_inputs([str(path)], on_skip=lambda w, r: out.read_skips.append((w, r))))
    out.read = len(items)
    for item in items:
        start = time.perf_counter()
        got = list(
            run_batch(
                [item],
                gaz=gaz,
                on_error=lambda w, r: out.extract_skips.append((w, r)),
                seconds=None,
            )
        )
        out.slowest = max(out.slowest, (time.perf_counter() - start, item.id))
        out.extracted += len(got)
        for ext in got:
            json.dumps([(p.place.name, p.cue, p.sentence) for p in ext.places]).encode("utf-8")
    return out


def test_fuzz_nothing_raises_and_nothing_is_lost(run: Run) -> None:
    assert run.read == run.good  # every good line is read
    assert len(run.read_skips) == run.bad  # and every bad one named
    assert run.extracted + len(run.extract_skips) == run.read  # extracted, or named
    for where, reason in run.read_skips + run.extract_skips:
        assert where.startswith(str(Path(where.split(":")[0]))) and reason
        assert "\n" not in reason


def test_fuzz_no_report_is_slow(run: Run) -> None:
    assert run.slowest[0] < MAX_SECONDS, run.slowest


def test_fuzz_every_report_is_extracted(run: Run) -> None:
    assert run.extract_skips == []
