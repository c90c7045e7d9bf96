"""The seventh pass's shortcuts in the role readings give the answers of the full readings they
replace.

Each test holds a shortcut against the reading it spares, written out here or kept in the
module, on texts made for the purpose, so that a shortcut that changed an answer fails.
"""

from __future__ import annotations

import re
import sys

import pytest

from geo.language.text import alternation, span_between
from geo.understand import roles, roles_uk_ru

# roles_uk_ru._FROM_BEFORE as first written: the prepositions as a case-insensitive alternation
_FROM_BEFORE_IGNORING_CASE = re.compile(
    r"\b" + alternation("з|зі|із|с|со|из") + r"\s+(?:[^\W\d_]+[\s,:–—-]+){0,6}$", re.IGNORECASE
)
# the letters of those prepositions, in lower case
_PREPOSITION_LETTERS = "зісои"


def test_the_fast_from_pattern_holds_every_form_ignoring_case_takes_for_its_letters() -> None:
    ignoring_case = re.compile("[" + _PREPOSITION_LETTERS + "]", re.IGNORECASE)
    forms = {chr(i) for i in range(sys.maxunicode + 1) if ignoring_case.fullmatch(chr(i))}
    pattern = roles_uk_ru._FROM_BEFORE.pattern
    # the pattern's text, its escapes of letters ("\\u1c83") read
    fast = re.sub(r"\\u([0-9a-f]{4})", lambda m: chr(int(m.group(1), 16)), pattern)
    written = {c for c in fast if c.isalpha() and not c.isascii()}  # (ASCII: "\\s", "\\w")
    assert written == forms


_FROM_TEXTS = [
    "Дрони запустили з Курської області й Брянської",
    "Ракети випустили зі Сходу, з Криму та",
    "Удар нанесли із території, звідки, як кажуть,",
    "Ракеты выпустили с аэродромов Энгельс и",
    "Беспилотники запустили со стороны Азовского моря и",
    "Ракеты выпустили из Ростовской области: Таганрога —",
    "З Курська та",  # the sentence opens with it
    "ЗІ СХОДУ ЗАПУСТИЛИ ДРОНИ НА",
    "ИЗ Крыма и",
    "Ракеты летели \u1c83\u1c82 стороны",  # the other forms of "с" and "о" ignoring case
    "Дрони (з Криму) та",
    "5з Криму та",  # a digit before it: no word boundary
    "раз вас нас час колесо із",
    "з\u00a0Курська,\tБрянська\nта",  # white space of other kinds
    "з Курська 12 дронів та",  # a digit in the words after it
    "Дрони летіли з Курська. Потім",
    "випустили с",
    "из\n",
    "",
]


@pytest.mark.parametrize("text", _FROM_TEXTS)
def test_the_fast_from_pattern_finds_a_match_where_the_full_one_does(text: str) -> None:
    """At every cut of the text, and from every place a search may start (``\\b`` and the
    look-behind both see the characters before it)."""
    full, fast = _FROM_BEFORE_IGNORING_CASE, roles_uk_ru._FROM_BEFORE
    for cut in range(len(text) + 1):
        before = text[:cut]
        for start in range(cut + 1):
            expected = full.search(before, start)
            got = fast.search(before, start)
            assert bool(got) == bool(expected), (before, start)
            if expected:
                assert got.start() == expected.start(), (before, start)


def test_the_from_texts_hold_matches_and_texts_without() -> None:
    full = _FROM_BEFORE_IGNORING_CASE
    cuts = [text[:cut] for text in _FROM_TEXTS for cut in range(len(text) + 1)]
    matched = sum(1 for before in cuts if full.search(before))
    assert 30 < matched < len(cuts) - 30


def _impact_word_in_full(text: str, lang: str) -> str | None:
    """:func:`roles_uk_ru.impact_word` with the negations always struck out."""
    text = roles_uk_ru._NEGATION.sub(" ", text)
    return roles_uk_ru._first_lemma(text, lang, roles_uk_ru._IMPACT_LEMMAS)


_NEGATION_TEXTS = [
    ("Уламки впали на поле, без постраждалих", "uk"),
    ("БЕЗ ЖЕРТВ обійшлося, хоча будинок пошкоджено", "uk"),
    ("Ніхто не поранений, хоча стався вибух", "uk"),
    ("Никто не пострадал при обстреле", "ru"),
    ("Люди не постраждали, а дах пошкоджено", "uk"),
    ("жители не пострадали; повреждены окна", "ru"),
    ("Загиблих не зафіксовано, проте є поранені", "uk"),
    ("Погибших не ЗАФИКСИРОВАНО, ранены двое", "ru"),
    ("Без последствий: обломки упали в поле", "ru"),
    ("Дрони атакували місто вночі", "uk"),
    ("Обломки упали во дворе \u1c82\u1c83 ночью", "ru"),  # old letter forms: never lacking
    ("Пострадавших нет, пожар потушен", "ru"),
    ("без загиблих обійшлося, хоч і стався вибух", "uk"),
]


