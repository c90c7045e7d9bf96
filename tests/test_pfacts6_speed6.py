"""Sixth speed pass of tying figures to places: each shortcut gives what the full reading
gives, checked against the work it replaces. Every text here was written for these tests."""

from __future__ import annotations

import pytest

from geo.understand import place_facts

_NUMBER_SENTENCES = [
    "Drones killed two people in Odesa and wounded seven in Izmail.",
    "In Odesa someone heard tenfold blasts; dozens of homes near Izmail lost power.",
    "The Kyiv and Donetsk regions also came under attack, and debris fell near Sumy.",
    "Ukrainian forces downed a dozen drones over Kharkiv",
    "ſix drones were downed over Sumy and ONE over Poltava",
    "Сбиты 40 БПЛА: 14 над Курской, 9 над Тульской и 17 над Брянской.",
    "Над Орловской перехвачены ١٢ беспилотников",
    "Tenants of Stonemill fled; dozen",
    "",
]


def _full_number_before(sentence: str, end: int) -> int | None:
    found = place_facts._FIRST_NUMBER.search(sentence)
    return found.start() if found is not None and found.start() < end else None


@pytest.mark.parametrize("sentence", _NUMBER_SENTENCES)
def test_number_before_agrees_with_the_search_of_the_whole_sentence(sentence: str) -> None:
    for end in range(len(sentence) + 1):
        expected = _full_number_before(sentence, end)
        assert place_facts._number_before(sentence, end) == expected, (sentence, end)


def test_number_before_finds_a_word_that_a_mention_follows_closely() -> None:
    # "dozen" starts one character before the end: the window must still read its boundary
    sentence = "A dozens-strong swarm hit Odesa"
    assert place_facts._number_before(sentence, 3) is None
    assert place_facts._number_before("A dozen hit Odesa", 3) == 2


_HINT_TEXTS = [
    "KYIV — drones struck a depot overnight\nIn Kyiv, two people were killed",
    "KYIV — a fire broke out at a depot\nThe mayor said nothing more",
    "The governor said 12 people were wounded",
    "Debris fell in the Kharkiv region",
    "Над Одесою збито 12 дронів — повідомили в ОВА",
    "В Курске – пожар, пострадавших нет",
    "В Курске – пожар на складе",
    "Kursk — Шахед hit a house",
    "İzmir — a quiet night",
    "Odesa — ſhot down",
    "",
]


@pytest.mark.parametrize("text", _HINT_TEXTS)
@pytest.mark.parametrize("lang", [None, "en", "uk", "ru", "other"])
def test_may_hold_figure_in_any_order_agrees_with_the_search(text: str, lang: str | None) -> None:
    expected = place_facts._FACT_HINT.search(text) is not None
    assert place_facts._may_hold_figure(text, lang) is expected


def test_ascii_hint_words_are_the_ascii_hint_words() -> None:
    ascii_words = {w for w in place_facts._FACT_HINT_WORDS if w.isascii()}
    assert set(place_facts._FACT_HINT_WORDS_ASCII) == ascii_words
    assert "drone" in ascii_words and "дрон" not in ascii_words


_PIECES = ["14 над Курской, ", "9 над Тульской и 17 над Брянской"]
_INPUTS = [
    ("Air defences downed 36 drones over Rostov, 12 near Belgorod", [(40, 46)]),
    ("Over Kursk eleven drones were downed and 3 missiles", [(5, 10)]),
]


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("wanted", [{14}, {14, 9}, {17, 36}, {11, 3}, {36, 99}, set()])
def test_own_values_stop_early_with_what_the_full_reading_writes(
    wanted: set[int], lang: str
) -> None:
    full: set[int] = set()
    for own in _PIECES:
        full |= place_facts._all_numbers(own, lang)
    for clause, spans in _INPUTS:
        full |= place_facts._nearest_numbers(clause, spans, lang)
    assert place_facts._own_values(_PIECES, _INPUTS, lang, wanted) == full & wanted
