"""Roles of places in Ukrainian and Russian sentences, decided from lemmas and prepositions.

The same three roles as :mod:`geo.understand.roles` (``impact``, ``launch``, ``mention``), read
from the
words Ukrainian and Russian reports use: strikes, hits, shelling, debris, fires, damage and
casualties in a place (by lemma, so every form counts: "обстріляли", "обстрілу",
"обстрелом"); air defence bringing drones down over a region ("збито над", "сбиты над
территорией"); drones heading for a region ("у напрямку"); launches "з боку", "з напрямку",
"со стороны", "с территории" or after a verb of launching; and mentions: officials' seats
("голова Харківської ОВА", "губернатор Белгородской области"), the hospital the wounded were
taken to, distance references ("за 20 км від"), air-raid alerts without a strike.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from geo.language.cyrillic import (
    AIRFIELD_STEMS,
    LAUNCH_WEAPONS,
    LIST_AND,
    SETTLEMENT_WORDS,
    is_settlement_word,
)
from geo.language.morphology import analyse, cases_of
from geo.language.text import alternation, cased, holds, lacks, lowered, span_between
from geo.patterns import compiled

__all__ = ["decide_role_uk_ru", "hits_denied"]

_WORD = compiled(r"[^\W\d_]+(?:[-'’ʼ][^\W\d_]+)*")

# Lemmas (Ukrainian and Russian) that report a strike, its damage or its victims in a place.
_IMPACT_LEMMAS = frozenset(
    [
        "атакувати",
        "атакований",
        "атака",
        "атакований",
        "удар",
        "ударити",
        "вдарити",
        "ударний",
        "бити",
        "уразити",
        "вразити",
        "ураження",
        "влучання",
        "влучити",
        "влучений",
        "поцілити",
        "приліт",
        "обстріл",
        "обстрілювати",
        "обстріляти",
        "обстріляний",
        "артобстріл",
        "пошкодити",
        "пошкоджений",
        "пошкодження",
        "зруйнувати",
        "зруйнований",
        "руйнування",
        "знищити",
        "знищений",
        "поранити",
        "поранений",
        "поранення",
        "постраждати",
        "постраждалий",
        "травмований",
        "травмувати",
        "загинути",
        "загиблий",
        "загибель",
        "вбити",
        "вбитий",
        "вибух",
        "вибуховий",
        "уламок",
        "падіння",
        "пожежа",
        "загоряння",
        "загорітися",
        "горіти",
        "займання",
        "спалахнути",
        "збити",
        "збитий",
        "знешкодити",
        "знешкоджений",
        "ліквідувати",
        "подавити",
        "бомбардувати",
        "гатити",
        "авіаудар",
        "авіаналіт",
        "вогонь",
        "скинути",
        "скидати",
        "скинутий",
        "скидання",
        "снаряд",
        "наліт",
        "детонація",
        "здетонувати",
        "детонувати",
        "вибухнути",
        "жертва",
        "атаковать",
        "атакованный",
        "удар",
        "ударить",
        "бить",
        "поразить",
        "поражение",
        "попадание",
        "попасть",
        "прилёт",
        "прилет",
        "обстрел",
        "обстреливать",
        "обстрелять",
        "обстрелянный",
        "артобстрел",
        "повредить",
        "повреждённый",
        "повреждение",
        "разрушить",
        "разрушенный",
        "разрушение",
        "уничтожить",
        "уничтоженный",
        "ранить",
        "раненый",
        "ранение",
        "пострадать",
        "пострадавший",
        "травмировать",
        "травмированный",
        "погибнуть",
        "погибший",
        "гибель",
        "убить",
        "убитый",
        "взрыв",
        "взорваться",
        "сдетонировать",
        "детонировать",
        "взрывной",
        "авиаудар",
        "авианалёт",
        "авианалет",
        "огонь",
        "сбросить",
        "сбрасывать",
        "сброшенный",
        "сброс",
        "обломок",
        # shell fragments ("осколки повредили крышу")
        "осколок",
        "падение",
        "пожар",
        "возгорание",
        "загореться",
        "гореть",
        "сбить",
        "сбитый",
        "перехватить",
        "перехваченный",
        "подавить",
        "налёт",
        "налет",
        "детонация",
        "бомбардировать",
        "снаряд",
        "жертва",
    ]
)
# Lemmas of bringing down, that make "над X" an impact ("збито над Сумщиною").
# the lemmas of harm done (not of an attack alone): an airport's restrictions "на время атаки"
_HARM_LEMMAS = frozenset(
    (
        "пошкодити", "пошкоджений", "повредить", "повреждённый", "зруйнувати", "разрушить",
        "пожежа", "пожар", "загинути", "погибнуть", "поранити", "ранить", "постраждати",
        "пострадать", "уламок", "обломок", "влучання", "попадание", "вибух", "взрыв",
    )
)  # fmt: skip
_DOWN_LEMMAS = frozenset(
    [
        "збиття",
        "сбитие",
        "перехоплення",
        "перехват",
        "збити",
        "збитий",
        "знешкодити",
        "знешкоджений",
        "ліквідувати",
        "ліквідований",
        "подавити",
        "подавлений",
        "знищити",
        "знищений",
        "перехопити",
        "сбить",
        "сбитый",
        "уничтожить",
        "уничтоженный",
        "перехватить",
        "перехваченный",
        "подавить",
        "подавленный",
        "ликвидировать",
        # the nouns: "об уничтожении беспилотников над ... областями"
        "уничтожение",
        "знищення",
        "знешкодження",
        "ліквідація",
        "ликвидация",
        "подавлення",
        "подавление",
    ]
)
_LAUNCH_LEMMAS = frozenset(
    [
        "запускати",
        "запустити",
        "запуск",
        "пуск",
        "випустити",
        "випускати",
        "стартувати",
        "злетіти",
        "запущений",
        "випущений",
        "пущений",
        "запускать",
        "запустить",
        "выпустить",
        "выпускать",
        "стартовать",
        "взлететь",
        "запущенный",
        "запускатися",
        "запускаться",
    ]
)
_SEAT_LEMMAS = frozenset(
    [
        "голова",
        "очільник",
        "начальник",
        "керівник",
        "губернатор",
        "мер",
        "міський",
        "глава",
        "градоначальник",
        "адміністрація",
        "ова",
        "ода",
        "мва",
        "уряд",
        "влада",
        "речник",
        "представник",
        "командувач",
        "администрация",
        "губернатор",
        "мэр",
        "глава",
        "правительство",
        "власти",
        "представитель",
        "оперштаб",
        "раис",  # the head of Tatarstan
        "пресс-секретарь",
        "прес-секретар",
    ]
)
_HOSPITAL_LEMMAS = frozenset(
    [
        "лікарня", "госпіталь", "медзаклад", "лікарні", "больница", "госпиталь", "медучреждение",
        "клініка", "клиника", "медцентр", "травмпункт",
        # a city's emergency, district and regional hospitals: "в БСМП Ростова-на-Дону"
        "бсмп", "бсмпа", "црб", "црл",
    ]
)  # fmt: skip
_ALERT_LEMMAS = frozenset(["тривога", "тревога"])
_HARM_STEMS = (
    r"(?:постраждал|загибл|жертв|пострадавш|погибш|руйнуван|разрушени|наслідк|последстви|"
    r"влучан|попадани|пошкоджен|повреждени|ушкоджен)\w*"
)
_NEGATION = compiled(
    # "без постраждалих", "без постраждалих та руйнувань"
    rf"\b(?:без\s+{_HARM_STEMS}(?:\s*(?:,|та|і|й|и|або|или)\s+{_HARM_STEMS})*|"
    r"(?:ніхто|никто)\s+не\s+\w+|"
    # "атаки не было", "атак пока не зафиксировано", "не постраждав"
    # "пошкоджень і постраждалих не виявили"
    r"(?:[^\W\d_]+\s+){0,3}?не\s+(?:постраждав|постраждала|постраждали|пострадал\w*|"
    r"зафіксовано|зафиксировано|було|было|виявлено|выявлено|виявили|выявили|зафіксували|"
    r"зафиксировали|чути|чутно|слышно)|"
    # "разрушений нет", "влучань немає"; "последствий атаки в городе нет"
    rf"{_HARM_STEMS}(?:\s+[^\W\d_]+){{1,4}}?\s+(?:нет|немає|нема)\b|"
    r"[^\W\d_]+\s+(?:нет|немає|нема)\b|"
    # "из-за угрозы атаки дронов", "через загрозу удару"
    r"(?:угроз|загроз)[^\W\d_]*\s+[^\W\d_]+)",
    re.IGNORECASE,
)
# words one of which every match of _NEGATION holds ("постражд": постраждав, -ла, -ли)
# explosions only heard: "жителі чули вибухи", "было слышно несколько взрывов"
_HEARD = compiled(
    r"(?<![\w-])(?:чули|чула|чув|чути|чутно|слышали|слышал\w*|слышны|слышно|слышен)(?![\w-])"
    r"[^.;]{0,60}?(?<![\w-])(?:вибух|взрыв|звук)\w*",
    re.I,
)
# the words of harm done ("пошкоджено", "ранен", "уламки", "пожар")
_HARM_DONE_STEMS = (
    r"пошкод|поврежд|поранен|ранен|загин|загибл|погиб|уламк|обломк|руйнув|разруш|постражд|"
    r"пострада|пожеж|пожар|знищ|уничтож"
)
_HEARD_HARM = compiled(
    rf"(?<![\w-])(?:{_HARM_DONE_STEMS}|влуч|попада|горит|горить|прил[еіё]т|"
    # (an attack told beside: "чути вибухи, ворог атакує місто", "працювала ППО")
    r"вибит|выбит|атак|удар|обстріл|обстрел|ппо|пво|збит|сбит)\w*",
    re.I,
)


def _heard_only(clause: str, sentence: str) -> bool:
    """Whether a clause tells only of explosions heard, and its sentence of no harm done."""
    return (
        any(map(clause.__contains__, _HEARD_STEMS))  # (as written: a search in C per stem)
        and _HEARD.search(clause) is not None
        and _HEARD_HARM.search(sentence) is None
    )


_HEARD_STEMS = ("чу", "слыш", "Чу", "Слыш", "ЧУ", "СЛЫШ")

# no hits recorded: "влучань не зафіксовано", "попаданий нет"
_NO_HITS = compiled(
    # (or the damage alone: "руйнувань і постраждалих немає")
    r"(?<![\w-])(?:влучан|влучен|попадани|прил[ьеё]т|руйнуван|разрушени)[^\W\d_]*"
    # (and the damage denied with them, and where: "влучань і руйнувань у місті немає")
    r"(?:\s+(?:і|й|та|и)\s+[^\W\d_]+)?(?:\s+(?:у|в)\s+[^\W\d_]+)?"
    r"\s+(?:не\s+(?:зафіксовано|зафиксировано|було|было)|немає|нема|нет)(?![\w-])",
    re.I,
)
# harm done, beside the hits denied ("влучань не зафіксовано, пошкоджено дах")
_DONE_HARM = compiled(
    rf"(?<![\w-])(?:{_HARM_DONE_STEMS}|влучи|влучил|попал|ударил|уражен|атакува|атаковал)\w*",
    re.I,
)
# where a sentence's part about one place ends: "...; в Шебекино ...", "..., а в Дрогобичі ..."
_PART_BREAK = compiled(r";|,\s+(?:а|але|но|однак|однако)\s", re.I)


def _explosions_without_hits(sentence: str, offset: int) -> bool:
    """Whether the part of a sentence holding the name at ``offset`` tells of explosions (air
    defence at work) and that no hits were recorded, and of no harm done: "У Сумах уночі лунали
    вибухи — працювала ППО, влучань не зафіксовано" (not the part after "а в Дрогобичі")."""
    low = sentence.lower()
    if not ("вибух" in low or "взрыв" in low):
        return False
    start = 0
    for m in _PART_BREAK.finditer(sentence):
        if m.start() >= offset:
            part = sentence[start : m.start()]
            break
        start = m.end()
    else:
        part = sentence[start:]
    return hits_denied(part)


def hits_denied(text: str) -> bool:
    """Whether ``text`` says no hits were recorded and tells of no harm done beside ("Влучань
    немає.", "влучань і руйнувань у місті немає"; not "влучань немає, пошкоджено дах"): the
    explosions told of a place were the air defence's."""
    denied = _NO_HITS.search(text)
    # (the harm denied with the hits is none done: "влучань і руйнувань немає")
    return (
        denied is not None
        and _DONE_HARM.search(text[: denied.start()] + text[denied.end() :]) is None
    )


