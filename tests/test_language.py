"""Language of a report, and pymorphy3 readings of Ukrainian and Russian words."""

from __future__ import annotations

import pytest

from geo.language.cyrillic import adjective_keys, name_keys, region_word
from geo.language.morphology import (
    detect_language,
    is_common_word,
    is_person_name,
    person_share,
    sentence_language,
)
from geo.places.gazetteer import Gazetteer


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Вночі ворожі дрони влучили в нафтобазу на Полтавщині, є поранені.", "uk"),
        ("У Житомирі пошкоджено три багатоповерхівки.", "uk"),
        ("Ночью над Тульской областью уничтожены беспилотники, сообщил губернатор.", "ru"),
        ("В Курске повреждена крыша школы.", "ru"),
        ("Russian drones hit a warehouse in Lutsk overnight, the mayor said.", "en"),
        ("Russische Drohnen trafen in der Nacht ein Lager in Luzk.", "other"),
        ("Rosyjskie drony uderzyły w nocy w magazyn w Łucku, podał mer.", "other"),
        ("Drones russos atingiram durante a noite um armazém em Lutsk.", "other"),
        ("12345 — 678", "other"),
        # no letter only one of the two has: the words each dictionary alone knows tell
        ("Дрони уразили нафтобазу в Саках.", "uk"),
        ("Пошкоджено будинок та гараж.", "uk"),
        ("Дом поврежден, погиб человек.", "ru"),
        ("Сбит беспилотник над Курском.", "ru"),
    ],
)
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    ("sentence", "report_lang", "lang"),
    [
        # letters that do not tell: the report's language
        ("Пошкоджено будинок.", "uk", "uk"),
        ("Дрони уразили нафтобазу в Саках.", "uk", "uk"),
        ("Фото: Сумська ОВА", "uk", "uk"),
        ("Поврежден дом.", "ru", "ru"),
        ("Пошкоджено будинок.", "ru", "ru"),  # (as many of each: none) the report's
        # letters that tell: the sentence's own, whatever the report's
        ("Губернатор сообщил, что повреждены дома.", "uk", "ru"),
        ("Уночі дрони атакували Харків.", "ru", "uk"),
        # a report in another language: told from the sentence alone
        ("Дрони уразили нафтобазу в Саках.", "en", "uk"),
        ("Дрони уразили нафтобазу в Саках.", None, "uk"),
    ],
)
def test_sentence_language(sentence: str, report_lang: str | None, lang: str) -> None:
    assert sentence_language(sentence, report_lang) == lang


@pytest.mark.parametrize(
    ("word", "lang", "common"),
    [
        ("Атаки", "uk", True),  # attacks
        ("Сарай", "uk", True),  # shed
        ("Новости", "ru", True),  # news
        ("Из", "ru", True),  # a preposition opening a sentence
        ("Олег", "uk", False),  # a first name is not an ordinary word
        ("Шебекино", "ru", False),  # a town the dictionary tags as a place
        ("Бобрик", "uk", False),  # unknown to the dictionary: a name
    ],
)
def test_common_words(word: str, lang: str, common: bool) -> None:
    assert is_common_word(word, lang) is common


@pytest.mark.parametrize(
    ("word", "lang", "person"),
    [
        ("Олег", "uk", True),
        ("Вячеслав", "ru", True),
        ("Гладков", "ru", True),
        ("Кличко", "uk", True),
        ("Шебекино", "ru", False),
        ("Гусев", "ru", False),  # a surname and a town in equal measure
    ],
)
def test_person_names(word: str, lang: str, person: bool) -> None:
    assert is_person_name(word, lang) is person


def test_person_share_weighs_readings() -> None:
    person, place = person_share("Гусев", "ru")
    assert person == pytest.approx(place, abs=0.2)
    assert person_share("Олег", "uk")[0] == 1.0
    # "Харкові" is also a case of a surname, but not only: a place preposition decides
    assert 0.0 < person_share("Харкові", "uk")[0] < 1.0


