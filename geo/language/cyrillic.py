"""How Ukrainian and Russian reports write places: forms, region words and cues.

Knowledge about words, not about a text: which words mean "region", "raion" or "community" in
any case ("областях", "р-н", "громаді"), which words and abbreviations announce a settlement
("с.", "смт", "м.", "село", "пос.", "ст-ца"), which prepositions put a name in place position,
and the nominative keys that an inflected name or a region adjective can come from
("Кривому Розі" → "кривий ріг", "Харківській (області)" → "харківська область").
Lemmas and grammatical gender come from pymorphy3 through :mod:`geo.language.morphology`.
"""

from __future__ import annotations

from functools import lru_cache

from geo.language.morphology import analyse, is_known_word
from geo.language.normalize import norm_key, norm_keys

__all__ = [
    "AIRFIELD_STEMS",
    "LIST_AND",
    "PLACE_PREPOSITIONS",
    "REGION_ADJ_ENDINGS",
    "SETTLEMENT_WORDS",
    "adjective_keys",
    "is_region_adjective",
    "name_keys",
    "region_word",
    "word_language",
]

# Region, raion and community nouns in every case, singular and plural, with abbreviations.
_REGION_NOUNS = {
    "область": "region",
    "обл": "region",
    "край": "region",
    "республіка": "region",
    "республика": "region",
    "район": "raion",
    "р-н": "raion",
    "р-ну": "raion",
    "р-ні": "raion",
    "громада": "hromada",
    "округ": "raion",
    "регіон": "region",
    "регион": "region",
    "ова": "regional",
    "ода": "regional",
    "мва": "regional",
    "міськрада": "hromada",
    "територіальна громада": "hromada",
}
_PLURAL_TO_SINGLE = {"regions": "region", "raions": "raion", "hromadas": "hromada"}

# Words and abbreviations that announce a settlement's name ("с. Бобрик", "в селе Тёткино").
SETTLEMENT_WORDS = frozenset(
    (
        "с",
        "сел",
        "смт",
        "м",
        "м-ко",
        "мкр",
        "г",
        "пос",
        "п",
        "пгт",
        "рп",
        "х",
        "ст-ца",
        "д",
        "село",
        "селище",
        "місто",
        "містечко",
        "селище міського типу",
        "поселок",
        "посёлок",
        "город",
        "деревня",
        "хутор",
        "станица",
        "слобода",
        "мікрорайон",
        "микрорайон",
    )
)
# the full words among them (not abbreviations) are also lemmas: "селі" -> "село"
_SETTLEMENT_LEMMAS = frozenset(
    w for w in SETTLEMENT_WORDS if len(w) >= 4 and " " not in w and "-" not in w
) | {"хутір", "станиця"}

# Prepositions after which a name stands in place position.
# the stems of the nouns of an airfield, an air base and an airport, which a site named after
# its village stands after ("аеродром Халіно", "авиабаза «Шайковка»")
AIRFIELD_STEMS = ("аеродром", "аэродром", "авіабаз", "авиабаз", "аеропорт", "аэропорт")
# the weapons a heading of launch places may name after "пусків" ("Напрямки пусків ударних
# БпЛА: Курськ, Орел"; "Районы пусков крылатых ракет –"), as a pattern
LAUNCH_WEAPONS = (
    r"(?:\s+(?:ударних|ударных|крилатих|крылатых|балістичних|баллистических|керованих|"
    r"управляемых|ворожих|вражеских))?\s+(?:БпЛА|БПЛА|дронів|дронов|ракет|безпілотників|"
    r"беспилотников|шахедів|шахедов)"
)
LIST_AND = frozenset(("та", "і", "й", "и", "а"))
"""The words that join the places of a Ukrainian or Russian list ("у Сумах та Шостці")."""

