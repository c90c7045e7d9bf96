"""The shortcuts of Ukrainian and Russian figure reading give what the full reading gives:
each is checked against the work it replaces. Every text here was written for these tests."""

from __future__ import annotations

import pytest

from geo.language.text import shares_holding, spans_holding
from geo.understand import facts_uk_ru as fr

# sentences (lower case, as read) with counts of weapons, bare counts after verbs of shooting
# down, lists per region, counts "of which" and qualifiers of about and at least
_LINES = [
    "сбиты 40 бпла: 14 над курской, 9 над тульской и 17 над брянской.",
    "еще 11 перехватили над орловской, 6 – над липецкой, по два – над калужской и смоленской.",
    "уничтожены бпла: 15 над белгородской областью",
    "збито 33 дрони: над сумщиною – 12, над полтавщиною – 8, над черкащиною та вінниччиною – 13.",
    "ворог атакував 52 шахедами, з них збили понад 40, ще 3 подавлено",
    "із 18 ракет знешкоджено щонайменше 15 над київщиною",
    "сбито около 20 беспилотников, 70 из которых – над морем, а 5 над крымом",
    "приблизно двадцять дронів і не менше ніж дві ракети збили сили ппо",
    "над херсонщиною 4 – збито, 2 – втрачено локаційно",
    "двоє людей поранені, 14 постраждалих у лікарні",
    "",
]


def _sentence(low: str) -> fr._Sentence:
    line = fr._Line(low, 0, 0, (0, 0), False)
    return fr._sentence(line, 0, (0, 0))


def _bare_intercepts_eager(s, lang, kind, used, singles, items):  # type: ignore[no-untyped-def]
    """:func:`fr._bare_intercepts` as it was: the place of every count looked for."""
    toks = s.toks
    n = len(toks)
    skip_to = 0
    for i in fr._starting(toks, fr._COUNT_START):
        if i < skip_to or i in used:
            continue
        num = fr._number(toks, i, lang, s.text)
        if num is None:
            continue
        k = num.end
        prev = toks[i - 1].text if i > 0 else ""
        follows = toks[k].text if k < n else "."
        if follows in fr._OF and k + 1 < n and toks[k + 1].text in fr._WHICH:
            if any(fr._INTERCEPT_WORD[t.text] for t in toks[k + 2 : k + 5]):
                pos = s.start + toks[i].start
                singles.append(fr._Hit(num.value, s.strength, pos, approx=num.approx, kind=kind))
            skip_to = k
            continue
        place = fr._place_of(s, i, k)
        after_verb = fr._INTERCEPT_WORD[prev]
        if prev in fr._MORE and any(fr._INTERCEPT_WORD[t.text] for t in toks[k : k + 3]):
            pos = s.start + toks[i].start
            singles.append(fr._Hit(num.value, s.strength, pos, more=True, kind=kind))
        ends = not follows[:1].isalnum() or follows in fr._PLACE_PREP or follows in fr._AND
        if after_verb and ends:
            pos = s.start + toks[i].start
            singles.append(fr._Hit(num.value, s.strength, pos, approx=num.approx, kind=kind))
        if place is not None and (
            after_verb
            or prev in fr._DASHES
            or prev == "по"
            or follows in fr._DASHES
            or follows == "над"
            or fr._INTERCEPT_WORD[follows]
        ):
            head = fr._head_kind(s, i)
            governed = head is not None or fr._INTERCEPT_WORD[follows]
            items.append(fr._Item(num.value * place[1], i, head or kind, place[0], governed))
        skip_to = max(k, i + 1)


@pytest.mark.parametrize("low", _LINES)
@pytest.mark.parametrize("used", [set(), {1, 2}])
def test_bare_intercepts_look_for_a_place_only_where_it_is_read(low: str, used: set[int]) -> None:
    got_singles: list[fr._Hit] = []
    got_items: list[fr._Item] = []
    fr._bare_intercepts(_sentence(low), "ru", "drones", used, got_singles, got_items)
    singles: list[fr._Hit] = []
    items: list[fr._Item] = []
    _bare_intercepts_eager(_sentence(low), "ru", "drones", used, singles, items)
    assert (got_singles, got_items) == (singles, items)


