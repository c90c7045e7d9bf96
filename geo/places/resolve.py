"""Choose one place per mention and a role per place, for one report.

Candidates are ranked by the gazetteer's prior (kind, country, population) and by context:
a region named in the same sentence or heading ("Novoshakhtinsk, Rostov Oblast"), regions named
anywhere in the report, country cues ("in Russia", "Russian region"), nearness to other places
of the report, and the city a district belongs to. A name followed by "region" becomes the
first-level unit; "X district" or "X raion" the second-level unit around X.

Places in a report's dateline (on its first line, or on the line after a headline) and in
blocks of links to other articles ("See also", "Latest posts") are mentions. A report in a
language whose words are not read (German, Polish, Portuguese) keeps its places, all as
mentions, and gets no figures.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache, partial
from typing import NamedTuple

from geo.language.cyrillic import (
    AIRFIELD_STEMS,
    KILLED_STEMS,
    RESIDENT_STEMS,
    WOUNDED_STEMS,
    adjective_keys,
    is_region_adjective,
    word_language,
)
from geo.language.document import Document, read_document
from geo.language.latin import LATIN_RAION_ENDING, LATIN_RAION_K_ENDING
from geo.language.morphology import (
    READ_LANGUAGES,
    analyse,
    detect_language,
    lemmas,
    person_share,
)
from geo.language.normalize import norm_key, skeleton_key, translit
from geo.language.text import MONTHS, MONTHS_UK_RU, alternation, lacks, lowered
from geo.patterns import compiled
from geo.places.gazetteer import Gazetteer
from geo.records import (
    FACT_KEYS,
    Extraction,
    Place,
    PlaceMention,
    Report,
    ResolvedPlace,
    Span,
    Unresolved,
    resolved_place,
    with_facts,
)
from geo.understand.capitals import capital_mentions, centre
from geo.understand.damage import (
    DAMAGE_KINDS,
    damage_kinds,
    located_attacker,
    named_attacker,
    names_damage,
)
from geo.understand.facts import extract_facts
from geo.understand.mentions import find_mentions, find_unknown_names, located_places
from geo.understand.officials import SURNAME_STEMS, named_officials, told_at
from geo.understand.place_facts import link_place_facts, may_tell_each, with_list_totals
from geo.understand.roles import (
    BLAST_CUES,
    DIPLOMATS_AFTER,
    ITSELF_NOT_HIT,
    LAUNCH_LABEL_WORDS,
    LINE_COUNT,
    NIGHT_OF_ATTACKS,
    NO_STRIKE_CUE,
    RoleDecision,
    anaphor_cue,
    block_cue,
    clause_of,
    decide_role,
    denied_after,
    hard_impact_after,
    item_list_cue,
    list_cue,
    strike_cue,
    told_unharmed,
)
from geo.understand.text_tables import (
    TextTable,
    cell_role,
    in_region_column,
    region_cells,
    row_owner_facts,
    table_facts,
    text_tables,
)

__all__ = ["extract_report", "resolve_mentions"]

_ROLE_RANK = {"impact": 0, "launch": 1, "mention": 2}
# (:func:`geo.language.text.alternation` writes the alternatives so that the regex engine
# tries only those that start with the letter at hand; what they match is the same.)
_RU_CUE = compiled(
    r"\b" + alternation(r"russia|russian|russia's|belgorod governor|kremlin") + r"\b", re.I
)
_UA_CUE = compiled(r"\b" + alternation(r"ukraine|ukrainian|ukraine's") + r"\b", re.I)
# words one of which every match of a pattern holds (see geo.language.text.lacks)
_RU_WORDS = ("russia", "kremlin", "belgorod governor")
_UA_WORDS = ("ukrain",)
_NEAR_WORDS = ("near", "outside", "outskirts", "close", "around", "vicinity", "north", "south")
_NEAR_WORDS += ("east", "west", "kilometres", "km")
_NEAR = compiled(
    r"\b"
    + alternation(
        r"near|outside|outskirts\s+of|close\s+to|around|vicinity\s+of|"
        r"north|south|east|west|kilometres|km"
    )
    + r"\s+(?:of\s+)?(?:the\s+)?(?:city\s+of\s+)?$",
    re.I,
)
_PLACE_POSITION = compiled(
    r"(?<!\w)"
    + alternation(
        r"in|near|at|outside|of|over|у|в|во|на|біля|поблизу|під|под|около|возле|над|по|"
        r"village|town|city|settlement|с|смт|м|г|пос|селі|селищі|місті|селе|поселке|городе|"
        # a strike on the place: "при обстреле Рыльска", "атаковали Рыльск"
        r"обстрел[а-я]*|обстріл[а-яії]*|атакова[а-я]*|атакува[а-яії]*|"
        # a site named after the place: "з аеродрому Саваслейка", "аэропорт Белгород"
        + "|".join(f"{stem}[а-яії]*" for stem in AIRFIELD_STEMS)
    )
    + r"\.?\s+$",
    re.IGNORECASE,
)
# the countries of the war, whose towns' ministers and officials may tell of a strike on them
_CORE_COUNTRIES = frozenset(("UA", "RU"))
# a list of the places attacks came from, up to the name: "з напрямків: Курськ, Орел,",
# "з району Навлі та", "from the directions of Kursk, Oryol and", "Launch areas: Kursk, " (its
# places lie far apart by nature, and from the places hit)
_LAUNCH_LIST = compiled(
    r"(?:\bз\s+(?:напрямк\w*|район\w*)|\b(?:с|из)\s+(?:направлени\w*|район\w*)|"
    # (and the places named after a verb of launching: "launched from Millerovo and Kursk",
    # "запускали з Курська та Приморсько-Ахтарська")
    r"\b(?:launched|fired)\s+from(?:\s+the)?|"
    r"\b(?:запуск\w*|запущ\w*|запусти\w*|випущ\w*|выпущ\w*)\s+(?:з|із|с|из)|"
    rf"\b(?:directions?|areas?)\s+of|\b{LAUNCH_LABEL_WORDS})\s*:?\s*"
    r"(?:[^\W\d_][\w'’ʼ-]*\.?(?:\s*[,–—-]\s*|\s+(?:та|і|й|и|and)\s+|\s+)){0,24}$",
    re.IGNORECASE,
)
# a strike in the sea itself: "атаковали корабль в Чёрном море", "a ship hit in the Black Sea"
_IN_SEA = compiled(r"(?:\b(?:в|у|во)|\bin\s+the)\s+$", re.IGNORECASE)
# the weapons whose downing over a sea, or strike in its waters, makes it a place struck
_WEAPON_WORDS = (
    "drone", "uav", "missile", "rocket", "shahed", "boat", "ship", "vessel", "бпла", "дрон",
    "безпілот", "беспилот", "ракет", "геран", "шахед", "катер", "корабл", "судн", "бла",
    "target", "цел", "ціл",  # "над Чёрным морем сбили две воздушные цели"
)  # fmt: skip
# the cues of weapons brought down over a sea or of a strike in its waters
_OVER_SEA = compiled(r"\b(?:over|above|над|shot\s+down|акватор|waters)", re.IGNORECASE)
# between a launch place and the region it lies in: "Hvardiiske in Crimea", "Millerovo
# (Rostov region)", "Енгельса (Саратовська обл.)", "Шаталово, Смоленська область"
_LAUNCH_REGION_GAP = compiled(
    r"\s*(?:[,(–—-]\s*)?(?:(?:in|of|в|у)\s+(?:the\s+)?(?:occupied\s+)?)?", re.IGNORECASE
)
# between two names of a list: "Мэры Курска, Брянска и Орла", "the mayors of Kursk and Oryol"
_SEAT_LIST_GAP = compiled(r"\s*,\s*(?:(?:and|и|та|і|й)\s+)?|\s+(?:and|и|та|і|й)\s+")
_FAR_KM = 300.0
_FAR_MAX_POPULATION = 50_000
_FAR_TOWN_POPULATION = 20_000  # a town the only place of its name is taken however far
_FAR_REASON = (
    "a small place of this name lies far from every other place of the report, and nothing "
    "in the text points to it"
)
# between a place and the region it lies in ("Николаевки в Белгородской", "X, Belgorod region")
_QUALIFYING_GAP = compiled(r"(?:\s*,)?\s*(?:(?:в|у|во|на|in|of)\s+(?:the\s+)?)?$", re.IGNORECASE)
_RAION_ABROAD_REASON = (
    "a raion of this name lies in another country than every place of the report, far from them all"
)
# a name's count on a line of a list, to the line's end, perhaps after a comma or a stop and a
# few words ("— 31,", "— 3.", "— 4, в том числе 2 летевших на Москву,")
_COUNT_AFTER = r"[—–-]\s*\d+\s*(?:[,;.][^\n]{0,60})?$"
_RAION_FAR_REASON = "no town of that name in the part of the country the report is about"
# degrees of longitude apart beyond which a raion's town lies in another part of the country
# than a place of the report (Siberia or the Urals against European Russia, whose towns from
# Murmansk to Sochi lie within them)
_FAR_DEGREES = 12.0
# a line of a list after its name (see _COUNT_AFTER)
_LINE_COUNT_GOES_ON = compiled(r"\s*" + _COUNT_AFTER)
_LIST_LINE_MAX = 80
_SEAT_CITY = 5_000_000  # a city this large is named for its authorities as often as struck
_ELSEWHERE_REASON = (
    "the region named after it is in another country than every place of this name the "
    "gazetteer knows"
)
_VILLAGE = compiled(
    r"(?:\b(?:village|hamlet|settlement)\s+(?:of\s+)?|(?<!\w)(?:с|сел|смт|пос|п|х|д|ст-ца|пгт)\.?\s+|"
    r"(?<!\w)(?:сел[іаоие]|селищ[іеа]|селах|поселк[еау]|посёлк[еау]|деревн[еяю]|хутор[еау]?|"
    r"хуторі|станиц[еіяю])\s+)$",
    re.I,
)
_CYR = compiled(r"[а-яіїєґё]", re.I)
_LAUNCH_BEFORE = compiled(
    r"\b" + alternation(r"launched|fired|took\s+off") + r"\b[^.;]*\bfrom\b[^.;]*$", re.I
)


_VILLAGE_WINDOW = 200
_VILLAGE_LETTERS = 12  # the most non-space characters a _VILLAGE match holds ("settlement of")
_VILLAGE_WORDS = ("of", "village", "hamlet", "settlement")  # _VILLAGE's words in Latin letters


def _village_before(sentence: str, at: int) -> bool:
    """True when a settlement word ends right before ``at`` (:data:`_VILLAGE`).

    When the last characters before the white space are plain ASCII, only the pattern's
    English words can end a match, and the words tell. Otherwise only the last characters are
    searched, with the rest of the sentence still seen by the pattern's look-behinds; when they
    hold too few letters to rule out a longer match, the whole head is searched."""
    head = sentence[max(0, at - 40) : at]
    last = head.rstrip()
    if len(last) == len(head):
        return False  # the pattern ends in white space
    last = last[-_VILLAGE_LETTERS:]
    if (
        (len(last) == _VILLAGE_LETTERS or at <= 40)
        and last.isascii()
        and not last.lower().endswith(_VILLAGE_WORDS)
    ):
        return False  # in ASCII letters, only these words can end a match
    lo = max(0, at - _VILLAGE_WINDOW)
    if lo and len("".join(sentence[lo:at].split())) <= _VILLAGE_LETTERS:
        lo = 0
    return bool(_VILLAGE.search(sentence, lo + _last_two_words(sentence[lo:at]), at))


def _last_two_words(head: str) -> int:
    """Where the last two runs of non-space characters of ``head`` start (0 when it holds
    fewer): a :data:`_VILLAGE` match ending at the end of ``head`` starts there or later,
    as its words ("village of", "с.") are followed by white space only."""
    parts = head.rsplit(None, 2)
    if len(parts) < 3:
        return 0
    end = len(head.rstrip()) - len(parts[2])  # the end of the white space before the last run
    return len(head[:end].rstrip()) - len(parts[1])


def _launch_cue_before(sentence: str, offset: int) -> bool:
    """True when the words before ``offset`` launch something from the place."""
    before = sentence[max(0, offset - 120) : offset]
    return not lacks(before, ("from",)) and bool(_LAUNCH_BEFORE.search(before))


_SEAT_CUES = ("officials", "authorities", "administration")
# a city's mayor speaks of the city: "Uman mayor Petrenko said a drone hit a school"
_MAYOR = compiled(r"\bmayor\b", re.I)


@lru_cache(maxsize=1024)
def _seat_spoken(cue: str) -> bool:
    """True when the cue of a mention is an official's seat or a mayor (cues recur)."""
    return cue.lower().startswith(_SEAT_CUES) or bool(_MAYOR.search(cue))


_WAR_COUNTRIES = frozenset(("UA", "RU", "BY", "MD"))
# cities that are first-level units of their own, inside a region of the same name
_CITY_REGIONS = frozenset(("Kyiv", "Sevastopol"))
_REGION_WORD = compiled(r"\s+(?:regions?|regional|oblasts?)$", re.I)
_UNREAD_REASON = "language not read: a capitalised word that may not be a name"
_WORD = compiled(r"[^\W\d_]+")
_WORDS_TO_TELL = 20  # fewer words than this, and a Latin text is read as English
# A block of links to other articles: a heading ("See also", "Latest posts") and the lines
# after it, up to the first paragraph of prose.
_NAV_HEADING = compiled(
    r"[\W_]*(?:see\s+also|read\s+also|also\s+read|read\s+more|related(?:\s+(?:news|"
    r"articles|stories|posts|coverage))?|latest(?:\s+(?:news|posts|stories|articles))?|"
    r"more\s+(?:news|stories|on\s+this(?:\s+topic)?)|most\s+(?:read|popular|viewed)|"
    r"popular(?:\s+(?:news|posts))?|top\s+(?:news|stories)|recommended|trending|"
    r"you\s+may\s+also\s+like|читайте\s+також|читайте\s+также|популярне|популярное|"
    r"останні\s+новини|последние\s+новости)[\W_]*",
    re.I,
)
_NAV_HEADING_MAX = 40  # a heading is a short line: longer ones are not tried
_PROSE_LINE = 200  # a line this long that is not a list item ends a block of links
_LIST_MARKS = ("[", "-", "•", "*", "–", "—", "·")
_OF_THE_CITY = compiled(r"\s+(?:міста|города|of\s+the\s+city)\b", re.IGNORECASE)
_CITYS = compiled(r"\b(?:the|that)\s+city['’]s\b", re.I)
_DATELINE_END = compiled(r"[—–]|\s-\s|\s>>\s")
_DATELINE_LINES = 2  # the first line, or the line after a headline
_BRACKETED = compiled(r"\([^()]*\)")
_WIRE_DATELINE = compiled(r"\b[A-Z]{3,}\b|[(,]")
# "Kyiv,", "Москва. 28 мая. INTERFAX" (one word, a full stop, a day and its month; not a
# headline's "Обстрел Белгорода. 3 человека ранены")
_DATELINE_OPEN = compiled(
    r"\s*(?:[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*)?\s*[,(/]|"
    r"[^\W\d_][\w'’-]*\.\s+\d{1,2}\s+(?i:"
    + "|".join(sorted({month[:3] for month in (*MONTHS, *MONTHS_UK_RU)}))
    + "))"
)
_DATELINE_WORD = compiled(r"[^\W_]+")  # compiled once: the re module's cache may drop it


@lru_cache(maxsize=8192)
def _name_key(name: str) -> str:
    """:func:`norm_key` of a name, cached: the same names recur from report to report."""
    return norm_key(name)


# the name keys of the regional heads' surnames (a mention of one may be the official)
_OFFICIAL_KEYS = tuple(dict.fromkeys(_name_key(stem) for stem in SURNAME_STEMS))


@lru_cache(maxsize=16384)
def _skeleton(name_key: str) -> str:
    """:func:`skeleton_key` of a name key, cached: the same names recur from report to
    report."""
    return skeleton_key(name_key)


def _km(a: Place, b: Place) -> float:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return math.inf
    if abs(a.lat - b.lat) > 2.0 or abs(a.lon - b.lon) > 3.0:
        return math.inf  # far apart: only distances under ~100 km matter here
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = (
        math.sin((la2 - la1) / 2) ** 2
        + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    )
    return 12742.0 * math.asin(math.sqrt(min(1.0, h)))


