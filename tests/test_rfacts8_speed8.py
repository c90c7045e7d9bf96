"""The eighth pass's shortcuts of Ukrainian and Russian figure reading give what the full
reading gives: each is checked against the work it replaces. Every text here was written for
these tests; the reports of /work/shared are read at test time, when present."""

from __future__ import annotations

import random
import re
from itertools import pairwise

import pytest

from geo.language.text import hint_words, sentence_spans, shares_holding, spans_holding
from geo.understand import facts as en
from geo.understand import facts_uk_ru as fr

from .conftest import evaluation_texts, synthetic_texts

# lower-case texts: hints inside words, at a sentence's start and end, across gaps, the
# spaced hint " бла" before a sentence, a text with no hint at all
_TEXTS = [
    "уночі ворог атакував 40 шахедами. з них збито 31. пошкоджено будинок.",
    "сбиты 12 бпла. бла-бла. над морем. бла уничтожены",
    "погибла женщина, еще двое получили ранения.\nв городе тихо.",
    "новини дня. курс валют. погода на завтра.",
    "дрон. дрон. дрон",
    "  ракета  .  збито  .  ",
    "загин\nули двоє. поранено трьох",
    "x бла. y бла z. бла",
    "",
]


def _reports() -> list[str]:
    """The lower-case plain texts of the real, dev and synthetic reports, when at hand."""
    out = [*evaluation_texts(), *synthetic_texts(600)]
    return [fr._plain(t).lower() for t in out]


def _cuts(low: str, rng: random.Random) -> list[tuple[int, int]]:
    """Sorted spans of ``low`` at random cut points, many of them inside words and hints."""
    points = sorted(rng.sample(range(len(low) + 1), min(len(low) + 1, rng.randint(2, 30))))
    return list(pairwise(points))


_ENGLISH_HINTS = hint_words(en._KIND_HINTS)


def _check_spans(low: str, spans: list[tuple[int, int]]) -> None:
    expected = spans_holding(low, spans, fr._ALL_HINTS)
    assert shares_holding(low, spans, fr._HINT_WORDS) == expected, spans
    english = spans_holding(low, spans, en._KIND_HINTS)
    assert shares_holding(low, spans, _ENGLISH_HINTS) == english, spans


def test_hint_words_are_the_hints_commonest_first() -> None:
    assert set(fr._HINT_WORDS.words) == set(fr._ALL_HINTS)
    assert fr._HINT_WORDS.words[:2] == ("дрон", "беспилот")


@pytest.mark.parametrize("low", _TEXTS)
def test_hinted_spans_as_the_whole_text_search(low: str) -> None:
    _check_spans(low, sentence_spans(low))
    rng = random.Random(len(low))
    for _ in range(200):
        _check_spans(low, _cuts(low, rng))


def test_hinted_spans_count_a_hint_across_the_next_start() -> None:
    low = "збито дрон. атака"
    # "дрон" starts in the first share and runs into the second span
    assert shares_holding(low, [(6, 8), (8, 17)], fr._HINT_WORDS) == [0]
    spaced = "над морем бла. тихо"
    assert shares_holding(spaced, [(0, 9), (10, 19)], fr._HINT_WORDS) == [0]
    assert shares_holding(spaced, [(0, 10), (10, 19)], fr._HINT_WORDS) == [0]
    assert shares_holding(spaced, [(0, 9), (9, 19)], fr._HINT_WORDS) == [1]


def test_any_words_as_the_whole_text_search() -> None:
    # words of spaces, digits and signs, repeated letters and one character: the test of a
    # word across a share's end (a pair of its neighbouring characters) takes no kind of
    # character as given
    rng = random.Random(15)
    alphabet = "ab .1-"
    for _ in range(300):
        words = ["".join(rng.choices(alphabet, k=rng.randint(1, 4))) for _ in range(3)]
        hints = hint_words(words)
        low = "".join(rng.choices(alphabet, k=rng.randint(0, 40)))
        for spans in (_cuts(low, rng), _cuts(low, rng), [(0, len(low))]):
            expected = spans_holding(low, spans, words)
            assert shares_holding(low, spans, hints) == expected, (low, spans, words)


def test_hinted_spans_on_the_reports() -> None:
    reports = _reports()
    if not reports:
        pytest.skip("no shared reports")
    rng = random.Random(8)
    for low in reports:
        _check_spans(low, sentence_spans(low))
        _check_spans(low, _cuts(low, rng))


# the token pattern with greedy runs, as it was before its runs were made possessive
_GREEDY_TOKEN = re.compile(r"[^\W\d_]+(?:['\-][^\W\d_]+)*|\d+(?:-[^\W\d_]+)?|[^\w\s]")
_GREEDY_SPLIT = re.compile(f"({_GREEDY_TOKEN.pattern})")

# words joined by hyphens and apostrophes at their ends, twice, or before digits; digits with
# suffixes; underscores; letters of other scripts and marks
_TOKEN_LINES = [
    "х-101 і п'ять-шість shahed-136, 5-й і 10-ти; а--б, 'в' -г- д'-е",
    "п'ят'ь- -й 2-3 7-а-б 12-- __ a_b о'1 ґ'-ї",
    "über 3 straße-2 ß' ✈ — «дрони» (12)…",
    "",
]


@pytest.mark.parametrize("low", _TOKEN_LINES + _TEXTS)
def test_possessive_tokens_as_the_greedy(low: str) -> None:
    assert fr._TOKEN_SPLIT.split(low) == _GREEDY_SPLIT.split(low)
    assert [m.span() for m in fr._TOKEN.finditer(low)] == [
        m.span() for m in _GREEDY_TOKEN.finditer(low)
    ]
    if not fr._NOT_FAST.search(low):
        assert fr._FAST_TOKEN_SPLIT.split(low) == _GREEDY_SPLIT.split(low)


def test_possessive_tokens_on_the_reports() -> None:
    reports = _reports()
    if not reports:
        pytest.skip("no shared reports")
    for low in reports:
        assert fr._TOKEN_SPLIT.split(low) == _GREEDY_SPLIT.split(low)
        if not fr._NOT_FAST.search(low):
            assert fr._FAST_TOKEN_SPLIT.split(low) == _GREEDY_SPLIT.split(low)
        for start, end in sentence_spans(low):
            toks, texts = fr._tokens_and_texts(low[start:end])
            assert texts == [t.text for t in toks]
            assert [(t.text, t.start, t.end) for t in toks] == [
                (m[0], *m.span()) for m in _GREEDY_TOKEN.finditer(low[start:end])
            ]
