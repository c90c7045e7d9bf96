"""Capitals named by their title: "the Ukrainian capital", "столиця", "в обласному центрі".

A report often names its city once and then calls it "the capital" or "the regional capital",
or never names it at all ("Вночі ворог атакував столицю"). These phrases are place mentions:
:func:`capital_mentions` finds them and gives each the one place it means, for the stages after
mention finding to read like any named place.

- A capital with its country ("the Russian capital", "Ukraine's capital", "столиця України",
  "российская столица") is that country's capital.
- A bare capital ("the capital", "столиці") is Kyiv in a Ukrainian report. In a Russian or
  English one it is the capital named last before it (Kyiv or Moscow, named or meant); when
  none is, that of the country most of the report's named places lie in; when the report
  names none, Kyiv in English reports and Moscow in Russian ones.
- A regional capital ("the regional capital", "обласний центр", "облцентр", "областной
  центр") is the administrative centre of the first-level unit of the place named last before
  it; with no place before it, none is meant, and the phrase is left alone.
"""

from __future__ import annotations

import re
from collections import Counter

from geo.language.document import Document
from geo.language.text import lacks
from geo.patterns import compiled
from geo.places.gazetteer import Gazetteer
from geo.records import Place, PlaceMention, Span

# The administrative centre of each first-level unit, by ISO 3166-2 code, by the English name
# the gazetteer gives it (Kyiv Oblast's is Kyiv, a unit of its own; Leningrad Oblast's is
# Gatchina since 2021; Moscow Oblast's government sits in Krasnogorsk)
CENTRES: dict[str, str] = {
    "UA-05": "Vinnytsia", "UA-07": "Lutsk", "UA-09": "Luhansk", "UA-12": "Dnipro",
    "UA-14": "Donetsk", "UA-18": "Zhytomyr", "UA-21": "Uzhhorod", "UA-23": "Zaporizhzhia",
    "UA-26": "Ivano-Frankivsk", "UA-30": "Kyiv", "UA-32": "Kyiv", "UA-35": "Kropyvnytskyi",
    "UA-40": "Sevastopol", "UA-43": "Simferopol", "UA-46": "Lviv", "UA-48": "Mykolaiv",
    "UA-51": "Odesa", "UA-53": "Poltava", "UA-56": "Rivne", "UA-59": "Sumy",
    "UA-61": "Ternopil", "UA-63": "Kharkiv", "UA-65": "Kherson", "UA-68": "Khmelnytskyi",
    "UA-71": "Cherkasy", "UA-74": "Chernihiv", "UA-77": "Chernivtsi",
    "RU-AD": "Maykop", "RU-AL": "Gorno-Altaysk", "RU-ALT": "Barnaul",
    "RU-AMU": "Blagoveshchensk", "RU-ARK": "Arkhangelsk", "RU-AST": "Astrakhan",
    "RU-BA": "Ufa", "RU-BEL": "Belgorod", "RU-BRY": "Bryansk", "RU-BU": "Ulan-Ude",
    "RU-CE": "Grozny", "RU-CHE": "Chelyabinsk", "RU-CHU": "Anadyr", "RU-CU": "Cheboksary",
    "RU-DA": "Makhachkala", "RU-IN": "Magas", "RU-IRK": "Irkutsk", "RU-IVA": "Ivanovo",
    "RU-KAM": "Petropavlovsk-Kamchatsky", "RU-KB": "Nalchik", "RU-KC": "Cherkessk",
    "RU-KDA": "Krasnodar", "RU-KEM": "Kemerovo", "RU-KGD": "Kaliningrad", "RU-KGN": "Kurgan",
    "RU-KHA": "Khabarovsk", "RU-KHM": "Khanty-Mansiysk", "RU-KIR": "Kirov", "RU-KK": "Abakan",
    "RU-KL": "Elista", "RU-KLU": "Kaluga", "RU-KO": "Syktyvkar", "RU-KOS": "Kostroma",
    "RU-KR": "Petrozavodsk", "RU-KRS": "Kursk", "RU-KYA": "Krasnoyarsk", "RU-LEN": "Gatchina",
    "RU-LIP": "Lipetsk", "RU-MAG": "Magadan", "RU-ME": "Yoshkar-Ola", "RU-MO": "Saransk",
    "RU-MOS": "Krasnogorsk", "RU-MOW": "Moscow", "RU-MUR": "Murmansk", "RU-NEN": "Naryan-Mar",
    "RU-NGR": "Veliky Novgorod", "RU-NIZ": "Nizhny Novgorod", "RU-NVS": "Novosibirsk",
    "RU-OMS": "Omsk", "RU-ORE": "Orenburg", "RU-ORL": "Oryol", "RU-PER": "Perm",
    "RU-PNZ": "Penza", "RU-PRI": "Vladivostok", "RU-PSK": "Pskov", "RU-ROS": "Rostov-on-Don",
    "RU-RYA": "Ryazan", "RU-SA": "Yakutsk", "RU-SAK": "Yuzhno-Sakhalinsk", "RU-SAM": "Samara",
    "RU-SAR": "Saratov", "RU-SE": "Vladikavkaz", "RU-SMO": "Smolensk",
    "RU-SPE": "Saint Petersburg", "RU-STA": "Stavropol", "RU-SVE": "Yekaterinburg",
    "RU-TA": "Kazan", "RU-TAM": "Tambov", "RU-TOM": "Tomsk", "RU-TUL": "Tula", "RU-TVE": "Tver",
    "RU-TY": "Kyzyl", "RU-TYU": "Tyumen", "RU-UD": "Izhevsk", "RU-ULY": "Ulyanovsk",
    "RU-VGG": "Volgograd", "RU-VLA": "Vladimir", "RU-VLG": "Vologda", "RU-VOR": "Voronezh",
    "RU-YAN": "Salekhard", "RU-YAR": "Yaroslavl", "RU-YEV": "Birobidzhan", "RU-ZAB": "Chita",
    "BY-BR": "Brest", "BY-HM": "Minsk", "BY-HO": "Gomel", "BY-HR": "Grodno", "BY-MA": "Mogilev",
    "BY-MI": "Minsk", "BY-VI": "Vitebsk",
}  # fmt: skip
# the units whose centre lies in another unit: Kyiv Oblast's in Kyiv, Minsk Region's in Minsk
_CENTRE_IN = {"UA-32": "UA-30", "BY-MI": "BY-HM"}
# Each country's capital, by the ISO 3166-2 code of its first-level unit
CAPITALS = {"UA": "UA-30", "RU": "RU-MOW", "BY": "BY-HM"}
_DEFAULT_COUNTRY = {"uk": "UA", "en": "UA", "ru": "RU"}
_NEEDLES = ("capital", "столиц", "обласн", "областн", "облцентр", "oblast cent", "regional cent")

