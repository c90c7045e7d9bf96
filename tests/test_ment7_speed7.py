"""The seventh speed pass's shortcuts in finding mentions read exactly what the full readings
they replace read.

Each test holds a shortcut against the step-by-step reading it stands for, written out here,
over texts written for the purpose.
"""

from __future__ import annotations

import pytest

from geo.language.document import read_document
from geo.places.gazetteer import Gazetteer
from geo.records import PlaceMention
from geo.understand import mentions
from geo.understand.mentions import _ALONE, _Finder

# names of several words whose first word names nothing by itself ("Kryvyi", "Nova", "The"),
# and such words before words that cannot go on with a name
_EN_TEXTS = (
    "The mayor said Kryvyi Rih and Nova Kakhovka were struck at dawn. In Kharkiv the "
    "sirens ran; The Hague and New York sent envoys, while Russian troops pressed on.\n"
    "Velyka Pysarivka, Staryi Saltiv and Velykyi Burluk lost power. Great Britain, the "
    "United States and St Petersburg reacted; Ukrainian Navy boats and South Ukraine.",
    "Kryvyi\nRih was hit; Nova, Kakhovka; The\tGreat Britain team; United-States; "
    "Russian Federation envoys. The Kharkiv and the Sumy regions, In Odesa, near Alto de "
    "Pinheiros, Staryi",
    "Velykyi",
)


def _finder(gaz: Gazetteer, text: str, lang: str = "en") -> _Finder:
    return _Finder(read_document(text, lang), gaz)


class _FullFinder(_Finder):
    """The finder that tries :meth:`match_at` at every capitalised word."""

    def run(self) -> list[PlaceMention]:
        i = 0
        for j in range(len(self.word)):
            if j >= i and self.capitalised[j]:
                i = self.match_at(j)
        self.spread_plural_qualifiers()
        return self.mentions


@pytest.mark.parametrize("text", _EN_TEXTS)
def test_words_that_name_nothing_alone_are_skipped_as_match_at_reads(
    gaz: Gazetteer, text: str
) -> None:
    assert _finder(gaz, text).run() == _FullFinder(read_document(text, "en"), gaz).run()


def test_the_alone_gate_is_met_both_ways(gaz: Gazetteer) -> None:
    """The texts hold words that name nothing alone both before a word that may go on with
    a name and before one that may not, and match_at finds nothing at the latter."""
    joined = skipped = 0
    for text in _EN_TEXTS:
        finder = _finder(gaz, text)
        for i in range(len(finder.word)):
            if not finder.capitalised[i] or finder.starts_no_name(i) is not _ALONE:
                continue
            if finder.joins_next(i):
                joined += 1
            else:
                skipped += 1
                before = len(finder.mentions)
                assert finder.match_at(i) == i + 1, finder.word[i]
                assert len(finder.mentions) == before
    assert joined >= 8 and skipped >= 5


def test_no_cyrillic_word_is_alone(gaz: Gazetteer) -> None:
    text = "Уночі Кривий Ріг і Нова Каховка, у Харківській області та Велика Писарівка."
    finder = _finder(gaz, text, "uk")
    assert all(finder.starts_no_name(i) is not _ALONE for i in range(len(finder.word)))
    assert finder.run() == _FullFinder(read_document(text, "uk"), gaz).run()


def test_memo_of_words_keeps_the_alone_mark(gaz: Gazetteer) -> None:
    text = _EN_TEXTS[0]
    first = _finder(gaz, text).run()
    memo = gaz.memo[mentions._NO_NAME + "en"]
    assert memo["Kryvyi"] is _ALONE and memo["The"] is _ALONE
    assert _finder(gaz, text).run() == first