# no reports came in: "Повідомлень про збиття дронів над Львовом не надходило"
_NO_REPORTS = compiled(
    r"(?<![\w-])не\s+(?:надходило|надійшло|надходили|поступало|поступило|поступали)(?![\w-])",
    re.I,
)
_NEGATION_WORDS = ("без", "ніхто", "никто", "постражд", "пострадал", "зафіксовано", "зафиксировано")
_NEGATION_WORDS += (
    "чути",
    "чутно",
    "слышно",
    "було",
    "было",
    "виявлено",
    "выявлено",
    "виявили",
    "выявили",
    "зафіксували",
    "зафиксировали",
    "нет",
    "немає",
    "нема",
    "угроз",
    "загроз",
)
# "з боку", "со стороны", "с территории", then up to six words of a list of names
_LAUNCH_BEFORE = compiled(
    r"\b"
    + alternation("з|зі|із|с|со|из")
    + r"\s+(?:боку|сторони|стороны|напрямку|напрямків|направления|"
    r"направлений|території|территории|акваторії|акватории|"
    # the airspace bombs were dropped from: "КАБи скидав з повітряного простору
    # бєлгородської області"
    r"повітряного\s+простору|воздушного\s+пространства)\b\W*(?:[^\W\d_]+[\s,:;–—-]+){0,6}$",
    re.IGNORECASE,
)
# "з", "зі", "із", "с", "со", "из" as a word, then up to six words ending the text: what
# ``\b(?:з|зі|із|с|со|из)\s+...`` finds ignoring case, found faster. Case is kept, each letter
# a class of the forms ignoring case takes for it ("с" also U+1C83, "о" also U+1C82), the
# first letter first, so that the engine scans for it at once; then ``(?<!\w.)``, the ``\b``
# before it, and the letters after it that its preposition has (see test_roles7_speed7)
_FROM_WORD = (
    r"[ЗзІіСс\u1c83Ии](?<!\w.)(?:(?<=[Зз])[Іі]?|(?<=[Сс\u1c83])[Оо\u1c82]?|(?<=[ІіИи])[Зз])"
)
_FROM_BEFORE = compiled(_FROM_WORD + r"\s+(?:[^\W\d_]+[\s,:–—-]+){0,6}$")
# the preposition of _FROM_BEFORE and the white space after it: where every match of
# _FROM_BEFORE, and of _LAUNCH_BEFORE (its prepositions are some of these, its ``\b`` the
# lookbehind), starts (see _launch_prepositions)
_FROM_WORD_SPACE = compiled(_FROM_WORD + r"\s")
# "у напрямку", "над": the words up to the name may be a list of names ("над Брянской,
# Курской и Орловской областями")
# words one of which every match of the pattern before holds (geo.language.text.lacks)
_LAUNCH_WORDS = ("боку", "сторон", "напрям", "направлен", "територі", "территори", "акватор")
_LAUNCH_WORDS += ("простору", "пространства")
_TOWARD_WORDS = ("напрям", "направлен", "сторону")
_NEAR_REFERENCE_WORDS = ("під", "под", "біля", "возле", "около", "поблизу", "поруч", "недалеко")
_NEAR_REFERENCE_WORDS += ("неподалік", "неподалеку")
_TOWARD_BEFORE = compiled(
    r"\b(?:в|у)\s+(?:напрямку|напрямі|направлении|сторону)\s+(?:[^\W\d_]+[\s,]+){0,8}$", re.I
)
_OVER_BEFORE = compiled(r"\bнад\s+(?:[^\W\d_]+[\s,]+){0,8}$", re.IGNORECASE)
_DISTANCE_BEFORE = compiled(
    r"\b(?:\d+|кілька|кількох|декілька|декількох|кільканадцяти|несколько|нескольких|"
    r"нескольких\s+десятках|пару|паре)\s*(?:км|кілометр\w*|километр\w*|м|метр\w*)\s+"
    # (a direction of one or two words: "на південний схід", "к юго-востоку")
    r"(?:(?:на|к|до)\s+[\w-]+\s+(?:[\w-]+\s+)?)?(?:від|от)\s+$",
    re.IGNORECASE,
)
# "кордону з", "границы с", then up to two words (a country's adjective: "з російською")
_BORDER_BEFORE = compiled(
    r"\b(?:кордон|границ)[^\W\d_]*\s+(?:з|із|зі|с|со)\s+(?:[^\W\d_]+\s+){0,2}$", re.IGNORECASE
)
# verbs of threatening (before a place: "погрожують ударами по Львову"; after it, see
# _SAID_LEMMAS), and what every form of them holds (пригрозив, погрожує, угрожает)
_THREAT_LEMMAS = frozenset(("погрожувати", "пригрозити", "угрожать", "пригрозить"))
_THREAT_STEMS = ("погрож", "пригроз", "угрож")
# verbs of saying that, right after a place, make it where it was said, not struck: a
# statement ("заявило, що"), a name given to an attack ("назвал атаку"), a threat
_SAID_LEMMAS = _THREAT_LEMMAS | frozenset(
    ("заявити", "заявляти", "назвати", "називати", "заявить", "заявлять", "назвать", "называть")
)
# a capital's denials, demands and protests: "Москва продовжує заперечувати удари",
# "Будапешт висловлював невдоволення", "Вашингтон закликав" (read only for a place that is
# the subject: see _said_at)
# ("у Відні засудили удар": a verb of condemning or denying right after "у X" tells who
# spoke there, a reaction)
_REACTION_LEMMAS = frozenset(
    ("засуджувати", "засудити", "осуждать", "осудить", "заперечувати", "заперечити", "отрицать")
)
_PROTEST_LEMMAS = _REACTION_LEMMAS | frozenset(
    (
        "висловлювати", "висловити", "выражать", "выразить", "вимагати", "требовать",
        "закликати", "закликать", "призывать", "призвать", "наполягати", "настаивать",
    )
)  # fmt: skip
_FROM_WORDS = frozenset(("з", "із", "зі", "из", "со", "с"))  # "заявив з Донецька"
_SAID_WORDS = 3  # the words after a place in which the verb is looked for
_PROTEST_WORDS = 4  # the same for a verb of protest
# what every form of the lemmas of _SAID_LEMMAS holds (заявило, назвал, називає, называет)
_SAID_STEMS = ("заяв", "назв", "назив", "назыв", *_THREAT_STEMS)
_REACTION_STEMS = ("засуд", "осужд", "осуд", "запереч", "отриц")  # (of _REACTION_LEMMAS)
# (not accusations: "Донецк обвиняет ВСУ в обстреле рынка" is told where the strike was)
_PROTEST_STEMS = (*_REACTION_STEMS, "вислов", "выраж", "выраз", "вимага", "вимогл", "треб")
_PROTEST_STEMS += ("заклик", "призыв", "призва", "наполяг", "настаив")


def _said_at(after: str, lang: str, low: str | None = None, subject: bool = False) -> str | None:
    """The verb of saying among the first :data:`_SAID_WORDS` words of ``after``, the text
    after a place ("у Москві заявило", "в Москве назвал атаку"), or, for a place that is
    the subject (``subject``: no preposition before it), a verb of protest among the first
    :data:`_PROTEST_WORDS` with no capitalised word before it ("Москва ж продовжує
    заперечувати", not "Після атаки на Київ Кличко закликав"), when no word before it in
    them reports a strike; None otherwise. Text that holds no stem of such a verb is not
    read word by word. ``low``: ``after`` in lower case, when the caller has it."""
    low = after.lower() if low is None else low
    said = any(map(low.__contains__, _SAID_STEMS))
    protest = subject and any(map(low.__contains__, _PROTEST_STEMS))
    if not said and not protest:
        return None
    joined = False  # whether the word before is "і", "и", "та": a list of subjects goes on
    for k, word in enumerate(_WORD.findall(after)[:_PROTEST_WORDS]):
        lemmas = _word_lemmas(word.lower(), lang)
        if k < _SAID_WORDS and not lemmas.isdisjoint(_SAID_LEMMAS):
            return word
        if protest and not lemmas.isdisjoint(_PROTEST_LEMMAS):
            return word
        if not lemmas.isdisjoint(_IMPACT_LEMMAS):
            return None
        # (another subject stops it: "на Київ Кличко закликав"; not "Вена и Берлин осудили")
        protest = protest and (joined or not word[:1].isupper())
        joined = word.lower() in LIST_AND
    return None


def _may_be_nominative(name: str, lang: str) -> bool:
    """Whether the last word of a place's name may be in the nominative (a subject:
    "Будапешт висловив"; not "обстрела Донецка жители призвали")."""
    words = _WORD.findall(name)
    if not words:
        return False
    readings = analyse(words[-1].lower(), lang)
    return not readings or any("nomn" in a.grammemes for a in readings)


# the place a clause opens with: "В Киеве ...", "У Москві ..." (not "удар по Энгельсу в X")
_IN_BEFORE = compiled(r"(?:^|[.!?:;]\s+|\n)\W*(?:в|у|во)\s+$", re.IGNORECASE)
# no comment given at the place, right after its name: "В Киеве атаку пока не комментировали",
# "у Москві удар не коментують"
_NO_COMMENT_AFTER = compiled(
    r"\s+(?:[^\W\d_]+\s+){0,3}?(не\s+(?:про)?(?:комментир|коментув|коментир|коментую)"
    r"[^\W\d_]*)",
    re.IGNORECASE,
)


# restrictions at an airport during an attack: no strike there
_AIRPORT_WORDS = ("аэропорт", "аеропорт")
_RESTRICTED = compiled(
    r"(?:ограничени|обмежен|приостановл|призупин|закрыт|закрит|не\s+принима|не\s+прийма)",
    re.IGNORECASE,
)


def _airport_restricted_at(clause: str, offset: int, end: int, lang: str) -> bool:
    """Whether ``clause``, or its part between the commas around ``clause[offset:end]``,
    tells only of an airport's restrictions, no harm done."""
    if not any(map(clause.lower().__contains__, _AIRPORT_WORDS)):
        return False
    if _airport_restricted(clause, lang):
        return True
    if "," not in clause:
        return False
    stop = clause.find(",", end)
    part = clause[clause.rfind(",", 0, offset) + 1 : len(clause) if stop < 0 else stop]
    return (
        part is not clause
        and any(map(part.lower().__contains__, _AIRPORT_WORDS))
        and _airport_restricted(part, lang)
    )


def _airport_restricted(clause: str, lang: str) -> bool:
    """Whether a clause that names an airport tells only of its restrictions, no harm
    done."""
    return _RESTRICTED.search(clause) is not None and not _first_lemma(clause, lang, _HARM_LEMMAS)


# a region's emergency service or police as a heading's source: "ДСНС Сумщини:", "МЧС
# Брянской области:"
_SERVICES = frozenset(("дснс", "мчс", "мнс", "поліція", "полиция", "гунп", "умвд"))
# a sentence that opens with "В"/"У" and the name: "В Москве пресс-секретарь ... назвал"
_OPENS_IN = compiled(r"\W*(?:в|у|во)\s+$", re.IGNORECASE)
_NAMING_LEMMAS = frozenset(("назвати", "називати", "назвать", "называть"))
# officials who speak for a country, not for the place they speak in (a mayor naming the
# attack on his city is no such one): "пресс-секретарь президента", "глава МИД"
_NATIONAL_LEMMAS = frozenset(
    (
        "пресс-секретарь", "прес-секретар", "министр", "міністр", "президент", "посол",
        "речник", "спикер", "спікер", "мид", "мзс", "кремль", "прем'єр", "премьер",
    )
)  # fmt: skip


def _official_said(after: str, lang: str) -> str | None:
    """The verb of saying of an official named among the first words after a name that
    opens its sentence ("В Москве пресс-секретарь президента Дмитрий Песков назвал атаку
    ..."), when what was said tells of no strike: a verb of naming (the attack is named, not
    told of), or another whose words after it hold no word of a strike. None otherwise."""
    words = _WORD.findall(after[:120])[:8]
    official = False
    for word in words:
        lemmas = _word_lemmas(word.lower(), lang)
        if not official:
            if not lemmas.isdisjoint(_IMPACT_LEMMAS):
                return None
            official = not lemmas.isdisjoint(_NATIONAL_LEMMAS)
            continue
        if not lemmas.isdisjoint(_NAMING_LEMMAS):
            return word
        if not lemmas.isdisjoint(_SAID_LEMMAS):
            rest = after[after.find(word) + len(word) :]
            return None if impact_word(rest, lang) else word
        if not lemmas.isdisjoint(_IMPACT_LEMMAS):
            return None
    return None


# weapons sent at the place: "випустив 8 ракет «Калібр» з акваторії Чорного моря по Одесі",
# "запустил 20 беспилотников по Брянской области" (its target, whether or not they hit)
_FIRED_AT_BEFORE = compiled(
    r"(?:дрон|бпла|безпілот|беспилот|ракет|шахед|герань|герані|гераней|бомб|снаряд)"
    r"[^\W\d_]*[»\"”]?\s+(?:[«\"“]?[^\W\d_«»\"”]+(?:-[^\W_]+)?[»\"”]?\s+){0,6}?по\s+$",
    re.IGNORECASE,
)
_FIRED_AT_WORDS = ("дрон", "бпла", "безпілот", "беспилот", "ракет", "шахед", "геран", "бомб")
_FIRED_AT_WORDS += ("снаряд",)


def _fired_at(before: str, lang: str) -> bool:
    """Whether ``before`` (the sentence up to a name) ends with weapons launched at the
    name after "по", a verb of launching among the words before them."""
    tail = before[-160:]
    if not tail.rstrip().endswith((" по", " По")) or lacks(tail, _FIRED_AT_WORDS):
        return False
    m = _FIRED_AT_BEFORE.search(tail)
    return m is not None and _launched_before(tail[: m.start()], lang)


def _launched_before(text: str, lang: str) -> bool:
    """Whether ``text`` holds a verb of launching told as done: a past form or a participle,
    not negated ("не запускали"), not an infinitive after a threat or a plan ("пригрозил
    запустить", "може випустити")."""
    words = _WORD.findall(text)
    for k, w in enumerate(words):
        readings = analyse(w.lower(), lang)
        if not any(a.lemma in _LAUNCH_LEMMAS for a in readings):
            continue
        done = any(
            "past" in a.grammemes or a.pos in ("PRTF", "PRTS") or "Impe" in a.grammemes
            for a in readings
            if a.lemma in _LAUNCH_LEMMAS
        )
        if done and not (k > 0 and words[k - 1].lower() in ("не", "ні", "ни")):
            return True
    return False