@dataclass
class _Context:
    """What the report as a whole tells about where it is."""

    report_admin1: set[str]
    # by sentence, the mention keys of the unambiguous places named in it, by their admin1
    sentence_hint: dict[int, dict[str, set[str]]]
    anchors: list[tuple[str, Place]]  # (mention key, place) of names with one clear reading
    sentence_admin1: dict[int, set[str]]
    # the first-level unit of each region-qualified mention, by the mention's id (the report's
    # mentions outlive its resolution), read by _build_context
    region_units: dict[int, Place | None] = field(repr=False)
    # by sentence, the first-level units it names itself by a region's name (sentence_admin1
    # adds those of its raions and headings)
    named_admin1: dict[int, frozenset[str]] = field(default_factory=dict, repr=False)
    index: _Anchors = field(init=False, repr=False)
    _cues: dict[int, tuple[bool, bool]] = field(default_factory=dict, repr=False)
    # what the report keeps of each name's candidates, by name key (see _readings)
    readings: dict[str, _Readings] = field(default_factory=dict, repr=False)
    # the name keys of the regional heads' surnames the report names as such, once read
    # (see official_keys): None before
    officials: tuple[str, ...] | None = field(default=None, repr=False)

    def official_keys(self, doc_text: str, low: str | None = None) -> tuple[str, ...]:
        """The name keys of the surnames of :func:`named_officials` ("Гусев: ..." is the
        governor, not the town of Gusev), read once per report."""
        if self.officials is None:
            self.officials = tuple(_name_key(stem) for stem, _ in named_officials(doc_text, low))
        return self.officials

    def __post_init__(self) -> None:
        self.index = _Anchors(self.anchors)

    def country_cues(self, si: int, sentence: str) -> tuple[bool, bool]:
        """Whether sentence ``si`` names Russia and Ukraine, searched once per sentence."""
        if si not in self._cues:
            low = lowered(sentence)  # (once for both)
            ru = not lacks(sentence, _RU_WORDS, low) and bool(_RU_CUE.search(sentence))
            ua = not lacks(sentence, _UA_WORDS, low) and bool(_UA_CUE.search(sentence))
            self._cues[si] = (ru, ua)
        return self._cues[si]


_FLAT_ANCHORS = 32


class _Anchors:
    """The anchors of a report indexed so that scoring a candidate costs the same however
    many anchors the report has: by 1-degree cell for nearness, by id and name for parents.

    The index is made on first use: only a mention with several candidates is scored, and
    most reports hold none.

    Parameters
    ----------
    anchors : list of (str, Place)
        ``(mention key, place)`` of the names with one clear reading.
    """

    def __init__(self, anchors: list[tuple[str, Place]]) -> None:
        self.anchors = anchors

    @cached_property
    def cells(self) -> dict[tuple[int, int], dict[tuple[str, str], Place]]:
        """The anchors that have a position, by 1-degree cell, one per (key, place id)."""
        cells: dict[tuple[int, int], dict[tuple[str, str], Place]] = defaultdict(dict)
        for key, place in self.anchors:
            if place.lat is not None and place.lon is not None:
                cell = (math.floor(place.lat), math.floor(place.lon))
                cells[cell].setdefault((key, place.id), place)
        return cells

    @cached_property
    def parents(self) -> dict[str, set[str]]:
        """The keys of the anchors by the anchor's id and by its name."""
        parents: dict[str, set[str]] = defaultdict(set)
        for key, place in self.anchors:
            parents[place.id].add(key)
            parents[place.name].add(key)
        return parents

    @cached_property
    def flat(self) -> list[tuple[int, int, str, Place]] | None:
        """With few anchors (most reports), what :attr:`cells` holds as one list of (cell
        latitude, cell longitude, key, place), made without the cells and cheaper to read
        than the cells around a place; None with more."""
        kept: dict[tuple[int, int, str, str], Place] = {}
        floor = math.floor
        for key, place in self.anchors:
            if place.lat is not None and place.lon is not None:
                kept.setdefault((floor(place.lat), floor(place.lon), key, place.id), place)
                if len(kept) > _FLAT_ANCHORS:
                    return None
        return [(lat, lon, key, place) for (lat, lon, key, _id), place in kept.items()]

    @cached_property
    def bounds(self) -> tuple[int, int, int, int]:
        """The cells whose places :meth:`_scan` may find anchors for lie within these bounds
        (lowest and highest cell latitude, lowest and highest cell longitude): one cell of
        latitude and three of longitude around the anchors' cells."""
        if not self.cells:
            return (1, 0, 1, 0)  # (empty: no cell lies within)
        lats = [lat for lat, _ in self.cells]
        lons = [lon for _, lon in self.cells]
        return min(lats) - 1, max(lats) + 1, min(lons) - 3, max(lons) + 3

    def near(self, place: Place, key: str, km: float = 60.0) -> bool:
        """True when an anchor named other than ``key`` lies within ``km`` of ``place``.

        (Asked once per candidate and name of a report: see :func:`_readings`.)"""
        if place.lat is None or place.lon is None:
            return False
        # _km is infinite beyond 2 degrees of latitude or 3 of longitude, and under 100 km
        # only within one cell of latitude: these cells hold every anchor that can count
        lat, lon = math.floor(place.lat), math.floor(place.lon)
        flat = self.flat
        if flat is not None:  # the same cells, read from the list
            for clat, clon, k, a in flat:
                if (
                    -1 <= clat - lat <= 1
                    and -3 <= clon - lon <= 3
                    and k != key
                    and _km(a, place) < km
                ):
                    return True
            return False
        lat0, lat1, lon0, lon1 = self.bounds
        if not (lat0 <= lat <= lat1 and lon0 <= lon <= lon1):
            return False  # no anchor in the cells read below (most candidates lie far away)
        cells = self.cells
        for dlat in (-1, 0, 1):
            for dlon in range(-3, 4):
                for (k, _id), a in cells.get((lat + dlat, lon + dlon), {}).items():
                    if k != key and _km(a, place) < km:
                        return True
        return False

    def names_parent(self, place: Place, key: str) -> bool:
        """True when an anchor named other than ``key`` is ``place``'s parent (id or name)."""
        keys = self.parents.get(place.parent or "")
        return bool(keys) and (len(keys) > 1 or key not in keys)


def _admin1_reading(gaz: Gazetteer, m: PlaceMention) -> Place | None:
    """The first-level unit a region-qualified mention names: "the Kyiv and Chernihiv
    regions" names Kyiv Oblast, not the city-region of Kyiv."""
    for place in m.candidates:
        if place.kind != "admin1":
            continue
        if place.name in _CITY_REGIONS and _REGION_WORD.sub("", m.span.text) == place.name:
            return _named_region(gaz, place.name) or place
        return place
    for place in m.candidates:
        if place.admin1 and place.country in ("UA", "RU", "BY", "MD"):
            return gaz.admin1(place.admin1)
    return None


@lru_cache(maxsize=64)
def _named_region(gaz: Gazetteer, name: str) -> Place | None:
    """The first-level unit "<name> region" names, if another than the city ("Kyiv")."""
    for c in gaz.lookup(f"{name} region"):
        if c.place.kind == "admin1" and c.place.name != name:
            return c.place
    return None


def _region_unit(gaz: Gazetteer, m: PlaceMention) -> Place | None:
    """:func:`_admin1_reading` of ``m``, kept in the gazetteer's memo by the mention's text,
    for the same candidates (the same names recur from report to report)."""
    units = gaz.memo.get("admin1_reading")
    if units is None:
        units = gaz.memo["admin1_reading"] = {}
    kept = units.get(m.span.text)
    if kept is not None and kept[0] is m.candidates:
        return kept[1]
    if len(units) >= _NAMES_KEPT:
        units.clear()
    unit = _admin1_reading(gaz, m)
    units[m.span.text] = (m.candidates, unit)
    return unit


def _names_district(m: PlaceMention) -> bool:
    """Whether the text of ``m`` ends with a word of a district or raion ("Kirovsky Raion",
    "Богодуховском районе")."""
    text = m.span.text
    return text[-1:] in _DISTRICT_LAST and text[-8:].lower().endswith(_DISTRICT_ENDS)


def _raion_reading(m: PlaceMention, best: Place) -> Place:
    """The second-level unit named after ``best`` ("Nikopol district"): the mention's own
    reading as one, in ``best``'s region (a unit the index knows elsewhere by that name,
    "Красногорский район" of the Altai, "Первомайский район" of the Mykolaiv region, is not
    the Bryansk region's or Crimea's, which the index may lack)."""
    for place in m.candidates:
        if place.kind == "admin2" and m.qualifier != "hromada" and place.admin1 == best.admin1:
            return place
    if m.qualifier == "hromada":
        word = "hromada"
    else:
        word = "Raion" if best.country == "UA" else "district"
    return Place(
        f"{best.id}:{'hromada' if m.qualifier == 'hromada' else 'admin2'}",
        f"{best.name} {word}",
        "admin2",
        best.country,
        best.admin1,
        best.lat,
        best.lon,
        0,
        None,
    )


def _several_regions(candidates: tuple[Place, ...]) -> bool:
    """Whether the candidates of a name lie in more than one first-level unit."""
    return len(candidates) > 1 and any(c.admin1 != candidates[0].admin1 for c in candidates)


def _one_admin1(candidates: tuple[Place, ...]) -> bool:
    """True when all candidates lie in one known first-level unit."""
    return (
        bool(candidates) and len({c.admin1 for c in candidates}) == 1 and bool(candidates[0].admin1)
    )


def _build_context(
    gaz: Gazetteer, mentions: list[PlaceMention], doc: Document, sentence_ids: list[int]
) -> _Context:
    """What the report tells about where it is; ``sentence_ids`` holds the sentence index of
    each mention."""
    report_admin1: set[str] = set()
    sentence_admin1: dict[int, set[str]] = defaultdict(set)
    sentence_hint: dict[int, dict[str, set[str]]] = defaultdict(dict)
    anchors: list[tuple[str, Place]] = []
    region_units: dict[int, Place | None] = {}
    named: dict[int, set[str]] = defaultdict(set)  # the regions each sentence names itself
    for m, si in zip(mentions, sentence_ids, strict=True):
        qualifier, candidates = m.qualifier, m.candidates
        first = candidates[0] if candidates else None
        if qualifier is None:  # (most mentions: the chain below, its qualified tests skipped)
            if first is None:
                continue
            if first.kind == "admin1":
                report_admin1.add(first.admin1 or "")
                sentence_admin1[si].add(first.admin1 or "")
                named[si].add(first.admin1 or "")
            elif len(candidates) == 1 or first.population > 200_000:
                key = _name_key(m.span.text)
                anchors.append((key, first))
                if first.admin1:
                    sentence_hint[si].setdefault(first.admin1, set()).add(key)
            continue
        if qualifier in ("region", "regional"):
            unit = region_units[id(m)] = _region_unit(gaz, m)
            if unit is not None and unit.admin1:
                report_admin1.add(unit.admin1)
                sentence_admin1[si].add(unit.admin1)
                named[si].add(unit.admin1)
        elif first is not None and first.kind == "admin1":
            report_admin1.add(first.admin1 or "")
            sentence_admin1[si].add(first.admin1 or "")
            named[si].add(first.admin1 or "")
        elif qualifier in ("raion", "hromada") and _one_admin1(candidates):
            # "В Белгородском районе ... в поселке Дубовое": the raion's region is context
            report_admin1.add(first.admin1 or "")
            sentence_admin1[si].add(first.admin1 or "")
        elif first is not None and (len(candidates) == 1 or first.population > 200_000):
            key = _name_key(m.span.text)
            anchors.append((key, first))
            if first.admin1:
                sentence_hint[si].setdefault(first.admin1, set()).add(key)
    named_admin1 = {si: frozenset(units) for si, units in named.items()}
    if sentence_admin1:
        _spread_headings(doc, sentence_admin1)
    if not report_admin1 and any(_several_regions(m.candidates) for m in mentions):
        # "Александр Гусев: в Каменском районе ...": the governor's region tells which (and
        # his surname no town: not Gusev of the Kaliningrad region)
        officials = named_officials(doc.text, doc.lowered)
        report_admin1.update(region for _, region in officials)
        surnames = tuple(_name_key(stem) for stem, _ in officials)
        if surnames:
            anchors = [(key, p) for key, p in anchors if not key.startswith(surnames)]
        ctx = _Context(
            report_admin1, sentence_hint, anchors, sentence_admin1, region_units, named_admin1
        )
        ctx.officials = surnames  # (read: the resolver asks again for far districts)
        return ctx
    return _Context(
        report_admin1, sentence_hint, anchors, sentence_admin1, region_units, named_admin1
    )


def _spread_headings(doc: Document, sentence_admin1: dict[int, set[str]]) -> None:
    """A heading line ("Kherson region." or "- Kharkiv region:") sets the context of its
    block: its regions (its own and those of the headings above it) go to every sentence
    after it up to the next list item or empty line.

    One pass in text order, carrying the regions of the headings whose blocks reach the
    sentence at hand; a sentence without regions of its own, when none are carried, changes
    nothing and is not read (nor is any before the first with regions)."""
    carried: set[str] = set()
    own = False  # whether they are those of a heading on a line of its own
    for si in range(min(sentence_admin1, default=len(doc.sentences)), len(doc.sentences)):
        if not carried and si not in sentence_admin1:
            continue
        sentence = doc.sentence(si)
        if carried and sentence.lstrip()[:1] in "-•🔴⚪":
            carried, own = set(), False  # a list item (or an empty line) ends the blocks above
        regions = named = sentence_admin1.get(si)
        heading_line = named is not None and len(sentence) < 40 and _own_line(doc, si)
        if carried:
            if regions is None:
                regions = sentence_admin1[si] = set(carried)
            elif not own and not heading_line:
                regions |= carried
            # (a heading on a line of its own gives its region only to the sentences that
            # name none, "Одещина\n... Також удару зазнала Миколаївка на Сумщині", and the
            # next such heading starts a block of its own)
        if (named is not None or not own) and (
            regions is not None
            and (
                (sentence.rstrip().endswith((".", ":")) and len(sentence) < 40)
                or ":" in sentence[:40]
            )
        ):  # (in the block of a heading on a line of its own, only a heading that names one)
            carried, own = set(regions), False
        elif heading_line:  # "🔸 Астраханская область"
            carried, own = set(regions), True


def _own_line(doc: Document, si: int) -> bool:
    """Whether sentence ``si`` of ``doc`` is a line of its own that ends in no full stop (a
    heading: "🔸 Тамбовская область")."""
    start, end = doc.sentences[si]
    text = doc.text
    return (
        (start == 0 or text[start - 1] == "\n")
        and (end >= len(text) or text[end : end + 1] == "\n")
        and not text[start:end].rstrip().endswith((".", "!", "?", "…"))
    )


_PRIORS: dict[tuple[str, str, int], float] = {}  # Gazetteer.prior by what it reads


def _static_score(gaz: Gazetteer, place: Place, key: str) -> float:
    """The part of a candidate's score that the text around the mention does not change:
    the place's prior, less for a big city district and for a name matched only through an
    alternate name."""
    prior_key = (place.kind, place.country, place.population)
    score = _PRIORS.get(prior_key)
    if score is None:
        score = _PRIORS[prior_key] = gaz.prior(place)
    if place.kind == "district" and place.population > 100:
        score -= max(0.0, math.log10(place.population) - 2.0)  # context, not size, decides
    name_key = _name_key(place.name)
    if (
        place.kind == "settlement"
        and name_key != key
        and not name_key.startswith(key + " ")
        and _skeleton(name_key) != _skeleton(key)
    ):
        score -= 1.5  # matched through an alternate name only ("Paris" for a Ukrainian village)
    return score


# what a report keeps of one name's candidates, scored alike wherever the name stands: each
# candidate with its static score, whether an anchor lies near it and whether one names its
# parent (see _readings), and whether any candidate is big enough for "the village of" to count
_Reading = tuple[Place, float, bool, bool]
_Readings = tuple[tuple[Place, ...], list[_Reading], bool, bool]


# what every report reads alike of a name's candidates (see _statics), by name key
_NameStatics = tuple[tuple[Place, ...], list[float], bool, bool]
_NAMES_KEPT = 8192


def _statics(gaz: Gazetteer, key: str, candidates: tuple[Place, ...]) -> _NameStatics:
    """The static scores of ``candidates``, named ``key`` (:func:`_static_score`), whether
    any is big enough for a settlement word to lower its score, and whether any lies in
    Russia or Ukraine (for the country cues): the same in every report, kept in the
    gazetteer's memo by name, for the same candidates (the index gives a name the same
    tuple each time)."""
    names = gaz.memo.get("name_statics")
    if names is None:
        names = gaz.memo["name_statics"] = {}
    kept = names.get(key)
    if kept is not None and kept[0] is candidates:
        return kept
    if len(names) >= _NAMES_KEPT:
        names.clear()
    statics = [_static_score(gaz, place, key) for place in candidates]
    big = any(p.population > 20_000 for p in candidates)
    cued = any(p.country in ("RU", "UA") for p in candidates)
    kept = names[key] = (candidates, statics, big, cued)
    return kept


