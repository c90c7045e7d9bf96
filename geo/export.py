"""Writers for extraction results: JSON lines (the ``strikemap extract`` contract), CSV and
GeoJSON of the per-unit aggregate; every file is written atomically."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from geo.records import Extraction, ResolvedPlace, Unresolved

__all__ = ["atomic_write_text", "extraction_records", "to_jsonl"]


def _place_record(rp: ResolvedPlace) -> dict:
    p = rp.place
    return {
        "type": "place",
        "report": rp.report,
        "id": p.id,
        "name": p.name,
        "role": rp.role,
        "kind": p.kind,
        "country": p.country,
        "admin1": p.admin1,
        "lat": p.lat,
        "lon": p.lon,
        "precision": rp.precision,
        "confidence": rp.confidence,
        "cue": rp.cue,
        "sentence": rp.sentence,
        "mentions": [{"text": s.text, "start": s.start, "end": s.end} for s in rp.mentions],
    }


def _unresolved_record(u: Unresolved) -> dict:
    return {
        "type": "unresolved",
        "report": u.report,
        "text": u.span.text,
        "start": u.span.start,
        "end": u.span.end,
        "reason": u.reason,
    }


def _report_record(ext: Extraction) -> dict:
    r = ext.report
    return {
        "type": "report",
        "report": r.id,
        "title": r.title,
        "date": r.date,
        "source": r.source,
        "url": r.url,
        "facts": dict(ext.facts),
        "places": len(ext.places),
        "impact_places": len(ext.impacts),
        "unresolved": len(ext.unresolved),
    }


def extraction_records(extractions: Sequence[Extraction]) -> Iterator[dict]:
    """The JSON records of ``strikemap extract``: places, unresolved mentions, then the
    report line, for each report in order."""
    for ext in extractions:
        for rp in ext.places:
            yield _place_record(rp)
        for u in ext.unresolved:
            yield _unresolved_record(u)
        yield _report_record(ext)


def to_jsonl(extractions: Sequence[Extraction]) -> str:
    """All records as JSON lines (UTF-8 text, one object a line)."""
    return "".join(
        json.dumps(rec, ensure_ascii=False) + "\n" for rec in extraction_records(extractions)
    )


def atomic_write_text(path: str | os.PathLike[str], text: str) -> None:
    """Write text to ``path`` through a temporary file, so no half-written file remains."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
