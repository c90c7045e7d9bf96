"""Run extraction over a stream of inputs, on one core or several, in input order.

Each record is extracted on its own: whatever goes wrong with one (an exception, a report
over its time budget) becomes that record's error, named by file and line, and the others go
on. Worker processes leave Ctrl-C and SIGTERM to the parent, which stops them, and end by
themselves when the parent is gone (:func:`geo.engines.interrupts.quiet_worker`).

With several jobs, the workers are forked from this process once the gazetteer is loaded and
the first chunk of input extracted here, so they share the index's pages and the tables that
first extraction filled (the lazily built per-word readings, the language tools) instead of
each building them again (``spawn``, where ``fork`` does not exist, loads them in each
worker). Each worker holds up to two chunks, so it never waits for the parent between
chunks; and with ``encode`` a worker sends back the output text of its records rather than
the records themselves, so the parent only copies it out.

Given :class:`geo.read.reports.Sources`, the workers also parse the JSONL lines
(:func:`~geo.read.reports.read_source`) and send back, with each result, the line's notes
(warnings, or why it is bad) and deduplication digest; this process passes them to
:meth:`~geo.read.reports.Sources.admit` in input order, which reports the notes and drops
later copies of a report, exactly as a run in one process does. A worker does not extract
an item it has read before in its own chunks (a copy the parent would drop); a copy whose
first is another worker's is extracted there and dropped here.
"""

from __future__ import annotations

import gc
import itertools
import os
import queue
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from geo.engines.interrupts import Overtime, quiet_worker, time_limit
from geo.errors import InputError, StrikemapError
from geo.places.gazetteer import Gazetteer, load_gazetteer
from geo.read.reports import Note, Pending, Read, Row, SeenDigests, Sources, read_source
from geo.read.tables import extraction_of
from geo.records import Extraction, Report

if TYPE_CHECKING:  # multiprocessing is imported only for a run with workers
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

__all__ = ["DEFAULT_SECONDS", "Written", "as_jsonl", "run_batch"]

#: Default time budget of one report, in seconds.
DEFAULT_SECONDS = 60.0
#: Chunks a worker holds at once: the one it extracts and the next.
_DEPTH = 2
#: A chunk is closed once its reports hold this many characters (some 50 ms of extraction):
#: few enough chunks that the messages, wake-ups and waits of each cost the parent little,
#: small enough that the workers finish close together at the end of a run.
_CHUNK_CHARS = 32_000
#: The first chunk is closed sooner: it is extracted in this process before the workers are
#: forked, while they do not run yet.
_FIRST_CHARS = 8_000

Item = Report | Row
Encoder = Callable[[Extraction], Any]
_Result = tuple[str, object, str]
#: What a worker sends back of one source: its notes, its digest, its result (None: no item).
_Done = tuple[tuple[Note, ...], bytes | None, _Result | None]
#: Passes on a source's notes in input order; False when its item is a copy to drop.
Admit = Callable[[tuple[Note, ...], bytes | None], bool]


@dataclass(frozen=True, slots=True)
class Written:
    """One extraction already written as output text (see :func:`as_jsonl`).

    Attributes
    ----------
    date : str or None
        The report's date, for ``--since`` and ``--until``.
    places, impacts, unresolved : int
        Places found, of them impact places, and mentions left unresolved (the summary's
        counts).
    text : str
        The output lines of the extraction.
    """

    date: str | None
    places: int
    impacts: int
    unresolved: int
    text: str


def as_jsonl(ext: Extraction) -> Written:
    """An extraction as its ``strikemap extract --format jsonl`` lines (an ``encode`` of
    :func:`run_batch`)."""
    from geo.output.export import to_jsonl

    return Written(
        ext.report.date,
        len(ext.places),
        sum(1 for p in ext.places if p.role == "impact"),
        len(ext.unresolved),
        to_jsonl([ext]),
    )


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
            "split it, or raise the budget with max_report_seconds=..."
        )
    if isinstance(exc, RecursionError):
        return "the report is nested too deeply to extract; simplify it"
    if isinstance(exc, MemoryError):
        return "ran out of memory extracting the report; split it"
    return (
        f"extraction failed ({type(exc).__name__}: {exc}); this is a strikemap bug, "
        "please report it with the record"
    )


