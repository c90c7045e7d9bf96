"""Regular expressions compiled once per installation, not once per command.

The extraction modules make a few hundred patterns at import, some of them long (number
words, role and figure cues). Python compiles a pattern in Python code, which took about half
of a one-report ``strikemap extract``. :func:`compiled` keeps what the compiler makes of each
pattern (its code, flags and groups) in a cache file and builds the pattern from it, in C,
the next time: the same pattern object ``re.compile`` makes (patterns compare equal when
their source, flags and code are equal, and the tests check that they do).

The cache is a ``marshal`` file in ``$STRIKEMAP_CACHE_DIR`` (an absolute folder; by default
``$XDG_CACHE_HOME/strikemap``, else ``~/.cache/strikemap``), one per Python build and cache
format, written when a command has compiled patterns it did not hold. ``STRIKEMAP_CACHE_DIR=``
(empty) turns it off. A missing, unreadable, damaged or unwritable cache only costs time:
patterns are then compiled as ``re.compile`` compiles them. Only patterns whose source is fixed
in the code are made here; a pattern built from user data (map tokens, file names) uses
``re.compile``. A warning the compiler gives about a pattern (``FutureWarning: Possible nested
set``) is given only when it is compiled, not when it is made from the cache: the tests compile
every fixed pattern with warnings as errors.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
import tempfile
import time
from array import array
from pathlib import Path
from typing import AnyStr

try:  # CPython's regex compiler, whose steps re.compile takes in turn
    import _sre
    from re import _compiler, _parser
except ImportError:  # another Python: no cache
    _sre = None

__all__ = ["cache_file", "compiled"]

_ENV = "STRIKEMAP_CACHE_DIR"
_FORMAT = 2  # of the entries below; a new format is a new file
# the array type of the engine's code words (_sre.CODESIZE bytes each)
_CODE_TYPE = next((t for t in "IL" if _sre and array(t).itemsize == _sre.CODESIZE), "I")
# Entries beyond this are dropped, but for the ones this process asked for: the package makes
# about 240, so stale sources from older versions may pile up to about four times that (a
# file of 3 MB at most, read at each start)
_KEPT = 1024
_TEMP_PREFIX = ".patterns-"
_TEMP_KEPT_SECONDS = 600  # a temporary file older than this was left by a killed writer

# (whether the source is bytes, the source, the flags): the first item keeps a text and a bytes
# source apart without comparing them (which ``python -bb`` takes for an error)
_Key = tuple[bool, str | bytes, int]
_Entry = tuple[int, bytes, int, dict[str, int]]


def cache_file() -> Path | None:
    """The cache file of this Python build, or None when caching is turned off.

    Returns
    -------
    pathlib.Path or None
        ``<cache dir>/patterns-<implementation>-<version>-<engine>-<format>.marshal``; None
        without CPython's compiler, with ``STRIKEMAP_CACHE_DIR`` empty or not an absolute
        folder (``~`` expanded), or when no absolute default folder can be told.
    """
    if _sre is None:
        return None
    base = os.environ.get(_ENV)
    base = _default_dir() if base is None else os.path.expanduser(base)
    if not os.path.isabs(base):
        return None
    engine = f"{_sre.MAGIC}-{_sre.CODESIZE}{sys.byteorder[0]}"
    tag = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{engine}-{_FORMAT}"
    return Path(base) / f"patterns-{tag}.marshal"


def _default_dir() -> str:
    """``$XDG_CACHE_HOME/strikemap``, else ``~/.cache/strikemap``; empty (no cache) when
    neither is an absolute path (a relative ``XDG_CACHE_HOME`` is ignored, as the XDG
    specification asks, and a home that cannot be told would leave a folder named ``~``)."""
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    root = xdg if os.path.isabs(xdg) else os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(root, "strikemap") if os.path.isabs(root) else ""


def _read(path: Path | None) -> dict[_Key, _Entry]:
    """The entries of a cache file; none when it is absent or not one."""
    if path is None:
        return {}
    try:
        held = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return held if isinstance(held, dict) else {}


class _Cache:
    """The entries read at start, those made since, and the patterns made from them."""

    def __init__(self) -> None:
        self.path = cache_file()
        self.held = _read(self.path)
        self.new: dict[_Key, _Entry] = {}
        self.asked: set[_Key] = set()
        self.made: dict[_Key, re.Pattern] = {}
        self.reused: set[_Key] = set()  # the patterns made from entries of the file
        self.enabled = self.path is not None

    def pattern(self, source: AnyStr, flags: int) -> re.Pattern[AnyStr]:
        """The pattern of ``source`` and ``flags``, from its entry when there is one."""
        if not isinstance(source, str | bytes):
            raise TypeError(f"a pattern's source is str or bytes, not {type(source).__name__}")
        key = (isinstance(source, bytes), source, flags)
        made = self.made.get(key)
        if made is not None:
            return made
        made = self._from_entry(key) if self.enabled else None
        if made is None:
            made = self._compile(key)
        self.made[key] = made
        self.asked.add(key)
        return made

    def _from_entry(self, key: _Key) -> re.Pattern | None:
        entry = self.held.pop(key, None)  # not kept once made: write() reads the file again
        if entry is None:
            return None
        try:
            made = _made(key[1], entry)
        except Exception:  # any entry that does not make a pattern (damaged, foreign): compile
            return None
        self.reused.add(key)
        return made

    def _compile(self, key: _Key) -> re.Pattern:
        """Compile as ``re.compile`` does, keeping the compiler's output as a new entry."""
        _, source, flags = key
        if not self.enabled:
            return re.compile(source, flags)
        try:
            entry = _entry(source, flags)
            made = _made(source, entry)
        except (AttributeError, TypeError):  # the compiler's steps are not these: no cache
            self.enabled = False
            return re.compile(source, flags)
        if not self.new:
            atexit.register(self.write)
        self.new[key] = entry
        return made

    def write(self) -> None:
        """Add the new entries to the cache file (atomically; failures only cost time)."""
        if not (self.new and self.enabled and self.path is not None):
            return
        entries = {**_read(self.path), **self.new}
        if len(entries) > _KEPT:
            entries = {k: v for k, v in entries.items() if k in self.asked}
        folder = self.path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
            _sweep(folder)
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=_TEMP_PREFIX)
        except OSError:
            return
        try:
            with os.fdopen(fd, "wb") as out:
                marshal.dump(entries, out)
            os.replace(tmp, self.path)
        except (OSError, ValueError):  # ValueError: an entry marshal cannot write
            Path(tmp).unlink(missing_ok=True)
            return
        self.new = {}


