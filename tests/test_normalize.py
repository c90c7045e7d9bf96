"""Tests of the name keys that make spelling variants meet."""

from __future__ import annotations

import pytest

from geo.language.normalize import cyrillic_stems, norm_key, skeleton_key, translit


@pytest.mark.parametrize(
    "variants",
    [
        ("Kam'ianske", "Kam’ianske", "Kamʼianske", "Kam`ianske", "Kamianske", "KAMIANSKE"),
        ("Rostov-on-Don", "Rostov on Don", "rostov–on–don", "Rostov  on\tDon"),
        ("Lwów", "Lwow", "LWÓW"),
        ("Bălţi", "Balti", "Bălți"),
        ("Kyiv's", "Kyiv’s", "KYIV'S"),
        ("Ivano-Frankivsk", "Ivano Frankivsk", "ivano‑frankivsk"),
    ],
)
def test_norm_key_folds_case_diacritics_apostrophes_hyphens(variants: tuple[str, ...]) -> None:
    assert len({norm_key(v) for v in variants}) == 1, [norm_key(v) for v in variants]


def test_norm_key_shapes() -> None:
    assert norm_key("Rostov-on-Don") == "rostov on don"
    assert norm_key("  Kharkiv  Oblast ") == "kharkiv oblast"
    assert norm_key("Київ") == "киів"  # ї and й lose their diacritic like Latin letters
    assert norm_key("Запоріжжя") == "запоріжжя"
    assert norm_key("") == ""


@pytest.mark.parametrize("text", ["Kyiv", "Kharkiv Oblast", "O'Hare", "St. Petersburg", "a-b c"])
def test_norm_key_ascii_fast_path_matches_the_general_path(text: str) -> None:
    # the same text with a combining mark that the general path removes
    assert norm_key(text) == norm_key(text + "\u0301").rstrip()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Zaporizhzhia", "Zaporizhzhya"),
        ("Zaporizhzhia", "Zaporizhia"),
        ("Kharkiv", "Харків"),
        ("Kharkiv", "Harkiv"),
        ("Zhytomyr", "Zhitomir"),
        ("Khmelnytskyi", "Khmelnitsky"),
        ("Khmelnytskyi", "Khmelnytskyy"),
        ("Cherkasy", "Cherkassy"),
        ("Sievierodonetsk", "Syevyerodonetsk"),
        ("Mykolaiv", "Mykolayiv"),
        ("Yevpatoriia", "Yevpatoria"),
        ("Troieshchyna", "Troyeshchyna"),
        ("Chornobaivka", "Chornobayivka"),
    ],
)
def test_skeleton_merges_transliteration_variants(a: str, b: str) -> None:
    assert skeleton_key(a) == skeleton_key(b)


@pytest.mark.parametrize(("a", "b"), [("Kyiv", "Kiev"), ("Lviv", "Lvov"), ("Sumy", "Kursk")])
def test_skeleton_keeps_different_names_apart(a: str, b: str) -> None:
    assert skeleton_key(a) != skeleton_key(b)


def test_translit_ukrainian_and_russian_letters() -> None:
    assert translit("харків") == "kharkiv"
    assert translit("щастя") == "shchastia"
    assert translit("ёлка") == "elka"
    assert translit("abc-1") == "abc-1"


@pytest.mark.parametrize(
    ("inflected", "nominative"),
    [
        ("Києві", "Київ"),
        ("Харкові", "Харків"),
        ("Харковом", "Харків"),
        ("Одеси", "Одеса"),
        ("Одесі", "Одеса"),
        ("Дніпрі", "Дніпро"),
        ("Запоріжжі", "Запоріжжя"),
        ("Миколаєві", "Миколаїв"),
        ("Харківщині", "Харківщина"),
        ("Київській", "Київська"),
        ("Ростовской", "Ростовская"),
        ("области", "область"),
        ("області", "область"),
        ("Киеве", "Киев"),
        ("Курском", "Курск"),
        ("Брянске", "Брянск"),
        ("Крыму", "Крым"),
        ("Кривого", "Кривий"),
        ("Рогу", "Ріг"),
        ("Краснодарском", "Краснодарский"),
        ("крае", "край"),
    ],
)
def test_cyrillic_stems_recover_the_nominative(inflected: str, nominative: str) -> None:
    assert norm_key(nominative) in cyrillic_stems(norm_key(inflected))


def test_cyrillic_stems_leave_short_words_alone() -> None:
    assert cyrillic_stems("на") == []
    assert cyrillic_stems("") == []
