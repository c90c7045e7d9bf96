"""The English figure reader's shortcuts give what the full reading gives (continued).

:meth:`geo.understand.facts._Scan.matches` tries a pattern only up to the last word one of
which each of its matches holds (:meth:`_Scan.limit`), and reads the words of a sentence
outside ASCII from its lower case; these tests check, on texts written here, that it finds
exactly the matches of the pattern's own ``finditer``.
"""

from __future__ import annotations

import re
import sys

import pytest

from geo.understand import facts as f

_TEXTS = [
    "A guard suffered burns and 2 workers received light injuries when 4 drones hit.",
    "Crews managed to shoot down 12 drones and were able to destroy all 3 missiles.",
    "Four residents of the Sumy region were killed; 2 people from Velyka Pysarivka were hurt.",
    "The strike left 23 dead; the governor said at least 41 others were injured, 7 of them minors.",
    "Killed were 4 people; 12 more were injured, and 3 died later in hospital.",
    "Russia launched 45 Shahed drones and 3 missiles; drones hit 2 houses, 40 were shot down.",
    "Air defence destroyed 7 missiles and 20 drones, 5 drones were jammed, 2 rockets fell.",
    "Missiles struck at 4:00; later 12 people were wounded and 2 dead, 5 of them children.",
    "Dead: 3. Wounded: 11. Drones: 40, of which 36 were downed; 4 hit the port in Odesa.",
    "Of the 40 missiles, 38 were shot down; of them 12 were destroyed over the capital, 2 not.",
    "The strike killed a man aged 70 and wounded a third; 5 people with burns went to hospital.",
    "A woman was injured and one man died; 2 shahed-type drones and 1 rocket were repelled.",
    "In Kharkiv, 3 residents, among them a boy of 9, were hurt; 6 were killed in 2023 in Izium.",
    "“Two people were killed,” the mayor said of the 25 drones; ‘15 were wounded’ in Sumy.",
    "Fatalities rose to 8 after 3 more bodies were found; 14 deaths were recorded, 2 dead.",
    "Up to 30 were hurt, more than a dozen wounded, and twenty-one drones were eliminated.",
    "Ukraine’s air force said it downed 60 of 70 drones and intercepted 3 of 5 missiles.",
    "KILLED 4 PEOPLE, 7 WOUNDED, 12 DRONES SHOT DOWN: the strike’s toll, İzmail’s mayor said.",
    "ſome 5 drones were ſhot down; 3 people were killed, 2 were injured overnight.",
    "The \u212aharkiv strike killed 3 people and injured 8; 10 drones were neutralised.",
    "Σ 12 drones and ΑΣ 4 missiles were launched; 3 people were killed, 9 injured.",
    "The number of people killed in Dnipro has risen to 9; the number of dead stands at 11.",
    "The night's attack claimed 14 lives; another strike took 3 lives in Sumy.",
    "The ministry reported downing 86 drones, intercepting 4 missiles and shooting down 2.",
    "Its driver, 41, was killed when 2 drones hit; the elderly owner was hurt by one.",
    "A man aged 50 was taken to hospital with shrapnel wounds; his wife was treated with burns.",
    "Of 2 Iskander missiles, one ballistic missile was intercepted; one drone was downed too.",
    "A missile killed an elderly couple in Kupiansk; 40 drones, 31 shot down or suppressed.",
    "The air force put the number shot down at 70 drones and two missiles.",
]


def _with_needs() -> list[tuple[re.Pattern[str], frozenset[str], tuple[str, ...]]]:
    """Every pattern :func:`_collect`, :func:`_intercepts` and :func:`_weapons` read with
    needs: its start words and the words one of which each of its matches holds."""
    triples = [
        (p, f._PATTERN_STARTS[id(p)], needs)
        for group, group_needs in ((f._KILLED, f._KILLED_NEEDS), (f._WOUNDED, f._WOUNDED_NEEDS))
        for p, needs in zip(group, group_needs, strict=True)
    ]
    triples += [(p, f._PATTERN_STARTS[id(p)], f._INTERCEPT_HINTS) for p in f._INTERCEPT]
    triples += [
        (f._DRONES, f._COUNT_STARTS, f._DRONE_HINTS),
        (f._MISSILES, f._COUNT_STARTS, f._MISSILE_HINTS),
    ]
    return triples


