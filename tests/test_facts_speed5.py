"""The English figure reader's shortcuts give what the full reading gives (fifth pass).

:func:`geo.understand.facts._number_words` reads a sentence without digits only where a number
word, "a", "an" or "another" starts a word (the hints of ``_NUMBER_HINTS`` also lie within
words: "drones" holds "one"), and :func:`_names_single_missile` skips a text without "one" or
"single" before a space. These tests check, on texts written here, that each gives what the
full reading gives.
"""

from __future__ import annotations

import pytest

from geo.understand import facts as f

# sentences without digits, hinted by a number word inside another word, by a number word
# of their own, by "a", "an", "another", by "zero", or in letters lower case cannot read alone
_WORDS = [
    "Russian forces attacked the city overnight with drones and missiles, officials said.",
    "Someone saw drones over the zone; the phone network was down and nobody was hurt.",
    "The governor said drones were shot down over the region, often at night.",
    "Three people were killed and eleven were wounded when drones hit the town.",
    "A man was killed and another woman was injured; a third was hurt.",
    "An elderly woman died, and an air defence unit downed seven drones.",
    "Twenty-one drones and a dozen missiles were launched; nineteen were destroyed.",
    "Zero drones got through, the air force said; zero people were killed.",
    "Forty drones were launched, of which thirty-eight were downed.",
    "(a man was killed) — one drone hit a canteen; fifteen were injured.",
    "“One person was killed,” the mayor said; a\tthird was wounded.",
    "The attack killed a man, injuring one woman; heights and weights were not known.",
    "Drones struck; the toll rose to seven dead, the number of wounded reached twelve.",
    "Air defence destroyed all of them: eight drones and two rockets.",
    "Drones hit, nine-storey buildings burned; none of the residents were hurt.",
    "Some drones were ſhot down; one man was killed.",
    "İzmail was hit by drones; two people were injured.",
    "The \u212aherson strike killed a woman and injured seven people with drones.",
    "Ukraine's air force downed eighteen drones and a single missile overnight.",
    "Drones and missiles, another attack: a hundred drones, one missile.",
    "Seventy drones attacked; sixty were jammed, others were intercepted.",
    "Done: the drones are gone, said the honest tenant of the stone house.",
    "A man was killed when drones hit the town.",
    "An elderly woman was hurt by drones.",
    "Zero missiles hit the port, zero people killed.",
]


def _figures(text: str) -> tuple[tuple[f._Hit, ...], ...]:
    found = f._sentence_figures(text, 0, " " + text.lower(), f._FIRST)
    return tuple(tuple(getattr(found, kind)) for kind in found.__slots__)


def _by_hints(low: str) -> tuple[bool, bool]:
    """The full reading: the number hints alone, and a count maybe everywhere."""
    return any(map(low.__contains__, f._NUMBER_HINTS)), True


@pytest.mark.parametrize("text", _WORDS)
def test_number_words_read_as_the_hints(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    got = _figures(text)
    monkeypatch.setattr(f, "_number_words", _by_hints)
    assert got == _figures(text)


def test_number_words_cut_some_sentences_and_texts_hold_figures() -> None:
    """The check above means something: the shortcut turns some sentences away that the hints
    let in, and the sentences give figures."""
    cut = [
        t
        for t in _WORDS
        if _by_hints(" " + t.lower())[0] and not f._number_words(" " + t.lower())[0]
    ]
    assert len(cut) >= 3
    uncounted = [t for t in _WORDS if not f._number_words(" " + t.lower())[1]]
    assert any(f._number_words(" " + t.lower())[0] for t in uncounted)  # "a man", no count
    assert sum(any(_figures(t)) for t in _WORDS) >= 12


@pytest.mark.parametrize(
    "text",
    [
        "Russia launched 45 drones and 3 missiles; one missile was shot down.",
        "Drones and missiles hit; the army said one cruise missile fell.",
        "Missiles hit the port. A single Kh-101 cruise missile was downed.",
        "Missiles: 4. Drones: one. Single drones.",
        "Missile debris fell near the drones; none of the missiles were jammed.",
        "one\tmissile, one\nmissile",
        "Missiles struck; someone missile-tested; phone missile.",
    ],
)
def test_single_missile_after_the_first_missile(text: str) -> None:
    expected = f._SINGLE_MISSILE.search(text) is not None
    assert f._names_single_missile(text) is expected
    assert f._names_single_missile(text, text.lower()) is expected
