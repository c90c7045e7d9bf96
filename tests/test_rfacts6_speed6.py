"""The sixth pass's shortcuts of Ukrainian and Russian figure reading give what the full
reading gives: each is checked against the work it replaces. Every text here was written for
these tests."""

from __future__ import annotations

import pytest

from geo.understand import facts_uk_ru as fr

# lower-case sentences, as read: needed words inside longer words, after digits, hyphens,
# apostrophes and underscores, words on several lists, the hint with a space
_LINES = [
    "раніше ворог атакував 40 шахедами, з них збито 31",
    "ранее сообщалось о 12 сбитых беспилотниках",
    "загалом за добу постраждали п'ятеро людей, оновлено о 14:00",
    "кількість загиблих зросла до 5, число поранених становить 9",
    "количество погибших достигло 3, upd: один из раненых скончался",
    "один із поранених помер у лікарні",
    "5дня тому х-загиблих було 2, _раніше_ 3 потерпілих",
    "сбиты 5 бла над морем, 7 бпла — над сушей",
    "тиша бла",
    "над містом чутно вибухи",
    "по состоянию на утро уничтожены 20 ракет и 30 дронов",
    "в ніч на 5 вересня ппо знешкодила 17 «шахедів» та 2 ракети",
    "минулого тижня тоді ще ніхто не загинув, жертв немає",
    "загиблих немає, поранено двох: чоловіка 45 років і жінку",
    "",
    ",,, 12 — 7",
    "поранено двох, ще троє поранені, раніше — раніше",
]


def _full_bits(low: str) -> int:
    """The bits of a sentence told the long way: every list looked for in the whole text."""
    bits = 0
    for bit, needs in fr._BIT_NEEDS:
        if any(need in low for need in needs):
            bits |= bit
    if fr._WORD_HINT_OF_WEAPONS in low:
        bits |= fr._WEAPON_BIT
    return bits


def test_needed_words_are_letters_only() -> None:
    # the bits are told from tokens: a needed word holding anything but letters could
    # stand across two tokens and be missed
    for _, needs in fr._BIT_NEEDS:
        for need in needs:
            assert need.isalpha(), need
    assert set(fr._WEAPON_OR_INTERCEPT_HINTS) - set(fr._BIT_NEEDS[5][1]) == {
        fr._WORD_HINT_OF_WEAPONS
    }


@pytest.mark.parametrize("low", _LINES)
def test_bits_of_the_words_are_those_of_the_sentence(low: str) -> None:
    fr._WORD_BITS.clear()  # every word new
    toks = fr._tokens(low)
    assert fr._bits_of(low, toks) == _full_bits(low)
    for t in toks:  # each word kept with its own bits, for the sentences it stands in later
        assert fr._WORD_BITS[t.text] == _full_bits(t.text)
    assert fr._bits_of(low, toks) == _full_bits(low)  # every word known


def test_bits_of_the_words_when_the_kept_words_are_full(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fr._WORD_BITS, "limit", 4)
    fr._WORD_BITS.clear()
    for low in _LINES:
        assert fr._bits_of(low, fr._tokens(low)) == _full_bits(low)
    fr._WORD_BITS.clear()


def test_bits_tell_each_list_apart() -> None:
    low = "кількість загиблих зросла"
    bits = fr._bits_of(low, fr._tokens(low))
    assert bits & fr._TOTAL_BIT and bits & fr._STANDS_AT_BIT and bits & fr._KILLED_BIT
    assert bits & fr._UPDATE_TO_BIT and not bits & fr._WOUNDED_BIT
    assert not bits & fr._RECALL_BIT and not bits & fr._WEAPON_BIT


def _sentence(low: str) -> fr._Sentence:
    return fr._sentence(fr._Line(low, 0, 0, (0, 0), False), 0, (0, 0))


