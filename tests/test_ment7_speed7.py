"""The seventh speed pass's shortcuts in finding mentions read exactly what the full readings
they replace read.

Each test holds a shortcut against the step-by-step reading it stands for, written out here,
over texts written for the purpose.
"""

from __future__ import annotations

import sys

import pytest

from geo.language.document import read_document
from geo.places.gazetteer import Gazetteer
from geo.records import PlaceMention
from geo.understand import mentions
from geo.understand.mentions import _ALONE, _LIST_HEAD_WORDS, _Finder

from .mentions_reference import FullListFinder

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


_LIST_TEXTS = (
    "Drones hit 4 oblasts: Sumy, Poltava and Odesa. Shelling in the districts of Izium and "
    "Kupiansk, then in Lviv. Officials of the regions of Kherson, Mykolaiv & Zaporizhzhia "
    "met in Dnipro; REGIONS: Volyn, Rivne. The Kharkiv and Sumy regions were quiet.",
    "Provinces of Kursk and Belgorod; raions: Bakhmut or Pokrovsk, and Kramatorsk. Lviv "
    "regions of the west, Chernihiv. A long gap of words here before the next name, Kyiv.",
    "Strikes on the oblasts of Kharkiv and Donetsk; у Харкові also hit. Odesa, Mykolaiv.",
    "The regions of",
    "Kyiv and Lviv, no list words at all here.",
    "Oblasts:Kyiv,Lviv and\u0131 Odesa, regions of Rivne",
    # a mention 40 characters after the start of a list word, and one 41 after
    "Hit 3 oblasts:" + " " * 32 + "Kyiv, Lviv. Hit 2 oblasts:" + " " * 33 + "Sumy, Rivne.",
)


@pytest.mark.parametrize("text", _LIST_TEXTS)
def test_announced_lists_as_every_mention_read(gaz: Gazetteer, text: str) -> None:
    got = _finder(gaz, text).run()
    full = FullListFinder(read_document(text, "en"), gaz).run()
    assert got == full
    if text is _LIST_TEXTS[0]:
        spread = [m.span.text for m in got if m.qualifier in ("region", "raion")]
        assert {"Sumy", "Poltava", "Izium", "Kupiansk", "Kherson", "Volyn"} <= set(spread)
        assert "Lviv" not in spread and "Dnipro" not in spread


def test_announced_mentions_are_those_near_a_list_word(gaz: Gazetteer) -> None:
    finder = _finder(gaz, _LIST_TEXTS[0])
    finder.run()
    low = finder.text.lower()
    found = mentions._occurrences(low, _LIST_HEAD_WORDS)
    near = [
        j
        for j, m in enumerate(finder.mentions)
        if any(max(0, m.span.start - 40) <= at and stop <= m.span.start for at, stop in found)
    ]
    assert list(finder.announced(found)) == near
    assert 0 < len(near) < len(finder.mentions)
    assert list(finder.announced(None)) == list(range(len(finder.mentions)))


def test_no_cue_before_of_ends_another() -> None:
    """At most one of the words before "of" ends where a word ends, so the first found is
    the one."""
    cues = mentions._OF_CUES
    assert not [(a, b) for a in cues for b in cues if a != b and a.endswith(b)]


_OF_TEXTS = (
    "Fires in the village of Hrakove, the town  of\tIzium, city\nof Lyman, the settlement of "
    "Borova, the outskirts of Kupiansk, port of Izmail, district of Chuhuiv, region of Sumy, "
    "community of Bilopillia, direction of Pokrovsk, area of Siversk, areas of Toretsk, "
    "vicinity of Vovchansk.",
    "Airport of Odesa, townof Kyiv, subregion of Lviv, areasof Rivne, the areas  of  the "
    "occupied Nova Kakhovka, a village of the Zelene kind, region of; of Kyiv, of, village of",
    "of Kyiv",
    "of",
    "village\u2003of\u00a0Bucha, area\u2028of Irpin, village_of Borodianka, 2region of Brovary",
)


@pytest.mark.parametrize("text", _OF_TEXTS)
def test_unknown_matches_before_of_as_finditer(text: str) -> None:
    got = [(m.span(), m.group()) for m in mentions._unknown_matches(text)]
    full = [(m.span(), m.group()) for m in mentions._UNKNOWN_RE.finditer(text)]
    assert got == full
    if text is _OF_TEXTS[0]:
        assert len(got) == 13


def test_unknown_matches_before_of_around_every_character() -> None:
    """A word before "of" after each character of the Basic Multilingual Plane (and a sample
    of the rest), and with the character between it and "of", is found as by ``finditer``."""
    codes = [*range(0xD800), *range(0xE000, 0x10000), *range(0x10000, sys.maxunicode + 1, 97)]
    for code in codes:
        ch = chr(code)
        text = f"{ch}village{ch}of Kyiv"
        got = [m.span() for m in mentions._unknown_matches(text)]
        assert got == [m.span() for m in mentions._UNKNOWN_RE.finditer(text)], hex(code)


# capitalised Cyrillic pairs: people, organisations, two-word and inflected names, region
# adjectives before a name, a word the index flags
_CYRILLIC_TEXTS = (
    (
        "uk",
        "Голова ОВА Олег Синєгубов заявив, що Збройні Сили України відбили атаку. У Кривому "
        "Розі та Новій Каховці лунали вибухи; Повітряні Сили ЗСУ збили дрони над Вінницькою "
        "Областю. Сили Оборони Півдня, Біла Церква, Велика Новосілка, Нова Одеса і Сумській "
        "Громаді. Президент Володимир Зеленський, Ігор Терехов, Червоний Хрест, Нью Йорк. "
        "Обстріли у Старому Салтові, Білій Церкві та Новому Бузі.",
    ),
    (
        "ru",
        "Губернатор Вячеслав Гладков сообщил, что в Новой Таволжанке и Старом Осколе пожар. "
        "Министерство Обороны России, Великий Новгород, Нижний Новгород, Курской Области, "
        "Красная Поляна, Белая Калитва, Песчаный Брод, Иван Петров, Юрий Слюсарь. Взрывы в "
        "Нижнем Новгороде и Великом Новгороде.",
    ),
)


@pytest.mark.parametrize(("lang", "text"), _CYRILLIC_TEXTS)
def test_capitalised_pairs_skipped_as_cyrillic_at_reads(
    gaz: Gazetteer, lang: str, text: str
) -> None:
    got = _finder(gaz, text, lang).run()
    assert got == _FullFinder(read_document(text, lang), gaz).run()
    assert len(got) >= 6


def test_the_pair_gate_is_met_both_ways(gaz: Gazetteer) -> None:
    """The texts hold capitalised pairs that find nothing, where match_at finds nothing, and
    pairs that may find a name."""
    skipped = tried = 0
    for lang, text in _CYRILLIC_TEXTS:
        finder = _finder(gaz, text, lang)
        for i in range(len(finder.word) - 1):
            if not (
                finder.capitalised[i]
                and finder.cyrillic[i]
                and finder.capitalised[i + 1]
                and finder.space_between(i, i + 1)
                and finder.starts_no_name(i) is True
            ):
                continue
            if finder.pair_names_nothing(i):
                skipped += 1
                before = len(finder.mentions)
                assert finder.match_at(i) == i + 1, finder.word[i]
                assert len(finder.mentions) == before
            else:
                tried += 1
    assert skipped >= 6 and tried >= 3, (skipped, tried)