# "Харківської обласної військової адміністрації", "Брянской областной думы"
_AUTHORITY_AFTER = compiled(
    r"^\s*(?:[^\W\d_]+\s+){0,3}?(?:військов\w+\s+)?(?:адміністрац|администрац|рад[иіа]\b|"
    r"думи|думы|дума|уряд|правительств|прокуратур|поліці|полици|"
    r"суд(?:у|ом|і|е|а|ів|ов|ы|и)?\s)",
    re.IGNORECASE,
)
# a strike told of to be denied: "информация об ударе по аэродрому X не соответствует
# действительности", "інформація про влучання ... не відповідає дійсності"
_DENIAL = compiled(
    r"не\s+(?:соответствует|соответствуют|відповідає|відповідають)\s+(?:действительности|"
    r"дійсності)|(?<!\w)(?:якобы|нібито)(?!\w)[^.;]{0,80}?(?:опроверг|спростува|фейк)|"
    # reports of a strike that proved untrue: "Повідомлення про вибухи в X не підтвердилися",
    # "Сообщения о прилете в X не подтвердились" (not "про загиблих": the toll, not the strike)
    r"(?<!\w)(?:повідомлення|інформація|сообщения|сообщение|информация)\s+(?:про|о|об)\s+"
    r"(?:вибух|влучан|удар|приліт|прильот|атак|взрыв|прилет|попадан)[^.;]{0,80}?"
    r"не\s+(?:підтвердил|подтвердил)(?:ися|ася|ося|ись|ась|ось|ся)(?!\w)",
    re.IGNORECASE,
)
_DENIAL_WORDS = ("действительн", "дійсн", "опроверг", "спростува", "фейк", "твердил")  # one in each
# a report about the place called false right after it: "информация о взрывах в Балакове —
# фейк", "повідомлення про вибухи в X – неправда"
_FAKE_AFTER = compiled(
    r"[»\"”)]?\s[—–-]\s+(?:это\s+|це\s+)?(?:фейк|неправда|ложь|вигадка|выдумка)(?!\w)",
    re.IGNORECASE,
)
_MEETING_WORDS = ("засідан", "заседан", "совещан", "нарад")  # one in every _MEETING
_MEETING_IN = frozenset(("в", "у", "во"))  # the place a meeting was held or words said in
# the verbs of holding a meeting, as their forms begin
_HELD_STEMS = ("провів", "провела", "провели", "провёл", "провел", "проведе", "проводи")
_HELD_STEMS += ("проводжу", "провожу")
# a meeting held at the place: "в Ростове-на-Дону я провёл заседание оперштаба"
_MEETING = compiled(
    rf"(?<!\w)(?:{'|'.join(_HELD_STEMS)})\w*\s+"
    r"(?:[^\W\d_]+\s+){0,2}?(?:засідання|нараду|заседание|совещание)(?!\w)",
    re.IGNORECASE,
)
# words one of which every match of _AUTHORITY_AFTER holds (geo.language.text.lacks)
_AUTHORITY_WORDS = ("адміністрац", "администрац", "рад", "дум", "уряд", "правительств")
_AUTHORITY_WORDS += ("прокуратур", "поліці", "полици", "суд")
_COMMA_BREAK = (
    r",\s+(?:а(?!\s+(?:також|также))|але|проте|однак|натомість|зате|но|однако|зато|тоді як|"
    r"тогда как)\s"
)
# bullets that part a list's items written on one line ("🔸 Воронеж — ... 🔸 Тамбов — ...")
_BULLETS = "•▪◾🔸🔹🔺🔻►➖"
_CLAUSE_BREAK = compiled(r";|[" + _BULLETS + r"]|\s[—–]\s|" + _COMMA_BREAK)
# the same breaks in a sentence without a dash: every match starts with ";", "," or a bullet,
# which the engine finds by its fast scan for a pattern's first characters
_PUNCTUATION_BREAK = compiled(r";|[" + _BULLETS + r"]|" + _COMMA_BREAK)
# "в селе Веселое под Рыльском": a place named after another as its neighbour
# a place across from where a strike was (a bank of a river): "навпроти окупованих Олешок"
_OPPOSITE_BEFORE = compiled(r"(?<!\w)(?:навпроти|напротив)\s+(?:[^\W\d_]+\s+){0,2}$", re.I)
# (after a name or a unit's word, a comma between: "в Кулебакском округе, недалеко от Саваслейки";
# or after the sea area weapons were downed over: "над акваторією Чорного моря поблизу Очакова")
_NEAR_REFERENCE = compiled(
    r"(?:[A-ZА-ЯІЇЄҐ][a-zа-яіїєґё'’ʼ][^\W\d_]*|(?:округ|район|громад|област|поселен)"
    r"[^\W\d_]*,|\bнад\s+(?:[^\W\d_]+\s+){0,2}?(?:моря|морем|акваторі[єї]ю|акваторией))\s+"
    r"(?:під|под|біля|возле|около|поблизу|поруч\s+з|недалеко\s+от|"
    r"неподалік\s+від|неподалеку\s+от|недалеко\s+від)\s+$"
)


@lru_cache(maxsize=65536)
def _word_lemmas(word: str, lang: str) -> frozenset[str]:
    """Every lemma of one lower-case word (all readings), kept: words recur."""
    return frozenset(a.lemma for a in analyse(word, lang))


@lru_cache(maxsize=4096)
def _lemma_set(text: str, lang: str) -> frozenset[str]:
    """Every lemma of every word of a text (all readings)."""
    out: set[str] = set()
    for w in _WORD.findall(text.lower()):
        out |= _word_lemmas(w, lang)
    return frozenset(out)


def _first_lemma(text: str, lang: str, wanted: frozenset[str]) -> str | None:
    """The first word of ``text`` that has a lemma in ``wanted``."""
    for w in _WORD.findall(text):
        if not _word_lemmas(w.lower(), lang).isdisjoint(wanted):
            return w
    return None


# Lemmas of falling, a strike when what fell is a weapon or its debris ("беспилотник упал во
# дворе дома", "уламки впали на дах"): the words of :data:`_FALLING_THINGS` tell
_FALL_LEMMAS = frozenset(
    (
        *("впасти", "упасти", "падати", "рухнути", "упасть", "падать", "рухнуть", "обрушиться"),
        # flying into something: "Шахед влетів у відділення пошти" (not into an airspace,
        # see _INTO_AIRSPACE)
        *("влетіти", "влететь"),
    )
)
# the airspace a weapon flew into, which is no strike ("дрон влетів у повітряний простір")
_INTO_AIRSPACE = ("простір", "пространств")
_FALLING_THINGS = (
    "дрон", "бпла", "безпілот", "беспилот", "ракет", "уламк", "обломк", "снаряд", "бомб",
    "шахед", "герань", "гераня", "fpv",
)  # fmt: skip


@lru_cache(maxsize=256)
def impact_word(text: str, lang: str) -> str | None:
    """The first word of ``text`` that reports a strike, its damage or its victims, negated
    ones ("без постраждалих") aside, or else its falling when a weapon or debris is named;
    read once for all the names of a clause."""
    if not lacks(text, _NEGATION_WORDS):  # (most clauses hold none: the pattern is spared)
        text = _NEGATION.sub(" ", text)
    word = _first_lemma(text, lang, _IMPACT_LEMMAS)
    if word is None and not lacks(text, _FALLING_THINGS) and lacks(text, _INTO_AIRSPACE):
        word = _first_lemma(text, lang, _FALL_LEMMAS)
    if word is None and not lacks(text, _BLOWN_STEMS) and (m := _BLOWN_OUT.search(text)):
        word = m.group(1)  # "выбиты окна", not "вибили окупантів"
    if word is None and not lacks(text, _FIRE_STEMS):
        word = _caught_fire(text, lang)
    if word is None and holds(text, _SABOTAGE_STEMS) and (m := _SABOTAGED.search(text)):
        word = m.group()  # "агенти підпалили релейну шафу", "підірвано ділянку колії"
    if (
        word is None
        and not lacks(text, _WORKED_STEMS)
        and (m := _WORKED_ON.search(text))
        and lacks(text, _DEFENCE_NAMES)
        and not lacks(text.lower(), _STRIKING_WEAPONS)
    ):
        # "«Герани» отработали по Павлограду"; not "ПВО отработала по целям", "Зенитчики
        # отработали по дронам", "Экипажи отработали по графику" (no weapon that strikes)
        word = m.group(1)
    return word


# strikes told as work on a target, the soldiers' and war bloggers' idiom: "отработали по
# Павлограду", "снова работа «Гераней» по промзоне", "відпрацювали по цілях"
_WORKED_STEMS = ("работ", "робот", "працюв")
_WORKED_CASED = cased(_WORKED_STEMS)
_WORKED_ON = compiled(
    r"(?<![^\W\d_])((?:отработал[аи]?|отработаны|відпрацювал[аи]?|відпрацював|работа|работу|"
    r"робота|роботу|работали|працювали))\s+(?:«[^»]{1,24}»\s+|[^\W\d_]+\s+){0,2}?"
    # (not work on the weapons or targets in the air, which is shooting them down:
    # "Зенітники відпрацювали по дронах", "отработали по целям")
    r"по(?![^\W\d_])(?!\s+(?:дрон|ракет|шахед|бпла|беспилот|безпілот|цел|ціл|повітрян|"
    r"воздушн)[^\W\d_]*)",
    re.IGNORECASE,
)


def _worked_on_by_weapon(clause: str, sentence: str) -> str | None:
    """The word of a strike told as work on the clause's place whose striking weapon the
    sentence names in another clause ("Відпрацювали по Одесі — ракети влучили в порт"),
    None when the clause tells no such work or the sentence names the air defence."""
    if not holds(clause, _WORKED_CASED) or (m := _WORKED_ON.search(clause)) is None:
        return None
    if not lacks(sentence, _DEFENCE_NAMES) or lacks(sentence.lower(), _STRIKING_WEAPONS):
        return None
    return m.group(1)


# the air defence, whose work on targets is shooting down
_DEFENCE_NAMES = (
    *("ПВО", "ППО", "ПРО", "РЭБ", "РЕБ", "пво", "ппо", "оборон"),
    *("зенит", "Зенит", "зеніт", "Зеніт", "огнев", "вогнев", "расчет", "расчёт", "розрахун"),
)
# the weapons whose work on a place is a strike there, one of which the clause names
_STRIKING_WEAPONS = (
    *("геран", "шахед", "дрон", "ракет", "артилер", "артиллер", "авиац", "авіац", "вкс"),
    *("бпла", "fpv", "искандер", "іскандер", "калибр", "калібр", "кинжал", "кинджал"),
    *("himars", "хаймарс", "бомб", "каб"),
)


# sabotage done (not planned: "планував підпалити", "готовил диверсию"): set on fire, blown up
_SABOTAGE_STEMS = cased(("підпал", "підірв", "подожг", "поджёг", "поджег", "подожж", "подорв"))
_SABOTAGED = compiled(
    r"(?<![\w'’ʼ])(?:підпалил[иа]?|підпалив|підпален\w*|підірвал[иа]?|підірвав|підірван\w*|"
    r"подожгл[иа]|подж[её]г|подожж[её]н\w*|подорвал[иа]?|подорван\w*)(?![\w'’ʼ])",
    re.IGNORECASE,
)


# "зайнявся будинок", "занялся гараж": caught fire; not "зайнялися ремонтом" (took up)
_FIRE_STEMS = ("зайн", "займ", "заня")
_FIRE_LEMMAS = frozenset(("зайнятися", "заняться"))


def _caught_fire(text: str, lang: str) -> str | None:
    """The word of something catching fire in ``text`` ("у громаді зайнявся будинок"), not
    of taking something up, which an instrumental noun after it tells ("зайнялися
    ремонтом")."""
    words = _WORD.findall(text)
    for k, w in enumerate(words):
        if not _word_lemmas(w.lower(), lang).isdisjoint(_FIRE_LEMMAS):
            after = words[k + 1].lower() if k + 1 < len(words) else ""
            if not after or "ablt" not in cases_of(after, lang, "NOUN"):
                return w
    return None


# windows or doors blown out, a strike's harm
_BLOWN_STEMS = ("вибит", "выбит", "вибил", "выбил")
_BLOWN_OUT = compiled(
    r"(?<![^\W\d_])((?:вибит|выбит|вибил|выбил)[^\W\d_]*)\s+(?:[^\W\d_]+\s+)?"
    r"(?:вікн|окн|окон|шиб|скл|стекл|двер)",
    re.IGNORECASE,
)


def _clause(sentence: str, offset: int, end: int) -> tuple[str, int, int]:
    """The clause of ``sentence`` holding ``sentence[offset:end]``, with offsets into it."""
    lo, hi = span_between(_clause_breaks(sentence), offset, end, len(sentence))
    return sentence[lo:hi], offset - lo, end - lo


@lru_cache(maxsize=256)
def _clause_breaks(sentence: str) -> tuple[tuple[int, int], ...]:
    """Spans of the clause breaks of a sentence, found once for all the names in it."""
    if "—" in sentence or "–" in sentence:
        return tuple(map(_span, _CLAUSE_BREAK.finditer(sentence)))
    return tuple(map(_span, _PUNCTUATION_BREAK.finditer(sentence)))


_span = re.Match.span


def _in_quotes(sentence: str, offset: int, end: int) -> bool:
    """True when the mention stands inside «...» or „...“ (a channel, outlet or company),
    unless it names an airfield, air base or airport after its place ("аеродроми «Саки» та
    «Кача»", "аэродром «Бельбек»": the strike is at that place)."""
    opened = sentence.rfind("«", 0, offset)
    if opened >= 0 and sentence.rfind("»", 0, offset) < opened and "»" in sentence[end:]:
        return not _names_site(sentence, opened)
    opened = sentence.rfind("„", 0, offset)
    if opened >= 0 and sentence.rfind("“", 0, offset) < opened and "“" in sentence[end:]:
        return not _names_site(sentence, opened)
    return False


# an airfield's word (any form), then perhaps other quoted names of a list, ending the text
_AIRFIELD_BEFORE = compiled(
    rf"(?:{'|'.join(AIRFIELD_STEMS)})[^\W\d_]*\s+"
    r"(?:[«„][^»“]{1,40}[»“]\s*(?:,|та|і|й|и|а\s+також|а\s+также)\s*)*$",
    re.IGNORECASE,
)


