"""Run extraction over a stream of inputs, on one core or several, in input order."""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from geo.errors import InputError
from geo.events import extraction_of
from geo.gazetteer import Gazetteer, load_gazetteer
from geo.records import Extraction, Report
from geo.reports import Row

__all__ = ["run_batch"]

Item = Report | Row
_Result = tuple[str, object, str]

_WORKER_GAZ: Gazetteer | None = None


def _init_worker() -> None:
    global _WORKER_GAZ
    _WORKER_GAZ = load_gazetteer()


def _one(item: Item, gaz: Gazetteer) -> _Result:
    try:
        return ("ok", extraction_of(item, gaz), "")
    except InputError as exc:
        where = item.path if isinstance(item, Report) else item.where
        return ("error", where or "", str(exc))


def _chunk(items: list[Item]) -> list[_Result]:
    assert _WORKER_GAZ is not None
    return [_one(item, _WORKER_GAZ) for item in items]


def _handle(result: _Result, on_error: Callable[[str, str], None] | None) -> Extraction | None:
    status, value, message = result
    if status == "ok":
        return value  # type: ignore[return-value]
    if on_error is None:
        raise InputError(message)
    where = str(value)
    on_error(where, message.removeprefix(where + ": "))
    return None


def run_batch(
    items: Iterable[Item],
    *,
    jobs: int = 1,
    gaz: Gazetteer | None = None,
    on_error: Callable[[str, str], None] | None = None,
    chunk_size: int = 32,
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
        Called as ``on_error(where, reason)`` for an item whose cells cannot be used
        (``--skip-bad``); when None such an item raises.
    chunk_size : int, default 32
        Items sent to a worker at a time.

    Yields
    ------
    Extraction
        One per item that could be extracted, in the order of ``items`` whatever ``jobs``.

    Raises
    ------
    InputError
        For a bad item when ``on_error`` is None.
    """
    if jobs < 1:
        raise InputError(f"--jobs {jobs}: give 1 or more worker processes")
    if gaz is None:
        gaz = load_gazetteer()
    if jobs == 1:
        for item in items:
            ext = _handle(_one(item, gaz), on_error)
            if ext is not None:
                yield ext
        return
    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    ctx = mp.get_context(method)
    it = iter(items)
    with ctx.Pool(jobs, initializer=_init_worker) as pool:
        pending: deque = deque()
        while True:
            while len(pending) < 4 * jobs:
                chunk = list(islice(it, chunk_size))
                if not chunk:
                    break
                pending.append(pool.apply_async(_chunk, (chunk,)))
            if not pending:
                break
            for result in pending.popleft().get():
                ext = _handle(result, on_error)
                if ext is not None:
                    yield ext