def _readings(gaz: Gazetteer, ctx: _Context, key: str, candidates: tuple[Place, ...]) -> _Readings:
    """The parts of the scores of ``candidates``, named ``key``, that are the same in every
    sentence of the report (the static score, nearness to an anchor, a parent named), read
    once per name and report, with :func:`_statics`'s two flags."""
    kept = ctx.readings.get(key)
    if kept is not None and kept[0] is candidates:
        return kept
    _candidates, statics, big, cued = _statics(gaz, key, candidates)
    index = ctx.index
    rows: list[_Reading] = [
        (
            place,
            static,
            index.near(place, key),
            bool(place.parent) and index.names_parent(place, key),
        )
        for place, static in zip(candidates, statics, strict=True)
    ]
    kept = ctx.readings[key] = (candidates, rows, big, cued)
    return kept


def _ranked(
    gaz: Gazetteer,
    m: PlaceMention,
    ctx: _Context,
    si: int,
    sentence: str,
    recent_city: Place | None,
) -> tuple[Place, float]:
    """The best of a mention's several candidates and the confidence of that choice.

    Each candidate's score is summed in a fixed order, from
    what the report keeps of its name (:func:`_readings`) and what the sentence adds; a
    settlement word before the name is looked for only when a candidate is big enough for it
    to count, and the country cues only when one lies in Russia or Ukraine. The best is the
    first of the scores sorted by (score down, id), and the rival the highest score among the
    rest that is another place (another unit, or over 30 km away)."""
    text = m.span.text
    key = _name_key(text)
    _candidates, rows, big, cued = _readings(gaz, ctx, key, m.candidates)
    village = False
    if big:
        at = sentence.find(text)
        village = at > 0 and _village_before(sentence, at)
    ru_cue, ua_cue = ctx.country_cues(si, sentence) if cued else (False, False)
    sentence_admin1 = ctx.sentence_admin1.get(si, ())
    hints = ctx.sentence_hint.get(si, {})
    report_admin1 = ctx.report_admin1
    recent = recent_city.id if recent_city is not None else None
    scores: list[float] = []
    for place, score, near, named in rows:
        admin1 = place.admin1
        if admin1:
            if admin1 in sentence_admin1:
                score += 4.0
            elif (keys := hints.get(admin1)) and (len(keys) > 1 or key not in keys):
                score += 2.5
            elif admin1 in report_admin1:
                score += 1.5
        if village and place.population > 20_000:
            score -= 3.0
        if ru_cue and place.country == "RU":
            score += 1.5
        if ua_cue and place.country == "UA":
            score += 0.5
        if near:
            score += 1.0
        if place.parent:
            if place.parent == recent:
                score += 8.0
            elif named:
                score += 2.0
            else:
                score -= 2.0
        scores.append(score)
    return _best_of(rows, scores)


def _best_of(rows: list[_Reading], scores: list[float]) -> tuple[Place, float]:
    """The best of scored candidates (the first by score down, then id) and the confidence
    of the choice: its margin over the best rival, a candidate that is not the same place in
    another form (Kyiv the city, Kyiv the city-region); 5 when there is none."""
    at = 0
    best_score = scores[0]
    best = rows[0][0]
    for i in range(1, len(scores)):
        sc = scores[i]
        if sc > best_score or (sc == best_score and rows[i][0].id < best.id):
            at, best_score, best = i, sc, rows[i][0]
    rival: float | None = None
    for i, sc in enumerate(scores):
        if i == at or (rival is not None and sc <= rival):
            continue  # (the distance is measured only for a score that would count)
        p = rows[i][0]
        if p.admin1 != best.admin1 or _km(p, best) > 30:
            rival = sc
    margin = 5.0 if rival is None else best_score - rival
    return best, _confidence(margin)


def _choose(
    gaz: Gazetteer,
    m: PlaceMention,
    ctx: _Context,
    si: int,
    sentence: str,
    recent_city: Place | None = None,
) -> tuple[Place | None, float]:
    """The place a mention names and the confidence of that choice."""
    if m.qualifier in ("region", "regional"):
        unit = ctx.region_units[id(m)]  # read by _build_context
        return unit, 0.9 if unit else 0.0
    if not m.candidates:
        return None, 0.0
    if m.qualifier == "raion" and len(m.candidates) > 1:
        m = _ukrainian_readings(m, ctx)
    if len(m.candidates) == 1:
        best, confidence = m.candidates[0], _SURE  # no rival: the widest margin
    else:
        best, confidence = _ranked(gaz, m, ctx, si, sentence, recent_city)
    if best.kind == "admin2" and best.country == "RU":
        best = _russian_district(gaz, m, best, _located(ctx))
    if m.qualifier in ("raion", "hromada") and best.kind in ("settlement", "admin2"):
        if len(m.candidates) > 1 and (local := _local_namesake(m, best, ctx, si)) is not None:
            best = local  # "Астраханская область ... в Красноярском районе": Krasny Yar's
        return _raion_reading(m, best), confidence
    if (
        best.kind == "district"
        and recent_city is not None
        and best.parent != recent_city.id
        and _CITYS.search(sentence)
        and not _parent_named(ctx, m, best)  # (Odesa's district after "as Moscow pressed")
    ):
        return _city_district(m.span.text, recent_city), 0.6
    return best, confidence


def _ukrainian_readings(m: PlaceMention, ctx: _Context) -> PlaceMention:
    """A raion's readings without Russia's districts, when it has Ukrainian readings too and
    the report places nothing in Russia ("Сергей Лысак: в Новомосковском районе": the raion of
    Novomoskovsk, now Samar, in the Dnipropetrovsk region, not the Tula region's district)."""
    if not any(c.country == "UA" for c in m.candidates):
        return m
    if any(code.startswith("RU-") for code in _located(ctx)):
        return m
    kept = tuple(c for c in m.candidates if not (c.kind == "admin2" and c.country == "RU"))
    return m if len(kept) == len(m.candidates) else PlaceMention(m.span, kept, m.qualifier)


def _located(ctx: _Context) -> set[str]:
    """The first-level units a report names, or names a place of with one reading."""
    return ctx.report_admin1 | {a.admin1 for _, a in ctx.anchors if a.admin1}


def _russian_district(gaz: Gazetteer, m: PlaceMention, best: Place, located: set[str]) -> Place:
    """Among the Russian districts a mention may name, ``best`` unless it lies in no region
    the report locates (``located``): then the one whose region lies nearest them
    ("Брянская область ... В Курском районе": Kursk's, not Stavropol's), or, in a report that
    places nothing, the one placed at the biggest town ("Курский район" alone: Kursk's, not
    the Kursky district of the stanitsa Kurskaya)."""
    if best.admin1 in located:
        return best
    units = [c for c in m.candidates if c.kind == "admin2" and c.country == "RU"]
    if len(units) < 2:
        return best
    if located:
        points = [p for p in map(gaz.admin1, sorted(located)) if p is not None]
        points = [p for p in points if p.lat is not None and p.lon is not None]
        if not points:
            return best
        return min(units, key=lambda u: (_degrees_to(gaz, u, points), u is not best))
    return max(units, key=lambda u: (_town_size(gaz, u), u is best))


def _degrees_to(gaz: Gazetteer, unit: Place, points: list[Place]) -> float:
    """How far the region of ``unit`` lies from the nearest of ``points``, in degrees (the
    longitude's shrunk by the latitude)."""
    region = gaz.admin1(unit.admin1) if unit.admin1 else None
    if region is None or region.lat is None or region.lon is None:
        return math.inf
    return min(
        math.hypot(region.lat - p.lat, (region.lon - p.lon) * math.cos(math.radians(p.lat)))
        for p in points
    )


def _town_size(gaz: Gazetteer, unit: Place) -> int:
    """The population of the town a district read through it is placed at (its id is the
    town's and ":admin2"), else 0."""
    town = gaz.by_id(unit.id.removesuffix(":admin2")) if unit.id.endswith(":admin2") else None
    return town.population if town is not None else 0


def _local_namesake(m: PlaceMention, best: Place, ctx: _Context, si: int) -> Place | None:
    """The biggest town among the readings of a raion's adjective that lies in the first-level
    unit its sentence names, or else the report's only one, when ``best`` lies elsewhere: a
    raion is named after a town of its own region ("Астраханская область ... в Красноярском
    районе" is Krasny Yar's, not Krasnoyarsk's); None otherwise."""
    # (or, for one of Russia's districts where it names none, the one its places of one
    # reading lie in: "Самара. ... над Красноярским районом"; a town's raion there may be a
    # district of the city: "Черкаси. ... у Соснівському районі міста")
    here = ctx.sentence_admin1.get(si) or ctx.report_admin1
    if not here and (m.qualifier == "hromada" or (best.kind == "admin2" and best.country == "RU")):
        # (and a hromada where the report names no region: "Білицька громада. У смт Білики
        # ..., Зіньківська громада" is Bilyky's, in the Poltava region its places lie in)
        here = _located(ctx)
    if len(here) != 1 or best.admin1 in here:
        return None
    local = [c for c in m.candidates if c.admin1 in here and c.kind in ("settlement", "admin2")]
    return max(local, key=lambda c: (c.population, c.id)) if local else None


def _parent_named(ctx: _Context, m: PlaceMention, place: Place) -> bool:
    """Whether the report names the city that the district ``place`` lies in (as
    :func:`_readings` tells it of each candidate)."""
    return bool(place.parent) and ctx.index.names_parent(place, _name_key(m.span.text))


# the confidence of a choice without rivals (a margin of 5 or more)
def _confidence(margin: float) -> float:
    """The confidence of a choice made by ``margin`` points over the nearest rival (kept per
    margin: scores are sums of a few fixed steps, and the same margins recur)."""
    confidence = _CONFIDENCES.get(margin)
    if confidence is None:
        if len(_CONFIDENCES) >= _CONFIDENCES_KEPT:
            _CONFIDENCES.clear()
        confidence = _CONFIDENCES[margin] = _confidence_of(margin)
    return confidence


def _confidence_of(margin: float) -> float:
    """:func:`_confidence`, worked out."""
    return round(min(0.99, 0.55 + 0.09 * min(margin, 5.0)), 2)


_CONFIDENCES: dict[float, float] = {}
_CONFIDENCES_KEPT = 4096


_SURE = _confidence(5.0)


def _city_district(name: str, city: Place) -> Place:
    """A district ``name`` of ``city`` the gazetteer does not know ("the city's Dniprovskyi
    district"): placed at the city, so its precision is 2."""
    name = name if name.lower().endswith("district") else f"{name} district"
    slug = norm_key(name).replace(" ", "-")
    return Place(
        f"derived:{city.id}:{slug}",
        name,
        "district",
        city.country,
        city.admin1,
        city.lat,
        city.lon,
        0,
        city.id,
    )


# how a district's name ends ("Kyivskyi district", "Київський район"), the last 8 letters
_DISTRICT_ENDS = (
    *("district", "raion", "rayon"),
    *("район", "районі", "району", "районе", "района", "районом"),
)
_DISTRICT_LAST = frozenset(e[-1] for e in _DISTRICT_ENDS) | {e[-1].upper() for e in _DISTRICT_ENDS}
_DISTRICT_WORD = r"(?:districts?|raions?|rayons?|район\w*)"  # any of those, as a pattern
# the people of a town, right before its name: "a resident of", "two women from", "житель",
# "мешканка", "уроженец"
_RESIDENT_OF = compiled(
    r"(?:\b(?:residents?|natives?|(?:wo)?m[ae]n|girl|boy|teenager|pensioner|couple|family|"
    r"civilians?|drivers?|\d+-year-old)\s+(?:of|from)\s+(?:the\s+)?|(?<!\w)"
    rf"{alternation(RESIDENT_STEMS)}\w*\s+)$",
    re.IGNORECASE,
)
_SPACE = "[ \u00a0]"  # on one line
# between a district and the city it is of: "у Київському районі [міста] Харкова", "в
# Киевском районе [г.] Донецка", "the Kyivskyi district of [the city of] Kharkiv", "in"
_DISTRICT_OF = compiled(
    rf"{_SPACE}+(?:(?:міста|города|м\.|г\.){_SPACE}*|of{_SPACE}+"
    rf"(?:the{_SPACE}+city{_SPACE}+of{_SPACE}+)?|(?P<in>in){_SPACE}+)?",
    re.IGNORECASE,
)
# the words between the items of a list ("Kyivskyi and", "Kyivskyi, ")
_LIST_SEP = compiled(r"\s*(?:,\s*)?(?:(?:and|or|та|і|й|и)\s+)?")
_PLURAL_DISTRICT = compiled(r"\s(?:districts|raions|rayons)$", re.IGNORECASE)
_CITY_POSSESSIVE = compiled(rf"['’]s{_SPACE}+(?:the{_SPACE}+)?")  # "Kharkiv's Kyivskyi district"
_DISTRICT_CITY_MIN = 100_000  # a city with districts of its own
_RAION_TOWN = ("settlement", "admin2")  # what a raion named after a town reads as
_DISTRICT_KM = 15.0  # a district the gazetteer places this near a city is one of its own
_DISTRICT_WORDS = compiled(rf"\s+{_DISTRICT_WORD}$", re.IGNORECASE)


def _district_name(m: PlaceMention, lang: str) -> tuple[str, str]:
    """The name of the district ``m`` names, in Latin letters, and its dictionary form
    ("Київському районі" -> "Kyivskyi", "київський"; "the Slobidskyi district" ->
    "Slobidskyi" twice)."""
    words = _DISTRICT_WORDS.sub("", m.span.text).split()
    if not words:
        return m.span.text, m.span.text
    if not _CYR.search(words[-1]):
        return " ".join(words), " ".join(words)
    lang = lang if lang in ("uk", "ru") else "uk"
    forms = [_adjective_lemma(word, lang) for word in words]
    return " ".join(translit(form) for form in forms).title(), " ".join(forms)


def _adjective_lemma(word: str, lang: str) -> str:
    """The dictionary form of a district's word, as an adjective when it reads as one
    ("Центральному": "центральний", not the village "Центральне")."""
    adjectives = [a.lemma for a in analyse(word.lower(), lang) if "ADJF" in a.grammemes]
    return adjectives[0] if adjectives else (lemmas(word, lang) or (word,))[0].lower()


def _precision(place: Place, sentence: str, offset: int) -> int:
    if place.id.startswith("derived:"):
        return 2  # a unit placed at its namesake or its city: near, not at, the place
    if place.kind in ("settlement", "district"):
        before = sentence[max(0, offset - 40) : offset]
        low = before.lower() if before.isascii() else lowered(before)  # (as lacks reads it)
        if low is not None and not any(map(low.__contains__, _NEAR_WORDS)):
            return 1
        return 2 if _NEAR.search(before) else 1
    return 2 if place.kind == "admin2" else 3


def _navigation_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the blocks of links to other articles: from a heading such as "See also" or
    "Latest posts" to the first line of prose after it (or the end of the text)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    block = -1  # start of the block being read, or -1
    for line in text.split("\n"):
        stripped = line.strip()
        if block < 0:
            if (  # (an empty line is no heading: the pattern needs a word)
                stripped and len(stripped) <= _NAV_HEADING_MAX and _NAV_HEADING.fullmatch(stripped)
            ):
                block = pos
        elif len(stripped) >= _PROSE_LINE and not stripped.startswith(_LIST_MARKS):
            spans.append((block, pos))  # prose again: the block ends
            block = -1
        pos += len(line) + 1
    if block >= 0:
        spans.append((block, len(text)))
    return spans


def _is_dateline(head: str) -> bool:
    """True when the words before a dash are a dateline: a few capitalised words ("KYIV,
    Ukraine (AP)", "Kharkiv, Feb 3 (Reuters)"), not a sentence that happens to hold a dash
    ("Сбиты 30 дронов: 12 над ... — над ...", "Russia hits Dnipro block – photos", a list
    after a colon: "Загинули 5 людей: у Харкові – 3, ...")."""
    if ": " in head or ";" in head:
        return False
    if head.count(",") >= 2 and not any(map(str.isdigit, head)) and "(" not in head:
        return False  # a list of places: "Купʼянськ, Ізюм, Балаклія — обстріли"
    words = _DATELINE_WORD.findall(_BRACKETED.sub(" ", head))
    capitalised = sum(w[0].isupper() or w[0].isdecimal() for w in words)
    if not (0 < len(words) <= 8 and capitalised >= 0.6 * len(words)):
        return False
    # it opens with its place: "KYIV, ...", "Kharkiv, Feb 3", "Odesa (AP)", "Київ /..."; not
    # "Над Брянской областью сбиты 5 БПЛА, над Курской – 3", nor a place alone before the
    # dash, which is what a post's first line tells of it ("Курск — атака БПЛА, ...")
    return words[0].isupper() or _DATELINE_OPEN.match(head) is not None