@pytest.mark.parametrize("text", _TEXTS)
def test_matches_up_to_the_last_needed_word_are_all_the_matches(text: str) -> None:
    for low in (" " + text.lower(), None):
        scan = f._Scan(text, low)
        for pattern, starts, needs in _with_needs():
            expected = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in scan.matches(pattern, starts, needs)] == expected
            assert [m.span() for m in scan.matches(pattern, starts)] == expected


def test_the_texts_hold_matches_of_every_pattern_read_with_needs() -> None:
    """The check above means something: each pattern matches in some text, and in some text
    a match of a pattern is found before a word the pattern needs stands."""
    for pattern, _starts, _needs in _with_needs():
        assert any(pattern.search(text) for text in _TEXTS), pattern.pattern[:60]
    cut = 0
    for text in _TEXTS:
        scan = f._Scan(text, " " + text.lower())
        for _pattern, starts, needs in _with_needs():
            at = scan._at(starts) or []
            cut += sum(pos > scan.limit(needs) for pos in at)
    assert cut > 10


@pytest.mark.parametrize(
    ("text", "needs", "expected"),
    [
        ("Two died, 3 were killed.", ("killed", "died"), 17),
        ("Two died, 3 were killed.", ("hurt",), -2),
        ("ſome died", ("died",), 9),  # long s: lower case cannot tell
        ("İ died", ("died",), 6),  # lower case is longer
    ],
)
def test_limit(text: str, needs: tuple[str, ...], expected: int) -> None:
    assert f._Scan(text, " " + text.lower()).limit(needs) == expected


def test_lower_case_keeps_word_characters_and_digits() -> None:
    """:meth:`_Scan._words` reads a sentence outside ASCII from its lower case when it is as
    long: each character is a word character (a digit) just when its lower case is."""
    word, digit = re.compile(r"\w"), re.compile(r"\d")
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        low = ch.lower()
        if len(low) == 1:
            assert bool(word.match(ch)) == bool(word.match(low)), hex(code)
            assert bool(digit.match(ch)) == bool(digit.match(low)), hex(code)


@pytest.mark.parametrize("text", _TEXTS)
def test_words_from_lower_case_are_the_words_of_the_text(text: str) -> None:
    """The words of each set of start words, from the lower case or from the text's words."""
    scan = f._Scan(text, " " + text.lower())
    scan._words()
    full = f._Scan(text, None)
    full._words()
    if full.words is None:
        assert scan.words is None
        return
    assert scan.words is not None
    for starts in f._SCANNED_STARTS:
        expected = [m.start() for m in re.finditer(r"\w+", text) if _starts_with(m, starts)]
        assert scan._words_at(starts) == full._words_at(starts) == expected


def _starts_with(m: re.Match[str], starts: frozenset[str]) -> bool:
    """Whether a word (a match of ``\\w+``) is one of ``starts`` or starts a count with a
    digit."""
    word = m.group().lower()
    return word in starts or (starts is f._COUNT_STARTS and word[0].isdecimal())


