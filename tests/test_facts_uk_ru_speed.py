"""The cheap tests of Ukrainian and Russian figure reading give what the full reading gives:
each gate or kept answer is checked against the pattern or work it stands for. Every text
here was written for these tests."""

from __future__ import annotations

import re

import pytest

from geo.understand import facts_uk_ru

# sentences (lower case, as read) with and without casualty, denial and update words
_LINES = [
    "ніхто не постраждав.",
    "никто\tне пострадал, сообщил мэр",
    "обійшлося без жертв серед мирних жителів",
    "постраждалих\u2003немає",
    "інформації про постраждалих не надходило",
    "погибших нет, раненых нет",
    "поранено двох людей, одна з них у важкому стані",
    "ранения получили трое, их доставили в больницу",
    "не обійшлося без жертв: загинула жінка",
    "один із поранених помер у лікарні",
    "скончался еще один из пострадавших",
    "позже умер один из раненых",
    "кількість постраждалих зросла до 14",
    "число погибших достигло пяти",
    "количество раненых составляет 7",
    "кількість загиблих — 3",
    "збито 12 дронів над областю",
    "сбиты пять беспилотников, ещё три подавлены",
    "неподалік впала ракета",
    "",
]


@pytest.mark.parametrize("low", _LINES)
def test_denial_gate_passes_every_sentence_a_zero_pattern_matches(low: str) -> None:
    matched = any(
        p.search(low) is not None
        for p in (facts_uk_ru._ZERO_BOTH, facts_uk_ru._ZERO_KILLED, facts_uk_ru._ZERO_WOUNDED)
    )
    assert not matched or facts_uk_ru._may_deny(low)


@pytest.mark.parametrize(
    ("low", "expected"),
    [("немає", False), ("x не", True), ("x\nнемає", True), ("безпека", True), ("ранени", False)],
)
def test_denial_gate_reads_a_space_before_ne(low: str, expected: bool) -> None:
    assert facts_uk_ru._may_deny(low) is expected


@pytest.mark.parametrize("low", _LINES)
def test_died_of_wounds_gate_passes_every_match(low: str) -> None:
    matched = facts_uk_ru._DIED_OF_WOUNDS.search(low) is not None
    assert not matched or facts_uk_ru._may_die_of_wounds(low)


@pytest.mark.parametrize("low", _LINES)
def test_update_words_are_held_by_every_update_match(low: str) -> None:
    for pattern, needs in (
        (facts_uk_ru._UPDATE_TO, facts_uk_ru._UPDATE_TO_NEEDS),
        (facts_uk_ru._STANDS_AT, facts_uk_ru._STANDS_AT_NEEDS),
    ):
        for m in pattern.finditer(low):
            assert any(word in m.group() for word in needs)


def test_the_gates_can_fail() -> None:
    assert facts_uk_ru._may_die_of_wounds("один із поранених помер")
    assert not facts_uk_ru._may_die_of_wounds("поранено двох")
    assert facts_uk_ru._may_deny("ніхто не постраждав")


def _sentence(low: str) -> facts_uk_ru._Sentence:
    line = facts_uk_ru._Line(low, 0, 0, (0, 0), False)
    return facts_uk_ru._sentence(line, 0, (0, 0))


@pytest.mark.parametrize("low", _LINES)
def test_clauses_of_a_word_pattern_as_the_token_loop_found_them(low: str) -> None:
    s = _sentence(low)
    for pattern in (
        facts_uk_ru._INTERCEPT_VERB,
        facts_uk_ru._LAUNCH_WORD,
        facts_uk_ru._NOT_LAUNCHED,
    ):
        expected = {c for t, c in zip(s.toks, s.clause, strict=True) if pattern.match(t.text)}
        assert facts_uk_ru._has(s, pattern) is bool(expected)
        for clause in range(max(s.clause, default=0) + 2):
            assert facts_uk_ru._has(s, pattern, clause) is (clause in expected)


@pytest.mark.parametrize(
    ("low", "start", "end"),
    [
        ("вибух. раніше поранено двох", 7, 27),
        ("вибух.раніше поранено двох", 6, 26),  # the look-behind sees the full stop
        ("xраніше поранено", 1, 16),  # ... or a letter: no match
        ("раніше поранено", 0, 15),
        ("сбиты дроны. ранее сообщалось", 13, 29),
    ],
)
def test_recall_kept_in_memo_agrees_with_the_search(low: str, start: int, end: int) -> None:
    expected = re.compile(facts_uk_ru._RECALL.pattern).search(low, start, end) is not None
    memo: dict[tuple, object] = {}
    assert facts_uk_ru._says_recall(low, start, end, None) is expected
    assert facts_uk_ru._says_recall(low, start, end, memo) is expected
    assert facts_uk_ru._says_recall(low, start, end, memo) is expected  # read back
    assert len(memo) == 1


def test_recall_memo_tells_a_letter_before_from_none() -> None:
    memo: dict[tuple, object] = {}
    assert facts_uk_ru._says_recall("раніше", 0, 6, memo)
    assert not facts_uk_ru._says_recall("xраніше", 1, 7, memo)


_TEXTS = [
    "Уночі ворог атакував 40 шахедами, з них збито 31. Раніше в області поранено двох.\n"
    "Загалом за добу постраждали п'ятеро людей.",
    "Погибла женщина, еще двое получили ранения. Позже один из раненых скончался.\n"
    "Ранее сообщалось о 12 сбитых беспилотниках. Из них 5 над морем.",
    "Кількість постраждалих зросла до 9. Ніхто з дітей не постраждав.",
    "Сбиты 30 БПЛА: 12 над Курской, 9 над Брянской. Пострадавших нет.",
    "Обійшлося без жертв. Збито 7 ракет і 20 дронів",
]


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_figures_with_memo_are_those_without(text: str, lang: str) -> None:
    memo: dict[tuple, object] = {}
    alone = facts_uk_ru.extract_facts_uk_ru(text, lang)
    assert facts_uk_ru.extract_facts_uk_ru(text, lang, memo) == alone
    # the sentences again, one text per line, as the figures of places read them
    for line in text.splitlines():
        assert facts_uk_ru.extract_facts_uk_ru(line, lang, memo) == (
            facts_uk_ru.extract_facts_uk_ru(line, lang)
        )


@pytest.mark.parametrize("low", [*_LINES, "щонайменше 5 і не менше ніж двоє", "понад 40 із 52"])
def test_number_starts_picked_in_c_are_those_of_the_token_loop(low: str) -> None:
    toks = _sentence(low).toks
    with_at_least = [
        i
        for i, t in enumerate(toks)
        if facts_uk_ru._COUNT_START[t.text] or t.text in facts_uk_ru._AT_LEAST
    ]
    plain = [i for i, t in enumerate(toks) if facts_uk_ru._COUNT_START[t.text]]
    assert list(facts_uk_ru._starting(toks, facts_uk_ru._NUMBER_START)) == with_at_least
    assert list(facts_uk_ru._starting(toks, facts_uk_ru._COUNT_START)) == plain


def test_number_starts_hold_the_qualifier_of_at_least() -> None:
    toks = _sentence("щонайменше п'ятеро").toks
    assert list(facts_uk_ru._starting(toks, facts_uk_ru._NUMBER_START)) == [0, 1]
    assert list(facts_uk_ru._starting(toks, facts_uk_ru._COUNT_START)) == [1]