def _dateline(text: str) -> tuple[int, int]:
    """Span of the report's dateline, on its first line or on the first line after a
    headline ("Title\nKYIV, Ukraine — ..."); ``(0, -1)`` when it has none."""
    start = 0
    for line_no in range(_DATELINE_LINES):
        while text.startswith("\n", start):
            start += 1
        stop = text.find("\n", start)
        line = text[start : len(text) if stop < 0 else stop]
        m = _DATELINE_END.search(line[:120])
        head = line[: m.start()] if m else ""
        # after a headline, only the wire form counts ("KYIV, Ukraine", "KYIV (AP)"): a list
        # item ("• Kharkiv — two injured") is no dateline
        wire = line_no == 0 or bool(_WIRE_DATELINE.search(head))
        if head.strip() and wire and _is_dateline(head):
            return start, start + m.start()
        if stop < 0 or line.rstrip().endswith((".", "!", "?")):
            break  # the first line was body text, not a headline
        start = stop + 1
    return 0, -1


# a wire dateline that opens a paragraph further on, its agency named: "MOSCOW (AP) —",
# "KYIV, Ukraine (AP) —" (a story filed from several places)
_AGENCY_NAMES = ("AP", "Reuters", "AFP", "Bloomberg", "dpa", "DPA", "Xinhua", "UPI")
_AGENCIES = tuple(f"({name})" for name in _AGENCY_NAMES)  # one in every dateline's brackets
_AGENCY_DATELINE = compiled(
    r"(?m)^(?-i:[A-Z][A-Z'’. -]{2,}?)(?:,\s*[A-Z][\w'’. -]{1,30}?)?\s*"
    rf"\((?:{'|'.join(_AGENCY_NAMES)})\)\s*(?=[—–-])"
)


# a place in brackets before a dash that opens a paragraph, the dateline of a rights group's
# or an agency's release: "(Kyiv) – Russian forces carried out ..."
_BRACKET_DATELINE = compiled(r"(?m)^\((?-i:[A-Z][\w'’.-]{2,}(?:\s[A-Z][\w'’.-]+)?)\)\s*(?=[—–-]\s)")


def _agency_datelines(text: str) -> list[tuple[int, int]]:
    """The spans of the wire datelines that open paragraphs after the first line
    (:data:`_AGENCY_DATELINE`), and of the bracketed places that open paragraphs
    (:data:`_BRACKET_DATELINE`); none in a text without an agency's bracket or a line that
    opens with a bracket."""
    if "(" not in text:
        return []
    found = []
    if any(map(text.__contains__, _AGENCIES)):
        found = [m.span() for m in _AGENCY_DATELINE.finditer(text) if m.start() > 0]
    if text.startswith("(") or "\n(" in text:
        found += [m.span() for m in _BRACKET_DATELINE.finditer(text)]
    return found


# a mention, its chosen place, the confidence of the choice, and the mention's sentence index
_Chosen = tuple[PlaceMention, Place, float, int]


