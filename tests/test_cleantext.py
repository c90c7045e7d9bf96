"""Text normalisation on input: invisible characters, surrogates, controls, NFC."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from geo.places.gazetteer import Gazetteer
from geo.places.resolve import extract_report
from geo.read.cleantext import clean_text
from geo.read.reports import iter_inputs
from geo.records import Report


@pytest.mark.parametrize(
    "mark", ["\u200d", "\u200b", "\u00ad", "\u2060", "\u200c", "\ufeff", "\u200e", "\u2066"]
)
def test_invisible_characters_inside_words_are_removed(mark: str) -> None:
    assert clean_text(f"Drones hit Khar{mark}kiv.") == "Drones hit Kharkiv."


def test_joiners_between_words_stay_and_soft_hyphens_go() -> None:
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # an emoji sequence
    assert clean_text(f"{family} in Kyiv") == f"{family} in Kyiv"
    assert clean_text("Kyiv \u00ad\u200b\u2060 Odesa") == "Kyiv  Odesa"


def test_lone_surrogates_and_controls_are_replaced() -> None:
    text = clean_text("bad \ud800 and \udfff\x00 end\x07")
    assert text == "bad \ufffd and \ufffd  end "
    text.encode("utf-8")  # never raises


def test_nfc() -> None:
    decomposed = "Полтава \u0438\u0306 Lviv e\u0301"
    assert clean_text(decomposed) == unicodedata.normalize("NFC", decomposed)
    assert "й" in clean_text(decomposed)


def test_ascii_and_newlines_pass_unchanged() -> None:
    text = "Title: x\n\nDrones hit Sumy.\tTab\r\n"
    assert clean_text(text) is text


@pytest.mark.parametrize("mark", ["\u200d", "\u200b", "\u00ad", "\u2060"])
def test_extraction_reads_through_invisible_characters(gaz: Gazetteer, mark: str) -> None:
    ext = extract_report(Report("r", clean_text(f"Drones hit Khar{mark}kiv overnight.")), gaz)
    assert [(p.place.name, p.place.country) for p in ext.impacts] == [("Kharkiv", "UA")]


def test_every_input_string_is_cleaned(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    line = {"text": "Drones hit Khar\u200dkiv \ud800.", "title": "T\u00aditle", "id": "a\x00b"}
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    (report,) = iter_inputs([str(path)])
    assert report.text == "Drones hit Kharkiv \ufffd."
    assert (report.title, report.id) == ("Title", "a b")