@pytest.mark.parametrize(
    ("word", "lang", "kind"),
    [
        ("областях", "uk", "regions"),
        ("областями", "ru", "regions"),
        ("області", "uk", "region"),
        ("краю", "ru", "region"),
        ("районі", "uk", "raion"),
        ("районах", "ru", "raions"),
        ("р-н", "uk", "raion"),
        ("громаді", "uk", "hromada"),
        ("громадах", "uk", "hromadas"),
        ("ОВА", "uk", "regional"),
        ("будинку", "uk", None),
    ],
)
def test_region_words(word: str, lang: str, kind: str | None) -> None:
    assert region_word(word, lang) == kind


@pytest.mark.parametrize(
    ("words", "lang", "key"),
    [
        (("Кривому", "Розі"), "uk", "кривии ріг"),
        (("Білій", "Церкві"), "uk", "біла церква"),
        (("Старом", "Осколе"), "ru", "старыи оскол"),
        (("Тернополі",), "uk", "тернопіль"),
        (("Краматорську",), "uk", "краматорськ"),
        (("Курске",), "ru", "курск"),
    ],
)
def test_inflected_names_reach_their_nominative(words: tuple, lang: str, key: str) -> None:
    assert key in name_keys(words, lang)


def test_region_adjective_keys() -> None:
    units, towns = adjective_keys("Тамбовской", "region", "ru")
    assert units[0] == "тамбовская область"
    units, towns = adjective_keys("Великописарівській", "hromada", "uk")
    assert "велика писарівка" in towns  # a compound name, written as two words
    assert "великописарівка" in towns
    _, towns = adjective_keys("Марганецькій", "hromada", "uk")
    assert "марганець" in towns


def test_pymorphy3_reads_its_dictionaries_with_the_compiled_dawg() -> None:
    # dawg2 (a core dependency) gives pymorphy3 the same analyses as its pure-Python reader
    # at about a third of the cost per new word; without it pymorphy3 falls back silently
    from geo.language.morphology import _analyser

    readers = {c.__module__ for c in type(_analyser("uk").dictionary.words).__mro__}
    assert "dawg" in readers and "dawg_python.dawgs" not in readers, readers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the items of a list, one a line, each ending with a comma: one sentence with its
        # heading when the heading ends with a colon
        (
            "Ночью сбиты 30 дронов:\n20 – над Курской областью,\n10 – над Орловской областью.",
            ["Ночью сбиты 30 дронов:\n20 – над Курской областью,\n10 – над Орловской областью."],
        ),
        ("Уражено:\nсклад;\nпідстанцію.", ["Уражено:\nсклад;\nпідстанцію."]),
        # a heading whose lines end with full stops, a blank line: sentences of their own
        (
            "Харківщина:\nКуп'янськ – обстріл.\nІзюм – обстріл.",
            ["Харківщина:", "Куп'янськ – обстріл.", "Ізюм – обстріл."],
        ),
        (
            "Сбиты дроны над областью,\n\nВ Курске тихо.",
            ["Сбиты дроны над областью,", "В Курске тихо."],
        ),
    ],
)
def test_lines_of_one_list_are_one_sentence(text: str, expected: list[str]) -> None:
    from geo.language.text import sentence_spans

    assert [text[a:b] for a, b in sentence_spans(text)] == expected


def test_a_line_per_region_interception_list(gaz: Gazetteer) -> None:
    from geo.places.resolve import extract_report
    from geo.records import Report

    text = (
        "За ночь средствами ПВО уничтожены 31 беспилотник:\n"
        "17 – над территорией Белгородской области,\n"
        "9 – над территорией Воронежской области,\n"
        "5 – над территорией Липецкой области."
    )
    ext = extract_report(Report("t", text), gaz)
    got = {p.place.admin1: (p.role, p.facts.get("intercepted")) for p in ext.places}
    assert got == {"RU-BEL": ("impact", 17), "RU-VOR": ("impact", 9), "RU-LIP": ("impact", 5)}
