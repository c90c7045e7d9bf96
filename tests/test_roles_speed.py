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


_ENGLISH = [
    "Drones struck Kharkiv overnight, while debris fell on a house in Sumy.",
    "Officials in Odesa said nobody was hurt; a missile hit the port of Izmail.",
    "NO ONE WAS INJURED, BUT FIRES BROKE OUT IN DNIPRO.",
    "The talks aimed at reviving the grain deal were held in Istanbul.",
    "Drones were aimed at Kyiv and Set Two Cars on Fire.",
    "Shelling of Kherson’s centre — the third this week — DAMAGED a school.",
    "Nothing here reports a strike.",
    "HIT",
    "ſtruck by a drone",  # a letter ignoring case takes for another: the patterns as written
    "Kelvin attacked",  # the Kelvin sign
    "",
]


@pytest.mark.parametrize("text", _ENGLISH)
def test_impact_cue_on_lower_case_text_agrees_with_the_pattern(text: str) -> None:
    """impact_cue (with its prechecks on the lower-case text) gives the pattern's first match
    in the text with negated harm taken out, in the text's own letters."""
    from geo.understand import roles

    m = roles._STRONG_IMPACT.search(roles._NEGATED.sub(" ", text))
    assert roles.impact_cue.__wrapped__(text) == (m.group() if m else None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kyiv, which was hit overnight, is the capital, where talks were held.",
        "Kyiv — the capital — was hit, and Lviv, where sirens sounded, was not.",
        "Lviv, whose mayor spoke, was spared – the city said.",
        "No aside at all in Lviv.",
    ],
)
def test_parentheticals_agree_with_the_full_pattern(sentence: str) -> None:
    """The asides of a sentence (with its precheck for dashes and commas) are those the whole
    pattern finds in it."""
    from geo.understand import roles

    full = tuple(
        (m.start(), m.end(), m.group().lstrip(", ").startswith("where"))
        for m in roles._PARENTHETICAL.finditer(sentence)
    )
    assert roles._parentheticals.__wrapped__(sentence) == full


def test_two_mentions_in_different_clauses_keep_their_own_cues() -> None:
    """Each mention's cue comes from its own clause, whichever clause was read first."""
    from geo.understand.roles import decide_role

    sentence = "A missile hit Kharkiv on Monday, while debris fell near Sumy."
    decisions = {
        name: decide_role(
            sentence,
            sentence.index(name),
            sentence.index(name) + len(name),
            kind="settlement",
            dateline=False,
        )
        for name in ("Sumy", "Kharkiv")
    }
    assert (decisions["Kharkiv"].role, decisions["Kharkiv"].cue) == ("impact", "hit")
    assert (decisions["Sumy"].role, decisions["Sumy"].cue) == ("impact", "debris")
