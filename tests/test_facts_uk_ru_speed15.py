"""The kept answers of one Ukrainian or Russian sentence's weapon reading give what reading
afresh gives: numbers read once, the landmark tokens found once, and the lookups that
replace a scan of every token. Every text here was written for these tests."""

from __future__ import annotations

import pytest

from geo.understand import facts_uk_ru

# lower-case sentences, as read: lists per region, heads before a colon, counts of each
_SENTENCES = [
    "ночью 17 сбиты над орловской областью, 13 – над тверской, по шесть – над "
    "тульской и рязанской, пять – над липецкой и два – над курской.",
    "уничтожены бпла: 15 над курской, 4 над орловской; сбиты 2 ракеты: одна над тульской",
    "над курской областью сбиты 15 беспилотников, еще 3 подавлены",
    "збито 12 із 30 шахедів; 5 — на черкащині, 3 — у київській області",
    "атакували 48 ударними бпла, з них збито 29: над сумщиною – 9, над полтавщиною – 20",
    "понад 20 дронів та не менше двох ракет",
    "",
]


def _sentence(low: str) -> facts_uk_ru._Sentence:
    line = facts_uk_ru._Line(low, 0, 0, (0, 0), False)
    return facts_uk_ru._sentence(line, 0, (0, 0))


@pytest.mark.parametrize("low", _SENTENCES)
def test_kept_numbers_are_those_read_afresh(low: str) -> None:
    for lang in ("uk", "ru"):
        s = _sentence(low)  # one language per sentence read, as in _read
        for i in range(len(s.toks)):
            expected = facts_uk_ru._number(s.toks, i, lang, s.text)
            assert facts_uk_ru._number_in(s, i, lang) == expected
            assert facts_uk_ru._number_in(s, i, lang) == expected  # read back
        assert len(s.numbers) == len(s.toks)


def test_a_number_is_read_once_per_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[int] = []
    number = facts_uk_ru._number

    def counted(toks: list, i: int, lang: str, sent: str) -> object:
        reads.append(i)
        return number(toks, i, lang, sent)

    monkeypatch.setattr(facts_uk_ru, "_number", counted)
    s = _sentence(_SENTENCES[0])
    found = facts_uk_ru._Found([], [], [], [], [], [])
    facts_uk_ru._weapons(s, "ru", found)
    assert reads  # the weapon counts and the bare intercepts read numbers ...
    assert len(reads) == len(set(reads))  # ... each token once
    assert sum(h.value for h in found.intercepted) == 17 + 13 + 6 * 2 + 5 + 2


@pytest.mark.parametrize("low", _SENTENCES)
def test_landmarks_are_the_tokens_looked_for(low: str) -> None:
    s = _sentence(low)
    expected = [j for j, t in enumerate(s.toks) if t.text in facts_uk_ru._LANDMARKS]
    assert facts_uk_ru._landmarks(s) == expected
    s.texts = None  # told from the tokens too
    s.landmarks = None
    assert facts_uk_ru._landmarks(s) == expected


def _place_of_by_scan(s: facts_uk_ru._Sentence, i: int, end: int) -> tuple[int, int] | None:
    """:func:`facts_uk_ru._place_of` as it was, every token scanned."""
    toks, clause = s.toks, s.clause
    n = len(toks)
    k = end
    while k < n and (
        facts_uk_ru._INTERCEPT_WORD[toks[k].text] or toks[k].text in facts_uk_ru._DASHES
    ):
        k += 1
    place = -1
    if k < n and (toks[k].text == "над" or (k > end and toks[k].text in facts_uk_ru._PLACE_PREP)):
        place = k
    start = i - 1 if i > 0 and toks[i - 1].text == "по" else i
    if place < 0 and start > 1 and toks[start - 1].text in facts_uk_ru._DASHES:
        before = clause[start - 2]
        if any(
            t.text in facts_uk_ru._PLACE_PREP
            for t, c in zip(toks, clause, strict=True)
            if c == before
        ):
            place = start - 1
    if place < 0:
        for j, (t, c) in enumerate(zip(toks, clause, strict=True)):
            if c == clause[i] and t.text == "над" and not i <= j < end:
                place = j
                break
    if place < 0:
        return None
    places = 1
    if start < i:
        c = clause[min(k, n - 1)]
        places += sum(1 for j in range(k, n) if clause[j] == c and toks[j].text in facts_uk_ru._AND)
    return place, places


def _head_kind_by_scan(s: facts_uk_ru._Sentence, i: int) -> str | None:
    """:func:`facts_uk_ru._head_kind` as it was, every token before the count scanned."""
    toks = s.toks
    colon = next((j for j in range(i - 1, -1, -1) if toks[j].text in (":", ";")), -1)
    if colon < 0 or toks[colon].text != ":":
        return None
    start = next((j + 1 for j in range(colon - 1, -1, -1) if toks[j].text == ";"), 0)
    if not any(facts_uk_ru._INTERCEPT_WORD[toks[j].text] for j in range(start, colon)):
        return None
    kinds = [facts_uk_ru._weapon_type(toks, j) for j in range(start, colon)]
    return next((k for k in reversed(kinds) if k), "")


@pytest.mark.parametrize("low", _SENTENCES)
def test_place_and_head_of_each_count_as_a_scan_finds_them(low: str) -> None:
    s = _sentence(low)
    for i in range(len(s.toks)):
        assert facts_uk_ru._head_kind(s, i) == _head_kind_by_scan(s, i)
        for end in range(i + 1, min(i + 3, len(s.toks)) + 1):
            assert facts_uk_ru._place_of(s, i, end) == _place_of_by_scan(s, i, end)


def test_place_and_head_lookups_can_fail() -> None:
    s = _sentence(_SENTENCES[1])  # "уничтожены бпла: 15 над курской, ..."
    assert facts_uk_ru._head_kind(s, 3) == "drones"  # the "15"
    assert facts_uk_ru._place_of(s, 3, 4) == (4, 1)  # its "над"
    s = _sentence(_SENTENCES[5])  # no place, no colon
    assert facts_uk_ru._head_kind(s, 1) is None
    assert facts_uk_ru._place_of(s, 1, 2) is None
