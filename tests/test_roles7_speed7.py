"""The seventh pass's shortcuts in the role readings give the answers of the full readings they
replace.

Each test holds a shortcut against the reading it spares, written out here or kept in the
module, on texts made for the purpose, so that a shortcut that changed an answer fails.
"""

from __future__ import annotations

import re
import sys

import pytest

from geo.understand import roles_uk_ru

# the letters of the prepositions of roles_uk_ru._FROM_BEFORE, in lower case
_PREPOSITION_LETTERS = "зісои"


def test_the_fast_from_pattern_holds_every_form_ignoring_case_takes_for_its_letters() -> None:
    ignoring_case = re.compile("[" + _PREPOSITION_LETTERS + "]", re.IGNORECASE)
    forms = {chr(i) for i in range(sys.maxunicode + 1) if ignoring_case.fullmatch(chr(i))}
    pattern = roles_uk_ru._FROM_BEFORE_FAST.pattern
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
    full, fast = roles_uk_ru._FROM_BEFORE, roles_uk_ru._FROM_BEFORE_FAST
    for cut in range(len(text) + 1):
        before = text[:cut]
        for start in range(cut + 1):
            expected = full.search(before, start)
            got = fast.search(before, start)
            assert bool(got) == bool(expected), (before, start)
            if expected:
                assert got.start() == expected.start(), (before, start)


def test_the_from_texts_hold_matches_and_texts_without() -> None:
    full = roles_uk_ru._FROM_BEFORE
    cuts = [text[:cut] for text in _FROM_TEXTS for cut in range(len(text) + 1)]
    matched = sum(1 for before in cuts if full.search(before))
    assert 30 < matched < len(cuts) - 30
