"""Progress on stderr for long runs, and the summary line printed at the end of a run."""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING

from geo.records import Extraction

if TYPE_CHECKING:
    from geo.engines.batch import Written

__all__ = ["Progress", "Summary"]


class Progress:
    """A one-line progress display (count, rate, elapsed time, and a bar when the total is
    known), redrawn at most every ``interval`` seconds.

    Parameters
    ----------
    stream : file, optional
        Where to draw (default ``sys.stderr``).
    total : int, optional
        Expected number of items, for a bar and a percentage.
    enabled : bool, optional
        Default: only when ``stream`` is a terminal, so logs and pipes stay clean.
    label : str, default "reports"
        Noun of the count.
    interval : float, default 0.2
        Seconds between redraws.
    """

    def __init__(
        self,
        stream: IO[str] | None = None,
        *,
        total: int | None = None,
        enabled: bool | None = None,
        label: str = "reports",
        interval: float = 0.2,
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.total = total
        if enabled is None:
            isatty = getattr(self.stream, "isatty", None)
            enabled = bool(isatty and isatty())
        self.enabled = enabled
        self.label = label
        self.interval = interval
        self.count = 0
        self._start = time.monotonic()
        self._last = 0.0
        self._drawn = False

    def update(self, n: int = 1) -> None:
        """Count ``n`` more items and redraw when the interval has passed."""
        self.count += n
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last >= self.interval:
            self._last = now
            self._draw(now)

    def render(self, now: float | None = None) -> str:
        """The text of the progress line."""
        elapsed = (now if now is not None else time.monotonic()) - self._start
        rate = self.count / elapsed if elapsed > 0 else 0.0
        clock = f"{int(elapsed) // 60}:{int(elapsed) % 60:02d}"
        if self.total:
            frac = min(1.0, self.count / self.total)
            bar = "#" * int(frac * 30)
            return (
                f"[{bar:<30}] {self.count}/{self.total} {self.label} "
                f"{frac:4.0%} {rate:,.0f}/s {clock}"
            )
        return f"{self.count:,} {self.label} {rate:,.0f}/s {clock}"

    def _draw(self, now: float) -> None:
        self.stream.write("\r" + self.render(now) + "\x1b[K")
        self.stream.flush()
        self._drawn = True

    def close(self) -> None:
        """Erase the line, so the summary that follows starts clean."""
        if self.enabled and self._drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


@dataclass
class Summary:
    """Counts of a run, for the line printed at its end.

    Attributes
    ----------
    reports : int
        Reports (and event-table rows) extracted.
    places, impacts, unresolved : int
        Places found (of them, impact places) and mentions left unresolved.
    filtered : int
        Reports left out by ``--since``/``--until``.
    skipped : list of (str, str)
        ``(where, reason)`` of each file, line or record skipped under ``--skip-bad``.
    warnings : list of (str, str)
        ``(where, message)`` of input read with a doubt (bytes replaced, an encoding
        guessed with low confidence, a boundary unit left out).
    """

    reports: int = 0
    places: int = 0
    impacts: int = 0
    unresolved: int = 0
    filtered: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)

    def add(self, ext: Extraction | Written) -> None:
        """Count one extraction, or one already written out by a worker."""
        self.reports += 1
        if isinstance(ext, Extraction):
            self.places += len(ext.places)
            self.impacts += sum(1 for p in ext.places if p.role == "impact")
            self.unresolved += len(ext.unresolved)
        else:
            self.places += ext.places
            self.impacts += ext.impacts
            self.unresolved += ext.unresolved

    def skip(self, where: str, reason: str) -> None:
        """Record an input skipped under ``--skip-bad``."""
        self.skipped.append((where, reason))

    def warn(self, where: str, message: str) -> None:
        """Record input that was read, but with a doubt worth a line."""
        self.warnings.append((where, message))

    def lines(self, max_listed: int | None = None, max_warnings: int = 20) -> list[str]:
        """The summary line, then one line per skipped input (every one, unless
        ``max_listed`` is given) and per warning (at most ``max_warnings``, then how many
        more)."""
        head = (
            f"strikemap: {self.reports} report{'s' * (self.reports != 1)} read, "
            f"{self.places} place{'s' * (self.places != 1)} found ({self.impacts} impact), "
            f"{self.unresolved} unresolved"
        )
        if self.filtered:
            head += f", {self.filtered} outside --since/--until"
        head += f", {len(self.skipped)} skipped"
        if self.warnings:
            head += f", {len(self.warnings)} warning{'s' * (len(self.warnings) != 1)}"
        out = [head]
        listed = self.skipped if max_listed is None else self.skipped[:max_listed]
        out += [f"  skipped {where}: {reason}" for where, reason in listed]
        if len(self.skipped) > len(listed):
            out.append(f"  ... and {len(self.skipped) - len(listed)} more skipped")
        out += [f"  warning {where}: {msg}" for where, msg in self.warnings[:max_warnings]]
        if len(self.warnings) > max_warnings:
            out.append(f"  ... and {len(self.warnings) - max_warnings} more warnings")
        return out
