"""Signals: stopping cleanly on SIGTERM, a time budget per report, quiet worker processes.

- :func:`termination_handled` turns SIGTERM and SIGHUP into :class:`Terminated`, raised in
  the main thread like ``KeyboardInterrupt`` for Ctrl-C, so every ``finally`` and ``except
  BaseException`` block runs (temporary files are deleted) before the command exits with the
  conventional status ``128 + signal number`` (143 for SIGTERM, 130 for SIGINT).
- :func:`time_limit` bounds the processor time one report may take (SIGPROF; main
  thread only).
- :func:`quiet_worker` prepares a worker process: Ctrl-C and SIGTERM are left to the parent,
  and the worker ends, without a traceback, as soon as its parent is gone.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from collections.abc import Iterator

__all__ = [
    "Overtime",
    "Terminated",
    "quiet_worker",
    "termination_handled",
    "time_limit",
]

_TERMINATING = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)
_PR_SET_PDEATHSIG = 1


class Terminated(BaseException):
    """The process was asked to stop (SIGTERM or SIGHUP).

    Parameters
    ----------
    signum : int
        The signal received.
    """

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum

    @property
    def name(self) -> str:
        """The signal's name, e.g. ``"SIGTERM"``."""
        return signal.Signals(self.signum).name

    @property
    def exit_status(self) -> int:
        """``128 +`` the signal number, as shells report a process ended by it."""
        return 128 + self.signum


class Overtime(BaseException):
    """A report took longer than its time budget (see :func:`time_limit`).

    A ``BaseException``, so that no ``except Exception`` inside extraction can swallow it.
    """

    def __init__(self, seconds: float) -> None:
        super().__init__(seconds)
        self.seconds = seconds


def _in_main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def _raise_terminated(signum: int, _frame: object) -> None:
    raise Terminated(signum)


@contextlib.contextmanager
def termination_handled() -> Iterator[None]:
    """Within the block, SIGTERM and SIGHUP raise :class:`Terminated` in the main thread.

    The previous handlers are restored on exit. Outside the main thread the block runs
    unchanged (Python delivers signals to the main thread only).
    """
    if not _in_main_thread():
        yield
        return
    previous = {sig: signal.signal(sig, _raise_terminated) for sig in _TERMINATING}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`Overtime` in the block once it has used ``seconds`` of CPU time.

    Parameters
    ----------
    seconds : float or None
        The budget; None or 0 for none. Outside the main thread, or where SIGPROF does not
        exist, the block runs without a budget.

    Notes
    -----
    The budget counts the processor time of this process (``ITIMER_PROF``), not the time on
    the clock: extraction only computes, and a machine busy with other work must not make a
    report fail that would pass on an idle one. An outer timer that was running is re-armed
    with the time it had left, and the previous SIGPROF handler is restored.
    """
    if not seconds or not hasattr(signal, "SIGPROF") or not _in_main_thread():
        yield
        return

    def expire(_signum: int, _frame: object) -> None:
        raise Overtime(seconds)

    start = time.process_time()
    handler = signal.signal(signal.SIGPROF, expire)
    outer, _interval = signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, handler)
        if outer:
            left = outer - (time.process_time() - start)
            signal.setitimer(signal.ITIMER_PROF, max(left, 0.001))


def _die_with_parent() -> bool:
    """Ask Linux to send SIGTERM to this process when its parent dies."""
    import ctypes  # in worker processes only

    try:  # the C library is loaded already: no ``find_library``, which runs ``ldconfig``
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0) == 0
    except (OSError, AttributeError, TypeError):
        return False


def _watch_parent(parent: int, interval: float = 1.0) -> None:
    while os.getppid() == parent:
        time.sleep(interval)
    os._exit(0)


def quiet_worker(parent: int) -> None:
    """Set up a worker process of ``parent`` (a process pool's initializer).

    Ctrl-C is ignored (the parent stops the pool), SIGTERM ends the worker at once without
    a traceback, and the worker ends as soon as ``parent`` is gone: through the kernel's
    parent-death signal on Linux, else a thread watching the parent id.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for sig in _TERMINATING:
        signal.signal(sig, signal.SIG_DFL)
    if not _die_with_parent():
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # the parent died before the signal was armed
        os._exit(0)
