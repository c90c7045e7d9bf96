"""Run extraction over a stream of inputs, on one core or several, in input order.

Each record is extracted on its own: whatever goes wrong with one (an exception, a report
over its time budget) becomes that record's error, named by file and line, and the others go
on. Worker processes leave Ctrl-C and SIGTERM to the parent, which stops them, and end by
themselves when the parent is gone (:func:`geo.engines.interrupts.quiet_worker`).
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess

from geo.engines.interrupts import Overtime, quiet_worker, time_limit
from geo.errors import InputError, StrikemapError
from geo.places.gazetteer import Gazetteer, load_gazetteer
from geo.read.reports import Row
from geo.read.tables import extraction_of
from geo.records import Extraction, Report

__all__ = ["DEFAULT_SECONDS", "run_batch"]

#: Default time budget of one report, in seconds.
DEFAULT_SECONDS = 60.0

Item = Report | Row
_Result = tuple[str, object, str]


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


def _handle(result: _Result, on_error: Callable[[str, str], None] | None) -> Extraction | None:
    status, value, message = result
    if status == "ok":
        return value  # type: ignore[return-value]
    where = str(value)
    if on_error is None:
        raise InputError(f"{where}: {message}")
    on_error(where, message)
    return None


def _serve(conn: Connection, parent: int, seconds: float | None) -> None:
    """A worker: extract each chunk received and send back its results, until told to stop
    (None), the pipe closes or the parent is gone."""
    quiet_worker(parent)
    gaz = load_gazetteer()
    try:
        while True:
            chunk = conn.recv()
            if chunk is None:
                return
            conn.send([_one(item, gaz, seconds) for item in chunk])
    except (EOFError, OSError):  # the parent left: nothing to report to
        return


class _Workers:
    """Worker processes, each with its own pipe and at most one chunk at a time.

    Nothing is shared between workers (no common queue or lock), so a worker that dies
    cannot block the others or the parent: its death is seen on its sentinel, and
    :meth:`stop` ends every worker whatever state it is in.
    """

    def __init__(self, jobs: int, seconds: float | None) -> None:
        method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
        ctx = mp.get_context(method)
        self.procs: list[BaseProcess] = []
        self.conns: list[Connection] = []
        try:
            for _ in range(jobs):
                mine, theirs = ctx.Pipe()
                proc = ctx.Process(target=_serve, args=(theirs, os.getpid(), seconds), daemon=True)
                proc.start()
                theirs.close()
                self.procs.append(proc)
                self.conns.append(mine)
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        """End every worker now (SIGTERM, then SIGKILL after a second)."""
        for conn in self.conns:
            conn.close()
        for proc in self.procs:
            if proc.is_alive():
                proc.terminate()
        for proc in self.procs:
            proc.join(timeout=1)
            if proc.is_alive():
                proc.kill()
                proc.join()

    def finish(self) -> None:
        """Tell idle workers to stop and wait for them."""
        for conn in self.conns:
            with contextlib.suppress(OSError):
                conn.send(None)
        for proc in self.procs:
            proc.join(timeout=5)
        self.stop()


def _died(chunk: list[Item]) -> StrikemapError:
    return StrikemapError(
        f"a worker process died while extracting {_where(chunk[0])} to {_where(chunk[-1])} "
        "(out of memory?); run with --jobs 1 to find the record, or give the machine more "
        "memory"
    )


def _parallel(
    items: Iterable[Item],
    jobs: int,
    chunk_size: int,
    seconds: float | None,
    on_error: Callable[[str, str], None] | None,
) -> Iterator[Extraction]:
    it = iter(items)
    workers = _Workers(jobs, seconds)
    busy: dict[int, tuple[int, list[Item]]] = {}  # worker -> (chunk number, chunk)
    done: dict[int, list[_Result]] = {}  # results waiting for their turn
    sent = wanted = 0

    def feed() -> None:
        """Give every idle worker the next chunk (before results are consumed)."""
        nonlocal sent
        for w in range(jobs):
            if w not in busy and (chunk := list(islice(it, chunk_size))):
                workers.conns[w].send(chunk)
                busy[w] = (sent, chunk)
                sent += 1

    finished = False
    try:
        feed()
        while busy:
            handles = [workers.conns[w] for w in busy]
            ready = set(wait(handles + [workers.procs[w].sentinel for w in busy]))
            for w in list(busy):
                number, chunk = busy[w]
                if workers.conns[w] in ready:
                    try:
                        done[number] = workers.conns[w].recv()
                    except (EOFError, OSError):
                        raise _died(chunk) from None
                    del busy[w]
                elif workers.procs[w].sentinel in ready:
                    raise _died(chunk)
            feed()
            while wanted in done:
                for result in done.pop(wanted):
                    ext = _handle(result, on_error)
                    if ext is not None:
                        yield ext
                wanted += 1
        finished = True
    finally:
        workers.finish() if finished else workers.stop()


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
        The place index (default :func:`geo.places.gazetteer.load_gazetteer`).
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