def _one(
    item: Item, gaz: Gazetteer, seconds: float | None, encode: Encoder | None = None
) -> _Result:
    try:
        with time_limit(seconds):
            ext = extraction_of(item, gaz)
            return ("ok", ext if encode is None else encode(ext), "")
    except (Exception, Overtime) as exc:  # one record, never the run
        if os.environ.get("STRIKEMAP_DEBUG") and not isinstance(exc, StrikemapError | Overtime):
            raise
        return ("error", _where(item), _failure(item, exc))


def _work(
    source: Item | Pending | Read,
    gaz: Gazetteer,
    seconds: float | None,
    encode: Encoder | None,
    seen: SeenDigests | None = None,
) -> _Done:
    """Read one source (a JSONL line is parsed here) and extract its item, if it has one.

    ``seen`` holds the digests of the items this worker read before, earlier in the input:
    an item among them is a copy the parent will drop, so it is not extracted.
    """
    read = read_source(source) if isinstance(source, Pending | Read) else Read(source)
    if read.item is None or _copy(read.digest, seen):
        return read.notes, read.digest, None
    return read.notes, read.digest, _one(read.item, gaz, seconds, encode)


def _copy(digest: bytes | None, seen: SeenDigests | None) -> bool:
    """Whether an item of ``digest`` repeats one in ``seen`` (remembering it if not)."""
    return digest is not None and seen is not None and not seen.add(digest)


def _always(notes: tuple[Note, ...], digest: bytes | None) -> bool:
    """The ``admit`` of plain items: nothing to report, nothing to drop."""
    return True


def _handle(result: _Result, on_error: Callable[[str, str], None] | None) -> Any:
    status, value, message = result
    if status == "ok":
        return value
    where = str(value)
    if on_error is None:
        raise InputError(f"{where}: {message}")
    on_error(where, message)
    return None


def _size(item: Item | Pending | Read) -> int:
    """The characters of an item or source, for :func:`_chunks` (a row counts 100)."""
    if isinstance(item, Read):
        item = item.item
    if isinstance(item, Report | Pending):
        return len(item.text)
    return 100 if isinstance(item, Row) else 0


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    """Consecutive chunks of at most ``size`` items and about :data:`_CHUNK_CHARS` of text
    (the first about :data:`_FIRST_CHARS`)."""
    chunk: list = []
    chars = 0
    limit = _FIRST_CHARS
    for item in items:
        chunk.append(item)
        chars += _size(item)
        if len(chunk) >= size or chars >= limit:
            yield chunk
            chunk, chars, limit = [], 0, _CHUNK_CHARS
    if chunk:
        yield chunk


def _serve(
    conn: Connection,
    parent: int,
    seconds: float | None,
    gaz: Gazetteer | None,
    encode: Encoder | None,
) -> None:
    """A worker: extract each chunk received and send back its results, until told to stop
    (None), the pipe closes or the parent is gone."""
    quiet_worker(parent)
    if gaz is None:  # spawned, not forked
        gaz = load_gazetteer()
    seen = SeenDigests()  # chunks come in input order: a digest seen before is a copy
    try:
        while (chunk := conn.recv()) is not None:
            conn.send([_work(source, gaz, seconds, encode, seen) for source in chunk])
    except (EOFError, OSError):  # the parent left: nothing to report to
        return


def _forward(conn: Connection, outbox: queue.SimpleQueue) -> None:
    """A thread of the parent: send a worker its chunks, then None (stop), in turn.

    Sending apart from the parent's main thread, which reads the results: a chunk or a
    result may be larger than a pipe holds, and a worker blocked sending its results while
    the parent blocks sending it the next chunk would wait for ever.
    """
    try:
        while True:
            chunk = outbox.get()
            conn.send(chunk)
            if chunk is None:
                return
    except OSError:  # the worker is gone: the main thread sees it on its sentinel
        return