class _Resolver:
    """Resolves the mentions of one report in text order, keeping the running context."""

    def __init__(
        self,
        report: Report,
        mentions: list[PlaceMention],
        gaz: Gazetteer,
        doc: Document,
        tables: list[TextTable] | None = None,
    ) -> None:
        self.report = report
        # the tables of the report's text (a digest's rows), read here when not given
        self.tables = text_tables(doc.text) if tables is None else tables
        self.doc = doc
        self.text = doc.text
        self.lang = doc.lang
        self.navigation = _navigation_spans(self.text)
        self.mentions = mentions
        self.gaz = gaz
        self.spans = doc.sentences
        # the sentence of each mention, found once for every stage below
        self.sentence_ids = doc.sentence_indices([m.span.start for m in mentions])
        self.ctx = _build_context(gaz, mentions, doc, self.sentence_ids)
        self.dateline = _dateline(self.text)
        self.later_datelines = _agency_datelines(self.text)  # (most reports have none)
        self.recent_city: Place | None = None
        # the settlements chosen for the report's mentions so far, by id (see named_before)
        self.chosen: dict[str, tuple[Place, float]] = {}
        self.placed: list[_Chosen] = []  # the mentions placed, before their roles (see run)
        self._points: list[Place] | None = None
        self._located: set[str] | None = None  # see located_admin1
        self.raion_regions: set[int] = set()  # see city_of_district
        self.rows: dict[str, list[tuple]] = {}
        self.unresolved: list[Unresolved] = []
        self.mention_sentences = set(self.sentence_ids)
        # the routes (:data:`_ROUTES`) whose words the report holds, its lower case read once
        self.routes = tuple(r for r in _ROUTES if not lacks(self.text, r.words, doc.lowered))

    def sentence(self, si: int) -> tuple[int, str]:
        if not self.spans:
            return 0, self.text
        return self.spans[si][0], self.doc.sentence(si)

    def run(self) -> tuple[list[ResolvedPlace], list[Unresolved]]:
        chosen = self.one_sense_per_name(self.choose_all(), self.text)
        if self.lang not in READ_LANGUAGES:
            chosen = self.keep_report_geography(chosen)
        self.placed = chosen
        spans, text_of, rows, role = self.spans, self.doc.sentence, self.rows, self.role
        # the decisions are kept for :func:`_home_towns` only where a person may be named
        # with their town
        # with the text's lower case read once, as for self.routes (see _tells_of_residents)
        tells = not lacks(self.text, _RESIDENT_WORDS, self.doc.lowered)
        decided: list[tuple] | None = [] if tells else None
        launched: tuple[PlaceMention, Place, RoleDecision] | None = None  # the last launch
        seat: tuple[PlaceMention, RoleDecision] | None = None  # the last place and its role
        for m, place, confidence, si in chosen:
            # (self.sentence, read here without a call of its own)
            s0, sentence = (spans[si][0], text_of(si)) if spans else (0, self.text)
            decision = role(m, place, si, s0, sentence)
            if launched is not None and (
                decision.role == "impact" or decision.cue == NO_STRIKE_CUE
            ):  # (not a region named for its governor: "from Kursk, Kursk region governor")
                decision = self.region_of_launch(m, place, launched) or decision
            if (
                decision.role == "impact"
                and seat is not None
                and seat[1].role == "mention"
                and _officials_of_places(seat[1].cue, self.lang)
            ):
                decision = self.listed_seat(m, seat) or decision
            launched = (m, place, decision) if decision.role == "launch" else None
            seat = (m, decision)  # (read as a seat only before a place struck)
            if decided is None:
                rows.setdefault(place.id, []).append((m, place, confidence, decision, sentence, s0))
            else:
                decided.append((m, place, confidence, decision, sentence, s0, si))
        for row in _home_towns(decided) if decided else ():
            rows.setdefault(row[1].id, []).append(row[:6])
        clauses = _ClauseReadings()  # for this report
        places = [_merge(self.report.id, rows, clauses) for rows in self.rows.values()]
        return places, self.unresolved

    def listed_seat(
        self, m: PlaceMention, seat: tuple[PlaceMention, RoleDecision]
    ) -> RoleDecision | None:
        """The role of the seat of officials of several places for the next name of its list
        ("Мэры Курска, Брянска и Орла обсудили защиту от атак": Oryol too is where mayors
        sit, not struck); None unless only a comma or "and" stands between the two names."""
        before, decision = seat
        if not _SEAT_LIST_GAP.fullmatch(self.text, before.span.end, m.span.start):
            return None
        return RoleDecision("mention", f"{decision.cue.partition(' (')[0]} (a list of seats)")

    def region_of_launch(
        self, m: PlaceMention, place: Place, launched: tuple[PlaceMention, Place, RoleDecision]
    ) -> RoleDecision | None:
        """The launch role of a first-level unit named right after a place attacks came from
        as the unit it lies in ("from Hvardiiske in Crimea", "з району Енгельса (Саратовська
        обл.)"): the unit is where they came from too; None for any other place."""
        before, where, decision = launched
        if place.kind != "admin1" or where.admin1 != place.admin1 or where.id == place.id:
            return None
        gap = self.text[before.span.end : m.span.start]
        if not _LAUNCH_REGION_GAP.fullmatch(gap):
            return None
        return RoleDecision("launch", f"{decision.cue} (the region of {before.span.text})")

    def choose_all(self) -> list[_Chosen]:
        """Choose a place for every mention in text order (the city context runs along)."""
        out: list[_Chosen] = []
        previous: tuple[PlaceMention, Place] | None = None
        spans, text_of, text, gaz, ctx = (
            self.spans,
            self.doc.sentence,
            self.text,
            self.gaz,
            self.ctx,
        )
        mentions = self.mentions
        for k, (m, si) in enumerate(zip(mentions, self.sentence_ids, strict=True)):
            if (
                m.qualifier is None
                and _name_key(m.span.text).startswith(_OFFICIAL_KEYS)
                and self.names_official(m)
            ):
                continue  # "Гусев: на территории региона сбито 8 БПЛА": the governor
            s0, sentence = (spans[si][0], text_of(si)) if spans else (0, self.text)
            # (self.choose, read here without calls of its own: the gloss is looked for only
            # before a closing bracket, is_gloss's first test)
            if (
                previous is not None
                and text[m.span.end : m.span.end + 1] == ")"
                and self.is_gloss(previous[0], m, previous[1])
            ):
                place, confidence = previous[1], 0.9
            elif (m.qualifier == "raion" or _names_district(m)) and (
                city := self.city_of_district(k)
            ) is not None:
                place, confidence = self.district_of(m, city), 0.8
            elif (
                m.qualifier == "raion"
                and (city := self.context_city(si)) is not None
                and (known := self.known_district_of(m, city)) is not None
            ):  # "Харків. ... по Салтівському району": the city's district, not a raion
                place, confidence = known, 0.8
            elif (
                m.qualifier is None
                and len(m.candidates) == 1
                and m.candidates[0].kind != "district"
            ):  # (_choose's answer for one reading named plainly, most mentions)
                place, confidence = m.candidates[0], _SURE
            else:
                place, confidence = _choose(gaz, m, ctx, si, sentence, self.context_city(si))
                if place is not None:
                    place, confidence = self.unit_of_report(m, place, confidence, si, sentence)
                if (
                    place is not None
                    and m.qualifier is None
                    and place.id not in self.chosen
                    and (again := self.named_before(m, si)) is not None
                ):
                    place, confidence = again  # "в районе Любимовки ... в Любимовке"
            if place is None:
                reason = (
                    "no first-level unit for this name"
                    if m.candidates or m.qualifier == "region"
                    else "no town of that name in the regions the report names"
                )
                self.unresolved.append(Unresolved(self.report.id, m.span, reason))
                continue
            if place.kind == "admin2" and (m.qualifier == "raion" or _names_district(m)):
                if self.raion_abroad(place):
                    self.unresolved.append(Unresolved(self.report.id, m.span, _RAION_ABROAD_REASON))
                    continue
                if self.raion_far(m, place):
                    self.unresolved.append(Unresolved(self.report.id, m.span, _RAION_FAR_REASON))
                    continue
            if (  # (far_from_report's first test, read here: most places fail it)
                place.kind == "settlement"
                and place.population < _FAR_MAX_POPULATION
                and self.far_from_report(m, place)
            ):
                place = self.nearer_homonym(m)
                if place is None:
                    self.unresolved.append(Unresolved(self.report.id, m.span, _FAR_REASON))
                    continue
                confidence = 0.6
            if (
                place.kind == "settlement"
                and place.population < _FAR_MAX_POPULATION
                and k + 1 < len(mentions)
                and self.in_region_of_another_country(m, mentions[k + 1], place)
            ):
                self.unresolved.append(Unresolved(self.report.id, m.span, _ELSEWHERE_REASON))
                continue
            out.append((m, place, confidence, si))
            if place.kind == "settlement":
                self.chosen.setdefault(place.id, (place, confidence))
            if (
                place.kind in ("settlement", "district")
                and (city := self.city_named_by(place)) is not None
                and not _launch_cue_before(sentence, m.span.start - s0)
            ):
                self.recent_city = city
            previous = (m, place)
        return out

    def context_city(self, si: int) -> Place | None:
        """The city whose districts the mentions of sentence ``si`` are read in first: the
        city last brought to mind (:meth:`city_named_by`), unless the sentence names
        first-level units and not the city's ("... Вознесенівському районі. На
        Дніпропетровщині дрони атакували Дніпровський район": the raion, not Zaporizhzhia's
        district)."""
        city = self.recent_city
        if city is not None and (named := self.ctx.named_admin1.get(si)):
            return city if city.admin1 in named else None
        return city

    def city_named_by(self, place: Place) -> Place | None:
        """The city (50,000 people or more) that a chosen settlement or city district brings
        to mind, whose districts the mentions after it are read in first: the settlement
        itself, or the district's city ("in the Zavodskyi district, and another hit ... in the
        Shevchenkivskyi district": Zaporizhzhia's, not that of a city named before)."""
        if place.kind == "district":
            if not place.parent or place.id.startswith("derived:"):
                return None
            city = self.gaz.by_id(place.parent)
            if city is None or city.kind != "settlement":
                return None
            place = city
        return place if place.population >= 50_000 else None

    def named_before(self, m: PlaceMention, si: int) -> tuple[Place, float] | None:
        """The settlement chosen for an earlier mention of the report that is one of the
        readings of ``m`` (in sentence ``si``; all of them settlements), when it is the only
        one so chosen and the sentence names no first-level unit of another reading: a place
        named again is the same place ("в районе Любимовки ... в Любимовке")."""
        chosen = self.chosen
        if not chosen or any(c.kind != "settlement" for c in m.candidates):
            return None  # ("Kyiv City": the city-region, or the city)
        again = [c for c in m.candidates if c.id in chosen]
        if len(again) != 1:
            return None
        place = again[0]
        here = {*self.ctx.sentence_admin1.get(si, ()), *self.ctx.sentence_hint.get(si, {})}
        if here and place.admin1 not in here:
            return None  # "Любимовка Херсонской области", "... неподалік Сум": it says which
        return chosen[place.id]

    def city_of_district(self, k: int) -> Place | None:
        """The city whose district mention ``k`` names, when the city's name stands right
        after it ("у Київському районі Харкова", "в Киевском районе г. Донецка", "the
        Kyivskyi district of Kharkiv") or before it ("Kharkiv's Kyivskyi district"): the
        biggest reading of that name of a city of :data:`_DISTRICT_CITY_MIN` people or more.
        """
        mentions, text = self.mentions, self.text
        m = mentions[k]
        other, loose = None, False
        if k + 1 < len(mentions):
            after = mentions[k + 1]
            link = _DISTRICT_OF.fullmatch(text, m.span.end, after.span.start)
            if link is not None:
                other, loose = after, link.group("in") is not None
        if other is None and m.qualifier == "raion":
            other, loose = self.city_after_list(k)  # "the Kyivskyi and Prymorskyi districts of"
        if other is None and k > 0:
            before = mentions[k - 1]
            if _CITY_POSSESSIVE.fullmatch(text, before.span.end, m.span.start):
                other = before
        if other is None:
            return None
        cities = [
            p
            for p in other.candidates
            if p.kind == "settlement" and p.population >= _DISTRICT_CITY_MIN
        ]
        if not cities:
            return None
        city = max(cities, key=lambda p: (p.population, p.id))
        if loose and any(p.kind in _RAION_TOWN and p.admin1 == city.admin1 for p in m.candidates):
            return None  # a raion named after a town of the city's region, "in" the city
        if any(
            p.kind == "admin2" and p.admin1 == city.admin1 for p in m.candidates
        ) and not self.known_district_of(m, city):
            # "the Glushkovsky district of Kursk": the region's, the city has none; the city's
            # name then stands for its region, no place struck (see read_role)
            if not loose:
                self.raion_regions.add(other.span.start)
            return None
        return city

    def city_after_list(self, k: int) -> tuple[PlaceMention | None, bool]:
        """The mention after a list of districts that mention ``k`` opens and a plural
        district word closes ("the Kyivskyi and Prymorskyi districts of Odesa"), when it
        follows as a city follows its district, and whether it follows loosely ("in"); (None,
        False) when there is no such list."""
        mentions, text = self.mentions, self.text
        last = k
        while (
            last + 1 < len(mentions)
            and mentions[last + 1].qualifier == "raion"
            and _LIST_SEP.fullmatch(text, mentions[last].span.end, mentions[last + 1].span.start)
        ):
            last += 1
        if (
            last == k
            or last + 1 >= len(mentions)
            or not _PLURAL_DISTRICT.search(mentions[last].span.text)
        ):
            return None, False
        link = _DISTRICT_OF.fullmatch(text, mentions[last].span.end, mentions[last + 1].span.start)
        if link is None:
            return None, False
        return mentions[last + 1], link.group("in") is not None

    def unit_of_report(
        self, m: PlaceMention, place: Place, confidence: float, si: int, sentence: str
    ) -> tuple[Place, float]:
        """``place`` (chosen for ``m`` with ``confidence``) read again against the city or
        region the report is about: a district of a city the report never names, or a raion
        named in a sentence about "the city", is the district of the city last named
        ("Харків. ... по Київському району міста", "the city's Prydniprovskyi district"); a
        district of a city never named, with no such city, the raion of a town of the
        report's region ("Харьковская область. В Богодуховском районе", "Kirovsky Raion" of
        the Kaluga region), else the Ukrainian raion centred on the town its adjective names
        ("в Богодуховском районе" alone); and a raion read through a town outside the report's
        regions, the raion of a town the report locates ("Климовского района" after "поселок
        Климово": Klimovo's, not Klimovsk's); a district the index knows only in a city of
        another country than the report's one region, a district of that region's centre
        (:meth:`capital_abroad`)."""
        city = self.context_city(si)
        stray = place.kind == "district" and not _parent_named(self.ctx, m, place)
        # a unit of a region the report does not locate, and the town of one it does that its
        # adjective may name (read once for both uses below)
        unlocated = place.kind == "admin2" and place.admin1 not in self.located_admin1()
        town = (
            self.raion_town(m)
            if unlocated and (m.qualifier == "raion" or _names_district(m))
            else None
        )
        if city is not None and (
            (stray and place.parent != city.id)
            or (
                m.qualifier == "raion"
                and place.admin1 != city.admin1
                and (
                    _CITYS.search(sentence)
                    or _OF_THE_CITY.match(self.text, m.span.end)
                    # (none of whose towns lies in a located region: "Саратов ... В Ленинском
                    # районе", Saratov's, not the Volgograd region's Leninsky district; but
                    # "Пенза. Над Каменским районом": Kamenka's)
                    or (unlocated and town is None)
                )
            )
        ):
            return self.district_of(m, city), 0.6
        if town is not None:
            # "Климовского района" in a report about Klimovo: Klimovo's raion, not Klimovsk's
            # ("The Pervomaiskyi raion of Kharkiv oblast": not the Mykolaiv region's)
            return _raion_reading(m, town), 0.7
        if stray and (m.qualifier == "raion" or _names_district(m)):
            if (town := self.raion_town(m)) is not None:
                return _raion_reading(m, town), 0.7
            if (unit := self.raion_of_town(m)) is not None:
                return unit, 0.6
            if (capital := self.capital_abroad(place)) is not None:
                # "Саратовская область. В Заводском районе": Saratov's district, not one of
                # Mykolaiv's
                return self.district_of(m, capital), 0.6
        return place, confidence

    def capital_abroad(self, place: Place) -> Place | None:
        """The centre of the one first-level unit the report locates, when it lies in another
        country than ``place`` (a district of a city the report never names); None
        otherwise."""
        located = self.located_admin1()
        if len(located) != 1:
            return None
        capital = centre(self.gaz, next(iter(located)))
        if capital is None or capital.country == place.country:
            return None
        return capital

    def in_later_dateline(self, span: Span) -> bool:
        """Whether ``span`` lies in a dateline that opens a later paragraph."""
        return any(start <= span.start and span.end <= end for start, end in self.later_datelines)

    def raion_town(self, m: PlaceMention) -> Place | None:
        """The town of the report's regions that the raion adjective of ``m`` is made from
        ("Богодуховском" -> Bohodukhiv, "Чугуевском" -> Chuhuiv, "Kirovsky" -> Kirov), by the
        town keys of its first word (:meth:`raion_town_keys`)."""
        located, named = self.located_admin1(), None
        towns = [
            found.place
            for key in self.raion_town_keys(m)
            for found in self.gaz.lookup(key)
            if found.place.kind == "settlement" and found.place.admin1 != m.candidates[0].admin1
        ]
        # a town of a region the report names by name first, then of one it locates ("над
        # Кировским районом" of the Kaluga region, whose Kirov the report names beside the
        # other Kirov), then a town it names
        regions = {
            o.candidates[0].admin1
            for o in self.mentions
            if o.candidates and o.candidates[0].kind == "admin1"
        }
        for town in towns:
            if town.admin1 in regions:
                return town
        for town in towns:
            if town.admin1 in located:
                return town
        for town in towns:
            if named is None:
                named = self.named_ids(m)
            if town.id in named:
                return town
        return None

    def named_ids(self, m: PlaceMention) -> set[str]:
        """The ids of every reading of the report's other names than that of ``m`` (the
        town "поселок Климово" names, read for "Климовский район")."""
        return {c.id for other in self.mentions if other is not m for c in other.candidates}

    def located_admin1(self) -> set[str]:
        """The first-level units the report names, or names a place of with one reading."""
        if self._located is None:
            self._located = _located(self.ctx)
        return self._located

    def raion_of_town(self, m: PlaceMention) -> Place | None:
        """The Ukrainian raion centred on a town the raion adjective of ``m`` is made from,
        wherever the town lies ("в Богодуховском районе" in a report that names no region:
        Bohodukhiv Raion, not a district of a city the report never names)."""
        for key in self.raion_town_keys(m):
            for found in self.gaz.lookup(key):
                town = found.place
                if town.kind != "settlement" or town.country != "UA":
                    continue
                if (unit := self.gaz.raion_centred_on(town)) is not None:
                    return unit
        return None

    def raion_town_keys(self, m: PlaceMention) -> tuple[str, ...]:
        """The names of the town the raion adjective that opens ``m`` may be made from: by
        :func:`~geo.language.cyrillic.adjective_keys` in Cyrillic, by the adjective without
        its ending and as written in Latin letters ("Kirovsky": Kirov, Kirovsky)."""
        words = m.span.text.split()
        if not words:
            return ()
        if _CYR.search(words[0]):
            lang = self.lang if self.lang in ("uk", "ru") else "uk"
            return adjective_keys(words[0], "raion", lang)[1]
        word = words[0]
        stems = (LATIN_RAION_ENDING.sub("", word), LATIN_RAION_K_ENDING.sub("", word), word)
        return tuple(dict.fromkeys(k for k in map(norm_key, stems) if k))

    def district_of(self, m: PlaceMention, city: Place) -> Place:
        """The district of ``city`` that ``m`` names: one the gazetteer knows in that city
        (:meth:`known_district_of`), else one placed at the city (:func:`_city_district`)."""
        known = self.known_district_of(m, city)
        return known if known is not None else _city_district(_district_name(m, self.lang)[0], city)

    def known_district_of(self, m: PlaceMention, city: Place) -> Place | None:
        """The district of ``city`` that ``m`` names among the districts the gazetteer knows
        in that city (among the mention's readings, or by the name's dictionary form and
        "district"); None when it knows none of that name."""
        name, lemma = _district_name(m, self.lang)
        readings = [*m.candidates]
        for key in dict.fromkeys((f"{name} district", f"{lemma} район")):
            readings.extend(found.place for found in self.gaz.lookup(key))
        for place in readings:
            if place.kind == "district" and (
                place.parent == city.id or _km(place, city) <= _DISTRICT_KM
            ):
                return place
        return None

    def report_points(self) -> list[Place]:
        """Places that locate the report: its regions and its names with one clear reading."""
        if self._points is None:
            units = [self.gaz.admin1(code) for code in sorted(self.ctx.report_admin1) if code]
            self._points = [
                p
                for p in [*units, *(a for _, a in self.ctx.anchors)]
                if p is not None and p.lat is not None and p.kind != "country"
            ]
        return self._points

    def in_region_of_another_country(
        self, m: PlaceMention, after: PlaceMention, place: Place
    ) -> bool:
        """True when the mention right after ``m`` is the region it lies in ("Николаевки в
        Белгородской области", "Mykolaivka, Belgorod region") and that region is in another
        country than ``place``, a homonym of it the index knows (its own village is too small
        for the index)."""
        if after.qualifier not in ("region", None) or not after.candidates:
            return False
        unit = after.candidates[0]
        if unit.kind != "admin1" or not unit.admin1 or unit.country == place.country:
            return False
        if unit.country not in ("RU", "UA", "BY", "MD"):
            return False
        return bool(_QUALIFYING_GAP.match(self.text, m.span.end, after.span.start))

    def far_from_report(self, m: PlaceMention, place: Place) -> bool:
        """True for a small settlement, named without a region word, far from every other
        place of the report (a village in Zakarpattia in a report about Belgorod)."""
        if place.kind != "settlement" or place.population >= _FAR_MAX_POPULATION or m.qualifier:
            return False
        if place.admin1 in self.ctx.report_admin1 or place.lat is None:
            return False
        if self.in_launch_list(m) and place is m.candidates[0]:
            return False  # "launched from around Bryansk, Navlya and Millerovo": far by nature
        if len(m.candidates) == 1 and (
            (place.population >= _FAR_TOWN_POPULATION and not self.may_be_person(m))
            or self.in_place_position(m)
        ):
            # "shelling in Bilozerka": the only place of that name, named as one; "airfields
            # near Starokostiantyniv and Myrhorod": the only town of that name
            return False
        others = [p for p in self.report_points() if p.id != place.id]
        return bool(others) and min(_km(p, place) for p in others) > _FAR_KM

    def names_official(self, m: PlaceMention) -> bool:
        """Whether ``m`` is the surname of a regional head the report tells as one ("Гусев:
        в Каменском районе ...": the governor, not the town of Gusev)."""
        officials = self.ctx.official_keys(self.text)
        return (
            bool(officials)
            and _name_key(m.span.text).startswith(officials)
            and told_at(self.text, m.span.start)
        )

    def may_be_person(self, m: PlaceMention) -> bool:
        """Whether a one-word Ukrainian or Russian name may be a person's ("Гусев писал":
        the governor, or the town of Gusev)."""
        word = m.span.text
        return (
            self.lang in ("uk", "ru") and " " not in word and person_share(word, self.lang)[0] > 0
        )

    def raion_abroad(self, place: Place) -> bool:
        """True for a raion whose town lies far from every place of the report, all of them
        in another country ("Оперштаб Краснодарского края: ... В Славянском районе": not
        Sloviansk in Donetsk Oblast; the Kuban's raion is named after a town the gazetteer
        spells otherwise)."""
        if place.lat is None:
            return False
        others = self.report_points()
        return (
            bool(others)
            and all(p.country != place.country for p in others)
            and min(_km(p, place) for p in others) > _FAR_KM
        )

    def list_line_cue(self, m: PlaceMention) -> RoleDecision | None:
        """The role the head of a list gives ``m`` when it stands on a short line of the list
        that gives it a count and ends with a comma ("Брянская область — 31,"), which the
        sentence split does not end; None otherwise."""
        start, end = _line_of(self.text, m.span)
        if end - start > _LIST_LINE_MAX or not _LINE_COUNT_GOES_ON.match(
            self.text, m.span.end, end
        ):
            return None
        return list_cue(self.list_head(start))

    def other_place_in_line(self, m: PlaceMention, place: Place) -> bool:
        """True when the line of ``m`` (read as ``place``) holds another place chosen than a
        country, ``place``'s own region and a district of it (not a name left unplaced:
        "сообщил губернатор Гусев"; not "the Sumy regional military administration said",
        "по Салтівському району")."""
        start, end = _line_of(self.text, m.span)
        return any(
            other is not m
            and start <= other.span.start < end
            and there.kind != "country"
            and not (there.kind == "admin1" and there.admin1 == place.admin1)
            and there.parent != place.id
            for other, there, _confidence, _si in self.placed
        )

    def raion_far(self, m: PlaceMention, place: Place) -> bool:
        """True for a Russian district read through a town in another part of the country
        than every other place there of the report with one reading or a region
        (:data:`_FAR_DEGREES` of longitude; places abroad, "у реки Нара" read as Nara, are not
        asked):
        "Курская область. ... в Беловском районе" is not Belovo's, in the Kemerovo region
        (its own region, which the report's context counts, is not asked)."""
        if place.country != "RU" or place.kind != "admin2":
            return False
        if place.lat is None or place.lon is None:
            # (a district the index places nowhere: its region's point)
            unit = self.gaz.admin1(place.admin1) if place.admin1 else None
            if unit is None or unit.lat is None:
                return False
            place = unit
        others = [other for other in self.mentions if other is not m]
        if not self.all_far(others, place):
            return False
        officials = self.ctx.official_keys(self.text)  # (asked only here: most are near)
        if officials:  # "Гусев: в Каменском районе": the governor, not the town of Gusev
            others = [o for o in others if not _name_key(o.span.text).startswith(officials)]
            return self.all_far(others, place)
        return True

    def all_far(self, others: list[PlaceMention], place: Place) -> bool:
        """Whether the places of ``others`` with one reading, in ``place``'s country (Moscow
        aside: its mayor's and ministry's news), are all far from it in longitude; False
        where there are none."""
        points = [
            c
            for c in located_places(others)
            if c.lat is not None
            and c.lon is not None
            and c.country == place.country
            and c.population < _SEAT_CITY
        ]
        return bool(points) and all(abs(c.lon - place.lon) > _FAR_DEGREES for c in points)

    def in_place_position(self, m: PlaceMention) -> bool:
        """True when a preposition of place or a settlement word stands right before."""
        before = self.text[max(0, m.span.start - 30) : m.span.start]
        return bool(_PLACE_POSITION.search(before))

    def in_launch_list(self, m: PlaceMention) -> bool:
        """True when the name is an item of a list of the places attacks came from (its first
        too)."""
        before = self.text[max(0, m.span.start - 200) : m.span.start]
        return bool(_LAUNCH_LIST.search(before))

    def nearer_homonym(self, m: PlaceMention) -> Place | None:
        """A place of the same name near the report's other places: another reading of the
        mention in a region the report names ("в Любимовке" in a report about Sevastopol: its
        village, not the bigger one of the Kherson region), else one of the same name by
        transliteration."""
        own = {c.id for c in m.candidates}  # the far readings locate nothing
        others = [p for p in self.report_points() if p.id not in own]

        def near(place: Place) -> bool:
            return (
                place.lat is not None
                and min((_km(p, place) for p in others), default=math.inf) <= _FAR_KM
            )

        named = self.ctx.report_admin1 | {p.admin1 for _key, p in self.ctx.anchors}
        found = [
            c for c in m.candidates if c.kind == "settlement" and c.admin1 in named and near(c)
        ]
        if len(found) == 1:
            return found[0]
        spelled = [
            c.place
            for c in self.gaz.lookup_skeleton(m.span.text)
            if c.place.id not in own and near(c.place)
        ]
        return spelled[0] if spelled else None

    @staticmethod
    def one_sense_per_name(chosen: list[_Chosen], text: str | None = None) -> list[_Chosen]:
        """A name written the same way means the same place throughout a report: every
        unqualified mention of it takes the reading chosen with the most confidence, but for
        one followed right away by the first-level unit its own reading lies in, where that
        one does not ("Mykolaivka in Sumy region" after "Mykolaivka in Donetsk region";
        ``text``: the report's, where the mentions stand)."""
        best: dict[str, tuple[Place, float]] = {}
        keys: list[str | None] = []  # the name key of each row that may take another reading
        named_again = False
        for m, place, confidence, _si in chosen:
            if m.qualifier is None and place.kind in ("settlement", "district"):
                key = _name_key(m.span.text)
                held = best.get(key)
                if held is None:
                    best[key] = (place, confidence)
                else:
                    named_again = True
                    if confidence > held[1]:
                        best[key] = (place, confidence)
                keys.append(key)
            else:
                keys.append(None)
        if not named_again:
            return chosen  # each name once: its best reading is its own
        return [
            row
            if key is None
            or best[key][0] is row[1]
            or (text is not None and _pinned(chosen, k, best[key][0], text))
            else (row[0], *best[key], row[3])
            for k, (row, key) in enumerate(zip(chosen, keys, strict=True))
        ]

    def choose(
        self, m: PlaceMention, previous: tuple[PlaceMention, Place] | None, si: int, sentence: str
    ) -> tuple[Place | None, float]:
        """The place ``m`` names and the confidence of the choice, after ``previous`` (the
        last mention and its place); :meth:`choose_all` reads this itself."""
        if previous is not None and self.is_gloss(previous[0], m, previous[1]):
            return previous[1], 0.9  # "Kyiv (Київ)": the same place in another script
        return _choose(self.gaz, m, self.ctx, si, sentence, self.context_city(si))

    def is_gloss(self, prev: PlaceMention, m: PlaceMention, place: Place) -> bool:
        """``Kyiv (Київ)``: the same name again in brackets, in another script."""
        if self.text[m.span.end : m.span.end + 1] != ")":
            return False  # (looked at first: the words between may be many)
        if self.text[prev.span.end : m.span.start].strip() != "(":
            return False
        other_script = bool(_CYR.search(prev.span.text)) != bool(_CYR.search(m.span.text))
        return other_script or place.id in {c.id for c in m.candidates}

    def keep_report_geography(self, chosen: list[_Chosen]) -> list[_Chosen]:
        """In a language whose words are not read, a capitalised word may be a common word
        that is also a place ("Ataque", "Triunfo"): keep countries, first-level units and
        places of the war's countries or of a country the report names; list the rest as
        unresolved."""
        countries = _WAR_COUNTRIES | {p.country for _, p, _, _ in chosen if p.kind == "country"}
        kept = []
        for m, place, confidence, si in chosen:
            if place.kind in ("country", "admin1") or place.country in countries:
                kept.append((m, place, confidence, si))
            else:
                self.unresolved.append(Unresolved(self.report.id, m.span, _UNREAD_REASON))
        return kept

    def in_navigation(self, pos: int) -> bool:
        """True when ``pos`` lies in a block of links to other articles."""
        return any(start <= pos < end for start, end in self.navigation)

    def role(self, m: PlaceMention, place: Place, si: int, s0: int, sentence: str) -> RoleDecision:
        """The role of ``m`` (read as ``place``) in sentence ``si`` (at ``s0``): that of
        :meth:`read_role`, but for a big city abroad in a Ukrainian or Russian report, which
        is named for its government or its people ("Лондон передав ракети, якими ЗСУ
        вдарили по Криму", "Вена. Прокуратура ..."), not as struck."""
        decision = self.read_role(m, place, si, s0, sentence)
        if (
            decision.role == "impact"
            and place.population >= _ABROAD_NOT_STRUCK
            and place.kind == "settlement"
            and place.country not in _CORE_COUNTRIES
            and self.lang in ("uk", "ru")
        ):
            return RoleDecision("mention", f"a city abroad ({decision.cue})")
        return decision

    def read_role(
        self, m: PlaceMention, place: Place, si: int, s0: int, sentence: str
    ) -> RoleDecision:
        if self.lang not in READ_LANGUAGES:
            return RoleDecision("mention", f"language not read ({self.lang})")
        if self.raion_regions and m.span.start in self.raion_regions:
            return RoleDecision("mention", "the region of the district named before it")
        if self.navigation and self.in_navigation(m.span.start):
            return RoleDecision("mention", "links to other articles")
        if self.routes and (route := _on_route(self.routes, sentence, m.span.start - s0)):
            return RoleDecision("mention", route)
        if self.tables and (told := cell_role(self.tables, self.text, m.span.start)):
            return RoleDecision(*told)  # "Sumy Oblast | Shostka | 2": by the column's header
        decision = decide_role(
            sentence,
            m.span.start - s0,
            m.span.end - s0,
            kind=place.kind,
            dateline=(self.dateline[0] <= m.span.start and m.span.end <= self.dateline[1])
            or (bool(self.later_datelines) and self.in_later_dateline(m.span)),
            qualifier=m.qualifier,
            lang=self.lang,
        )
        if (
            place.kind == "sea"
            and decision.role == "impact"
            and (
                not (
                    _OVER_SEA.search(decision.cue)
                    or _OVER_SEA.search(sentence, max(0, m.span.start - s0 - 30), m.span.start - s0)
                    or _IN_SEA.search(sentence, max(0, m.span.start - s0 - 10), m.span.start - s0)
                )
                # (weapons, not a plane intercepted over the Baltic)
                or lacks(sentence, _WEAPON_WORDS)
            )
        ):
            # a sea is struck only where weapons are brought down over it or in its waters;
            # otherwise it places what was struck ("drones hit Tuapse, by the Black Sea")
            return RoleDecision("mention", f"a sea beside the strike ({decision.cue})")
        if (
            decision.role == "impact"
            and place.country not in _CORE_COUNTRIES
            and (said := DIPLOMATS_AFTER.match(sentence, m.span.end - s0)) is not None
        ):  # "In Brussels, EU diplomats said ...": where they met, abroad
            return RoleDecision("mention", said.group().strip(" ,"))
        if decision.cue == NIGHT_OF_ATTACKS and place.country not in _CORE_COUNTRIES:
            return RoleDecision("mention", "a night abroad")  # "A long night in Warsaw for ..."
        if (
            decision.role == "impact"
            and place.country not in _CORE_COUNTRIES
            and self.lang in ("uk", "ru")
            and (
                visit := _VISIT_BEFORE.search(
                    sentence, max(0, m.span.start - s0 - 60), m.span.start - s0
                )
            )
        ):  # "з візитом делегації до Вашингтона": where a visit or talks were, abroad
            return RoleDecision("mention", f"a visit or talks: {visit.group().strip()}")
        if (  # "Pryluky: loud explosions at 4 a.m. The council says no hits in the town"
            decision.role == "impact"
            and decision.cue.lower() in BLAST_CUES
            and si + 1 < len(self.spans)
            and si + 1 not in self.mention_sentences
            and denied_after(self.sentence(si + 1)[1], place.kind)
        ):
            return RoleDecision("mention", "explosions, no hits there (next sentence)")
        if decision.role != "mention" or place.kind == "country":
            return decision
        if _seat_spoken(decision.cue) and self.alone_in_sentence(m, si):
            verb = hard_impact_after(sentence[m.span.end - s0 :])
            if verb:  # "Officials in Novorossiysk ... after drones attacked the port"
                return RoleDecision("impact", f"{verb} (after {decision.cue})")
        if decision.cue == NO_STRIKE_CUE and "\n" in sentence:
            listed = self.list_line_cue(m)
            if listed:  # "Брянская область — 31,\nРостовская область — 19,": lines of one
                return listed  # sentence, their commas no stops
        if (
            len(sentence) < 60  # (_is_heading's first test, read here)
            # (a dateline heads its line's strike only where the line names no other place:
            # "Курск. 3 июня. ИНТЕРФАКС - Беспилотник атаковал дом", not "Москва. 28 мая.
            # INTERFAX — Беспилотники атаковали ... в Орловской области")
            and (decision.cue != "dateline" or not self.other_place_in_line(m, place))
            and (
                _is_heading(sentence, m, dated=decision.cue != "dateline")
                or (
                    self.places_per_sentence[si] > 1
                    and _is_heading(sentence, m, self.others_in_sentence(m, si, place))
                )
            )
        ):
            if LINE_COUNT.search(sentence, m.span.end - s0):
                # "Bryansk Region — 28": a line of a list, told of by the words above it
                listed = list_cue(self.list_head(s0))
                if listed:
                    return listed
            block = self.block_after(si)
            if not block.strip():  # "📍 Kupiansk\nAn FPV drone struck a house ...": the line
                block = self.line_below(si)  # below, when it names no place of its own
            return block_cue(block, self.lang)
        if (
            decision.cue == NO_STRIKE_CUE
            and self.numbered
            and (head := self.numbered_list_head(s0))
        ):
            cue = strike_cue(head, self.lang)
            if cue:  # "уразили низку об'єктів.\n\n1️⃣ Рязанський НПЗ (м. Рязань)"
                return RoleDecision("impact", f"{cue} (a target of a numbered list)")
        if decision.cue == NO_STRIKE_CUE and (head := self.bullet_list_head(m)):
            listed = item_list_cue(head, self.lang)
            if listed:  # "What was hit:\n▪️ Ratne: fuel depot on the northern edge of town"
                return listed
        if (
            decision.cue in (NO_STRIKE_CUE, "explosions heard")
            and si + 1 < len(self.spans)
            and si + 1 not in self.mention_sentences
            # (with another town named beside it, "the city" may be that one: "Russia
            # pounded Kyiv ... before EU envoys met in Brussels. Explosions shook the city";
            # not its region or its own administration)
            and not self.other_town_beside(m, place, si)
            # (nor a place its own sentence says was not hit: "X was not damaged")
            and not (sentence.isascii() and told_unharmed(sentence))
        ):
            cue = anaphor_cue(self.sentence(si + 1)[1], place.kind, self.lang)
            if cue:
                return RoleDecision("impact", f"{cue} (next sentence refers back)")
        return decision

    def other_town_beside(self, m: PlaceMention, place: Place, si: int) -> bool:
        """Whether sentence ``si`` names a settlement other than ``place`` beside ``m``
        (by the best candidate of each of its mentions)."""
        for o, sj in zip(self.mentions, self.sentence_ids, strict=True):
            if sj == si and o is not m and o.candidates:
                other = o.candidates[0]
                if other.kind == "settlement" and other.id != place.id:
                    return True
        return False

    def others_in_sentence(self, m: PlaceMention, si: int, place: Place) -> tuple[str, ...]:
        """The names, as written, of the other places of sentence ``si`` than ``m`` that lie
        in ``place``'s region ("Житомирщина — Коростишів", not a route's other end in
        another region: "Лозова — Київ"), by the best candidate of each."""
        return tuple(
            o.span.text
            for o, sj in zip(self.mentions, self.sentence_ids, strict=True)
            if sj == si and o is not m and o.candidates and o.candidates[0].admin1 == place.admin1
        )

    def alone_in_sentence(self, m: PlaceMention, si: int) -> bool:
        """True when no other place (countries aside) is named in the sentence of ``m``."""
        return self.places_per_sentence[si] == (0 if _is_country(m) else 1)

    @cached_property
    def places_per_sentence(self) -> Counter[int]:
        """How many mentions (countries aside) each sentence holds, counted once."""
        return Counter(
            [
                si
                for o, si in zip(self.mentions, self.sentence_ids, strict=True)
                if not (o.candidates and o.candidates[0].kind == "country")  # (_is_country)
            ]
        )

    def list_head(self, at: int) -> str:
        """The words above the list whose line starts at or before ``at``: the line before
        its first line of a name and a count, and when that line is blank or only says the
        list breaks a count down by place, the paragraph above it."""
        start = self.text.rfind("\n", 0, at) + 1
        while start > 0:
            before = self.text.rfind("\n", 0, start - 1) + 1
            if not _COUNT_LINE.match(self.text, before, start - 1):
                break
            start = before
        head_start = self.text.rfind("\n", 0, max(start - 1, 0)) + 1
        head = self.text[head_start:start]
        if not head.strip() or _only_breaks_down(head):
            # "Breakdown by region:": what it breaks down is told in the paragraph above
            above = max(self.text.rfind("\n\n", 0, max(head_start - 1, 0)), 0)
            head_start = max(above, head_start - _LIST_HEAD)
        return self.text[head_start:start]

    def bullet_list_head(self, m: PlaceMention) -> str | None:
        """The line that heads the bulleted list whose item ``m`` opens, with its place's
        name and then a colon or a dash ("What was hit:\n▪️ Ratne: fuel depot ..."), when
        that line ends with a colon; None otherwise."""
        text = self.text
        start = text.rfind("\n", 0, m.span.start) + 1
        if not _BULLET_ITEM.fullmatch(text, start, m.span.start) or not _ITEM_NAME_ENDS.match(
            text, m.span.end
        ):
            return None
        while start > 0:  # up the list's items to the line above them
            above = text.rfind("\n", 0, start - 1) + 1
            line = text[above : start - 1]
            if not _BULLET_ITEM.match(line):
                return line if line.rstrip().endswith(":") else None
            start = above
        return None

    @cached_property
    def numbered(self) -> bool:
        """Whether a line of the report opens with an item's number (see
        :meth:`numbered_list_head`), read once for the report."""
        return _ANY_NUMBERED_ITEM.search(self.text) is not None

    def numbered_list_head(self, at: int) -> str | None:
        """The paragraph above a numbered list ("1️⃣ ...", "1. ...", "1) ...") whose item
        the sentence at ``at`` opens (the item's first sentence: what it names is the
        target); None when it opens no numbered item."""
        text = self.text
        start = text.rfind("\n\n", 0, at)
        start = 0 if start < 0 else start + 2
        if not _NUMBERED_ITEM.match(text, start) or (
            text[start:at].strip() and not _NUMBERED_ITEM.fullmatch(text, start, at)
        ):
            return None  # (the item's number may stand as a sentence of its own: "1.")
        item = _NUMBERED_ITEM.match(text, start)
        while item.group("n") != "1":  # up to the list's first item
            above = text.rfind("\n\n", 0, max(start - 2, 0))
            above = 0 if above < 0 else above + 2
            if above == start or not (item := _NUMBERED_ITEM.match(text, above)):
                return None
            start = above
        if start == 0:
            return None
        head = text[max(text.rfind("\n\n", 0, start - 2) + 2, start - _LIST_HEAD, 0) : start]
        # its last sentence, which says what the list is ("Реквізити для допомоги:" is no
        # list of targets, whatever was struck before it)
        body = head.rstrip()
        cut = max(body.rfind(". ", 0, len(body) - 1), body.rfind("\n", 0, len(body) - 1))
        last = body[cut + 1 :]
        # (nor of help, shelters, hospitals or reminders: "После атаки на Курск жителям
        # напоминаем:", "Поранених госпіталізовано до лікарень:")
        return None if _HELP_LIST.search(last) else last

    def line_below(self, si: int) -> str:
        """The first sentence of the line right below sentence ``si`` (a heading on a line
        of its own), when it names no place; "" otherwise."""
        spans = self.spans
        if si + 1 >= len(spans) or si + 1 in self.mention_sentences:
            return ""
        gap = self.text[spans[si][1] : spans[si + 1][0]]
        if gap.count("\n") != 1 or gap.strip():
            return ""
        return self.sentence(si + 1)[1]

    def block_after(self, si: int) -> str:
        """The rest of the paragraph after sentence ``si``."""
        end = self.text.find("\n", self.spans[si][1])
        end = len(self.text) if end < 0 else end
        return self.text[self.spans[si][1] : end]


