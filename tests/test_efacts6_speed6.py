"""The English figure reader's sixth-pass shortcuts give what the full reading gives.

:class:`geo.understand.facts._Scan` matches the patterns, and the leads that tell where they
may start, case-sensitively in a sentence's lower case (``_LOWERED``, ``_LOW_LEADS``) when
lower case agrees with ignoring case and keeps the sentence's length. These tests check,
character by character and on texts written here, that this finds what matching the
case-insensitive patterns in the sentence finds.
"""

from __future__ import annotations

import re
import sys

import pytest

from geo.language.text import FOLDS_TO_ASCII
from geo.understand import facts as f

# every kind of character class and literal the patterns hold
_ATOMS = [re.escape(c) for c in "abcdefghijklmnopqrstuvwxyz,.;:()-/'\"“”‘’—‑ "] + [
    r"\s",
    r"\w",
    r"\d",
    r"\W",
    r"[^\W\d_]",
    r"[\w\-]",
    r"[\-‑]",
    r"[\w\-/.]",
    r"[a-z\-]",
    r"[A-Za-z]",
    r"[“\"'‘]",
    r"[”\"'’]",
    r"[^,.;:]",
    r"[^()]",
    r"[^.;:]",
    r"[\s-]",
    r".",
    r"\b",
]


def _cased_characters() -> str:
    """Every character that has a case or lies below U+3000, whose lower case is one
    character, but those that ignoring case takes for an ASCII letter."""
    chars = (chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000)
    return "".join(
        c
        for c in chars
        if (ord(c) < 0x3000 or c.lower() != c or c.upper() != c)
        and len(c.lower()) == 1
        and c not in FOLDS_TO_ASCII
    )


def test_each_atom_matches_a_character_as_its_lower_case() -> None:
    text = _cased_characters()
    low = text.lower()
    assert len(low) == len(text) > 10000
    for atom in _ATOMS:
        ignoring = [m.start() for m in re.finditer(atom, text, re.I)]
        assert ignoring == [m.start() for m in re.finditer(atom, low)], atom


def test_an_atom_that_tells_case_would_fail() -> None:
    """The check above means something: a character that ignoring case takes for an ASCII
    letter, or an atom that tells capitals, matches otherwise in lower case."""
    for text, atom in (("\u017f", "s"), ("\u0131", "i"), ("A", "(?-i:[A-Z])")):
        assert bool(re.match(atom, text, re.I)) != bool(re.match(atom, text.lower()))
    with pytest.raises(ValueError):
        f._case_sensitive(re.compile("(?-i:[A-Z])x", re.I))
    with pytest.raises(ValueError):
        f._case_sensitive(re.compile("Killed", re.I))


# sentences of each kind of figure, in upper, lower and mixed case, with number words,
# qualifiers, one person, lists of weapons, updates, quotes and other scripts
_SENTENCES = [
    "In Sumy, 4 people were killed and 19 were wounded; a school and a shop were damaged.",
    "IN SUMY, FOUR PEOPLE WERE KILLED AND NINETEEN WERE WOUNDED, A MAN AGED 70 AMONG THEM.",
    "At least Twenty-One civilians were killed, About a dozen were HURT overnight.",
    "The strike killed a woman and injured a third; another man was wounded.",
    "Air defences shot down 52 of the 60 drones and destroyed three missiles.",
    "Of the 40 missiles, 38 were shot down; of them 12 were destroyed over the capital.",
    "Seven “Shahed” drones and two Kh-101 missiles were downed over the Kharkiv region.",
    "31 drones launched by Ukraine fell over the Belgorod region, its governor wrote.",
    "30 Drones From The Sea Downed Over Crimea",
    "The toll rose to 14 dead; the number of wounded reached Twenty.",
    "Russia launched 550 drones and 11 missiles at Ukraine overnight, up to 120 Shaheds.",
    "A single Iskander-M missile hit the port; a 45-year-old man died on May 3.",
    "Nine were downed in the morning and two more overnight, a spokesman said.",
    "Почти 20 дронов; 3 drones were shot down near Kyiv, one man was killed.",
    "ÜBER 30 Drohnen; SOME 25 DRONES WERE INTERCEPTED, ONE WOMAN INJURED.",
    "Five residents with injuries went to hospital, and 2 more were admitted with burns.",
    "Destroyed every one of them: 8 drones and 2 rockets were launched.",
    "No one was hurt; nobody was killed, and 3 Kalibr cruise missiles were jammed.",
]


@pytest.mark.parametrize("text", _SENTENCES)
def test_lowered_patterns_match_as_the_patterns(text: str) -> None:
    low = text.lower()
    assert f._lower_agrees(text) and len(low) == len(text)
    patterns = [*f._KILLED, *f._WOUNDED, *f._INTERCEPT, f._UPDATE, f._DRONES, f._MISSILES]
    for pattern in patterns:
        lowered = f._LOWERED.get(id(pattern))
        if lowered is None:
            assert "(?-i" in pattern.pattern
            continue
        for pos in range(len(text) + 1):
            m, n = pattern.match(text, pos), lowered.match(low, pos)
            assert (m is None) == (n is None), (pattern.pattern[:60], pos)
            if m is not None and n is not None:
                assert m.regs == n.regs and m.group().lower() == n.group()


@pytest.mark.parametrize("text", _SENTENCES)
def test_lowered_leads_match_as_the_leads(text: str) -> None:
    low = " " + text.lower()
    for starts, lead in f._START_LEADS.items():
        low_lead = f._LOW_LEADS[starts]
        for pos in range(len(text) + 1):
            expected = lead.match(text, pos) is not None
            assert (low_lead.match(low, pos + 1) is not None) == expected, (starts, pos)


def _figures(text: str) -> tuple[tuple[f._Hit, ...], ...]:
    found = f._sentence_figures(text, 0, " " + text.lower(), f._FIRST)
    return tuple(tuple(getattr(found, kind)) for kind in found.__slots__)


@pytest.mark.parametrize("text", _SENTENCES)
def test_sentences_read_in_lower_case_as_in_full(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    got = _figures(text)
    monkeypatch.setattr(f, "_LOWERED", {})
    monkeypatch.setattr(f, "_LOW_LEADS", dict(f._START_LEADS))
    monkeypatch.setattr(f._Scan, "aligned", lambda self: False)
    assert got == _figures(text)


def test_sentences_give_figures_and_lowered_leads_skip_words() -> None:
    """The checks above mean something: the sentences give figures of each kind, and the
    leads turn words away."""
    found = [_figures(t) for t in _SENTENCES]
    slots = f._Figures.__slots__
    for kind in ("drones", "intercepted", "killed", "missiles", "wounded"):
        assert sum(bool(figures[slots.index(kind)]) for figures in found) >= 3
    skipped = 0
    for text in _SENTENCES:
        scan = f._Scan(text, " " + text.lower())
        for starts in f._START_LEADS:
            scan._words()
            skipped += len(scan._words_at(starts)) - len(scan._at(starts) or [])
    assert skipped >= 10