class _Workers:
    """Worker processes, each with its own pipe (and a thread here that sends into it).

    Nothing is shared between workers (no common queue or lock), so a worker that dies
    cannot block the others or the parent: its death is seen on its sentinel, and
    :meth:`stop` ends every worker whatever state it is in.
    """

    def __init__(
        self, jobs: int, seconds: float | None, gaz: Gazetteer, encode: Encoder | None
    ) -> None:
        import multiprocessing as mp

        forked = "fork" in mp.get_all_start_methods()
        ctx = mp.get_context("fork" if forked else "spawn")
        shared: Gazetteer | None = gaz
        if forked:
            gaz.index_keys()  # its key dicts built here, before the fork: the workers share them
            gc.freeze()  # the workers' collections leave the shared pages alone
        else:
            shared = None  # each spawned worker loads its own, rather than receive a copy
        self.procs: list[BaseProcess] = []
        self.conns: list[Connection] = []
        self.outboxes: list[queue.SimpleQueue] = []
        self.senders: list[threading.Thread] = []
        try:
            for _ in range(jobs):
                mine, theirs = ctx.Pipe()
                proc = ctx.Process(
                    target=_serve,
                    args=(theirs, os.getpid(), seconds, shared, encode),
                    daemon=True,
                )
                proc.start()
                theirs.close()
                self.procs.append(proc)
                self.conns.append(mine)
        except BaseException:
            self.stop()
            raise
        finally:
            if forked:
                gc.unfreeze()
        for conn in self.conns:  # threads only once every worker is forked
            self.outboxes.append(queue.SimpleQueue())
            self.senders.append(
                threading.Thread(target=_forward, args=(conn, self.outboxes[-1]), daemon=True)
            )
            self.senders[-1].start()

    def send(self, worker: int, chunk: list[Item]) -> None:
        """Queue a chunk for a worker (never blocks)."""
        self.outboxes[worker].put(chunk)

    def stop(self) -> None:
        """End every worker now (SIGTERM, then SIGKILL after a second)."""
        for proc in self.procs:
            if proc.is_alive():
                proc.terminate()
        for outbox in self.outboxes:  # an idle sender ends; a blocked one fails on the dead pipe
            outbox.put(None)
        for proc in self.procs:
            proc.join(timeout=1)
            if proc.is_alive():
                proc.kill()
                proc.join()
        for sender in self.senders:
            sender.join(timeout=1)
        for conn in self.conns:
            conn.close()

    def finish(self) -> None:
        """Tell the workers, idle now, to stop and wait for them."""
        for outbox in self.outboxes:
            outbox.put(None)
        for proc in self.procs:
            proc.join(timeout=5)
        self.stop()


def _source_where(source: Item | Pending | Read) -> str:
    """Where a source comes from, for messages."""
    if isinstance(source, Pending):
        return f"{source.path}:{source.n}"
    if isinstance(source, Read):
        return _where(source.item) if source.item is not None else source.notes[0].where
    return _where(source)


def _died(chunk: list) -> StrikemapError:
    first, last = _source_where(chunk[0]), _source_where(chunk[-1])
    return StrikemapError(
        f"a worker process died while extracting {first} to {last} "
        "(out of memory?); run with jobs=1 to find the record, or give the machine more "
        "memory"
    )


def _serial(
    sources: Iterable,
    admit: Admit,
    gaz: Gazetteer,
    seconds: float | None,
    on_error: Callable[[str, str], None] | None,
    encode: Encoder | None,
) -> Iterator[Any]:
    """Read, admit and extract each source in turn in this process (a copy is not
    extracted)."""
    for source in sources:
        read = read_source(source) if isinstance(source, Pending | Read) else Read(source)
        if admit(read.notes, read.digest) and read.item is not None:
            out = _handle(_one(read.item, gaz, seconds, encode), on_error)
            if out is not None:
                yield out


def _parallel(
    chunks: Iterator[list],
    jobs: int,
    admit: Admit,
    seconds: float | None,
    on_error: Callable[[str, str], None] | None,
    gaz: Gazetteer,
    encode: Encoder | None,
    ready: list,
) -> Iterator[Any]:
    """Extract the chunks in worker processes, yielding ``ready`` (the first chunk's
    results, extracted here) once the workers are started, then theirs, in order."""
    from multiprocessing.connection import wait

    peek = next(chunks, None)
    if peek is None:  # all extracted here already: no worker to start
        yield from ready
        return
    chunks = itertools.chain([peek], chunks)
    workers = _Workers(jobs, seconds, gaz, encode)
    held: list[deque[tuple[int, list]]] = [deque() for _ in range(jobs)]  # in order sent
    done: dict[int, list[_Done]] = {}  # results waiting for their turn
    sent = wanted = 0
    ahead = 2 * _DEPTH * jobs  # chunks sent and not yet yielded, at most

    def feed() -> None:
        """Top every worker up to :data:`_DEPTH` chunks, in turn (the idle ones first)."""
        nonlocal sent
        for depth in range(1, _DEPTH + 1):
            for w in range(jobs):
                if len(held[w]) >= depth or sent - wanted >= ahead:
                    continue
                chunk = next(chunks, None)
                if chunk is None:
                    return
                workers.send(w, chunk)
                held[w].append((sent, chunk))
                sent += 1

    def collect(w: int, ready: set) -> None:
        number, chunk = held[w][0]
        if workers.conns[w] in ready:
            try:
                done[number] = workers.conns[w].recv()
            except (EOFError, OSError):
                raise _died(chunk) from None
            held[w].popleft()
        elif workers.procs[w].sentinel in ready:
            raise _died(chunk)

    finished = False
    try:
        feed()
        yield from ready
        while any(held):
            busy = [w for w in range(jobs) if held[w]]
            handles = [workers.conns[w] for w in busy] + [workers.procs[w].sentinel for w in busy]
            ready = set(wait(handles))
            for w in busy:
                collect(w, ready)
            feed()
            while wanted in done:
                results = done.pop(wanted)
                wanted += 1
                for notes, digest, result in results:
                    if admit(notes, digest) and result is not None:
                        out = _handle(result, on_error)
                        if out is not None:
                            yield out
            # results yielded free the read-ahead: send more before the loop asks whether any
            # chunk is out (else a run whose every worker went idle at the limit ends early)
            feed()
        finished = True
    finally:
        workers.finish() if finished else workers.stop()