# the people of a city abroad this big that a Ukrainian or Russian report names for its
# government or its people, not as struck (the gazetteer's Cyrillic names abroad start here)
_ABROAD_NOT_STRUCK = 250_000
# a visit, a delegation or talks, right before the place they were at: "з візитом делегації
# до", "визит в", "переговоры в"
_VISIT_BEFORE = compiled(
    r"(?<![\w-])(?:візит|визит|поїздк|поездк|делегаці|делегаци|переговор|саміт|саммит|"
    r"зустріч|встреч|конференці|конференци)\w*(?:\s+[\w'’ʼ-]+){0,2}\s+(?:до|в|у|на|во)\s+$",
    re.IGNORECASE,
)
# what a list of help, shelter or care is headed by, rather than a list of targets
_HELP_LIST = compiled(
    r"(?:допомог|помощ|пункт|укрит|укрыт|лікарн|больниц|реквіз|реквиз|госпіталіз|госпитализ|"
    r"напомина|нагаду|розміщ|размещ|обігрів|обогрев|евакуац|эвакуац|\bhelp|\bshelter|"
    r"\bhospital|\bpoints?\b|\bremind)",
    re.IGNORECASE,
)
# an item of a numbered list, at its line's start: "1️⃣ ", "2. ", "3) "
_NUMBERED_ITEM = compiled(r"[ \t]*(?P<n>\d{1,2})(?:[.)]|\ufe0f?\u20e3)\s")
# a bullet that opens a line of a list, up to its text: "▪️ ", "• ", "- ", "🔸 "
_BULLET_ITEM = compiled(r"[ \t]*(?:[•▪◾◼►▶➖*\-–—]|🔸|🔹|📍)\ufe0f?[ \t]*")
# the end of a list item's name: a colon or a dash after it, perhaps after its region in
# brackets ("Rokytne (Rivne region): substation")
_ITEM_NAME_ENDS = compiled(r"(?:\s*\([^()\n]{1,40}\))?\s*(?::|\s[—–-]\s)")
# whether a report holds a numbered item at any line's start (read once for the report)
_ANY_NUMBERED_ITEM = compiled(r"^[ \t]*\d{1,2}(?:[.)]|\ufe0f?\u20e3)\s", re.M)
# a line of a name and its count, in full
_COUNT_LINE = compiled(r"[^\n]{1,60}?\s" + _COUNT_AFTER, re.M)
_LIST_HEAD = 400  # the characters above a list read for what it counts


