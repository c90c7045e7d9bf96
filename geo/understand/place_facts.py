"""Figures per place: the killed, wounded, drones, missiles and intercepted that the text ties
to each impact place, never a report's totals copied onto every place.

A figure belongs to a place when the text puts them together:

* a sentence that names one impact place gives its figures to that place ("In Odesa two
  people were killed"; "the governor of the Rostov region said a woman died when drones struck
  a village");
* a sentence that names several impact places is cut at the places, and each piece's figures go
  to its place ("killed two in Odesa and wounded seven in Kherson"; "над Брянской областью –
  5, над Курской – 3"); a first-level unit named beside one of its own settlements or raions
  ("Chuhuiv, Kharkiv region") is that place's context, not a place of its own;
* a sentence that names no place but refers back ("there", "the city", "там", "у місті") gives
  its casualties to the one impact place of the sentence before.

Figures tied to no place stay the report's only (``Extraction.facts``); the report's totals may
be larger than the sum of its places'. The figures of each piece are read by the same rules as a
report's (:func:`geo.understand.facts.extract_facts`), so updates, zeros ("no one was hurt") and
recalled
earlier attacks are handled alike.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from geo.language.cyrillic import KILLED_STEMS, WOUNDED_STEMS
from geo.language.document import Document
from geo.language.text import (
    MONTHS,
    MONTHS_UK_RU,
    NUMBER_WORDS,
    alternation,
    house_number,
    number_value,
    opens_line,
    sentence_spans,
    trie,
)
from geo.patterns import compiled
from geo.records import FACT_KEYS, ResolvedPlace, with_facts
from geo.understand import figure_words
from geo.understand.facts import extract_facts, may_state_casualties
from geo.understand.roles import DOWN_LIST_CUE, LINE_COUNT

__all__ = ["link_place_facts", "may_tell_each", "with_list_totals"]

_ANAPHOR_NOUNS = r"(?:city|town|village|region|area|district|port|settlement)"
_ANAPHOR_CYRILLIC_WORDS = (
    r"(?<!\w)(?:там|тут|туди|у\s+місті|в\s+місті|у\s+селі|в\s+селі|у\s+селищі|на\s+місці|"
    r"в\s+городе|в\s+селе|в\s+поселке|в\s+регионе|в\s+області|в\s+области|на\s+месте)(?!\w)"
)
_ANAPHOR = compiled(
    rf"\b(?:there|the\s+{_ANAPHOR_NOUNS})\b|{_ANAPHOR_CYRILLIC_WORDS}", re.IGNORECASE
)
# The two halves of :data:`_ANAPHOR`, searched in lower-cased text (see :func:`_case_plain`):
# the English one starts with its literal "the", so that the engine looks only where that
# stands, and checks the word boundary before it looking back.
_ANAPHOR_EN = compiled(rf"the(?<!\wthe)(?:re|\s+{_ANAPHOR_NOUNS})\b")
_ANAPHOR_CYRILLIC = compiled(_ANAPHOR_CYRILLIC_WORDS)
_CASUALTY_KEYS = ("killed", "wounded")
_WEAPON_KEYS = ("drones", "missiles", "intercepted")
# words one of which (lower case) :data:`_ANAPHOR_CYRILLIC` needs
_ANAPHOR_CYRILLIC_NEEDS = (
    "там",
    "тут",
    "туди",
    "місті",
    "селі",
    "селищі",
    "місці",
    "городе",
    "селе",
    "поселке",
    "регионе",
    "області",
    "области",
    "месте",
)
# words without which no figure is read in any language (a cheap test before reading a
# piece's figures), looked up in the lower-cased text (much faster than a search ignoring
# case): the same answer as :data:`_FACT_HINT` unless the text holds a letter that
# lower-casing and the ignore-case match read differently (dotted and dotless i, long s, old
# Cyrillic letter forms)
_FACT_HINT_WORDS = figure_words.ANY_FIGURE
_FACT_HINT = compiled("|".join(_FACT_HINT_WORDS), re.IGNORECASE)
# the same words for a text that is not ASCII: the Cyrillic ones first, the commonest of them
# leading, as the test stops at the first word it finds
_FACT_HINT_WORDS_CYRILLIC_FIRST = tuple(
    dict.fromkeys(
        (
            "дрон", "беспилот", "безпілот", "бпла", "пострада", "постражд", "ранен", "поран",
            *(word for word in _FACT_HINT_WORDS if not word.isascii()),
            *_FACT_HINT_WORDS,
        )
    )
)  # fmt: skip
# the words an ASCII text can hold
_FACT_HINT_WORDS_ASCII = tuple(word for word in _FACT_HINT_WORDS if word.isascii())
_CASE_ODD = tuple("İıſᲀᲁᲂᲃᲄᲅ")


def _case_plain(text: str) -> bool:
    """Whether ``text`` holds none of :data:`_CASE_ODD` (each looked up with ``in``, much
    faster than a set lookup per character of a long text)."""
    return not any(map(text.__contains__, _CASE_ODD))


def _may_hold_figure(text: str, lang: str | None = None) -> bool:
    """Whether ``text`` holds a word without which no figure is read (:data:`_FACT_HINT`).
    The words are tried in the order likeliest to stop early: English first in an English
    report (``lang``), Cyrillic first otherwise, and only the ASCII ones in an ASCII text."""
    low = text.lower()
    if text.isascii():
        return any(map(low.__contains__, _FACT_HINT_WORDS_ASCII))
    if len(low) != len(text) or not _case_plain(text):
        return bool(_FACT_HINT.search(text))
    words = _FACT_HINT_WORDS if lang == "en" else _FACT_HINT_WORDS_CYRILLIC_FIRST
    return any(map(low.__contains__, words))


def _refers_back(sentence: str) -> bool:
    """``bool(_ANAPHOR.search(sentence))``, each half searched in the lower-case sentence
    only when it holds a word that half needs."""
    if not (sentence.isascii() or _case_plain(sentence)):
        return _ANAPHOR.search(sentence) is not None
    low = sentence.lower()
    if "the" in low and _ANAPHOR_EN.search(low) is not None:
        return True
    return any(map(low.__contains__, _ANAPHOR_CYRILLIC_NEEDS)) and (
        _ANAPHOR_CYRILLIC.search(low) is not None
    )


# clauses of their own: "...; in Kherson ...", "..., while no one was hurt in ..."
_CLAUSE_BREAK = compiled(
    r";\s*|,\s+(?=(?:while|whereas|but|although|а|але|проте|тоді\s+як|но|однако|"
    r"в\s+то\s+время\s+как)\s)",
    re.IGNORECASE,
)


def _breakdown(
    clause: str, c0: int, marks: list[tuple[int, int, int]]
) -> tuple[list[tuple[int, int, int, int]], list[tuple[int, int, int]]]:
    """The places of a clause that states a total and then parts it after a colon ("Shelling
    wounded eight people in the Sumy region: five in Krasnopillia and three in Bilopillia";
    "пострадали четверо: трое в Валуйках, один в Короче"): the marks before the colon, each
    with where the colon stands in the clause, and those after it, which are the list; no
    head and all ``marks`` when no colon parts them so (or fewer than two places follow)."""
    for k in range(1, len(marks) - 1):
        colon = clause.find(":", marks[k - 1][1] - c0, marks[k][0] - c0)
        if colon >= 0:
            head = [(*mk, colon) for mk in marks[:k]]
            return head, marks[k:]
    return [], marks


def _elided_clause(
    clause: str,
    mark: tuple[int, int],
    before: str,
    lang: str | None,
    memo: dict[tuple, object] | None,
) -> tuple[dict[str, int], dict[str, int]]:
    """The figure of a clause that only names a place and a count after it
    (:func:`_item_count`), of the one kind of casualty the clause before states: "В Брянской
    области ранены пятеро; в Климове — трое", "... killed two; in Vovchansk – one"; and
    what the two clauses add up to ("В Таганроге пострадали 5 человек, а в Новошахтинске –
    2": 7); both empty otherwise."""
    start, end = mark
    if not _ELIDED_LEAD.fullmatch(clause, 0, start):
        return {}, {}
    value = _item_count(clause, end, len(clause), lang)
    if value is None and _ONE_AGED_AFTER.fullmatch(clause, end):
        value = 1  # "а в Марганці — 54-річного чоловіка": one person
    if value is None:
        return {}, {}
    read = extract_facts(before, lang, memo)
    kinds = [key for key in _CASUALTY_KEYS if key in read]
    if len(kinds) != 1:
        return {}, {}
    return {kinds[0]: value}, {kinds[0]: read[kinds[0]] + value}


# one person of an age, all that an elided clause tells after its place: "— 54-річного
# чоловіка", "– 70-летняя женщина", "– a 45-year-old man"
_ONE_AGED_AFTER = compiled(
    r"\s*[–—:-]?\s*(?:(?:ще|еще|ещё|another|a|an)\s+)?\d+[\s-]*(?:річн|летн|year-old)\w*\s+"
    r"(?:чолов|жін|мужчин|женщин|хлоп|дівчин|девушк|юнак|підліт|подрост|пенсіонер|пенсионер|"
    r"man|woman|boy|girl|teenager)\w*\s*[.;,!]?\s*",
    re.IGNORECASE,
)
# before the place of such a clause: "в", "а у", "і ще в", "and in", "у самому"
_ELIDED_LEAD = compiled(
    r"\s*(?:(?:а|і|и|й|та|ще|еще|ещё|and)\s+){0,2}(?:у|в|во|на|in)\s+"
    r"(?:(?:самому|самом|самій|самой|the\s+city\s+of)\s+)?",
    re.IGNORECASE,
)


def _clauses(sentence: str) -> list[tuple[int, int]]:
    """Character spans of the clauses of a sentence."""
    if ";" not in sentence and "," not in sentence:  # nothing to break at
        return [(0, len(sentence))] if sentence else []
    out, lo = [], 0
    for m in _CLAUSE_BREAK.finditer(sentence):
        out.append((lo, m.start()))
        lo = m.end()
    out.append((lo, len(sentence)))
    return [(a, b) for a, b in out if b > a]


def _names_other(starts: list[int] | tuple[int, ...], lo: int, hi: int) -> bool:
    """True when another place (not an impact) is named between ``lo`` and ``hi``."""
    return any(lo <= st < hi for st in starts)


def _one_city(places: list[ResolvedPlace], members: list[int]) -> int | None:
    """The city whose districts a sentence names ("damage in Sviatoshynskyi and
    Darnytskyi"), when that city is itself a place of the report."""
    parents = {places[i].place.parent for i in members}
    if len(parents) != 1 or None in parents:
        return None
    parent = parents.pop()
    return next((j for j, rp in enumerate(places) if rp.place.id == parent), None)


def _context_region(
    places: list[ResolvedPlace],
    dropped: list[tuple[int, int, int]],
    within: tuple[int, int],
    inner: list[tuple[int, int, int]],
) -> int | None:
    """The one first-level unit of the marks ``dropped`` as context (:func:`_contexts`)
    named ``within`` (start, end in the text) around every place of the marks ``inner``;
    None when there is none or more than one."""
    regions = {places[i].place.admin1 for _s, _e, i in inner}
    if len(regions) != 1:
        return None
    region = regions.pop()
    found = {
        i
        for s, _e, i in dropped
        if within[0] <= s < within[1]
        and places[i].place.kind == "admin1"
        and places[i].place.admin1 == region
    }
    return found.pop() if len(found) == 1 else None


def _city_of_listed(
    places: list[ResolvedPlace],
    owners: list[int],
    marks: list[tuple[int, int, int]],
    listed: set[int],
) -> int | None:
    """The city of a list of its districts that a clause names with no other place ("Kyiv's
    Solomianskyi and Sviatoshynskyi districts", "в Оболонському та Дарницькому районах
    Києва"), an impact place of the report, which takes the figures the clause tells of the
    whole list; None otherwise."""
    districts = [i for i in owners if places[i].place.kind == "district"]
    if len(districts) < 2 or len(districts) < len(owners) - 1:
        return None
    city = _one_city(places, districts)
    if city is None or places[city].role != "impact" or not set(owners) <= {city, *districts}:
        return None
    if not all(start in listed for start, _end, i in marks if i != city):
        return None
    return city


def _give_clause(
    texts: dict[int, list[str]],
    given: tuple[int, int] | None,
    idx: int,
    sentence: str,
    c0: int,
    c1: int,
) -> tuple[int, int]:
    """Give place ``idx`` the clause ``sentence[c0:c1]``; a clause right after one given
    whole to the same place (``given``: that place and where its text starts) extends that
    text, so that the two are read as the sentence they are ("Two drones targeted Izmail;
    both were shot down": the two shot down are of the drones). Returns what ``given`` is
    for the next clause."""
    if given is not None and given[0] == idx:
        texts[idx][-1] = sentence[given[1] : c1]
        return given
    texts.setdefault(idx, []).append(sentence[c0:c1])
    return idx, c0


def _units(places: list[ResolvedPlace], indices: list[int]) -> bool:
    """Whether any of the places at ``indices`` is a first-level unit."""
    return any(places[i].place.kind == "admin1" for i in indices)


def _only_its_region(
    places: list[ResolvedPlace], idx: int, si: int, seats: dict[int, set[int]]
) -> bool:
    """True when the only other places a sentence names are the first-level unit around
    place ``idx`` ("повідомив начальник Полтавської ОВА" after a strike in Kremenchuk)."""
    region = places[idx].place.admin1
    return all(
        places[j].place.kind == "admin1" and places[j].place.admin1 == region
        for j in seats.get(si, ())
    )


def _sentence_of(starts: list[int], pos: int) -> int:
    """Index of the last sentence starting at or before ``pos`` (0 when none does), given
    the sentences' ``starts``."""
    return max(bisect.bisect_right(starts, pos) - 1, 0)


_KIND_RANK = {"admin1": 3, "admin2": 2, "settlement": 1, "district": 0}
_ADJACENT = compiled(r"^[\s,()–—-]*(?:in|of|у|в)?[\s,()–—-]*$", re.IGNORECASE)
_LIST_GAP = compiled(
    r"^\s*(?:,\s*)?(?P<joined>(?:and|or|та|і|й|и|а\s+також|and\s+in|та\s+в)\s+)?"
    r"(?P<prep>(?:in|on|у|в|на|над)\s+)?$",
    re.IGNORECASE,
)


def _locates(
    text: str, mark: tuple[int, int, int], inner: list[tuple[int, int]] | tuple[()]
) -> bool:
    """Whether the first-level unit of ``mark`` locates a place inside it named in the same
    clause (no ";" between them: "В Брянской области ранены пятеро; в Климове — трое" names
    the region's figure and the town's)."""
    start, end, _ = mark
    return any(_no_clause_break(text[min(end, e) : max(start, s)]) for s, e in inner)


def _no_clause_break(between: str) -> bool:
    """Whether the words between a region and a place inside it leave them in one clause:
    no ";", and no figure told of the region itself ("ворог атакував Черкащину: у небі над
    областю знищено вісім дронів, уламки пошкодили будинки в Умані": the region's)."""
    if ";" in between:
        return False
    low = between.lower()
    return not (any(map(low.__contains__, _OVER_REGION_WORDS)) and _OVER_REGION.search(low))


# the region named again as where weapons were downed: "над областю", "над регіоном", "над
# регионом", "over the region"
_OVER_REGION = compiled(r"(?<!\w)(?:над\s+(?:областю|регіоном|регионом)|over\s+the\s+region)(?!\w)")
_OVER_REGION_WORDS = ("над", "over")


# a place preposition right before a raion: "у Нікопольському районі", "in the Izium district"
_IN_UNIT = compiled(r"(?<!\w)(?:in|у|в|на)\s+(?:the\s+)?$", re.IGNORECASE)


def _raions_as_context(
    text: str, places: list[ResolvedPlace], marks: list[tuple[int, int, int]]
) -> list[tuple[int, int, int]]:
    """``marks`` without the raions named as what was struck, not where ("Внаслідок обстрілу
    Куп'янського району загинули двоє людей у Куп'янську"), that locate a settlement of their
    region named after them in the same clause: the figures are the settlement's. A raion
    named as where ("У Нікопольському районі загинув чоловік, у Марганці ...") or after the
    settlement ("атаковали город Белгород и Белгородский район") keeps its own."""
    towns: dict[str | None, list[tuple[int, int]]] = {}
    for start, end, i in marks:
        if places[i].place.kind in ("settlement", "district"):
            towns.setdefault(places[i].place.admin1, []).append((start, end))
    out = []
    for mk in marks:
        start, end, i = mk
        place = places[i].place
        if (
            place.kind == "admin2"
            and _IN_UNIT.search(text, max(start - 8, 0), start) is None
            and _locates(text, mk, [se for se in towns.get(place.admin1, ()) if se[0] > end])
        ):
            continue
        out.append(mk)
    return out


def _contexts(
    text: str, places: list[ResolvedPlace], marks: list[tuple[int, int, int]]
) -> list[tuple[int, int, int]]:
    """Drop the mentions that only locate another place: a first-level unit named in the
    same sentence as a place inside it ("Izium, in the Kharkiv region"), and a coarser unit
    named right beside a finer one of the same region ("Боярської громади Фастівського
    району"). A single mention locates nothing else and is kept."""
    if len(marks) == 1:
        return marks
    inner: dict[str | None, list[tuple[int, int]]] = {}
    for start, end, i in marks:
        if places[i].place.kind != "admin1":
            inner.setdefault(places[i].place.admin1, []).append((start, end))
    if any(places[i].place.kind == "admin2" for _s, _e, i in marks):
        marks = _raions_as_context(text, places, marks)
    kept = [
        mk
        for mk in marks
        if not (
            places[mk[2]].place.kind == "admin1"
            and _locates(text, mk, inner.get(places[mk[2]].place.admin1, ()))
        )
    ]
    drop: set[int] = set()
    for (_s0, e0, i0), (s1, _e1, i1) in pairwise(kept):
        a, b = places[i0].place, places[i1].place
        if a.admin1 == b.admin1 and _ADJACENT.match(text[e0:s1]):
            rank_a, rank_b = _KIND_RANK.get(a.kind, 1), _KIND_RANK.get(b.kind, 1)
            if rank_a != rank_b:
                drop.add(i0 if rank_a > rank_b else i1)
    return [mk for mk in kept if mk[2] not in drop]


def _listed(text: str, marks: list[tuple[int, int, int]]) -> set[int]:
    """Where the mentions named in a list start ("в Одеській, Київській та Полтавській
    областях"): a figure told of the whole list belongs to none of them alone. A place of
    the list named again on its own ("по Одесі та Ізмаїлу: в Одесі двоє загиблих, ...")
    takes that mention's figures."""
    out: set[int] = set()
    for (s0, e0, i0), (s1, _e1, i1) in pairwise(marks):
        if (
            i0 != i1
            and (gap := _LIST_GAP.match(text[e0:s1])) is not None
            # (a preposition after a comma opens a list's item only where the item before
            # has one too, or is an item itself: not "Погиб житель Брянска, в Рыльске ...")
            and (
                gap.group("prep") is None
                or gap.group("joined") is not None
                or s0 in out
                or _PREPOSITION_BEFORE.search(text, max(0, s0 - 8), s0) is not None
            )
        ):
            out |= {s0, s1}
    return out


_PREPOSITION_BEFORE = compiled(r"(?<!\w)(?:in|on|over|у|в|во|на|над)\s+$", re.IGNORECASE)


_FIRST_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                       "ten", "dozen")  # fmt: skip
_FIRST_NUMBER = compiled(rf"\d|\b(?:{'|'.join(_FIRST_NUMBER_WORDS)})\b", re.IGNORECASE)
# how far past ``end`` a match of :data:`_FIRST_NUMBER` starting before ``end`` reads: a
# match at ``end - 1`` reads its longest word (ignoring case matches one character for one)
# and the character after it, which the word boundary looks at
_FIRST_NUMBER_REACH = max(map(len, _FIRST_NUMBER_WORDS))
_DIGITS = compiled(r"\d[\d\s,.]*")
_NUMBER_DIGITS = compiled(r"\d+")