def _names_site(sentence: str, opened: int) -> bool:
    """Whether the quoted name opened at ``sentence[opened]`` is an airfield's, an air base's
    or an airport's, or one of a list of them, or a pumping or power station's named after
    its town ("нафтоперекачувальну станцію «Унеча»")."""
    before = sentence[max(0, opened - 200) : opened]
    low = before.lower()
    if _STATION_BEFORE.search(low, max(0, len(low) - 30)) and not _ADJECTIVE_NAME.match(
        sentence, opened + 1
    ):
        return True  # (not "підстанцію «Київська»", a name made from an adjective)
    return any(map(low.__contains__, AIRFIELD_STEMS)) and bool(_AIRFIELD_BEFORE.search(before))


# a quoted name made from an adjective ("«Київська»", "«Северная»"): no town's
_ADJECTIVE_NAME = compiled(r"[^\W\d_]+(?:ська|цька|зька|ская|цкая|ный|ний|ная|ня|ое|ий|ый|ая)[»“]")
# a station right before a quoted name, which is its town's: "станцію «Унеча»", "НПС «Никольское»"
_STATION_BEFORE = compiled(r"(?<![^\W\d_])(?:станці|станци|нпс|підстанці|подстанци)[^\W\d_]*\s+$")


# a participle whose agent or master the name after it is: "назначенного Москвой",
# "призначений Києвом", "подконтрольной Москве"
_APPOINTED_BY = compiled(
    r"^(?:назначенн|призначен|поставленн|контролируем|контрольован|поддерживаем|підтримуван|"
    r"финансируем|фінансован|подконтрольн|підконтрольн)\w*$",
    re.IGNORECASE,
)


def decide_role_uk_ru(
    sentence: str, offset: int, end: int, *, kind: str, qualifier: str | None, lang: str
) -> tuple[str, str]:
    """Role and cue of the mention at ``sentence[offset:end]`` of a Ukrainian or Russian
    sentence.

    Parameters
    ----------
    sentence : str
        The sentence (or list item) holding the mention.
    offset, end : int
        The mention's span within ``sentence``.
    kind : str
        The resolved place's kind; countries are never impact sites.
    qualifier : str or None
        ``regional`` marks an official's seat ("Харківської ОВА").
    lang : {"uk", "ru"}
        The sentence's language.

    Returns
    -------
    (role, cue)

    Examples
    --------
    >>> decide_role_uk_ru("Уночі дрони атакували Полтаву.", 22, 29, kind="settlement",
    ...                   qualifier=None, lang="uk")
    ('impact', 'атакували')
    >>> decide_role_uk_ru("Дрони запустили з боку Курська.", 23, 30, kind="settlement",
    ...                   qualifier=None, lang="uk")
    ('launch', 'з боку')
    """
    whole_before = sentence[:offset]
    launch = (
        _launch(sentence, whole_before, lang)
        or _fired_from(sentence, offset, end, lang)
        or _launch_heading(sentence, whole_before)
    )
    if launch:
        return "launch", launch
    if kind != "country" and _fired_at(whole_before, lang):
        return "impact", "weapons fired at it"  # "випустив 8 ракет з Криму по Одесі"
    if kind == "country":
        return "mention", "country"
    clause, c_off, c_end = _clause(sentence, offset, end)
    before = clause[max(0, c_off - 80) : c_off]
    if qualifier == "regional":
        return "mention", "regional authority"
    if holds(whole_before, _STRETCH_WORDS) and _STRETCH_END.search(
        whole_before, max(0, offset - 60)
    ):
        return "mention", "an end of a railway stretch"  # "на перегоні Токмак — Федорівка"
    if holds(whole_before[max(0, offset - 40) :], _ROAD_WORDS) and _road_end(
        sentence, whole_before, offset, end
    ):
        return "mention", "where a road leads"  # "у трассы на Мозырь", "на трасі Херсон — ..."
    if holds(whole_before[max(0, offset - 40) :], _BETWEEN_WORDS) and _BETWEEN.search(
        whole_before, max(0, offset - 40)
    ):
        return "mention", "between two places"  # "Між Дружківкою і Краматорськом дрон ..."
    # its last words (all the rules read), lower case
    before_words = _last_words(before)
    if before_words and _APPOINTED_BY.match(before_words[-1]):
        return "mention", f"actor: {before_words[-1]}"  # "назначенного Москвой губернатора"
    if before_words and before_words[-1].startswith(_NATIVE_STEMS):
        return "mention", f"native of: {before_words[-1]}"  # "уроженец Курской области погиб"
    if (
        len(before_words) > 1
        and before_words[-1] in ("від", "от")
        and not _word_lemmas(before_words[-2], lang).isdisjoint(_PROTEST_LEMMAS)
    ):  # "вимагав від Києва гарантій", "требует от Москвы": who is asked
        return "mention", f"actor: {' '.join(before_words[-2:])}"
    words = before_words[-3:]
    cut = _seat_cut(before)
    if cut >= 0:  # "Губернатор Гусев: в Лисках ...": the official's words start there; "По
        # данным ОВА, в Пересыпском районе": a source, parted from the place by a comma
        words = words[max(0, len(words) - len(_WORD.findall(before, cut + 1))) :]
    seat = next((w for w in words if _lemma_set(w, lang) & _SEAT_LEMMAS), None)
    # ``before`` in lower case, to skip the patterns whose words it lacks, as
    # geo.language.text.lacks does (None: every pattern runs)
    low = lowered(before)
    toward = (
        _TOWARD_BEFORE.search(before)
        if low is None or any(map(low.__contains__, _TOWARD_WORDS))
        else None
    )
    if seat is not None and not toward:
        return "mention", f"official: {seat}"
    if (
        before_words
        and before_words[-1].lower() in _SERVICES
        and sentence[end : end + 2].startswith(":")
    ):
        return "mention", f"official: {before_words[-1]}"  # "ДСНС Сумщини: ..."
    after = clause[c_end : c_end + 60]
    low_after = after.lower()  # (read once for the rules below that look for its words)
    # whether the clause holds a hospital's stem, an authority's word, a word of nearness,
    # of saying, of a threat or a condition (see _clause_gates)
    may_hospital, may_authority, may_near, may_say, may_unreal = _clause_gates(clause)
    if (
        may_hospital
        and _near_hospital(before_words, after, lang, low_after)
        and not _hospital_struck(clause, lang)
    ) or _taken_to(before_words, lang):
        return "mention", "hospital the wounded were taken to"
    if may_authority and not lacks(after, _AUTHORITY_WORDS) and _AUTHORITY_AFTER.match(after):
        return "mention", "regional authority"
    if before_words and (
        before_words[-1] in _RIVER_BEFORE
        or (
            before_words[-1] in _BANK_WORDS
            and len(before_words) > 1
            and (before_words[-2] in _SIDE_WORDS or before_words[-2] in _ON_BANK)
        )
    ):  # "з лівого берега Дніпра", "на березі Дніпра", "вздовж Дніпра", "річки Псел"
        return "mention", "a river of that name"
    if _in_quotes(sentence, offset, end):
        return "mention", "name of an outlet or organisation (in quotes)"
    met = _meeting_held(before_words, before, after)
    if met:
        return "mention", met
    near_ref = (
        _NEAR_REFERENCE.search(before)
        if may_near and any(map(before.__contains__, _NEAR_REFERENCE_WORDS))
        else None
    )
    if near_ref:
        return "mention", f"reference point: {near_ref.group().split(maxsplit=1)[1].strip()}"
    if ("навпроти" in before or "напротив" in before) and _OPPOSITE_BEFORE.search(before):
        return "mention", "reference point: across from it"  # "навпроти окупованих Олешок"
    dist = _DISTANCE_BEFORE.search(before) if low is None or "від" in low or "от" in low else None
    if dist:
        return "mention", f"reference point: {dist.group().strip()}"
    border = (
        _BORDER_BEFORE.search(before) if low is None or "кордон" in low or "границ" in low else None
    )
    if border:  # "за 10 км від кордону з Сумщиною"
        return "mention", f"reference point: {' '.join(border.group().split()[:2])}"
    if _airport_restricted_at(clause, c_off, c_end, lang):
        # "В аэропорту Пулково вводились ограничения", "Обломки упали в Кстове, в аэропортах
        # Нижнего Новгорода и Казани вводили ограничения"
        return "mention", "airport restrictions"
    if ("комент" in low_after or "коммент" in low_after) and _IN_BEFORE.search(before):
        silent = _NO_COMMENT_AFTER.match(after)
        if silent:  # "В Киеве атаку пока не комментировали": where no one spoke
            return "mention", f"where it was said: {silent.group(1)}"
    subject = (
        any(map(low_after.__contains__, _PROTEST_STEMS))  # (most clauses hold none)
        and not sentence.startswith(":", end)  # ("Херсон: власти призывают ...": a heading)
        and (not before_words or before_words[-1] not in _PREPOSITIONS)
        and _may_be_nominative(sentence[offset:end], lang)
    )
    said = _said_at(after, lang, low_after, subject) if may_say or subject else None
    if (
        not said
        and before_words
        and before_words[-1] in _MEETING_IN
        and any(map(low_after.__contains__, _REACTION_STEMS))
        and (first := _WORD.match(after.lstrip())) is not None
        and not _word_lemmas(first.group().lower(), lang).isdisjoint(_REACTION_LEMMAS)
    ):
        said = first.group()  # "у Відні засудили удар по Краматорську": who spoke there
    if said:  # "Міністерство оборони РФ у Москві заявило, що ..."
        return "mention", f"where it was said: {said}"
    if (
        len(before_words) > 1
        and before_words[-1] in _FROM_WORDS
        and (said_from := before_words[-2]).startswith(_SAID_STEMS)
        and not _word_lemmas(said_from, lang).isdisjoint(_SAID_LEMMAS)
    ):
        return "mention", f"where it was said: {said_from}"  # "«мер» заявив з Донецька, що"
    said = (
        _official_said(clause[c_end:], lang)
        if may_say and _OPENS_IN.match(sentence, 0, offset)
        else None
    )
    if said:  # "В Москве пресс-секретарь президента назвал атаку провокацией"
        return "mention", f"where it was said: {said}"
    if (
        _consumers_only(sentence, before, whole_before, after, lang)
        or (
            _outages_imposed(before, low)
            # (a strike told after the list, not one denied in brackets: "(прямих влучань
            # там немає)")
            and not impact_word(_DENIED_ASIDE.sub(" ", after), lang)
        )
        or (
            _consumers_there(sentence, sentence[end : end + 200])
            and not _STRUCK_BEFORE.search(before)
        )
        or (
            _CUT_OFF_BEFORE.search(before)  # "был частично обесточен Каменск-Шахтинский"
            # (not a place struck: named before in the sentence, or harm told after it)
            and sentence.find(sentence[offset:end]) == offset
            and not impact_word(after, lang)
        )
        or (
            _NO_POWER_AFTER.match(after)
            and not _STRUCK_BEFORE.search(before)
            # "немає світла після удару по ..." (a table's next cell aside)
            and not impact_word(after.partition("|")[0], lang)
        )
    ):
        return "mention", "lost power only"
    if _heard_only(clause, sentence):  # "Жители Вулканешт рассказали, что слышали взрывы"
        return "mention", "explosions heard"
    if _explosions_without_hits(sentence, offset):
        return "mention", "explosions without hits"
    if _may_hold_alert(clause):  # most clauses hold no word of an alert: none is read
        # (the attack the alert was sounded during is told of elsewhere: "Во время атаки в
        # Рени была объявлена воздушная тревога")
        target = _DURING_ATTACK_ON.search(before)  # "під час атаки на Одесу": its target
        told = clause if target else _DURING_ATTACK.sub(" ", clause)
        if holds(told, _DANGER_STEMS):  # "объявлялась опасность атаки БПЛА"
            told = _DANGER_OF.sub(" тревога ", told)
        lemmas = _lemma_set(_THREAT_OF.sub(" ", told), lang)
        if lemmas & _ALERT_LEMMAS and not (lemmas & _IMPACT_LEMMAS):
            return "mention", "air-raid alert without a strike"
    over = _OVER_BEFORE.search(before) if low is None or "над" in low else None
    if (
        over
        and _flew_over(before, lang)
        and not _strike_between(over.group(), lang)
        and not _downed_where(after, lang)
    ):
        return "mention", "flew over"  # "Ракета пролетіла над Черкащиною і влучила у ..."
    if (
        over
        and _lemma_set(sentence, lang) & _DOWN_LEMMAS
        and not _NO_REPORTS.search(sentence)  # "Повідомлень про збиття ... не надходило"
    ):
        return "impact", "над (shot down over)"
    # (``low`` is its lower case, or None)
    unreal = _unreal_before(before, lang, low) if may_unreal else None
    if unreal:  # "погрожують ударами по Львову", "Если ВСУ ударят по Курской АЭС"
        return "mention", unreal
    if toward:
        return "impact", " ".join(toward.group().split()[:2])
    cue = impact_word(clause, lang)
    if cue is None and clause != sentence:
        cue = _worked_on_by_weapon(clause, sentence)
    if cue and (
        (any(map(clause.__contains__, _DENIAL_WORDS)) and _DENIAL.search(clause))
        # "информация о взрывах в X — фейк": the denial after a dash, in the next clause
        or _FAKE_AFTER.match(sentence, end)
    ):
        return "mention", "a strike there denied"  # "... об ударе по X не соответствует ..."
    if cue:
        return "impact", cue
    names_only = not before_words or _names_only(clause[:c_off])
    if names_only or _names_only(clause[:c_off], _ITEM_HEAD_WORDS):
        # "Курск — атака БПЛА", "▪️ Суми – пошкоджено будинок", "▪️ м. Чугуїв – ...", and
        # each place of a list before the dash: "Купʼянськ, Ізюм, Балаклія — обстріли"
        told = _told_after_dash(sentence, end + _names_run(clause[c_end:]), lang)
        if told:
            return "impact", told
    if names_only:
        told = _told_before_dash(sentence, offset - c_off, lang)
        if told:  # "Під ударом – Харківщина та Сумщина"
            return "impact", told
    if (
        clause != sentence
        and before_words
        and (
            before_words[-1] in _ELLIPSIS_PREPOSITIONS
            # "..., один — в посёлке Борисовка": a settlement word after the preposition; "—
            # в районе Новомосковска": the area's
            or (
                len(before_words) > 1
                and before_words[-2] in _ELLIPSIS_PREPOSITIONS
                and (before_words[-1] in _AREA_WORDS or is_settlement_word(before_words[-1], lang))
            )
            # "... – по одному в Куп'янську та Ізюмі": the next of a list after one
            or (
                before_words[-1] in LIST_AND and not _ELLIPSIS_PREPOSITIONS.isdisjoint(before_words)
            )
            # "— на Чернігівщині, Миколаївщині та Одещині": a list's later name after a comma
            or _later_of_list(clause[:c_off])
        )
        and not _has_verb(clause, lang)
        and (lacks(clause, _NEGATION_WORDS) or not _NEGATION.search(clause))
        # (not drones on their way or a threat: "Рух ударних БпЛА — на Одещині, ...", in the
        # part of the sentence up to the name: "Попадания — в ...; тревога — в Черниговской")
        and lacks(sentence[sentence.rfind(";", 0, offset) + 1 : offset].lower(), _ON_THEIR_WAY)
    ):
        # "..., по одному — на Миколаївщині": the verb is left out; the sentence's counts
        cue = impact_word(sentence, lang)
        if cue:
            return "impact", cue
    head = _list_head(sentence, offset)
    if head is not None:
        cue = impact_word(" ".join(_WORD.findall(head)[-2:]), lang)
        if cue:  # "Також уражено:\n– склад боєприпасів поблизу н.п. Торопець ..."
            return "impact", cue
    return "mention", "no strike cue in the sentence"