def test_bare_intercepts_find_items_and_singles() -> None:
    singles: list[fr._Hit] = []
    items: list[fr._Item] = []
    fr._bare_intercepts(_sentence(_LINES[1]), "ru", "drones", set(), singles, items)
    assert [it.value for it in items] == [11, 6, 4]  # "по два" counts for two places
    assert [h.value for h in singles] == [11]


@pytest.mark.parametrize("low", _LINES)
def test_numbers_read_as_the_numeral_with_its_qualifiers(low: str) -> None:
    toks = _sentence(low).toks
    for i in range(len(toks)):
        got = fr._number(toks, i, "uk", low)
        k, approx = i, False
        while k < len(toks):  # the qualifiers, as _number skips them
            before = k
            t = toks[k].text
            if t in fr._APPROX:
                approx, k = True, k + 1
            elif t in fr._AT_LEAST:
                k += 1
            elif t == "не" and k + 1 < len(toks) and toks[k + 1].text in ("менше", "менш", "менее"):
                k += 2
            elif t in ("ніж", "чем", "як") and k > i:
                k += 1
            if k == before:
                break
        num = fr._numeral_at(toks, k, "uk", low) if k < len(toks) else None
        expected = None if num is None else num._replace(approx=approx)
        assert got == expected
        assert got is None or type(got) is fr._Num


def test_an_approximate_number_is_marked_so() -> None:
    toks = _sentence("понад 40 дронів").toks
    assert fr._number(toks, 0, "uk", "понад 40 дронів") == fr._Num(40, 2, True, False)


# texts of one report's sentences, read with one memo as a report and its places are: the
# same sentence after another weapon named last, without weapons, and again as it was
_REPORT = [
    "Атакували 25 шахедами. Збито 12, ще 4 подавлено.",
    "Збито 7 ракет. Збито 12, ще 4 подавлено.",
    "Уночі ворог запустив 30 ракет. Збито 12, ще 4 подавлено.\nПоранено двох людей.",
    "Збито 12, ще 4 подавлено.",
    "Поранено двох людей. Збито 12, ще 4 подавлено.",
    "Сбиты 9 беспилотников: 5 над Курской и 4 над Брянской. Пострадавших нет.",
    "Пострадавших нет.",
    "Раньше погиб мужчина. Ракета попала в дом, погибли двое",
]


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_kept_readings_by_weapon_named_last_are_those_without_memo(lang: str) -> None:
    memo: dict[tuple, object] = {}
    for text in [*_REPORT, *_REPORT[::-1]]:
        assert fr.extract_facts_uk_ru(text, lang, memo) == fr.extract_facts_uk_ru(text, lang)
    kept = memo[("ukru", lang, "збито 12, ще 4 подавлено.")]
    assert isinstance(kept, dict)
    assert set(kept) == {"missiles", "drones", "targets"}  # read once after each
    assert not isinstance(memo[("ukru", lang, "поранено двох людей.")], dict)


def test_hints_common_first_are_the_hints() -> None:
    assert sorted(fr._ALL_HINTS_COMMON_FIRST) == sorted(set(fr._ALL_HINTS))


@pytest.mark.parametrize(
    "low",
    [
        "уночі над областю збито 12 дронів.",
        "біля сум пролунали вибухи, пошкоджено склад.",
        "  двоє людей поранені.",
        "сбиты 5 бла над морем.",
        "тиша бла",
        "новини дня без подробиць",
        "погибла женщина",
    ],
)
@pytest.mark.parametrize("start", [0, 2])
def test_one_span_hinted_as_the_search_of_every_hint(low: str, start: int) -> None:
    spans = [(start, len(low))]
    expected = spans_holding(low, spans, fr._ALL_HINTS)
    assert shares_holding(low, spans, fr._HINT_WORDS) == expected


@pytest.mark.parametrize("text", _REPORT)
def test_lines_made_in_c_are_lines(text: str) -> None:
    lines = fr._sentences(text)
    assert lines
    for line in lines:
        assert type(line) is fr._Line
        assert line == fr._Line(*line)
        assert line.text == line[0] and line.title is line[4]
