"""The eighth pass's shortcuts in the role readings give the answers of the full readings they
replace.

Each test holds a shortcut against the reading it spares, on texts made for the purpose and on
the evaluation reports of ``../shared`` (read at test time, skipped when absent), so that a
shortcut that changed an answer fails.
"""

from __future__ import annotations

import re

import pytest

from geo.language.text import lacks
from geo.understand import roles, roles_uk_ru

from .conftest import evaluation_texts


def _report_texts() -> list[str]:
    """The evaluation reports (dev and real) of ../shared, when present."""
    return evaluation_texts()


def test_the_uk_ru_rules_are_the_module_s() -> None:
    assert roles._uk_ru() is roles_uk_ru
    assert roles._uk_ru().decide_role_uk_ru is roles_uk_ru.decide_role_uk_ru


_UK_RU_SENTENCES = [
    ("Уночі дрони атакували Полтаву.", "Полтаву"),
    ("Дрони запустили з боку Курська.", "Курська"),
    ("О взрывах написал губернатор Белгородской области.", "Белгородской"),
    ("Над Брянской областью сбиты беспилотники.", "Брянской"),
]


@pytest.mark.parametrize(("sentence", "name"), _UK_RU_SENTENCES)
def test_decide_role_gives_the_uk_ru_rules_answer(sentence: str, name: str) -> None:
    start = sentence.index(name)
    end = start + len(name)
    got = roles.decide_role(sentence, start, end, kind="settlement", dateline=False)
    lang = roles._sentence_language(sentence)
    assert lang in ("uk", "ru")
    expected = roles_uk_ru.decide_role_uk_ru(
        sentence, start, end, kind="settlement", qualifier=None, lang=lang
    )
    assert (got.role, got.cue) == expected


_AUTHORITY_TEXTS = [
    " у військовій адміністрації області повідомили",
    " ВІЙСЬКОВОЇ АДМІНІСТРАЦІЇ ОБЛАСТІ",
    " областной администрации сообщил",
    " міської ради повідомили",
    " городской думы депутат",
    " областная Дума приняла",
    " уряд заявив",
    " правительство области",
    " обласної прокуратури",
    " области прокуратура",
    " поліції області",
    " полиции сообщили",
    " районного суду",
    " суд постановил",
    " Суд вынес решение",
    " рада",
    " раді повідомили",
    " ради",
    " дрони атакували місто",
    " ночью упали обломки",
    " радіо повідомило",  # a word of the list, then no match
    " судно загорелось",
    " \u1c82бласти администрации",  # an old form of "о": never lacking
    "",
]


def _windows(text: str, width: int = 60) -> list[str]:
    """The text after every word, as the rules read it after a name (``width`` characters)."""
    return [text[m.end() : m.end() + width] for m in re.finditer(r"[^\W\d_]+", text)]


def test_the_authority_texts_match_and_miss() -> None:
    matched = [t for t in _AUTHORITY_TEXTS if roles_uk_ru._AUTHORITY_AFTER.match(t)]
    assert 14 <= len(matched) < len(_AUTHORITY_TEXTS) - 4


@pytest.mark.parametrize("after", _AUTHORITY_TEXTS)
def test_the_authority_pattern_matches_only_texts_holding_its_words(after: str) -> None:
    if roles_uk_ru._AUTHORITY_AFTER.match(after):
        assert not lacks(after, roles_uk_ru._AUTHORITY_WORDS)


def test_the_authority_pattern_matches_only_report_texts_holding_its_words() -> None:
    texts = _report_texts()
    if not texts:
        pytest.skip("the evaluation reports are not present")
    afters = [a for text in texts for a in _windows(text)]
    matched = 0
    for after in afters:
        if roles_uk_ru._AUTHORITY_AFTER.match(after):
            matched += 1
            assert not lacks(after, roles_uk_ru._AUTHORITY_WORDS), after
    assert matched > 10


def _last_words_in_full(text: str) -> list[str]:
    """:func:`roles_uk_ru._last_words` read from every word of the text."""
    return [w.lower() for w in roles_uk_ru._WORD.findall(text)[-roles_uk_ru._LAST_WORDS :]]


_WORD_TEXTS = [
    "Очільник Харківської ОВА Олег Синєгубов і його заступник",
    "дрони атакували Ростов-на-Дону та Кам'янське, а також Кам’янець-Подільський",
    "Уламки впали на об'єкт інфраструктури у Дніпропетровській-області",
    "вночі 12 дронів, 3 ракети та 7 КАБів атакували Сумщину й",
    "a_b c_d e_f g_h i_j k_l m_n o_p q_r s_t u_v w_x y_z",
    "ПВО сбила беспилотники над Белгородской,Курской,Брянской и Орловской областями",
    "слово" * 12,
    "раз два три",
    "",
]


@pytest.mark.parametrize("text", _WORD_TEXTS)
def test_last_words_from_the_tail_as_from_the_whole_text(text: str) -> None:
    """At every cut of the text (each a text before a name)."""
    for cut in range(len(text) + 1):
        assert roles_uk_ru._last_words(text[:cut]) == _last_words_in_full(text[:cut]), cut


def test_last_words_in_report_texts() -> None:
    texts = _report_texts()
    if not texts:
        pytest.skip("the evaluation reports are not present")
    for text in texts:
        for cut in range(0, len(text), 7):
            before = text[max(0, cut - 80) : cut]
            assert roles_uk_ru._last_words(before) == _last_words_in_full(before), before
