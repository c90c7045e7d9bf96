"""The eighth speed pass's shortcuts in the English figure reader give what the full reading gives.

:func:`geo.understand.facts._recalls` and :meth:`geo.understand.facts._Scan.found` search a
pattern that starts at a word (``\\b``) in a sentence's lower case after one space, with
``\\W`` in place of the ``\\b`` (:func:`geo.understand.facts._after_non_word`), and
:func:`geo.understand.facts._days` takes the lower case its caller made. These tests compare
each with the case-insensitive search of the sentence itself, on sentences written here and on
the sentences of the evaluation and synthetic reports (read at test time, skipped if absent).
"""

from __future__ import annotations

import re
import sys

import pytest

from geo.language.text import sentence_spans
from geo.understand import facts as f

from .conftest import evaluation_texts, synthetic_texts

# sentences reaching each alternative of the patterns, at the start, after a word character,
# after punctuation, in capitals, and with characters whose lower case differs in length or
# that ignoring case takes for an ASCII letter
_OWN = [
    "Earlier, two drones hit a depot.",
    "  ... earlier , officials said 3 were hurt",
    "Searlier, nothing.",
    "EARLIER THIS MONTH a strike killed 4.",
    "A strike earlier this week killed 4.",
    "Last Friday 6 people were wounded.",
    "Blast friday: 6 people were wounded.",
    "Since late March, 40 drones were downed.",
    "Since 2022 the city was hit 300 times.",
    "She was born in 1990 and died in 2024.",
    "He was Born In 1990.",
    "In 2023 a missile hit the school.",
    "(in 2019) the plant was shelled.",
    "Two days ago 5 were killed; weeks earlier 3.",
    "A year ago and months later.",
    "The previous attack killed 9.",
    "In the past, drones struck 12 times.",
    "Previously, 4 people died.",
    "To recall, 18 drones were shot down.",
    "As a reminder: 7 died.",
    "Police reported earlier that 5 were hurt.",
    "It was earlier reported that 5 were hurt.",
    "Nothing of the kind happened.",
    "The toll had stood at 3; first reported by police, initially 2.",
    "By late morning the toll rose to 8; earlier figures said 6.",
    "In total 12 drones; a total of 40; overall 9; altogether 7; TOTAL 5.",
    "Carriers with a salvo of 16 missiles; stocks; produced 40 per month.",
    "Supplied to Kyiv, sent to Ukraine, warships on duty.",
    "Subtotal: 5 drones; totality; carriersX; misstocks.",
    "\u0130n 2023 a missile hit; LAST \u212aNOWN week.",
    "\u017fince 2022 the \u017falvo; in total \u0130stanbul.",
    "Д\u0131ronlar; previously in the pa\u017ft.",
    "Ça\u00a0earlier, nothing; \u00c9arlier\u2003this year.",
    "_earlier this week; 9in 2020; in\u00a02020 ; in\t2021.",
    "the previous\u2028week; weeks\u3000ago; days  earlier.",
]


def _shared_sentences() -> list[str]:
    """The sentences of the evaluation reports (dev, real) and synthetic reports."""
    texts = [*evaluation_texts(), *synthetic_texts(400)]
    return [text[a:b] for text in texts for a, b in sentence_spans(text)]


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    shared = _shared_sentences()
    if not shared:
        pytest.skip("no evaluation or synthetic reports")
    return _OWN + shared


def _low(sentence: str) -> str | None:
    return sentence.lower() if f._lower_agrees(sentence) else None


@pytest.mark.parametrize("sentence", _OWN)
def test_recalls_is_the_search_on_own_sentences(sentence: str) -> None:
    expected = f._RECALL.search(sentence) is not None
    assert f._recalls(sentence, _low(sentence)) is expected


def test_recalls_is_the_search(sentences: list[str]) -> None:
    hits = 0
    for sentence in sentences:
        expected = f._RECALL.search(sentence) is not None
        assert f._recalls(sentence, _low(sentence)) is expected, sentence
        hits += expected
    assert hits >= 20  # the words are found, not only their absence


def test_recall_marks_are_the_full_reading(sentences: list[str]) -> None:
    for sentence in sentences:
        if f._RECALL.search(sentence):
            expected: bool | list[int] = True
        else:  # the days of every number read, then of each month named alone (its last)
            expected = f._days(sentence, None) if f._has_digit(sentence) else []
            expected += [
                31 * f._MONTH_INDEX[m.group("m")[:3].lower()] + 31
                for m in f._MONTH_ALONE.finditer(sentence)
            ]
        assert f._recall_marks(sentence) == expected, sentence


