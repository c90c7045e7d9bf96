"""The shortcuts of the role and language code agree with the full readings they replace."""

from __future__ import annotations

import pytest

from geo.language import morphology
from geo.language.morphology import Analysis, analyse


@pytest.mark.parametrize(
    ("word", "lang"),
    [
        ("обстріляли", "uk"),
        ("Харківській", "uk"),
        ("пошкоджено", "uk"),
        ("над", "uk"),
        ("обстрелом", "ru"),
        ("Белгородской", "ru"),
        ("сбиты", "ru"),
        ("щоквакнуло", "uk"),  # unknown: readings guessed from the ending
    ],
)
def test_analyse_reads_each_tag_as_pymorphy_does(word: str, lang: str) -> None:
    """The part of speech, case and grammemes kept per tag are what the tag itself gives."""
    parses = morphology._analyser(lang).parse(word)
    expected = tuple(
        Analysis(p.normal_form, p.tag.POS, p.tag.case, frozenset(p.tag.grammemes), float(p.score))
        for p in parses
    )
    assert analyse(word, lang) == expected
    assert [type(a.pos) for a in analyse(word, lang)] == [type(p.tag.POS) for p in parses]


def _language_in_full(text: str) -> str:
    """detect_language's Cyrillic branch as first written: every letter counted."""
    import re

    sample = text[:6000]
    cyrillic = len(re.sub(r"[^а-яА-ЯіїєґІЇЄҐёЁ]+", "", sample))
    if cyrillic and cyrillic > len(re.sub(r"[^A-Za-z]+", "", sample)):
        uk = len(re.findall(r"[іїєґІЇЄҐ]", sample))
        return "uk" if uk > len(re.findall(r"[ыэъёЫЭЪЁ]", sample)) else "ru"
    return "latin"


@pytest.mark.parametrize(
    "text",
    [
        "Уночі дрони атакували Полтаву.",
        "Ночью беспилотники атаковали Белгородскую область.",
        "Про це повідомив голова ОВА у Telegram.",  # Latin letters, fewer
        "Дрон Shahed-136 впав у полі, пише Reuters, citing officials in Kyiv",  # more Latin
        "Kyiv, Київ",
        "Ъ x",  # one Russian-only letter, one Latin letter: a tie is not Cyrillic
        "ї y z",
        "Ё ё Ї",
        "Ўсё",  # a Cyrillic letter the count leaves out
    ],
)
def test_detect_language_counts_letters_as_in_full(text: str) -> None:
    """The Latin-letter shortcut and the per-letter counts tell Cyrillic text's language as
    counting every letter does."""
    expected = _language_in_full(text)
    got = morphology.detect_language.__wrapped__(text)
    assert got == expected if expected != "latin" else got not in ("uk", "ru")
