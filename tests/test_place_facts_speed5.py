"""The shortcuts of tying figures to places give what the full reading gives: each is
checked against the work it replaces. Every text here was written for these tests."""

from __future__ import annotations

import random

import pytest

from geo.understand import place_facts

# (sentence, language, the place names in the order they stand): lists with one count per
# place, lists of places a count is told of as a whole, and both in one sentence
_LISTS = [
    (
        "Сбиты 40 БПЛА: 14 над Курской, 9 над Тульской и 17 над Брянской.",
        "ru",
        "Курской Тульской Брянской",
    ),
    (
        "Ещё 11 перехватили над Орловской, 6 – над Липецкой, по два – над Калужской и Смоленской.",
        "ru",
        "Орловской Липецкой Калужской Смоленской",
    ),
    (
        "В районах Каширы, Ступино и Серпухова сбиты 25 беспилотников, ещё 4 над Коломной.",
        "ru",
        "Каширы Ступино Серпухова Коломной",
    ),
    (
        "Збито 33 дрони: над Сумщиною – 12, над Полтавщиною – 8, над Черкащиною та Уманню – 13.",
        "uk",
        "Сумщиною Полтавщиною Черкащиною Уманню",
    ),
    (
        "У Черкаській, Київській та Житомирській областях знешкоджено 21 ракету.",
        "uk",
        "Черкаській Київській Житомирській",
    ),
    (
        "Air defences downed 36 drones over the Rostov region and 12 over Belgorod.",
        "en",
        "Rostov Belgorod",
    ),
    (
        "Drones were shot down over Kursk, Oryol and Bryansk, 19 in all, and 3 over Tula.",
        "en",
        "Kursk Oryol Bryansk Tula",
    ),
    (
        "Seven missiles hit Odesa and Mykolaiv; two more were downed over Kherson.",
        "en",
        "Odesa Mykolaiv Kherson",
    ),
]


def _marks(sentence: str, names: str) -> list[tuple[int, int, int]]:
    out, at = [], 0
    for idx, name in enumerate(names.split()):
        start = sentence.index(name, at)
        out.append((start, start + len(name), idx))
        at = start + len(name)
    return out


def _items(
    sentence: str,
    marks: list[tuple[int, int, int]],
    lang: str,
    memo: dict[tuple, object] | None = None,
    listed: set[int] | frozenset[int] = frozenset(),
) -> dict[int, dict[str, int]]:
    shape = place_facts._list_of(sentence, 0, marks, lang, listed)
    return place_facts._list_items(shape, lang, memo)


@pytest.mark.parametrize(("sentence", "lang", "names"), _LISTS)
def test_list_items_of_listed_places_left_unread_as_the_caller_dropped_them(
    sentence: str, lang: str, names: str
) -> None:
    marks = _marks(sentence, names)
    starts = place_facts._listed(sentence, marks)
    listed = {idx for start, _end, idx in marks if start in starts}
    full = _items(sentence, marks, lang)
    kept = {idx: found for idx, found in full.items() if idx not in listed}
    for memo in ({}, None):
        read = _items(sentence, marks, lang, memo, starts)
        assert {idx: found for idx, found in read.items() if idx not in listed} == kept
        # a listed place is read only with its list, when told a number of each ("по два")
        each = bool(place_facts._EACH_HINT.search(sentence))
        assert each or not read.keys() & listed


def test_list_items_read_some_lists_and_drop_listed_places() -> None:
    sentence, lang, names = _LISTS[0]
    marks = _marks(sentence, names)
    assert _items(sentence, marks, lang) == {
        0: {"intercepted": 14},
        1: {"intercepted": 9},
        2: {"intercepted": 17},
    }
    sentence, lang, names = _LISTS[1]  # "по два – над Калужской и Смоленской": two each
    marks = _marks(sentence, names)
    listed = place_facts._listed(sentence, marks)
    assert _items(sentence, marks, lang, None, listed) == {
        0: {"intercepted": 11},
        1: {"intercepted": 6},
        2: {"intercepted": 2},
        3: {"intercepted": 2},
    }
    sentence, lang, names = _LISTS[2]
    marks = _marks(sentence, names)
    listed = place_facts._listed(sentence, marks)
    assert listed == {start for start, _end, _idx in marks[:3]}
    assert set(_items(sentence, marks, lang, None, listed)) <= {3}


