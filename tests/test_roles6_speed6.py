"""The sixth pass's shortcuts in the role and damage readings give the answers of the full
readings they replace.

Each test holds a shortcut against the reading it spares, written out here, on texts made for
the purpose, so that a shortcut that changed an answer fails.
"""

from __future__ import annotations

import pytest

from geo.language.text import lowered
from geo.understand import damage, roles


def _kinds_held_in_full(low: str) -> tuple[str, ...]:
    """:func:`damage._kinds_held` with every text's words found by the regex engine."""
    held = damage._ALL_KEYWORDS.intersection(damage._WORD.findall(low))
    found = frozenset().union(*map(damage._KINDS_OF_KEYWORD.__getitem__, held))
    return tuple(k for k in damage.DAMAGE_KINDS if k in found)


_DAMAGE_TEXTS = [
    "a drone hit a school and set parked cars on fire",
    "debris damaged a nine-storey building, a kindergarten and a power substation",
    "the oil depot (fuel) burned;the port's grain terminal was hit",
    "fire at the railway\tstation\nand the tram depot",
    "cars,buses/trucks—and a minibus",
    "school_bus and car2 and 2car and the car_park",  # "_" and digits are word characters
    "schools\x1chospitals\x1fclinics\x0bflats",  # separators str.split also splits at
    "nothing of note was hit",
    "homes\u2019 roofs",  # not ASCII: the regex engine reads it
    "",
    " air base military airfield ",
]


@pytest.mark.parametrize("text", _DAMAGE_TEXTS)
def test_kinds_held_from_bytes_as_from_the_words_the_regex_engine_finds(text: str) -> None:
    low = text.lower()
    assert damage._kinds_held(low) == _kinds_held_in_full(low)


def test_the_byte_table_breaks_at_every_ascii_character_that_is_no_word_character() -> None:
    for i in range(128):
        word = damage._WORD.fullmatch(chr(i))
        assert damage._ASCII_BREAK_BYTES[i] == (i if word else ord(" ")), repr(chr(i))


_LAUNCH_TEXTS = [
    ("Drones launched from Kursk hit Sumy.", "Kursk"),
    ("Drones launched FROM the Bryansk region hit Sumy.", "Bryansk"),
    ("Shaheds flying over Poltava were shot down, they were launched at night.", "Poltava"),
    ("Missiles were fired over Kherson and launched again.", "Kherson"),
    ("Drones operating from Crimea were launched at Odesa.", "Crimea"),
    ("Drones flew in from Belgorod and hit Kharkiv.", "Belgorod"),
    ("Drones launched at Sumy hit a school.", "Sumy"),
    ("The data came from the Odesa city council.", "Odesa"),
    ("Drones came from Ukraine's north.", "Ukraine"),
    ("Drones launched 50 km from Kursk hit Sumy.", "Kursk"),
    ("Drones launched ﬁrom Kursk hit Sumy.", "Kursk"),  # (a ligature: not lowered)
    ("Drones launched from \u212aursk hit Sumy.", "ursk"),  # Kelvin sign: no lower case
]


@pytest.mark.parametrize(("sentence", "name"), _LAUNCH_TEXTS)
def test_no_launch_cue_where_the_words_before_hold_no_from_nor_flying(
    sentence: str, name: str
) -> None:
    """Every cut of the sentence from the name on: where the gate shuts, no cue is lost."""
    for cut in range(sentence.index(name), len(sentence)):
        before, after = sentence[:cut], sentence[cut:]
        low = roles._lowered_for_ascii(before)
        full = roles._launch_cue(sentence, before, after, low)
        assert roles._may_launch(low) or full is None, (before, full)


def _impact_cue_in_full(text: str) -> str | None:
    """:func:`roles.impact_cue` as it was: a text not in ASCII read ignoring case."""
    low = lowered(text)
    if low is None or (
        ("no" in low or "without" in low) and any(map(low.__contains__, roles._NEGATED_WORDS))
    ):
        text = roles._NEGATED.sub(" ", text)
        low = text.lower()
    if text.isascii():
        m = roles._STRONG_IMPACT_ASCII.search(low)
        return text[m.start() : m.end()] if m else None
    m = roles._STRONG_IMPACT.search(text)
    return m.group() if m else None


_IMPACT_TEXTS = [
    "The city’s port was HIT — badly, officials said",
    "“Drones Struck Odesa,” the governor wrote",
    "A café in Lviv’s centre was DAMAGED; nobody was hurt",
    "Nobody was hurt in Kyiv’s Obolon — no damage was reported",
    "The Kherson region was shelled… again",
    "Київ: дрони атакували місто, the port was hit",  # a Cyrillic word first
    "The port was hit, then дрони атакували Одесу",  # an English one first
    "Oil depot ablaze after drones attacked Tuapse’s port",
    "Drones ſhelled the port of Izmail — and hit it",  # long s: read ignoring case
    "The \u212aharkiv region was hit",  # Kelvin sign
    "The İzmail port was hit",  # dotted capital I: lower case makes two characters of it
    "Σ—the port was hit",  # capital sigma: its lower case depends on the next letter
    "Ⓐ drone hit the port",
    "The talks in Geneva — a “breakthrough”",
    "Вибух у Харкові",
]


@pytest.mark.parametrize("text", _IMPACT_TEXTS)
def test_impact_cue_in_ascii_lower_case_as_ignoring_case(text: str) -> None:
    assert roles.impact_cue.__wrapped__(text) == _impact_cue_in_full(text)


def test_the_left_out_first_letters_are_the_cyrillic_first_letters() -> None:
    left_out = roles._STRONG_IMPACT_LEFT_OUT
    for word in roles._STRONG_IMPACT_WORDS:
        first = word[0]
        if first.isalpha():
            assert bool(left_out.match(first)) == (not first.isascii())
            assert bool(left_out.match(first.upper())) == (not first.isascii())
