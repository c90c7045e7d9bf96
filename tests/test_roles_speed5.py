"""The fifth pass's shortcuts in the role rules and the resolver give the answers of the full
readings they replace.

Each test holds a shortcut against the reading it spares, written out here, on texts made for
the purpose (English, Ukrainian, Russian), so that a shortcut that changed an answer fails.
"""

from __future__ import annotations

import re

import pytest

import geo.places.resolve as resolve
from geo.understand import roles, roles_uk_ru


def _clause_breaks_in_full(text: str) -> tuple[tuple[int, int], ...]:
    """:func:`roles._clause_breaks` as it was: one pattern for every text without "while"."""
    if "while" not in text:
        return tuple(m.span() for m in roles._PUNCTUATION_BREAK_RE.finditer(text))
    return tuple(m.span() for m in roles._CLAUSE_BREAK.finditer(text))


_BREAK_TEXTS = [
    "Drones hit Kharkiv, as the sirens sounded; Sumy was shelled.",
    "Drones hit Kharkiv, hours after Sumy was shelled.",
    "Drones hit Kharkiv, two hours before Sumy was shelled.",
    "Drones hit Kharkiv, hours after midnight.",  # "after" with no capital after it
    "Drones hit Kharkiv, but Sumy was spared, whereas Poltava burned, although Lviv slept.",
    "Drones hit Kharkiv,as Sumy burned;Odesa too",
    "Drones hit Kharkiv while Sumy was shelled, after Odesa.",
    "A blast in Kharkiv, an AFTERSHOCK, a fire, Before Sumy",
    "Kharkiv and Sumy were hit.",
    "Kharkiv, Sumy, Poltava; Odesa",
    "Kharkiv, afterwards Sumy, beforehand Odesa",
    "Kharkiv,\n but Sumy; \t Odesa",
]


@pytest.mark.parametrize("text", _BREAK_TEXTS)
def test_clause_breaks_without_after_or_before_as_with_the_full_pattern(text: str) -> None:
    assert roles._clause_breaks.__wrapped__(text) == _clause_breaks_in_full(text)


def test_the_short_break_pattern_is_the_full_one_less_its_last_alternative() -> None:
    full = roles._PUNCTUATION_BREAK_RE.pattern
    short = roles._BREAK_BUT_AFTER_RE.pattern
    assert full.startswith(short[:-1] + "|")
    assert "after" in full[len(short) - 1 :] and "before" in full[len(short) - 1 :]
    assert "after" not in short and "before" not in short


def _launch_in_full(sentence: str, before: str, lang: str) -> str | None:
    """:func:`roles_uk_ru._launch` with the text before the name searched whole."""
    m = (
        None
        if roles_uk_ru.lacks(sentence, roles_uk_ru._LAUNCH_WORDS)
        else roles_uk_ru._LAUNCH_BEFORE.search(before)
    )
    if m:
        return " ".join(m.group().split()[:2])
    if (
        roles_uk_ru._FROM_BEFORE.search(before)
        and roles_uk_ru._lemma_set(sentence, lang) & roles_uk_ru._LAUNCH_LEMMAS
    ):
        return "launched from"
    return None


_LONG_UK = (
    "Уночі противник випустив по області ударні безпілотники, частину з них збили сили ППО, "
    "запуски здійснювали з районів міст Курськ, Брянськ, Орел, Міллерово, Приморсько-Ахтарськ "
    "та з тимчасово окупованого Криму, а також з Донецька, Горлівки і Макіївки, повідомили в "
    "Повітряних силах ЗСУ; у Харкові та Сумах було чути вибухи."
)
_LONG_RU = (
    "По данным Минобороны, беспилотники были запущены с территории Харьковской и Сумской "
    "областей, а также со стороны Черниговской области; обломки упали в Белгороде, Шебекино, "
    "Грайвороне, Валуйках и Короче, из них два — на жилые дома, еще один — в поле за "
    "Старым Осколом, сообщил губернатор."
)
_LAUNCH_TEXTS = [
    (_LONG_UK, "uk"),
    (_LONG_RU, "ru"),
    ("Дрони запустили з боку Курська, вони летіли над Сумщиною.", "uk"),
    ("Ракети випустили з " + "дуже " * 40 + "далекого Курська.", "uk"),
    ("Ракеты выпустили с " + "очень " * 3 + "далекого Курска у Белгорода.", "ru"),
    ("Дроны запустили из Курска — Орла — Брянска — Воронежа и Липецка.", "ru"),
    ("Дрони запускали з: Курськ, Орел, Брянськ, Міллерово, Шаталово, Халіно, Єйськ.", "uk"),
    ("З 20 дронів 12 збили над Київщиною, а запуски велись з Орла і Брянська.", "uk"),
    ("Беспилотник взлетел с аэродрома 1 в 2 Курской области, рядом с Льговом.", "ru"),
    ("Запуск з " + ", ".join(["Курськ"] * 12) + " і Орел.", "uk"),
]


@pytest.mark.parametrize(("sentence", "lang"), _LAUNCH_TEXTS)
def test_launch_cue_from_the_last_words_as_from_the_whole_text_before(
    sentence: str, lang: str
) -> None:
    for m in re.finditer(r"[А-ЯІЇЄҐ][а-яіїєґёʼ'-]+", sentence):
        before = sentence[: m.start()]
        got = roles_uk_ru._launch(sentence, before, lang)
        assert got == _launch_in_full(sentence, before, lang), m.group()


@pytest.mark.parametrize(("sentence", "lang"), _LAUNCH_TEXTS)
def test_from_pattern_searched_from_the_last_runs_as_whole(sentence: str, lang: str) -> None:
    """Every prefix of the texts, the search from the last seven runs of letters finds what
    the search of the whole prefix finds, where it finds it."""
    for end in range(len(sentence) + 1):
        before = sentence[:end]
        full = roles_uk_ru._FROM_BEFORE.search(before)
        start = roles_uk_ru._last_letter_runs(before, roles_uk_ru._FROM_RUNS)
        part = roles_uk_ru._FROM_BEFORE.search(before, start)
        assert (full and full.span()) == (part and part.span()), before[-80:]


def test_the_long_texts_are_searched_from_their_last_runs() -> None:
    """The texts above try the shortcut: a match found from the last runs of a long text."""
    tried = 0
    for sentence, _lang in _LAUNCH_TEXTS:
        for end in range(len(sentence) + 1):
            start = roles_uk_ru._last_letter_runs(sentence[:end], roles_uk_ru._FROM_RUNS)
            tried += bool(start and roles_uk_ru._FROM_BEFORE.search(sentence[:end], start))
    assert tried > 20


def test_last_letter_runs_of_a_long_text() -> None:
    text = "з " + "слово " * 60 + "Курськ, Орел і Брянськ "
    start = roles_uk_ru._last_letter_runs(text, 3)
    assert text[start:] == "Орел і Брянськ "
    assert roles_uk_ru._last_letter_runs("з Курська", 3) == 0  # short: searched whole
    assert roles_uk_ru._last_letter_runs("1 " * 200, 3) == 0  # too few runs in the tail


@pytest.mark.parametrize("margin", [0.0, -0.0, 0.5, 1.0, 2.5, 3.14159, 4.99, 5.0, 7.5, 12.0])
def test_confidence_kept_per_margin_as_worked_out(margin: float) -> None:
    expected = round(min(0.99, 0.55 + 0.09 * min(margin, 5.0)), 2)
    assert resolve._confidence(margin) == expected
    assert resolve._confidence(margin) == expected  # the kept answer