@pytest.mark.parametrize(
    "text",
    [
        "Russia fired one Kh-101 cruise missile at Kyiv.",
        "Russia fired a single missile; two missiles fell in fields.",
        "One missile. Missiles: 3, one drone, a single Tochka-U tactical missiles launcher.",
        "A single, powerful missile hit. One of the missiles hit, one big old Soviet missile too",
        "One Kh-101 missile",
        "Missile debris fell; only one (Iskander) missile, one\nmissile\nmore.",
        "ONE CRUISE MISSILE WAS SHOT DOWN, one drone, a\tsingle   missile-carrier",
        "one missilex, one missile_x; the single missile; someone missile",
        "İzmail: one missile hit.",
        "ſingle: a ſingle missile hit, one miſsile fell.",
        "No weapon was named, just one drone and a single bomb.",
        "one “Kinzhal” missile and one Kh-22 anti-ship missile",
    ],
)
def test_single_missile_searched_before_each_missile_as_in_full(text: str) -> None:
    expected = f._SINGLE_MISSILE.search(text) is not None
    assert f._names_single_missile(text) is expected
    assert f._names_single_missile(text, text.lower()) is expected


def test_single_missile_texts_say_both() -> None:
    """The check above means something: some texts name a single missile, some do not."""
    found = {
        f._SINGLE_MISSILE.search(t) is not None
        for t in ("Russia fired one Kh-101 cruise missile at Kyiv.", "one missilex")
    }
    assert found == {True, False}


@pytest.mark.parametrize(
    "text",
    [
        "12:00 Two people were killed.\n13:30 Five were killed.",
        "Kyiv, 3 May: drones.\n  Update: 14:10 The toll rose.\n15.20 later",
        "Headline\nbody at 12:30 today\n\t9:45 An entry\n",
        "update\n12:30 an entry whose stamp follows a line of its own",
        "no stamp: at all\n",
        "\n\n07:05\n",
    ],
)
def test_first_entry_is_the_first_timestamp(text: str) -> None:
    expected = [m.start() for m in f._TIMESTAMP.finditer(text)]
    assert f._first_entry(text, -1) == (expected[0] if expected else -1)


def test_not_launched_needs_a_word_of_each_alternative() -> None:
    """Each alternative of :data:`_NOT_LAUNCHED` holds one of its needs."""
    body = f._NOT_LAUNCHED.pattern.removeprefix(r"\b(?:").removesuffix(r")\b")
    for alternative in body.split("|"):
        word = re.sub(r"\\s\+", " ", alternative).replace(r"\w*", "ion").replace("?", "")
        assert f._NOT_LAUNCHED.search(f"the {word} of") is not None, word
        assert any(need in word for need in f._NOT_LAUNCHED_NEEDS), word


@pytest.mark.parametrize(
    "text", ["no digit", "5 drones", "“five” drones", "٣ drones", "３ drones", "۵", "x²", ""]
)
def test_has_digit_as_the_full_search(text: str) -> None:
    assert f._has_digit(text) is (f._ANY_DIGIT.search(text) is not None)


_BEFORE_COUNTS = [
    "a girl of 9, men of 58 and",
    "a girl of 9, men of 58 AND ",
    "women of 74 and 58, and men of 63,",
    "aged 70,",
    "aged\t12 ,\n",
    "the boy, aged ",
    "pensioners of ",
    "since May ",
    "on 12 Sept. ",
    "No ",
    "drones, ",
    "4 missiles and ",
    "killed 3 and",
    "band",
    "5band",
    "5 and",
    "٣ and",
    ",",
    "and",
    "",
    "children of 6 and 8,",
    "teenagers of 16 , 17 and",
]


@pytest.mark.parametrize("before", _BEFORE_COUNTS)
def test_not_count_before_is_run_where_it_may_match(before: str) -> None:
    matched = f._NOT_COUNT_BEFORE.search(before) is not None
    assert not matched or f._may_not_count_before(before.rstrip().lower())


def test_not_count_before_texts_cut_some_and_match_some() -> None:
    """The check above means something: the pattern matches some texts, and the shortcut
    skips some texts that end with "," or "and"."""
    assert sum(f._NOT_COUNT_BEFORE.search(b) is not None for b in _BEFORE_COUNTS) >= 10
    skipped = [b for b in _BEFORE_COUNTS if not f._may_not_count_before(b.rstrip().lower())]
    assert {"drones, ", "4 missiles and ", "5band", "band"} <= set(skipped)
