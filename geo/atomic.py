"""Atomic file writes: an output appears whole or not at all."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

__all__ = ["atomic_open", "atomic_write"]


@contextlib.contextmanager
def atomic_open(path: str | os.PathLike[str], *, binary: bool = False) -> Iterator[IO]:
    """Open a file for writing that appears at ``path`` only when the block succeeds.

    Parameters
    ----------
    path : str or path-like
        The file to write; its folder is created when missing.
    binary : bool, default False
        Open in binary mode instead of UTF-8 text with ``\\n`` line ends.

    Yields
    ------
    file
        A temporary file in the same folder. On success it replaces ``path`` (mode 0644);
        on any error or interrupt it is deleted and ``path`` is left as it was.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        if binary:
            with os.fdopen(fd, "wb") as fh:
                yield fh
        else:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
                yield fh
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write(path: str | os.PathLike[str], data: str | bytes) -> None:
    """Write text (UTF-8) or bytes to ``path`` atomically (see :func:`atomic_open`)."""
    with atomic_open(path, binary=isinstance(data, bytes)) as fh:
        fh.write(data)