# the stations a railway stretch lies between, before the name: "на перегоні Токмак —
# Федорівка", "на перегоне между Х и Y" (the stretch was struck, not either town)
_STRETCH_END = compiled(
    r"(?i:перегон|перегін)\w*\s+(?:(?i:між|между)\s+)?"
    r"(?:[А-ЯІЇЄҐ][\w'’ʼ-]*\s*(?:[—–-]|і|и|та)\s*)?$"
)


# a road named by where it leads, right before the name: "у трассы на Мозырь", "на дорозі до
# Куп'янська" (the road, not the town)
_STRETCH_WORDS = cased(("перег",))
# (and a railway's section by its ends: "на ділянці Лозова — Барвінкове")
_ROAD_STEMS = (
    "трас",
    "дорог",
    "дороз",
    "шосе",
    "шоссе",
    "автодорог",
    "автошлях",
    "ділян",
    "участк",
)
_ROAD_WORDS = cased(_ROAD_STEMS)
# a road's noun before the name or the first of two names: "у трассы ", "на дорозі "
_ROAD_NOUN = rf"(?<![\w-])(?i:{'|'.join(_ROAD_STEMS)})[^\W\d_]*\s+"
_ROAD_TO = compiled(_ROAD_NOUN + r"(?:на|до)\s+$")


# a road named by its ends, the name its first ("на трасі Херсон — Миколаїв") or its
# second ("... — Миколаїв")
_ROAD_NAMED = compiled(_ROAD_NOUN + r"(?:[А-ЯІЇЄҐ][\w'’ʼ-]*\s*[—–-]\s*)?$")
_DASH_NEXT = compiled(r"\s*[—–-]\s*[А-ЯІЇЄҐ]")
# a place named as one of two a strike lay between: "між Дружківкою і Краматорськом"
_BETWEEN_WORDS = cased(("між", "поміж", "между"))
_BETWEEN = compiled(r"(?<![\w-])(?i:між|поміж|между)\s+(?:[А-ЯІЇЄҐ][\w'’ʼ-]*\s+(?:і|й|та|и)\s+)?$")


def _road_end(sentence: str, whole_before: str, offset: int, end: int) -> bool:
    """Whether the name at ``offset:end`` is where a road named before it leads ("у трассы
    на Мозырь", "на дорозі до Куп'янська") or one of the two towns that name it ("на трасі
    Херсон — Миколаїв")."""
    start = max(0, offset - 40)
    if _ROAD_TO.search(whole_before, start):
        return True
    m = _ROAD_NAMED.search(whole_before, start)
    if m is None:
        return False
    # (the first of the two: a dash and the second after it)
    return whole_before[m.start() : offset].rstrip()[-1:] in "—–-" or bool(
        _DASH_NEXT.match(sentence, end)
    )


# the words of weapons on their way or of a threat, which name no place struck
_ON_THEIR_WAY = ("рух ", "курсом", "загроз", "угроз", "движени", "тривог", "тревог")


def _later_of_list(head: str) -> bool:
    """Whether the clause's ``head`` before a name is a preposition and the names of a list
    before it ("на Чернігівщині, " before "Миколаївщині")."""
    words = _WORD.findall(head)
    return (
        len(words) > 1
        and words[0].lower() in _ELLIPSIS_PREPOSITIONS
        and all(w[0].isupper() or w.lower() in LIST_AND for w in words[1:])
    )


def _list_head(sentence: str, offset: int) -> str | None:
    """The head of a list, one item a line, whose item the name at ``offset`` stands in:
    the words before the colon that ends the line before the first item (a strike word
    among its last two words says what its items are: "Також уражено:", not "після удару
    ... графік відключень діє в таких містах:")."""
    colon = sentence.find(":\n", 0, offset)
    return None if colon < 0 else sentence[:colon]


# words of a place left without power, heat or water ("без світла", "знеструмлено")
_OUTAGE_STEMS = ("без світла", "без електр", "знеструм", "без енерго", "без тепла", "без води")
_OUTAGE_STEMS += ("без света", "без электр", "обесточ", "без тепла", "без воды", "без газ")
_OUTAGE_STEMS += ("без водопостач", "без теплопостач", "без газопостач", "без водоснабж")
_OUTAGE_STEMS += ("без теплоснабж", "без газоснабж")
# the people supplied there, right before the name: "частина споживачів Миргорода", "понад
# 5 тисяч абонентів сусіднього Корюківського району", "потребителей в Шебекино"
# "частина Оболонського району та Троєщина", "часть Одессы и Черноморск": the next names of
# a list after the first also
_CONSUMERS_BEFORE = compiled(
    r"(?:споживач|абонент|потребител|домогосподарств|частин|част[ьи]\b|"
    # "без світла залишилися кілька населених пунктів сусіднього ... району"
    r"(?:населен\w*|населённ\w*)\s+пункт)[^\W\d_]*\s+"
    r"(?:[^\W\d_]+\s+){0,3}?(?:(?:у|в|во|на|із|з|из)\s+)?"
    r"(?:(?-i:[А-ЯІЇЄҐ])[^\s,]*(?:\s+(?:району|района|громади|громаді|округу|округа))?"
    # ("часть Губкина, а также Старый Оскол")
    r"(?:\s*,\s*(?:а\s+(?:также|також)\s+)?|\s+(?:та|і|й|и)\s+)(?:(?:у|в|во|на)\s+)?)*$",
    re.IGNORECASE,
)
_CONSUMER_STEMS = ("спожив", "абонент", "потребит", "домогосп", "частин", "част", "пункт")


def _consumers_only(sentence: str, before: str, whole_before: str, after: str, lang: str) -> bool:
    """Whether the name is where consumers were left without power, heat or water (their
    word right before it, a word of the outage and of its cause in the sentence, or damage
    told at another named place before them in it, ``whole_before``, and no harm told of the
    name in ``after``): the strike was
    elsewhere, or is told by another sentence ("Через удар по Семенівці без світла залишилися
    абоненти сусіднього Корюківського району"; "Повреждена подстанция в поселке Знаменка,
    частично обесточены потребители в Урицком районе")."""
    if not any(map(before.lower().__contains__, _CONSUMER_STEMS)):
        return False
    low = sentence.lower()
    return (
        any(map(low.__contains__, _OUTAGE_STEMS))
        and (
            any(map(low.__contains__, _CAUSE_WORDS))
            or (
                _DAMAGED_AT_NAMED.search(whole_before) is not None
                # (not harm told of it after: "..., где также ранен мужчина")
                and not impact_word(after, lang)
            )
        )
        and bool(_CONSUMERS_BEFORE.search(before))
    )


# damage told at a named place: "Повреждена подстанция в поселке Знаменка", "пошкоджено
# лінію електропередачі у Конотопі"
_DAMAGED_AT_NAMED = compiled(
    r"(?:поврежд|пошкодж)[^\W\d_]*\s+(?:[^\W\d_]+\s+){0,3}?(?:в|у|на)\s+"
    r"(?:(?:поселке|посёлке|селе|городе|хуторе|селі|селищі|місті)\s+)?(?-i:[А-ЯІЇЄҐ])",
    re.IGNORECASE,
)


# outages the grid imposed, right before the name (and the names of a list before it):
# "Укренерго застосовує екстрені відключення у Києві, на Київщині та Одещині", "через
# аварійні відключення на Полтавщині", "введены графики отключений в Белгороде"
_IMPOSED_BEFORE = compiled(
    r"(?:(?:екстрен|аварійн|стабілізаційн|планов|погодинн|екстренн|аварийн|экстренн|"
    r"стабилизационн|почасов)[^\W\d_]*\s+(?:відключен|отключен)[^\W\d_]*|"
    r"(?:графік|график)[^\W\d_]*\s+(?:відключень|отключений))\s+"
    r"(?:(?:електро\w*|электро\w*|світла|света)\s+)?(?:у|в|во|на)\s+"
    r"(?:(?-i:[А-ЯІЇЄҐ])[^\s,]*(?:\s*,\s*|\s+(?:та|і|й|и)\s+)(?:(?:у|в|во|на)\s+)?)*$",
    re.IGNORECASE,
)


# an aside in brackets that denies something: "(прямих влучань там немає)"
_DENIED_ASIDE = compiled(r"\([^()]*(?<![\w-])(?:немає|нема|нет|не)(?![\w-])[^()]*\)", re.I)


def _outages_imposed(before: str, low: str | None) -> bool:
    """Whether the name is where the grid imposed outages (its words right before it, and
    ``low``, :func:`~geo.language.text.lowered` of them): the strike was elsewhere, or is
    told by another sentence."""
    return not lacks(before, ("відключ", "отключ"), low) and bool(_IMPOSED_BEFORE.search(before))


# the places of a list, then their consumers cut off: "у Львові та Дрогобичі частково
# знеструмлено споживачів"
_CONSUMERS_AFTER = compiled(
    r"(?:\s*(?:,|та|і|й|и)\s*(?-i:[А-ЯІЇЄҐ])[^\s,]*)*\s+(?:частково\s+|повністю\s+|частично\s+|"
    r"полностью\s+)?(?:знеструмлен|обесточен|відключен|отключен)[^\W\d_]*\s+(?:[^\W\d_]+\s+){0,2}?"
    r"(?:споживач|абонент|потребител|домогосподарств)"
    # the consumers first, then their outage: "В Прохоровке часть потребителей временно
    # остаётся без электроэнергии из-за повреждения ЛЭП в Ивнянском районе"
    r"|\s+(?:(?:часть|частина)\s+)?(?:споживач|абонент|потребител|домогосподарств)[^\W\d_]*\s+"
    r"(?:[^\W\d_]+\s+){0,3}?(?:без\s+(?:світла|света|електр|электр|тепла|води|воды)|"
    r"знеструмлен|обесточен)"
    # (its cause told at another place: "из-за повреждения ЛЭП в Ивнянском районе")
    r"[^.;]*?(?:из-за|через|внаслідок|вследствие)\s[^.;]*?\s(?:в|у|на)\s+(?-i:[А-ЯІЇЄҐ])",
    re.IGNORECASE,
)


# a strike on the place right before its name: "внаслідок удару по Одесі"
_STRUCK_BEFORE = compiled(r"(?:удар|атак|обстріл|обстрел)[^\W\d_]*\s+(?:по|на)\s+$", re.IGNORECASE)


def _consumers_there(sentence: str, after: str) -> bool:
    """Whether the name is where consumers were cut off, told after it, with the cause
    told in the sentence ("Через атаку у Львові та Дрогобичі частково знеструмлено
    споживачів": the strike was elsewhere)."""
    low = sentence.lower()
    return (
        any(map(low.__contains__, _CONSUMER_STEMS))
        and any(map(low.__contains__, _CAUSE_WORDS))
        and bool(_CONSUMERS_AFTER.match(after))
    )


