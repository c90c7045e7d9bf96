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
            seconds=0.3,
            on_error=lambda w, r: skipped.append((w, r)),
        )
    )
    assert time.monotonic() - start < 4
    assert len(got) == 7
    assert skipped == [
        (
            "feed.jsonl:6",
            "extraction took over 0.3 s (report of 26 characters); split it, or raise the "
            "budget with --max-report-seconds",
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
