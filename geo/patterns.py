"""Regular expressions compiled once per installation, not once per command.

The extraction modules make a few hundred patterns at import, some of them long (number
words, role and figure cues). Python compiles a pattern in Python code, which took about half
of a one-report ``strikemap extract``. :func:`compiled` keeps what the compiler makes of each
pattern (its code, flags and groups) in a cache file and builds the pattern from it, in C,
the next time: the same pattern object ``re.compile`` makes (patterns compare equal when
their source, flags and code are equal, and the tests check that they do).

The cache is a ``marshal`` file in ``$STRIKEMAP_CACHE_DIR`` (default
``$XDG_CACHE_HOME/strikemap``, else ``~/.cache/strikemap``), one per Python build, written
when a command has compiled patterns it did not hold. ``STRIKEMAP_CACHE_DIR=`` (empty) turns
it off. A missing, unreadable or unwritable cache only costs time: patterns are then compiled
as ``re.compile`` compiles them. Only patterns whose source is fixed in the code are made
here; a pattern built from user data (map tokens, file names) uses ``re.compile``.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
import tempfile
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
# the array type of the engine's code words (_sre.CODESIZE bytes each)
_CODE_TYPE = next((t for t in "IL" if _sre and array(t).itemsize == _sre.CODESIZE), "I")
_KEPT = 4096  # entries beyond this are dropped, but for the ones this process asked for

_Key = tuple[str | bytes, int]
_Entry = tuple[int, bytes, int, dict[str, int]]


def cache_file() -> Path | None:
    """The cache file of this Python build, or None when caching is turned off.

    Returns
    -------
    pathlib.Path or None
        ``<cache dir>/patterns-<implementation>-<version>.marshal``.
    """
    if _sre is None:
        return None
    base = os.environ.get(_ENV)
    if base is None:
        base = _default_dir()
    if not base:
        return None
    tag = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}-{_sre.CODESIZE}"
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
        key = (source, flags)
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
            made = _made(key[0], entry)
        except (TypeError, ValueError, OverflowError, RuntimeError, AttributeError):
            return None  # an entry this build did not write: compiled again
        self.reused.add(key)
        return made

    def _compile(self, key: _Key) -> re.Pattern:
        """Compile as ``re.compile`` does, keeping the compiler's output as a new entry."""
        source, flags = key
        if not self.enabled:
            return re.compile(source, flags)
        try:
            entry = _entry(source, flags)
            made = _made(source, entry)
        except (AttributeError, TypeError):  # a compiler that works otherwise: no cache
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
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".patterns-")
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


def _entry(source: str | bytes, flags: int) -> _Entry:
    """What the compiler makes of a pattern, in the steps ``re.compile`` takes."""
    tree = _parser.parse(source, flags)
    code = array(_CODE_TYPE, _compiler._code(tree, flags)).tobytes()
    state = tree.state
    return (flags | state.flags, code, state.groups - 1, dict(state.groupdict))


def _made(source: AnyStr, entry: _Entry) -> re.Pattern[AnyStr]:
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


def compiled(source: AnyStr, flags: int | re.RegexFlag = 0) -> re.Pattern[AnyStr]:
    """``re.compile(source, flags)``, made from the cache when it holds the pattern.

    Parameters
    ----------
    source : str or bytes
        The pattern, fixed in the code (not built from user data).
    flags : int or re.RegexFlag
        The flags, as for ``re.compile``.

    Returns
    -------
    re.Pattern
        A pattern equal to ``re.compile(source, flags)``; the same object for the same
        source and flags within a process.
    """
    return _CACHE.pattern(source, int(flags))