# a place cut off from power right before its name: "был частично обесточен X", "знеструмлено
# частину Y"
_CUT_OFF_BEFORE = compiled(
    r"(?:(?:знеструмлен|обесточен|відключен\w*\s+від\s+світла)\w*\s+(?:частину\s+|часть\s+)?|"
    # "кілька годин без світла був Павлоград"
    r"без\s+(?:світла|света|електр\w+|электр\w+|води|воды|тепла)\s+(?:бул\w*|був|был\w*|"
    r"залишил\w*|залишав\w*|остал\w*|оставал\w*)\s+"
    # "без света остались несколько улиц в Любимовке"
    r"(?:(?:[^\W\d_]+\s+){0,2}?(?:улиц|вулиц|домов|будинк|абонент|потребител|споживач|"
    r"сел|квартир)[^\W\d_]*\s+(?:в|у|на)\s+)?"
    # "без электроснабжения остались жители Малокаховки"
    r"(?:(?:жител|мешканц|жильц|абонент|потребител|споживач)[^\W\d_]*\s+)?"
    # "без электроснабжения осталась часть посёлка Чертково"
    r"(?:(?:часть|частина|частину)\s+)?(?:(?:посёлок|поселок|посёлка|поселка|село|села|"
    r"селище|селища|місто|міста|город|города)\s+)?)$",
    re.IGNORECASE,
)
# a place told to have no power, heat or water right after its name: "в Лисках временно нет
# света", "у Ніжині немає світла", "в Шебекино без электричества"
_NO_POWER_AFTER = compiled(
    r"\s+(?:(?:временно|частично|полностью|тимчасово|частково|повністю|досі|до\s+сих\s+пор)\s+)?"
    r"(?:(?:нет|немає|нема|відсутнє|отсутствует|залишил\w*\s+|остал\w*\s+)\s*)?"
    r"без\s+(?:світла|света|електр\w+|электр\w+|тепла|води|воды|газу|газа|"
    r"(?:водо|тепло|газо)(?:постачанн|снабжени)\w*)|"
    r"\s+(?:(?:временно|частично|тимчасово|частково)\s+)?(?:нет|немає|нема)\s+"
    r"(?:світла|света|електр\w+|электр\w+|тепла|води|воды|газу|газа)(?!\w)",
    re.IGNORECASE,
)
# words that tell what the outage came of ("через удар по ...", "после атаки на ..."): a
# sentence without one may tell of a strike on the place itself
_CAUSE_WORDS = ("через", "внаслідок", "унаслідок", "після", "из-за", "после", "в результате")
_CAUSE_WORDS += ("вследствие",)


_DASH_AFTER = compiled(
    # (or a colon: "Белгородчина: за сутки ..."; after the bracket that closes the name, "Ковель
    # (Волынская обл.) — прилеты", and after the town it lies near, "аэродром Озёрное под
    # Житомиром — поражены склады")
    r"\.?\)?\s*(?:(?:под|під|біля|поблизу|возле|около|близ)\s+[А-ЯІЇЄҐ][\w'’ʼ-]*\s*)?"
    r"(?:[—–-]\s|:\s)"
)


_NAME_RUN = compiled(
    r"(?:\s*(?:,|та|і|й|и)?\s*(?:[A-ZА-ЯІЇЄҐ][^\W\d_]*(?:[-'’ʼ][^\W\d_]+)*|район[а-яі]*|"
    # (and the unit in brackets after a name, or the bracket that closes it: "с. Краснопілля
    # (Сумський район) — уламки")
    # (and a settlement's abbreviation before the next: "Білгород-Дністровський район, с.
    # Сергіївка — ...")
    r"громад[а-яі]*|\([^()\n]{1,40}\)|\)|(?:с|м|смт|сел|пос|пгт|г)\.))*"
)


def _names_only(text: str, also: frozenset[str] = frozenset()) -> bool:
    """Whether ``text`` (a clause before a name), after its last colon, holds only
    capitalised names, the words of units ("район") and the commas and conjunctions of a
    list (or nothing but bullets): "Курская область за сутки: Рыльск, Глушково"; and the
    words of ``also`` (lower case: a settlement's word, "▪️ м. Чугуїв – пошкоджено будинок")."""
    return all(
        w[0].isupper() or w.lower() in LIST_AND or w.lower() in _UNIT_WORDS or w.lower() in also
        for w in _WORD.findall(text.rpartition(":")[2])
    )


_UNIT_WORDS = frozenset(("район", "району", "районі", "районе", "громада", "громади", "громаді"))
# the lower-case words a list's line may name its place with: a settlement's ("▪️ м. Чугуїв –
# ...") and an airfield's ("▪️ аэродром Озёрное под Житомиром — ...")
_ITEM_HEAD_WORDS = SETTLEMENT_WORDS | {"аэродром", "аеродром", "аэропорт", "аеропорт"}


def _names_run(text: str) -> int:
    """The length of the list of capitalised names that opens ``text`` (", Ізюм, Балаклія"),
    0 when none does."""
    return _NAME_RUN.match(text).end()


# the area around a place, after a preposition: "в районе", "в окрестностях", "на околиці"
_AREA_WORDS = frozenset(
    ("районе", "районі", "районах", "окрестностях", "околицях", "околиці", "околицах")
)


def _told_before_dash(sentence: str, start: int, lang: str) -> str | None:
    """The word of a strike in the clause before a dash that opens the clause starting at
    ``start`` (what is told of the places listed after it: "Основний напрямок удару –
    Одещина та Дніпропетровщина"), as "word —"; None when no dash opens it or that clause
    holds no such word."""
    head = sentence[:start].rstrip()
    if not head or head[-1] not in "—–":
        return None
    last = len(head[:-1].rstrip()) - 1  # the last character before the dash
    if last < 0:
        return None
    told, _, _ = _clause(sentence, last, last + 1)
    word = impact_word(told, lang)
    return f"{word} —" if word else None


def _told_after_dash(sentence: str, end: int, lang: str) -> str | None:
    """The word of a strike in the clause after a dash or a colon that follows the name
    ending at ``end`` (a place heading what is told of it: "Курск — атака БПЛА, повреждены
    дома", "Белгородчина: ..."), as "— word"; None when neither follows or the clause holds
    no such word."""
    dash = _DASH_AFTER.match(sentence, end)
    if (
        dash is None
        or _HANDED_OUT.match(sentence, dash.end())
        or _OUTAGE_OPENS.match(sentence, dash.end())
    ):
        return None
    told, _, _ = _clause(sentence, dash.end(), dash.end())
    cue = impact_word(told, lang)
    if cue is None and sentence[dash.end() - 2] == ":":
        # a heading: all the sentence after its colon is told of it ("Харківщина: балістика
        # по Кулиничах — пошкоджено багатоповерхівку")
        cue = impact_word(sentence[dash.end() :], lang)
    return f"— {cue}" if cue else None


# an outage told of a place after a dash: "с. Юнаківка — знеструмлення після удару по
# підстанції в Сумах" (the strike was elsewhere)
_OUTAGE_OPENS = compiled(
    r"(?:знеструм|відключен|відключенн|вимкнен|отключени|обесточ|без\s+(?:світла|електро|"
    r"газопостач|водопостач|света|электр|газоснабж|водоснабж))",
    re.IGNORECASE,
)
# aid handed out, told of a place after a dash: "м. Херсон – видано 300 наборів
# постраждалим від обстрілів" (the town is where it was given, not where a strike hit)
_HANDED_OUT = compiled(
    r"\s*(?:(?:видан|видал|роздан|роздал|передан|передал|выдан|выдал|раздан|раздал)\w*|"
    # (not "доставлено до лікарні двох поранених": the wounded taken to hospital)
    r"(?:доставлен|доставил)\w*\s+(?:\w+\s+)?(?:гуманітарн|допомог|помощ|набор|генератор|"
    r"вод[уи])\w*)(?![\w-])",
    re.I,
)


# verbs of flying over a place, not striking it (their forms hold "проліт", "пролет")
_FLEW_LEMMAS = frozenset(("пролетіти", "пролітати", "пролететь", "пролетать"))
# the words of a condition before a place: no strike on it yet ("Если ВСУ ударят по ...")
_CONDITION_WORDS = ("якщо", "если")


# a clause on what happened where the name is: "..., де два з них збили"
_WHERE_AFTER = compiled(r"^\s*,\s*(?:де|где)(?!\w)[^.;,]*")


def _downed_where(after: str, lang: str) -> bool:
    """Whether the clause after a place flown over tells of weapons shot down or striking
    there ("пролетіли над Житомирщиною, де два з них збили")."""
    where = _WHERE_AFTER.match(after)
    return (
        where is not None
        and _NOT.search(where.group()) is None  # ("де її не вдалося збити")
        and bool(_lemma_set(where.group(), lang) & (_DOWN_LEMMAS | _IMPACT_LEMMAS))
    )


_NOT = compiled(r"(?<![\w-])не(?![\w-])", re.IGNORECASE)


def _flew_over(before: str, lang: str) -> bool:
    """Whether a verb of flying over stands among the last words before "над" and the name."""
    low = before.lower()
    if "проліт" not in low and "пролет" not in low:
        return False
    words = _WORD.findall(low, max(0, low.rfind("над") - 40))
    return any(not _word_lemmas(w, lang).isdisjoint(_FLEW_LEMMAS) for w in words)


def _unreal_before(before: str, lang: str, low: str | None = None) -> str | None:
    """ "threat" or "condition" when the clause's words before the name threaten a strike
    ("погрожують ударами по Львову") or state a condition ("Если ВСУ ударят по ...").
    ``low``: ``before`` in lower case, when the caller has it."""
    low = before.lower() if low is None else low
    condition = any(map(low.__contains__, _CONDITION_WORDS))
    threat = any(map(low.__contains__, _THREAT_STEMS))
    if not (condition or threat):  # (most clauses: their words are not read)
        return None
    words = _WORD.findall(low)
    if condition and any(map(_CONDITION_WORDS.__contains__, words)):
        return "condition"
    if threat and any(not _word_lemmas(w, lang).isdisjoint(_THREAT_LEMMAS) for w in words):
        return "threat"
    return None


_LAST_WORDS = 4  # the words before a name that the rules read
_WORDS_TAIL = 40  # the characters in which they are looked for first


def _last_words(text: str) -> list[str]:
    """The last :data:`_LAST_WORDS` words (:data:`_WORD`) of ``text``, in lower case.

    They are looked for first in the last :data:`_WORDS_TAIL` characters: a scan that starts
    inside a word finds the rest of it, then the words a scan of the whole text finds (where
    a word ends depends only on the characters after its start), so when it finds more
    words than wanted, the last ones are whole."""
    if len(text) > _WORDS_TAIL:
        words = _WORD.findall(text, len(text) - _WORDS_TAIL)
        if len(words) > _LAST_WORDS:
            return [w.lower() for w in words[-_LAST_WORDS:]]
    return [w.lower() for w in _WORD.findall(text)[-_LAST_WORDS:]]


# what every form of the alert lemmas holds (тривога, тривозі, тривог; тревога, тревоге), and
# "трёво", as the Russian dictionary reads "ё" for "е"
_ALERT_STEMS = ("триво", "трево", "трёво", "опасн", "небезпек")
_DURING_ATTACK = compiled(
    r"\b(?:під\s+час|во\s+время|в\s+ходе|в\s+момент)\s+(?:[^\W\d_]+\s+){0,2}?"
    r"(?:атак|удар|обстріл|обстрел|нальот|налет|налёт)[^\W\d_]*",
    re.IGNORECASE,
)


# what a threat or a danger is of, its weapon's words only ("застосування ударних БпЛА"),
# not a strike told after it ("через загрозу ударних БпЛА дрон влучив" keeps "влучив")
_THREAT_WORDS = (
    r"(?:\s+(?:застосуван|применени|атак|удар|ракетн|"
    r"балістичн|баллистическ|ворож|вражеск|масован|массирован|повітрян|воздушн|авіаційн|"
    r"авиационн|бпла|дрон|безпілот|беспилот|ракет|шахед|каб)[^\W\d_]*){0,4}"
    r"(?!\s+(?:влуч|попа|уда|вда)[^\W\d_]*)"
)
# the threat an alert was sounded for, which strikes nothing: "тривога через загрозу
# застосування ударних БпЛА", "тревога из-за угрозы атаки БПЛА"
_THREAT_OF = compiled(r"(?<!\w)(?:загроз|угроз)[^\W\d_]*" + _THREAT_WORDS, re.IGNORECASE)
_DANGER_STEMS = cased(("опасн", "небезпек"))
# a danger regime, an alert by another name: "опасность атаки БПЛА", "ракетная опасность",
# "небезпека застосування ударних БпЛА"
_DANGER_OF = compiled(
    r"(?:(?:ракетн|беспилотн|авиационн)\w*\s+)?(?:опасност[ьи]|небезпек[аиу])" + _THREAT_WORDS,
    re.IGNORECASE,
)


_DURING_ATTACK_ON = compiled(_DURING_ATTACK.pattern + r"\s+(?:на|по)\s+$", re.IGNORECASE)


@lru_cache(maxsize=256)  # (read once for all the names of a clause)
def _may_hold_alert(clause: str) -> bool:
    """False when no word of ``clause`` can have a lemma of :data:`_ALERT_LEMMAS`.

    Every form of those lemmas holds one of :data:`_ALERT_STEMS`, and so does every word
    the analyser reads as one of them (a guess from an unknown word's ending keeps the
    word's stem, a known or unknown prefix stays in the lemma): a clause whose lower-case
    text holds none has no such word."""
    low = clause.lower()
    return any(map(low.__contains__, _ALERT_STEMS))


# what every form of the hospital lemmas holds (лікарня, лікарень; госпіталь; больница, больниц)
_HOSPITAL_STEMS = (
    "лікар", "госпітал", "медзаклад", "больниц", "госпитал", "медучрежден", "клінік", "клиник",
    "медцентр", "травмпункт", "бсмп", "црб", "црл",
)  # fmt: skip


@lru_cache(maxsize=256)  # (read once for all the names of a clause)
def _clause_gates(clause: str) -> tuple[bool, bool, bool, bool, bool]:
    """Whether the words before and after a name of ``clause`` may name a hospital, an
    authority, a reference point near it, a verb of saying, a threat or a condition, as five
    gates read once for all its names:

    - a hospital: the clause's lower case holds one of :data:`_HOSPITAL_STEMS` (a stem found
      in the lower case of a word of it, or of the text after a name, is found there; see
      :func:`_may_name_hospital`): "... доставили до лікарні в Харкові";
    - an authority: the clause does not :func:`lacks` :data:`_AUTHORITY_WORDS` (a text
      within it that holds one, or a character ignoring case takes for another letter,
      makes the clause hold it too): "Харківської обласної військової адміністрації";
    - nearness: the clause holds one of :data:`_NEAR_REFERENCE_WORDS` as written (as the
      text before a name is searched for them): "в селе Веселое под Рыльском";
    - saying: its lower case holds one of :data:`_SAID_STEMS` (as the lower case of the text
      after a name must for :func:`_said_at`): "у Москві заявили";
    - a threat or a condition: its lower case holds one of :data:`_THREAT_STEMS` or
      :data:`_CONDITION_WORDS` (as the lower case of the text before a name must for
      :func:`_unreal_before`): "погрожують ударами по Львову".

    A False gate spares each name of the clause that reading."""
    low = clause.lower()
    return (
        any(map(low.__contains__, _HOSPITAL_STEMS)),
        not lacks(clause, _AUTHORITY_WORDS),
        any(map(clause.__contains__, _NEAR_REFERENCE_WORDS)),
        any(map(low.__contains__, _SAID_STEMS)),
        any(map(low.__contains__, _UNREAL_WORDS)),
    )