def _number_before(sentence: str, end: int) -> int | None:
    """Where the first number of ``sentence`` (:data:`_FIRST_NUMBER`) starts, when it starts
    before ``end``; None otherwise. Only the characters a number starting before ``end`` can
    reach are searched, not the rest of a long sentence."""
    at, stop = 0, end + _FIRST_NUMBER_REACH
    while (found := _FIRST_NUMBER.search(sentence, at, stop)) is not None:
        if found.start() >= end:
            return None
        if not sentence[found.start()].isdecimal():
            return found.start()
        digits = _NUMBER_DIGITS.match(sentence, found.start())
        if not _no_count(sentence, digits):  # type: ignore[arg-type]
            return found.start()
        at = digits.end()  # type: ignore[union-attr]
    return None


def _pieces(
    sentence: str,
    s0: int,
    marks: list[tuple[int, int, int]],
    first_number: int | None,
    lang: str | None = None,
    memo: dict[tuple, object] | None = None,
) -> list[tuple[int, str]]:
    """Cut a sentence naming several places into one piece per place.

    ``marks`` are (start, end, place index) of the mentions, in text order. When the figures
    come before their places ("killed two in Odesa and ..."; ``first_number``: where the
    first number starts, see :func:`_list_of`), each piece ends with its place; otherwise
    (None: "In Odesa two died, in Kherson ...") each piece starts with it. The words before
    the first figure ("Air defences shot down", "Сбиты ...:") are what every piece is
    about, so they go before each piece, without their own numbers, and before its count
    when only a conjunction stands before that ("killed three in Kharkiv and two in Sumy":
    :func:`_item_start`) and the first piece reads one kind of casualty figure at most (not
    "Загинули 7 людей, поранено 14, зокрема 4 у Херсоні та 3 у ...").
    """
    first_mark = marks[0][0] - s0
    cut = max(sentence.rfind(":", 0, first_mark), sentence.rfind(";", 0, first_mark))
    out: list[tuple[int, str]] = []
    if first_number is not None:
        lo = cut + 1
        for _start, end, idx in marks:
            out.append((idx, sentence[lo : end - s0]))
            lo = end - s0
        if sentence[lo:].strip():  # the tail after the last place goes with it
            idx, piece = out[-1]
            out[-1] = (idx, piece + sentence[lo:])
    else:
        bounds = [_with_preposition(sentence, start - s0) for start, _end, _idx in marks]
        bounds.append(len(sentence))
        for k in range(1, len(marks)):
            bounds[k] = _counted_before(sentence, bounds[k - 1], marks[k][0] - s0, lang, bounds[k])
        for k, (_start, _end, idx) in enumerate(marks):
            out.append((idx, sentence[bounds[k] : bounds[k + 1]]))
        lead = sentence[cut + 1 : bounds[0]]
        # the words before the first place may name its figure: "Поранених у Херсоні вже
        # dev'ятеро, у Бериславі — двоє"; or the person its figure tells of: "Житель
        # Брянска погиб, в Рыльске ..."
        if lead.strip() and (
            (
                may_state_casualties(lead, lang)
                and not _casualty_kinds(out[0][1], lang, memo)
                and _casualty_kinds(lead + out[0][1], lang, memo)
            )
            or _PERSON_OF_PLACE.search(lead) is not None
        ):
            out[0] = (out[0][0], lead + out[0][1])
    if first_number is None:  # "In Odesa two died, in Kherson ...": each piece holds its words
        return out
    head_end = max(first_number, cut + 1)  # the head, without its numbers in words or digits
    words = _counted_words(sentence, head_end, lang)
    head = _HEAD_NUMBER.sub(" ", _blanked(sentence, 0, head_end, lang, words, digits=False))
    if cut >= 0 and sentence[cut] == ":":  # "пострадали семь человек: четверо в A": read on
        head = f"{head[:cut]} {head[cut + 1 :]}"
    pieces = [
        (idx, piece if k == 0 and cut < 0 else f"{head} \x00{piece.lstrip(' ,;–—-')}")
        for k, (idx, piece) in enumerate(out)
    ]
    one_kind: bool | None = None  # whether the first piece reads one casualty kind at most
    for k in range(1, len(pieces)):
        idx, piece = pieces[k]
        at = piece.index("\x00") + 1
        item = _item_start(piece, at, lang)
        if item == at:
            continue
        if one_kind is None:
            one_kind = _casualty_kinds(out[0][1], lang, memo) < 2
        # an item with a verb of its own ("и двое ранены в ...") is no elided one
        if one_kind and not _casualty_kinds(piece[at:], lang, memo):
            pieces[k] = (idx, piece[:at] + piece[item:])
    item = _first_item(sentence, first_number, first_mark) if cut < 0 else None
    if item is not None:  # "destroyed 25 drones, 14 over the Tula region and ...": 14 its own
        idx, piece = pieces[0]
        pieces[0] = (idx, f"{_HEAD_NUMBER.sub(' ', piece[:item])} \x00{piece[item:]}")
    return pieces


