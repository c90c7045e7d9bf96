"""The gazetteer's keys found by bisection until their dict is built (after some lookups, or
by index_keys): the same answers either way, and a one-report command never builds it."""

from __future__ import annotations

import itertools
import os
import random
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

import geo.places.gazetteer as gazetteer
from geo.engines.batch import as_jsonl, run_batch
from geo.places.gazetteer import Gazetteer, _read_index
from geo.places.resolve import extract_report
from geo.records import Report
from tests.conftest import EXAMPLES, evaluation_texts

ROOT = Path(__file__).resolve().parents[1]


def _fresh() -> Gazetteer:
    """An index read anew, none of its lookups asked yet."""
    return _read_index((resources.files("geo") / "data" / gazetteer.INDEX_FILE).read_bytes())


@pytest.fixture(scope="module")
def fresh() -> Gazetteer:
    return _fresh()


def _probes(keys: list[str], n: int = 3000) -> list[str]:
    """Keys of the index, and strings beside them that are not keys (a letter more or less,
    before the first key, after the last)."""
    rng = random.Random(15)
    picked = rng.sample(keys, n)
    return [
        *picked,
        *(k + "a" for k in picked[:500]),
        *(k[:-1] for k in picked[500:1000]),
        "",
        " ",
        "\uffff",
        keys[0][:-1],
        keys[-1] + "z",
    ]


@pytest.mark.parametrize("section", ["_names", "_skeleton"])
def test_keys_are_sorted_and_unique_so_bisection_finds_each(fresh: Gazetteer, section: str):
    keys = getattr(fresh, section).keys
    assert len(keys) > 30_000
    assert all(a < b for a, b in itertools.pairwise(keys))


@pytest.mark.parametrize("section", ["_names", "_skeleton"])
def test_bisection_and_the_dict_give_each_key_the_same_number(
    monkeypatch: pytest.MonkeyPatch, section: str
) -> None:
    monkeypatch.setattr(gazetteer, "_BISECTIONS", 10**9)
    postings = getattr(_fresh(), section)
    probes = _probes(postings.keys)
    by_bisection = [postings.number(key) for key in probes]
    assert postings.index is None and postings.asked == len(probes)
    postings.indexed()
    assert [postings.number(key) for key in probes] == by_bisection
    assert sum(n is not None for n in by_bisection) >= 3000
    assert [postings.get(k) for k in probes[:50]] == [
        postings.rows[postings.offsets[i] : postings.offsets[i + 1]] for i in by_bisection[:50]
    ]


def test_the_dict_is_built_after_the_set_number_of_lookups(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(gazetteer, "_BISECTIONS", 10)
    gaz = _fresh()
    probes = _probes(gaz._names.keys, 20)
    answers = [gaz.has_key(key) for key in probes[:10]]
    assert gaz._names.index is None and gaz.has_key.__self__ is gaz  # still bisecting
    answers += [gaz.has_key(key) for key in probes[10:]]
    assert gaz._names.index is not None
    assert gaz.has_key.__self__ is gaz._names.index  # the dict's own method answers now
    assert answers == [key in gaz._names.index for key in probes]
    assert gaz._skeleton.index is None  # each section on its own count


def test_index_keys_builds_both_dicts_at_once(fresh: Gazetteer) -> None:
    gaz = _fresh()
    gaz.index_keys()
    assert gaz._names.index is not None and gaz._skeleton.index is not None
    assert gaz.has_key("kharkiv") and not gaz.has_key("no such place at all")


def test_a_one_report_extract_asks_far_fewer_keys_than_build_the_dict(tmp_path: Path) -> None:
    code = (
        "import sys; from geo.cli import main; from geo.places.gazetteer import load_gazetteer;"
        "rc = main(sys.argv[1:]); g = load_gazetteer();"
        "print(rc, g._names.index is None, g._skeleton.index is None, g._names.asked)"
    )
    for name in ("kyiv_night.txt", "belgorod_governor_ru.txt", "poltava_night_uk.txt"):
        done = subprocess.run(
            [
                sys.executable,
                "-c",
                code,
                "extract",
                str(EXAMPLES / name),
                "-o",
                str(tmp_path / f"{name}.jsonl"),
            ],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
        rc, names_lazy, skeleton_lazy, asked = done.stdout.split()
        assert (rc, names_lazy, skeleton_lazy) == ("0", "True", "True"), name
        assert 0 < int(asked) < gazetteer._BISECTIONS / 10, name


def _extractions(gaz: Gazetteer, texts: list[str]) -> list[str]:
    return [as_jsonl(extract_report(Report(str(i), t), gaz)).text for i, t in enumerate(texts)]


def test_extractions_are_the_same_by_bisection_and_by_dict(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = [p.read_text("utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    texts += evaluation_texts("dev", "real")[::3]
    monkeypatch.setattr(gazetteer, "_BISECTIONS", 10**9)
    bisecting = _fresh()
    by_bisection = _extractions(bisecting, texts)
    assert bisecting._names.index is None and bisecting._names.asked > 200
    indexed = _fresh()
    indexed.index_keys()
    assert _extractions(indexed, texts) == by_bisection


def test_workers_are_forked_once_the_dicts_are_built(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gazetteer, "_BISECTIONS", 10**9)
    texts = [p.read_text("utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    reports = [Report(str(i), texts[i % len(texts)]) for i in range(80)]
    one, two = _fresh(), _fresh()
    alone = [as_jsonl(e).text for e in run_batch(reports, jobs=1, gaz=one)]
    assert one._names.index is None  # one process: bisection until the set number

    def seen_by_the_worker(ext):  # run where the report is extracted (forked: a closure will do)
        return os.getpid(), two._names.index is not None, as_jsonl(ext).text

    seen = list(run_batch(reports, jobs=2, gaz=two, encode=seen_by_the_worker))
    assert [text for _, _, text in seen] == alone
    in_workers = [built for pid, built, _ in seen if pid != os.getpid()]
    assert in_workers and all(in_workers)  # the workers found the dicts built, not building

    few = _fresh()  # one chunk: extracted here, no worker, no dicts
    assert len(list(run_batch(reports[:5], jobs=2, gaz=few))) == 5
    assert few._names.index is None