@pytest.mark.parametrize("low", _LINES)
@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_reading_with_bits_as_reading_in_full(low: str, lang: str) -> None:
    told = fr._Found([], [], [], [], [], [])
    full = fr._Found([], [], [], [], [], [])
    s = _sentence(low)
    assert s.bits == _full_bits(low)  # made with its bits
    fr._read(s, lang, told)
    unknown = _sentence(low)
    unknown.bits = fr._UNKNOWN  # every check reads the sentence in full
    fr._read(unknown, lang, full)
    assert told == full


@pytest.mark.parametrize("low", _LINES)
def test_checks_with_bits_as_the_searches(low: str) -> None:
    bits = _full_bits(low)
    for start in (0, min(3, len(low))):
        end = len(low)
        expected = fr._matches(fr._RECALL, fr._RECALL_NEEDS, low, start, end)
        span_bits = _full_bits(low[start:end])
        assert fr._says_recall(low, start, end, None, span_bits) is expected
        assert fr._says_recall(low, start, end, {}, span_bits) is expected
    expected_strength = (
        fr._matches(fr._UPDATE, fr._UPDATE_NEEDS, low),
        fr._matches(fr._TOTAL, fr._TOTAL_NEEDS, low),
    )
    assert fr._update_or_total(low, None, bits) == expected_strength
    assert fr._update_or_total(low, {}, bits) == expected_strength
    for pattern, needs, bit in (
        (fr._TOTAL, fr._TOTAL_NEEDS, fr._TOTAL_BIT),
        (fr._RECALL, fr._RECALL_NEEDS, fr._RECALL_BIT),
    ):
        assert fr._found(pattern, needs, bit, bits, low) is fr._matches(pattern, needs, low)


_REPORTS = [
    "Ворог атакував Харківщину: є загиблі\n"
    "Уночі ворог атакував 40 шахедами, з них збито 31. Раніше в області поранено двох.\n"
    "Загалом за добу постраждали п'ятеро людей. Згодом кількість поранених зросла до 7.",
    "Погибла женщина, еще двое получили ранения. Позже один из раненых скончался.\n"
    "Ранее сообщалось о 12 сбитых беспилотниках. Из них 5 над морем.\n"
    "Сбиты 30 БЛА: 14 над Курской, 9 над Тульской и 7 над Брянской. Пострадавших нет.",
]


@pytest.mark.parametrize("text", _REPORTS)
@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_lines_carry_their_words(text: str, lang: str) -> None:
    memo: dict[tuple, object] = {}
    for line in fr._sentences(text, None, memo):
        assert line.toks == fr._tokens(line.text)
        assert line.bits == _full_bits(line.text)
    # with words kept or not, the figures are those of the reading without a memo
    expected = fr.extract_facts_uk_ru(text, lang)
    assert fr.extract_facts_uk_ru(text, lang, memo) == expected
    assert fr.extract_facts_uk_ru(text, lang, memo) == expected


@pytest.mark.parametrize("low", [*_LINES, "х-101 і shahed-136, 5-й_поверх: «ні»", "a' -b -"])
def test_tokens_split_in_c_are_those_of_the_search(low: str) -> None:
    toks, texts = fr._tokens_and_texts(low)
    assert toks == fr._tokens(low)
    assert all(type(t) is fr._Tok for t in toks)
    assert texts == [t.text for t in toks]


@pytest.mark.parametrize("text", ["без змін", "п’ять", "п\u02bcять", "ще\u00a0двоє", "її`", "ёлка"])
def test_plain_text_as_the_replacement_of_every_odd_character(text: str) -> None:
    expected = fr._ODD_CHARS.sub(lambda m: fr._PLAIN_CHARS[m.group()], text)
    assert fr._plain(text) == expected
    assert (fr._plain(text) is text) is (expected == text)


@pytest.mark.parametrize("low", _LINES)
def test_number_starts_of_the_texts_as_those_of_the_tokens(low: str) -> None:
    s = _sentence(low)
    assert s.texts == [t.text for t in s.toks]
    for starts in (fr._NUMBER_START, fr._COUNT_START):
        assert list(fr._starting(s.toks, starts, s.texts)) == list(fr._starting(s.toks, starts))