# one person of the place named next, as a clause's first words: "Житель Брянска погиб",
# "Мешканка Херсона поранена", "A resident of Kherson was hurt"
_PERSON_OF_PLACE = compiled(
    r"^\s*(?:(?:ещё|еще|ще|also|another)\s+)?(?:(?:\d+-?(?:летн|річн)\w*|[\w-]+(?:ий|ая|ій|а))\s+)?"
    r"(?:житель|жительница|мешканець|мешканка|уроженец|уроженка|уродженець|уродженка|"
    r"(?:a\s+)?(?:resident|man|woman)\s+(?:of|from))\s+$",
    re.IGNORECASE,
)


# the words that join the items of a list, and the unit words that may follow a place
_AND_WORD = r"(?:and|та|і|й|и|а)"
_UNIT_WORD = r"(?:област\w*|обл\.|регион\w*|район\w*|громад\w*|кра[йюя]\w*|region|oblast|district)"
# a conjunction before the count of a later item of a list ("and two in Sumy", "та 2 у Сумах")
_ITEM_AND = compiled(rf"{_AND_WORD}\s+", re.IGNORECASE)


def _item_start(piece: str, at: int, lang: str | None) -> int:
    """Where the count of ``piece`` (a later item of a list whose counts come before their
    places, from ``at`` on) starts when only a conjunction stands before it ("and two in
    Sumy": the words before the list then read "two" as they read the first count);
    ``at`` otherwise."""
    found = _ITEM_AND.match(piece, at)
    if found is not None and _number_at(piece, found.end(), lang) is not None:
        return found.end()
    return at


def _casualty_kinds(text: str, lang: str | None, memo: dict[tuple, object] | None) -> int:
    """How many kinds of casualty figure (killed, wounded) ``text`` reads."""
    read = extract_facts(text, lang, memo)
    return sum(key in read for key in _CASUALTY_KEYS)


def _counted_before(sentence: str, lo: int, mark: int, lang: str | None, start: int) -> int:
    """Where the piece of the place at ``mark`` starts when the piece before it (from
    ``lo``) ends with a clause that counts this place before naming it ("In Sumy, 12
    drones were shot down, and debris injured two people in Konotop": the clause after the
    last comma, its count right before the place, :data:`_ITEM_GAP`); ``start``
    otherwise."""
    comma = sentence.rfind(",", lo, mark)
    if comma <= lo:
        return start
    # a number before the last comma is no count right before the place: no comma stands
    # in :data:`_ITEM_GAP`
    numbers = _numbers(sentence, comma + 1, mark, lang)
    if not numbers:  # "..., killing a woman in Orikhiv": one person, told without a number
        one = _ONE_VICTIM_BEFORE.search(sentence, comma + 1, mark) if lang == "en" else None
        return comma + 1 if one is not None else start
    end = numbers[-1][1]
    if _ITEM_GAP.fullmatch(sentence, end, mark) or _COUNT_VERB_GAP.fullmatch(sentence, end, mark):
        return comma + 1
    return start


def _with_preposition(sentence: str, start: int) -> int:
    """Where the place starting at ``start`` of ``sentence`` starts with the preposition
    before it ("у Сумах", "in Sumy"): a piece that starts with its place holds it ("В
    Охтирці поранено ...": the town in the locative, not a man from it)."""
    found = _PLACE_BEFORE.search(sentence, max(start - _PREPOSITION_REACH, 0), start)
    return found.start() if found is not None else start


def _first_item(sentence: str, first_number: int, first_mark: int) -> int | None:
    """Where the count of the first place of a list stands when another number (a total)
    comes before it in the same piece, parted from it (:data:`_BREAK`: "destroyed 25
    drones, 14 over the Tula region"): a number in digits right before the place
    (:data:`_ITEM_GAP`) after ``first_number``; None otherwise ("killed 3 and wounded 7 in
    Kherson": both the place's)."""
    found = list(_NUMBER_DIGITS.finditer(sentence, first_number, first_mark))
    if len(found) < 2 or found[-1].start() <= first_number:
        return None
    last = found[-1]
    if not _BREAK.search(sentence, found[-2].end(), last.start()):
        return None
    return last.start() if _ITEM_GAP.fullmatch(sentence, last.end(), first_mark) else None


def _list_items(
    shape: _List, lang: str | None, memo: dict[tuple, object] | None = None
) -> dict[int, dict[str, int]]:
    """Figures of a list that gives one number per place ("12 над Курской, 9 над Тульской";
    "36 over the Rostov region and twelve over Belgorod"; "семь – над Калужской, три – над
    Орловской"): read the sentence with the numbers before the first place taken out (a
    stated total), then again without each place's own numbers, in digits or in words
    (:func:`_word_numbers`); what a place's numbers add is its figure. The one place whose
    figure that reading cannot tell (the count its verb reads, "29 were downed over A and one
    over B") takes what the others leave (:func:`_fill_remainder`).

    ``shape`` is the sentence as :func:`_list_of` cuts it. The mentions it was told are named
    in a list (``skip``, :func:`_listed`, a figure of which belongs to none of them alone)
    are read only as a group told a number of each ("по три – над Курской и Белгородской",
    :func:`_each`); otherwise they are left out of the result, while their mentions still
    bound their neighbours' numbers."""
    base = extract_facts(shape.text, lang, memo)
    read: list[_Read] = []  # the groups read
    if any(key in base for key in _WEAPON_KEYS):
        read = _subtracted(shape, lang, base, memo)
        _fill_remainder(base, read)
    out: dict[int, dict[str, int]] = {}
    for group in read:
        if group.found:
            for _start, _end, idx in shape.marks[group.k0 : group.k1 + 1]:
                out[idx] = group.found
    return out


class _Read(NamedTuple):
    """A group of places of a list read again without its numbers (:func:`_subtracted`)."""

    k0: int  # its first mark
    k1: int  # its last mark
    written: set[int]  # the numbers written of it (one told of each place, for a list)
    found: dict[str, int]  # the figure of each of its places, by kind
    added: dict[str, int]  # what its numbers add to the sentence's figures, by kind


class _List(NamedTuple):
    """A sentence naming several places, as :func:`_list_items` and :func:`_stated_items`
    read it."""

    whole: str  # the sentence
    text: str  # the sentence with the numbers before its list (after ":" or ";") blanked
    marks: list[tuple[int, int, int]]  # (start, end, place index) of its mentions
    bounds: list[tuple[int, int]]  # the mentions' spans in the sentence
    cut: int  # where the head before the list ends (the ":" or ";"), -1 when none
    number_first: bool  # whether each place's number comes before it ("12 над Курской")
    groups: list[tuple[int, int]]  # first and last mark of each group (:func:`_groups`)
    lead: int  # where the first place's numbers start when numbers come first
    first_number: int | None  # where the first number starts when numbers come first


def _list_of(
    sentence: str,
    s0: int,
    marks: list[tuple[int, int, int]],
    lang: str | None,
    skip: set[int] | frozenset[int] = frozenset(),
) -> _List:
    """The :class:`_List` of ``sentence`` (at ``s0``) with the mentions ``marks``, those
    starting at ``skip`` named in a list (:func:`_listed`)."""
    first = marks[0][0] - s0
    cut = max(sentence.rfind(":", 0, first), sentence.rfind(";", 0, first))
    head_end = max(cut + 1, 0) if cut >= 0 else 0
    text = sentence
    if cut >= 0:  # a stated total before the list ("Сбиты 30 дронов: ...") is not an item
        text = _blanked(sentence, 0, head_end, lang) + sentence[head_end:]
    bounds = [(start - s0, end - s0) for start, end, _ in marks]
    before = _numbers(text, head_end, first, lang)
    number_first = bool(before) and (
        # a number right after a place too ("За двое суток над A – 12, над B – три"): first
        # only when the last number before the first place is its count ("12 над A")
        not any(_number_follows(text, end, lang) for _start, end in bounds)
        or _ITEM_GAP.fullmatch(text, before[-1][1], first) is not None
    )
    lead, first_number = cut + 1, None
    if number_first:  # the first place's numbers: from the last break before its count on
        k = len(before) - 1
        while k and not _BREAK.search(text, before[k - 1][1], before[k][0]):
            k -= 1  # "killed 3 and wounded 7 in Kherson": both its own
        lead = before[k][0]  # not a total before it ("destroyed 25 drones, 14 over Tula")
        # where the pieces' head ends: in the sentence as written (a total before ":" too)
        first_number = _number_before(sentence, first)
        first_number = before[0][0] if first_number is None else first_number
    groups = _groups(text, bounds, marks, skip)
    return _List(sentence, text, marks, bounds, cut, number_first, groups, lead, first_number)