# the country a capital is named with, by the stem of its adjective or noun (lower case)
_COUNTRY_WORDS = {
    "ukrain": "UA", "україн": "UA", "украин": "UA",
    "russia": "RU", "російськ": "RU", "росії": "RU", "российск": "RU", "росси": "RU",
    "рф": "RU", "belarus": "BY", "білорус": "BY", "белорус": "BY",
}  # fmt: skip
_COUNTRY = r"(?:ukrain\w*|russia\w*|belarus\w*)"
_COUNTRY_CYR = (
    r"(?:україн\w*|украин\w*|російськ\w*|росії|российск\w*|росси\w*|рф|білорус\w*|белорус\w*)"
)
_CAPITAL_RE = compiled(
    # English: "the (Ukrainian) capital", "Ukraine's capital", "the capital of Russia"
    rf"\b(?:(?P<en>(?P<ew>the\s+(?:(?P<ea>{_COUNTRY})\s+)?capital(?:\s+city)?(?:['’]s)?)"
    rf"(?:\s+of\s+(?P<eo>{_COUNTRY}))?)|(?P<eg>{_COUNTRY})['’]s\s+(?P<eh>capital(?:\s+city)?))\b"
    # Ukrainian and Russian: "(українська) столиця (України)", in any case
    rf"|(?<![\w-])(?:(?P<ca>{_COUNTRY_CYR})\s+)?(?P<cy>столиц(?:я|і|ю|ею|а|ы|е|у|ей))"
    rf"(?:\s+(?P<co>{_COUNTRY_CYR}))?(?![\w-])"
    # a regional capital
    r"|\b(?P<re>the\s+(?:regional|oblast|provincial|region['’]s)\s+"
    r"(?:capital|cent(?:re|er)|administrative\s+cent(?:re|er)))\b"
    # (not an institution: "обласного центру екстреної медичної допомоги")
    r"|(?<![\w-])(?P<rc>(?:обласн|областн)\w*\s+центр\w*|облцентр\w*)(?![\w-])"
    r"(?!\s+[а-яіїєґё]+(?:ої|ого|ой|ых|их|іх)(?![\w-]))",
    re.I,
)
# what makes a capital's word no capital of a country: another place named after it ("the
# capital of the Kharkiv region", "столиця Слобожанщини", "the capital region"), or an
# adjective before it other than a country's ("the European capitals", "північна столиця",
# "культурная столица")
_NOT_COUNTRYS_AFTER = compiled(
    r"\s+(?:of\b|region\b|(?:регіон|регион|област|краю|края|округ)[^\W\d_]*)", re.I
)
# a title followed by its city's name ("the regional capital Rostov-on-Don", "the capital,
# Kyiv,", "в обласному центрі — Сумах"): where the name would start, if a mention starts there
_NAMED_AFTER = compiled(r"\s*(?:,|—|–|-)?\s+(?=[A-ZА-ЯІЇЄҐЁ])")
_NOT_COUNTRYS_BEFORE = compiled(
    r"(?<![^\W\d_])(?:європейськ|европейск|світов|мирово|західн|западн|північн|северн|південн|южн|"
    r"культурн|інш|друг|нов|стар|колишн|бывш|туристичн|туристическ|регіональн|региональн|"
    r"обласн|областн|районн)[^\W\d_]*\s+$",
    re.I,
)