_UNREAL_WORDS = _CONDITION_WORDS + _THREAT_STEMS  # (one of them in every threat or condition)


def _may_name_hospital(words: list[str]) -> bool:
    """False when none of the lower-case ``words`` can have a lemma of
    :data:`_HOSPITAL_LEMMAS` (each of whose forms holds one of :data:`_HOSPITAL_STEMS`, as
    does every word read as one of them; see :func:`_may_hold_alert`).

    A stem, of Cyrillic letters only, found in the lower case of a word of a text is found
    in the text's lower case too (each of those letters is the lower case of one character,
    whatever stands around it): a text in lower case that holds no stem has no word that
    does."""
    joined = " ".join(words)  # (a stem holds no space: none is found across two words)
    return any(map(joined.__contains__, _HOSPITAL_STEMS))


def _near_hospital(
    before_words: list[str], after: str, lang: str, low_after: str | None = None
) -> bool:
    """Whether one of the last four ``before_words`` (in lower case) or of the first three
    words of ``after`` names a hospital (has a lemma of :data:`_HOSPITAL_LEMMAS`).

    The words of ``after`` are found only when a stem of a hospital is in the words before
    or in ``after`` in lower case (see :func:`_may_name_hospital`; ``low_after``, when the
    caller has it)."""
    if low_after is None:
        low_after = after.lower()
    if not (_may_name_hospital(before_words) or _may_name_hospital([low_after])):
        return False
    # (after the name, only its next two words: "Пострадавших в Шебекино доставили в больницу
    # в Белгороде" took Shebekino for the hospital's town; "в Харькове городскую больницу")
    near = before_words[-4:] + [w.lower() for w in _WORD.findall(after)[:_HOSPITAL_AFTER]]
    return _may_name_hospital(near) and any(_lemma_set(w, lang) & _HOSPITAL_LEMMAS for w in near)


# verbs of taking the wounded somewhere: the place after them and "в", "у", "до" is where
# they were taken ("эвакуировали в Москву", "доправили до Києва")
_TAKEN_TO_LEMMAS = frozenset(
    [
        "евакуювати",
        "доправити",
        "доставити",
        "госпіталізувати",
        "перевезти",
        "эвакуировать",
        "доставить",
        "госпитализировать",
        "увезти",
        "відвезти",
        "отвезти",
    ]
)
_TAKEN_TO_PREPOSITIONS = frozenset(("в", "у", "во", "до"))
# what every form of those verbs holds (евакуювали, доправили, доставлено, госпіталізовано)
_TAKEN_TO_STEMS = ("евакуй", "евакуюв", "эваку", "доправ", "достав", "госпіталіз", "госпитализ")
_TAKEN_TO_STEMS += ("перевез", "увез", "відвез", "отвез")  # ("его увезли в Белгород")


# a strike on a building: a hospital named so was struck, not where the wounded were taken
_STRUCK_LEMMAS = frozenset(
    (
        "атакувати", "атакований", "атаковать", "атакованный", "удар", "ударити", "вдарити",
        "ударить", "влучити", "влучання", "поцілити", "уразити", "пошкодити", "пошкоджений",
        "повредить", "повреждённый", "зруйнувати", "зруйнований", "разрушить", "разрушенный",
        "обстріляти", "обстрелять", "попадание", "приліт", "прилёт", "пожежа", "пожар",
    )
)  # fmt: skip


def _hospital_struck(clause: str, lang: str) -> bool:
    """Whether a clause that names a hospital tells of a strike on it, a word of a strike
    among the three before the hospital's ("атаковал здание ЦРБ в Шебекино"; not "після
    удару по Балаклії поранені перебувають у лікарні Ізюма"), and of nobody taken there."""
    words = [w.lower() for w in _WORD.findall(clause)]
    at = next((k for k, w in enumerate(words) if w.startswith(_HOSPITAL_STEMS)), None)
    if at is None or not lacks(clause.lower(), _TAKEN_TO_STEMS):
        return False
    return any(
        not _word_lemmas(w, lang).isdisjoint(_STRUCK_LEMMAS) for w in words[max(0, at - 3) : at]
    )


def _taken_to(before_words: list[str], lang: str) -> bool:
    """Whether the name follows a verb of taking the wounded somewhere and its preposition
    (the last two of the lower-case ``before_words``)."""
    if len(before_words) < 2 or before_words[-1] not in _TAKEN_TO_PREPOSITIONS:
        return False
    verb = before_words[-2]
    if verb in _FOR_TREATMENT and len(before_words) >= 4 and before_words[-3] in ("на", "для"):
        verb = before_words[-4]  # "эвакуировали на лечение в Москву", "для лікування до"
    return verb.startswith(_TAKEN_TO_STEMS) and not _word_lemmas(verb, lang).isdisjoint(
        _TAKEN_TO_LEMMAS
    )


_FOR_TREATMENT = frozenset(("лікування", "лечение", "реабілітацію", "реабилитацию", "лечения"))


# the prepositions before a place that make it no subject of the verb after it
_PREPOSITIONS = frozenset(
    (
        "в", "у", "во", "на", "по", "до", "з", "із", "зі", "из", "от", "від", "під", "под",
        "над", "біля", "возле", "около", "к", "ко", "через", "за", "для", "про", "о", "об",
        "при", "після", "после", "поблизу", "вблизи", "між", "между", "с", "со",
    )
)  # fmt: skip
# a meeting, right after the place it was held in ("провёл в Курске оперативное
# совещание") or before it ("нараду в", "брифинг в")
_MEETING_NOUN = (
    r"(?:совещани|нарад|заседани|засіданн|брифинг|брифінг|пресс-конференци|пресконференці|"
    r"прес-конференці|селектор)[^\W\d_]*"
)
_MEETING_AFTER = compiled(rf"\s+(?:[^\W\d_]+\s+)?{_MEETING_NOUN}", re.IGNORECASE)
_MEETING_BEFORE = compiled(
    rf"(?<![\w-]){_MEETING_NOUN}(?:\s+[^\W\d_]+){{0,2}}\s+(?:в|у|во)\s*$", re.IGNORECASE
)


def _meeting_held(before_words: list[str], before: str, after: str) -> str | None:
    """The cue of a place where a meeting was held (right after "в", "у"): the verb and the
    meeting after it ("в Ростове-на-Дону я провёл заседание"), or the verb before it and the
    meeting beside it ("провёл в Курске оперативное совещание", "провів нараду в Сумах");
    None otherwise (not "Під час наради в Сумах пролунали вибухи", nor "после атаки на
    Белгород провёл ...")."""
    if not before_words or before_words[-1] not in _MEETING_IN:
        return None
    if any(map(after.__contains__, _MEETING_WORDS)) and _MEETING.search(after):
        return "where a meeting was held"
    if any(w.startswith(_HELD_STEMS) for w in before_words[-3:-1]) and (
        met := _MEETING_AFTER.match(after) or _MEETING_BEFORE.search(before)
    ):
        return f"where a meeting was held: {met.group().strip()}"
    return None


# a river's bank and its side before a river's name ("з лівого берега Дніпра", "на правому
# березі", "с другого берега"; not "берега Херсона"), and the words right before a river's
# name ("вздовж Дніпра", "річки Псел")
_BANK_WORDS = frozenset(("берега", "березі", "берегу", "берег", "береге"))
_SIDE_WORDS = frozenset(
    ("лівого", "правого", "лівому", "правому", "лівий", "правий", "іншого", "протилежного")
) | frozenset(("левого", "правого", "левом", "правом", "другого", "противоположного"))
_ON_BANK = frozenset(("на", "по"))  # "на березі Дніпра", "по берегу Днепра"
_RIVER_BEFORE = frozenset(
    ("вздовж", "вдоль", "річки", "річці", "річка", "річкою", "реки", "реке", "река", "рекой")
)
_HOSPITAL_AFTER = 2  # the words after a name that may name its hospital
_VERB_POS = frozenset(("VERB", "INFN", "PRTS", "GRND"))
_ELLIPSIS_PREPOSITIONS = frozenset(("на", "в", "у", "над", "по"))


def _has_verb(text: str, lang: str) -> bool:
    """True when a word of ``text`` is most likely a verb (or a short participle), not one
    of saying: "..., з них шестеро — у Харкові, повідомив Синєгубов" leaves the verb out."""
    for w in _WORD.findall(text.lower()):
        readings = analyse(w, lang)
        if readings and readings[0].pos in _VERB_POS and readings[0].lemma not in _SAYING_LEMMAS:
            return True
    return False


# the verbs of a source's words after a report: "повідомив", "сообщил", "заявила"
_SAYING_LEMMAS = frozenset(
    (
        "повідомити",
        "повідомляти",
        "заявити",
        "написати",
        "зазначити",
        "уточнити",
        "додати",
        "сообщить",
        "сообщать",
        "заявить",
        "написать",
        "отметить",
        "уточнить",
        "добавить",
    )
)


def _launch(sentence: str, before: str, lang: str) -> str | None:
    """A launch cue before the mention: "з боку", "со стороны", "с территории" (a list of
    names may follow it), or a verb of launching in the sentence with "з", "с" or "из" a few
    words before the name ("запуски велися з міст Орел, Курськ"). ``before`` is the
    sentence up to the name (its start)."""
    # (a sentence that lacks the words of _LAUNCH_BEFORE lacks them before every name; a
    # match starts no earlier than the last runs of letters of the text before the name)
    starts = _launch_prepositions(sentence)
    if not starts or starts[0] >= len(before):
        return None  # no preposition before the name: neither pattern can match
    m = None
    if not _lacks_launch_words(sentence):
        start = _last_letter_runs(before, _LAUNCH_RUNS)
        if not lacks(before[start:] if start else before, _LAUNCH_WORDS):
            m = _LAUNCH_BEFORE.search(before, start)
    if m is None and not lacks(before, _LIST_HEADING_WORDS):
        # the Air Force's list of directions, longer than a list after "з боку"
        m = _LIST_HEADING_BEFORE.search(before)
    return _launch_of(
        sentence,
        before,
        m,
        lambda: _FROM_BEFORE.search(before, _last_letter_runs(before, _FROM_RUNS)),
        lang,
    )


# the side a shelling came from, named after "со стороны" before its target: "в результате
# обстрела со стороны ВСУ посёлка Климово" (Klimovo is the target)
_ACTORS = frozenset(
    (
        "всу", "зсу", "вс", "противника", "ворога", "врага", "агрессора", "агресора",
        "оккупантов", "окупантів", "неприятеля", "киевского", "київського",
    )
)  # fmt: skip


def _actor_after_cue(cue: str) -> bool:
    """Whether the word after a launch cue's two words names the attacking side, and no
    preposition of where from follows it ("со стороны ВСУ из Сумской области": launched from
    there)."""
    words = [w.lower().strip(",:;") for w in cue.split()]
    return len(words) > 2 and words[2] in _ACTORS and _FROM_WORDS.isdisjoint(words[3:])


_FROM_WORDS = frozenset(("из", "с", "со", "з", "зі", "із"))


def _launch_of(
    sentence: str,
    before: str,
    cue: re.Match[str] | None,
    from_match: Callable[[], re.Match[str] | None],
    lang: str,
) -> str | None:
    """:func:`_launch`'s answer from the match of a launch cue before the name (``cue``:
    "з боку ...", "з напрямків: ...") and, asked only without it, that of a bare "з" and up
    to six words (``from_match``)."""
    if cue and not _strike_between(cue.group(), lang) and not _actor_after_cue(cue.group()):
        name = sentence[len(before) : len(before) + 40]
        if not _verb_in_list(cue.group(), lang, 2) and not _toward_in_list(
            cue.group(), 2, lang, name
        ):
            return " ".join(cue.group().split()[:2])
        return None  # "з боку агресора зазнала Куцурубська громада": not a list of places
    m = from_match()
    if (
        m is None
        or _verb_in_list(m.group(), lang, 1)
        or _toward_in_list(m.group(), 1, lang, sentence[len(before) : len(before) + 40])
    ):
        return None  # (nor "з Криму по Миколаєву": Mykolaiv is the target)
    if (
        _WEAPON_BEFORE.search(before, max(0, m.start() - 120), m.start())
        or _lemma_set(sentence, lang) & _LAUNCH_LEMMAS
        # (the aircraft that dropped bombs: "Бомбы сбрасывали самолеты из Белгородской
        # области"; not airliners "задержаны самолеты из Москвы")
        or (
            _AIRCRAFT_BEFORE.search(before, max(0, m.start() - 40), m.start())
            and _BOMBS.search(sentence)
        )
    ) and not _strike_between(m.group(), lang):
        return "launched from"
    if (
        _FIRED_FROM_AREA.match(m.group())
        and _names_of_area(m.group())
        and _lemma_set(sentence, lang) & _FIRING_LEMMAS
    ):
        return "fired from"  # "Обстріл вівся з району Костянтинівки"
    if _fired_at_target_from(before, m, lang):
        return "fired from"  # "обстріляв Суми з Бєлгородської області"
    return None