def _sweep(folder: Path) -> None:
    """Remove the temporary files of writers killed before they were done."""
    stale = time.time() - _TEMP_KEPT_SECONDS
    for path in folder.glob(_TEMP_PREFIX + "*"):
        try:
            if path.stat().st_mtime < stale:
                path.unlink()
        except OSError:
            continue


def _entry(source: str | bytes, flags: int) -> _Entry:
    """What the compiler makes of a pattern, in the steps ``re.compile`` takes."""
    tree = _parser.parse(source, flags)
    code = array(_CODE_TYPE, _compiler._code(tree, flags)).tobytes()
    state = tree.state
    return (flags | state.flags, code, state.groups - 1, dict(state.groupdict))


def _made(source: str | bytes, entry: _Entry) -> re.Pattern:
    """The pattern of ``source`` from its entry: flags, code (as the bytes of its words,
    which the garbage collector need not walk as it walks a list), the number of groups (less
    one) and the number of each named group, whose names by number the engine also needs."""
    flags, blob, groups, groupindex = entry
    code = array(_CODE_TYPE, blob).tolist()
    indexgroup: list[str | None] = [None] * (groups + 1)
    for name, i in groupindex.items():
        indexgroup[i] = name
    return _sre.compile(source, flags, code, groups, groupindex, tuple(indexgroup))


_CACHE = _Cache()


def compiled(source: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """``re.compile(source, flags)``, made from the cache when it holds the pattern.

    Parameters
    ----------
    source : str or bytes
        The pattern, fixed in the code (not built from user data).
    flags : int
        The flags, as for ``re.compile`` (``re.I``, ...).

    Returns
    -------
    re.Pattern
        A pattern equal to ``re.compile(source, flags)``; the same object for the same
        source and flags within a process.

    Raises
    ------
    TypeError
        When ``source`` is neither str nor bytes.
    re.error
        When ``source`` is not a regular expression.
    """
    return _CACHE.pattern(source, int(flags))