def capital_mentions(
    doc: Document, mentions: list[PlaceMention], gaz: Gazetteer
) -> list[PlaceMention]:
    """The capitals a report names by their title (see the module's text), as mentions.

    Parameters
    ----------
    doc : Document
        The report read once.
    mentions : list of PlaceMention
        The report's named places, in text order (:func:`geo.understand.mentions.find_mentions`).
    gaz : Gazetteer
        The place index.

    Returns
    -------
    list of PlaceMention
        In text order, each with the one place it means and the qualifier ``city``; none that
        overlaps a mention of ``mentions``.
    """
    text = doc.text
    if lacks(text, _NEEDLES, doc.lowered):
        return []
    taken = [(m.span.start, m.span.end) for m in mentions]
    starts = {m.span.start for m in mentions}
    low = doc.lowered if doc.lowered is not None else text.lower()  # (read once)
    out: list[PlaceMention] = []
    for m in _CAPITAL_RE.finditer(text):
        start, end = _title_span(m)
        if any(a < end and start < b for a, b in taken):
            continue
        if _not_a_countrys(m, text, starts):
            continue
        before = sorted(
            (p for p in (*mentions, *out) if p.span.end <= start), key=lambda p: p.span.start
        )
        place = _meant(m, before, mentions, gaz, doc.lang, low)
        if place is not None:
            out.append(PlaceMention(Span(text[start:end], start, end), (place,), "city"))
    return out


def _title_span(m: re.Match[str]) -> tuple[int, int]:
    """Where the capital's title matched by ``m`` stands, without the country named as a
    noun before or after it ("Ukraine's", "of Russia", "України"), which is a mention of its
    own."""
    start, end = m.span()
    if m.group("eg"):
        start = m.start("eh")
    if m.group("eo"):
        end = m.end("ew")
    if m.group("co"):
        end = m.end("cy")
    return start, end


def _not_a_countrys(m: re.Match[str], text: str, starts: set[int]) -> bool:
    """Whether the capital's word matched by ``m`` means no country's capital (see
    :data:`_NOT_COUNTRYS_AFTER`, :data:`_NOT_COUNTRYS_BEFORE`), or is named right after it
    by a mention starting at one of ``starts``."""
    if m.group().endswith(("'s", "’s")):
        return False  # "the capital's Darnytskyi district" is the capital's
    named = _NAMED_AFTER.match(text, m.end())
    if named is not None and named.end() in starts:
        return True  # "the regional capital, Belgorod": the name that follows is the mention
    if m.group("re") or m.group("rc"):
        return False
    if m.group("eo") and text.startswith(("'s ", "’s "), m.end("eo")):
        return True  # "the capital of Russia's Chuvash Republic": a region's
    if not (m.group("eo") or m.group("co")) and _NOT_COUNTRYS_AFTER.match(text, m.end()):
        return True
    start = m.start("cy") if m.group("cy") else m.start()
    return bool(_NOT_COUNTRYS_BEFORE.search(text, max(0, start - 30), start))