PLACE_PREPOSITIONS = frozenset(
    (
        "у",
        "в",
        "во",
        "на",
        "біля",
        "поблизу",
        "поблиз",
        "під",
        "под",
        "до",
        "з",
        "із",
        "зі",
        "із-під",
        "над",
        "по",
        "від",
        "от",
        "из",
        "около",
        "возле",
        "близ",
        "вблизи",
        "неподалік",
        "неподалеку",
        "через",
        "к",
        "ко",
        "між",
        "поміж",
        "между",
    )
)

_UK_LETTERS = frozenset("іїєґ")
_RU_LETTERS = frozenset("ыэъё")


@lru_cache(maxsize=65536)
def word_language(word: str, default: str) -> str:
    """``"uk"`` or ``"ru"`` for one word: its own letters decide, else the report's language."""
    low = set(word.lower())
    if low & _UK_LETTERS:
        return "uk"
    if low & _RU_LETTERS:
        return "ru"
    return default if default in ("uk", "ru") else "uk"


@lru_cache(maxsize=4096)
def region_word(word: str, lang: str) -> str | None:
    """What a region word means: ``region``, ``raion``, ``hromada``, or their plurals
    (``regions`` ...) for plural forms; None for other words.

    Examples
    --------
    >>> region_word("областях", "uk"), region_word("району", "uk"), region_word("обл", "uk")
    ('regions', 'raion', 'region')
    >>> region_word("областями", "ru"), region_word("громадах", "uk")
    ('regions', 'hromadas')
    """
    low = word.lower()
    if low in _REGION_NOUNS:
        return _REGION_NOUNS[low]
    for a in analyse(low, lang):
        if "NOUN" not in a.grammemes or a.lemma not in _REGION_NOUNS:  # not a.pos == "NOUN"
            continue
        kind = _REGION_NOUNS[a.lemma]
        if "plur" in a.grammemes and kind in ("region", "raion", "hromada"):
            return {"region": "regions", "raion": "raions", "hromada": "hromadas"}[kind]
        return kind
    return None


def single(kind: str) -> str:
    """The singular of a plural region-word meaning (``regions`` → ``region``)."""
    return _PLURAL_TO_SINGLE.get(kind, kind)


@lru_cache(maxsize=4096)
@lru_cache(maxsize=1024)
def settlement_gender(word: str, lang: str) -> str | None:
    """The gender (``femn``, ``neut``, ``masc``) of a settlement's noun (``станице``:
    ``femn``; ``селе``: ``neut``), which the adjective naming the place after it agrees with
    ("в станице Отрадной": Отрадная); None for any other word."""
    for a in analyse(word.lower(), lang):
        if "NOUN" in a.grammemes and a.lemma in _SETTLEMENT_LEMMAS:
            return next((g for g in ("femn", "neut", "masc") if g in a.grammemes), None)
    return None


# the nouns of a village and of a street by their lemmas, and a street's abbreviations
_VILLAGE_LEMMAS = frozenset(("село", "деревня", "хутор", "хутір"))
_STREET_LEMMAS = frozenset(
    ("улица", "вулиця", "проспект", "переулок", "провулок", "бульвар", "площадь", "площа",
     "шоссе", "шосе", "набережная", "набережный", "набережна")
)  # fmt: skip
_STREET_ABBREVIATIONS = frozenset(("ул", "вул", "просп", "пров", "бульв"))
# the first two letters of all of them ("village" too): other words are not read
_PLACE_NOUN_STARTS = frozenset(
    w[:2] for w in (*_VILLAGE_LEMMAS, *_STREET_LEMMAS, *_STREET_ABBREVIATIONS, "village")
)


def place_noun(word: str) -> str | None:
    """``"village"`` or ``"street"`` when ``word`` (lower case) is a noun of one in any
    case ("селі", "деревне", "village"; "улице", "вулиці", "площі", "вул"), else None."""
    if word[:2] not in _PLACE_NOUN_STARTS:
        return None
    return _place_noun(word)