def _line_of(text: str, span: Span) -> tuple[int, int]:
    """Where the line of ``text`` that holds ``span`` starts and ends (without its newline)."""
    end = text.find("\n", span.end)
    return text.rfind("\n", 0, span.start) + 1, len(text) if end < 0 else end


def _only_breaks_down(head: str) -> bool:
    """Whether a list's head line only says the list breaks a count down by place
    ("Regional breakdown:", "By region, according to the ministry:", "Розподіл по
    областях:"), not what it counts ("Number of air raid alerts by region:")."""
    m = _BREAKDOWN_HEAD.search(head)
    return m is not None and len(head[: m.start()].split()) <= 1


# a list's head that only says it breaks a count down by place
_BREAKDOWN_HEAD = compiled(
    r"(?:\bbreakdown\b|\b(?:by|per)\s+(?:region|oblast|province)s?\b|(?<![\w-])(?:по\s+"
    r"(?:регіонах|регионам|областях|областям)|(?:у|в)\s+(?:розрізі|разрезе)|розподіл|"
    r"распределение)(?![\w-]))",
    re.I,
)

_HEADING_TAIL = (
    # (the kind of settlement before the name: "Поселок Красная Яруга.", "Село Бобрик.")
    r"(?:(?:поселок|посёлок|село|селище|смт|пгт|город|місто|хутор|деревня|"
    r"village|town)\.?\s)?[\W\d_]*(?:region|oblast|city|krai|province)?[\W\d_]*$"
)
_HEADING_REST = compiled(r"^[\W\d_]*" + _HEADING_TAIL, re.I)
# a heading with a day's date before the name: "🔥 Ср, 11.03 — Волгоград.", "12 марта,
# Туапсе." (see _is_heading)
_DATED_HEADING_REST = compiled(
    r"^[\W\d_]*(?:(?:пн|вт|ср|чт|пт|сб|нд|вс|mon|tue|wed|thu|fri|sat|sun|"
    rf"{'|'.join(MONTHS_UK_RU)}|{'|'.join(MONTHS)})\.?(?![^\W\d_])[\W\d_]*)?" + _HEADING_TAIL,
    re.I,
)


class _Route(NamedTuple):
    """A kind of route whose ends and stops are named, not struck: the words a sentence must
    hold for it (``words``; ``tells`` reads the sentence once for all its names), the pattern
    that ends right before a name on the route (``before``, run over the 60 characters before
    the name) and the reason given."""

    words: tuple[str, ...]
    tells: Callable[[str], bool]
    before: re.Pattern[str]
    reason: str


def _on_route(routes: tuple[_Route, ...], sentence: str, at: int) -> str | None:
    """The reason when the name at ``at`` of ``sentence`` is an end or a stop of one of the
    ``routes``: "Потяг Київ — Харків затримується", "Trains from Kyiv to Kramatorsk will
    terminate at Barvinkove", "a flight from Moscow to Sochi was diverted", "самолет,
    летевший из Москвы" (the flight turned back for a strike; the place was not struck)."""
    for route in routes:
        if route.tells(sentence) and route.before.search(sentence, max(at - 60, 0), at):
            return route.reason
    return None


@lru_cache(maxsize=256)
def _tells_of_trains(sentence: str) -> bool:
    """Whether a sentence holds a word of trains, or tells of delays on a line between two
    towns; read once for all its names."""
    return not lacks(sentence, _TRAIN_WORDS) or (
        not lacks(sentence, _DELAY_WORDS) and _DELAYS_ON_LINE.search(sentence) is not None
    )


_TRAIN_WORDS = ("потяг", "поїзд", "поезд", "електричк", "электричк", "train", "залізни", "железн")
_TRAIN_WORDS += ("інтерсіті", "интерсити")
_DELAY_WORDS = ("затримк", "задержк")
_TRAIN_OR_DELAY_WORDS = (*_TRAIN_WORDS, *_DELAY_WORDS)
# delays on a line between two towns: "можливі затримки на напрямку Полтава — Харків"
_DELAYS_ON_LINE = compiled(
    r"(?:затримк|задержк)\w*[^.;]{0,40}?(?<!\w)(?:на|у|в)\s+(?:напрямку|направлении)\s+"
    r"[А-ЯІЇЄҐ][\w'’ʼ\-]*\s*[—–-]\s*[А-ЯІЇЄҐ]"
)
# a train's noun: "потяг", "поїзд", "поезд", "електричка", "Інтерсіті"
_TRAIN_NOUN = r"(?:потяг\w*|поїзд\w*|поезд\w*|електричк\w*|электричк\w*|інтерсіті|интерсити)"
_TRAIN_ROUTE = compiled(
    rf"(?:(?:(?<!\w){_TRAIN_NOUN}\s+|"
    # a train by its number alone, in a sentence of trains: "та №112 Київ — Конотоп"
    r"(?=№))(?:№\s*\d+(?:/\d+)?\s+)?"
    r"(?:«[^»]{1,24}»\s+|\"[^\"]{1,24}\"\s+)?"
    r"(?:«?(?-i:[А-ЯІЇЄҐ])[\w'’ʼ\-]*»?\s*[—–-]\s*)?"
    r"|\btrains?\s+(?:services?\s+)?(?:from\s+(?-i:[A-Z])[\w'’\-]*(?:\s+(?-i:[A-Z])[\w'’\-]*)?\s+)?"
    r"(?:from|to|between)\s+"
    r"|\btrains?\b[^.;]{0,60}?\b(?:terminate|terminating|stop|stopping|end|ending)\s+(?:at|in)\s+"
    # "The train was travelling from Kyiv to Konotop"
    r"|\btrains?\b[^.;]{0,20}?\b(?:travell?ing|running|bound|heading|going|en\s+route)\s+"
    r"(?:from\s+(?-i:[A-Z])[\w'’\-]*\s+)?(?:from|to|for)\s+"
    # "затримуються поїзди у напрямку Харкова, Сум і ...": the places the trains run to
    rf"|(?<!\w){_TRAIN_NOUN}[^.;]{{0,40}}?"
    r"(?<!\w)(?:у|в)\s+(?:напрямку|направлении)\s+"
    r"(?:(?-i:[А-ЯІЇЄҐ])[\w'’ʼ\-]*(?:\s*,\s*|\s+(?:та|і|й|и)\s+))*"
    # "потяг, що мав вирушати до Конотопа", "поезд, следовавший в Москву": where it runs to
    rf"|(?<!\w){_TRAIN_NOUN}[^.;]{{0,40}}?"
    r"(?<!\w)(?:вируша|прямува|прямує|слідува|следова|направля|відправля|отправля)\w*\s+"
    r"(?:до|в|у|на|из|з|із)\s+"
    # "можливі затримки на напрямку Полтава — Харків": a line's ends
    r"|(?<!\w)(?:затримк|задержк)\w*[^.;]{0,40}?(?<!\w)(?:на|у|в)\s+(?:напрямку|направлении)\s+"
    r"(?:(?-i:[А-ЯІЇЄҐ])[\w'’ʼ\-]*\s*[—–-]\s*)?)$",
    re.IGNORECASE,
)


@lru_cache(maxsize=512)
def _holds_words(words: tuple[str, ...], sentence: str) -> bool:
    """Whether a sentence holds one of ``words`` (:func:`lacks`); read once for all its
    names, for each route's words."""
    return not lacks(sentence, words)


_FLIGHT_WORDS = ("flight", "airliner", "passenger plane", "рейс", "лайнер", "летевш", "летів")
_FLIGHT_WORDS += ("летіл", "летел", "следовавш", "прямував")
_NAME_THEN = r"(?-i:[A-ZА-ЯІЇЄҐ])[\w'’ʼ\-]*(?:\s+(?-i:[A-ZА-ЯІЇЄҐ])[\w'’ʼ\-]*)?\s*[—–-]?\s*"
_FLIGHT_ROUTE = compiled(
    # (not a weapon's "flight path from Belarus")
    r"(?:\b(?:flights?(?!\s+(?:path|time|direction|route|trajector))|airliners?|"
    r"passenger\s+(?:planes?|jets?))\b[^.;,]{0,40}?"
    rf"\b(?:from|to|for|between)\s+(?:{_NAME_THEN}(?:to|and)\s+)?"
    # (a flight by its noun, not the adjective of a scheduled bus: "рейсовий автобус")
    r"|(?<!\w)(?:рейс(?:а|у|ом|і|е|и|ів|ы|ов|ами)?(?!\w)|(?:авиа)?лайнер\w*|"
    r"літак\w*,?\s+(?:що\s+)?(?:летів|прямував)\w*|"
    r"самол[её]т\w*,?\s+(?:летевш|следовавш|летел)\w*),?[^.;,]{0,40}?"
    rf"(?<!\w)(?:з|із|зі|из|до|в|у|на)\s+(?:{_NAME_THEN}(?:до|в|у|на)\s+)?)$",
    re.IGNORECASE,
)


_BUS_WORDS = ("автобус", "маршрутк", "bus")
# where a bus came from or went to: "обстріляли автобус з Вовчанська", "маршрутка, що
# їхала до Херсона", "a bus carrying evacuees from Vovchansk" (not where it was: "автобус у
# Херсоні", "a bus in Kherson")
_BUS_ROUTE = compiled(
    # (a route's second end after its first and a dash: "рейсовий автобус Ворожба – Білопілля")
    r"(?<!\w)(?:автобус|маршрутк)\w*\s+[А-ЯІЇЄҐ][\w'’-]+\s*[–—-]\s*$|"
    r"(?:(?<!\w)(?:автобус|маршрутк)\w*(?:\s+[«\"][^»\"]{1,24}[»\"])?"
    # (where it was, before where it went: "автобус у Херсоні, що прямував до Миколаєва")
    r"(?:\s+(?:у|в|во|на|під|под|біля|около|поблизу)\s+[^\s,]+(?:\s+[^\s,]+)?(?=,))?"
    r",?(?:\s+(?:що|який|яка|"
    r"которы\w|которая)?\s*(?:їха\w*|їде|прямува\w*|прямує|ехал\w*|ехавш\w*|едущ\w*|"
    r"следова\w*|следующ\w*|слідува\w*|вирушив\w*|вез\w*|вивоз\w*|евакуюва\w*|"
    r"эвакуирова\w*)(?:\s+[^\W\d_]+){0,2}?)?\s+(?:з|із|зі|из|до)\s+"
    # (in English with a verb of travel, or "to": "a bus from Kherson's fleet" is its own)
    r"|\b(?:(?:mini)?bus(?:es)?)\b(?:\s+(?:that\s+|which\s+)?(?:was\s+|were\s+)?"
    r"(?:travell?ing|carrying|running|heading|bound|evacuating|taking)(?:\s+[a-z]+){0,2}?"
    r"\s+(?:from|to|for)|\s+to)\s+"
    # (and a later name of a list: "waiting for buses to Kharkiv and Poltava")
    r"(?:[^\W\d_][\w'’-]*(?:,\s+|\s+(?:and|or)\s+)){0,3})$",
    re.IGNORECASE,
)
_ROUTES = (
    _Route(_TRAIN_OR_DELAY_WORDS, _tells_of_trains, _TRAIN_ROUTE, "a train's route"),
    _Route(_FLIGHT_WORDS, partial(_holds_words, _FLIGHT_WORDS), _FLIGHT_ROUTE, "a flight's route"),
    _Route(_BUS_WORDS, partial(_holds_words, _BUS_WORDS), _BUS_ROUTE, "a bus's route"),
)


def _pinned(chosen: list[_Chosen], k: int, best: Place, text: str) -> bool:
    """Whether the reading of mention ``k`` of ``chosen`` lies in the first-level unit named
    right after it ("Mykolaivka in Sumy region", "Миколаївка на Сумщині"), where the name's
    best reading ``best`` does not: it names another place of that name."""
    m, place = chosen[k][0], chosen[k][1]
    if place is best or k + 1 >= len(chosen):
        return False
    after, unit = chosen[k + 1][0], chosen[k + 1][1]
    return (
        unit.kind == "admin1"
        and unit.admin1 == place.admin1 != best.admin1
        and _UNIT_LINK.fullmatch(text, m.span.end, after.span.start) is not None
    )


# what stands between a place and the unit named right after it: "in", ", ", "у", "на"
_UNIT_LINK = compiled(r"\s*,?\s*(?:(?:in|у|в|на)\s+(?:the\s+)?)?", re.IGNORECASE)


def _home_towns(decided: list[tuple]) -> list[tuple]:
    """The decided mentions (mention, place, confidence, decision, sentence, its start, its
    index) with the town a person is of made a mention when their sentence tells another
    place struck ("Житель Брянска погиб в Рыльске", "A resident of Kharkiv was killed in
    ...", "Житель Курской области погиб при атаке на Белгород"); alone, the town is where
    they were hurt ("Жители Белгорода пострадали"), as where the other place's clause tells
    of people harmed there ("Житель Брянска погиб, в Рыльске ранены двое"). The person must
    open the sentence, as its subject: "Strikes killed two residents of Kostiantynivka and
    injured three in Druzhkivka" tells two places struck."""
    homes = [
        row[3].role == "impact"
        and row[1].kind in _HOME_KINDS
        and _tells_of_residents(row[4])
        and _opens_with_resident(row)
        for row in decided
    ]
    if not any(homes):
        return decided
    struck = {
        row[6]
        for row, home in zip(decided, homes, strict=True)
        if not home and row[3].role == "impact" and not _harmed_in_own_clause(row)
    }
    return [
        (*row[:3], RoleDecision("mention", "home town of a person"), *row[4:])
        if home and row[6] in struck
        else row
        for row, home in zip(decided, homes, strict=True)
    ]


# the words of people killed or hurt ("ранены двое", "ще один загинув", "two were injured")
_PEOPLE_HARMED = compiled(
    r"(?<!\w)(?:ранен|поранен|погиб|загин|загиб|травмован|пострада|постражд|убит|вбит|"
    r"killed|wounded|injured|hurt|died|dead)",
    re.IGNORECASE,
)


def _harmed_in_own_clause(row: tuple) -> bool:
    """Whether the mention of a decided ``row`` (see :func:`_home_towns`) stands in a clause
    of its own after a comma that tells of people harmed ("..., в Рыльске ранены двое")."""
    m, sentence, s0 = row[0], row[4], row[5]
    at, end = m.span.start - s0, m.span.end - s0
    comma = sentence.rfind(",", 0, at)
    if comma < 0:
        return False
    if _ELIDED_COUNT.match(sentence, end):  # "..., в Грайвороне — один": a count, its verb left out
        return True
    stop = end
    while True:  # to the clause's end, past the next items of a list ("в Рыльске, в Льгове и")
        stop = min((k for k in (sentence.find(c, stop) for c in ",;") if k >= 0), default=-1)
        if stop < 0 or sentence[stop] == ";" or not _NEXT_ITEM.match(sentence, stop + 1):
            break
        stop += 1
    stop = len(sentence) if stop < 0 else stop
    return _PEOPLE_HARMED.search(sentence, comma, stop) is not None


# the next item of a list of places after a comma: " в Льгове", " и в Глушково"
_NEXT_ITEM = compiled(r"\s*(?:(?:и|і|та|й|and)\s+)?(?:в|у|во|in)\s+(?-i:[A-ZА-ЯІЇЄ])", re.I)
# a count right after a place, its verb told in the clause before: "в Грайвороне — один"
_ELIDED_COUNT = compiled(
    r"\s*[—–-]?\s*(?:\d+|один|одна|одного|двое|двоє|трое|троє|четверо|пятеро|п['’ʼ]ятеро|"
    r"ещё|еще|ще)(?!\w)",
    re.I,
)


_OFFICIALS_OF_CUES = ("governors of", "mayors of")  # the cues OFFICIALS_OF gives


def _officials_of_places(cue: str, lang: str) -> bool:
    """Whether the cue of a seat names the officials of several places, whose list's next
    names are seats too: a plural noun ("official: мэры", "governors of"), not one that may
    be an official's ("official: мэра", "за словами голови Харкова, Чугуїв і ...": "голови"
    may be the head's)."""
    if cue.startswith("official: "):
        readings = [a for a in analyse(cue[10:].split(None, 1)[0].lower(), lang) if a.pos == "NOUN"]
        return (
            bool(readings)
            and "plur" in readings[0].grammemes
            and all("plur" in a.grammemes for a in readings if a.case == "gent")
        )
    return cue.lower().startswith(_OFFICIALS_OF_CUES)  # "mayors of"


# the places a person may be told to be of: a town, a region ("Житель Курской области погиб
# при атаке на Белгород"), a district
_HOME_KINDS = frozenset(("settlement", "admin1", "admin2"))


