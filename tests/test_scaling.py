"""Cost against report length: the resolver's work grows with the text, not its square.

Counted in calls, not timed, so the test holds on any machine: before issue 17 every candidate
was compared with every context anchor, and every officials' sentence scanned every mention.
"""

from __future__ import annotations

import pytest

import geo.places.resolve as resolve
from geo.places.gazetteer import Gazetteer
from geo.records import Report

from .conftest import EXAMPLES


def _calls(monkeypatch: pytest.MonkeyPatch, gaz: Gazetteer, text: str) -> dict[str, int]:
    counts = dict.fromkeys(("_km",), 0)
    for name in counts:
        real = getattr(resolve, name)

        def counted(*args, _real=real, _name=name):
            counts[_name] += 1
            return _real(*args)

        monkeypatch.setattr(resolve, name, counted)
    resolve.extract_report(Report("r", text), gaz)
    monkeypatch.undo()
    return counts


def test_resolver_work_is_linear_in_length(monkeypatch: pytest.MonkeyPatch, gaz: Gazetteer) -> None:
    base = (EXAMPLES / "kyiv_night.txt").read_text(encoding="utf-8")
    short = _calls(monkeypatch, gaz, "\n\n".join([base] * 8))
    long = _calls(monkeypatch, gaz, "\n\n".join([base] * 32))  # four times the text
    for name, calls in long.items():
        assert calls <= 5 * short[name], (name, short[name], calls)


def test_repeated_names_in_many_sentences_stay_linear(
    monkeypatch: pytest.MonkeyPatch, gaz: Gazetteer
) -> None:
    sentence = (
        "Officials in Novorossiysk said drones attacked the port. Kharkiv and Sumy were hit. "
    )
    short = _calls(monkeypatch, gaz, sentence * 20)
    long = _calls(monkeypatch, gaz, sentence * 80)
    for name, calls in long.items():
        assert calls <= 5 * max(short[name], 1), (name, short[name], calls)
