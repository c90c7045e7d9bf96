"""The seventh pass's shortcuts of Ukrainian and Russian figure reading give what the full
reading gives: each is checked against the work it replaces. Every text here was written for
these tests."""

from __future__ import annotations

import pytest

from geo.understand import facts_uk_ru as fr

# lower-case sentences, as read: numbers in digits and words, qualifiers of about, of at
# least ("не менше", "по меньшей мере"), words that only look like numerals ("області",
# "станом", "тривога"), hyphens inside words and between spaces, dashes, brackets
_LINES = [
    "над областю збито не менше п'яти дронів, ще двоє людей поранені",
    "по меньшей мере трое погибших, станом на ранок - 12 раненых",
    "понад 40 шахедів (з них 31 збито) – над сумською та одеською областями",
    "обстріл тривав дві години: загинули щонайменше двоє, х-101 та 3 ракети збиті",
    "в области сбиты двадцать пять беспилотников, еще один - над морем",
    "одна людина загинула, семеро отримали поранення, серед них двоє дітей",
    "по два – над тульской и калужской, 7 над брянской областью",
    "столиця - під ударом; 14 постраждалих - у лікарнях",
    "сотні дронів і десятки ракет, близько 300 - над заходом",
    "",
    "-",
    "( - ) , ; : — –",
    "трое - четверо",
]

_LANGS = ("uk", "ru")


@pytest.mark.parametrize("low", _LINES)
def test_clauses_counted_in_c_are_those_of_the_token_loop(low: str) -> None:
    toks, texts = fr._tokens_and_texts(low)
    assert fr._clauses(toks, low, texts) == fr._clauses_of_tokens(toks, low)
    assert fr._clauses(toks, low) == fr._clauses_of_tokens(toks, low)


def test_clauses_count_a_hyphen_only_between_spaces() -> None:
    low = "х-101 - і 3 ракети"
    toks, texts = fr._tokens_and_texts(low)
    assert texts[1] == "-" and texts[3] == "-"
    assert fr._clauses(toks, low, texts) == [0, 0, 0, 1, 1, 1, 1]


def test_clauses_in_c_are_whole_numbers_from_zero() -> None:
    low = ", два дрони; три"
    toks, texts = fr._tokens_and_texts(low)
    got = fr._clauses(toks, low, texts)
    assert got == [1, 1, 1, 2, 2] and all(type(c) is int for c in got)


def _every_token(low: str) -> list[tuple[list[fr._Tok], int]]:
    toks = fr._tokens(low)
    return [(toks, i) for i in range(len(toks))]


@pytest.mark.parametrize("lang", _LANGS)
@pytest.mark.parametrize("low", _LINES)
def test_a_number_is_read_only_where_one_may_begin(low: str, lang: str) -> None:
    for toks, i in _every_token(low):
        if fr._number(toks, i, lang, low) is not None:
            assert fr._may_begin(toks[i].text, lang), toks[i].text
            assert fr._numbers_begin(lang)[toks[i].text]


@pytest.mark.parametrize("lang", _LANGS)
@pytest.mark.parametrize("at_least", [True, False])
@pytest.mark.parametrize("low", _LINES)
def test_number_starts_of_the_language_as_the_starts_read(
    low: str, lang: str, at_least: bool
) -> None:
    starts = fr._NUMBER_START if at_least else fr._COUNT_START
    gated = fr._number_starts(lang, at_least)
    toks = fr._tokens(low)
    full = [i for i in range(len(toks)) if starts[toks[i].text]]
    kept = list(fr._starting(toks, gated))
    assert set(kept) <= set(full)
    # a start left out is one where no number is read
    for i in set(full) - set(kept):
        assert fr._number(toks, i, lang, low) is None
    for i in kept:
        assert starts[toks[i].text]


def test_the_number_gates_leave_out_words_that_only_look_like_numerals() -> None:
    low = "станом на ранок в області тривога, сбиты два"
    toks = fr._tokens(low)
    full = list(fr._starting(toks, fr._COUNT_START))
    kept = list(fr._starting(toks, fr._number_starts("ru", False)))
    assert len(kept) < len(full) and kept == [len(toks) - 1]
    begins = fr._numbers_begin("uk")
    assert not begins["області"] and begins["не"] and begins["по"] and begins["12"]
    assert begins["понад"] and begins["щонайменше"] and begins["двох"]


def _number_ending_in_full(
    toks: list[fr._Tok], end: int, lang: str, sent: str
) -> tuple[fr._Num, int] | None:
    """:func:`fr._number_ending` trying every start."""
    for start in range(max(0, end - 4), end):
        num = fr._number(toks, start, lang, sent)
        if num is not None and num.end == end:
            return num, start
    return None


@pytest.mark.parametrize("lang", _LANGS)
@pytest.mark.parametrize("low", _LINES)
def test_number_ending_as_trying_every_start(low: str, lang: str) -> None:
    toks = fr._tokens(low)
    for end in range(len(toks) + 1):
        assert fr._number_ending(toks, end, lang, low) == _number_ending_in_full(
            toks, end, lang, low
        )


def test_number_ending_finds_the_qualifiers_of_at_least() -> None:
    for low, value in (("не менше п'яти", 5), ("по меньшей мере трое", 3), ("понад 40", 40)):
        toks = fr._tokens(low)
        got = fr._number_ending(toks, len(toks), "uk" if "'" in low else "ru", low)
        assert got is not None and got[0].value == value and got[1] == 0


_ODD_LINES = ["«шахеди» — №5, 2-й… “х-101” та ракета„ ок’", "a_b 5_6 c-d-e 7-ї ф'-я"]


@pytest.mark.parametrize("low", [*_LINES, *_ODD_LINES])
def test_tokens_split_by_the_fast_pattern_as_by_the_full_one(low: str) -> None:
    assert fr._NOT_FAST.search(low) is None
    assert fr._FAST_TOKEN_SPLIT.split(low) == fr._TOKEN_SPLIT.split(low)


def test_fast_pattern_agrees_on_every_character_it_is_made_for() -> None:
    for ch in fr._FAST_CHARS:
        for low in (ch, f"а{ch}б", f"5{ch}5", f"{ch}-ф", f"ф'{ch}", f"1-{ch}"):
            assert fr._NOT_FAST.search(low) is None
            assert fr._FAST_TOKEN_SPLIT.split(low) == fr._TOKEN_SPLIT.split(low), low


def test_other_characters_take_the_full_pattern() -> None:
    for low in ("ⅻ дронів", "½ ракети", "٣ загинули", "ǆ", "i̇"):
        assert fr._NOT_FAST.search(low) is not None
        toks, texts = fr._tokens_and_texts(low)
        assert toks == fr._tokens(low) and texts == [t.text for t in toks]