def test_hint_words_cyrillic_first_are_the_hint_words() -> None:
    assert sorted(place_facts._FACT_HINT_WORDS_CYRILLIC_FIRST) == sorted(
        set(place_facts._FACT_HINT_WORDS)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Уночі над Одесою збито 12 дронів.",
        "Біля Сум пролунали вибухи.\nЖодних подробиць",
        "Сбиты 5 Shahed над морем",
        "Ukrainian forces shot down nine drones",
        "The mayor spoke on Monday",
        "В Крыму ſ тишина",
        "İzmir ve Kyiv: вибухи, поранені",
        "",
    ],
)
def test_may_hold_figure_agrees_with_the_search_ignoring_case(text: str) -> None:
    expected = place_facts._FACT_HINT.search(text) is not None
    assert place_facts._may_hold_figure(text) is expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("над Курской – пять, над Брянской – 12", "ru", [(14, 18, 5)]),
        (
            "збито двадцять п'ять дронів, сто двадцять три ракети",
            "uk",
            [(6, 20, 25), (29, 45, 123)],
        ),
        ("дві тисячі", "uk", [(0, 3, 2), (4, 10, 1000)]),  # a multiplying word is read alone
        ("twenty-five over Kursk and seven over Oryol", "en", [(0, 11, 25), (27, 32, 7)]),
        ("a drone and no missile", "en", []),
        # only spaces join the words of a number, not a line break
        ("двадцять\nп'ять", "uk", [(0, 8, 20), (9, 14, 5)]),
    ],
)
def test_word_numbers_read_each_number_once(
    text: str, lang: str, expected: list[tuple[int, int, int]]
) -> None:
    assert place_facts._word_numbers(text, 0, len(text), lang) == expected


def test_blanked_keeps_offsets_and_blanks_digits_and_words() -> None:
    text = "Сбиты 30 дронов: семь над Курской, 23 над Брянской"
    blanked = place_facts._blanked(text, 0, len(text), "ru")
    assert len(blanked) == len(text)
    assert blanked == text.replace("30", "  ").replace("семь", "    ").replace("23", "  ")


def test_word_numbers_gate_reads_what_every_word_read_gives() -> None:
    """Words are read only where a number word may start: never a number missed."""
    rng = random.Random(15)
    vocabulary = [
        "one",
        "two",
        "twenty-five",
        "Twenty",
        "dozen",
        "couple",
        "someone",
        "phone",
        "stone",
        "а",
        "в",
        "над",
        "Курской",
        "п'ять",
        "п’ять",
        "ПЯТЬ",
        "двадцять",
        "дві",
        "тисячі",
        "сто",
        "сотні",
        "одному",
        "Одесса",
        "двое",
        "обоих",
        "дрон",
        "12",
        "3,5",
        "-",
        "–",
        ",",
        "'s",
        "‐",
        "один-два",
        "seven-day",
        "twelve's",
        "a",
        "an",
        "no",
        "A",
        "No",
        "a-dozen",
        "no-one",
        "a-a",
        "an-hour",
    ]
    for _ in range(3000):
        text = "".join(
            rng.choice(vocabulary) + rng.choice(" ,-'") for _ in range(rng.randint(1, 8))
        )
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        for lang in ("en", "uk", "ru", None):
            assert place_facts._word_numbers(text, lo, hi, lang) == (
                place_facts._read_word_numbers(text, lo, hi, lang)
            ), (text, lo, hi, lang)