@pytest.mark.parametrize(("text", "lang"), _NEGATION_TEXTS)
def test_impact_word_skips_the_negations_only_where_the_text_lacks_their_words(
    text: str, lang: str
) -> None:
    got = roles_uk_ru.impact_word.__wrapped__(text, lang)
    assert got == _impact_word_in_full(text, lang)


def test_the_negation_texts_hold_negations_that_change_the_word() -> None:
    """The texts hold negations whose striking out changes the answer (a gate that never
    struck them out would fail the test above)."""
    changed = [
        text
        for text, lang in _NEGATION_TEXTS
        if _impact_word_in_full(text, lang)
        != roles_uk_ru._first_lemma(text, lang, roles_uk_ru._IMPACT_LEMMAS)
    ]
    assert len(changed) >= 6


def _clause_of_in_full(sentence: str, offset: int, end: int) -> tuple[str, int, int]:
    """:func:`roles.clause_of` with every sentence masked and cut, asides or breaks or none."""
    masked = sentence
    for start, stop, where in roles._parentheticals(sentence):
        if start <= offset < stop:
            return sentence[start:stop], offset - start, end - start
        if where and 0 <= start - end <= 12:
            continue
        masked = masked[:start] + " " * (stop - start) + masked[stop:]
    lo, hi = span_between(roles._clause_breaks(masked), offset, end, len(masked))
    return masked[lo:hi], offset - lo, end - lo


_CLAUSE_TEXTS = [
    "Drones hit Odesa and Izmail overnight",  # one clause
    "Drones hit Odesa; Izmail was spared",
    "Drones hit Odesa, which lies on the coast, and Izmail",
    "Drones hit Odesa — a port city — and Izmail",
    "Drones hit Odesa while Izmail slept",
    "Drones hit Odesa, but Izmail was spared",
    "Drones hit Odesa, hours after Izmail burned",
    "Shelling hit Kherson, where a school burned, and Mykolaiv",
]


@pytest.mark.parametrize("sentence", _CLAUSE_TEXTS)
def test_clause_of_gives_the_full_reading_with_and_without_asides_and_breaks(
    sentence: str,
) -> None:
    for name in re.finditer(r"[A-Z]\w+", sentence):
        got = roles.clause_of.__wrapped__(sentence, *name.span())
        assert got == _clause_of_in_full(sentence, *name.span())


def _near_hospital_in_full(before_words: list[str], after: str, lang: str) -> bool:
    """:func:`roles_uk_ru._near_hospital` with the words after always found (two of them since
    the twelfth pass: three took "в Шебекино доставили в больницу" for a hospital's town)."""
    near = before_words[-4:] + [w.lower() for w in roles_uk_ru._WORD.findall(after)[:2]]
    return roles_uk_ru._may_name_hospital(near) and any(
        roles_uk_ru._lemma_set(w, lang) & roles_uk_ru._HOSPITAL_LEMMAS for w in near
    )


_HOSPITAL_TEXTS = [
    ("Поранених доставили до лікарні", " Сум у важкому стані", "uk"),
    ("Поранених доставили до", " ЛІКАРНІ Сум вранці", "uk"),
    ("Раненых доставили в", " городскую больницу №2", "ru"),
    ("Раненых доставили в", " город, потом в госпиталь", "ru"),  # the fourth word after
    ("Раненых доставили в", " Больницу İ", "ru"),  # a capital whose lower case is longer
    ("Дрони атакували", " нічне місто, лікарня ціла", "uk"),
    ("Дрони атакували", " місто вночі", "uk"),
    ("У", " медзакладі перебувають троє", "uk"),
    ("", "", "uk"),
]


@pytest.mark.parametrize(("before", "after", "lang"), _HOSPITAL_TEXTS)
def test_near_hospital_finds_the_words_after_only_where_they_may_name_one(
    before: str, after: str, lang: str
) -> None:
    words = [w.lower() for w in roles_uk_ru._WORD.findall(before)[-4:]]
    got = roles_uk_ru._near_hospital(words, after, lang)
    assert got == _near_hospital_in_full(words, after, lang)


def test_the_hospital_texts_name_hospitals_after_the_name() -> None:
    """Where a hospital is named after the name only (the part the shortcut may skip)."""
    named = [
        _near_hospital_in_full([w.lower() for w in roles_uk_ru._WORD.findall(b)[-4:]], a, lang)
        and not _near_hospital_in_full(
            [w.lower() for w in roles_uk_ru._WORD.findall(b)[-4:]], "", lang
        )
        for b, a, lang in _HOSPITAL_TEXTS
    ]
    assert sum(named) >= 3
