"""Ukrainian and Russian place names in report text, for the mention finder.

:class:`CyrillicMatcher` holds the rules the finder of :mod:`geo.understand.mentions` applies at a
capitalised Cyrillic word: lists of region adjectives before a region word ("у Харківській,
Сумській та Одеській областях", elided after a preposition: "над Брянской и Курской"), names in
the nominative, inflected names by their pymorphy3 lemmas ("у Кривому Розі"), and the evidence a
name needs to count: a settlement or region word beside it, or a word the dictionaries know
neither as an ordinary word nor as a person's name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from geo.language.cyrillic import (
    ADJ_ONLY_ENDINGS,
    AIRFIELD_STEMS,
    LIST_AND,
    PLACE_PREPOSITIONS,
    REGION_ADJ_ENDINGS,
    adjective_keys,
    is_region_adjective,
    is_settlement_word,
    name_keys,
    place_noun,
    region_word,
    settlement_gender,
    single,
    word_language,
)
from geo.language.morphology import (
    FUNCTION_POS,
    analyse,
    cases_of,
    is_common_word,
    is_person_name,
    may_be_locative,
    person_share,
)
from geo.language.normalize import norm_key
from geo.language.text import WordMemo
from geo.patterns import compiled
from geo.records import Place, PlaceMention, Span

if TYPE_CHECKING:
    from geo.places.gazetteer import Gazetteer

__all__ = ["CyrillicMatcher", "spaced"]

_CORE = ("UA", "RU", "BY", "MD")
# words that join the items of a list of region adjectives
_LIST_WORDS = LIST_AND | {"також", "або", "чи", "или", "также"}
# the prepositions that govern the genitive: a town's genitive may follow them
_GENITIVE_PREPOSITIONS = frozenset(("з", "із", "зі", "від", "біля", "поблизу", "до", "неподалік"))
# the endings of a town's noun that no common noun longer than _TOWN_NOUN_MIN letters has:
# "Куп'янськ", "Вовчанськ", "Мирноград", "Тернопіль" (not "Град", the rocket launcher); and
# "-івка", "-ївка" ("Дружківка", "Костянтинівка"), which common nouns share ("домівка",
# "верхівка") but no town of _TOWN_MIN_POPULATION people the rule asks for
_TOWN_NOUN_ENDINGS = ("ськ", "цьк", "зьк", "град", "город", "піль", "поль", "івка", "ївка")
_TOWN_NOUN_MIN = 6
_FAMOUS_POPULATION = 100_000  # a city this large needs no more evidence than its name
# a city this large is the place where its name is also a given name's form, not beside a
# person's name ("Феодосію": the name Феодосія)
_NAMED_CITY_POPULATION = 50_000
_LIST_JOIN = compiled(r"^(?:,\s*|\s+(?:та|і|й|и|а\s+також|а\s+также)\s+)$")
_HYPHENS = ("-", "–")
# the endings of an adjective's locative: "окупованому", "окупованій", "оккупированном"
_LOCATIVE_ADJ_ENDINGS = ("ому", "ій", "ом", "ем", "ой")
_ADJECTIVE_PLACES = "mentions: places of a region adjective"  # the gazetteer memo of them


# The people of a town a word may be taken for on the rules below alone: a Ukrainian spelling
# of a Russian or Belarusian town, or a Russian spelling of a Ukrainian one, that GeoNames
# does not list (its transliteration skeleton is the town's), the town of a facility's
# adjective, a town the dictionary knows as a word heading a post's line
_TOWN_MIN_POPULATION = 10_000
# the nouns of a site named after its village (an airfield, an air base, an airport) and of
# the area around a place ("в районе Ефремова", "на околицях Ніжина")
_SITE_NOUNS = (*AIRFIELD_STEMS, "район", "окрестност", "околиц")
_FOREIGN_COUNTRIES = {"uk": ("RU", "BY"), "ru": ("UA",)}
_FOREIGN_PLACES = "mentions: towns spelled the other language's way"  # the gazetteer memo
# the parts of speech a town's name may be read as first (a noun; an adjective: "Лиски")
_NAME_POS = frozenset(("NOUN", "ADJF", None))


def foreign_spelling(gaz: Gazetteer, word: str, lang: str) -> tuple[Place, ...]:
    """The towns of :data:`_TOWN_MIN_POPULATION` people or more of the other language's
    countries that a capitalised Ukrainian or Russian word names by a spelling the index
    lacks (Russian and Belarusian towns in Ukrainian: "у Новошахтинську", "Єлабугу";
    Ukrainian towns in Russian: "в Охтырке"): the nominative's transliteration skeleton is
    the town's; ``()`` where none is.

    Examples
    --------
    >>> from geo.places.gazetteer import load_gazetteer
    >>> [p.name for p in foreign_spelling(load_gazetteer(), "Новошахтинську", "uk")]
    ['Novoshakhtinsk']
    """
    countries = _FOREIGN_COUNTRIES.get(lang)
    if countries is None or len(word) < 4 or word.isupper():  # (abbreviations: "ЗСУ")
        return ()
    return _kept(
        gaz, _FOREIGN_PLACES, word, lang, lambda: _foreign_places(gaz, word, lang, countries)
    )


def _kept(
    gaz: Gazetteer, memo_name: str, word: str, lang: str, find: Callable[[], tuple[Place, ...]]
) -> tuple[Place, ...]:
    """The places ``find()`` gives for ``word`` in ``lang``, kept in the gazetteer's memo
    ``memo_name`` (the same words recur from report to report)."""
    memo = gaz.memo.get(memo_name)
    if memo is None:
        memo = gaz.memo[memo_name] = WordMemo()
    key = f"{lang} {word}"  # (a language's code holds no space)
    found = memo.get(key)
    if found is None:
        found = memo.put(key, find())
    return found


def _foreign_places(
    gaz: Gazetteer, word: str, lang: str, countries: tuple[str, ...]
) -> tuple[Place, ...]:
    """:func:`foreign_spelling`, not kept."""
    low = word.lower()
    readings = analyse(low, lang)
    if readings and readings[0].pos not in _NAME_POS:  # "Уночі", "Постраждав", "Четверо"
        return ()
    # (read in lower case, as the readings above: pymorphy3 reads a word so, and the analyses
    # of the word as written would be a parse more)
    if is_person_name(low, lang):  # "Олег", "Гладков" (not the town Gusev: "Гусев")
        return ()
    for key in (low, *name_keys((word,), lang)):
        places = tuple(
            c.place
            for c in gaz.lookup_skeleton(key)
            if c.place.country in countries
            and c.place.kind == "settlement"
            and c.place.population >= _TOWN_MIN_POPULATION
        )
        if places:
            return places
    return ()


# The first letters of the words of facilities named by their town's adjective ("Рязанський
# НПЗ", "Туапсинский нефтеперерабатывающий завод", "Новоросійська нафтобаза"); nuclear and
# hydro plants are named after their region or river ("Запорізька АЕС", "Каховська ГЕС")
_FACILITY_WORDS = (
    "нпз",
    "нафтопереробн",
    "нефтеперерабатыва",
    "нафтобаз",
    "нефтебаз",
    "нафтосховищ",
    "нефтехранилищ",
    "нафтов",
    "нефтян",
    "завод",
    "комбінат",
    "комбинат",
    "аеродром",
    "аэродром",
    "аеропорт",
    "аэропорт",
    "порт",
    "морськ",
    "морск",
    "термінал",
    "терминал",
    "тец",
    "тэц",
    "тес",
    "тэс",
    "грес",
    "грэс",
    "підстанці",
    "подстанци",
    "елеватор",
    "элеватор",
    "вокзал",
)
# adjectives of countries and of the state, which name no town ("Українська нафтобаза")
_NOT_TOWN_STEMS = ("україн", "украин", "росій", "российск", "русск", "білорус", "белорус")
_FACILITY_PLACES = "mentions: towns of facilities' adjectives"  # the gazetteer memo
# the endings of a town adjective's lemma, each taken off to find the town's stem: a region
# adjective's, and "-ький", "-кий" that leave the "с" of "одеський" ("одес": Одеса)
_TOWN_ADJ_ENDINGS = (*REGION_ADJ_ENDINGS, "ький", "кий")


# nouns of a strike that open a sentence before the place struck: "Обстрел Тёткино", "Удар по"
_STRIKE_NOUNS = frozenset(("обстріл", "обстрел", "удар", "атака", "артобстріл", "артобстрел"))


def facility_towns(gaz: Gazetteer, word: str, lang: str) -> tuple[Place, ...]:
    """The towns of :data:`_TOWN_MIN_POPULATION` people or more of the core countries
    that a capitalised adjective before a facility's word may name, biggest first
    ("Рязанський" → Ryazan, "Туапсинском" → Tuapse, "Кременчуцькому" → Kremenchuk); ``()``
    when none is.

    The town is found by the keys the adjective's lemma gives as a region's
    (:func:`geo.language.cyrillic.adjective_keys`), then by the index keys of one word
    that start with its stem, or the stem less its last two letters ("туапсин": "туапсе"),
    and are at most three letters longer ("рязан": "рязань"), then by a Russian town whose
    name is the adjective itself, spelled the Ukrainian way ("Афіпський").

    Examples
    --------
    >>> from geo.places.gazetteer import load_gazetteer
    >>> [p.name for p in facility_towns(load_gazetteer(), "Рязанський", "uk")]
    ['Ryazan’']
    """
    return _kept(gaz, _FACILITY_PLACES, word, lang, lambda: _facility_towns(gaz, word, lang))


def _facility_towns(gaz: Gazetteer, word: str, lang: str) -> tuple[Place, ...]:
    """:func:`facility_towns`, not kept."""
    lemmas = [a.lemma for a in analyse(word.lower(), lang) if "ADJF" in a.grammemes]
    if not lemmas or lemmas[0].startswith(_NOT_TOWN_STEMS):
        return ()
    _, keys = adjective_keys(word, "raion", lang)
    found = _towns(gaz, keys)
    if found:
        return found
    for lemma in dict.fromkeys(lemmas):
        # (each ending it has: "одеський" less "ський" is too short, less "ький" "одес")
        for ending in _TOWN_ADJ_ENDINGS:
            if not lemma.endswith(ending):
                continue
            stem = norm_key(lemma[: -len(ending)])  # as the index's keys: "ізмаїл" "ізмаіл"
            for head in (stem, stem[:-2]):
                if len(head) >= 4:
                    found = _towns(gaz, gaz.words_starting(head, len(head) + 3))
                    if found:
                        return found
            if lang == "uk" and len(lemma) - len(ending) >= 4:
                # a Russian town by its Ukrainian spelling: "Сизранський" is Syzran's
                found = foreign_spelling(gaz, lemma[: -len(ending)].capitalize(), lang)
                if found:
                    return found
    return foreign_spelling(gaz, lemmas[0], "uk") if lang == "uk" else ()


def _towns(gaz: Gazetteer, keys: Sequence[str]) -> tuple[Place, ...]:
    """The settlements of the core countries of :data:`_TOWN_MIN_POPULATION` people or
    more that ``keys`` name, biggest first."""
    towns = {
        p
        for key in keys
        if gaz.has_key(key)
        for p in gaz.places_of(key)
        if p.country in _CORE and p.kind == "settlement" and p.population >= _TOWN_MIN_POPULATION
    }
    return tuple(sorted(towns, key=lambda p: (-p.population, p.id)))


_HEADING_MARKS = ("—", "–", ":")  # after a place heading a post's line (not "-": a hyphen)


def spaced(gap: str) -> bool:
    """True when ``gap``, the text between two words, is only spaces (not a line break) or
    a hyphen: the words may belong to one name."""
    return gap == "" or (gap.isspace() and "\n" not in gap) or gap in _HYPHENS


_ELIDED_UNIT_REACH = 14  # the words before an adjective alone its unit's noun is looked for in
# the words of a unit's kind between its name and its noun: "городском округе", "міській
# громаді", "муниципальном округе", "сільській раді"
_UNIT_KIND_STEMS = ("городск", "муниципальн", "міськ", "сільськ", "селищн", "территориальн")


# the nominative endings of an adjective naming a place after a settlement's noun of each
# gender ("в станице Отрадной": Отрадная; "в селе Покровском": Покровское)
_AGREEING_ENDINGS = {"femn": ("ая", "яя", "а", "я"), "neut": ("ое", "ее", "е", "о")}
# the prepositions of being in a place ("у Покровському")
_IN = frozenset(("у", "в"))


_PERSON_BESIDE = 0.3  # the share of readings as a person's name that marks a neighbour
# given names that name towns too, which the Ukrainian dictionary reads as the towns (Vladimir,
# Volodymyr, Iziaslav): a person's where a surname follows
_GIVEN_NAME_PLACES = frozenset(("володимир", "владимир", "ізяслав", "изяслав"))
_SURNAME_ENDINGS = (
    *("енко", "ський", "цький", "ский", "цкий", "ук", "юк", "чук", "ов", "ев", "єв", "ёв"),
    *("ін", "ин", "ич", "ук", "як"),
)
# an age after a name, which makes it a person's: "Медина, 9 лет", "Медіна, 14 років"
_AGE_AFTER = compiled(r",\s*\d{1,3}\s*(?:лет|года|год|років|роки|рік)(?!\w)")


class CyrillicMatcher:
    """Matching rules for Ukrainian and Russian names; mixed into the mention finder, whose
    words (as columns: ``word[i]``, ``start[i]``, ...; see :class:`geo.language.text.Words`),
    keys, gazetteer and :meth:`accept` they use."""

    text: str
    gaz: Gazetteer
    lang: str
    word: Sequence[str]
    start: Sequence[int]
    end: Sequence[int]
    bare: Sequence[str]
    capitalised: Sequence[bool]
    cyrillic: Sequence[bool]
    keys: list[str]
    mentions: list[PlaceMention]

    def accept(self, i: int, n: int, candidates: tuple[Place, ...]) -> int:  # pragma: no cover
        raise NotImplementedError

    def prev_word(self, i: int) -> str:  # pragma: no cover
        raise NotImplementedError

    def sentence_initial(self, i: int) -> bool:  # pragma: no cover
        raise NotImplementedError

    def reach(self, i: int, limit: int) -> int:  # pragma: no cover
        raise NotImplementedError

    def space_between(self, i: int, j: int) -> bool:
        """True when only spaces (not a line break) or a hyphen separate word ``i`` from the
        next word ``j``."""
        return spaced(self.text[self.end[i] : self.start[j]])

    def cyrillic_at(self, i: int) -> int:
        """Match a Ukrainian or Russian name at token ``i``: a list of region adjectives
        before a region word, a name in the nominative, or an inflected name by its lemmas.
        The word is capitalised (a name starts with a capital letter); the name needs
        evidence to count (see :meth:`cyrillic_evidence`)."""
        lang = word_language(self.bare[i], self.lang)
        republic = self.peoples_republic(i, lang)
        if republic:  # "Донецкой Народной Республики": the oblast
            return self.accept(i, 3, republic)
        end = self.adjective_list(i, lang)
        if end:
            return end
        # where no key of several words starts, two words may still be an inflected name
        longest = self.gaz.max_words if self.gaz.continues(self.keys[i]) else 2
        top = self.reach(i, longest)
        for n in range(top, 0, -1):
            key = " ".join(self.keys[i : i + n])
            if self.gaz.flag(key) == "not_place":
                return i + n
            cands = self.gaz.places_of(key) if self.gaz.has_key(key) else ()
            if not cands and n <= 2 and all(self.capitalised[i : i + n]):
                prev = self.prev_word(i)
                cands = self.lemma_places(
                    tuple(self.bare[i : i + n]),
                    lang,
                    after_in=prev in _IN or self.locative_adjective_before(i),
                    gender=settlement_gender(prev, lang) if n == 1 and prev else None,
                )
            elif (
                n == 1
                and cands
                and self.capitalised[i]
                and (lang == "ru" or self.prev_word(i) in _IN)
                # (not a name after a settlement's word, in the nominative: "в посёлке
                # Казацкое" is Kozatske, not a town its adjective's stem names)
                and not (i > 0 and is_settlement_word(self.bare[i - 1], lang))
            ):  # (and a Ukrainian one after "у", "в": "у Солонці" may be Солонка's)
                cands = self.with_lemma_places(cands, i, lang)
            if cands and n == 1 and self.begins_name(i, cands, lang):
                return i + 1  # "Малі Щербаки" is a village, not Mali; "Новая Нелидовка"
            if cands and self.cyrillic_evidence(i, n, cands, lang):
                return self.accept(i, n, cands)
        cands = () if self.sentence_initial(i) else foreign_spelling(self.gaz, self.bare[i], lang)
        if cands and self.cyrillic_evidence(i, 1, cands, lang):
            return self.accept(i, 1, cands)
        return i + 1

    def locative_adjective_before(self, i: int) -> bool:
        """Whether an adjective in the locative stands between "у", "в" and word ``i``:
        "в окупованому Приморську", "в оккупированном Приморске"."""
        prev = self.prev_word(i)
        return prev.endswith(_LOCATIVE_ADJ_ENDINGS) and self.prev_word(i - 1) in _IN

    def begins_name(self, i: int, cands: tuple[Place, ...], lang: str) -> bool:
        """Whether the capitalised word at ``i``, in the nominative and followed after a
        space alone by another capitalised word of one name, begins a name of two words the
        gazetteer lacks rather than naming ``cands``: a country's name or an adjective the
        next word agrees with ("Малі Щербаки", "Новая Нелидовка"; not "України Вадим", a
        genitive before a person's name, nor "Становое Раменского округа")."""
        if not (
            i + 1 < len(self.bare)
            and self.capitalised[i + 1]
            and self.space_between(i, i + 1)
            and not self.bare[i + 1].isupper()
            and "\u0400" <= self.bare[i + 1][:1] <= "\u04ff"  # (not "Разумное FPV-дрон")
        ):
            return False
        first = analyse(self.bare[i].lower(), lang)[:1]
        if not first or first[0].case != "nomn" or is_person_name(self.bare[i + 1], lang):
            return False
        if cands[0].kind == "country":
            return True
        if first[0].pos != "ADJF":
            return False
        after = analyse(self.bare[i + 1].lower(), lang)[:1]
        return bool(after) and after[0].case == first[0].case

    def with_lemma_places(self, cands: tuple[Place, ...], i: int, lang: str) -> tuple[Place, ...]:
        """A Russian word that names only small places as written may be a case of a town's
        name: "в Климове" is Klimovo (Bryansk Oblast) as well as the Crimean village the
        Ukrainian nominative "Климове" names; context chooses."""
        if any(p.population >= _TOWN_MIN_POPULATION for p in cands):
            return cands
        more = self.lemma_places((self.bare[i],), lang)
        return tuple(dict.fromkeys((*cands, *more))) if more else cands

    def lemma_places(
        self,
        words: tuple[str, ...],
        lang: str,
        after_in: bool = False,
        gender: str | None = None,
    ) -> tuple[Place, ...]:
        """The places of the lemma of inflected ``words`` (:func:`name_keys`) whose best
        place is the biggest (the first such lemma): "у Донецьку" is Donetsk, whose noun the
        dictionary reads after the adjective "донецький" (the village Donetskyi). After "у",
        "в" (``after_in``) a word in a case only an adjective has names the place of the
        first lemma with one: "у Покровському" is Покровське, a place named as an adjective,
        not the town Покровськ (whose axis "на Покровському" names)."""
        first = after_in and len(words) == 1 and words[0].lower().endswith(ADJ_ONLY_ENDINGS)
        agreeing = _AGREEING_ENDINGS.get(gender or "")
        found = [
            (k, places)
            for k in name_keys(words, lang)
            if self.gaz.has_key(k) and (places := self.gaz.places_of(k))
        ]
        if agreeing:  # "в станице Отрадной": Отрадная, the adjective of the noun's gender
            agreed = next((places for k, places in found if k.endswith(agreeing)), None)
            if agreed:
                return agreed
        if first and found:
            return found[0][1]
        best: tuple[Place, ...] = ()
        for _k, places in found:
            if not best or places[0].population > best[0].population:
                best = places
        if after_in and best and best[0].kind != "settlement" and len(words) == 1:
            # "у Вознесенську": the town in the locative, not a district named by the
            # adjective's accusative ("Вознесенська")
            towns = {
                norm_key(a.lemma)
                for a in analyse(words[0].lower(), lang)
                if {"NOUN", "loct"} <= a.grammemes
            }
            town = next((p for k, p in found if k in towns and p[0].kind == "settlement"), None)
            if town:
                return town
        return best

    def peoples_republic(self, i: int, lang: str) -> tuple[Place, ...]:
        """The places of a "people's republic" (the occupation's name of an oblast) whose
        adjective, inflected, is word ``i``: "Донецкой Народной Республики", "Луганській
        Народній Республіці"; none when the two words after it are not those."""
        bare = self.bare
        if i + 2 >= len(bare) or not bare[i + 1].lower().startswith("народн"):
            return ()
        if not bare[i + 2].lower().startswith(("республик", "республік")):
            return ()
        for adjective in name_keys((bare[i],), lang):
            for rest in ("народная республика", "народна республіка"):
                key = f"{adjective} {rest}"
                if self.gaz.has_key(key) and (places := self.gaz.places_of(key)):
                    return places
        return ()

    def pair_names_nothing(self, i: int) -> bool:
        """True when :meth:`cyrillic_at` finds nothing at word ``i``, a capitalised Cyrillic
        word that starts no name by itself (see ``starts_no_name``), whatever the context,
        given that the capitalised word ``i + 1`` follows it after a space: the word is no
        region adjective, and neither the two words nor the first alone (as written or by
        their lemmas) are a key with places or a key flagged as no place (the first alone may
        be flagged: that, too, finds nothing)."""
        lang = word_language(self.bare[i], self.lang)
        if is_region_adjective(self.bare[i], lang) or self.gaz.continues(self.keys[i]):
            return False
        for n in (2, 1):
            key = " ".join(self.keys[i : i + n])
            if self.gaz.flag(key) == "not_place":
                return n == 1
            if self.gaz.has_key(key) and self.gaz.places_of(key):
                return False
            for k in name_keys(tuple(self.bare[i : i + n]), lang):
                if self.gaz.has_key(k):
                    if self.gaz.places_of(k):
                        return False
                    break
        return True

    def adjective_list(self, i: int, lang: str) -> int | None:
        """``у Харківській, Сумській та Одеській областях``: region adjectives, each a
        mention of the unit the closing region word names; ``над Брянской и Курской``
        (the region word left out after a place preposition) names regions too. Returns the
        token index after the list, or None when no list starts at ``i``."""
        bare = self.bare
        if not is_region_adjective(bare[i], lang):
            return None
        items = [i]
        j = i
        kind = None
        while j + 1 < len(bare):
            gap = self.text[self.end[j] : self.start[j + 1]].strip()
            if gap not in ("", ",", "."):
                break
            nxt = bare[j + 1]
            kind = region_word(nxt, lang)
            if kind is not None and (gap != "." or self.keys[j + 1] == "обл"):
                if gap == "" and not _agree_in_case(bare[items[-1]], nxt, lang):
                    return None  # "над Брянском и районами области": the city, no raion
                break
            kind = None
            low = nxt.lower()
            if low in _LIST_WORDS and gap in ("", ","):
                j += 1
            elif (
                self.capitalised[j + 1]
                # (the items of a list are parted by a comma or a conjunction: "в станице
                # Ильской Северского района" is a village and its raion)
                and (gap == "," or (gap == "" and bare[j].lower() in _LIST_WORDS))
                # (and agree: "над Курском и Курским районом" is the city and the raion)
                and nxt[-2:].lower() == bare[i][-2:].lower()
                and is_region_adjective(nxt, lang)
            ):
                items.append(j + 1)
                j += 1
            elif (
                gap == ""
                and low.startswith(_UNIT_KIND_STEMS)
                and j + 2 < len(bare)
                and region_word(bare[j + 2], lang) is not None
            ):
                j += 1  # "в Шебекинском городском округе", "у Сумській міській громаді"
            else:
                break
        items_end = items[-1] + 1
        if kind is None:
            if len(items) == 1 and self.names_facility(items_end):
                towns = facility_towns(self.gaz, bare[i], lang)
                if towns:  # "Рязанський НПЗ", "на Новошахтинском заводе": the town
                    return self.accept(i, 1, towns)
            elided = self.elided_unit(i, lang) if len(items) == 1 else None
            if elided is not None:  # "У Краснопільській громаді ..., у Хотінській — ..."
                unit, noun, end = elided, None, items_end
            elif (
                self.prev_word(i) not in PLACE_PREPOSITIONS
                or not all(self.region_named(bare[k], lang) for k in items)
                or self.town_genitive(i, lang)
            ):
                return None
            else:
                unit, noun, end = "region", None, items_end
        else:
            unit, noun, end = single(kind), j + 1, j + 2
        for k in items:
            self.accept_adjective(k, noun if k == items[-1] else None, unit, lang)
        return end

    def elided_unit(self, i: int, lang: str) -> str | None:
        """The kind of unit ("hromada", "raion") that an adjective alone after a place
        preposition names when a unit of that kind was named with its noun shortly before in
        the same sentence: "У Краснопільській громаді загинув чоловік, у Хотінській —
        поранено двох"; None otherwise."""
        if self.prev_word(i) not in PLACE_PREPOSITIONS:
            return None
        for k in range(i - 2, max(i - _ELIDED_UNIT_REACH, 0), -1):
            if "." in self.text[self.end[k] : self.start[k + 1]]:
                return None  # another sentence
            kind = region_word(self.bare[k], lang)
            if kind in ("hromada", "raion") and is_region_adjective(self.bare[k - 1], lang):
                # in the first's case: "Краснопільській ... Хотінській", not "Куп'янського
                # району ... у Куп'янську" (the town)
                return kind if self.bare[k - 1][-3:] == self.bare[i][-3:] else None
        return None

    def names_facility(self, j: int) -> bool:
        """True when word ``j``, after a space, is a lower-case or abbreviated word of a
        facility named after its town (:data:`_FACILITY_WORDS`: "НПЗ", "нафтобаза",
        "заводе", "аэродром"; not a nuclear or hydro plant, named after its region or river),
        or a lower-case word before one ("тракторний завод")."""
        bare = self.bare
        if j >= len(bare) or not self.space_between(j - 1, j):
            return False
        if bare[j].lower().startswith(_FACILITY_WORDS):
            return True
        return (
            bare[j].islower()
            and j + 1 < len(bare)
            and self.space_between(j, j + 1)
            and bare[j + 1].lower().startswith(_FACILITY_WORDS)
            # (an adjective of the facility, not a verb of what befell it: "Казацкое
            # повреждена подстанция" is a village and a substation damaged)
            and any(
                a.pos == "ADJF" for a in analyse(bare[j], word_language(bare[j], self.lang))[:1]
            )
        )

    def town_genitive(self, i: int, lang: str) -> bool:
        """Whether a Ukrainian word in "-ська" after a preposition of the genitive is a
        town's genitive ("з Курська", "поблизу Краматорська"), which the nominative of a
        region's adjective is not after such a preposition ("з Курської області")."""
        return (
            lang == "uk"
            and self.prev_word(i) in _GENITIVE_PREPOSITIONS
            and self.bare[i].lower().endswith(("ська", "цька", "зька"))
        )

    def region_named(self, word: str, lang: str) -> bool:
        """True when a feminine adjective names a region the gazetteer knows
        (``Брянской`` → ``брянская область``)."""
        # "ADJF" in the grammemes: the part of speech is ADJF (a tag has one)
        readings = analyse(word.lower(), lang)
        if not any("ADJF" in a.grammemes and "femn" in a.grammemes for a in readings):
            return False
        if any({"NOUN", "inan", "loct"} <= a.grammemes for a in readings):
            return False  # "у Краматорську", "у Курську": in the town, not the region
        units, towns = adjective_keys(word, "region", lang)
        if self.gaz.has_key(units[0]):
            return True
        # "над Курською": Ukrainian names of Russian regions are known by their capital
        return any(
            p.country in _CORE and p.population >= _FAMOUS_POPULATION
            for key in towns[:2]
            for p in self.gaz.places_of(key)
        )

    def accept_adjective(self, k: int, noun: int | None, unit: str, lang: str) -> None:
        """Add the mention of one region adjective (with its region word when it is the
        last of the list)."""
        word = self.bare[k]
        cands = _kept(
            self.gaz,
            _ADJECTIVE_PLACES,
            f"{unit} {word}",  # (a word holds no space)
            lang,
            lambda: self.adjective_places(word, unit, lang),
        )
        if not cands:
            return
        start = self.start[k]
        end = self.end[noun if noun is not None else k]
        span = Span(self.text[start:end], start, end)
        qualifier = unit
        self.mentions.append(PlaceMention(span, cands, qualifier))

    def adjective_places(self, word: str, unit: str, lang: str) -> tuple[Place, ...]:
        """The places a region adjective names as a unit of kind ``unit``: the unit itself
        when the index knows it, else every settlement of the core countries the unit may
        be named after (context chooses)."""
        unit_keys, town_keys = adjective_keys(word, unit, lang)
        for key in unit_keys:
            if self.gaz.has_key(key):
                places = self.gaz.places_of(key)
                if places and all(p.country == "RU" and p.kind == "admin2" for p in places):
                    # (and Ukraine's towns it may be named after: "в Новомосковском районе" of
                    # a Ukrainian report is the raion of Novomoskovsk, now Samar; see
                    # resolve._ukrainian_readings)
                    places += self.places_of_keys(
                        town_keys,
                        lambda p: (
                            p.country == "UA"
                            and p.kind == "settlement"
                            and self.gaz.raion_centred_on(p) is not None
                        ),
                    )
                if places:
                    return places
                break
        return self.places_of_keys(
            town_keys, lambda p: p.country in _CORE and p.kind in ("settlement", "admin2")
        )

    def places_of_keys(
        self, keys: tuple[str, ...], keep: Callable[[Place], bool]
    ) -> tuple[Place, ...]:
        """The places the index names by any of ``keys`` that ``keep`` keeps, each once, in
        the order found."""
        return tuple(dict.fromkeys(p for key in keys for p in self.gaz.places_of(key) if keep(p)))

    def cyrillic_evidence(self, i: int, n: int, cands: tuple[Place, ...], lang: str) -> bool:
        """A Cyrillic name counts when something says it is a place: a settlement word or
        region word beside it, a place preposition before a word the dictionaries do not
        know as an ordinary word, or a name the dictionaries do not know as an ordinary word
        or a person's name. Famous places (countries, regions, cities of 100,000+) need no
        more.

        A name of several words counts whatever the cues say, and a famous one not beside a
        person's name too: the cue beside the name is looked for only where it decides."""
        if n > 1:
            return True
        best = cands[0]
        if best.country not in _CORE and self.reads_as_person(i, lang):
            return False  # "Медина Курбанова", "Виктория Сантос", "Медина, 9 лет": people
        if self.bare[i].lower() in _GIVEN_NAME_PLACES and self.surname_after(i, lang):
            return False  # "повідомив Володимир Зеленський", "голова ОВА Володимир Когут"
        # (a raion by one word is one of its informal names: "Нікопольщина")
        if best.kind in ("country", "admin1", "admin2") or best.population >= _FAMOUS_POPULATION:
            return not self.beside_person(i, lang) or self.strong_place_cue(i, n, lang)
        if self.strong_place_cue(i, n, lang):
            return True
        word = self.bare[i]
        if self.listed_after_place(i):
            return True  # "Херсон, Білозерка, Токарівка та Станіслав": an item of a list
        if self.beside_person(i, lang):
            return False
        if self.adjective_of_noun(i, lang):  # "Українська влада", "Повітряних силах"
            # (but "у Вознесенську уламки ...": the town's locative after "у")
            return (
                self.place_preposition_before(i) and self.town_locative(word, best, lang)
            ) or self.town_genitive(i, lang)  # "до Куп'янська дрон ...": the town's genitive
        if is_person_name(word, lang):  # "Гладков", but "у Фастові" may be the town
            person, _ = person_share(word, lang)
            if (
                person < 1.0
                and best.population >= _NAMED_CITY_POPULATION
                and not self.reads_as_person(i, lang)
                and not self.person_noun_before(i, lang)
            ):
                return True  # "Дрони атакували Феодосію": a city a given name shares
            return self.place_preposition_before(i) and (
                person < 1.0 or may_be_locative(word, lang)
            )
        if is_common_word(word, lang):  # "у Щасливому", not "у Повітряних силах"
            if (
                best.population >= _TOWN_MIN_POPULATION
                and len(word) > _TOWN_NOUN_MIN
                and word.endswith(_TOWN_NOUN_ENDINGS)
            ):
                return True  # "Куп'янськ знову під обстрілом": the dictionary's noun is the town
            if (
                best.population >= _TOWN_MIN_POPULATION
                and self.sentence_initial(i)
                # (or the name a sentence of its own: "Херсон. Дрон атакував автобус.")
                and (self.heads_line(i) or self.text[self.end[i] : self.end[i] + 1] == ".")
            ):
                return True  # "Херсон — удар по порту", "Конотоп: ..." (not "Атаки — ...")
            if self.opens_list_after_colon(i):
                return True  # "Херсонщина за добу: Білозерка, Станіслав — артобстріли"
            if self.sentence_initial(i) or self.name_follows(i):
                return False
            if (
                self.name_precedes(i)
                and not self.verb_opens(i - 1, lang)
                # ("Обстрел Тёткино": a noun of a strike opens the sentence)
                and not self.strike_noun_opens(i - 1, lang)
            ):
                return False
            if self.place_preposition_before(i):
                # ("у Вознесенську": the town's locative, whatever noun follows)
                return self.town_locative(word, best, lang) or not self.noun_phrase_follows(i, lang)
            # a noun capitalised inside a sentence is a name ("обстріляв Херсон"): the
            # Ukrainian dictionary lists towns as ordinary nouns; one written with "ё" also
            # by its spelling with "е", as the dictionary lists it ("Тёткино": not "тёткин")
            low = word.lower()
            return any("NOUN" in a.grammemes for a in analyse(low, lang)) or (
                "ё" in low
                and any("Geox" in a.grammemes for a in analyse(low.replace("ё", "е"), lang))
            )
        return True

    def strike_noun_opens(self, k: int, lang: str) -> bool:
        """Whether word ``k`` opens its sentence and is a noun of a strike ("Обстрел",
        "Удар", "Атака"), which a place's name follows in the genitive."""
        return self.sentence_initial(k) and bool(
            {a.lemma for a in analyse(self.bare[k].lower(), lang)} & _STRIKE_NOUNS
        )

    def town_locative(self, word: str, place: Place, lang: str) -> bool:
        """Whether ``word`` reads as the locative of the noun that names the settlement
        ``place`` ("Вознесенську": Вознесенськ)."""
        return place.kind == "settlement" and any(
            {"NOUN", "loct"} <= a.grammemes
            and self.gaz.has_key(key := norm_key(a.lemma))
            and place in self.gaz.places_of(key)
            for a in analyse(word.lower(), lang)
        )

    def heads_line(self, i: int) -> bool:
        """True when a dash or a colon follows word ``i`` (a place heading what a post
        tells of it: "Херсон — удар по порту", "Конотоп: пошкоджено депо")."""
        after = self.text[self.end[i] : self.end[i] + 3].lstrip(" ")
        return after[:1] in _HEADING_MARKS

    def strong_place_cue(self, i: int, n: int, lang: str) -> bool:
        """A settlement word or abbreviation before the name (``с.``, ``смт``, ``селі``), or a
        region word after it, alone or after its region's adjective ("у Новошахтинську
        Ростовської області")."""
        if i > 0:
            gap = self.text[self.end[i - 1] : self.start[i]]
            if (
                gap.strip() in ("", ".")
                and "\n" not in gap
                and is_settlement_word(self.bare[i - 1], lang)
            ):
                return True
            if (
                gap.strip(' «"') == ""
                and "\n" not in gap
                and self.bare[i - 1].lower().startswith(_SITE_NOUNS)
            ):
                return True  # "аеродром Халіно", "авиабаза «Шайковка»", "в районе Ефремова"
        j = i + n
        if j >= len(self.word) or not self.space_between(j - 1, j):
            return False
        if region_word(self.bare[j], lang) is not None:
            return True
        return (
            j + 1 < len(self.word)
            and self.capitalised[j]
            and self.space_between(j, j + 1)
            and region_word(self.bare[j + 1], lang) is not None
            and is_region_adjective(self.bare[j], lang)
        )

    def beside_person(self, i: int, lang: str) -> bool:
        """True when a capitalised neighbour is a first name, surname or patronymic
        (``Сергій Лисак``, ``Вячеслав Гладков``)."""
        for j in (i - 1, i + 1):
            if not 0 <= j < len(self.word):
                continue
            if (
                self.capitalised[j]
                and self.cyrillic[j]
                and self.space_between(min(i, j), max(i, j))
                and person_share(self.bare[j], lang)[0] >= 0.99
            ):
                return True
        return False

    def surname_after(self, i: int, lang: str) -> bool:
        """Whether the word after ``i``, after a space, is capitalised and reads as a surname:
        a third of its readings a person's name, or a surname's ending ("Когут",
        "Зеленський", "Кравченко")."""
        j = i + 1
        if j >= len(self.word) or not (self.capitalised[j] and self.cyrillic[j]):
            return False
        if not self.space_between(i, j) or "-" in self.text[self.end[i] : self.start[j]]:
            return False
        word = self.bare[j].lower()
        if word.endswith(("а", "я", "ої", "ой", "ей")):
            return False  # a man's surname agrees with his name: "Володимир Волинської області"
        return word.endswith(_SURNAME_ENDINGS) or person_share(word, lang)[0] >= _PERSON_BESIDE

    def person_noun_before(self, i: int, lang: str) -> bool:
        """Whether a noun of a person or a street stands right before word ``i`` ("бабуся
        Феодосія", "на улице Чехова": the street named after the writer)."""
        j = i - 1
        if j < 0 or not self.space_between(j, i):
            return False
        word = self.bare[j].lower()
        if place_noun(word) == "street":
            return True
        readings = analyse(word, lang)[:2]
        return any(a.pos == "NOUN" and "anim" in a.grammemes for a in readings)

    def reads_as_person(self, i: int, lang: str) -> bool:
        """Whether the capitalised word ``i`` reads as a person's name by what stands beside
        it: a capitalised neighbour that may well be a name (a third of its readings), or an age
        after a comma (", 9 лет", ", 14 років"). Read only for names of places abroad,
        which the dictionaries may know as places while people bear them too."""
        if _AGE_AFTER.match(self.text, self.end[i]):
            return True
        for j in (i - 1, i + 1):
            if (
                0 <= j < len(self.word)
                and self.capitalised[j]
                and self.cyrillic[j]
                and self.space_between(min(i, j), max(i, j))
                and person_share(self.bare[j], lang)[0] >= _PERSON_BESIDE
            ):
                return True
        return False

    def opens_list_after_colon(self, i: int) -> bool:
        """True when word ``i`` follows a colon and opens a list of capitalised names
        ("за добу: Білозерка, Станіслав"): a comma or "і", "та", "и" and a capitalised word
        come next."""
        text, k = self.text, self.start[i] - 1
        while k >= 0 and text[k].isspace():
            k -= 1
        if k < 0 or text[k] != ":" or i + 1 >= len(self.word):
            return False
        gap = self.text[self.end[i] : self.start[i + 1]]
        return self.capitalised[i + 1] and bool(_LIST_JOIN.match(gap))

    def listed_after_place(self, i: int) -> bool:
        """True when the word follows a place just found, joined by a comma or "and"."""
        if not self.mentions:
            return False
        gap = self.text[self.mentions[-1].span.end : self.start[i]]
        return bool(_LIST_JOIN.match(gap))

    def place_preposition_before(self, i: int) -> bool:
        """True when a preposition of place stands right before token ``i`` in its
        sentence (``у``, ``на``, ``біля``, ``над``, ``около``)."""
        return not self.sentence_initial(i) and self.prev_word(i) in PLACE_PREPOSITIONS

    def name_precedes(self, i: int) -> bool:
        """True when a capitalised word stands right before (``Повітряних Сил``)."""
        j = i - 1
        return (
            j >= 0
            and self.capitalised[j]
            and self.bare[j].lower() not in PLACE_PREPOSITIONS
            and not self.sentence_initial(i)
            and self.space_between(j, i)
        )

    def name_follows(self, i: int) -> bool:
        """True when another capitalised Cyrillic word follows (``в Новой Нелидовке``): the
        word is the first of a longer name the gazetteer does not know."""
        j = i + 1
        return (
            j < len(self.word)
            and self.capitalised[j]
            and self.cyrillic[j]
            and self.space_between(i, j)
        )

    def verb_opens(self, j: int, lang: str) -> bool:
        """True when word ``j`` opens its sentence and is a verb, capitalised only for that
        ("Обстріляли Куп'янськ та Ізюм"): no first word of a name."""
        return self.sentence_initial(j) and any(
            "VERB" in a.grammemes for a in analyse(self.bare[j].lower(), lang)
        )

    def adjective_of_noun(self, i: int, lang: str) -> bool:
        """True when the word can be an adjective and a lower-case noun in its case follows:
        it names a thing (``Українська влада``), not a place."""
        if not any("ADJF" in a.grammemes for a in analyse(self.bare[i].lower(), lang)):
            return False
        return self.noun_phrase_follows(i, lang)

    def noun_phrase_follows(self, i: int, lang: str) -> bool:
        """True when a lower-case noun in the same case follows (``Повітряних силах``):
        the capitalised word is part of a name of an organisation, not a place."""
        j = i + 1
        if j >= len(self.word) or not self.space_between(i, j):
            return False
        if self.capitalised[j] or not self.cyrillic[j]:
            return False
        readings = analyse(self.bare[j].lower(), lang)
        if readings and readings[0].pos in FUNCTION_POS:
            return False  # "в Лисках после атаки": a preposition first ("после" of "посол" aside)
        cases = {a.case for a in analyse(self.bare[i].lower(), lang)}
        return any(a.pos == "NOUN" and a.case in cases for a in readings)


def _agree_in_case(adjective: str, noun: str, lang: str) -> bool:
    """Whether an adjective may stand in the case of the unit's noun after it ("Брянском и
    Карачевском районах": locatives; not "Брянском и районами", a locative and an
    instrumental); True when the dictionary gives either no case."""
    adjective_cases = cases_of(adjective, lang, "ADJF")
    noun_cases = cases_of(noun, lang, "NOUN")
    return not adjective_cases or not noun_cases or bool(adjective_cases & noun_cases)
