"""Output files: checked before any work starts, written whole or not at all.

Every file strikemap writes goes first to a temporary file in the same folder, named
``.NAME.strikemap-PID-XXXXXXXX.tmp`` (PID is the writing process), which replaces ``NAME`` in
one rename when the output is complete. An error, Ctrl-C or SIGTERM deletes the temporary
file; a run killed outright (SIGKILL, power loss) leaves it, and the next run that writes
``NAME`` deletes every such file whose process is gone (:func:`clean_stale`).

The replaced file keeps its permissions (a new file gets ``0666`` less the umask). A symbolic
link is written through (the link stays, its target is replaced), and a device or FIFO is
written in place; the command line refuses both unless ``--force`` is given
(:func:`check_output`).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from geo.errors import OutputError

__all__ = [
    "OutputTarget",
    "atomic_open",
    "atomic_path",
    "atomic_write",
    "check_output",
    "clean_stale",
    "describe_os_error",
    "guard_stream",
]

#: Marks strikemap's temporary files: ``.NAME`` + this + ``PID-XXXX.tmp``.
TEMP_MARK = ".strikemap-"
_NAME_KEEP = 80  # characters of NAME kept in a temporary name, so it is never too long

_ADVICE = {
    errno.ENOSPC: "free some space or write elsewhere",
    errno.EDQUOT: "free some space or write elsewhere",
    errno.EACCES: "choose a folder you can write to",
    errno.EPERM: "choose a folder you can write to",
    errno.EROFS: "write elsewhere",
    errno.ENAMETOOLONG: "choose a shorter name",
    errno.EISDIR: "give a file name",
    errno.ENOTDIR: "check the path",
    errno.ENOENT: "choose a folder that can hold files",
}


def describe_os_error(exc: OSError) -> str:
    """What went wrong with a file operation, in words, and what to do."""
    reason = (exc.strerror or str(exc) or type(exc).__name__).lower()
    advice = _ADVICE.get(exc.errno or 0)
    return f"{reason}; {advice}" if advice else reason


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@dataclass(frozen=True)
class OutputTarget:
    """Where an output goes.

    Parameters
    ----------
    path : Path
        The path as given.
    real : Path
        The file written: ``path`` with symbolic links resolved.
    direct : bool
        True for a device or FIFO, written in place instead of through a temporary file.
    """

    path: Path
    real: Path
    direct: bool


def _target(path: str | os.PathLike[str]) -> OutputTarget:
    given = Path(path)
    try:
        mode = os.stat(given).st_mode  # through links: /dev/stdout is a link to a device
    except OSError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        return OutputTarget(given, given, True)  # opened as named, links and all
    real = Path(os.path.realpath(given)) if given.is_symlink() else given
    return OutputTarget(given, real, False)


def _existing_ancestor(path: Path) -> Path:
    parent = path.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    return parent


def _name_max(folder: Path) -> int:
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError):
        return 255


def check_output(
    path: str | os.PathLike[str], *, force: bool = False, option: str = "-o"
) -> OutputTarget:
    """Check that ``path`` can be written, before any work starts.

    Parameters
    ----------
    path : str or path-like
        The output file.
    force : bool, default False
        Allow writing through a symbolic link (its target is replaced) and into a device or
        FIFO (written in place). Without it both are refused.
    option : str, default "-o"
        The option that named the file, for messages.

    Returns
    -------
    OutputTarget
        Where the data will go. Temporary files that killed runs left for it are deleted.

    Raises
    ------
    OutputError
        One line naming the file, what is wrong and what to do: a directory, a symbolic link
        or device without ``force``, a missing or unwritable folder, a read-only file, a
        name too long.
    """
    if not str(path):
        raise OutputError(f"{option}: empty file name; give a file to write")
    try:
        return _check(Path(path), force, option)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write: {describe_os_error(exc)}") from None


def _check(given: Path, force: bool, option: str) -> OutputTarget:
    target = _target(given)
    real = target.real
    if real.is_dir():
        raise OutputError(f"{given}: is a directory; give a file name ({option} FILE)")
    if given.is_symlink() and not force and not target.direct:
        raise OutputError(
            f"{given}: is a symbolic link to {real}; pass force=True to replace the file it "
            "points to, or give another name"
        )
    if target.direct:
        if not force:
            raise OutputError(
                f"{given}: is a device or pipe, not a regular file; pass force=True to write "
                "into it, or give a file name"
            )
        if not os.access(real, os.W_OK):
            raise OutputError(f"{given}: cannot write (permission denied)")
        return target
    folder = _existing_ancestor(real)
    if not folder.is_dir():
        raise OutputError(f"{given}: {folder} is not a directory; check the path")
    if len(real.name.encode("utf-8", "surrogateescape")) > _name_max(folder):
        raise OutputError(
            f"{given}: the file name is too long (over {_name_max(folder)} bytes); "
            "choose a shorter one"
        )
    if real.exists() and not os.access(real, os.W_OK):
        raise OutputError(
            f"{given}: the file is read-only; change its permissions or give another name"
        )
    if folder != real.parent:
        try:
            real.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(
                f"{given}: cannot create the folder {real.parent}: {describe_os_error(exc)}"
            ) from None
    _probe(given, real.parent)
    clean_stale(real)
    return target


def _probe(given: Path, folder: Path) -> None:
    """Create and delete a temporary file where the output will go."""
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{TEMP_MARK.strip('.-')}-probe-")
    except OSError as exc:
        raise OutputError(f"{given}: cannot write in {folder}: {describe_os_error(exc)}") from None
    os.close(fd)
    os.unlink(tmp)


def _temp_prefix(target: Path) -> str:
    return f".{target.name[:_NAME_KEEP]}{TEMP_MARK}"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # another user's process
    return True


def clean_stale(target: str | os.PathLike[str]) -> list[Path]:
    """Delete the temporary files of ``target`` left by runs that were killed.

    Parameters
    ----------
    target : str or path-like
        An output file.

    Returns
    -------
    list of Path
        The files deleted: ``.NAME.strikemap-PID-*`` in the target's folder whose process
        ``PID`` no longer runs (this process's own files are kept).
    """
    target = Path(target)
    prefix = _temp_prefix(target)
    removed = []
    try:
        entries = list(os.scandir(target.parent))
    except OSError:
        return []
    for entry in entries:
        if not entry.name.startswith(prefix):
            continue
        pid = entry.name[len(prefix) :].split("-", 1)[0]
        if not (pid.isascii() and pid.isdigit()) or int(pid) == os.getpid() or _alive(int(pid)):
            continue
        with contextlib.suppress(OSError):
            os.unlink(entry.path)
            removed.append(Path(entry.path))
    return removed


class _Guarded:
    """A file whose write errors become one-line :class:`OutputError` messages."""

    def __init__(self, fh: IO, name: str) -> None:
        self._fh = fh
        self._name = name

    def write(self, data: Any) -> int:
        try:
            return self._fh.write(data)
        except BrokenPipeError:
            raise  # the reader left (``| head``): the command line stops quietly
        except OSError as exc:
            raise OutputError(f"{self._name}: cannot write: {describe_os_error(exc)}") from None

    def flush(self) -> None:
        try:
            self._fh.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(f"{self._name}: cannot write: {describe_os_error(exc)}") from None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._fh, name)


def guard_stream(fh: IO, name: str = "standard output") -> IO:
    """Wrap an open stream so that a failed write is one :class:`OutputError` line."""
    return _Guarded(fh, name)  # type: ignore[return-value]


def _new_mode(target: Path) -> int:
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str], *, suffix: str = ".tmp") -> Iterator[Path]:
    """A temporary path (not yet created) that replaces ``path`` when the block succeeds.

    For writers that create the file themselves (GDAL). On any error or interrupt the
    temporary file and its SQLite companions (``-journal``, ``-wal``, ``-shm``) are deleted.

    Raises
    ------
    OutputError
        When the folder cannot hold the file or the final rename fails.
    """
    target = _target(path)
    if target.direct:
        raise OutputError(f"{path}: is a device or pipe; this format needs a regular file")
    real = target.real
    try:
        real.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(
            dir=real.parent, prefix=f"{_temp_prefix(real)}{os.getpid()}-", suffix=suffix
        )
        os.close(fd)
        os.unlink(name)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write: {describe_os_error(exc)}") from None
    tmp = Path(name)
    mode = _new_mode(real)
    try:
        yield tmp
    except BaseException:
        _remove(tmp)
        raise
    try:
        os.chmod(tmp, mode)
        os.replace(tmp, real)
    except OSError as exc:
        _remove(tmp)
        raise OutputError(f"{path}: cannot write: {describe_os_error(exc)}") from None


def _remove(tmp: Path) -> None:
    for extra in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            os.unlink(f"{tmp}{extra}")


@contextlib.contextmanager
def atomic_open(path: str | os.PathLike[str], *, binary: bool = False) -> Iterator[IO]:
    """Open a file for writing that appears at ``path`` only when the block succeeds.

    Parameters
    ----------
    path : str or path-like
        The file to write; its folder is created when missing. A symbolic link is written
        through; a device or FIFO is written in place (there is nothing to replace).
    binary : bool, default False
        Open in binary mode instead of UTF-8 text with ``\\n`` line ends.

    Yields
    ------
    file
        A temporary file in the same folder (see the module docstring). On success it
        replaces ``path``, keeping an existing file's permissions; on any error or
        interrupt it is deleted and ``path`` is left as it was.

    Raises
    ------
    OutputError
        When the file cannot be created or written (disk full, no permission, ...).
    """
    target = _target(path)
    if target.direct:
        with _open_direct(target.real, binary) as fh:
            yield _Guarded(fh, str(path))
        return
    with atomic_path(path) as tmp:
        try:
            fh = open(tmp, "wb") if binary else open(tmp, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
        except OSError as exc:
            raise OutputError(f"{path}: cannot write: {describe_os_error(exc)}") from None
        with fh:
            yield _Guarded(fh, str(path))
            try:
                fh.flush()
                os.fsync(fh.fileno())
            except OSError as exc:
                raise OutputError(f"{path}: cannot write: {describe_os_error(exc)}") from None


@contextlib.contextmanager
def _open_direct(real: Path, binary: bool) -> Iterator[IO]:
    try:
        fh = open(real, "wb") if binary else open(real, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
    except OSError as exc:
        raise OutputError(f"{real}: cannot write: {describe_os_error(exc)}") from None
    try:
        with fh:
            yield fh
            fh.flush()
    except OSError as exc:
        raise OutputError(f"{real}: cannot write: {describe_os_error(exc)}") from None


def atomic_write(path: str | os.PathLike[str], data: str | bytes) -> None:
    """Write text (UTF-8) or bytes to ``path`` atomically (see :func:`atomic_open`)."""
    with atomic_open(path, binary=isinstance(data, bytes)) as fh:
        fh.write(data)