def run_batch(
    items: Iterable[Item] | Sources,
    *,
    jobs: int = 1,
    gaz: Gazetteer | None = None,
    on_error: Callable[[str, str], None] | None = None,
    chunk_size: int = 32,
    seconds: float | None = DEFAULT_SECONDS,
    encode: Encoder | None = None,
) -> Iterator[Any]:
    """Extract every report or event-table row, yielding results in input order.

    Parameters
    ----------
    items : iterable of Report or Row, or Sources
        Consumed lazily: at most ``4 * jobs`` chunks are in flight or waiting for their
        turn, so memory stays flat however long the input. :class:`~geo.read.reports.Sources`
        are read where they are extracted, and deduplicated and reported (warnings, bad
        records) here in input order, as :func:`~geo.read.reports.iter_inputs` does.
    jobs : int, default 1
        Worker processes; 1 runs in this process. The first chunk is always extracted in
        this process, before the workers are forked, so that they start with the tables it
        filled; an input of one chunk starts no worker.
    gaz : Gazetteer, optional
        The place index (default :func:`geo.places.gazetteer.load_gazetteer`); forked
        workers share it with this process.
    on_error : callable, optional
        Called as ``on_error(where, reason)`` for an item that cannot be extracted (bad
        cells, an exception, over its time budget) under ``--skip-bad``; when None such an
        item raises :class:`InputError` naming it.
    chunk_size : int, default 32
        Items sent to a worker at a time, at most (a chunk also ends once its reports hold
        some 32,000 characters, the first, extracted here, some 8,000).
    seconds : float or None, default :data:`DEFAULT_SECONDS`
        Time budget of one item; None or 0 for none. Enforced with SIGPROF in the process
        that extracts (in this process only when it is the main thread).
    encode : callable, optional
        Applied to each extraction where it was made, within its time budget; its result is
        yielded instead of the :class:`~geo.records.Extraction`. Output text (:func:`as_jsonl`)
        is cheap to send back from a worker, and is written by the workers in parallel.
        Workers started with ``spawn`` need a module-level function.

    Yields
    ------
    Extraction, or what ``encode`` returns
        One per item that could be extracted, in the order of ``items`` whatever ``jobs``.

    Raises
    ------
    InputError
        For a bad item when ``on_error`` is None, or ``jobs`` below 1.
    StrikemapError
        When a worker process dies (killed by the system, out of memory).
    """
    if jobs < 1:
        raise InputError(f"jobs={jobs}: give 1 or more worker processes")
    admit: Admit = items.admit if isinstance(items, Sources) else _always
    if gaz is None:
        gaz = load_gazetteer()
    if jobs == 1:
        yield from _serial(items, admit, gaz, seconds, on_error, encode)
        return
    chunks = _chunks(items, chunk_size)
    # the first chunk here, before the fork: the workers share what its extraction fills in;
    # its results are passed on once the workers are started (or as far as an error)
    ready: list = []
    try:
        ready.extend(_serial(next(chunks, []), admit, gaz, seconds, on_error, encode))
    except Exception:
        yield from ready
        raise
    yield from _parallel(chunks, jobs, admit, seconds, on_error, gaz, encode, ready)