@lru_cache(maxsize=256)
def _tells_of_residents(sentence: str) -> bool:
    """Whether a sentence may name a person with their town (:data:`_RESIDENT_OF` needs one
    of :data:`_RESIDENT_WORDS`), read once for all its names."""
    return not lacks(sentence, _RESIDENT_WORDS)


_RESIDENT_WORDS = (
    "resident",
    "native",
    "man ",
    "men ",
    "girl",
    "boy",
    "teenager",
    "pensioner",
    "couple",
    "family",
    "civilian",
    "driver",
    "year-old",
    *RESIDENT_STEMS,
)


def _opens_with_resident(row: tuple) -> bool:
    """Whether the mention of a decided ``row`` (see :func:`_home_towns`) names the town of
    the person its sentence opens with: "Житель Брянска", "Two residents of Belgorod", "A
    woman from Mariupol", "Ще одна мешканка": :data:`_RESIDENT_LEAD` before the person)."""
    m, sentence, s0 = row[0], row[4], row[5]
    at = m.span.start - s0
    found = _RESIDENT_OF.search(sentence, max(at - 40, 0), at)
    return found is not None and _RESIDENT_LEAD.fullmatch(sentence, 0, found.start()) is not None


# what may stand before the person a sentence opens with: what befell them, when it comes
# first ("Загинула жителька Покровська", "Ранен житель Курска"), a count, an age, "another"
_RESIDENT_LEAD = compiled(
    rf"\W*(?:(?:{'|'.join((*KILLED_STEMS, *WOUNDED_STEMS, 'помер', 'умер'))})\w*\s+)?"
    r"(?:(?:an?|the|another|one|two|three|four|five|six|seven|eight|nine|ten|more|other|"
    r"elderly|local|young|\d+|\d+-year-old|[\w-]*річн\w*|[\w-]*летн\w*|ще|еще|ещё|один|одна|"
    r"одного|двоє|двое|троє|трое|четверо|п['’ʼ]?ятеро|пятеро|двох|двух|трьох|трех)\s+){0,3}",
    re.IGNORECASE,
)


def _is_country(m: PlaceMention) -> bool:
    """True when a mention's first reading is a country."""
    return bool(m.candidates) and m.candidates[0].kind == "country"


def _is_heading(
    sentence: str, m: PlaceMention, others: tuple[str, ...] = (), dated: bool = False
) -> bool:
    """A line or sentence that is only a place name ("🔴 Kherson region.", "📍 Kivsharivka
    (Kupiansk raion)": a unit in brackets after it), or only names (``others``: the names
    of the sentence's other places), as a list's item heads its town by its region:
    "🔸 Житомирщина — Коростишів."; with ``dated``, after a day's date too ("Пн, 9.03 —
    Сызрань.", not "ОРЕЛ, 16 июля.": a wire's dateline)."""
    if len(sentence) >= 60:
        return False
    rest = sentence.replace(m.span.text, " ", 1)
    for name in others:
        rest = rest.replace(name, " ", 1)
    if "(" in rest:
        rest = _BRACKETED.sub(" ", rest)
    if _HEADING_REST.match(rest):
        return True
    # (the date before the name only: "Таганрог, 15 марта. /ТАСС/." is a wire's dateline)
    at = sentence.find(m.span.text)
    return (
        dated
        and bool(_DATED_HEADING_REST.match(rest))
        and bool(_HEADING_REST.match(sentence[at + len(m.span.text) :]))
    )


_BRACKETED = compiled(r"\([^()\n]{1,40}\)")


def resolve_mentions(
    report: Report,
    mentions: list[PlaceMention],
    gaz: Gazetteer,
    lang: str = "en",
    *,
    doc: Document | None = None,
    tables: list[TextTable] | None = None,
) -> tuple[list[ResolvedPlace], list[Unresolved]]:
    """Resolve the mentions of one report to places with roles.

    Parameters
    ----------
    report : Report
        The report the mentions were found in.
    mentions : list of PlaceMention
        From :func:`geo.understand.mentions.find_mentions`.
    gaz : Gazetteer
        The place index.
    lang : str
        The report's language: in one whose words are not read (``"other"``) every place
        is a mention, and only places of the report's countries are kept.
    doc : Document, optional
        The report read once (:func:`geo.language.document.read_document`); when given, its
        language is used instead of ``lang``.
    tables : list of TextTable, optional
        The tables of the report's text (:func:`geo.understand.text_tables.text_tables`),
        when read before; read from ``doc`` when not given.

    Returns
    -------
    (places, unresolved)
        One :class:`ResolvedPlace` per distinct place, in order of first mention, and the
        mentions that could not be tied to a place.
    """
    if doc is None or doc.text != report.text:
        doc = read_document(report.text, lang)
    return _Resolver(report, mentions, gaz, doc, tables).run()


def _row_start(row: tuple) -> int:
    """Where one row's mention starts."""
    return row[0].span.start


def _row_precision(row: tuple) -> int:
    """The precision of one row's mention (see :func:`_precision`)."""
    m, place, _confidence, _decision, sentence, s0 = row
    return _precision(place, sentence, m.span.start - s0)


def _row_clause(row: tuple) -> tuple[str, int]:
    """The clause of one row's mention and the mention's offset in it (see
    :func:`geo.understand.roles.clause_of`)."""
    m, _place, _confidence, _decision, sentence, s0 = row
    clause, offset, _end = clause_of(sentence, m.span.start - s0, m.span.end - s0)
    return clause, offset


class _ClauseReadings:
    """What the clauses of one report's impacts say, read once per clause: whether a clause
    names damage at all (most do not, and then no part of it does), the damage of each
    (clause, offset), and the attacker the clause's words name."""

    def __init__(self) -> None:
        self.names: dict[str, bool] = {}
        self.damage: dict[tuple[str, int], tuple[str, ...]] = {}
        self.attackers: dict[str, str | None] = {}

    def damage_at(self, clause: str, offset: int) -> tuple[str, ...]:
        """:func:`geo.understand.damage.damage_kinds` of ``clause`` at ``offset``."""
        names = self.names.get(clause)
        if names is None:
            names = self.names[clause] = names_damage(clause)
        if not names:
            return ()
        kinds = self.damage.get((clause, offset))
        if kinds is None:
            kinds = self.damage[clause, offset] = damage_kinds(clause, offset)
        return kinds

    def attacker(self, clause: str, country: str | None, admin1: str | None) -> str | None:
        """:func:`geo.understand.damage.attacker_of` of a place named in ``clause``."""
        if clause in self.attackers:
            named = self.attackers[clause]
        else:
            named = self.attackers[clause] = named_attacker(clause)
        return named or located_attacker(country, admin1)


def _merge(report_id: str, rows: list, clauses: _ClauseReadings | None = None) -> ResolvedPlace:
    """One place of a report from the rows of its mentions: ``(mention, place, confidence,
    decision, sentence, sentence start)``; ``clauses`` keeps what the report's clauses say.

    The precision is read only for the mentions of the place's role, and the clauses only
    for an impact, the only rows and the only role whose answers are kept."""
    if len(rows) == 1:  # most places are named once: the one row says it all
        m, place, confidence, decision, sentence, s0 = best = rows[0]
        chosen, spans, roles = rows, (m.span,), (decision.role,)
        precision = _precision(place, sentence, m.span.start - s0)  # (_row_precision)
    else:
        # the best row is the first of the place's role (its mentions' strongest) by start:
        # the first of the rows by (role's rank, start), found among that role's rows only
        roles = tuple([r[3].role for r in rows])
        role = min(roles, key=_ROLE_RANK.__getitem__)
        chosen = [r for r in rows if r[3].role == role]
        if role == "impact" and any(r[3].cue == ITSELF_NOT_HIT for r in rows):
            # "the outskirts of Odesa" struck, "the city of Odesa itself was not hit"
            role = "mention"
            chosen = [r for r in rows if r[3].cue == ITSELF_NOT_HIT]
        best = chosen[0] if len(chosen) == 1 else min(chosen, key=_row_start)
        _m, place, _confidence, decision, sentence, _s0 = best
        precision = min(map(_row_precision, chosen))
        confidence = max([r[2] for r in rows])
        spans = tuple([r[0].span for r in rows])
    damage: tuple[str, ...] = ()
    attacker = None
    if decision.role == "impact":
        if clauses is None:
            clauses = _ClauseReadings()
        found: set[str] = set()
        for r in chosen:  # the best row is one of them (its role is the place's)
            clause, offset = _row_clause(r)
            found.update(clauses.damage_at(clause, offset))
            if r is best:
                attacker = clauses.attacker(clause, place.country, place.admin1)
        if found:
            damage = tuple(k for k in DAMAGE_KINDS if k in found)
    return resolved_place(
        report_id,
        place,
        decision.role,
        precision,
        confidence,
        spans,
        decision.cue,
        sentence.strip(),
        damage,
        attacker,
        roles,
    )


def _report_language(text: str) -> str:
    """The language of a report, as :func:`geo.language.morphology.detect_language` tells it; a text
    too short to tell ("A blast hit a depot in Fastiv.") is read as English.

    Parameters
    ----------
    text : str
        Report text.

    Returns
    -------
    str
        ``"en"``, ``"uk"``, ``"ru"`` or ``"other"``.
    """
    lang = detect_language(text)
    if lang == "other" and len(_WORD.findall(text, 0, 4000)) < _WORDS_TO_TELL:
        return "en"
    return lang


_DISTRICT_AFTER = compiled(rf"{_SPACE}+{_DISTRICT_WORD}\b", re.IGNORECASE)


def _unknown_districts(
    text: str, unknown: list[Span], mentions: list[PlaceMention]
) -> list[PlaceMention]:
    """Names the gazetteer lacks that name a district of the city named right after them
    ("the Inhuletskyi district of Kryvyi Rih"), as mentions without readings for the
    resolver to place in that city (:meth:`_Resolver.city_of_district`)."""
    if not unknown or not mentions:
        return []
    starts = {m.span.start: m for m in mentions}
    out: list[PlaceMention] = []
    for span in unknown:
        word = _DISTRICT_AFTER.match(text, span.end)
        if word is None:
            continue
        after = _DISTRICT_OF.match(text, word.end())
        city = starts.get(after.end()) if after is not None else None
        if city is not None and any(p.kind == "settlement" for p in city.candidates):
            out.append(
                PlaceMention(
                    Span(text[span.start : word.end()], span.start, word.end()), (), "district"
                )
            )
    return out


def _spelled_otherwise(unknown: list[Span], gaz: Gazetteer) -> list[PlaceMention]:
    """Latin names in a place's position that the index lacks as written but holds in
    another transliteration of Ukrainian or Russian ("Staryi Merchyk" for GeoNames'
    "Staryy Merchyk"; :meth:`Gazetteer.lookup_skeleton`), as mentions of the settlements so
    found."""
    out: list[PlaceMention] = []
    for span in unknown:
        if not span.text.isascii():
            continue  # (the Cyrillic finder reads other spellings itself)
        places = tuple(
            c.place
            for c in gaz.lookup_skeleton(span.text)
            if c.place.kind == "settlement" and c.place.country in _CORE_COUNTRIES
        )
        if places:
            out.append(PlaceMention(span, places))
    return out


def _with_region_cells(
    text: str, tables: list[TextTable], gaz: Gazetteer, mentions: list[PlaceMention]
) -> list[PlaceMention]:
    """The mentions, with each cell under a column of regions that names a region by its
    adjective alone ("| Житомирська | 14 |", "| Курская | 9 |") read as that region, in
    place of what the finder made of it (the Kyiv district of Donetsk for "Київська")."""
    found = []
    for start, end in region_cells(tables):
        cell = text[start:end]
        if not 0 < len(cell) <= 40 or " " in cell.strip() or not _adjective_cell(cell):
            continue  # (a name, "Kyiv", is read as the finder read it)
        unit = next(
            (
                p
                for word in _REGION_WORDS
                for p in gaz.places_of(norm_key(f"{cell} {word}"))
                if p.kind == "admin1"
            ),
            None,
        )
        if unit is not None:
            found.append(PlaceMention(Span(cell, start, end), (unit,), "region"))
    if not found:
        return mentions
    taken = [(m.span.start, m.span.end) for m in found]
    kept = [m for m in mentions if not any(a <= m.span.start < b for a, b in taken)]
    return sorted([*kept, *found], key=lambda m: m.span.start)


# the codes of cities that are first-level units of their own (Kyiv, Sevastopol, Moscow, St
# Petersburg)
_CITY_REGION_CODES = frozenset(("UA-30", "UA-40", "RU-MOW", "RU-SPE"))


def _adjective_cell(cell: str) -> bool:
    """Whether a cell is one Cyrillic word, a region's adjective ("Житомирська")."""
    word = cell.strip()
    return not word.isascii() and is_region_adjective(word, word_language(word, "uk"))


# the words a region's adjective is named with: "Житомирська область", "Курская область"
_REGION_WORDS = ("область", "oblast", "край", "region")


def _with_row_facts(
    places: list[ResolvedPlace], tables: list[TextTable], text: str
) -> list[ResolvedPlace]:
    """The impact places with the figures of the table rows that are theirs
    (:func:`geo.understand.text_tables.row_owner_facts`), over what the prose gave them."""
    starts = []
    for rp in places:
        roles = rp.mention_roles or (rp.role,) * len(rp.mentions)
        impact = rp.role == "impact"
        starts.append(
            tuple(
                m.start
                for m, r in zip(rp.mentions, roles, strict=False)
                if impact and r == "impact"
            )
        )
    given = row_owner_facts(tables, text, starts)
    if not given:
        return places
    out = []
    for idx, rp in enumerate(places):
        if idx in given:  # (what the prose tells of the place stands)
            told = {**given[idx], **(rp.facts or {})}
            rp = with_facts(rp, {key: told[key] for key in FACT_KEYS if key in told})
        out.append(rp)
    return out


def extract_report(report: Report, gaz: Gazetteer) -> Extraction:
    """Run mention finding, resolution, roles and facts on one report.

    A report in a language whose words are not read (German, Polish, Portuguese) still gets
    its places, all as mentions, and no figures.
    """
    text = report.text
    lang = _report_language(text)
    doc = read_document(text, lang)  # read once: every stage below takes it
    mentions = find_mentions(text, gaz, lang, doc=doc)
    spans = find_unknown_names(text, mentions, gaz, doc=doc)
    districts = _unknown_districts(text, spans, mentions)
    spelled = _spelled_otherwise(spans, gaz)  # "Staryi Merchyk": GeoNames' "Staryy Merchyk"
    titled = capital_mentions(doc, mentions, gaz)  # "the capital", "обласний центр"
    if districts or spelled or titled:
        mentions = sorted([*mentions, *districts, *spelled, *titled], key=lambda m: m.span.start)
        kept = {m.span.start for m in (*districts, *spelled)}
        spans = [span for span in spans if span.start not in kept]
    tables = text_tables(text)  # a digest's rows: "REGION | HIT | KILLED"
    if tables:  # a name in a column of regions is a region's ("Dnipropetrovsk | Pavlohrad")
        mentions = _with_region_cells(text, tables, gaz, mentions)
        mentions = [
            PlaceMention(m.span, m.candidates, "region")
            if m.qualifier is None
            and in_region_column(tables, m.span.start)
            and not (m.candidates and m.candidates[0].kind in ("sea", "country"))
            # (a city that is a region of its own names that region: "| Kyiv | 12 |")
            and not (m.candidates and m.candidates[0].admin1 in _CITY_REGION_CODES)
            else m
            for m in mentions
        ]
    places, unresolved = resolve_mentions(report, mentions, gaz, lang, doc=doc, tables=tables)
    unknown = [Unresolved(report.id, span, "not in the gazetteer") for span in spans]
    unresolved = sorted([*unresolved, *unknown], key=lambda u: u.span.start)
    memo: dict[tuple, object] = {}  # the report's sentences, read once for all its places
    facts = extract_facts(text, lang, memo, doc=doc)
    # (a count told of each place, "по троє", is read per place only: the report's reader
    # takes none from it)
    if facts or may_tell_each(text, lang):
        lists: list[dict[str, int]] = []  # what lists of places' casualties add up to
        places = link_place_facts(text, places, lang, memo, doc=doc, lists=lists)
        facts = with_list_totals(facts, lists)
    if tables:  # the figures of its tables that the text does not tell otherwise
        told = {**table_facts(tables, text), **facts}
        facts = {key: told[key] for key in FACT_KEYS if key in told}
        places = _with_row_facts(places, tables, text)
    return Extraction(report, tuple(places), facts, tuple(unresolved))
