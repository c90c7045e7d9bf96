"""The report read once (Document), and the text helpers that keep extraction fast without
changing what it finds: grouped alternations, needle checks, the gazetteer's shortcuts."""

from __future__ import annotations

import random
import re

import pytest

import geo.language.document as document
import geo.places.resolve as resolve
import geo.understand.mentions as mentions
from geo.language.document import read_document
from geo.language.text import (
    WordMemo,
    _same_letter,
    alternation,
    lacks,
    lowered,
    token_filter,
    tokenize,
    words,
)
from geo.places.gazetteer import Gazetteer
from geo.records import Report
from geo.understand.mentions import find_mentions

from .conftest import EXAMPLES

_TEXT = (
    "Drones hit Kharkiv overnight. In the village of Bar two people were hurt; the mayor said "
    "so.\nУночі дрони атакували Полтаву."
)


def test_document_sentences_and_their_index() -> None:
    doc = read_document(_TEXT, "en")
    assert doc.sentence(0) == "Drones hit Kharkiv overnight."
    assert doc.sentence_index(_TEXT.index("Bar")) == 1
    assert doc.sentence_index(_TEXT.index("Полтаву")) == len(doc.sentences) - 1
    assert doc.sentence_starts == {s for s, _ in doc.sentences}
    assert read_document("", "en").sentence_index(0) == 0


def test_document_tokens_are_made_once() -> None:
    doc = read_document(_TEXT, "en")
    kept = token_filter(["of", "in"])
    assert doc.kept_words(kept) is doc.kept_words(kept)
    assert list(doc.kept_words(kept).text[:4]) == ["Drones", "Kharkiv", "In", "of"]
    # the words the filter keeps: capitalised, Cyrillic, or one of its lower-case words
    expected = [t for t in tokenize(_TEXT) if t.capitalised or t.cyrillic or t.text in ("of", "in")]
    assert list(zip(*doc.kept_words(kept), strict=True)) == expected
    assert [t.text for t in expected][:5] == ["Drones", "Kharkiv", "In", "of", "Bar"]
    assert doc.tokens is doc.tokens
    assert doc.tokens == tokenize(_TEXT)


def test_extract_report_reads_each_report_once(
    monkeypatch: pytest.MonkeyPatch, gaz: Gazetteer
) -> None:
    made: list[str] = []
    real = document.read_document

    def counted(text: str, lang: str) -> document.Document:
        made.append(lang)
        return real(text, lang)

    monkeypatch.setattr(resolve, "read_document", counted)
    text = (EXAMPLES / "kyiv_night.txt").read_text(encoding="utf-8")
    ext = resolve.extract_report(Report("r", text), gaz)
    assert made == ["en"] and ext.places


def test_mentions_are_the_same_with_and_without_a_document(gaz: Gazetteer) -> None:
    text = (EXAMPLES / "poltava_night_uk.txt").read_text(encoding="utf-8")
    alone = find_mentions(text, gaz, "uk")
    assert alone and find_mentions(text, gaz, "uk", doc=read_document(text, "uk")) == alone


@pytest.mark.parametrize(
    "letter", "abcdefghijklmnopqrstuvwxyzабвгдежзийклмнопрстуфхцчшщъыьэюяіїєґё"
)
def test_same_letter_is_every_character_ignorecase_takes(letter: str) -> None:
    # every character of the Basic Multilingual Plane that IGNORECASE matching takes for it
    bmp = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x10000)))
    assert set(_same_letter(letter)) == set(re.findall(re.escape(letter), bmp, re.I))


_ALTERNATIVES = [
    "hit",
    "hits",
    r"strikes? (?:on|at)",
    r"(?:missile|drone|air)[- ]?(?:strikes?|attacks?)",
    r"(?:went up )?in flames",
    "struck",
    "shot down",
    "kill(?:ed|ing)",
    "удар\\w*",
    "обстріл\\w*",
]
_SAMPLES = [
    "A missile strike HIT the depot and hits continued; it went up in flames.",
    "Strikes on the port, air-attacks, drone attack, Struck, shot  down, Killing, KILLED.",
    "ſtruck by a ſtrike, the Kelvin-sign \u212aİlled, in flames, In Flames.",
    "Ворог завдав УДАРУ, обстріляв місто; ударні дрони, Обстріл.",
]


@pytest.mark.parametrize("sample", _SAMPLES)
def test_alternation_matches_what_the_plain_alternation_matches(sample: str) -> None:
    plain = re.compile(r"\b(?:" + "|".join(_ALTERNATIVES) + r")\b", re.I)
    grouped = re.compile(r"\b" + alternation(_ALTERNATIVES) + r"\b", re.I)
    assert grouped.pattern != plain.pattern
    found = [(m.span(), m.group()) for m in grouped.finditer(sample)]
    assert found == [(m.span(), m.group()) for m in plain.finditer(sample)]
    assert found  # every sample holds matches


def _fuzz_texts(pieces: list[str], count: int) -> list[str]:
    rnd = random.Random(15)
    return ["".join(rnd.choices(pieces, k=rnd.randint(0, 12))) for _ in range(count)]


