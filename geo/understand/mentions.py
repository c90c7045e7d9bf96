"""Find place mentions in report text.

Every gazetteer name is matched longest first over word n-grams, in Latin or Cyrillic, with its
qualifier ("region", "raion", "district", "community", "regional") when one follows. Names that
are also common words, people or outlets need context before they count.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from itertools import compress
from typing import TYPE_CHECKING

from geo.language.codec import CODEC_CHARS
from geo.language.cyrillic import (
    LIST_AND,
    is_region_adjective,
    name_keys,
    place_noun,
    word_language,
)
from geo.language.document import Document, read_document
from geo.language.latin import (
    ADJECTIVE_ENDING,
    ADJECTIVE_ENDINGS,
    LATIN_RAION_ENDING,
    latin_district_towns,
)
from geo.language.morphology import analyse, detect_language, is_known_word
from geo.language.normalize import norm_key, norm_keys
from geo.language.text import (  # (lowered: tests/mentions_reference.py reads it here)
    DAY_NAMES,
    MONTHS,
    WordMemo,
    lacks,
    lowered,  # noqa: F401
    token_fields,
    token_filter,
)
from geo.patterns import compiled
from geo.records import Place, PlaceMention, Span
from geo.understand.mentions_uk_ru import CyrillicMatcher, foreign_spelling, spaced

if TYPE_CHECKING:  # the index is handed in by the caller; this stage does not load it
    from geo.places.gazetteer import Gazetteer

__all__ = ["find_mentions"]

# the words after a sea's name that make it a word of another thing: "the Black Sea coast",
# "a Black Sea port", "Black Sea shipping"
_SEA_ATTRIBUTES = frozenset(
    (
        "coast", "coastline", "coastal", "shore", "shores", "beach", "beaches", "port", "ports",
        "resort", "resorts", "region", "city", "town", "towns", "shipping", "grain", "corridor",
        "route", "routes", "trade", "security", "fleet", "naval", "navy", "littoral", "basin",
    )
)  # fmt: skip
_WORD_AFTER = compiled(r"[ \t]+([a-z]+)\b")
# the title after a name that makes it a region's: "Kursk Governor", "Dnipropetrovsk governor"
_GOVERNOR = frozenset(("Governor", "governor", "Gov.", "Gov"))
# the city itself told of after its name and a governor ("Lviv Governor X said three were
# killed in the city"): the name is the city's, not the region's
_THE_CITY = compiled(
    r"\b(?:the\s+(?:city|town)(?!\s+of\b)|city\s+centre|city\s+center)\b", re.IGNORECASE
)
# cities that are first-level units, whose governor is the city's: "Sevastopol governor"
_CITY_REGIONS = frozenset(("UA-40", "RU-SPE"))
_QUALIFIERS = {
    "region": "region",
    "oblast": "region",
    "province": "region",
    "krai": "region",
    "kray": "region",
    "regions": "regions",
    "oblasts": "regions",
    "provinces": "regions",
    "regional": "regional",
    "raion": "raion",
    "rayon": "raion",
    "district": "raion",
    "districts": "raions",
    "raions": "raions",
    "hromada": "hromada",
    "community": "hromada",
    "municipality": "hromada",
    "hromadas": "hromadas",
    "communities": "communities",
    "municipalities": "hromadas",
    "city": "city",
    "область": "region",
    "области": "region",
    "області": "region",
    "район": "raion",
    "району": "raion",
    "районі": "raion",
    "районе": "raion",
    "районом": "raion",  # ("над Соборним районом")
}
_HROMADA_WORDS = frozenset(("hromada", "hromadas", "communities"))


def _big_town(candidates: tuple[Place, ...]) -> bool:
    """Whether the first reading of a name is a town too big to be named for its hromada."""
    return bool(candidates) and candidates[0].population >= _COMMUNITY_TOWN_MAX


# the qualifier of each item of a list that a plural one closes
_SINGULAR_QUALIFIERS = {
    "regions": "region",
    "raions": "raion",
    "hromadas": "hromada",
    "communities": "hromada",
}
# the most people a town of a list of "communities" may have to name its hromada: "the
# Kharkiv and Sumy communities" are the cities' people, not hromadas
_COMMUNITY_TOWN_MAX = 100_000
_LOCATIVE = {
    "in",
    "near",
    "at",
    "over",
    "on",
    "from",
    "to",
    "outside",
    "of",
    "across",
    "into",
    "towards",
    "toward",
    "around",
    "hit",
    "struck",
    "attacked",
    "targeted",
    "shelled",
}
_TITLES = {
    "mayor",
    "governor",
    "president",
    "minister",
    "spokesman",
    "spokeswoman",
    "general",
    "colonel",
    "head",
    "chief",
    "commander",
    "officer",
    "deputy",
    "lieutenant",
    "prime",
    "patriarch",
    "ambassador",
    "senator",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sergeant",
}
# the words of a ship before its name, which is no place ("the cruiser Moskva", "the tanker
# Volgoneft", "the frigate Admiral Makarov")
# (classes of ship only: "ship", "boat" or "flagship" stand before a place too: "the
# flagship Kyiv children's hospital", "a boat Kherson rescuers used")
_VESSELS = frozenset(
    ("cruiser", "frigate", "corvette", "destroyer", "warship", "tanker", "submarine",
     "icebreaker", "ship", "vessel", "minesweeper")
)  # fmt: skip
_TITLED = _TITLES | _VESSELS  # (the words before a name that names no place)
# the most people a village has (a name after a village's noun, see place_noun, names no city)
_VILLAGE_MAX = 50_000
# the endings of an adjective or of a surname in the genitive, a street's name after its word
_ADJECTIVAL = compiled(
    r"(?:ого|его|ої|ій|ий|ый|ой|ая|яя|ую|юю|ому|ему|ська|цька|зька|ская|цкая|зкая|ській|ську|"
    r"скую)$",
    re.I,
)
# Capitalised words that may stand beside a place name without making it a person's name.
_NEIGHBOURS_OK = {
    "in",
    "the",
    "on",
    "at",
    "near",
    "over",
    "from",
    "of",
    "and",
    "or",
    "to",
    "by",
    "across",
    "ukraine",
    "russia",
    "russian",
    "ukrainian",
    "crimean",
    "occupied",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "north",
    "south",
    "east",
    "west",
    "oblast",
    "region",
    "regional",
    "city",
    "mayor",
    "governor",
    "military",
    "administration",
    "council",
    "district",
    "raion",
    "airport",
    "port",
    "railway",
    "station",
    "hydroelectric",
    "thermal",
    "power",
    "plant",
    "refinery",
    "oblast's",
    "metro",
    "state",
    "air",
    "force",
    # a named site after its town: "the Novoshakhtinsk Oil Refinery", "the Morozovsk Airbase"
    "oil",
    "airbase",
    "airfield",
    "aerodrome",
    "base",
    "naval",
    "nuclear",
    "chemical",
    "metallurgical",
    "steel",
    "gas",
    "depot",
    "terminal",
    "shipyard",
    "seaport",
    "bridge",
    "dam",
    "substation",
    "energy",
    "factory",
    "works",
    "arsenal",
    "ammunition",
    "fuel",
    "industrial",
}
# lower-case words that can stand inside a place name or right after it
_CONNECTORS = {
    "on",
    "na",
    "upon",
    "de",
    "la",
    "le",
    "of",
    "the",
    "sur",
    "am",
    "an",
    "der",
    "del",
    "do",
    "da",
    "and",
} | set(_QUALIFIERS)
_NOT_PLACE_AFTER = {
    "time",
    "patriarchate",
    "declaration",
    "format",
    "protocol",
    "agreements",
    "accords",
    "convention",
}
_CORE = ("UA", "RU", "BY", "MD")
_DISTRICT_WORDS = ("district", "District", "raion", "Raion", "rayon", "okrug")
# the Latin spellings of a district adjective's ending tried for another ("-sky" for "-skyi")
_OTHER_ENDINGS = ("skyi", "sky", "skiy", "skyy", "skij")
_UKRAINIAN_ENDINGS = ("skyi", "skyy", "zkyi")  # a Ukrainian adjective's, in Latin
_DISTRICT_KINDS = frozenset(("district", "admin2"))
# after a district's adjective: the word district, or more adjectives listed before it ("the
# Belgorodsky and Shebekinsky districts")
_DISTRICT_TAIL = (
    rf"(?:\s*(?:,|and|&)\s*(?-i:[A-Z])[\w'’\-]*{ADJECTIVE_ENDING})*"
    r"\s+(?:urban\s+|municipal\s+)?(?:districts?|raions?|rayons?|okrugs?)\b"
)
_DISTRICT_AFTER = compiled(_DISTRICT_TAIL, re.I)
# The tokenizer keeps capitalised and Cyrillic words and these lower-case ones: all that mention
# finding looks at. Words in between are dropped, which keeps long reports cheap.
_KEPT_WORDS = token_filter(
    _CONNECTORS | _LOCATIVE | _TITLES | _VESSELS | _NOT_PLACE_AFTER | {"and", "or"}
)
_LETTER_RE = compiled(r"[^\W_]")
# a plant or a depot named by its town after its owner's possessive ("Lukoil's Volgograd
# refinery"; not "the BBC's Kyiv correspondent")
_FACILITY_AFTER = compiled(
    r"\s+(?:oil\s+|gas\s+|power\s+|chemical\s+)?(?:refinery|refineries|plant|factory|depot|"
    r"terminal|port|airfield|airport|air\s+base|substation|works|facility|station)\b",
    re.IGNORECASE,
)
# a short lower-case Cyrillic word before a full stop: an abbreviation ("м.", "смт.", "вул.")
_ABBREVIATION_BEFORE = compiled(r"(?<![^\W\d_])[а-яіїєґё]{1,4}$")
_LEAD_CHARS = " \t\"“'(«*-•–—🔴⚪️⚡️📎"  # stripped one character at a time
_LIST_HEAD_RE = compiled(
    r"\b(oblasts|regions|provinces|districts|raions)\s*(?::|of\s+(?:the\s+)?)\s*$", re.I
)
_LIST_HEAD_WORDS = ("oblasts", "regions", "provinces", "districts", "raions")  # in every match
_LIST_SEP_RE = compiled(r"^\s*(,\s*(and\s+|or\s+)?|and\s+|or\s+|&\s*)$")
_CYRILLIC_RE = compiled(r"[а-яіїєґё]", re.IGNORECASE)
_NO_NAME = "mentions: no name starts with"  # the gazetteer memo of starts_no_name
_ALONE = object()  # starts_no_name: no name unless the next word continues it


def _word_key(word: str) -> str:
    """The index key of a word, as :class:`_Finder` keeps them: :func:`norm_key` of a
    capitalised or Cyrillic word without its possessive ending, the lower case of any other."""
    _, bare, capitalised, cyrillic = token_fields(word)
    return norm_key(bare) if capitalised or cyrillic else bare.lower()


def _word_keys(words: list[str]) -> list[str]:
    """``[_word_key(w) for w in words]``, the keys of the capitalised and Cyrillic words
    folded at once (:func:`norm_keys`)."""
    fields = list(map(token_fields, words))
    keys = iter(norm_keys([bare for _, bare, cap, cyr in fields if cap or cyr]))
    return [next(keys) if cap or cyr else bare.lower() for _, bare, cap, cyr in fields]


# the key of each word seen: the same words recur
_keys = WordMemo(_word_key, compute_all=_word_keys)


# the word of a housing estate or a town's quarter right before a name: "ж/м Победа", "мкр.
# Северный", "мікрорайоні Сокіл", "ЖК «Оптимісто»" (the name is the quarter's, not a town's)
_ESTATE_BEFORE = compiled(
    # (the singular: "в одном из микрорайонов Курска" names the city)
    r"(?<!\w)(?:ж/м|ж\.\s?м\.|мкр\.?|мкрн\.?|жк|жм|мікрорайон(?:і|у|а)?|микрорайон(?:е|а|у)?|"
    r"жилмассив(?:е|а)?|житлов\w+\s+масив(?:і|у)?|жилом\w+\s+массив(?:е)?)\s*[«\"]?$",
    re.IGNORECASE,
)
_ESTATE_WORDS = frozenset(("м", "мкр", "мкрн", "жк", "жм"))  # words _ESTATE_BEFORE may end with
_ESTATE_STEMS = ("мікрорайон", "микрорайон", "жилмассив", "масив", "массив")


def _estate_word(word: str) -> bool:
    """Whether ``word`` (the word before a name) may end a match of :data:`_ESTATE_BEFORE`."""
    low = word.lower()
    return low in _ESTATE_WORDS or low.startswith(_ESTATE_STEMS)


# a word in lower case that may be a region's adjective, before the word oblast: "брянської
# області", "курской обл." (is_region_adjective tells; not "край": "подільського краю" is a
# land, not a unit)
_LOWER_REGION = compiled(
    r"(?<![\w'’ʼ-])[а-яіїєґё][а-яіїєґё'’ʼ-]*(?:ськ|цьк|зьк|ск|цк|зк)[а-яіїєґё]{1,3}"
    r"\s+(?:област|обл\.)"
)


_REGION_WORD_STARTS = ("област", "обл.")  # where a match of _LOWER_REGION may end
_ADJECTIVE_BEFORE = compiled(_LOWER_REGION.pattern.partition(r"\s+")[0] + r"\s+$")
# a word of a list before it: "у харківській, сумській та чернігівській областях"
_LOWER_ADJECTIVE = compiled(
    _LOWER_REGION.pattern.partition(r"\s+")[0].removeprefix(r"(?<![\w'’ʼ-])")
)


# the prepositions of place a Russian place written in lower case is read after
_PREPOSITIONS_OF_PLACE = ("у", "в", "во", "на", "біля", "під", "под", "над", "поблизу")
_PREPOSITIONS_OF_PLACE += ("около", "возле", "до", "з", "із", "из", "по")
_LOWER_PREPOSITIONS = frozenset(
    (*_PREPOSITIONS_OF_PLACE, *map(str.capitalize, _PREPOSITIONS_OF_PLACE))
)
_LOWER_PLACES = "mentions: Russian places in lower case, "  # the gazetteer memo of them
_LOWER_CITY = 50_000  # the people of a Russian city whose name is read in lower case
_TOWN_PEOPLE = 10_000  # a Ukrainian town of the name this large may be the one meant


def _lower_russian_place(gaz: Gazetteer, word: str, lang: str) -> bool:
    """Whether a word in lower case names a Russian city of :data:`_LOWER_CITY` people or
    more, or a Russian region by its informal name: one of its first readings' lemmas names
    the place in the index as written, and none a Ukrainian town ("в новомосковську" may be
    either); not a word the Russian dictionary reads as anything but a place too ("у шахтах"
    are mines, not Shakhty; "в клину", "у бору", "по железнодорожному узлу", "в пушкине")."""
    if is_known_word(word, "ru") and any("Geox" not in a.grammemes for a in analyse(word, "ru")):
        return False  # (a word the Russian dictionary reads otherwise too: "шахтах", "клину")
    lemmas = [a.lemma for a in analyse(word, word_language(word, lang))[:3]]
    if any(_names_place(gaz, lemma, "UA", _TOWN_PEOPLE) for lemma in lemmas):
        return False
    return any(_names_place(gaz, lemma, "RU", _LOWER_CITY, regions=True) for lemma in lemmas)


def _names_place(
    gaz: Gazetteer, lemma: str, country: str, people: int, regions: bool = False
) -> bool:
    """Whether ``lemma`` names, as written (not by a spelling's skeleton), a settlement of
    ``country`` of ``people`` people or more, or with ``regions`` one of its regions."""
    return any(
        c.exact
        and c.place.country == country
        and (
            (regions and c.place.kind == "admin1")
            or (c.place.kind == "settlement" and c.place.population >= people)
        )
        for c in gaz.lookup(lemma)
    )


def _lower_region_here(text: str) -> bool:
    """Whether :data:`_LOWER_REGION` may match in ``text``: a word in lower case with a
    region adjective's ending right before a region word (found by ``str.find``, faster than
    the pattern's search through every word of the text)."""
    for word in _REGION_WORD_STARTS:
        at = text.find(word)
        while at >= 0:
            if _ADJECTIVE_BEFORE.search(text, max(0, at - 30), at):
                return True
            at = text.find(word, at + 1)
    return False


class _Finder(CyrillicMatcher):
    """Walks the words of one text and collects mentions."""

    def __init__(self, doc: Document, gaz: Gazetteer) -> None:
        self.doc = doc
        self.text = doc.text
        self.gaz = gaz
        self.lang = doc.lang
        words = doc.kept_words(_KEPT_WORDS)
        self.word, self.start, self.end, self.possessive, self.bare = words[:5]
        self.doc_words = words  # (the document's columns, which stay as read)
        self.capitalised, self.cyrillic = words.capitalised, words.cyrillic
        self.keys = _keys.column(self.word)
        self.sentence_starts = doc.sentence_starts
        self.mentions: list[PlaceMention] = []
        # where the districts of district_towns start, and their words' variants' places
        self.districts: dict[int, tuple[Place, ...]] = {}
        if not self.text.isascii():
            if _lower_region_here(self.text):
                self.capitalise_regions()
            if self.lang in ("uk", "ru"):
                self.capitalise_lower_towns()

    def capitalise_lower_towns(self) -> None:
        """Read a Russian city or region written in lower case after a preposition of place
        as a name ("вибухи в новочеркаську", "на бєлгородщині": Ukrainian channels write the
        other side's places so; :func:`_lower_russian_place`): its word is taken as
        capitalised, in this finder's copy of the columns."""
        words, bare, found = self.word, self.bare, []
        memo = self.gaz.memo.get(_LOWER_PLACES + self.lang)
        if memo is None:  # (bounded: the words after a preposition grow with an archive)
            memo = self.gaz.memo[_LOWER_PLACES + self.lang] = WordMemo()
        # (the words after a preposition, picked in C: few of a text's words follow one)
        for i in compress(range(len(words) - 1), map(_LOWER_PREPOSITIONS.__contains__, words)):
            j = i + 1
            word = bare[j]
            if len(word) < 4 or not word[:1].islower() or not self.cyrillic[j]:
                continue
            known = memo.get(word)
            if known is None:
                known = memo.put(word, _lower_russian_place(self.gaz, word, self.lang))
            if known and self.space_between(i, j):
                found.append((j, word[:1].upper() + word[1:]))
        self.take_capitalised(found)

    def take_capitalised(self, found: list[tuple[int, str]]) -> None:
        """Take each word ``j`` of ``found`` as written ``upper`` (capitalised), in this
        finder's copy of the columns (the document's stay as read)."""
        if not found:
            return
        if self.word is self.doc_words[0]:  # (copied once)
            self.word, self.bare, self.capitalised = (
                list(self.word),
                list(self.bare),
                list(self.capitalised),
            )
        for j, upper in found:
            self.word[j] = upper + self.word[j][len(upper) :]
            self.bare[j], self.capitalised[j] = upper, True

    def capitalise_regions(self) -> None:
        """Read a region's adjective written in lower case before the word oblast as a name
        ("з території брянської області", "в курской области рф": some officials write the
        other side's regions so): its word is taken as capitalised, in this finder's copy of
        the columns (the document's stay as read)."""
        starts = self.start
        found = []
        for m in _LOWER_REGION.finditer(self.text):
            j = bisect.bisect_left(starts, m.start())
            if j < len(starts) and starts[j] == m.start() and not self.capitalised[j]:
                for k in (j, *self.listed_before(j)):
                    upper = self.bare[k][:1].upper() + self.bare[k][1:]
                    if not is_region_adjective(upper, word_language(upper, self.lang)):
                        break
                    found.append((k, upper))
        self.take_capitalised(found)

    def listed_before(self, j: int) -> Iterator[int]:
        """The words in lower case listed before word ``j`` with a region adjective's ending,
        nearest first ("харківській, сумській та" before "чернігівській областях"): each is
        parted from the next by a comma or by a word of :data:`LIST_AND`, and nothing else."""
        text, start, end, bare = self.text, self.start, self.end, self.bare
        k = j
        while k > 0:
            before = k - 1
            gap = text[end[before] : start[k]]
            if bare[before].lower() in LIST_AND and before > 0 and spaced(gap):
                before -= 1
                if not spaced(text[end[before] : start[before + 1]]):
                    return
            elif gap.strip() != ",":
                return
            if self.capitalised[before] or not _LOWER_ADJECTIVE.fullmatch(bare[before]):
                return
            yield before
            k = before

    def reach(self, i: int, limit: int) -> int:
        """How many words a place name starting at word ``i`` (capitalised or Cyrillic) can
        span, up to ``limit``: words joined by spaces or hyphens (see :func:`spaced`) that
        are capitalised, Cyrillic, or name connectors and region words ("Rostov-on-Don",
        "Kryvyi Rih Raion", "Харківська область")."""
        j = i + 1
        last = min(i + limit, len(self.word))
        capitalised, cyrillic, keys = self.capitalised, self.cyrillic, self.keys
        text, start, end = self.text, self.start, self.end
        while (
            j < last
            and (capitalised[j] or cyrillic[j] or keys[j] in _CONNECTORS)
            and spaced(text[end[j - 1] : start[j]])
        ):
            j += 1
        return j - i

    def sentence_initial(self, i: int) -> bool:
        start = self.start[i]
        if start in self.sentence_starts:
            return True
        j = start - 1
        while j >= 0 and self.text[j] in _LEAD_CHARS:
            j -= 1
        if (
            j > 0
            and self.text[j] == "."
            and _ABBREVIATION_BEFORE.search(self.text, max(0, j - 6), j)
        ):
            return False  # "м. Новошахтинськ", "с. Краснопілля": an abbreviation's stop
        return j < 0 or self.text[j] in ".!?:\n"

    def run(self) -> list[PlaceMention]:
        i = 0
        word, capitalised, cyrillic = self.word, self.capitalised, self.cyrillic
        # words known to start no name, for this index and reports of this language
        memo = self.gaz.memo.get(_NO_NAME + self.lang)
        if memo is None:
            memo = self.gaz.memo[_NO_NAME + self.lang] = WordMemo()
        # (a Russian district named by its adjective in Latin letters: see district_towns)
        districts = any(map(self.text.__contains__, _DISTRICT_WORDS))
        # a name starts with a capital letter (see match_at, cyrillic_at)
        for j in compress(range(len(word)), capitalised):
            if j < i:
                continue
            no_name = memo.get(word[j])
            if no_name is None:
                no_name = memo.put(word[j], self.starts_no_name(j))
            if no_name is _ALONE:
                # a Latin word that names nothing by itself: a name needs the next word
                if self.joins_next(j):
                    i = self.match_at(j)
                    continue
                no_name = True  # (a district's adjective still may: "Grayvoronsky urban")
            if not no_name:
                i = self.match_at(j)
            elif (
                districts
                and word[j].endswith(ADJECTIVE_ENDINGS)
                and not cyrillic[j]
                and any(readings := self.district_readings(j))
            ):
                # "the Holosiivsky district": Kyiv's Holosiivskyi; "the Millerovsky district":
                # a Russian town's district
                i = self.variant_at(j, readings)
            elif cyrillic[j] and self.foreign_here(j):
                i = self.match_at(j)  # "у Новошахтинську": a town the index spells otherwise
            elif (
                cyrillic[j]  # two capitalised words may still be an inflected name
                and j + 1 < len(word)
                and capitalised[j + 1]
                and self.space_between(j, j + 1)
            ):
                pair = f"{word[j]} {word[j + 1]}"  # (a word holds no space)
                pair_no_name = memo.get(pair)
                if pair_no_name is None:
                    pair_no_name = memo.put(pair, self.pair_names_nothing(j))
                if not pair_no_name:
                    i = self.match_at(j)
        self.spread_plural_qualifiers()
        if self.districts:
            self.locate_districts()
        return self.mentions

    def locate_districts(self) -> None:
        """Keep the towns a district's adjective in Latin letters was read as
        (:meth:`district_towns`) only where the report names their region, by its name or by
        a place of one reading in it: "the Belovsky district of the Kursk region" is not
        Belovo's in the Kemerovo region; a district left with none keeps what the word's
        spelling variants name (:meth:`variant_places`), else no reading (and is reported
        unresolved)."""
        found = self.districts  # (by where they start: the list's spreading makes new ones)
        regions = {
            c.admin1 for c in located_places(m for m in self.mentions if m.span.start not in found)
        }
        kept = []
        for m in self.mentions:
            if m.span.start in found:
                towns = tuple(c for c in m.candidates if c.admin1 in regions)
                m = PlaceMention(m.span, towns or found[m.span.start], m.qualifier)
            kept.append(m)
        self.mentions = kept

    def foreign_here(self, i: int) -> bool:
        """True when the capitalised Cyrillic word ``i``, inside its sentence, names a town by
        the other language's spelling (:func:`foreign_spelling`; a word opening a sentence
        is not looked up: most such words are ordinary ones)."""
        return not self.sentence_initial(i) and bool(
            foreign_spelling(self.gaz, self.bare[i], word_language(self.bare[i], self.lang))
        )

    def joins_next(self, i: int) -> bool:
        """True when word ``i + 1`` may continue a name that starts at word ``i``: as
        :meth:`keys_at` and :meth:`reach` read the words after the first."""
        j = i + 1
        return (
            j < len(self.keys)
            and (self.capitalised[j] or self.cyrillic[j] or self.keys[j] in _CONNECTORS)
            and spaced(self.text[self.end[i] : self.start[j]])
        )

    def starts_no_name(self, i: int) -> bool | object:
        """True when :meth:`match_at` finds nothing at the capitalised word ``i`` whatever
        its context (for a Cyrillic word: unless another capitalised word follows it): no
        index key or flagged key starts with the word and more words, and the word itself
        is flagged as no place, or is no key and (in Latin script) no spelling variant of
        it names a place of the core countries or (in Cyrillic) it is no region adjective
        and no lemma of it is a key.

        :data:`_ALONE` for a Latin word that names nothing by itself so, but whose key
        starts keys of several words: :meth:`match_at` finds nothing there unless the next
        word may continue the name (:meth:`joins_next`)."""
        if self.gaz.continues(self.keys[i]):
            if not self.cyrillic[i] and self.names_nothing_alone(i):
                return _ALONE
            return False
        return self.names_nothing_alone(i)

    def names_nothing_alone(self, i: int) -> bool:
        """:meth:`starts_no_name` of word ``i`` as if no key went on from its key."""
        gaz, key, bare = self.gaz, self.keys[i], self.bare[i]
        flag = gaz.flag(key)
        if flag == "not_place":
            return True
        if gaz.has_key(key):
            return False
        if self.cyrillic[i]:
            lang = word_language(bare, self.lang)
            return not is_region_adjective(bare, lang) and not any(
                map(gaz.has_key, name_keys((bare,), lang))
            )
        return flag is not None or len(bare) < 5 or not self.variant_places(i)

    def match_at(self, i: int) -> int:
        """Match a name at the capitalised word ``i``; returns the index of the word to go
        on from."""
        if self.cyrillic[i]:
            return self.cyrillic_at(i)
        gaz = self.gaz
        first = self.keys[i]
        # (a key no longer key starts with is tried alone, without keys_at's list)
        for n, key in self.keys_at(i) if gaz.continues(first) else ((1, first),):
            flag = gaz.flag(key)
            if flag == "not_place":
                return i + n
            if not gaz.has_key(key):
                continue
            if self.followed_by_not_place(i, n):
                return i + n  # "Moscow time"
            if not self.acceptable(i, n, flag):
                continue
            places = self.gaz.places_of(key)
            if places and places[0].kind == "sea" and self.sea_attribute(i + n - 1):
                return i + n  # "a resort on the Black Sea coast": the coast, not the sea
            return self.accept(i, n, places)
        return self.variant_at(i)

    def keys_at(self, i: int) -> list[tuple[int, str]]:
        """The names to try at word ``i``, longest first, each as ``(n, key)`` for the key
        of its ``n`` words: the names of several words that the index holds or flags, as far
        as the words are joined (see :meth:`reach`) and the index has keys that go on from
        the words so far (:meth:`Gazetteer.continues`), then the word's own key.

        :meth:`match_at` asks only where the word's key goes on, and the key is not asked
        again: where it does not, no key of several words starts with it, and the list holds
        the word's own key alone all the same."""
        gaz, keys = self.gaz, self.keys
        key = keys[i]
        found = [(1, key)]
        text, start, end = self.text, self.start, self.end
        for j in range(i + 1, min(i + gaz.max_words, len(keys))):
            if not (
                (self.capitalised[j] or self.cyrillic[j] or keys[j] in _CONNECTORS)
                and spaced(text[end[j - 1] : start[j]])
            ):
                break
            key = f"{key} {keys[j]}"
            if gaz.has_key(key) or gaz.flag(key) is not None:
                found.append((j - i + 1, key))
            if not gaz.continues(key):
                break
        found.reverse()
        return found

    def sea_attribute(self, last: int) -> bool:
        """Whether the lower-case word right after word ``last`` (a sea's name's last word)
        makes the name an attribute of another thing (:data:`_SEA_ATTRIBUTES`)."""
        m = _WORD_AFTER.match(self.text, self.end[last])
        return m is not None and m.group(1) in _SEA_ATTRIBUTES

    def followed_by_not_place(self, i: int, n: int) -> bool:
        """True when :meth:`next_word` is one of :data:`_NOT_PLACE_AFTER` ("Moscow time").

        The next word's key is looked at first: the key of a word that is one of these words
        in any case is the word itself (they hold no possessive ending or mark to fold), so
        a word whose key is none of them is none of them, and the gap before it need not be
        searched for letters."""
        j = i + n
        return (
            j < len(self.keys)
            and self.keys[j] in _NOT_PLACE_AFTER
            and self.next_word(i, n) in _NOT_PLACE_AFTER
        )

    def next_word(self, i: int, n: int) -> str:
        """The word right after the span of words ``i`` to ``i+n-1``, or "" when words lie
        between."""
        j = i + n
        if j >= len(self.word) or _LETTER_RE.search(self.text, self.end[j - 1], self.start[j]):
            return ""
        return self.word[j].lower()

    def prev_word(self, i: int) -> str:
        """The word right before word ``i``, or "" when words lie between."""
        if i == 0 or _LETTER_RE.search(self.text, self.end[i - 1], self.start[i]):
            return ""
        return self.word[i - 1].lower()

    def variant_at(
        self, i: int, readings: tuple[tuple[Place, ...], tuple[Place, ...]] | None = None
    ) -> int:
        """A Latin name at word ``i`` that only a transliteration variant matches
        ("Graivoron" for GeoNames' "Grayvoron"); kept for places of the core countries.
        A district named by its adjective before the word district is read as the district
        another spelling of its ending names, or as the Russian towns it may be named after
        (:meth:`district_readings`, given as ``readings`` when read before)."""
        if len(self.bare[i]) < 5 or self.gaz.flag(self.keys[i]):
            return i + 1
        spelt, towns = self.district_readings(i) if readings is None else readings
        if spelt:
            return self.accept(i, 1, spelt)
        if towns:
            # (what the word's own spelling variants name, kept for a district none of whose
            # towns lies in a region the report names: see locate_districts)
            variants = () if self.sentence_initial(i) else self.variant_places(i)
            after = self.accept(i, 1, towns)
            last = self.mentions[-1]
            if last.qualifier is None:
                # "the Grayvoronsky urban district", "the Azovsky and Neklinovsky districts"
                # (the word district after a list, whatever its other items): a district
                last = self.mentions[-1] = PlaceMention(last.span, last.candidates, "raion")
            self.districts[last.span.start] = variants
            return after
        if self.sentence_initial(i):
            return i + 1
        cands = self.variant_places(i)
        if cands and not self.looks_like_person(i):
            return self.accept(i, 1, cands)
        return i + 1

    def district_readings(self, i: int) -> tuple[tuple[Place, ...], tuple[Place, ...]]:
        """What a district's adjective at word ``i`` names: the districts of another spelling
        of its ending (:meth:`other_ending`), else the towns it may be named after
        (:meth:`district_towns`)."""
        spelt = self.other_ending(i)
        return (spelt, ()) if spelt else ((), self.district_towns(i))

    def other_ending(self, i: int) -> tuple[Place, ...]:
        """The districts and raions of Ukraine and Russia that a district's adjective at word
        ``i`` names with another Latin spelling of its ending, before the word district:
        "the Holosiivsky district" (a Ukrainian name with a Russian ending) is Kyiv's
        Holosiivskyi; or that the index names by the adjective, in any spelling, and the word
        district ("the Neklinovsky and Azovsky districts"); none otherwise."""
        word = self.bare[i]
        found = LATIN_RAION_ENDING.search(word)
        if found is None or not _DISTRICT_AFTER.match(self.text, self.end[i]):
            return ()
        stem = word[: found.start()]
        others = [stem + ending for ending in _OTHER_ENDINGS if stem + ending != word]
        spelt = self.exact_places(
            others, lambda p: p.country in _CORE and p.kind in _DISTRICT_KINDS
        )
        if spelt:
            return spelt
        # the districts the index names with the word district after the adjective, in any
        # of its spellings ("the Neklinovsky and Azovsky districts"); of Ukraine only for a
        # Ukrainian spelling ("the Novomoskovskyi raion" is no district of Russia's Tula)
        ukrainian = word.endswith(_UKRAINIAN_ENDINGS)
        return self.exact_places(
            (f"{each} district" for each in (word, *others)),
            lambda p: (
                (p.country == "UA" if ukrainian else p.country in _CORE)
                and p.kind in _DISTRICT_KINDS
            ),
        )

    def exact_places(self, keys: Iterable[str], keep: Callable[[Place], bool]) -> tuple[Place, ...]:
        """The places the index names exactly by any of ``keys`` that ``keep`` keeps, each
        once, in the order found."""
        found: dict[str, Place] = {}
        for key in keys:
            for c in self.gaz.lookup(key):
                if c.exact and keep(c.place):
                    found.setdefault(c.place.id, c.place)
        return tuple(found.values())

    def district_towns(self, i: int) -> tuple[Place, ...]:
        """The Russian towns a district's adjective at word ``i`` may be named after, when
        the word district follows it (or a list of such adjectives and then the word):
        "the Millerovsky district", "the Belgorodsky and Shebekinsky districts" (the
        resolver reads the district of the town chosen); none otherwise."""
        word = self.bare[i]
        if not word.endswith(ADJECTIVE_ENDINGS) or not _DISTRICT_AFTER.match(
            self.text, self.end[i]
        ):
            return ()
        return self.exact_places(
            latin_district_towns(word), lambda p: p.country == "RU" and p.kind == "settlement"
        )

    def variant_places(self, i: int) -> tuple[Place, ...]:
        """The places of the core countries that a spelling variant of word ``i`` names."""
        return tuple(
            c.place
            for c in self.gaz.lookup(self.word[i])
            if not c.exact and c.place.country in _CORE
        )

    def acceptable(self, i: int, n: int, flag: str | None) -> bool:
        """True when the Latin name of ``n`` words at word ``i``, with the index's ``flag``,
        counts as a place here."""
        if n > 1:  # (but "The Mission" said: a common word after "the")
            return flag != "word" or self.has_context(i, n)
        if flag == "word" and not self.has_context(i, n):
            return False
        if self.keys[i] in _MONTH_ABBREVIATIONS and self.is_date(i):
            return False  # "Jan. 9" (GeoNames gives "Jan" to Dschang), "9 Jul"
        return not self.looks_like_person(i)

    def is_date(self, i: int) -> bool:
        """Whether a number stands right after word ``i`` (its full stop between) or before."""
        start, end = self.start[i], self.end[i]
        return bool(
            _NUMBER_AFTER.match(self.text, end)
            or _NUMBER_BEFORE.search(self.text, max(0, start - 6), start)
        )

    def has_context(self, i: int, n: int) -> bool:
        prev = self.prev_word(i)
        nxt = self.next_word(i, n)
        if self.mentions and _LIST_SEP_RE.match(
            self.text[self.mentions[-1].span.end : self.start[i]]
        ):
            return True  # "in Berlin and Washington": an item of a list of places
        return (prev in _LOCATIVE and not self.sentence_initial(i)) or (nxt in _QUALIFIERS)

    def looks_like_person(self, idx: int) -> bool:
        """A lone capitalised name beside another unknown capitalised word is a person; a
        name after a title ("Mayor"), or after a ship's word ("the cruiser Moskva"), names
        no place."""
        if self.word[idx].isupper():
            return False
        prev = idx - 1 if idx else None
        nxt = idx + 1 if idx + 1 < len(self.word) else None
        if (
            prev is not None
            and self.word[prev].lower().rstrip(".") in _TITLED
            and self.space_between(prev, idx)
        ):
            return True
        for other in (prev, nxt):
            if other is None or not self.capitalised[other]:
                continue
            pair = (other, idx) if other == prev else (idx, other)
            if not self.space_between(*pair):
                continue
            word = self.keys[other]
            if word in _NEIGHBOURS_OK or self.gaz.has_key(word):
                continue
            if other == prev and (
                self.sentence_initial(prev)
                or (self.possessive[prev] and _FACILITY_AFTER.match(self.text, self.end[idx]))
            ):
                continue  # (nor an owner's name before its plant: "Rosneft's Syzran refinery")
            if other == nxt and _FACILITY_AFTER.match(self.text, self.end[nxt]):
                continue  # (nor a company named after its town: "the Nevinnomyssk Azot plant")
            return True
        return False

    def accept(self, i: int, n: int, candidates: tuple[Place, ...]) -> int:
        if (
            i
            and _estate_word(self.word[i - 1])
            and _ESTATE_BEFORE.search(self.text, max(0, self.start[i] - 24), self.start[i])
        ):
            return i + n  # "на ж/м Победа", "мікрорайон Сокіл": a part of a town, by its name
        # (the word before, looked up first: most are neither a street's nor a village's)
        noun = place_noun(self.word[i - 1].lower()) if i else None
        if noun is None and i and self.word[i - 1] == "с" and self.text[self.end[i - 1]] == ".":
            noun = "village"  # "с. Муром": a village's abbreviation, not the preposition
        if noun is not None and not self.prev_word(i):
            noun = None  # (words stand between)
        if noun == "street" and _ADJECTIVAL.search(self.bare[i]):
            # "на улице Дзержинского", "вулиця Харківська": the street's name (not "на
            # площі Харкова": the city's square)
            return i + n
        if candidates[0].kind == "settlement" and noun == "village":
            # "Село Муром": a village, not the city of that name the index knows elsewhere
            candidates = tuple(
                c for c in candidates if c.kind != "settlement" or c.population < _VILLAGE_MAX
            )
            if not candidates:
                return i + n  # (a village the index lacks: reported as an unknown name)
        last = i + n - 1  # the name's last word
        end_word = last
        qualifier = None
        consumed = n
        j = i + n
        # (the qualifier word looked up first: most names are followed by none, and then
        # the gap before the next word need not be read)
        if (
            j < len(self.word)
            and (q := _QUALIFIERS.get(self.bare[j].lower())) is not None
            and self.space_between(last, j)
            and not self.possessive[last]
            # ("the Sumy region communities": communities of the region, not a hromada; "the
            # Kharkiv and Kyiv communities": the cities' people)
            and not (q in _HROMADA_WORDS and candidates[0].kind in ("admin1", "country"))
            and not (q == "communities" and _big_town(candidates))
        ):
            qualifier = q
            end_word = j
            consumed += 1
        elif (
            j < len(self.word)
            and self.bare[j] in _GOVERNOR
            and candidates[0].kind == "settlement"
            and candidates[0].admin1 not in _CITY_REGIONS
            and self.space_between(last, j)
            and not self.possessive[last]
            and not _THE_CITY.search(self.text, self.end[j], self.text.find(".", self.end[j]))
        ):
            qualifier = "regional"  # "Bryansk Governor Alexander Bogomaz": the region's
        start = self.start[i]
        end = self.end[end_word] if qualifier else self.start[last] + len(self.bare[last])
        span = Span(self.text[start:end], start, end)
        self.mentions.append(PlaceMention(span, candidates, qualifier))
        return i + consumed

    def spread_plural_qualifiers(self) -> None:
        """``the Sumy, Kharkiv and Chernihiv regions``: each list item is a region (a raion,
        a hromada: "the Bilopillia and Khotin communities")."""
        ms = self.mentions
        for j in range(len(ms) - 1, -1, -1):
            plural = ms[j].qualifier
            single = _SINGULAR_QUALIFIERS.get(plural)  # type: ignore[arg-type]
            if single is None:
                continue
            k = j
            while k == j or (
                k >= 0
                and ms[k].qualifier is None
                and _LIST_SEP_RE.match(self.text[ms[k].span.end : ms[k + 1].span.start])
            ):
                each = single
                if plural == "communities" and _big_town(ms[k].candidates):
                    each = None
                ms[k] = PlaceMention(ms[k].span, ms[k].candidates, each)
                k -= 1
        self.spread_announced_lists()

    def spread_announced_lists(self) -> None:
        """``attacked 10 oblasts: Kharkiv, Sumy and Poltava`` or ``the regions of Kharkiv and
        Sumy``: a list announced by a plural region word is a list of regions."""
        ms = self.mentions
        low = self.doc.lowered  # (the text's lower case, read once for the report)
        if not ms or lacks(self.text, _LIST_HEAD_WORDS, low):
            return  # no plural region word anywhere, so none before any mention
        # where the plural region words stand in the text's lower case (no character
        # lowered() accepts changes length in lower case): a head holds one when one of
        # them lies inside it, as lacks() would find in the head's lower case
        found = None if low is None else _occurrences(low, _LIST_HEAD_WORDS)
        after = 0  # the mentions before this one are read
        for j in self.announced(found):
            if j < after or ms[j].qualifier is not None:
                continue
            head = self.text[max(0, ms[j].span.start - 40) : ms[j].span.start]
            if found is None and lacks(head, _LIST_HEAD_WORDS, ""):  # (lacks() lowers it)
                continue
            announced = _LIST_HEAD_RE.search(head)
            if announced is None:
                continue
            if j and ms[j - 1].span.end > ms[j].span.start - len(head) + announced.start(1):
                continue  # "the Kyivskyi and Prymorskyi districts of Odesa": the word closes
                # the list before it, whose city this is
            single = (
                "raion"
                if announced.group(1).lower().startswith(("district", "raion"))
                else "region"
            )
            k = j
            while True:
                ms[k] = PlaceMention(ms[k].span, ms[k].candidates, single)
                if (
                    k + 1 >= len(ms)
                    or ms[k + 1].qualifier is not None
                    or not _LIST_SEP_RE.match(self.text[ms[k].span.end : ms[k + 1].span.start])
                ):
                    break
                k += 1
            after = k + 1

    def announced(self, found: list[tuple[int, int]] | None) -> Iterable[int]:
        """The indices of the mentions, in order, that a plural region word may announce: those
        with one of ``found`` (where the words stand, as :func:`_occurrences` gives them)
        within the 40 characters before them; every mention when ``found`` is None."""
        starts = [m.span.start for m in self.mentions]
        if found is None or starts != sorted(starts):
            return range(len(starts))
        near = set()
        for at, stop in found:  # the mentions that start from stop up to at + 40
            near.update(
                range(bisect.bisect_left(starts, stop), bisect.bisect_right(starts, at + 40))
            )
        return sorted(near)


def _occurrences(low: str, needles: tuple[str, ...]) -> list[tuple[int, int]]:
    """The start and end of every occurrence of each of ``needles`` in ``low``."""
    out = []
    for needle in needles:
        at = low.find(needle)
        while at >= 0:
            out.append((at, at + len(needle)))
            at = low.find(needle, at + 1)
    return out


def find_mentions(
    text: str, gaz: Gazetteer, lang: str | None = None, *, doc: Document | None = None
) -> list[PlaceMention]:
    """Find every place mention of a text.

    Parameters
    ----------
    text : str
        Report text.
    gaz : Gazetteer
        The place index.
    lang : str, optional
        The report's language (see :func:`geo.language.morphology.detect_language`); told from the
        text when not given.
    doc : Document, optional
        The report read once (:func:`geo.language.document.read_document`); when given, its
        text and language are used and ``text`` and ``lang`` are not read.

    Returns
    -------
    list of PlaceMention
        In text order; each with its span, its ranked candidates and a qualifier word
        (``region``, ``raion``, ``regional``, ``city``) when the text gives one.
    """
    if doc is None:
        doc = read_document(text, lang or detect_language(text))
    return _Finder(doc, gaz).run()


_UNKNOWN_RE = compiled(
    r"\b(?:in|near|outside|from|over|into|at|(?:village|town|city|settlement|outskirts|port|"
    r"district|region|community|direction|areas?|vicinity)\s+of)\s+(?:the\s+)?"
    r"(?:occupied\s+)?"
    r"(?P<name>[A-ZА-ЯІЇЄ][\w’'\-]+(?:[ \t]+[A-ZА-ЯІЇЄ][\w’'\-]+){0,2})"
)
# a Ukrainian or Russian name after a word for a settlement, in any case
_UNKNOWN_CYRILLIC_RE = compiled(
    r"(?:(?<!\w)(?:[Сс]ел[оіаиеу]|[Сс]елищ[еаіу]|[Пп]ос[её]лок|[Пп]ос[её]лк[еау]|[Хх]утор[іеау]?|"
    r"[Дд]еревн[яиею]|смт)\s+|(?<!\w)[сСмМ]\.\s*)"
    r"(?P<name>[А-ЯІЇЄҐ][\w’'ʼ\-]+(?:[ \t]+[А-ЯІЇЄҐ][\w’'ʼ\-]+){0,2})"
)
# one in every match of the above, in lower case
_VILLAGE_WORDS = ("сел", "посел", "посёл", "хутор", "деревн", "смт", "с.", "м.")
# every match of _UNKNOWN_RE starts with one of these ("into" with "in") and whitespace, or
# with one of _OF_CUES, whitespace and "of"
_UNKNOWN_STARTS = ("in", "near", "outside", "from", "over", "at")
_OF_CUES = (
    "village",
    "town",
    "city",
    "settlement",
    "outskirts",
    "port",
    "district",
    "region",
    "community",
    "direction",
    "area",
    "areas",
    "vicinity",
)  # none ends another: at most one ends where a word ends
# the English months' short forms, as dates write them ("Jan. 9", "9 Jul 2025")
_MONTH_ABBREVIATIONS = frozenset(
    ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
)
_NUMBER_AFTER = compiled(r"\.?\s*\d")
_NUMBER_BEFORE = compiled(r"\d\s*$")
_NOT_NAMES = {
    *MONTHS,
    *DAY_NAMES,
    "ukrainian",
    "russian",
    "soviet",
    "western",
    "european",
    "american",
    "the",
    "a",
    "an",
    "his",
    "her",
    "their",
    "its",
    "our",
    "this",
    "that",
    "these",
    "those",
    "telegram",
    "kremlin",
    "parliament",
    "president",
    "prime",
    "general",
    "ministry",
    "moscow-",
    "air",
    "defence",
    "defense",
    "shahed",
    "iskander",
    "kinzhal",
    "kalibr",
    "storm",
    "patriot",
    "nato",
    "iaea",
    "no",
    "red",
    "rosneft",
    "gazprom",
    "energoatom",
    "ukrenergo",
}


_POSSESSIVE_END = compiled(r"['’]s$")


def _word_starts(text: str, pos: int) -> bool:
    """True when a word may start at ``pos`` as ``\\b`` reads it before a letter: the
    character before is no word character (\\w: a letter, digit or _), as a cue inside a
    word ("Ukraine") is left out."""
    return not pos or not (text[pos - 1].isalnum() or text[pos - 1] == "_")


def _of_cue_starts(text: str) -> list[int]:
    """Where the words of :data:`_OF_CUES` start before whitespace and "of" ("village of"):
    found from each "of" after whitespace, instead of a search of the text for each word."""
    out = []
    pos = text.find("of")
    while pos >= 0:
        end = pos  # the end of the word before, over the whitespace (\\s: str.isspace)
        while end and text[end - 1].isspace():
            end -= 1
        if end < pos and text.endswith(_OF_CUES, 0, end):
            cue = next(c for c in _OF_CUES if text.endswith(c, 0, end))
            if _word_starts(text, end - len(cue)):
                out.append(end - len(cue))
        pos = text.find("of", pos + 1)
    return out


def _unknown_matches(text: str, doc: Document | None = None) -> list[re.Match[str]]:
    """The matches of ``_UNKNOWN_RE.finditer(text)``, found faster: the pattern is tried
    only where one of its cue words starts (found by ``str.find``, and for the words before
    "of" by :func:`_of_cue_starts`), instead of at every character. ``doc``, the report read
    once, when its text is ``text``, tells whether it holds a Cyrillic letter faster (see
    :func:`_holds_cyrillic`) and gives its lower case (:attr:`Document.lowered`)."""
    starts = _starting(text, _UNKNOWN_STARTS)
    starts.update(_of_cue_starts(text))
    out = _matched_at(_UNKNOWN_RE, text, starts)
    if not text.isascii() and _holds_cyrillic(text, doc):  # "у селі Малі Щербаки"
        # (the document's lower case, made once for the report, when it has it)
        low = doc.lowered if doc is not None and doc.text is text else None
        villages = _village_matches(text, low)
        if villages:
            out = sorted([*out, *villages], key=lambda m: m.start())
    return out


def located_places(mentions: Iterable[PlaceMention]) -> Iterator[Place]:
    """The places that locate a report among its ``mentions``: the reading of each that
    names a first-level unit first or has one reading only."""
    for m in mentions:
        if m.candidates and (m.candidates[0].kind == "admin1" or len(m.candidates) == 1):
            yield m.candidates[0]


# a district named by a Latin adjective before the word district (or a list of them before
# it), in any position: a name the finder does not know is reported too
_DISTRICT_ADJECTIVE_RE = compiled(
    rf"(?<![\w’'\-])(?P<name>(?-i:[A-Z])[\w’'\-]*{ADJECTIVE_ENDING})(?={_DISTRICT_TAIL})"
)


# the bytes of the one-byte codec whose characters _CYRILLIC_RE does not find (with the bytes
# no character has): deleting them from a text's codec bytes leaves those it finds
_NOT_CYRILLIC_BYTES = bytes(b for b in range(256) if not _CYRILLIC_RE.match(CODEC_CHARS[b : b + 1]))


def _holds_cyrillic(text: str, doc: Document | None) -> bool:
    """Whether ``_CYRILLIC_RE.search(text)`` finds a letter.

    Where the tokenizer read ``doc``'s text (``text``) in the one-byte codec, one byte a
    character (:attr:`Document.codec_bytes`), the letters are the bytes left when every other
    is deleted: a table lookup a byte, where the pattern, ignoring case, reads every
    character of a text without any (an English report). A Ukrainian or Russian report is
    searched: a Cyrillic letter comes early there."""
    data = (
        None if doc is None or doc.text is not text or doc.lang in ("uk", "ru") else doc.codec_bytes
    )
    if data is None:
        return _CYRILLIC_RE.search(text) is not None
    return bool(data.translate(None, _NOT_CYRILLIC_BYTES))


def _village_matches(text: str, low: str | None = None) -> list[re.Match[str]]:
    """The matches of ``_UNKNOWN_CYRILLIC_RE.finditer(text)``, tried only where one of its
    words (:data:`_VILLAGE_WORDS`) starts a word, found by ``str.find`` in lower case.
    ``low``: ``text.lower()``, when known (:attr:`Document.lowered` is, or None)."""
    low = text.lower() if low is None else low
    if len(low) != len(text):  # lower case moved a character: search the text whole
        return list(_UNKNOWN_CYRILLIC_RE.finditer(text))
    return _matched_at(_UNKNOWN_CYRILLIC_RE, text, _starting(low, _VILLAGE_WORDS))


def _starting(text: str, words: tuple[str, ...]) -> set[int]:
    """Where one of ``words`` starts in ``text`` at the start of a word."""
    starts = set()
    for word in words:
        pos = text.find(word)
        while pos >= 0:
            if _word_starts(text, pos):
                starts.add(pos)
            pos = text.find(word, pos + 1)
    return starts


def _matched_at(pattern: re.Pattern[str], text: str, starts: set[int]) -> list[re.Match[str]]:
    """The matches of ``pattern`` in ``text`` starting at ``starts``, as ``finditer`` finds
    them there: each next match starts after the last one."""
    out = []
    end = 0
    for pos in sorted(starts):
        if pos >= end and (m := pattern.match(text, pos)):
            out.append(m)
            end = m.end()
    return out


def find_unknown_names(
    text: str, mentions: list[PlaceMention], gaz: Gazetteer, *, doc: Document | None = None
) -> list[Span]:
    """Capitalised names in place position ("in X", "near X", "village of X", a district's
    Latin adjective before the word district) that the gazetteer does not know, so that they
    can be reported instead of silently lost.

    Parameters
    ----------
    text : str
        Report text.
    mentions : list of PlaceMention
        The mentions already found (their spans are not reported again).
    gaz : Gazetteer
        The place index, to skip flagged non-places.
    doc : Document, optional
        The report read once (its text ``text``): what its tokenizer read tells whether the
        text holds a Cyrillic letter faster, and its lower case is read for the words of a
        village.

    Returns
    -------
    list of Span
        In text order.
    """
    found = _unknown_matches(text, doc)
    if any(map(text.__contains__, _DISTRICT_WORDS)):  # "the Neklinovsky district"
        named = {m.span("name") for m in found}  # (one already found "in the X district")
        adjectives = [
            m for m in _DISTRICT_ADJECTIVE_RE.finditer(text) if m.span("name") not in named
        ]
        if adjectives:
            found = sorted([*found, *adjectives], key=lambda m: m.start())
    if not found:
        return []
    covered = sorted((m.span.start, m.span.end) for m in mentions)
    starts = [st for st, _ in covered]
    reach: list[int] = []  # the furthest end among the spans up to each index
    furthest = -1
    for _, e in covered:
        furthest = max(furthest, e)
        reach.append(furthest)
    out: list[Span] = []
    for m in found:
        start, end = m.span("name")
        i = bisect.bisect_left(starts, end)  # the spans that start before this name ends
        if i and reach[i - 1] > start:  # one of them reaches into it
            continue
        words = [_POSSESSIVE_END.sub("", w) for w in m.group("name").split()]
        key = norm_key(m.group("name"))
        first = norm_key(words[0]).split(" ")[0]
        if first in _NOT_NAMES or gaz.flag(key) or gaz.flag(first) or len(first) < 3:
            continue
        out.append(Span(m.group("name"), start, end))
    return out