def _meant(
    m: re.Match[str],
    before: list[PlaceMention],
    mentions: list[PlaceMention],
    gaz: Gazetteer,
    lang: str,
    low: str,
) -> Place | None:
    """The place the phrase ``m`` means, read after the mentions ``before`` it in a report
    (``low``: its text in lower case; in ``lang``) whose named places are ``mentions``."""
    if m.group("re") or m.group("rc"):
        for p in reversed(before):
            # (the reading in the unit the report's other names lie in most: "Левобережном
            # районе областного центра" in a Voronezh report is Voronezh's, not Mariupol's)
            code = _likeliest_unit(p, mentions)
            if code in CENTRES:
                return centre(gaz, code)
        return None
    said = next(
        (w for w in (m.group(g) for g in ("ea", "eo", "eg", "ca", "co")) if w is not None), None
    )
    country = _country_of_word(said) if said else None
    if country is None:
        country = _country_in_context(before, mentions, lang, low)
    return centre(gaz, CAPITALS[country])


def _likeliest_unit(p: PlaceMention, mentions: list[PlaceMention]) -> str | None:
    """The first-level unit of the reading of ``p`` that the most of the report's other
    names have a first reading in (the first reading's on a tie)."""
    codes = list(dict.fromkeys(c.admin1 for c in p.candidates))
    if len(codes) < 2:
        return codes[0] if codes else None
    counts = Counter(o.candidates[0].admin1 for o in mentions if o is not p and o.candidates)
    return max(codes, key=lambda code: counts[code])  # (max keeps the first on a tie)


def _country_of_word(word: str) -> str | None:
    """The country an adjective or noun of a capital's names (see :data:`_COUNTRY_WORDS`)."""
    low = word.lower()
    return next((c for stem, c in _COUNTRY_WORDS.items() if low.startswith(stem)), None)


def _country_in_context(
    before: list[PlaceMention], mentions: list[PlaceMention], lang: str, low: str
) -> str:
    """The country whose capital a bare "capital" means: Ukraine's in a Ukrainian report
    (which calls Moscow by its name: "Москва", "російська столиця"); else that of the capital
    named last before it, else that of its mayor or of those who attacked it when the report
    names them ("сообщил Кличко", "Russian drones"), else the country most of the report's
    named places below country level lie in (the first of them on a tie), else the report's
    language's."""
    if lang == "uk":
        return "UA"
    capitals = {code: country for country, code in CAPITALS.items()}
    for p in reversed(before):  # the capital or one of its districts
        top = p.candidates[0] if p.candidates else None
        if top is not None and top.kind in ("settlement", "district") and top.admin1 in capitals:
            return capitals[top.admin1]
    told = _country_told(low)
    if told is not None:
        return told
    counts = Counter(
        m.candidates[0].country
        for m in mentions
        if m.candidates
        and m.candidates[0].kind != "country"
        and m.candidates[0].country in CAPITALS
    )
    if counts:
        best = max(counts.values())
        for m in mentions:
            top = m.candidates[0] if m.candidates else None
            if top is not None and top.kind != "country" and counts.get(top.country) == best:
                return top.country
    return _DEFAULT_COUNTRY.get(lang, "UA")


def _country_told(low: str) -> str | None:
    """The country whose capital a report (``low``: its text in lower case) means when its
    mayor or its attackers are named (:data:`_TOLD_OF`): one country's cues alone, else None."""
    found = {country for country, cues in _TOLD_OF.items() if any(map(low.__contains__, cues))}
    return found.pop() if len(found) == 1 else None


# who tells of a capital or attacks it: Kyiv's mayor and military administration, Russian
# forces; Moscow's mayor, Ukrainian drones and forces
_TOLD_OF = {
    "UA": (
        "кличко", "klitschko", "ткаченко", "tkachenko", "кмва", "russian forces",
        "russian drones", "russian missiles", "российские войска", "российская армия",
        "российские дроны", "российские ракеты", "вс рф",
    ),
    "RU": (
        "собянин", "sobyanin", "всу", "украинские беспилотники", "украинские дроны",
        "ukrainian drones", "ukrainian forces",
    ),
}  # fmt: skip


def centre(gaz: Gazetteer, code: str) -> Place | None:
    """The administrative centre of a first-level unit, as the gazetteer has it.

    Parameters
    ----------
    gaz : Gazetteer
        The place index (its ``memo`` keeps each answer).
    code : str
        The unit's ISO 3166-2 code (a key of :data:`CENTRES`).

    Returns
    -------
    Place or None
        The centre's settlement; None when the gazetteer lacks it or the code is unknown.
    """
    key = "centre:" + code
    if key in gaz.memo:
        return gaz.memo[key]
    name = CENTRES.get(code)
    found = None
    if name is not None:
        wanted = _CENTRE_IN.get(code, code)
        found = next(
            (
                c.place
                for c in gaz.lookup(name)
                if c.place.kind == "settlement" and c.place.admin1 == wanted
            ),
            None,
        )
    gaz.memo[key] = found
    return found
