"""The seventh speed pass's shortcuts in the figure readers give what the full reading gives.

:func:`geo.understand.facts._first_clause_figures` takes the figures of a sentence's first
clause (the part before a ";", which :mod:`geo.understand.place_facts` gives a place) from the
sentence's own reading instead of reading the clause again. These tests compare it with
reading the clause, on clauses and rests written here to reach each condition it checks.
"""

from __future__ import annotations

import itertools

import pytest

from geo.understand import facts as f

# first clauses: each holds a word of a kind of figure
_CLAUSES = [
    "In Brovary 4 people were killed and 11 were wounded",
    "Two residents died and 6 were injured in the blast",
    "Air defence shot down 5",
    "Air defence shot down 31 of 40 drones overnight",
    "Russia fired 12 missiles and 70 drones at the city",
    "The death toll has risen to 8",
    "The count rose to 9, officials said",
    "Rescuers pulled 3 bodies from the rubble",
    "A man aged 47 was killed and 2 women were hurt",
    "At least 14 people were injured, 5 of them children",
    "Of the 20 missiles, 17 were intercepted",
    "Soldiers downed 6 drones over Chernihiv and two more over Sumy",
    "Officials said 3 people were killed",
    "The number of dead climbed 2 hours later",
    "Air defence shot down 3 drones (type A",
    'Two lorries burned, "no casualties" was the word from 4 crews',
    "A man was killed",
    "Nobody was hurt, but 7 cars burned",
    "In total 5 people were killed",
    "The strike killed 7 and injured 19",
]
# what follows the ";": some hold none of the words that could change the reading, others
# reach each check of the shortcut
_RESTS = [
    "; a school and a clinic were damaged, the mayor wrote.",
    "; windows shattered across the block",
    "; officials put it at 5 by evening",
    "; type B), 4 targets over the sea",
    "; its stock of weapons is large",
    "; that figure was first reported by police",
    "; 12 homes were damaged in total",
    "; there was no panic",
    "; two more were killed later",
    "; 3 were wounded",
    "; drones hit 2 depots",
    "; years ago it was 40",
    "; overall 9 sites were hit",
    "; the toll had stood at 3",
    "; another 6 people, aged 30 to 50, sheltered",
    "",
]


def _read(clause: str) -> f._Figures:
    """The clause read in full, as a headline's sentence."""
    return f._sentence_figures(clause, 0, " " + clause.lower(), f._HEADLINE)


def _shortcut(clause: str, sentence: str) -> f._Figures | None:
    """The clause's figures from the sentence's reading, or None where not taken."""
    memo: dict[tuple, object] = {}
    f._kept_figures(sentence, memo)  # the report-level reading: keeps and tells the clause
    return f._first_clause_figures(clause, sentence, memo)


def _hits(found: f._Figures) -> dict[str, list[f._Hit]]:
    return {kind: getattr(found, kind) for kind in f._Figures.__slots__}


def test_first_clause_figures_are_the_clause_reading() -> None:
    taken = 0
    for clause, rest in itertools.product(_CLAUSES, _RESTS):
        sentence = clause + rest
        short = _shortcut(clause, sentence)
        if short is None:
            continue
        taken += 1
        assert _hits(short) == _hits(_read(clause)), sentence
    assert taken >= 100  # the shortcut is taken where it can be


@pytest.mark.parametrize(
    ("clause", "rest"),
    [
        # a match crossing the cut: "number of dead ... at 5"
        ("The number of dead climbed 2 hours later", "; officials put it at 5 by evening"),
        # a weapon's parenthesis crossing the cut, the list going on after it
        ("Air defence shot down 3 drones (type A", "; type B), 4 targets over the sea"),
        # sentence-wide flags set beyond the cut: stock, a provisional figure, a total
        ("Russia fired 12 missiles and 70 drones at the city", "; its stock of weapons is large"),
        ("Officials said 3 people were killed", "; that figure was first reported by police"),
        ("In Brovary 4 people were killed and 11 were wounded", "; 12 homes were damaged in total"),
        # a zero whose negation hint (" no ") stands only beyond the cut
        ('Two lorries burned, "no casualties" was the word from 4 crews', "; there was no panic"),
        # "bodies" counts the killed, whose hint ("kill") stands only beyond the cut
        ("Rescuers pulled 3 bodies from the rubble", "; two more were killed later"),
    ],
)
def test_first_clause_figures_refused_where_the_readings_differ(clause: str, rest: str) -> None:
    sentence = clause + rest
    full = _read(sentence)
    restricted = {
        kind: [h for h in hits if h.position < len(clause)] for kind, hits in _hits(full).items()
    }
    assert restricted != _hits(_read(clause))  # the case matters
    assert _shortcut(clause, sentence) is None


@pytest.mark.parametrize(
    ("clause", "sentence"),
    [
        ("A man was killed", "A man was killed; a school was damaged"),  # no digit
        ("Café owner 3 killed", "Café owner 3 killed; a roof fell"),  # not ASCII
        ("In Irpin 3 were killed", "In Irpin 3 were killed, a roof fell"),  # not a ";"
        ("In Irpin 3", "In Irpin 3 were killed; a roof fell"),  # not the whole first clause
    ],
)
def test_first_clause_figures_not_taken(clause: str, sentence: str) -> None:
    assert _shortcut(clause, sentence) is None


def test_place_clause_reads_the_same_with_the_shortcut() -> None:
    text = (
        "Drones struck Bucha overnight.\n\n"
        "In Bucha, 6 people were killed and 13 were wounded; a garage and a shop were damaged."
    )
    memo: dict[tuple, object] = {}
    assert f.extract_facts(text, "en", memo) == {"killed": 6, "wounded": 13}
    clause = "In Bucha, 6 people were killed and 13 were wounded"
    assert memo[("en-clause", clause)] == text.split("\n\n")[1]
    read = f.extract_facts(clause + "\na garage and a shop were damaged.", "en", memo)
    assert read == f.extract_facts(clause, "en") == {"killed": 6, "wounded": 13}
    assert ("en", clause) in memo  # found by the shortcut, kept
