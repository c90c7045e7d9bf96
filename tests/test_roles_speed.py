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
