"""The shortcuts of figure reading give what the full path gives: each cheap test or kept
answer is checked against the work it replaces. Every text here was written for these tests."""

from __future__ import annotations

import re

import pytest

from geo.language.text import sentence_spans, shares_holding, spans_holding
from geo.understand import facts, facts_uk_ru


@pytest.mark.parametrize(
    "word",
    ["12", "двоє", "пятерых", "понад", "около", "щонайменше", "ракет", "збито", "", "Х-101"],
)
def test_count_start_kept_per_word_agrees_with_its_test(word: str) -> None:
    expected = (
        word.isdecimal()
        or word in facts_uk_ru._APPROX
        or facts_uk_ru._NUMERAL_STEM.match(word) is not None
    )
    assert facts_uk_ru._COUNT_START[word] is expected
    assert facts_uk_ru._COUNT_START[word] is expected  # kept, then read back


@pytest.mark.parametrize("word", ["збито", "сбиты", "перехопили", "атакували", "ракета", ""])
def test_word_matchers_agree_with_their_patterns(word: str) -> None:
    for pattern in (
        facts_uk_ru._INTERCEPT_VERB,
        facts_uk_ru._LAUNCH_WORD,
        facts_uk_ru._NOT_LAUNCHED,
        facts_uk_ru._DRONE,
        facts_uk_ru._MISSILE,
    ):
        assert facts_uk_ru._matcher(pattern)[word] is (pattern.match(word) is not None)


def test_word_test_empties_when_full() -> None:
    kept = facts_uk_ru._WordTest(re.compile("а").match, limit=2)
    assert [kept[w] for w in ("а", "б", "ав")] == [True, False, True]
    assert len(kept) == 1  # emptied before the third word


# One sentence (a place's piece), some holding a hint word and some not; a hint standing
# before the sentence's span counts for none.
_UK_RU_ONE = [
    "Уночі над областю збито 12 дронів.",
    "Біля Сум пролунали вибухи, пошкоджено склад.",
    "  Двоє людей поранені.",
    "Сбиты 5 БЛА над морем.",
    "Новини дня без подробиць",
]


@pytest.mark.parametrize("text", _UK_RU_ONE)
def test_uk_ru_hint_of_one_sentence_agrees_with_the_search(text: str) -> None:
    low = text.lower()
    spans = sentence_spans(text)
    assert len(spans) == 1
    expected = spans_holding(low, spans, facts_uk_ru._ALL_HINTS)
    assert shares_holding(low, spans, facts_uk_ru._HINT_WORDS) == expected


@pytest.mark.parametrize(
    ("low", "start", "held"),
    [
        ("поранено двох. вибух", 15, False),  # the hint stands before the span
        ("вибух. поранено двох", 7, True),
        (" бла над містом", 0, True),
        ("тиша бла", 5, False),  # " бла" starts before the span
    ],
)
def test_uk_ru_hint_of_one_span_not_at_the_start(low: str, start: int, held: bool) -> None:
    spans = [(start, len(low))]
    expected = spans_holding(low, spans, facts_uk_ru._ALL_HINTS)
    assert shares_holding(low, spans, facts_uk_ru._HINT_WORDS) == expected == ([0] if held else [])


_EN_ONE = [
    "Two people were killed in the strike.",
    "Air defence shot down 14 drones.",
    "The mayor spoke to reporters on Monday.",
    "  Residents were injured by debris.",
]


@pytest.mark.parametrize("text", _EN_ONE)
def test_en_hint_of_one_sentence_agrees_with_the_search(text: str) -> None:
    low = text.lower()
    spans = sentence_spans(text)
    expected = [spans[i] for i in spans_holding(low, spans, facts._KIND_HINTS)]
    assert facts._hinted_spans(text, spans, low) == expected


def test_en_hint_before_the_span_counts_for_none() -> None:
    text = "Killed. Calm night"
    spans = [(8, len(text))]
    low = text.lower()
    assert facts._hinted_spans(text, spans, low) == [] == spans_holding(low, spans, ("kill",))


# the token pattern before its branches were reordered: both must find the same tokens
_TOKEN_BEFORE = re.compile(r"\d+-[^\W\d_]+|\d+|[^\W\d_]+(?:['\-][^\W\d_]+)*|[^\w\s]")


@pytest.mark.parametrize(
    "text",
    [
        "уночі збито 12 дронів х-101 та 5-й шахед; п'ять-шість ракет!",
        "сбиты 3-4 бпла, 7- над морем, 10-ти летний",
        "числа ²³ та Ⅻ, слово_з_підкресленням 1_2 і ٣-й",
        "",
        "  -5 --6 «22» (14)",
    ],
)
def test_token_pattern_finds_what_the_old_order_found(text: str) -> None:
    found = [(m[0], m.span()) for m in facts_uk_ru._TOKEN.finditer(text)]
    assert found == [(m[0], m.span()) for m in _TOKEN_BEFORE.finditer(text)]
