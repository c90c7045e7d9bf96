"""A Ukrainian or Russian sentence read again with some of its numbers blanked (a list's
places read without their own numbers, :func:`geo.understand.place_facts._subtracted`)
takes the tokens of the sentence read before instead of splitting its own: those tokens,
less the blanked ones, are the blanked sentence's, and its figures are those read afresh.
The texts here are written for these tests; the evaluation reports of ``../shared/eval``
are read too when present."""

from __future__ import annotations

import pytest

from geo.language.morphology import detect_language
from geo.language.text import sentence_spans
from geo.understand import facts_uk_ru, place_facts
from geo.understand.facts_uk_ru import extract_facts_blanked, extract_facts_uk_ru

from .conftest import evaluation_texts

_OWN_TEXTS = (
    "Ночью 17 сбиты над Орловской областью, 13 – над Тверской, по шесть – над "
    "Тульской и Рязанской, пять – над Липецкой и два – над Курской.",
    "Збито 12 із 30 шахедів; 5 — на Черкащині, 3 — у Київській області, 5-й — над Сумами.",
    "Сбиты 2 ракеты. 1. Над Тульской – одна, 2. над Орловской – одна.",
    "Ще двадцять п'ять знешкодили на Херсонщині, по одному — на Миколаївщині.",
)


def _blanks(sentence: str, lang: str) -> list[list[tuple[int, int]]]:
    """The spans :func:`geo.understand.place_facts._without` blanks for each number of
    ``sentence`` alone, as a list's place's own numbers are."""
    out = []
    for start, end, _value in place_facts._numbers(sentence, 0, len(sentence), lang):
        words = place_facts._word_numbers(sentence, start, end, lang)
        spans = [m.span() for m in place_facts._DIGITS.finditer(sentence, start, end)]
        out.append(spans + [(a, b) for a, b, _ in words])
    return out


def _blanked(text: str, blanks: list[tuple[int, int]]) -> str:
    for start, end in blanks:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _sentences() -> list[tuple[str, str]]:
    """(sentence, language) of the texts here and of the Ukrainian and Russian evaluation
    reports: those that hold a number."""
    out = []
    for text in (*_OWN_TEXTS, *evaluation_texts("real", "dev")):
        lang = detect_language(text)
        if lang not in ("uk", "ru"):
            continue
        for start, end in sentence_spans(text):
            sentence = text[start:end]
            if any(ch.isdecimal() for ch in sentence) or place_facts._word_numbers(
                sentence, 0, len(sentence), lang
            ):
                out.append((sentence, lang))
    return out


def test_reused_tokens_are_those_split_afresh() -> None:
    tried = reused = 0
    for sentence, lang in _sentences():
        memo: dict[tuple, object] = {}
        extract_facts_uk_ru(sentence, lang, memo)  # the sentence read first, as in _list_items
        low = facts_uk_ru._lower(facts_uk_ru._plain(sentence))
        for blanks in _blanks(sentence, lang):
            blanked = _blanked(sentence, blanks)
            for start, end in sentence_spans(facts_uk_ru._plain(blanked)):
                sent = facts_uk_ru._lower(facts_uk_ru._plain(blanked))[start:end]
                unblanked = low[start:end]
                got = facts_uk_ru._words_unblanked(sent, unblanked, start, blanks, memo)
                assert got == facts_uk_ru._words_of(sent), (sentence, blanks)
                tried += 1
                kept = memo.get(("ukru words", unblanked))
                reused += kept is not None and got[0] is not kept[0]  # type: ignore[index]
    assert tried >= len(_OWN_TEXTS)
    assert reused  # the tokens were taken, not split again


def test_blanked_figures_are_those_read_afresh() -> None:
    for sentence, lang in _sentences():
        memo: dict[tuple, object] = {}
        extract_facts_uk_ru(sentence, lang, memo)
        for blanks in _blanks(sentence, lang):
            expected = extract_facts_uk_ru(_blanked(sentence, blanks), lang)
            assert extract_facts_blanked(sentence, blanks, lang, memo) == expected, sentence
            assert extract_facts_blanked(sentence, blanks, lang, None) == expected


@pytest.mark.parametrize(
    ("sentence", "blank", "cut"),
    [
        ("над сумами 5-й дрон", "5", True),  # "5-й" is one token: "  -й" is split again
        ("над сумами 5 дронів", "5", False),
        ("над сумами п'ять дронів", "п'ять", False),
    ],
)
def test_a_token_cut_by_a_blank_is_split_again(sentence: str, blank: str, cut: bool) -> None:
    memo: dict[tuple, object] = {}
    toks, texts, _bits = facts_uk_ru._words_of(sentence, memo)
    start = sentence.index(blank)
    blanks = [(start, start + len(blank))]
    blanked = _blanked(sentence, blanks)
    got = facts_uk_ru._words_unblanked(blanked, sentence, 0, blanks, memo)
    assert got == facts_uk_ru._words_of(blanked)
    assert (blank in texts) is not cut
    assert len(got[0]) == len(toks) + (1 if cut else -1)  # "-", "й" for "5-й"
