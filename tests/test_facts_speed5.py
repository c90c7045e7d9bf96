"""The English figure reader's shortcuts give what the full reading gives (fifth pass).

:func:`geo.understand.facts._number_words` reads a sentence without digits only where a number
word, "a", "an" or "another" starts a word (the hints of ``_NUMBER_HINTS`` also lie within
words: "drones" holds "one"), and :func:`_names_single_missile` skips a text without "one" or
"single" before a space. These tests check, on texts written here, that each gives what the
full reading gives.
"""

from __future__ import annotations

import re

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


# counts before a stop word ("killed" for the wounded, "wounded" for the killed), with and
# without a comma, a verb or an apposition between
_STOPPED = [
    "7 people were killed and 17 were wounded when drones hit the town.",
    "Seventeen were wounded and two killed; 3 more were hurt.",
    "Five people, killed in the blast, and 4 injured, were named; 12 were hurt.",
    "Two men, one of them killed, were wounded; 6 dead and 9 injured.",
    "Three residents, all badly hurt, were killed; four people injured and killed.",
    "9 un-killed people were wounded, 4 deadly injured, 3 dead-end workers hurt.",
    "At least 12 people were\u00a0killed, 30 others\tinjured, 5 more hurt and 2 dead.",
    "Some 40 soldiers dead, 20 wounded; about 15 were hurt or killed in Odesa.",
    "11 people were killed and 6 were wounded; railway lines were damaged.",
    "Up to 30 civilians, aged 20 to 60, were reported wounded; 8 confirmed dead.",
    "4 killed, 5 wounded, 6 hurt, 7 dead, 8 injured: the toll of the night.",
    "One hundred and five were hurt and one hundred and two killed.",
]


def _stop_triples() -> list[tuple[object, frozenset[str], tuple[str, ...]]]:
    return [
        (f._KILLED[0], f._COUNT_STARTS, f._KILLED_NEEDS[0]),
        (f._WOUNDED[0], f._COUNT_STARTS, f._WOUNDED_NEEDS[0]),
    ]


@pytest.mark.parametrize("text", _STOPPED + _WORDS)
def test_stopped_matches_are_all_the_matches(text: str) -> None:
    for low in (" " + text.lower(), None):
        scan = f._Scan(text, low)
        for pattern, starts, needs in _stop_triples():
            got = [m.span() for m in scan.matches(pattern, starts, needs, f._STOPS[id(pattern)])]
            assert got == [m.span() for m in pattern.finditer(text)], pattern.pattern[:60]


def test_stops_cut_some_counts_and_the_patterns_match() -> None:
    """The check above means something: some counts are stopped, and the patterns match."""
    for pattern, _starts, _needs in _stop_triples():
        assert sum(pattern.search(text) is not None for text in _STOPPED) >= 6
    # a stop word between commas: the match goes on over it
    assert f._KILLED[0].match("Three residents, all badly hurt, were killed") is not None
    cut = 0
    for text in _STOPPED:
        scan = f._Scan(text, " " + text.lower())
        for pattern, starts, needs in _stop_triples():
            stopped = f._stop_places(" " + text.lower(), f._STOPS[id(pattern)])
            cut += sum(scan._stopped(pos, stopped, needs) for pos in scan._at(starts) or [])
    assert cut >= 8


_INTERCEPTED = [
    "Air defence shot down 40 of 45 drones and destroyed 3 missiles overnight.",
    "Of the 40 missiles, 38 were shot down; of them 12 were destroyed over the capital.",
    "Russia launched 45 drones, 40 of them were downed; 3 missiles had been intercepted.",
    "Of which 5 have been jammed, the army said; 20 drones were neutralised.",
    "Ukraine downed 60 of 70 drones, and 9 drones were downed in the morning.",
    "Air defence destroyed seven missiles and twenty drones over the region.",
    "Ten drones wеre shot down (a Cyrillic e), 4 were suppressed.",
    "Forty drones WERE DOWNED; of those 2 WAS intercepted, 3 BEEN repelled.",
    "Two missiles were launched; one cruise missile was intercepted over the city.",
]


@pytest.mark.parametrize("text", _INTERCEPTED)
def test_intercepts_without_an_auxiliary_as_in_full(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    got = _figures(text)
    monkeypatch.setattr(f, "_AUX_PATTERNS", frozenset())
    assert got == _figures(text)


def test_intercept_texts_hold_auxiliaries_and_not() -> None:
    """The check above means something: some texts lack an auxiliary, and the patterns that
    need one match in others."""
    lacking = [t for t in _INTERCEPTED if not f._Scan(t, " " + t.lower()).holds(f._AUX_NEEDS)]
    assert len(lacking) >= 2
    for i in f._AUX_PATTERNS:
        assert any(f._INTERCEPT[i].search(t) for t in _INTERCEPTED), i


# counts in digits, and digits that are no count of the patterns (times, models, ranges)
_DIGITS = [
    "5 people sustained injuries at 10:30 and 12 residents received cuts, 3/4 of them minor.",
    "12 residents of the Kursk region were killed, 3 civilians from Velyka Pysarivka injured.",
    "At 12:30, 45 drones hit a 9-storey block; 3/4 of them were shot down by 10.",
    "Russia fired 2,000 drones in 2024. 12 people were killed, 3-4 were hurt.",
    "Kh-101 and 5x missiles: 7 missiles, 1st wave of 20 drones, 14th of May.",
    "Up to 30 were hurt; 5 dead; 2 more at 10.30 with 4 injuries.",
    "The 112 service said 8 civilians were wounded, 6 of them 5-year-olds.",
    "Over 100 drones (60 Shaheds) were launched; 95 were destroyed over 12 regions.",
    "5 residents with burns went to hospital; 40 drones were shot down at 3:15.",
    "12 drones of the Armed Forces downed over Kursk; 7 missiles intercepted in 2 hours.",
    "Air force tally: 75 drones, 59 shot down; 12 drones were launched at Sumy.",
]


def _count_patterns() -> list[object]:
    return [
        p
        for p in (*f._KILLED, *f._WOUNDED, *f._INTERCEPT)
        if f._PATTERN_STARTS.get(id(p)) is f._COUNT_STARTS
    ] + [f._DRONES, f._MISSILES]


@pytest.mark.parametrize("text", _DIGITS + _STOPPED)
def test_counts_in_digits_found_as_in_full(text: str) -> None:
    for low in (" " + text.lower(), None):
        scan = f._Scan(text, low)
        for pattern in _count_patterns():
            got = [m.span() for m in scan.matches(pattern, f._COUNT_STARTS)]
            assert got == [m.span() for m in pattern.finditer(text)], pattern.pattern[:60]


def test_some_digits_kept_fail_the_lead() -> None:
    """The check above means something: digits the lead turns away are tried, and the count
    patterns match in the texts."""
    lead = f._START_LEADS[f._COUNT_STARTS]
    failing = 0
    for text in _DIGITS:
        at = f._Scan(text, " " + text.lower())._at(f._COUNT_STARTS) or []
        failing += sum(lead.match(text, pos) is None for pos in at)
    assert failing >= 5
    for pattern in _count_patterns():
        assert any(pattern.search(t) for t in _DIGITS + _STOPPED), pattern.pattern[:60]


@pytest.mark.parametrize("text", _STOPPED + _WORDS)
def test_stop_places_are_whole_words_after_a_space(text: str) -> None:
    low = " " + text.lower()
    for words in f._STOPS.values():
        expected = [m.start() for m in re.finditer(rf" (?:{'|'.join(words)})\b", low)]
        assert f._stop_places(low, words) == expected