_WORD_PIECES = [
    *"aoAnd-'’ʼ`_1 .,\nſİ²\u0301",
    *("on", "the", "in", "of", "Kyiv", "Київ", "'s", "’s", "Mr", "region", "области"),
]


def test_words_are_the_tokens_of_the_filter() -> None:
    kept = ["of", "in", "the", "on", "region"]
    # the filter as one pattern to find words with, before it matched the character before
    reference = re.compile(
        r"(?<![^\W\d_])(?<![-'’ʼ`])(?:(?=[^\W\d_a-z])|(?=(?:"
        + "|".join(kept)
        + r")(?![^\W\d_])))[^\W\d_]+(?:[-'’ʼ`][^\W\d_]+)*"
    )
    for text in [_TEXT, *_fuzz_texts(_WORD_PIECES, 5000)]:
        found = words(text, token_filter(kept))
        assert [(m.group(), *m.span()) for m in reference.finditer(text)] == list(
            zip(found.text, found.start, found.end, strict=True)
        )
        starts = set(found.start)  # the same words as tokens, all fields alike
        assert list(zip(*found, strict=True)) == [t for t in tokenize(text) if t.start in starts]


def test_word_memo_works_out_only_the_missing_words() -> None:
    asked: list[str] = []

    def length(word: str) -> int:
        asked.append(word)
        return len(word)

    memo = WordMemo(length, limit=3)
    assert memo.column(["Kyiv", "Sumy", "Kyiv"]) == [4, 4, 4]
    assert asked == ["Kyiv", "Sumy"]
    assert memo.column(["Sumy", "Odesa", "Kyiv"]) == [4, 5, 4]
    assert asked == ["Kyiv", "Sumy", "Odesa"]  # only the new word was worked out
    assert memo.column(["Lviv"]) == [4]  # a new word comes to a full memo: emptied first
    assert dict(memo) == {"Lviv": 4}
    assert memo.put("Bar", 0) == 0 and memo.get("Bar") == 0


def test_unknown_names_are_found_where_the_pattern_finds_them() -> None:
    pieces = [" ", "\n", "in", "into", "near", "at", "areas", "area", "of", "the", "occupied"]
    pieces += ["outskirts", "village", "Kyiv", "Сумах", "x", "_", "é", "1", "Bar's", "-"]
    for text in _fuzz_texts(pieces, 5000):
        expected = [(m.span(), m.span("name")) for m in mentions._UNKNOWN_RE.finditer(text)]
        assert [(m.span(), m.span("name")) for m in mentions._unknown_matches(text)] == expected


def test_alternation_keeps_a_pattern_it_cannot_group() -> None:
    assert alternation([r"\w+ed", "hit"]) == r"(?:\w+ed|hit)"
    assert alternation("a|b") == alternation(["a", "b"])


@pytest.mark.parametrize(
    ("text", "needles", "lacking"),
    [
        ("Drones hit Kharkiv.", ("from", "over"), True),
        ("launched FROM Kursk", ("from",), False),
        ("Збито над Сумщиною", ("над",), False),
        ("Збито НАД Сумщиною", ("над",), False),
        ("Дрони атакували Суми", ("над",), True),
        ("Дрони ᲂ Суми", ("над",), False),  # old letter forms: nothing is told
        ("ſeen froſt", ("st",), False),
    ],
)
def test_lacks(text: str, needles: tuple[str, ...], lacking: bool) -> None:
    assert lacks(text, needles) is lacking


def test_lowered_is_told_once_for_several_needles() -> None:
    assert lowered("Launched FROM Kursk") == "launched from kursk"
    assert lowered("ſeen") is None
    low = lowered("Drones flew over Sumy")
    assert not lacks("Drones flew over Sumy", ("over",), low)
    assert lacks("Drones flew over Sumy", ("from",), low)
    assert not lacks("ſeen", ("s",), lowered("ſeen"))


def test_gazetteer_shortcuts(gaz: Gazetteer) -> None:
    assert gaz.continues("kryvyi") and not gaz.continues("qqxzq")
    assert gaz.places_of("kharkiv") == tuple(c.place for c in gaz.lookup_key("kharkiv"))
    assert gaz.places_of("kharkiv") is gaz.places_of("kharkiv")
    assert gaz.has_key("kharkiv") and not gaz.has_key("no such place at all")
    assert gaz.flag("no such place at all") is None


@pytest.mark.parametrize(
    ("sentence", "village"),
    [
        ("Shelling hit the village of Bar.", True),
        ("Shelling hit the Village   Bar.", True),
        ("Shelling hit the hamlet of Bar.", True),
        ("Shelling hit the city of Bar.", False),
        ("Shelling hit the ſettlement Bar.", True),  # what the pattern says, long s and all
        ("Обстріляли с. Бар.", True),
        ("Обстріляли місто Бар.", False),
        ("Bar was hit.", False),
    ],
)
def test_village_before(sentence: str, village: bool) -> None:
    at = sentence.index("Bar") if "Bar" in sentence else sentence.index("Бар")
    assert resolve._village_before(sentence, at) is village
    assert bool(resolve._VILLAGE.search(sentence, 0, at)) is village
