"""A parallel run parses its JSONL lines in the workers: what it keeps, drops and reports,
and in which order, is what a run in one process keeps, drops and reports."""

from __future__ import annotations

import json
import os
import pickle
from pathlib import Path

import pytest

from geo.cli import main
from geo.engines.batch import run_batch
from geo.errors import InputError
from geo.places.gazetteer import Gazetteer
from geo.read.reports import Note, Pending, Read, Sources, iter_inputs, read_source
from geo.records import Extraction

TOWNS = ["Sumy", "Odesa", "Kharkiv", "Dnipro", "Poltava", "Kherson", "Mykolaiv"]


def _line(i: int, **extra: object) -> str:
    town = TOWNS[i % len(TOWNS)]
    text = f"Shelling damaged a school in {town} on day {i}; {i % 3} people were hurt."
    return json.dumps({"id": f"d{i}", "date": "2025-04-02", "text": text, **extra})


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def _cli(capsys: pytest.CaptureFixture, *argv: str) -> tuple[int, str, str]:
    code = main(["extract", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_copies_split_across_workers_are_dropped_as_in_one_process(
    tmp_path: Path, gaz: Gazetteer
) -> None:
    lines = [_line(i) for i in range(14)]
    lines[9] = lines[2].replace('"d2"', '"d9"')  # the same text, another id: a copy
    lines[6] = lines[5].replace('"d5"', '"d6"')
    lines[13] = lines[0].replace('"d0"', '"d13"')
    feed = _write(tmp_path / "copies.jsonl", lines)
    kept = [r.id for r in iter_inputs([str(feed)])]
    assert kept == [f"d{i}" for i in range(14) if i not in (6, 9, 13)]
    for jobs in (1, 2):  # one line a chunk: a copy and its first go to different workers
        got = run_batch(Sources([str(feed)]), jobs=jobs, gaz=gaz, chunk_size=1)
        assert [e.report.id for e in got] == kept


def test_cli_output_and_summary_are_the_same_with_copies_far_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    lines = [_line(i) for i in range(120)]
    lines[100] = lines[3]  # in another chunk than its first, extracted by a worker
    lines[110] = _line(110, date="the day after")  # a warning from a worker's line
    feed = _write(tmp_path / "feed.jsonl", lines)
    runs = [_cli(capsys, str(feed), "--jobs", jobs) for jobs in ("1", "2")]
    assert runs[0] == runs[1]
    code, out, err = runs[1]
    assert code == 0 and len(out.splitlines()) > 100
    assert "119 reports read" in err and f"warning {feed}:111: date 'the day after'" in err


def test_a_bad_line_in_a_workers_chunk_is_the_same_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    lines = [_line(i) for i in range(120)]
    lines[89] = '{"id": "broken", "text": "Drones over Sumy'  # line 90
    feed = _write(tmp_path / "bad.jsonl", lines)
    runs = [_cli(capsys, str(feed), "--jobs", jobs) for jobs in ("1", "2")]
    assert runs[0] == runs[1]
    code, out, err = runs[1]
    assert code != 0 and err.count("\n") == 1 and f"{feed}:90: not valid JSON" in err
    reports = [json.loads(x)["report"] for x in out.splitlines() if '"type": "report"' in x]
    assert reports == [f"d{i}" for i in range(89)]  # streamed up to the bad line, as with one


def test_a_bad_line_in_the_chunk_read_before_the_fork_is_the_same_error(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    lines = [_line(i) for i in range(60)]
    lines[3] = "{}"  # line 4, in the first chunk, extracted before the workers start
    feed = _write(tmp_path / "early.jsonl", lines)
    runs = [_cli(capsys, str(feed), "--jobs", jobs) for jobs in ("1", "2")]
    assert runs[0] == runs[1]
    code, out, err = runs[1]
    assert code != 0 and f'{feed}:4: the object has no "text" string' in err
    assert out.count('"type": "report"') == 3  # the three before it, as with one process


def test_bad_lines_are_reported_in_input_order_wherever_they_are_read(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    """A line over the size limit is refused by this process as it reads; a line that is no
    JSON, by the worker that parses it. An earlier bad line still comes first."""
    lines = [_line(i) for i in range(120)]
    lines[69] = "[1, 2]"  # line 70: parsed (and refused) by a worker
    lines[99] = _line(99, note="x" * 3000)  # line 100: refused while reading
    feed = _write(tmp_path / "order.jsonl", lines)
    size = ("--max-report-size", "2K")
    runs = [_cli(capsys, str(feed), *size, "--jobs", jobs) for jobs in ("1", "2")]
    assert runs[0] == runs[1] and f"{feed}:70: the line is not a JSON object" in runs[1][2]
    skip = [_cli(capsys, str(feed), *size, "--skip-bad", "--jobs", j) for j in ("1", "2")]
    assert skip[0] == skip[1]
    err = skip[1][2]
    assert "2 skipped" in err and err.index(f"{feed}:70:") < err.index(f"{feed}:100:")


def test_a_pending_line_reads_the_same_in_another_process(tmp_path: Path) -> None:
    feed = _write(tmp_path / "one.jsonl", [_line(4, date="someday"), "not json"])
    sources = list(Sources([str(feed)], on_skip=lambda w, r: None))
    assert all(isinstance(s, Pending) for s in sources)
    here = [read_source(s) for s in sources]
    there = [read_source(pickle.loads(pickle.dumps(s))) for s in sources]
    assert here == there
    good, bad = here
    assert good.item is not None and good.item.id == "d4" and good.digest is not None
    assert good.notes == (Note(f"{feed}:1", good.notes[0].message),) and "'someday'" in (
        good.notes[0].message
    )
    assert bad.item is None and bad.notes[0].bad and bad.notes[0].where == f"{feed}:2"


def test_admit_reports_in_turn_and_raises_a_bad_record_without_on_skip(tmp_path: Path) -> None:
    warned: list[tuple[str, str]] = []
    sources = Sources([], on_warn=lambda w, m: warned.append((w, m)))
    assert sources.admit((Note("a:1", "odd date"),), b"k" * 16)
    assert not sources.admit((), b"k" * 16)  # the same digest again: a copy
    assert sources.admit((), None)  # no digest: never a copy
    assert warned == [("a:1", "odd date")]
    with pytest.raises(InputError, match=r"^a:2: not valid JSON$"):
        sources.admit((Note("a:2", "not valid JSON", bad=True),), None)


def test_a_missing_input_ends_the_reading_and_is_raised_in_its_turn(tmp_path: Path) -> None:
    feed = _write(tmp_path / "ok.jsonl", [_line(1)])
    missing = tmp_path / "gone.jsonl"
    sources = list(Sources([str(feed), str(missing), str(feed)]))
    assert isinstance(sources[0], Pending) and len(sources) == 2
    last = sources[1]
    assert isinstance(last, Read) and last.item is None and last.notes[0].bad
    assert f"{missing}: no such file" in last.notes[0].message


def _count_extraction(ext: Extraction) -> str:
    """An ``encode`` that notes, in the file named by $STRIKEMAP_TEST_LOG, each report a
    worker extracted."""
    with open(os.environ["STRIKEMAP_TEST_LOG"], "a", encoding="utf-8") as log:
        log.write(ext.report.id + "\n")
    return ext.report.id


def test_a_worker_does_not_extract_a_copy_it_has_read_before(
    tmp_path: Path, gaz: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [_line(i) for i in range(40)]
    lines[37] = lines[34].replace('"d34"', '"d37"')  # in the same chunk of 8 as its first
    feed = _write(tmp_path / "feed.jsonl", lines)
    log = tmp_path / "extracted.txt"
    monkeypatch.setenv("STRIKEMAP_TEST_LOG", str(log))
    got = list(
        run_batch(Sources([str(feed)]), jobs=2, gaz=gaz, chunk_size=8, encode=_count_extraction)
    )
    assert got == [f"d{i}" for i in range(40) if i != 37]
    extracted = log.read_text(encoding="utf-8").split()
    assert sorted(extracted) == sorted(got)  # d37 was never extracted, everything else once
