"""Per-record extraction: an exception, a slow report or a dead worker never stops the run
silently; every record is extracted, or named with a reason."""

from __future__ import annotations

import os
import signal
import time

import pytest

import geo.engines.batch
from geo.engines.batch import run_batch
from geo.errors import InputError, StrikemapError
from geo.places.gazetteer import Gazetteer
from geo.records import Report

REPORTS = [
    Report(f"r{i}", f"Drones hit Sumy, report {i}.", path=f"feed.jsonl:{i + 1}") for i in range(40)
]


def _failing(bad: dict[str, str]):
    """An extraction that misbehaves on the reports named in ``bad``."""
    real = geo.engines.batch.extraction_of

    def extraction_of(item, gaz):
        how = bad.get(item.id)
        if how == "raise":
            raise ValueError("Exceeds the limit (4300 digits) for integer string conversion")
        if how == "slow":  # computes for ever, as a report stuck in a slow pattern
            while True:
                pass
        if how == "die":
            os.kill(os.getpid(), signal.SIGKILL)
        return real(item, gaz)

    return extraction_of


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_exception_is_one_skipped_record(
    gaz: Gazetteer, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    monkeypatch.setattr(
        geo.engines.batch, "extraction_of", _failing({"r3": "raise", "r33": "raise"})
    )
    skipped: list[tuple[str, str]] = []
    got = list(run_batch(REPORTS, jobs=jobs, gaz=gaz, on_error=lambda w, r: skipped.append((w, r))))
    assert [e.report.id for e in got] == [r.id for r in REPORTS if r.id not in ("r3", "r33")]
    assert [w for w, _ in skipped] == ["feed.jsonl:4", "feed.jsonl:34"]
    assert skipped[0][1].startswith("extraction failed (ValueError: Exceeds the limit")
    with pytest.raises(InputError, match=r"^feed\.jsonl:4: extraction failed \(ValueError"):
        list(run_batch(REPORTS, jobs=jobs, gaz=gaz))


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_report_over_its_time_budget_is_skipped(
    gaz: Gazetteer, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    monkeypatch.setattr(geo.engines.batch, "extraction_of", _failing({"r5": "slow"}))
    skipped: list[tuple[str, str]] = []
    start = time.monotonic()
    got = list(
        run_batch(
            REPORTS[:8],
            jobs=jobs,
            gaz=gaz,
            chunk_size=2,  # r5 in a worker's chunk, not in the first one (extracted here)
            seconds=0.3,
            on_error=lambda w, r: skipped.append((w, r)),
        )
    )
    # the budget counts CPU time: on a machine busy with other work 0.3 s of it can take a few
    # seconds on the clock, so the bound only catches a budget read far too large
    assert time.monotonic() - start < 15
    assert len(got) == 7
    assert skipped == [
        (
            "feed.jsonl:6",
            "extraction took over 0.3 s (report of 26 characters); split it, or raise the "
            "budget with max_report_seconds=...",
        )
    ]


def test_the_time_budget_restores_an_outer_timer(gaz: Gazetteer) -> None:
    fired: list[int] = []
    previous = signal.signal(signal.SIGPROF, lambda *a: fired.append(1))
    try:
        signal.setitimer(signal.ITIMER_PROF, 1.0)
        list(run_batch(REPORTS[:2], gaz=gaz, seconds=5))
        assert 0.5 < signal.getitimer(signal.ITIMER_PROF)[0] < 1.1  # re-armed, not lost
        deadline = time.monotonic() + 20
        while not fired and time.monotonic() < deadline:
            pass  # spend processor time until the outer timer fires
        assert fired == [1]
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def test_the_budget_counts_processor_time_not_waiting(
    gaz: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = geo.engines.batch.extraction_of

    def waits(item, gaz):
        time.sleep(0.6)  # waiting (a busy machine, a slow disk) is not the report's cost
        return real(item, gaz)

    monkeypatch.setattr(geo.engines.batch, "extraction_of", waits)
    assert len(list(run_batch(REPORTS[:1], gaz=gaz, seconds=0.3))) == 1


def test_a_dead_worker_is_an_error_not_a_hang(
    gaz: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(geo.engines.batch, "extraction_of", _failing({"r20": "die"}))
    start = time.monotonic()
    with pytest.raises(StrikemapError, match=r"a worker process died while extracting"):
        list(run_batch(REPORTS, jobs=2, gaz=gaz, chunk_size=4))
    assert time.monotonic() - start < 20


def test_parallel_output_keeps_input_order(gaz: Gazetteer) -> None:
    one = [e.report.id for e in run_batch(REPORTS, gaz=gaz)]
    two = [e.report.id for e in run_batch(REPORTS, jobs=2, gaz=gaz, chunk_size=3)]
    assert one == two == [r.id for r in REPORTS]


def test_closing_the_stream_early_stops_the_workers(gaz: Gazetteer) -> None:
    import multiprocessing

    stream = run_batch(REPORTS, jobs=2, gaz=gaz, chunk_size=2)
    next(stream)
    stream.close()
    assert multiprocessing.active_children() == []


def _pid_of(ext):
    """An ``encode`` that tells which process extracted a report."""
    return ext.report.id, os.getpid()


def test_encode_runs_where_the_report_was_extracted(gaz: Gazetteer) -> None:
    from geo.engines.batch import as_jsonl
    from geo.output.export import to_jsonl

    exts = list(run_batch(REPORTS, gaz=gaz))
    counts = [(len(e.places), len(e.impacts), len(e.unresolved)) for e in exts]
    assert counts[0] == (1, 1, 0)
    for jobs in (1, 2):
        got = list(run_batch(REPORTS, jobs=jobs, gaz=gaz, chunk_size=3, encode=as_jsonl))
        assert [w.text for w in got] == [to_jsonl([e]) for e in exts]
        assert [(w.places, w.impacts, w.unresolved) for w in got] == counts
    five = list(run_batch(REPORTS[:5], jobs=2, gaz=gaz, chunk_size=1, encode=_pid_of))
    assert five[0][1] == os.getpid()  # the first chunk, here before the fork
    pids = {pid for _, pid in five[1:]}
    assert len(pids) == 2 and os.getpid() not in pids  # both workers get the rest


def test_forked_workers_share_the_parents_gazetteer(
    gaz: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_second_load():
        raise AssertionError("a worker loaded the gazetteer again")

    monkeypatch.setattr(geo.engines.batch, "load_gazetteer", no_second_load)
    got = list(run_batch(REPORTS, jobs=2, gaz=gaz, chunk_size=5))
    assert [e.report.id for e in got] == [r.id for r in REPORTS]
    assert got[0].places[0].place.name == "Sumy"


def test_chunks_end_at_a_count_or_an_amount_of_text() -> None:
    from geo.engines.batch import _CHUNK_CHARS, _FIRST_CHARS, _chunks

    short = [Report(f"s{i}", "Kherson.") for i in range(10)]
    assert [len(c) for c in _chunks(short, 4)] == [4, 4, 2]
    long = [Report(f"l{i}", "x" * (_CHUNK_CHARS // 2)) for i in range(5)]
    # the first chunk, extracted before the workers start, closes sooner than the others
    assert _FIRST_CHARS < _CHUNK_CHARS // 2
    assert [len(c) for c in _chunks(long, 32)] == [1, 2, 2]
    first = [Report(f"f{i}", "x" * (_FIRST_CHARS // 2)) for i in range(12)]
    assert [len(c) for c in _chunks(first, 32)] == [2, 8, 2]


def test_parallel_reading_stays_a_bounded_way_ahead(gaz: Gazetteer) -> None:
    pulled = 0

    def items():
        nonlocal pulled
        for i in range(400):
            pulled += 1
            yield Report(f"b{i}", f"Shelling in Nikopol, item {i}.")

    stream = run_batch(items(), jobs=2, gaz=gaz, chunk_size=5)
    for n, _ in enumerate(stream, 1):
        assert pulled - n <= 4 * 2 * 5  # 4 * jobs chunks in flight or waiting, at most
    assert pulled == 400


def test_cli_output_is_the_same_with_two_jobs(tmp_path) -> None:
    import json

    from geo.cli import main

    feed = tmp_path / "feed.jsonl"
    towns = ["Sumy", "Odesa", "Kharkiv", "Dnipro", "Poltava"]
    with feed.open("w", encoding="utf-8") as fh:
        for i in range(90):
            town = towns[i % len(towns)]
            text = f"A drone struck a warehouse in {town} at night; {i % 4} people were hurt."
            row = {"id": f"n{i}", "date": f"2025-03-{1 + i % 28:02d}", "text": text}
            fh.write(json.dumps(row) + "\n")
    outs = {}
    for jobs in ("1", "2"):
        for since in ((), ("--since", "2025-03-15")):
            out = tmp_path / f"out{jobs}{len(since)}.jsonl"
            assert main(["extract", str(feed), "-o", str(out), "--jobs", jobs, *since]) == 0
            outs[jobs, bool(since)] = out.read_bytes()
    assert outs["1", False] == outs["2", False]
    assert outs["1", True] == outs["2", True] != outs["1", False]
    reports = [json.loads(x) for x in outs["2", True].splitlines()]
    dates = {r["date"] for r in reports if r["type"] == "report"}
    assert dates and min(dates) >= "2025-03-15"


def test_spawned_workers_load_their_own_gazetteer(
    gaz: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where ``fork`` does not exist (Windows, and macOS's default), workers are spawned: the
    gazetteer is not sent to them but loaded in each, and ``encode`` goes by reference."""
    import multiprocessing

    from geo.engines.batch import as_jsonl

    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    got = list(run_batch(REPORTS[:6], jobs=2, gaz=gaz, chunk_size=2, encode=as_jsonl))
    assert [w.text for w in got] == [as_jsonl(e).text for e in run_batch(REPORTS[:6], gaz=gaz)]


def _big(ext):
    """An ``encode`` whose output is larger than a pipe holds."""
    return ext.report.id, "x" * 600_000


def test_big_reports_and_big_results_do_not_block_the_pipes(
    gaz: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A chunk larger than a pipe holds, sent while its worker sends results larger than
    the pipe holds: each side must still read the other (sending and reading from one
    thread of the parent, both wait for ever)."""
    real = geo.engines.batch.extraction_of
    monkeypatch.setattr(
        geo.engines.batch, "extraction_of", lambda item, gaz: real(Report(item.id, "Sumy."), gaz)
    )
    big = [Report(f"big{i}", "Shelling near Izium. " * 20_000) for i in range(8)]

    def too_long(*_):
        raise TimeoutError("run_batch hung")

    previous = signal.signal(signal.SIGALRM, too_long)
    signal.setitimer(signal.ITIMER_REAL, 60)
    try:
        got = list(run_batch(big, jobs=2, gaz=gaz, chunk_size=1, encode=_big))
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert [i for i, _ in got] == [r.id for r in big]


class _ScriptedWorkers:
    """Workers that extract a chunk at once in this process and report it when the test's
    script says so: the parent's bookkeeping without processes or timing."""

    def __init__(self, jobs, seconds, gaz, encode) -> None:
        from collections import deque

        self.gaz = gaz
        self.conns = [_Inbox(deque()) for _ in range(jobs)]
        self.procs = [type("Proc", (), {"sentinel": object()})() for _ in range(jobs)]

    def send(self, worker, chunk) -> None:
        self.conns[worker].results.append(
            [geo.engines.batch._work(item, self.gaz, None, None) for item in chunk]
        )

    def finish(self) -> None:
        pass

    stop = finish


class _Inbox:
    def __init__(self, results) -> None:
        self.results = results

    def recv(self):
        return self.results.popleft()


def test_no_chunk_is_lost_when_every_worker_goes_idle_at_the_read_ahead_limit(
    gaz: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Worker 1 is slow on its first chunk while worker 0 runs ahead to the read-ahead limit;
    # then both report in the same round with nothing left in flight. The parent once ended
    # there, silently dropping the chunks it had not sent yet.
    import multiprocessing.connection

    script = iter([(0,)] * 6 + [(1,), (0,), (0,), (0, 1)])

    def wait(handles):
        ready = next(script, None)
        busy = [h for h in handles if isinstance(h, _Inbox) and h.results]
        if ready is None:  # after the script: every worker with a result is ready
            return busy
        return [workers.conns[w] for w in ready if workers.conns[w] in busy]

    workers = None

    def scripted(*args):
        nonlocal workers
        workers = _ScriptedWorkers(*args)
        return workers

    monkeypatch.setattr(geo.engines.batch, "_Workers", scripted)
    monkeypatch.setattr(multiprocessing.connection, "wait", wait)
    reports = REPORTS[:13]  # the first is extracted before the workers start, 12 by them
    got = [e.report.id for e in run_batch(reports, jobs=2, gaz=gaz, chunk_size=1)]
    assert got == [r.id for r in reports]
