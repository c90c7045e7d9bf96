"""Run extraction over a stream of inputs, on one core or several, in input order.

Each record is extracted on its own: whatever goes wrong with one (an exception, a report
over its time budget) becomes that record's error, named by file and line, and the others go
on. Worker processes leave Ctrl-C and SIGTERM to the parent, which stops them, and end by
themselves when the parent is gone (:func:`geo.interrupts.quiet_worker`).
"""

from __future__ import annotations

import multiprocessing as mp
import multiprocessing.pool
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from multiprocessing.pool import AsyncResult

from geo.errors import InputError, StrikemapError
from geo.events import extraction_of
from geo.gazetteer import Gazetteer, load_gazetteer
from geo.interrupts import Overtime, quiet_worker, time_limit
from geo.records import Extraction, Report
from geo.reports import Row

__all__ = ["DEFAULT_SECONDS", "run_batch"]

#: Default time budget of one report, in seconds.
DEFAULT_SECONDS = 30.0

Item = Report | Row
_Result = tuple[str, object, str]

_WORKER_GAZ: Gazetteer | None = None


def _init_worker(parent: int) -> None:
    global _WORKER_GAZ
    quiet_worker(parent)
    _WORKER_GAZ = load_gazetteer()


def _where(item: Item) -> str:
    return (item.path if isinstance(item, Report) else item.where) or item.id


def _failure(item: Item, exc: BaseException) -> str:
    """The one-line reason an item could not be extracted."""
    where = _where(item)
    if isinstance(exc, InputError):
        return str(exc).removeprefix(where + ": ")
    if isinstance(exc, Overtime):
        size = len(item.text) if isinstance(item, Report) else 0
        return (
            f"extraction took over {exc.seconds:g} s (report of {size:,} characters); "
            "split it, or raise the budget with --max-report-seconds"
        )
    if isinstance(exc, RecursionError):
        return "the report is nested too deeply to extract; simplify it"
    if isinstance(exc, MemoryError):
        return "ran out of memory extracting the report; split it"
    return (
        f"extraction failed ({type(exc).__name__}: {exc}); this is a strikemap bug, "
        "please report it with the record"
    )


def _one(item: Item, gaz: Gazetteer, seconds: float | None) -> _Result:
    try:
        with time_limit(seconds):
            return ("ok", extraction_of(item, gaz), "")
    except (Exception, Overtime) as exc:  # one record, never the run
        if os.environ.get("STRIKEMAP_DEBUG") and not isinstance(exc, StrikemapError | Overtime):
            raise
        return ("error", _where(item), _failure(item, exc))


def _chunk(items: list[Item], seconds: float | None) -> list[_Result]:
    assert _WORKER_GAZ is not None
    return [_one(item, _WORKER_GAZ, seconds) for item in items]


def _handle(result: _Result, on_error: Callable[[str, str], None] | None) -> Extraction | None:
    status, value, message = result
    if status == "ok":
        return value  # type: ignore[return-value]
    where = str(value)
    if on_error is None:
        raise InputError(f"{where}: {message}")
    on_error(where, message)
    return None


def _pool(jobs: int) -> mp.pool.Pool:
    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    return mp.get_context(method).Pool(jobs, initializer=_init_worker, initargs=(os.getpid(),))


def _workers(pool: mp.pool.Pool) -> set[int]:
    return {proc.pid for proc in getattr(pool, "_pool", ())}


def _result(pool: mp.pool.Pool, pending: AsyncResult, chunk: list[Item], pids: set[int]):
    """Wait for one chunk; a worker that died (killed, out of memory) is an error, not a
    hang: the pool replaces it, and its chunk would never come back."""
    while True:
        try:
            return pending.get(timeout=0.5)
        except mp.TimeoutError:
            if _workers(pool) != pids:
                raise StrikemapError(
                    f"a worker process died while extracting {_where(chunk[0])} to "
                    f"{_where(chunk[-1])} (out of memory?); run with --jobs 1 to find the "
                    "record, or give the machine more memory"
                ) from None


def _parallel(
    items: Iterable[Item],
    jobs: int,
    chunk_size: int,
    seconds: float | None,
    on_error: Callable[[str, str], None] | None,
) -> Iterator[Extraction]:
    it = iter(items)
    # the pool is terminated on leaving the block, however it is left (error, Ctrl-C,
    # SIGTERM, the consumer closing this generator)
    with _pool(jobs) as pool:
        pids = _workers(pool)
        pending: deque[tuple[list[Item], AsyncResult]] = deque()
        while True:
            while len(pending) < 4 * jobs:
                chunk = list(islice(it, chunk_size))
                if not chunk:
                    break
                pending.append((chunk, pool.apply_async(_chunk, (chunk, seconds))))
            if not pending:
                break
            chunk, future = pending.popleft()
            for result in _result(pool, future, chunk, pids):
                ext = _handle(result, on_error)
                if ext is not None:
                    yield ext


def run_batch(
    items: Iterable[Item],
    *,
    jobs: int = 1,
    gaz: Gazetteer | None = None,
    on_error: Callable[[str, str], None] | None = None,
    chunk_size: int = 32,
    seconds: float | None = DEFAULT_SECONDS,
) -> Iterator[Extraction]:
    """Extract every report or event-table row, yielding results in input order.

    Parameters
    ----------
    items : iterable of Report or Row
        Consumed lazily: at most ``4 * jobs`` chunks are in flight, so memory stays flat
        however long the input.
    jobs : int, default 1
        Worker processes; 1 runs in this process.
    gaz : Gazetteer, optional
        The place index (default :func:`geo.gazetteer.load_gazetteer`).
    on_error : callable, optional
        Called as ``on_error(where, reason)`` for an item that cannot be extracted (bad
        cells, an exception, over its time budget) under ``--skip-bad``; when None such an
        item raises :class:`InputError` naming it.
    chunk_size : int, default 32
        Items sent to a worker at a time.
    seconds : float or None, default :data:`DEFAULT_SECONDS`
        Time budget of one item; None or 0 for none. Enforced with SIGALRM in the process
        that extracts (in this process only when it is the main thread).

    Yields
    ------
    Extraction
        One per item that could be extracted, in the order of ``items`` whatever ``jobs``.

    Raises
    ------
    InputError
        For a bad item when ``on_error`` is None, or ``jobs`` below 1.
    StrikemapError
        When a worker process dies (killed by the system, out of memory).
    """
    if jobs < 1:
        raise InputError(f"--jobs {jobs}: give 1 or more worker processes")
    if jobs > 1:
        yield from _parallel(items, jobs, chunk_size, seconds, on_error)
        return
    if gaz is None:
        gaz = load_gazetteer()
    for item in items:
        ext = _handle(_one(item, gaz, seconds), on_error)
        if ext is not None:
            yield ext