def test_days_with_the_callers_lower_case(sentences: list[str]) -> None:
    dated = 0
    for sentence in sentences:
        for first_only in (False, True):
            days = f._days(sentence, None, first_only=first_only)  # every number read
            assert f._days(sentence, _low(sentence), first_only=first_only) == days, sentence
            dated += bool(days)
    assert dated >= 10


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        (f._PROVISIONAL, f._PROVISIONAL_NEEDS),
        (f._TOTAL_WORDS, f._TOTAL_NEEDS),
        (f._NOT_LAUNCHED, f._NOT_LAUNCHED_NEEDS),
    ],
)
def test_scan_found_is_the_search(
    sentences: list[str], pattern: re.Pattern[str], needs: tuple[str, ...]
) -> None:
    assert id(pattern) in f._FOUND_LOW  # the shortcut is taken for this pattern
    hits = 0
    for sentence in sentences:
        scan = f._Scan(sentence, " " + sentence.lower(), f._lower_agrees(sentence))
        expected = pattern.search(sentence) is not None
        assert scan.found(pattern, needs) is expected, sentence
        hits += expected
    assert hits >= 3


@pytest.mark.parametrize("sentence", _OWN)
def test_scan_found_is_the_search_on_own_sentences(sentence: str) -> None:
    scan = f._Scan(sentence, " " + sentence.lower(), f._lower_agrees(sentence))
    for pattern, needs in (
        (f._PROVISIONAL, f._PROVISIONAL_NEEDS),
        (f._TOTAL_WORDS, f._TOTAL_NEEDS),
        (f._NOT_LAUNCHED, f._NOT_LAUNCHED_NEEDS),
    ):
        assert scan.found(pattern, needs) is (pattern.search(sentence) is not None), pattern


def test_shifted_patterns_start_with_a_word_character() -> None:
    """Each alternative after the ``\\b`` of the shifted patterns starts with a letter (or a
    look-behind, then a letter): ``\\W`` before it then stands where ``\\b`` holds."""
    for source in (
        f._RECALL_WORDS,
        f._PROVISIONAL.pattern,
        f._TOTAL_WORDS.pattern,
        f._NOT_LAUNCHED.pattern,
    ):
        body = source[len(r"\b(?:") : source.rindex(r")\b")]
        depth, alternatives, current = 0, [], ""
        for ch in body:
            depth += ch == "("
            depth -= ch == ")"
            if ch == "|" and depth == 0:
                alternatives.append(current)
                current = ""
            else:
                current += ch
        alternatives.append(current)
        for alt in alternatives:
            alt = re.sub(r"^\(\?<!.*?\)", "", alt)  # a look-behind takes no character
            assert re.match(r"(?:\(\?:)*[a-z]", alt), (source, alt)


def test_word_classes_keep_to_lower_case() -> None:
    """``\\w``, ``\\s`` and ``\\d`` hold a character just when they hold its lower case (of
    one character): the lower case reads the same places as the text."""
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        low = ch.lower()
        if len(low) == 1 and low != ch:
            for cls in (r"\w", r"\s", r"\d"):
                assert (re.match(cls, ch) is None) == (re.match(cls, low) is None), (ch, cls)


_SINGLE_MISSILE_WORD = re.compile(r"(?:one|single)\s")


def test_single_missile_word_is_the_search() -> None:
    """Every window of short texts made of the words' pieces and white spaces."""
    pieces = ["one", "single", " ", "\u00a0", "\n", "\u2028", "o", "s", "x", "ne", "ingle", "-"]
    texts = [""] + pieces + [a + b + c for a in pieces for b in pieces for c in pieces]
    found = 0
    for text in texts:
        for start in range(len(text) + 1):
            for end in range(len(text) + 1):
                expected = _SINGLE_MISSILE_WORD.search(text, start, end) is not None
                assert f._single_missile_word(text, start, end) is expected, (text, start, end)
                found += expected
    assert found >= 500


def test_names_single_missile_is_the_search(sentences: list[str]) -> None:
    own = [
        "One Kh-101 missile and a single Iskander missile.",
        "Drones; one. Missile",
        "Ten drones, then A SINGLE\u00a0ballistic missile hit the port.",
        "Someone saw one drone; later a missile, one missile more.",
        "The single-warhead cruise missile; one\nIskander-M missile.",
        "Missiles: one, single (missile) and none missile",
    ]
    named = 0
    for text in own + sentences + [" ".join(sentences[i : i + 9]) for i in range(0, 900, 9)]:
        expected = f._SINGLE_MISSILE.search(text) is not None
        assert f._names_single_missile(text) is expected, text
        named += expected
    assert named >= 5