@lru_cache(maxsize=4096)
def _place_noun(word: str) -> str | None:
    """:func:`place_noun`, kept per word."""
    if word == "village":
        return "village"
    if word in _STREET_ABBREVIATIONS:
        return "street"
    # (read in both languages: "селе", "улице" are Russian, "селі", "вулиці" Ukrainian)
    lemmas = {a.lemma for lang in ("uk", "ru") for a in analyse(word, lang)}
    if lemmas & _VILLAGE_LEMMAS:
        return "village"
    return "street" if lemmas & _STREET_LEMMAS else None


def is_settlement_word(word: str, lang: str) -> bool:
    """True for words and abbreviations announcing a settlement (``с``, ``смт``, ``селі``)."""
    low = word.lower()
    if low in SETTLEMENT_WORDS:
        return True
    return any(a.lemma in _SETTLEMENT_LEMMAS for a in analyse(low, lang) if "NOUN" in a.grammemes)


_ADJ_ENDINGS = ("ський", "цький", "зький", "ский", "цкий", "зкий", "ской", "ий", "ій", "ый", "ой")
REGION_ADJ_ENDINGS = _ADJ_ENDINGS[:7]
"""The endings of a region adjective's lemma (харківський, белгородский, ...)."""
# the stems of the Ukrainian and Russian words for a town's people ("житель Курска",
# "мешканка Херсона", "уроженец Брянска"; "жительниц" is "жител" too)
RESIDENT_STEMS = ("жител", "мешкан", "уродж", "уроженец", "уроженц")
# The stems of the words for the killed and for the wounded, Ukrainian and Russian ("загинув",
# "погибли", "вбито"; "поранено", "ранены", "постраждали", "травмований"), for the rules that
# tell a casualty word in the words around a name or a count
KILLED_STEMS = ("загин", "загибл", "погиб", "вбит", "убит")
WOUNDED_STEMS = ("поранен", "ранен", "травмов", "постражда", "пострада")


@lru_cache(maxsize=8192)
def is_region_adjective(word: str, lang: str) -> bool:
    """True when a capitalised word can be the adjective of a region or raion name
    (``Харківській``, ``Белгородском``, ``Запорізькій``)."""
    if not word[:1].isupper():
        return False
    return any(a.lemma.endswith(REGION_ADJ_ENDINGS) for a in analyse(word.lower(), lang))


# The feminine and neuter nominative endings of a masculine adjective lemma's last two letters;
# a Russian "-ский", "-цкий", "-зкий" takes "ая" (a Ukrainian "-ський" takes "а").
_FEMININE = {"ий": "а", "ій": "я", "ый": "ая", "ой": "ая"}
_NEUTER = {"ий": "е", "ій": "є", "ый": "ое", "ой": "ое"}
_RU_SKY = ("ский", "цкий", "зкий")


def _feminine(lemma: str) -> str:
    """The feminine nominative of a masculine adjective lemma (харківський → харківська,
    белгородский → белгородская); other lemmas as they are."""
    ending = _FEMININE.get(lemma[-2:])
    if ending is None:
        return lemma
    if ending == "а" and lemma.endswith(_RU_SKY):
        ending = "ая"
    return lemma[:-2] + ending


# First halves of compound names and the forms they take as separate words.
_COMPOUND_PREFIXES = (
    ("велико", ("велика", "великий", "велике", "великая", "великое")),
    ("мало", ("мала", "малий", "мале", "малая", "малое")),
    ("ново", ("нова", "новий", "нове", "новая", "новый", "новое")),
    ("старо", ("стара", "старий", "старе", "старая", "старый", "старое")),
    ("нижньо", ("нижня", "нижній", "нижнє")),
    ("верхньо", ("верхня", "верхній", "верхнє")),
    ("нижне", ("нижняя", "нижний", "нижнее")),
    ("верхне", ("верхняя", "верхний", "верхнее")),
    ("красно", ("красна", "красная", "красный", "красное")),
    ("біло", ("біла", "білий", "біле")),
)