def _fired_at_target_from(before: str, m: re.Match[str], lang: str) -> bool:
    """Whether the name stands right after "з" or "из" (``m``: the preposition, alone) that
    follows its target's name, after a verb of striking: "ворог обстріляв Суми з
    Бєлгородської області", "противник обстрелял Белгород из Харьковской области" (not
    "обстріляв автобус з Вовчанська": a bus from there)."""
    if m.group().strip().lower() not in _FROM_ONLY:
        return False
    target = _NAME_BEFORE_FROM.search(before, max(0, m.start() - 40), m.start())
    if target is None:
        return False
    # the verb right before the target, or before "по" and it ("завдав удару по Сумах"): not
    # "обстріляв швидку ЕКМД з Херсона", "Ігор з Києва"
    words = _WORD.findall(before, max(0, target.start() - 40), target.start())
    if words and words[-1].lower() in ("по", "на"):
        words.pop()
    return bool(words) and not _word_lemmas(words[-1].lower(), lang).isdisjoint(_STRUCK_FROM_LEMMAS)


# "з району", "из района", "з позицій": where the fire came from, in a sentence of firing
_FIRED_FROM_AREA = compiled(
    r"[^\W\d_]+\s+(?:району|района|районів|районов|позицій|позиций|околиць|окрестностей)\b",
    re.IGNORECASE,
)
_FIRING_LEMMAS = frozenset(
    [
        "обстріл",
        "обстрел",
        "вогонь",
        "огонь",
        "стріляти",
        "стрелять",
        "обстрілювати",
        "обстреливать",
    ]
)


def _names_of_area(run: str) -> bool:
    """Whether the words after "з району" (a launch run, ``run``) are at most three and no
    preposition of a target among them ("из района Белгорода по Харькову": Kharkiv)."""
    words = _WORD.findall(run)[2:]
    return len(words) <= 3 and not any(w.lower() in _TARGET_PREPOSITIONS for w in words)


def _seat_cut(before: str) -> int:
    """Where the words that may name the place's seat of authority start in ``before``, the
    clause up to the name (-1: anywhere): after its last colon, or after its last comma when
    only words in lower case, or none, stand between ("По данным ОВА, в ...", "По словам мэра
    Белгорода, Шебекино ..."; the next names of a list of the seats of officials of several
    places, "Мэры Курска, Брянска и ...", are seats by the first:
    geo.places.resolve._officials_of_places)."""
    colon, comma = before.rfind(":"), before.rfind(",")
    if comma > colon:
        tail = before[comma + 1 :]
        if tail == tail.lower():
            return comma
    return colon


# a native of the place ("уроженец Курской области", "уродженка Харкова"): born there, not
# harmed there
_NATIVE_STEMS = ("уроженец", "уроженк", "уроженц", "уродженець", "уродженк", "уродженц")
_FROM_ONLY = frozenset(("з", "із", "зі", "из"))  # (not "с": also "with")
# the target's name right before the preposition: "Суми ", "по Сумах ", "Сумщину "
# (a capital, then letters in lower case: not "ГАЗель", "КамАЗ", "ЕКМД")
_NAME_BEFORE_FROM = compiled(r"(?<!\w)[А-ЯІЇЄҐ][а-яіїєґё'’ʼ\-]+\s+$")
# the verbs of striking a target from a place, in the few words before the target
_STRUCK_FROM_LEMMAS = (
    _FIRING_LEMMAS
    | frozenset(
        ("обстріляти", "обстрелять", "атакувати", "атаковать", "удар", "ударити", "ударить")
    )
    | frozenset(("вдарити", "обстрілювати", "обстреливать", "атакований", "атакованный"))
)


_TARGET_PREPOSITIONS = frozenset(("по", "на", "в", "у", "во", "над", "до", "к"))
# the prepositions of a target or a course that end a list of the places attacks came from
# ("з боку Бєлгорода на Харківщину": Kharkiv Oblast is no launch area)
_COURSE_PREPOSITIONS = frozenset(
    ("по", "на", "над", "до", "к", "через", "напрямку", "напрямі", "направлении", "сторону")
)


def _toward_in_list(run: str, skip: int = 2, lang: str = "uk", name: str = "") -> bool:
    """Whether a preposition of a target or a course ("на Харківщину", "в напрямку") stands
    among the words of a launch cue's run after the cue's ``skip`` words, so that the name
    after it is not where the attack came from; "на" before a place in the locative tells
    where ("з аеродромів на території Криму", "на Кубани"), not a course (``name``: the
    word after the run, the place's first)."""
    words = _WORD.findall(run)[skip:] + _WORD.findall(name)[:1]
    for k, w in enumerate(words):
        low = w.lower()
        if low not in _COURSE_PREPOSITIONS or k >= len(words) - (1 if name else 0):
            continue  # (the name's own word is no preposition of the run)
        if low == "на" and k + 1 < len(words) and _locative_only(words[k + 1].lower(), lang):
            continue
        return True
    return False


def _locative_only(word: str, lang: str) -> bool:
    """Whether a word after "на" tells where: "на території", or a word whose likeliest
    reading is in the locative ("на Кубани", "на Донеччині"), not "на Харківщину"."""
    if word in _WHERE_NOUNS:
        return True
    readings = analyse(word, lang)
    return bool(readings) and readings[0].case in ("loct", "datv")  # (its likeliest reading)


_WHERE_NOUNS = frozenset(("території", "территории", "теренах", "околиці", "окраине"))


def _verb_in_list(run: str, lang: str, skip: int) -> bool:
    """Whether a verb stands among the words of a launch's run after its first ``skip``
    words ("з боку агресора зазнала Куцурубська громада": what follows is no list of the
    places it came from; "з боку Курська, вони летіли над Сумщиною")."""
    words = _WORD.findall(run)[skip:]
    return any(
        any(a.pos == "VERB" for a in analyse(w.lower(), lang)) for w in words if w[0].islower()
    )


def _launch_heading(sentence: str, before: str) -> str | None:
    """A heading of the places launches came from, before a list that ends at the name:
    "Напрямки пусків – Курськ, Орел, Міллерово" (``before``: ``sentence`` up to the name)."""
    if not _tells_of_launches(sentence):
        return None
    return "напрямки пусків" if _LAUNCH_HEADING.search(before) else None


@lru_cache(maxsize=256)
def _tells_of_launches(sentence: str) -> bool:
    """Whether a sentence holds "пуск" (every match of :data:`_LAUNCH_HEADING` does), read
    once for all its names."""
    return "пуск" in sentence.lower()


_LAUNCH_HEADING = compiled(
    r"(?:напрям\w*|направлени\w*|місця|места|райони|районы)\s+(?:запуску|пуску|запусків|"
    rf"пусків|запусков|пусков|запуска|пуска)(?:{LAUNCH_WEAPONS})?\s*[:–—-]\s*"
    # (the list's words, none a place the weapons hit: "...; ракети влучили у Київ")
    r"(?:(?!(?:у|в|по|на)\s)[^\W\d_]+[\s,–—-]+){0,14}$",
    re.IGNORECASE,
)


# "з напрямків", "с направлений": a heading, then a list of up to 24 words, some of them
# abbreviations ("з напрямків: Курськ, Орел, Навля, Шаталово – РФ, Гвардійське, м. Чауда –
# ТОТ АР Крим")
_LIST_HEADING_WORDS = ("напрямків", "направлений")
_LIST_HEADING_BEFORE = compiled(
    r"\b(?:з|зі|із|с|со)\s+(?:напрямків|направлений)\b\W*"
    r"(?:[^\W\d_]+(?:\.[\s,:;–—-]*|[\s,:;–—-]+)){0,24}$",  # ("м.Чауда": no space after)
    re.IGNORECASE,
)
# a weapon named right before "з", "із", "из", or before another "з ..." joined to this one:
# the place after them is where it came from ("атакував 40 дронами з Курської області",
# "ракетами Іскандер-М з Брянщини", "дронами з Курської області та з мису Чауда в Криму")
_AIRCRAFT_BEFORE = compiled(
    r"(?:літак|самолет|самолёт|бомбардувальник|бомбардировщик)\w*\s+$", re.I
)
_BOMBS = compiled(r"(?<![\w-])(?:бомб|авіабомб|авиабомб|каб|кабами|каби|кабы)\w*", re.I)
_WEAPON_BEFORE = compiled(
    r"(?:дрон|бпла|безпілот|беспилот|ракет|шахед|гербер|герань|герані|гераней|іскандер|"
    r"искандер|калібр|калибр|кинджал|кинжал)[^\W\d_]*(?:-[^\W\d_]+)?[»\"”]?\s+"
    # the model and the aircraft that fired them: "ракетами Х-101 — Ту-95МС з району
    # Енгельса", "«Кинджал» — МіГ-31К з аеродрому Саваслейка"
    r"(?:(?:[«\"][^»\"”]{1,20}[»\"”]|[^\W\d_]*\d[\w\-]*|(?:іскандер|искандер|калібр|калибр|"
    r"кинджал|кинжал|х-\d+)[\w\-]*)\s+)?(?:[—–]\s+)?"
    r"(?:(?:міг|миг|ту|су)-\d+[^\W_]*\s+)?"
    r"(?:(?:з|зі|із|с|со|из)\s+(?:[^\W\d_]+\s+){0,3}[^\W\d_]+\s*"
    r"(?:,|та|і|й|и|а\s+також|а\s+также)\s+)?$",
    re.IGNORECASE,
)


def _fired_from(sentence: str, offset: int, end: int, lang: str) -> str | None:
    """A place the strike came from, named right after "з", "із", "из", "з-під", "из-под"
    with the strike and its target after it: "Бойовики з Горлівки обстріляли Торецьк", "Из-под
    Курска враг наносит удары по Сумщине"."""
    k = offset - 1
    while k >= 0 and sentence[k].isspace():
        k -= 1
    if k < 0 or sentence[k] not in _FROM_LAST:
        return None  # (the last letter of every preposition of _FROM_PLACE)
    m = _FROM_PLACE.search(sentence, max(0, offset - 12), offset)
    if m is None:
        return None
    after = _FIRED_AT.match(sentence, end)
    if after is None or _first_lemma(after.group("verb"), lang, _FIRED_LEMMAS) is None:
        return None
    return "fired from"


_FROM_LAST = frozenset("зЗіІдД")
# the preposition right before the name: "з", "із", "из", "з-під", "із-під", "из-под"
_FROM_PLACE = compiled(r"(?<!\w)(?:з|із|зі|из|з-під|із-під|из-под)\s+$", re.IGNORECASE)
# after the name: who fired and when, at most, then a verb of striking ("обстріляли",
# "наносит удары") and its target (a capitalised name, or "по" and one)
_FIRED_AT = compiled(
    r"(?:\s+(?:ворог|враг|окупанти|оккупанты|росіяни|россияне|противник|вночі|уночі|ночью|"
    r"знову|снова|сьогодні|сегодня|вчора|вчера|також|также|регулярно|постійно|постоянно))*"
    r"\s+(?:(?:наносит|наносят|нанесли|нанес|завдає|завдають|завдав|завдали)\s+)?"
    r"(?P<verb>[^\W\d_]+)\s+(?:по\s+)?(?-i:[А-ЯІЇЄҐ])",
    re.IGNORECASE,
)
# the verbs of firing at a target ("загинули внаслідок удару по ..." is no firing from)
_FIRED_LEMMAS = frozenset(
    (
        "обстріляти",
        "обстрілювати",
        "атакувати",
        "бити",
        "гатити",
        "вдарити",
        "ударити",
        "удар",
        "обстрелять",
        "обстреливать",
        "атаковать",
        "бить",
        "ударить",
    )
)


def _strike_between(run: str, lang: str) -> bool:
    """Whether a word of a strike stands in ``run``, the words from a launch's preposition to
    a name: the name is then the target, not one of the launch's places ("запущенные с
    территории Сумской области, атаковали Курск")."""
    return _first_lemma(run, lang, _IMPACT_LEMMAS) is not None


# A match of _FROM_BEFORE is a preposition and up to six words, with only white space and
# the separators between them, ending the text: each of them a whole run of letters, these
# are the last (up to seven) runs of letters of the text.
_FROM_RUNS = 7
# A match of _LAUNCH_BEFORE likewise: a preposition, its noun ("боку", "території") and up
# to six words, the characters between them no letters.
_LAUNCH_RUNS = 8
_LETTER_RUN = compiled(r"[^\W\d_]+")
_RUNS_TAIL = 160  # the characters looked at for the last runs; a shorter text is searched whole


def _last_letter_runs(text: str, count: int) -> int:
    """Where the last ``count`` runs of letters of ``text`` start (0 when fewer are found
    in its last :data:`_RUNS_TAIL` characters): a match that ends the text and holds at most
    ``count`` runs of letters, each whole, starts there or later (its ``\\b`` still sees the
    character before)."""
    if len(text) <= _RUNS_TAIL:
        return 0
    starts = [m.start() for m in _LETTER_RUN.finditer(text, len(text) - _RUNS_TAIL)]
    # (the first run found may be cut by the tail: it is never the one returned)
    return starts[-count] if len(starts) > count else 0


@lru_cache(maxsize=256)
def _launch_prepositions(sentence: str) -> tuple[int, ...]:
    """Where each "з", "зі", "із", "с", "со" or "из" of a sentence followed by white space
    starts (:data:`_FROM_WORD_SPACE`), found once for all its names.

    A match of :data:`_FROM_BEFORE` or :data:`_LAUNCH_BEFORE` in the text before a name
    starts at one of them ("запущені з боку Курська": "з"), as that text is the sentence's
    start and a lookbehind reads no further back than the sentence: a name with none
    before it has no launch cue of these patterns. (A match of "з " never overlaps the
    next: each starts with a letter no word character stands before.)"""
    return tuple(m.start() for m in _FROM_WORD_SPACE.finditer(sentence))


@lru_cache(maxsize=256)
def _lacks_launch_words(sentence: str) -> bool:
    """:func:`geo.language.text.lacks` of the words of :data:`_LAUNCH_BEFORE` in a sentence,
    read once for all its names."""
    return lacks(sentence, _LAUNCH_WORDS)