# the people a count counts
_PEOPLE = (
    r"(?:people|persons?|civilians?|residents?|child(?:ren)?|men|women|man|woman|человек\w*|"
    r"людей|людин\w*|люди|осіб|особи|"
    r"жител\w*|мешкан\w*|цивільн\w*)"
)
# a number in the words before a list, taken out of them with the people it counts: "2
# человека" left as "человека" would read as one
_PEOPLE_AFTER = compiled(rf"\s+(?:\w+\s+)?{_PEOPLE}(?!\w)", re.IGNORECASE)
_HEAD_NUMBER = compiled(rf"\d[\d\s,.]*(?:(?:\w+\s+)?{_PEOPLE}(?!\w))?", re.IGNORECASE)
# what stands between a count and the place it is told of in a list: "21 over the", "15 of
# them over the", "12 drones over", "9 were shot down over", "18 над", "12 — на", "5 из них в"
_ITEM_GAP = compiled(
    r"\s*(?:[–—-]\s*)?"
    rf"(?:(?:of\s+(?:them|those|which)|more|drones?|missiles?|uavs?|(?:\w+\s+)?{_PEOPLE})\s+)?"
    r"(?:(?:were|was)\s+(?:\w+\s+){0,2}|died\s+)?"
    r"(?:(?:in\s+the\s+sky\s+)?(?:over|above|in|near)\s+(?:the\s+)?"
    r"|(?:(?:з|из)\s+них\s+)?(?:над|на|в|у)\s+(?:територією\s+|территорией\s+|акваторією\s+|"
    r"акваторией\s+)?)",
    re.IGNORECASE,
)
# one person told without a number, right before the place they were hurt in: "killing a
# woman in", "injuring a 60-year-old man in the village of" (:func:`_counted_before`)
_ONE_VICTIM_BEFORE = compiled(
    r"\b(?:killing|injuring|wounding|killed|injured|wounded)\s+(?:a|an)\s+(?:[\w-]+\s+)?"
    r"(?:man|woman|child|boy|girl|person|civilian|resident|teenager|driver|pensioner)\s+"
    r"(?:in|near|at)\s+(?:the\s+(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)
# a count, its people and a verb of what befell them before a place: "ще двох людей
# поранено в", "еще трое ранены в" (:func:`_counted_before`)
_COUNT_VERB_GAP = compiled(
    rf"(?:\s+(?:\w+\s+)?{_PEOPLE})?\s+"
    rf"(?:{'|'.join((*KILLED_STEMS, *WOUNDED_STEMS, 'госпіталізован', 'госпитализирован'))})"
    r"\w*\s+(?:в|у|на|во)\s+",
    re.IGNORECASE,
)
# the figures a list may state a count of per place (:func:`_stated_items`)
_LIST_KEYS = ("killed", "wounded", "drones", "missiles", "intercepted")
# words saying that the counts of a list are part of a figure stated before them
_PART_MARK = compiled(
    r"\b(?:including|among\s+them|of\s+(?:them|which|those))\b|(?<!\w)(?:в\s+том\s+числе|"
    r"у\s+тому\s+числі|из\s+них|з\s+них|среди\s+них|серед\s+них|зокрема|включая|"
    r"включно\s+з)(?!\w)",
    re.IGNORECASE,
)

# a part of a figure told of one place after the figure (:func:`_part_of`): ", including
# four in Kostiantynivka", ", 10 of them in the city of Zaporizhzhia", ", з них п'ятеро — у
# Херсоні", ", из них трое в Шебекино"
_PART_BEFORE = compiled(
    r"[,;(]\s*(?:(?:including|among\s+them|зокрема|у\s+тому\s+числі|в\s+тому\s+числі|"
    r"в\s+том\s+числе|з\s+них|из\s+них|серед\s+них|среди\s+них)\s+(?P<count>[^\W_])"
    r"|(?P<count_of>[^\W_])[\w'’ʼ-]*\s+(?:of\s+(?:them|whom)|з\s+них|из\s+них))"
    r"[^,;:.()]{0,40}?(?:in|over|у|в|на|над)\s+"
    r"(?:the\s+(?:(?:city|town|village)\s+of\s+)?|самому\s+|самом\s+|самій\s+|самой\s+)?$",
    re.IGNORECASE,
)
# the kinds a part may be of, in the order tried: the downed before the launched ("14
# drones destroyed, including six over Voronezh" tells both)
_PART_KEYS = ("killed", "wounded", "intercepted", "drones", "missiles")
_PART_BEFORE_REACH = 90  # the characters before a place that :data:`_PART_BEFORE` looks at
# words one of which every match of :data:`_PART_BEFORE` holds, as written
_PART_WORDS = ("includ", "among", "of them", "of whom", "них", "числ", "зокрема")


def _part_of(
    clause: str, start: int, lang: str | None, memo: dict[tuple, object] | None
) -> tuple[int, dict[str, int]] | None:
    """The part of a figure that a clause tells of the place starting at ``start`` after the
    figure (:data:`_PART_BEFORE`: "killed six people across the region, including four in
    Kostiantynivka"): where the part begins, and the count under the kind of the figure it
    parts (the last count before it, :func:`_count_before`); None when the clause tells none,
    or a count no smaller than the figure."""
    if not any(map(clause.__contains__, _PART_WORDS)):
        return None
    m = _PART_BEFORE.search(clause, max(start - _PART_BEFORE_REACH, 0), start)
    if m is None:
        return None
    found = _number_at(clause, m.start("count" if m.group("count") else "count_of"), lang)
    if found is None:
        return None
    head = clause[: m.start()]
    read = extract_facts(head, lang, memo)
    for key in _PART_KEYS:
        total = read.get(key)
        if (
            total is not None
            and found[1] < total
            and _count_before(head, len(head), total, key, lang)
        ):
            return m.start(), {key: found[1]}
    return None


# what parts a total from the count of the first place of a list: "destroyed 25 drones, 14
# over ...", "40 drones: 21 over ...", "including", "из них"
_BREAK = compiled(rf"[,:;]|{_PART_MARK.pattern}", re.IGNORECASE)
# what may stand between the last place of a list and its number when numbers follow their
# places: "над Брянской – семь", "Курской областью — 12", "Kharkiv: 3"
_PLACE_TAIL = compiled(rf"\s*(?:{_UNIT_WORD}\s*)?[–—:-]\s*", re.IGNORECASE)


def _number_follows(text: str, end: int, lang: str | None) -> bool:
    """Whether a number follows a place ending at ``end`` as it does in a list whose
    numbers follow their places (:data:`_PLACE_TAIL`: "над Брянской – семь"), not a time,
    a date or another figure further on ("..., и один человек ранен", "at 9:00")."""
    tail = _PLACE_TAIL.match(text, end)
    if tail is None:
        return False
    found = _number_at(text, tail.end(), lang)
    # "in Kherson - 2 men and a woman -": who they were, not the next place's count
    return found is not None and _WHO_AFTER.match(text, found[0]) is None


def _number_at(text: str, at: int, lang: str | None) -> tuple[int, int] | None:
    """(end, value) of the number, in digits or in words, that starts at ``at`` of
    ``text``; None when none does."""
    if text[at : at + 1].isdecimal():
        digits = _NUMBER_DIGITS.match(text, at)
        return digits.end(), int(digits.group())  # type: ignore[union-attr]
    words = _word_numbers(text, at, min(len(text), at + _WORD_REACH), lang)
    if not words or words[0][0] != at:
        return None
    return words[0][1], words[0][2]


_WORD_REACH = 40  # the characters a number in words at a place is looked for in
_WHO_AFTER = compiled(
    r"\s+(?:men|women|man|woman|children|child|boys?|girls?|мужчин\w*|женщин\w*|дет\w*|"
    r"ребен\w*|чоловік\w*|жін\w*|діт\w*|дитин\w*)(?!\w)",
    re.IGNORECASE,
)


def _numbers(text: str, lo: int, hi: int, lang: str | None) -> list[tuple[int, int, int]]:
    """The numbers written between ``lo`` and ``hi`` of ``text``, in digits or in words
    (:func:`_word_numbers`), as (start, end, value) in text order; not the hours and
    minutes of a time ("09:00") nor the day of a date ("14 травня", "May 14")."""
    digits = [
        (m.start(), m.end(), int(m.group()))
        for m in _NUMBER_DIGITS.finditer(text, lo, hi)
        if not _no_count(text, m)
    ]
    return sorted(digits + _word_numbers(text, lo, hi, lang))


def _no_count(text: str, digits: re.Match[str]) -> bool:
    """Whether ``digits`` (a match of digits in ``text``) write the hours or minutes of a
    time ("09:00"), the day of a date ("14 травня", "May 14") or a house's number ("вул.
    Сумська, 12"): no count."""
    start, end = digits.span()
    return bool(
        _CLOCK.match(text, end)
        or text[start - 1 : start] == ":"
        or _MONTH_AFTER.match(text, end)
        or _MONTH_BEFORE.search(text, max(start - _MONTH_REACH, 0), start)
        or house_number(text, start)
    )


_CLOCK = compiled(r"[:.]\d\d(?!\d)")  # "09:00", "5.20": a time, no count
_MONTH_AFTER = compiled(  # "14 травня", "12 мая", "14 May", "14th of May"
    rf"(?:st|nd|rd|th)?\s+(?:of\s+)?{alternation([*MONTHS, *MONTHS_UK_RU])}(?!\w)", re.IGNORECASE
)
_MONTH_BEFORE = compiled(rf"(?<!\w){alternation(list(MONTHS))}\s+$", re.IGNORECASE)  # "May 14"
_MONTH_REACH = max(map(len, MONTHS)) + 2


def _subtracted(
    shape: _List, lang: str | None, base: dict[str, int], memo: dict[tuple, object] | None = None
) -> list[_Read]:
    """The groups of :func:`_list_items` read again without their own numbers, with what
    those add to ``base`` (the reading of the sentence, ``shape.text``, with ``memo``)."""
    sentence = shape.text
    # what a place's numbers add is at most the figure itself (no figure is negative)
    largest = max(base[key] for key in _WEAPON_KEYS if key in base)
    read: list[_Read] = []
    for k0, k1 in shape.groups:
        lo, hi = _segment(shape, k0, k1)
        numbers = _numbers(sentence, lo, hi, lang)
        words = [n for n in numbers if not sentence[n[0]].isdecimal()]
        if k1 > k0:  # a list's places take a number only when it is told of each of them
            each = _each(sentence, numbers, shape.bounds[k0][0])
            written = {each} if each is not None else set()
        else:
            written = {value for _, _, value in numbers}
            weapons = [n for n in numbers if _WEAPON_COUNT.match(sentence, n[1], hi)]
            if len(weapons) > 1:  # "3 missiles and 15 drones over the Kyiv region": 18 too
                written.add(sum(value for _, _, value in weapons))
        if not written or min(written) > largest:
            continue  # no number of its own that could be a figure of its own
        rest = _without(sentence, lo, hi, lang, words, memo)
        # what the numbers add: a number of the place's own, or told of each place of a
        # group once or once per place (readings differ on "по три – над A и B")
        added = {key: base[key] - rest.get(key, 0) for key in _WEAPON_KEYS if key in base}
        found: dict[str, int] = {}
        for key, value in added.items():
            figure = _figure_of(value, written, k1 - k0 + 1)
            if figure is not None:
                found[key] = figure
        read.append(_Read(k0, k1, written, found, added))
    return read


def _without(
    sentence: str,
    lo: int,
    hi: int,
    lang: str | None,
    words: list[tuple[int, int, int]],
    memo: dict[tuple, object] | None,
) -> dict[str, int]:
    """The figures of ``sentence`` read with its numbers between ``lo`` and ``hi`` blanked
    (:func:`_blanked`; ``words``: those in words there). A text read only here: keeping its
    sentences' figures in ``memo`` would only cost, but a Ukrainian or Russian sentence
    takes the words of ``sentence``, read with ``memo``, instead of splitting its own
    (:func:`geo.understand.facts_uk_ru.extract_facts_blanked`)."""
    if lang in ("uk", "ru"):
        from geo.understand.facts_uk_ru import extract_facts_blanked  # loaded with uk/ru rules

        return extract_facts_blanked(sentence, _blanks(sentence, lo, hi, lang, words), lang, memo)
    return extract_facts(
        sentence[:lo] + _blanked(sentence, lo, hi, lang, words) + sentence[hi:], lang
    )


def _segment(shape: _List, k0: int, k1: int) -> tuple[int, int]:
    """Where the numbers of the group of marks ``k0`` to ``k1`` of ``shape`` stand: from
    the end of the mark before (for the first, ``shape.lead``: after the head, or at its
    own count after a total) to its last mark's end when numbers come first ("12 над
    Курской"), else from its first mark to the next mark ("над Курской –
    12") or the sentence's end."""
    bounds = shape.bounds
    if shape.number_first:
        return (bounds[k0 - 1][1] if k0 else shape.lead), bounds[k1][1]
    return bounds[k0][0], (bounds[k1 + 1][0] if k1 + 1 < len(bounds) else len(shape.text))


def _stated_items(
    shape: _List, lang: str | None, memo: dict[tuple, object] | None
) -> dict[int, dict[str, int]]:
    """The counts a list states right before its places ("destroyed 40 drones: 21 over the
    Belgorod region, 11 over Kursk and 8 over Voronezh"; "40 drones, including 21 over
    ..."), which reading the sentence without them cannot tell when its verb counts only the
    total.

    The counts, one after the other with nothing but "," or "and" between a place and the
    next count (:data:`_LIST_SEP`), are figures of the one kind of figure the sentence
    states (:data:`_LIST_KEYS`) when they add up to it, or when a word says they are part
    of it (:data:`_PART_MARK`) and add up to no more; the figure must be written before the
    list as a count of its kind ("7 people", "40 drones": :func:`_count_before`), not be one
    stated after the list or a count of something else ("8 houses"). They are meant to
    replace what the place's piece of the sentence reads, which holds the total when nothing
    parts it from the first place ("destroyed 25 drones, 15 of them over ...")."""
    out: dict[int, dict[str, int]] = {}
    groups = shape.groups
    if len(groups) < 2 and not (groups and groups[0][1] > groups[0][0]):
        return out  # one place alone is no list (a group told a count of each may be)
    whole, bounds = shape.whole, shape.bounds
    items = _counts_before(shape, lang) if shape.number_first else _counts_after(shape, lang)
    if len(items) < 2 and not (items and items[0][1] > items[0][0]):
        return out  # one place's count is no list (one told of each of a group is)
    # where the list starts: at its first count ("10 people were wounded – 6 in Sumy, ..."),
    # or at its first place when the counts follow their places
    lead = items[0][3]
    stated = extract_facts(whole, lang, memo)
    told = {  # the figures a count before the list states, of a word of their kind
        key: stated[key]
        for key in _LIST_KEYS
        if key in stated and _count_before(whole, lead, stated[key], key, lang)
    }
    total = sum(value * (k1 - k0 + 1) for k0, k1, value, _at in items)
    keys = [key for key, value in told.items() if value == total]
    weapons = [key for key in _WEAPON_KEYS if key in stated]
    if not keys and _PART_MARK.search(whole, 0, bounds[items[0][0]][0]) and len(weapons) < 2:
        # a part of the one figure of its kind ("launched 60 drones, of which 40 were shot
        # down over ...": of two weapon figures, which one is not told)
        keys = [key for key, value in told.items() if value >= total]
    if len(keys) != 1:
        return out  # no kind, or more than one, that the counts are figures of
    for k0, k1, value, _at in items:
        for _start, _end, idx in shape.marks[k0 : k1 + 1]:
            out[idx] = {keys[0]: value}
    return out


def _elided_items(
    shape: _List, lang: str | None, memo: dict[tuple, object] | None
) -> tuple[dict[int, dict[str, int]], dict[str, int]]:
    """The counts of a list whose later items leave out the words of the figure the item
    before them states: "у Харкові поранено 7 людей, у Чугуєві – 2", "в Белгороде ранены 4
    человека, в Шебекино – 2, в Грайвороне – один" (:func:`_count_after`); "Two people were
    killed in Kryvyi Rih and three in Dnipro" (:func:`_counts_before`). Each such count is
    a figure of the one casualty kind the item right before it reads or takes; an item
    reading both kinds, or none, passes on none.

    Returns the figures of the places so read, and what each kind's list adds up to (the
    items of the kind before and with those left out) when any was read."""
    out: dict[int, dict[str, int]] = {}
    if len(shape.groups) < 2 or not may_state_casualties(shape.whole, lang):
        return out, {}  # no word a casualty figure is read from: no item reads one
    whole, bounds = shape.whole, shape.bounds
    if shape.number_first:
        counts = {k0: value for k0, k1, value, _at in _counts_before(shape, lang) if k1 == k0}
    else:
        counts = {k0: _count_after(shape, k0, lang) for k0, k1 in shape.groups if k0 == k1}
    counts.pop(shape.groups[0][0], None)  # the first item states its own figure
    if not any(value is not None for value in counts.values()):
        return out, {}
    kind, last = None, -1
    sums: dict[str, int] = {}  # what each kind's run of items adds up to
    run: dict[str, int] = {}  # the figures of the run the items left out join, by kind
    groups = shape.groups
    counted = [counts.get(k0) is not None for k0, _k1 in groups]
    for g, (k0, k1) in enumerate(groups):
        if not counted[g] and not (g + 1 < len(groups) and counted[g + 1]):
            kind, run, last = None, {}, k1  # no count of its own nor after it: not read
            continue
        if shape.number_first:  # the item ends with its place
            lo, hi = (bounds[k0 - 1][1] if k0 else 0), bounds[k1][1]
        else:  # the item starts with its place, and the preposition before it
            lo = _with_preposition(whole, bounds[k0][0])
            hi = _with_preposition(whole, bounds[k1 + 1][0]) if k1 + 1 < len(bounds) else len(whole)
        read = extract_facts(whole[lo:hi], lang, memo)
        if (
            g == 0
            and lo
            and not any(key in read for key in _CASUALTY_KEYS)
            and may_state_casualties(whole[:lo], lang)
        ):
            # the words before the first place name the figure ("Поранених у Херсоні вже
            # дев'ятеро, у Бериславі — двоє")
            read = extract_facts(whole[:hi], lang, memo)
        kinds = [key for key in _CASUALTY_KEYS if key in read]
        value = counts.get(k0) if kind is not None and k0 == last + 1 else None
        if value is not None and not kinds:  # "... and two were wounded in ...": its own verb
            out[shape.marks[k0][2]] = {kind: value}  # type: ignore[dict-item]
            run[kind] += value  # type: ignore[index]
            sums[kind] = max(sums.get(kind, 0), run[kind])  # type: ignore[index]
        else:
            kind = kinds[0] if len(kinds) == 1 else None
            run = {kind: read[kind]} if kind is not None else {}
        last = k1
    return out, sums


def _counts_before(shape: _List, lang: str | None) -> list[tuple[int, int, int, int]]:
    """(first mark, last mark, count, where the count starts) of each group of a list whose
    counts come right before their places ("21 over the Belgorod region, 11 over Kursk"), up
    to the first group without one."""
    whole, bounds = shape.whole, shape.bounds
    items: list[tuple[int, int, int, int]] = []
    for k0, k1 in shape.groups:
        lo, hi = (bounds[k0 - 1][1] if k0 else shape.lead), bounds[k0][0]
        numbers = _numbers(whole, lo, hi, lang)
        if not numbers or not _ITEM_GAP.fullmatch(whole, numbers[-1][1], hi):
            break  # the list ends where a place has no count right before it
        if (
            k0
            and not _LIST_SEP.fullmatch(whole, lo, numbers[-1][0])
            # (an item that opens its line, whatever the line before added: "11 – над ...
            # региона, в том числе 6 ..., летевших на Москву,\n8 – над ...")
            and not opens_line(whole, numbers[-1][0])
        ):
            break  # "..., and a drone attack injured 2 in Kursk": no item of the list
        if k1 > k0 and _each(whole, numbers[-1:], hi) is None:
            break  # a count of a whole list belongs to none of its places
        items.append((k0, k1, numbers[-1][2], numbers[-1][0]))
    return items


def _counts_after(shape: _List, lang: str | None) -> list[tuple[int, int, int, int]]:
    """(first mark, last mark, count, where the place starts) of each place of a list whose
    counts come right after their places and say nothing else ("у Харкові – 3, у Чугуєві –
    2": :func:`_count_after`), up to the first place without one."""
    items: list[tuple[int, int, int, int]] = []
    for k0, k1 in shape.groups:
        value = _count_after(shape, k1, lang) if k0 == k1 else None
        if value is None:
            break
        items.append((k0, k1, value, shape.bounds[k0][0]))
    return items


def _count_after(shape: _List, k: int, lang: str | None) -> int | None:
    """The count right after mark ``k`` of ``shape`` when that is all its item says: "у
    Чугуєві – 2", "в Шебекино – ещё двое", "в Грайвороне – один человек", "in Sumy, two";
    None when the item says more ("у Чугуєві пошкоджено 2 будинки", "– 2 будинки", "– 45-річний
    чоловік") or has no count."""
    whole, bounds = shape.whole, shape.bounds
    hi = bounds[k + 1][0] if k + 1 < len(bounds) else len(whole)
    return _item_count(whole, bounds[k][1], hi, lang)


def _item_count(text: str, end: int, hi: int, lang: str | None) -> int | None:
    """The count after a place ending at ``end`` when it is all that stands up to ``hi``
    (see :func:`_count_after`)."""
    head = _ITEM_HEAD.match(text, end, hi)
    found = _number_at(text, head.end(), lang) if head is not None else None
    if found is None or _ITEM_TAIL.match(text, found[0], hi) is None:
        return None
    return found[1]


# what stands between a place and the count after it that is its whole item: "Чугуєві – ",
# "Курской области — ", "Шебекино, еще ", "Sumy, another "
_ITEM_HEAD = compiled(
    rf"\s*(?:{_UNIT_WORD}\s*)?(?:[–—:,-]\s*)?(?:(?:ще|ещё|еще|another)\s+)?", re.IGNORECASE
)


# the words a count of each kind names right after it ("40 drones", "12 украинских
# беспилотников", "7 people", "погибли 3 человека", "25 людей")
_WEAPONS = (
    r"(?:drones?|uavs?|shaheds?|missiles?|rockets?|беспилотн\w*|безпілотн\w*|бпла|бпла\w*|"
    r"дрон\w*|шахед\w*|ракет\w*)"
)
# the people counted, or what befell them ("6 injured", "4 killed", "8 поранених")
_PEOPLE_COUNT = compiled(
    rf"\s+(?:\w+\s+)?(?:{_PEOPLE}|injured|wounded|hurt|killed|dead|поранен\w*|загибл\w*|"
    r"ранен\w*|погибш\w*|постраждал\w*|пострадавш\w*|травмован\w*)(?!\w)",
    re.IGNORECASE,
)
# what may follow the count that is a place's whole item of a list (:func:`_count_after`):
# the people it counts, then the item's end ("– 2, у ...", "– один человек.", "– 3 і ...")
_ITEM_TAIL = compiled(
    rf"(?:\s+(?:\w+\s+)?{_PEOPLE}(?!\w))?\s*(?:[,;.)!]|{_AND_WORD}\s|$)",
    re.IGNORECASE,
)
_WEAPON_COUNT = compiled(rf"\s+(?:(?:of\s+the|\w+)\s+){{0,2}}{_WEAPONS}(?!\w)", re.IGNORECASE)
_COUNT_OF = {
    **dict.fromkeys(_CASUALTY_KEYS, _PEOPLE_COUNT),
    **dict.fromkeys(_WEAPON_KEYS, _WEAPON_COUNT),
}


def _count_before(text: str, end: int, value: int, key: str, lang: str | None) -> bool:
    """Whether the last number before ``end`` is ``value`` and counts what a figure of
    ``key`` counts: people for the casualties, drones or missiles for the rest
    (:data:`_COUNT_OF`). ("Загинули 5 людей, поранено 12, зокрема 3 у ...": the list
    parts the 12, not the 5.)"""
    numbers = _numbers(text, 0, end, lang)
    while numbers and _SPAN_OF_TIME.match(text, numbers[-1][1], end):
        numbers.pop()  # "over the past 24 hours", "за останні 24 години": no count
    if not numbers:
        return False
    start, last_end, last = numbers[-1]
    if len(numbers) > 1 and _OF.fullmatch(text, numbers[-2][1], numbers[-1][0]):
        start, last_end, last = numbers[-2]  # "shot down 40 of 50 drones": the 40
    if last != value:
        return False
    if _COUNT_OF[key].match(text, last_end, end) is not None:
        return True
    # the people named before it: "число раненых выросло до 12:", "поранено 14, зокрема ..."
    return key in _CASUALTY_KEYS and bool(
        _VICTIMS_BEFORE.search(text, max(start - _VICTIMS_REACH, 0), start)
    )


_OF = compiled(r"\s+(?:of|із|з|из)\s+", re.IGNORECASE)
_SPAN_OF_TIME = compiled(
    r"[\s-]*(?:hours?|days?|minutes?|годин[иу]?|хвилин[иу]?|діб|доби|часа|часов|суток|"
    r"минут[ыу]?)(?!\w)",
    re.IGNORECASE,
)
# a word of the killed or the wounded before their count, with no other number or sentence
# break between ("death toll rose to", "число раненых выросло до", "поранено")
_VICTIMS_BEFORE = compiled(
    r"(?<!\w)(?:поранен\w*|загибл\w*|загин\w*|ранен\w*|погиб\w*|постраждал\w*|пострада\w*|"
    r"injured|wounded|killed|dead|deaths|toll)(?!\w)[^\d.;:]*$",
    re.IGNORECASE,
)
_VICTIMS_REACH = 48  # the characters before a count :data:`_VICTIMS_BEFORE` looks at


# what stands between one place of a list and the next count: ", 11 over", " and 8 over",
# ", ещё 5 над", " і ще 3 на"
_LIST_SEP = compiled(
    rf"\s*(?:itself\s*)?(?:[,;]\s*)?(?:{_AND_WORD}\s+)?(?:(?:another|ещё|еще|ще)\s+)?(?:по\s+)?",
    re.IGNORECASE,
)


def _fill_remainder(base: dict[str, int], read: list[_Read]) -> None:
    """Give the one group of a list whose figure of a kind was not found (``read``: the
    groups of :func:`_list_items`) what the others' numbers leave of the sentence's figure
    (``base``), when that is a number of its own: the sentence read without the numbers its
    verb counts ("29 were downed over A, and one over B") reads no figure to take from."""
    for key in _WEAPON_KEYS:
        if key not in base:
            continue
        missing = [group for group in read if key not in group.found]
        if len(missing) != 1 or len(read) < 2:
            continue
        told = sum(group.added[key] for group in read if key in group.found)
        group = missing[0]
        figure = _figure_of(base[key] - told, group.written, group.k1 - group.k0 + 1)
        if figure is not None:
            group.found[key] = figure


def _figure_of(added: int, written: set[int], share: int) -> int | None:
    """The figure of each place of a group of ``share`` places (one, or a list told "по
    три") whose numbers ``written`` add ``added`` to a sentence's figure: a number of its
    own, or one told of each place, counted once or once per place; None otherwise."""
    if added in written:
        return added
    if share > 1 and added % share == 0 and added // share in written:
        return added // share
    return None


def _groups(
    sentence: str,
    bounds: list[tuple[int, int]],
    marks: list[tuple[int, int, int]],
    skip: set[int] | frozenset[int],
) -> list[tuple[int, int]]:
    """The first and last mark of each group of :func:`_list_items`: a mention not in
    ``skip`` (mention starts) alone, mentions of ``skip`` named one after the other in a
    list (:data:`_LIST_GAP`, "над Смоленской и Воронежской") together."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(marks):
        last = k
        if marks[k][0] in skip:
            while (
                last + 1 < len(marks)
                and marks[last + 1][0] in skip
                and marks[last + 1][2] != marks[last][2]
                and _LIST_GAP.match(sentence[bounds[last][1] : bounds[last + 1][0]])
            ):
                last += 1
            if last == k:
                k += 1
                continue  # a listed place alone: its list lies beyond this clause
        out.append((k, last))
        k = last + 1
    return out


# a number told of each place of a list: "по три – над Курской и Белгородской" (the
# English readings count no "three each")
_EACH_BEFORE = compiled(r"(?<!\w)по\s+$", re.IGNORECASE)
_EACH_HINT = compiled(r"(?<!\w)по\s", re.IGNORECASE)
# what comes before a list whose places are where something was downed or struck: "над", "на
# території", not the object of a verb ("атаковал Курскую и Белгородскую области группами
# по 5": groups of five)
_PLACE_BEFORE = compiled(
    r"(?<!\w)(?:над|на|в|у|over|above|in)\s+(?:(?:территори\w*|територі\w*|the)\s+)?$",
    re.IGNORECASE,
)
_PREPOSITION_REACH = 24  # the characters :data:`_PLACE_BEFORE` may match before a place


def _each(sentence: str, numbers: list[tuple[int, int, int]], first: int) -> int | None:
    """The number told of each place of a list ("по три") whose first place starts at
    ``first`` after a place preposition (:data:`_PLACE_BEFORE`), when it is the only one of
    the group's ``numbers`` (:func:`_numbers`); None otherwise."""
    if len(numbers) != 1 or not _PLACE_BEFORE.search(sentence, 0, first):
        return None
    start, _end, value = numbers[0]
    return value if _EACH_BEFORE.search(sentence, max(start - 8, 0), start) else None


# the words of each kind of casualty in a clause that tells a count of each of its places
_EACH_KIND = {
    key: compiled(rf"(?<!\w)(?:{'|'.join(stems)})", re.IGNORECASE)
    for key, stems in (
        ("killed", (*KILLED_STEMS, "kill", "died", "dead")),
        ("wounded", (*WOUNDED_STEMS, "injur", "wound", "hurt")),
    )
}
# "each" told of a count: after it and its people ("two people each", "two people were
# wounded each") or "in each" ("one person in each town"); not "each city lost power"
_EACH_AFTER = compiled(r"(?:\s+[\w-]+){0,3}\s+each\b", re.IGNORECASE)
_IN_EACH = compiled(r"\bin\s+each\b", re.IGNORECASE)


# "по" before a Ukrainian or Russian count ("по троє", "по одній людині", "по 2")
_EACH_COUNT = compiled(
    r"(?<!\w)[Пп]о\s+(?:\d|одн|дв|тр[иоьеё]|чотир|четыр|п'ят|п’ят|пят|шіст|шест|сім|сем|вісім|восем)"
)


def may_tell_each(text: str, lang: str | None) -> bool:
    """Whether a Ukrainian or Russian ``text`` may tell a casualty count of each of several
    places (:func:`_each_casualties`), which the report's own figures
    (:func:`geo.understand.facts.extract_facts`) leave out: "у A та B поранено по троє
    людей".

    Examples
    --------
    >>> may_tell_each("У Краматорську та Слов'янську поранено по троє людей.", "uk")
    True
    >>> may_tell_each("Удар по Харкову.", "uk")
    False
    """
    return (
        lang in ("uk", "ru") and ("по " in text or "По " in text) and bool(_EACH_COUNT.search(text))
    )


def _each_casualties(clause: str, lang: str | None) -> dict[str, int]:
    """The casualty figure a clause tells of each place it lists ("У Краматорську та
    Слов'янську поранено по троє людей", "Two people each were injured in Sumy and
    Shostka", "killed one person in each community"): ``{kind: count}`` when the clause
    writes one number, told of each ("по" right before it, "each" right after it and its
    people, or "in each" after it), and words of one kind of casualty; empty otherwise."""
    if "по " not in clause and "По " not in clause and "each" not in clause.lower():
        return {}
    numbers = _numbers(clause, 0, len(clause), lang)
    if len(numbers) != 1:
        return {}
    start, end, value = numbers[0]
    if not (
        _EACH_BEFORE.search(clause, max(start - 8, 0), start)
        or _EACH_AFTER.match(clause, end)
        or _IN_EACH.search(clause, end)
    ):
        return {}
    kinds = [key for key, words in _EACH_KIND.items() if words.search(clause)]
    return {kinds[0]: value} if len(kinds) == 1 else {}


def _told_of_each(
    clause: str,
    c0: int,
    marks: list[tuple[int, int, int]],
    listed: set[int],
    lang: str | None,
) -> tuple[list[int], dict[str, int]]:
    """The places of a clause's list that a count told of each concerns, and that count
    (:func:`_each_casualties`): the whole clause's when all its places are listed, else the
    last list's, read from the comma before it on ("У Костянтинівці одна людина загинула,
    у Дружківці та Краматорську — по двоє поранених")."""
    tail: list[tuple[int, int, int]] = []
    for mark in reversed(marks):
        if mark[0] not in listed:
            break
        tail.insert(0, mark)
    places = list(dict.fromkeys(idx for _s, _e, idx in tail))
    if len(places) < 2:
        return [], {}
    lo = 0 if len(tail) == len(marks) else clause.rfind(",", 0, tail[0][0] - c0) + 1
    if lo == 0 and len(tail) < len(marks):
        return [], {}  # no comma parts the list from the places before it
    each = _each_casualties(clause[lo:], lang)
    return (places, each) if each else ([], {})


def _blanks(
    text: str,
    lo: int,
    hi: int,
    lang: str | None,
    words: list[tuple[int, int, int]] | None = None,
    *,
    digits: bool = True,
) -> list[tuple[int, int]]:
    """The spans of the numbers of ``text[lo:hi]``, in digits (unless not ``digits``) or in
    words (``words``: those of :func:`_word_numbers`, when known)."""
    spans = [m.span() for m in _DIGITS.finditer(text, lo, hi)] if digits else []
    found = _word_numbers(text, lo, hi, lang) if words is None else words
    return spans + [(start, end) for start, end, _value in found]


def _blanked(
    text: str,
    lo: int,
    hi: int,
    lang: str | None,
    words: list[tuple[int, int, int]] | None = None,
    *,
    digits: bool = True,
) -> str:
    """``text[lo:hi]`` with its numbers (:func:`_blanks`) made spaces of the same length."""
    out = text[lo:hi]
    for start, end in _blanks(text, lo, hi, lang, words, digits=digits):
        out = out[: start - lo] + " " * (end - start) + out[end - lo :]
    return out


def _counted_words(text: str, hi: int, lang: str | None) -> list[tuple[int, int, int]]:
    """The numbers in words before ``hi`` (:func:`_word_numbers`), each with the people it
    counts after it ("семь человек", "seven people"): blanked alone, "человек" would read as
    one person."""
    out = []
    for start, end, value in _word_numbers(text, 0, hi, lang):
        people = _PEOPLE_AFTER.match(text, end, hi)
        out.append((start, people.end() if people else end, value))
    return out


def _holds_number(text: str, lang: str | None) -> bool:
    """Whether ``text`` holds a number, in digits or in words."""
    return _DIGITS.search(text) is not None or bool(_word_numbers(text, 0, len(text), lang))


def _word_numbers(text: str, lo: int, hi: int, lang: str | None) -> list[tuple[int, int, int]]:
    """The numbers written in words between ``lo`` and ``hi`` of ``text``, as (start, end,
    value): a word :func:`_number_of` reads, or words that add up to one number with only
    spaces between them ("двадцять п'ять", "сто двадцять"; "twenty-five" is one word). A
    multiplying word ("дві тисячі") is read alone; digits are not read here. The words are
    read only when one starts as a number word of ``lang`` does (:func:`_number_starts`)."""
    starts, at = _number_starts(lang)
    if lo >= hi or not (starts.search(text, lo, hi) or at.match(text, lo, hi)):
        return []
    return _read_word_numbers(text, lo, hi, lang)


@lru_cache(maxsize=4)
def _number_starts(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """How a word that :func:`_number_of` reads in ``lang`` starts, as a pattern finding
    such a start after no letter and one matching it anywhere (a word cut at the start of
    a span): the numeral stems of Ukrainian and Russian, whole English number words."""
    if lang in ("uk", "ru"):
        from geo.understand.facts_uk_ru import NUMERAL_STEMS  # loaded with uk/ru rules

        words = trie(NUMERAL_STEMS).replace("'", "['’ʼ]")
    else:
        # "a", "an" and "no" are read only before "-" and another word ("a-dozen")
        alone = NUMBER_WORDS - {"a", "an", "no"}
        words = rf"{trie(alone)}(?![^\W\d_])|(?:a|an|no)-"
    at = compiled(rf"(?:{words})", re.IGNORECASE)
    return compiled(rf"(?<![^\W\d_])(?:{words})", re.IGNORECASE), at


def _read_word_numbers(text: str, lo: int, hi: int, lang: str | None) -> list[tuple[int, int, int]]:
    """:func:`_word_numbers`, every word read."""
    out: list[tuple[int, int, int]] = []
    for m in _NUMBER_TOKEN.finditer(text, lo, hi):
        word = m.group()
        if word[0].isdecimal():
            continue
        value = _number_of(word, lang)
        if value is None:
            continue
        if out and _adds_to(out[-1][2], value) and not text[out[-1][1] : m.start()].strip(" "):
            start, _end, last = out[-1]
            out[-1] = (start, m.end(), last + value)
        else:
            out.append((m.start(), m.end(), value))
    return out


def _adds_to(last: int, value: int) -> bool:
    """Whether a number word of ``value`` after one of ``last`` adds to it: units after
    round tens, tens or units after round hundreds."""
    return (last >= 20 and last % 10 == 0 and value < 10) or (
        last >= 100 and last % 100 == 0 and value < 100
    )


_NUMBER_TOKEN = compiled(r"\d[\d,]*|[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")


@lru_cache(maxsize=16384)
def _number_of(word: str, lang: str | None) -> int | None:
    """The value of a number written in digits or as one word of English, Ukrainian or
    Russian; None for other words."""
    if word[0].isdecimal():
        digits = word.replace(",", "")
        return int(digits) if digits.isdecimal() and len(digits) < 10 else None
    low = word.lower().replace("’", "'").replace("ʼ", "'")
    if lang in ("uk", "ru"):
        from geo.understand.facts_uk_ru import numeral_value  # loaded with uk/ru rules

        found = numeral_value(low, lang)
        return found[0] if found else None
    if low in ("a", "an", "no") or not set(low.split("-")) <= NUMBER_WORDS:
        return None
    return number_value(low)


def _sum_written(pieces: list[str] | tuple[()], lang: str | None, value: int) -> bool:
    """Whether one of a place's ``pieces`` writes counts that add up to ``value``: the
    weapons of several kinds shot down over it ("Над Белгородской областью сбиты 12
    беспилотников, 3 авиабомбы и 8 реактивных снарядов": 23), where it tells of one place
    they were brought down over."""
    for piece in pieces:
        if sum(map(piece.count, _OVER_WORDS)) > 1:
            continue  # "сбиты 2 БПЛА над областью, ещё 3 над Воронежем": two places' counts
        values = _written_numbers(piece, lang)
        if len(values) > 1 and sum(values) == value:
            return True
    return False


_OVER_WORDS = (" над ", "Над ", " over ", "Over ", " above ")


def _written_numbers(text: str, lang: str | None) -> list[int]:
    """The values of the numbers written in ``text``, in text order."""
    values = (_number_of(m.group(), lang) for m in _NUMBER_TOKEN.finditer(text))
    return [v for v in values if v is not None]


def _all_numbers(text: str, lang: str | None) -> set[int]:
    """The values of every number written in ``text``."""
    return set(_written_numbers(text, lang))


def _nearest_numbers(clause: str, spans: list[tuple[int, int]], lang: str | None) -> set[int]:
    """For each mention span, the value of the number written closest to it in the clause."""
    numbers = []
    for m in _NUMBER_TOKEN.finditer(clause):
        value = _number_of(m.group(), lang)
        if value is not None and not _model_number(clause, m.start()):
            numbers.append((m.start(), m.end(), value))
    out: set[int] = set()
    for start, end in spans:
        best = min(
            numbers,
            key=lambda n: n[0] - end if n[0] >= end else start - n[1],
            default=None,
        )
        if best is not None:
            out.add(best[2])
    return out


def _no_numbers(
    pieces: list[str] | tuple[()],
    inputs: list[tuple[str, list[tuple[int, int]]]] | tuple[()],
    lang: str | None,
) -> bool:
    """Whether a place's own ``pieces`` and clauses (``inputs``, see :func:`_own_values`)
    write no number at all."""
    return not any(_all_numbers(own, lang) for own in pieces) and not any(
        _all_numbers(clause, lang) for clause, _spans in inputs
    )


def _model_number(text: str, start: int) -> bool:
    """Whether the number starting at ``start`` is part of a weapon's name ("Kh-101",
    "Shahed-136", "С-300"): a letter and a hyphen right before it."""
    return start > 1 and text[start - 1] == "-" and text[start - 2].isalpha()


def _all_of_its(facts: dict[str, int], key: str) -> bool:
    """Whether ``key`` is the place's interceptions and they are part of the drones or
    missiles kept as its own (read after those): "launched four missiles at Kyiv; all were
    intercepted" (the count written once, of the launch), "три ракети, дві з яких збито"."""
    return key == "intercepted" and facts[key] <= max(
        facts.get("drones", 0), facts.get("missiles", 0)
    )


def _own_values(
    pieces: list[str] | tuple[()],
    inputs: list[tuple[str, list[tuple[int, int]]]] | tuple[()],
    lang: str | None,
    wanted: set[int],
) -> set[int]:
    """The values of ``wanted`` that a place's own numbers write: every number of its
    ``pieces`` (:func:`_all_numbers`) and the number nearest each of its mentions in its
    clauses (``inputs``, :func:`_nearest_numbers`). Once all of ``wanted`` are found, the
    pieces and clauses left are not read."""
    found: set[int] = set()
    for own in pieces:
        found |= _all_numbers(_after_nationwide(own), lang) & wanted
        if len(found) == len(wanted):
            return found
    for clause, spans in inputs:
        found |= _nearest_numbers(clause, spans, lang) & wanted
        if len(found) == len(wanted):
            return found
    return found


# the whole country as the weapons' target: the counts before it are the country's, not the
# place's its piece ends with ("Russia launched 112 drones at Ukraine overnight, killing two
# in the Dnipropetrovsk region")
_NATIONWIDE = compiled(
    r"\b(?:(?:at|against|on|across|over)\s+(?:all\s+(?:of\s+)?)?ukraine|across\s+the\s+country|"
    r"nationwide|по\s+(?:всій\s+|всей\s+)?(?:україні|украине)|по\s+території\s+україни|"
    r"по\s+территории\s+украины)\b",
    re.IGNORECASE,
)
_NATIONWIDE_WORDS = ("ukraine", "country", "nationwide", "україн", "украин")


def _after_nationwide(piece: str) -> str:
    """``piece`` after the clause of its last words naming the whole country as the target
    (up to the next comma or semicolon after them), or all of it."""
    low = piece.lower()
    if not any(map(low.__contains__, _NATIONWIDE_WORDS)):
        return piece
    last = None
    for last in _NATIONWIDE.finditer(piece):  # noqa: B007 (the last match is kept)
        pass
    if last is None:
        return piece
    ends = [k for k in (piece.find(",", last.end()), piece.find(";", last.end())) if k >= 0]
    return piece[min(ends) + 1 :] if ends else ""


def _listed_down(line: str) -> dict[str, int]:
    """The weapons brought down over the place of a list's line, by the count that ends it."""
    m = LINE_COUNT.search(line)
    return {"intercepted": int(m.group(1))} if m else {}


# a line that updates the one before: "UPD: ...", "Оновлено: ..."
_UPDATE_OPENING = compiled(
    r"\W*(?:upd|update[ds]?|оновлено|оновлення|обновлено|обновление|доповнено|дополнено)"
    r"(?!\w)",
    re.I,
)


def _more_updated(text: str, s0: int, s1: int) -> bool:
    """Whether the sentence at ``s0:s1`` is an update that tells of more ("UPD: ще п'ятеро
    звернулися по допомогу"): it goes on from the place before it."""
    head = text[s0 : s0 + 24].lower()
    return (
        any(map(head.__contains__, _UPDATE_WORDS))
        and _UPDATE_OPENING.match(text, s0) is not None
        and _MORE_TOLD.search(text, s0, s1) is not None
    )


# one of them in every match of _UPDATE_OPENING
_UPDATE_WORDS = ("upd", "оновл", "обновл", "доповн", "дополн")


# a word that tells a count as more than those told before ("five more", "ще двоє")
_MORE_TOLD = compiled(r"(?<!\w)(?:more|another|ще|еще|ещё)(?!\w)", re.I)
# one of the wounded dying later ("One of them later died", "Вона померла в реанімації")
_DIED_LATER = compiled(
    rf"\b(?:{'|'.join(figure_words.EN_DIED)})\b|(?<!\w)(?:{'|'.join(figure_words.UK_RU_DIED)})",
    re.I,
)


def _casualty_figures(
    sentences: list[str],
    facts: dict[str, int],
    lang: str | None,
    memo: dict[tuple, object] | None,
) -> dict[str, int]:
    """The figures of ``sentences`` read together, when they may add a casualty figure that
    ``facts`` lacks; ``{}`` when they surely add none (``facts`` has both, or the sentences
    hold no word a casualty figure is read from)."""
    if all(key in facts for key in _CASUALTY_KEYS):
        return {}
    joined = "\n".join(sentences)
    if not may_state_casualties(joined, lang):
        return {}
    return extract_facts(joined, lang, memo)


def with_list_totals(facts: dict[str, int], lists: list[dict[str, int]]) -> dict[str, int]:
    """The report's ``facts`` with each casualty figure at least what each list of
    :func:`link_place_facts` adds up to: the figure the report's reader took from a list's
    first item ("у Харкові поранено 7 людей, у Чугуєві – 2": 7) is the list's (9). A figure
    read larger (a total stated elsewhere) stays.

    Examples
    --------
    >>> with_list_totals({"wounded": 7, "drones": 20}, [{"wounded": 9}])
    {'wounded': 9, 'drones': 20}
    """
    if not lists:
        return facts
    best: dict[str, int] = {}
    for sums in lists:
        for key, value in sums.items():
            best[key] = max(best.get(key, value), value)
    raised = {key: value for key, value in best.items() if value > facts.get(key, -1)}
    if not raised:
        return facts  # as read, in its order
    out = {**facts, **raised}
    return {key: out[key] for key in FACT_KEYS if key in out}


def link_place_facts(
    text: str,
    places: list[ResolvedPlace],
    lang: str | None = None,
    memo: dict[tuple, object] | None = None,
    *,
    doc: Document | None = None,
    lists: list[dict[str, int]] | None = None,
) -> list[ResolvedPlace]:
    """Give each impact place the figures the text ties to it.

    Parameters
    ----------
    text : str
        The report text the places' mention spans index into.
    places : list of ResolvedPlace
        The report's places, as resolved.
    lang : str, optional
        The report's language (``en``, ``uk``, ``ru``); told from the text when not given.
    memo : dict, optional
        The ``memo`` the report's own figures were read with
        (:func:`geo.understand.facts.extract_facts`): the sentences given to a place are then not
        read
        again. The result is the same without it.
    doc : Document, optional
        The report read once (:func:`geo.language.document.read_document`): its sentences are
        used instead of splitting ``text`` again.
    lists : list, optional
        When given, what each casualty list whose later items leave out the figure's words
        adds up to ("у Харкові поранено 7 людей, у Чугуєві – 2": wounded 9) is appended to
        it, one dict per list, for the report's totals (:func:`with_list_totals`).

    Returns
    -------
    list of ResolvedPlace
        The same places in the same order, impact places with ``facts`` set (``{}`` when the
        text ties no figure to the place).

    Examples
    --------
    >>> from geo.records import Place
    >>> def rp(name, start, end):
    ...     p = Place(name, name, "settlement", "UA", "UA-51", 46.0, 30.0)
    ...     return ResolvedPlace("r", p, "impact", 1, 0.9, (Span(name, start, end),))
    >>> from geo.records import Span
    >>> text = "Drones killed two people in Odesa and wounded seven in Izmail."
    >>> [p.facts for p in link_place_facts(text, [rp("Odesa", 28, 33), rp("Izmail", 55, 61)])]
    [{'killed': 2}, {'wounded': 7}]
    """
    own_doc = doc is not None and doc.text == text
    spans = doc.sentences if own_doc else sentence_spans(text)
    if not spans or not places:
        return places
    if own_doc:
        sentence_of = doc.sentence_index  # type: ignore[union-attr]
    else:
        starts = [s0 for s0, _ in spans]

        def sentence_of(pos: int) -> int:
            return _sentence_of(starts, pos)

    named = _Named(places, sentence_of)
    found = _Gathered(lists)
    previous_single: int | None = None
    previous_members: list[int] = []
    for si, (s0, s1) in enumerate(spans):
        marked = named.impacts.get(si)
        marks = _contexts(text, places, sorted(marked)) if marked else []
        if marks:
            marking = _Marking(text, places, s0, text[s0:s1], sorted(marked), marks, lang, memo)
            members = _read_sentence(found, marking, named.others.get(si, ()))
            if found.region_told is not None:  # "В области пострадали пятеро: ..."
                previous_single = found.region_told
            elif len(members) == 1:
                previous_single = members[0]
            else:
                previous_single = _one_city(places, members)
            previous_members = members
        elif previous_single is not None:
            # "...пошкоджено підстанцію. Поранено трьох людей." / "Two were hurt there."
            same_paragraph = "\n" not in text[spans[si - 1][1] : s0]
            if (
                si not in named.sentences
                or _only_its_region(places, previous_single, si, named.seats)
            ) and (same_paragraph or _refers_back(text[s0:s1]) or _more_updated(text, s0, s1)):
                found.casualty_texts.setdefault(previous_single, []).append(text[s0:s1])
            else:
                previous_single = None
        elif len(previous_members) > 1 and si not in named.sentences and _refers_back(text[s0:s1]):
            # "Strikes hit the Sumy and Kharkiv regions. Nobody was hurt there.": a zero
            # holds for each of them
            for idx in previous_members:
                found.zero_texts.setdefault(idx, []).append(text[s0:s1])
    out = []
    for idx, rp in enumerate(places):
        facts = found.facts_of(idx, lang, memo)
        if not facts and rp.cue.endswith(DOWN_LIST_CUE):
            facts = _listed_down(rp.sentence)  # "Bryansk Region — 28" under "... destroyed"
        if rp.role == "impact" or facts:
            ordered = {k: facts[k] for k in FACT_KEYS if k in facts}
            out.append(with_facts(rp, ordered) if rp.role == "impact" else rp)
        else:
            out.append(rp)
    return out


class _Named:
    """Where a report's places are named, by sentence: the impact mentions (start, end,
    place index), the sentences that name any place, and the starts and places of the
    mentions that are not impacts."""

    def __init__(self, places: list[ResolvedPlace], sentence_of: Callable[[int], int]) -> None:
        self.impacts: dict[int, list[tuple[int, int, int]]] = {}
        self.sentences: set[int] = set()  # sentences that name any place, impact or not
        self.others: dict[int, list[int]] = {}  # starts of the other places' mentions
        self.seats: dict[int, set[int]] = {}  # the other places named
        for idx, rp in enumerate(places):
            if rp.place.kind == "country":
                continue
            roles = rp.mention_roles or (rp.role,) * len(rp.mentions)
            for m, role in zip(rp.mentions, roles, strict=False):
                si = sentence_of(m.start)
                if rp.role == "impact" and role == "impact":
                    self.impacts.setdefault(si, []).append((m.start, m.end, idx))
                else:
                    self.others.setdefault(si, []).append(m.start)
                    self.sentences.add(si)
                    self.seats.setdefault(si, set()).add(idx)


class _Marking(NamedTuple):
    """A sentence naming impact places, as :func:`_read_sentence` reads it."""

    text: str  # the report
    places: list[ResolvedPlace]
    s0: int  # where the sentence starts in the text
    sentence: str
    marked: list[tuple[int, int, int]]  # its impact mentions, in text order
    marks: list[tuple[int, int, int]]  # those left by :func:`_contexts`
    lang: str | None
    memo: dict[tuple, object] | None

    def dropped(self) -> list[tuple[int, int, int]]:
        """The first-level units taken for their places' context, which a total told of
        them before its parts is given to."""
        if len(self.marks) == len(self.marked):
            return []
        return [mk for mk in self.marked if mk not in self.marks]


class _Gathered:
    """What :func:`link_place_facts` gathers for each place, by place index: the texts its
    figures are read from, the figures lists give it (taken when its texts give none of
    that kind) and state of it (taken over its texts'), the pieces and clauses whose
    numbers are its own, the sentences after it whose casualties and zeros may be its, and
    what casualty lists add up to (``lists``, see :func:`link_place_facts`)."""

    def __init__(self, lists: list[dict[str, int]] | None) -> None:
        self.texts: dict[int, list[str]] = {}
        self.items: dict[int, dict[str, int]] = {}
        self.stated: dict[int, dict[str, int]] = {}
        self.near_pieces: dict[int, list[str]] = {}
        self.near_inputs: dict[int, list[tuple[str, list[tuple[int, int]]]]] = {}
        self.casualty_texts: dict[int, list[str]] = {}
        self.zero_texts: dict[int, list[str]] = {}
        self.lists = lists
        # the region the last sentence read told a total of, before its towns' parts: what
        # the next sentence tells without a place is the region's ("... Ще 9 поранено.")
        self.region_told: int | None = None

    def give(self, idx: int, text: str, *, own: bool = False) -> None:
        """Give place ``idx`` a text to read its figures from (``own``: its numbers are
        the place's own too)."""
        self.texts.setdefault(idx, []).append(text)
        if own:
            self.near_pieces.setdefault(idx, []).append(text)

    def give_region(self, idx: int, text: str) -> None:
        """Give the region ``idx`` the words that tell its total before its towns' parts
        (its numbers its own), and make it the place of the sentence after."""
        self.give(idx, text, own=True)
        self.region_told = idx

    def add_items(self, idx: int, figures: dict[str, int]) -> None:
        self.items.setdefault(idx, {}).update(figures)

    def state(self, idx: int, figures: dict[str, int]) -> None:
        self.stated.setdefault(idx, {}).update(figures)

    def add_sum(self, sums: dict[str, int]) -> None:
        """Note what a list adds up to, when the caller asked (``lists``)."""
        if self.lists is not None:
            self.lists.append(sums)

    def facts_of(
        self, idx: int, lang: str | None, memo: dict[tuple, object] | None
    ) -> dict[str, int]:
        """The figures of place ``idx``, from all that was gathered for it."""
        facts: dict[str, int] = {}
        if idx in self.texts:
            joined = "\n".join(self.texts[idx]).replace("\x00", "")
            if _may_hold_figure(joined, lang):
                facts = extract_facts(joined, lang, memo, part=True)
        if facts and not facts.keys().isdisjoint(_WEAPON_KEYS):
            wanted = {facts[key] for key in _WEAPON_KEYS if key in facts}
            pieces, inputs = self.near_pieces.get(idx, ()), self.near_inputs.get(idx, ())
            written = _own_values(pieces, inputs, lang, wanted)
            if 1 in wanted and 1 not in written and _no_numbers(pieces, inputs, lang):
                written.add(1)  # "Над Таганрогом сбита ракета": one, told by the noun
            for key in _WEAPON_KEYS:  # a national count is not this place's, unless written by it
                if (
                    key in facts
                    and facts[key] not in written
                    and not _all_of_its(facts, key)
                    and not (
                        key == "intercepted"
                        and _sum_written((*pieces, *self.texts[idx]), lang, facts[key])
                    )
                ):
                    del facts[key]
        if idx in self.items:
            for key, value in self.items[idx].items():
                facts.setdefault(key, value)
        if idx in self.stated:  # a list's count told of the place, not its piece's total
            facts.update(self.stated[idx])
        if idx in self.zero_texts:
            zeros = _casualty_figures(self.zero_texts[idx], facts, lang, memo)
            for key in _CASUALTY_KEYS:
                if zeros.get(key) == 0 and key not in facts:
                    facts[key] = 0
        if idx in self.casualty_texts:
            told = self.texts.get(idx, ())
            after = "\n".join(self.casualty_texts[idx])
            if told and "wounded" in facts and _DIED_LATER.search(after):
                # "... injuring five. One of them later died": read with its own figures, one
                # of its wounded dead (see geo.understand.facts._died_of_wounds)
                both = _casualty_figures([*told, *self.casualty_texts[idx]], {}, lang, memo)
                if both.get("killed", 0) > facts.get("killed", 0):
                    facts.update((key, both[key]) for key in _CASUALTY_KEYS if key in both)
            if told and facts and _MORE_TOLD.search(after):
                # "... wounding seven people. Five more were hurt later.": read on from its own
                # figures, the more are added to them
                more = _casualty_figures([*told, *self.casualty_texts[idx]], {}, lang, memo)
                for key in _CASUALTY_KEYS:
                    if key in facts and more.get(key, 0) > facts[key]:
                        facts[key] = more[key]
            extra = _casualty_figures(self.casualty_texts[idx], facts, lang, memo)
            for key in _CASUALTY_KEYS:
                if key in extra and key not in facts:
                    facts[key] = extra[key]
        return facts


def _read_sentence(found: _Gathered, mk: _Marking, others: list[int] | tuple[()]) -> list[int]:
    """Gather what one sentence naming impact places gives each of them, clause by clause
    (``others``: where the other places of the sentence are named); returns the places
    its marks name, in order."""
    s0, marks = mk.s0, mk.marks
    sentence = mk.sentence
    dropped = mk.dropped()
    members = list(dict.fromkeys(idx for _, _, idx in marks))
    listed = _listed(mk.text, marks) if len(marks) > 1 else set()
    before = ""  # the clause before, in this sentence
    before_owners: list[int] = []  # the places it names
    run: tuple[int, int] | None = None  # (place, start) of the last clause given whole
    found.region_told = None
    for c0, c1 in _clauses(sentence):
        in_clause = [m for m in marks if c0 <= m[0] - s0 < c1]
        owners = list(dict.fromkeys(idx for _, _, idx in in_clause))
        given, run = run, None
        if len(owners) == 1:
            run = _one_owner(found, mk, (c0, c1), in_clause, given, dropped)
            if before:  # "...; в Климове — трое"
                _elided(found, mk, (c0, c1), in_clause, before, before_owners)
        elif len(owners) > 1:
            _several_owners(found, mk, (c0, c1), in_clause, owners, dropped, listed)
        elif len(members) == 1 and not _names_other(others, s0 + c0, s0 + c1):
            # "...; both were shot down", "..., injuring five"
            run = _give_clause(found.texts, given, members[0], sentence, c0, c1)
        before, before_owners = sentence[c0:c1], owners
    return members


def _one_owner(
    found: _Gathered,
    mk: _Marking,
    bounds: tuple[int, int],
    in_clause: list[tuple[int, int, int]],
    given: tuple[int, int] | None,
    dropped: list[tuple[int, int, int]],
) -> tuple[int, int] | None:
    """Gather a clause that names one impact place: all of it is the place's, or only its
    part after a total told of the region around it ("killed six in the region, including
    four in A": A's four, the region's six). Returns the ``given`` of :func:`_give_clause`
    for the next clause (None when the clause was not given whole)."""
    c0, c1 = bounds
    s0, sentence = mk.s0, mk.sentence
    clause = sentence[c0:c1]
    owner = in_clause[0][2]
    spans_in = [(st - s0 - c0, en - s0 - c0) for st, en, _ in in_clause]
    found.near_inputs.setdefault(owner, []).append((clause, spans_in))
    part = _part_of(clause, spans_in[0][0], mk.lang, mk.memo) if len(spans_in) == 1 else None
    if part is None:
        return _give_clause(found.texts, given, owner, sentence, c0, c1)
    cut, figure = part
    found.give(owner, clause[cut:])
    found.state(owner, figure)
    region = _context_region(mk.places, dropped, (s0 + c0, s0 + c0 + cut), in_clause)
    if region is not None:
        found.give_region(region, clause[:cut])
    return None


def _elided(
    found: _Gathered,
    mk: _Marking,
    bounds: tuple[int, int],
    in_clause: list[tuple[int, int, int]],
    before: str,
    before_owners: list[int],
) -> None:
    """Gather the count of a clause that names one place and leaves out the figure's words
    of the clause before (:func:`_elided_clause`), and what the two add up to."""
    if len(in_clause) != 1:
        return
    c0, c1 = bounds
    start, end, owner = in_clause[0]
    mark = (start - mk.s0 - c0, end - mk.s0 - c0)
    elided, sums = _elided_clause(mk.sentence[c0:c1], mark, before, mk.lang, mk.memo)
    if elided:
        found.add_items(owner, elided)
        # (a region's figure before holds its town's: "в области ранены пятеро; в Климове —
        # трое")
        if not _units(mk.places, before_owners):
            found.add_sum(sums)


def _several_owners(
    found: _Gathered,
    mk: _Marking,
    bounds: tuple[int, int],
    in_clause: list[tuple[int, int, int]],
    owners: list[int],
    dropped: list[tuple[int, int, int]],
    listed: set[int],
) -> None:
    """Gather a clause that names several impact places: cut into one piece per place
    (:func:`_pieces`), read as a list of figures when it is one, a total before a colon
    given to the region around its places, a count told of each."""
    c0, c1 = bounds
    s0, lang, memo = mk.s0, mk.lang, mk.memo
    clause = mk.sentence[c0:c1]
    head, in_clause = _breakdown(clause, s0 + c0, in_clause)
    colon = clause.rfind(":", 0, in_clause[0][0] - s0 - c0) if dropped else -1
    if not head and colon > 0:  # "в области пострадали четверо: трое в A, ..."
        region = _context_region(mk.places, dropped, (s0 + c0, s0 + c0 + colon), in_clause)
        if region is not None:
            found.give_region(region, clause[:colon])
    if head:  # "wounded 8 in the Sumy region: five in A and three in B"
        whole = {m[2] for m in head}
        if len(whole) == 1:  # the total is the one place's of the head
            found.give(head[0][2], clause[: head[-1][3]])
        in_clause = [m[:3] for m in in_clause]
    shape = None  # a clause without a number is no list of figures
    if _holds_number(clause, lang):
        shape = _list_of(clause, s0 + c0, in_clause, lang, listed)
    first_number = None if shape is None else shape.first_number
    pieces = _pieces(clause, s0 + c0, in_clause, first_number, lang, memo)
    for (start, _end, _idx), (idx, piece) in zip(in_clause, pieces, strict=True):
        if start not in listed:
            found.texts.setdefault(idx, []).append(piece)
            own = piece.rsplit("\x00", 1)[-1]  # the piece without its head
            found.near_pieces.setdefault(idx, []).append(own)  # read when needed
    city = _city_of_listed(mk.places, owners, in_clause, listed)
    if city is not None:  # "hit Kyiv's A and B districts, injuring five"
        found.give(city, clause)
    all_listed = listed.issuperset(start for start, _end, _idx in in_clause)
    told, each = _told_of_each(clause, s0 + c0, in_clause, listed, lang)
    for idx in told:  # "у A та B поранено по троє людей"
        found.state(idx, each)
    if told:
        found.add_sum({key: n * len(told) for key, n in each.items()})
    # a list's places ("в районах X, Y и Z") take no item: not read for
    if shape is not None and (not all_listed or _EACH_HINT.search(clause)):
        for idx, figure in _list_items(shape, lang, memo).items():
            found.add_items(idx, figure)
        parted = _stated_items(shape, lang, memo)
        for idx, figure in parted.items():
            found.state(idx, figure)
        elided, sums = _elided_items(shape, lang, memo)
        for idx, figure in elided.items():
            found.add_items(idx, figure)
        # no total stated, in the list or before its colon: what the list adds up to
        if (
            sums
            and not parted
            and not (shape.cut >= 0 and _holds_number(clause[: shape.cut], lang))
        ):
            found.add_sum(sums)