def _city_stems(lemma: str) -> list[str]:
    """Nominative names a region or community adjective may be formed from:
    ``брянський`` → ``брянськ``; ``харківський`` → ``харків``; ``марганецький`` →
    ``марганець``; ``межівський`` → ``межова``, ``межове``; ``покровський`` → ``покровськ``,
    ``покровське``, ``покровка``."""
    stem = lemma
    for end in ("ий", "ій", "ый", "ой"):
        if stem.endswith(end):
            stem = stem[: -len(end)]
            break
    out = [stem]  # брянськ, покровськ
    out += _suffix_stems(stem)
    for prefix, forms in _COMPOUND_PREFIXES:  # великописарівський -> велика писарівка
        if stem.startswith(prefix) and len(stem) > len(prefix) + 3:
            rest = _suffix_stems(stem[len(prefix) :])
            out += [f"{form} {r}" for r in rest for form in forms]
    return list(dict.fromkeys(o for o in out if len(o) >= 3))


def _suffix_stems(stem: str) -> list[str]:
    """Names an adjective stem (without its ending) may come from."""
    out: list[str] = []
    for suffix in ("ськ", "ск", "цьк", "цк", "зьк", "зк"):
        if stem.endswith(suffix):
            base = stem[: -len(suffix)]
            if suffix.startswith("ц"):  # марганецький -> марганець, ru марганецкий -> марганец
                out += [base + "ць", base + "ц", base + "ці", base + "цы"]
                if len(base) >= 4:  # a plural name in -ки, "к" turned "ц": білицька -> Білики
                    out.append(base + "ки")
            out += [base, base + "е", base + "а", base + "о", base + "ка"]
            out += [base + "и", base + "ы"]  # сумська -> Суми
            if suffix == "ськ":  # a stem's "с" merged with the suffix's: черкаська -> Черкаси
                out += [base + "си", base + "сы", base + "са", base + "с"]
            if base.endswith("й"):  # валуйский -> Валуйки
                out.append(base + "ки")
            if base.endswith("ин"):  # лискинский -> Лиски, ru/uk "-и" plural names
                out += [base[:-2] + "и", base[:-2] + "ы"]
            if base.endswith(("ан", "ян")) and len(base) >= 5:  # суджанский -> Суджа
                out += [base[:-2] + "а", base[:-2] + "я"]
            if base.endswith(("н", "л")) and len(base) >= 4:  # хотінська -> Хотінь
                out.append(base + "ь")
            if base.endswith(("аїв", "аев")) and len(base) >= 5:  # чорнобаївська -> Чорнобай
                out.append(base[:-2] + "й")
            if base.endswith("ь") and len(base) >= 4:  # хорольська -> Хорол (a soft "л")
                out.append(base[:-1])
            if base.endswith("лев") and len(base) >= 6:  # котелевська -> Котельва
                out.append(base[:-2] + "ьва")
            if base.endswith("ль") and len(base) >= 5:  # краснопільська -> Краснопілля
                out += [base[:-1] + "ля", base[:-1] + "лье"]  # краснопольский -> Краснополье
            out += [stem + "е", stem + "а"]  # покровське, каменська
            if len(base) >= 2 and base[-2] in "іо":  # межів -> межов-, мирів -> миров-
                alt = base[:-2] + "о" + base[-1]
                out += [alt + "а", alt + "е", alt, alt + "ка"]
            break
    return out


@lru_cache(maxsize=8192)
def adjective_keys(word: str, kind: str, lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Keys to look up for a region adjective standing before a region word.

    Parameters
    ----------
    word : str
        The adjective as written (``Харківській``).
    kind : {"region", "raion", "hromada"}
        What the following noun says the unit is.
    lang : {"uk", "ru"}
        The word's language.

    Returns
    -------
    (unit_keys, settlement_keys)
        Normalised keys of the unit's own name (``харківська область``), then names of the
        settlement the unit is named after (``харків``), best first.
    """
    lemmas = [
        a.lemma
        for a in analyse(word.lower(), lang)
        if "ADJF" in a.grammemes or a.lemma.endswith(REGION_ADJ_ENDINGS)
    ]
    units: list[str] = []
    towns: list[str] = []
    for lemma in dict.fromkeys(lemmas):
        lemma_units, lemma_towns = _lemma_keys(lemma, kind)
        units += lemma_units
        towns += lemma_towns
    return tuple(dict.fromkeys(units)), tuple(dict.fromkeys(towns))


def raion_towns(lemma: str) -> list[str]:
    """More names of the town a raion, okrug or hromada adjective ``lemma`` may be named after than
    :func:`_city_stems` gives: the adjective itself ("Раменский округ": Раменское;
    "Северский район": станица Северская; "Тарасовский район": посёлок Тарасовский), a
    town in -ка ("Шосткинський": Шостка) and one in -ь ("Россошанский": Россошь)."""
    towns = [_neuter(lemma), _feminine(lemma), lemma]
    if lemma.endswith("енский") and len(lemma) > 7:  # "Ливенский": Ливны, "е" dropped
        towns.append(lemma[:-6] + lemma[-5] + "ы")
    if lemma.endswith(("ский", "цкий")):  # the Russian neuter
        towns.append(lemma[:-2] + "ое")
    for ending in ("инський", "инский"):
        if lemma.endswith(ending) and len(lemma) > len(ending) + 2:
            towns.append(lemma[: -len(ending)] + "а")
    if lemma.endswith("анский") and len(lemma) > 8:  # "Россошанский": Россошь
        towns.append(lemma[:-6] + "ь")
    return towns


@lru_cache(maxsize=8192)
def _lemma_keys(lemma: str, kind: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The unit keys and settlement keys :func:`adjective_keys` takes from one adjective
    lemma, normalised, each kept once: the forms of one adjective share them."""
    if kind in ("region", "regional"):
        units = [f"{_feminine(lemma)} область", f"{lemma} край", _feminine(lemma)]
    elif kind == "raion":
        units = [f"{lemma} район", f"{lemma} raion"]
    else:
        units = []
    towns = _city_stems(lemma)
    if kind in ("raion", "hromada"):  # each named after its centre: "Шосткинська": Шостка
        towns += raion_towns(lemma)
    return (
        tuple(dict.fromkeys(norm_keys(units))),
        tuple(dict.fromkeys(norm_keys(towns))),
    )


def _agree(adjective: str, noun_lemma_gender: str | None, lang: str) -> list[str]:
    """Nominative forms of an adjective that agree with a noun's gender."""
    out = []
    for a in analyse(adjective.lower(), lang):
        grammemes = a.grammemes  # "ADJF" in them: the part of speech is ADJF (a tag has one)
        if "ADJF" not in grammemes and "NOUN" not in grammemes:
            continue
        if noun_lemma_gender in ("femn", "neut") and "ADJF" in grammemes:
            out.append(_feminine(a.lemma) if noun_lemma_gender == "femn" else _neuter(a.lemma))
        elif noun_lemma_gender == "femn" and "Surn" in grammemes and a.lemma.endswith(_OWNER):
            out.append(a.lemma + "а")  # a possessive read as a surname: "Масловой Пристани"
        out.append(a.lemma)
    return list(dict.fromkeys(out))


# the endings of a possessive adjective's masculine, which the dictionary gives as the lemma
# of a surname of that form ("Маслова": маслов)
_OWNER = ("ов", "ев", "ёв", "ин", "ын")


def _neuter(lemma: str) -> str:
    """The neuter nominative of a masculine adjective lemma (покровський → покровське)."""
    ending = _NEUTER.get(lemma[-2:])
    return lemma if ending is None else lemma[:-2] + ending


_TOWN_ADJ_ENDINGS = ("ський", "цький", "ский", "цкий")
ADJ_ONLY_ENDINGS = ("ому", "ему", "ого", "его")
"""Endings of an adjective's cases that no case of a noun in -ськ/-ск has ("Покровському",
"Покровского": Покровськ's are "Покровську", "Покровська")."""


# the words that join the parts of a name whose first part inflects ("Ростов-на-Дону")
_LINKS = frozenset(("на", "над", "у", "в"))


# endings of the locative, instrumental and dative plural, and the nominative plural endings
# to try in their place: a town named in the plural ("в Лисках": Лиски; "по Алешкам":
# Алешки), which the dictionary reads as the plural of a common noun ("лиска")
_PLURAL_CASE_ENDINGS = ("ах", "ях", "ами", "ями", "ам", "ям")
_PLURAL_NOMINATIVE_ENDINGS = ("и", "ы", "і")
# of the adjective before it, hard and soft ("у Горішніх Плавнях": Горішні Плавні)
_PLURAL_ADJ_ENDINGS = ("ими", "ыми", "іми", "их", "ых", "іх", "им", "ым", "ім")


def _neuter_town_nominatives(low: str) -> list[str]:
    """The names in -ово, -ево, -ино a lower-case Ukrainian or Russian locative may come from
    ("в Климове": Климово; "у
    Шебекиному", "у Домодєдові", "у Міллеровому": Шебекино, Домодєдово, Міллерово; "у
    Льгові": Льгов), or in -ськ ("у Каменську"), which the dictionary reads as a masculine,
    feminine or adjective's case."""
    if low.endswith("ому") and len(low) > 5:
        return [low[:-3] + "о"]  # Шебекиному: Шебекино
    if low.endswith(("ові", "еві")) and len(low) > 5:
        stem = low[:-1]  # Домодєдові: Домодєдово; Льгові: Льгов
        return [stem + "о", stem]
    if low.endswith(("ську", "цьку", "зьку")) and len(low) > 6:
        return [low[:-1]]  # у Каменську: Каменськ (read as the name Каменська)
    if low.endswith(("ском", "цком")) and len(low) > 6:
        return [low[:-2] + "ое"]  # Russian "в Каменском": Каменское (read as Каменск)
    if low.endswith(("ове", "еве", "ине", "ыне")) and len(low) > 5:
        return [low[:-1] + "о"]  # Russian "в Климове", "в Пушкине": Климово, Пушкино
    return []


# the case endings of a feminine noun of the soft stem ("Навля", "Обоянь"), which the
# dictionary's guesser, not knowing the name, reads as a masculine's ("Навлі": навль)
_SOFT_FEMININE_ENDINGS = ("ею", "ей", "і", "и", "е", "ю")
_CONSONANTS = frozenset("бвгґджзйклмнпрстфхцчшщ")


def _soft_feminine_nominatives(low: str) -> list[str]:
    """The nominatives in -я and -ь a lower-case case of a soft-stem feminine name may come
    from ("з району Навлі", "в Навле", "на Навлю": Навля; "з Обояні": Обоянь), for a word the
    dictionary does not know."""
    for ending in _SOFT_FEMININE_ENDINGS:
        if low.endswith(ending) and len(low) > len(ending) + 3:
            stem = low[: -len(ending)]
            if stem[-1] in _CONSONANTS and stem[-2] not in _CONSONANTS:
                return [stem + "я", stem + "ь"]
            if stem[-1] in _CONSONANTS:
                return [stem + "я"]
            return []
    return []


def _hard_feminine_nominatives(low: str) -> list[str]:
    """The nominative in -а a lower-case genitive of a hard-stem feminine name may come from
    ("окраине Чадыр-Лунги": Чадыр-Лунга), for a word the dictionary does not know."""
    if low.endswith(("и", "ы", "і")) and len(low) > 4 and low[-2] in _CONSONANTS:
        return [low[:-1] + "а"]
    return []


def _plural_nominatives(low: str) -> list[str]:
    """The nominative plurals a lower-case word in an oblique plural case may come from."""
    for ending in _PLURAL_CASE_ENDINGS:
        if low.endswith(ending) and len(low) > len(ending) + 2:
            stem = low[: -len(ending)]
            return [stem + e for e in _PLURAL_NOMINATIVE_ENDINGS]
    return []


@lru_cache(maxsize=65536)
def name_keys(words: tuple[str, ...], lang: str) -> tuple[str, ...]:
    """Nominative keys an inflected one- or two-word name may come from, best first.

    Examples
    --------
    >>> "кривии ріг" in name_keys(("Кривому", "Розі"), "uk")
    True
    >>> name_keys(("Фастові",), "uk")[:2]
    ('фаст', 'фастів')
    """
    if len(words) == 1 and "-" in words[0].strip("-"):  # Приморсько-Ахтарська
        first, _, rest = words[0].partition("-")
        if rest.partition("-")[0].lower() in _LINKS:  # Ростове-на-Дону: its first part inflects
            return tuple(f"{k} {norm_key(rest)}" for k in name_keys((first,), lang))
        head, _, last = words[0].rpartition("-")
        lasts = name_keys((last,), lang)
        keys = [f"{norm_key(head)} {k}" for k in lasts]
        if "-" not in head:  # both parts inflect: "у Каменську-Шахтинському", "Каменске-..."
            keys += [f"{h} {k}" for h in name_keys((head,), lang)[:2] for k in lasts[:2]]
        return tuple(dict.fromkeys(keys))
    if len(words) == 1:
        out1: list[str] = []
        towns: list[str] = []  # (after every other reading, see below)
        adjective_only = words[0].lower().endswith(ADJ_ONLY_ENDINGS)
        readings = analyse(words[0].lower(), lang)
        for a in readings:
            lemma, grammemes = a.lemma, a.grammemes
            out1.append(lemma)
            # "ADJF" in the grammemes: the part of speech is ADJF (a tag has one)
            if "ADJF" in grammemes:
                if "femn" in grammemes:  # у Покровській -> Покровська
                    out1.append(_feminine(lemma))
                elif "neut" in grammemes:  # у Покровському -> Покровське
                    out1.append(_neuter(lemma))
                if lemma.endswith(_TOWN_ADJ_ENDINGS):
                    # "з Ахтарська": a town in -ськ, not an adjective; a case no noun in -ськ
                    # has ("у Покровському": Покровське) names it only as an adjective alone
                    # ("на Покровському", the Pokrovsk axis), after every other reading
                    (towns if adjective_only else out1).append(lemma[:-2])
        out1 += towns
        out1 += _plural_nominatives(words[0].lower())
        out1 += _neuter_town_nominatives(words[0].lower())
        if not is_known_word(words[0].lower(), lang):  # a name the dictionary guessed at
            out1 += _soft_feminine_nominatives(words[0].lower())
            out1 += _hard_feminine_nominatives(words[0].lower())
        elif words[0].endswith("ні") and not any(
            "loct" in a.grammemes or "datv" in a.grammemes for a in readings
        ):
            # "у Городні": Городня, whose locative the dictionary reads only as an adjective's
            # plural (last: every reading the dictionary gives comes first)
            out1 += _soft_feminine_nominatives(words[0].lower())
        return tuple(dict.fromkeys(map(norm_key, out1)))
    first, second = words[0], words[-1]
    nouns = [a for a in analyse(second.lower(), lang) if "NOUN" in a.grammemes]
    out: list[str] = []
    for noun in nouns or analyse(second.lower(), lang):
        gender = next((g for g in ("masc", "femn", "neut") if g in noun.grammemes), None)
        for adj in _agree(first, gender, lang):
            out.append(norm_key(f"{adj} {noun.lemma}"))
    # a name in the plural ("в Великих Луках": Великие Луки)
    low = first.lower()
    for ending in _PLURAL_ADJ_ENDINGS:
        if low.endswith(ending):
            adjectives = [low[: -len(ending)] + e for e in ("ие", "ые", "і")]
            for noun_nominative in _plural_nominatives(second.lower()):
                out += [norm_key(f"{adj} {noun_nominative}") for adj in adjectives]
            break
    return tuple(dict.fromkeys(out))
