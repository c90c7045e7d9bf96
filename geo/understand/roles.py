"""Decide the role of one place mention: ``impact``, ``launch`` or ``mention``.

The decision reads the sentence around the mention and returns the cue that decided it, so a
reader can check it. Order of tests: headlines of other articles and datelines, launch phrases
("launched from X"), air-raid alerts without a strike, seats of officials and politics
("a decision in Washington", "Moscow denied"), places that act ("hit by Moscow", "Kyiv struck
targets", "Kyiv's air force said") or host talks, then words of damage and attack. An
official's words that point back at the official's own place ("the governor of X said drones
were shot down over the region") make it an impact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from types import ModuleType

from geo.language.cyrillic import LAUNCH_WEAPONS
from geo.language.morphology import sentence_language
from geo.language.text import (
    DAY_NAMES,
    INTERCEPT_INFINITIVES,
    LINE_BULLETS,
    MONTHS,
    alternation,
    lacks,
    lowered,
    span_between,
)
from geo.language.text import lowered_for_ascii as _lowered_for_ascii
from geo.patterns import compiled

__all__ = ["ITSELF_NOT_HIT", "NO_STRIKE_CUE", "RoleDecision", "decide_role"]

#: The cue of a mention whose sentence tells of no strike.
NO_STRIKE_CUE = "no strike cue in the sentence"


@dataclass(frozen=True)
class RoleDecision:
    """A role and the words that decided it."""

    role: str
    cue: str


def _rx(*words: str) -> re.Pattern[str]:
    return compiled(r"\b" + alternation(words) + r"\b", re.IGNORECASE)


# the class of forms of a first letter that geo.language.text.alternation writes
_FIRST_LETTER_CLASS = compiled(r"\(\?-i:\[([^\]]*)\]\)")


def _ascii_rx(*words: str) -> re.Pattern[str]:
    """The pattern :func:`_rx` makes of ``words``, for an ASCII text in lower case, case
    kept: it finds there what :func:`_rx`'s pattern finds in the text, where it finds it.

    A word whose first letter matches no ASCII character, ignoring case (a Cyrillic one), is
    left out: it matches no ASCII text, and the other words start with other letters. The
    class of forms of each first letter (``(?-i:[Hh])``) becomes its lower-case letter,
    which the engine compares at once where it would test a class."""
    body = alternation([w for w in words if not _non_ascii_letter(w[:1])])
    return compiled(r"\b" + _FIRST_LETTER_CLASS.sub(_lower_ascii_letter, body) + r"\b")


def _first_letters_left_out(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern of the characters that open the alternatives :func:`_ascii_rx` leaves out
    of ``pattern`` (made by :func:`_rx`): the forms of each first letter that no ASCII
    character matches ignoring case. A text that holds none of them, and no character
    that ignoring case takes for another letter, reads in lower case with the pattern of
    :func:`_ascii_rx` as it reads with ``pattern`` (see :func:`impact_cue`)."""
    chars = {
        c
        for letters in _FIRST_LETTER_CLASS.findall(pattern.pattern)
        if _non_ascii_letter(letters[:1])
        for c in letters
    }
    return compiled("[" + re.escape("".join(sorted(chars))) + "]")


def _non_ascii_letter(char: str) -> bool:
    """True for a letter that ignoring case takes for no ASCII character."""
    return char.isalpha() and not re.search(re.escape(char), _ASCII, re.IGNORECASE)


_ASCII = "".join(map(chr, range(128)))  # each ASCII character, for one search of a letter


def _lower_ascii_letter(m: re.Match[str]) -> str:
    """The one lower-case ASCII letter of a class of forms of a letter (the class kept when
    it holds none, or several)."""
    letters = {c.lower() for c in m.group(1) if c.isascii()}
    return letters.pop() if len(letters) == 1 else m.group()


_READ_ALSO = compiled(
    r"^\W*(read also|related|see also|more on|also read|watch|читайте також|читайте также|"
    r"також читайте|также читайте|див\. також|см\. также|по темі|по теме|популярне|"
    r"популярное)(?!\w)",
    re.I,
)
# repelled, not ground assaults on a front ("its troops repelled 47 Russian assaults"; but "a
# drone assault on Kyiv")
_REPELLED = (
    r"repelled(?! (?:(?!drone|missile|air)\w+ ){0,2}(?:assaults?|offensives?|storm\w*|"
    r"ground attacks?))"
)
# told as done in the infinitive: "managed to shoot down 31 drones over the Kyiv region"
_DOWN_INFINITIVE = rf"(?:managed|able) to (?:{'|'.join(INTERCEPT_INFINITIVES)})"
_STRONG_IMPACT_WORDS = (
    # Ukrainian and Russian: attacked, strike, shelling, damaged, wounded, killed, explosion,
    # shot down, debris, fire
    r"атакува\w*",
    r"атакова\w*",
    r"удар\w*",
    r"обстріл\w*",
    r"обстрел\w*",
    r"пошкоджен\w*",
    r"поврежден\w*",
    r"поранен\w*",
    r"ранен\w*",
    r"загину\w*",
    r"загинул\w*",
    r"погиб\w*",
    r"вибух\w*",
    r"взрыв\w*",
    r"збит\w*",
    r"сбит\w*",
    r"уламк\w*",
    r"обломк\w*",
    r"пожеж\w*",
    r"пожар\w*",
    r"влучан\w*",
    r"hit",
    r"hits",
    r"hitting",
    r"struck",
    r"strikes? (?:on|at|against|near)",
    r"striking",
    r"shell(?:ed|ing|s)",
    r"bombard(?:ed|ing|ment)",
    r"pound(?:ed|ing)",
    r"batter(?:ed|ing)",
    r"damag(?:ed|ing|es?)",
    r"destroy(?:ed|ing)",
    r"wreck(?:ed|ing)",
    r"kill(?:ed|ing|s)",
    r"died",
    r"dead",
    r"deaths?",
    r"wound(?:ed|ing)",
    r"injur(?:ed|ing|ies)",
    r"hurt",
    r"casualties",
    r"debris",
    r"fragments?",
    r"wreckage",
    r"rubble",
    # (not "fell to Russian forces": taken, not struck)
    r"fell(?! to (?:the )?(?:russian |ukrainian |enemy |occupying )?(?:forces|troops|army|"
    r"russia|ukraine|the enemy|the russians))",
    r"falling",
    r"explosions?",
    # (a weapon that exploded, not a gas cylinder or a transformer)
    r"(?:missile|drone|rocket|shell|bomb|warhead|shahed|projectile|uav|munition)s? "
    r"(?:[\w-]+ ){0,6}?(?:exploded|detonated)",
    r"blasts?",
    r"fires?",
    r"ablaze",
    r"burn(?:ed|ing|t)",
    r"crash(?:ed|ing)",
    r"slammed",
    r"landed",
    r"came under",
    # the Air Force's "X, Y and Z regions were affected" (not by outages alone)
    r"(?:was|were) (?:also )?(?:affected|impacted)(?! by (?:the )?(?:[\w-]+ ){0,2}?(?:power|"
    r"outages?|blackouts?|alerts?|alarms?|sirens?|disruptions?|cuts?|shortages?))",
    r"(?:affected|impacted) (?:were|was)",  # "Affected were the Kharkiv and Sumy regions"
    r"under (?:fire|attack)",
    r"attacked",
    r"attacks? on",
    r"attack on",
    r"targeted",
    r"targeting",
    r"shot down over",
    r"brought down over",
    r"taken down over",
    r"downed over",
    r"destroyed over",
    r"intercepted over",
    r"knock(?:ed|ing) (?:out|down)",
    r"power outages?",
    r"without (?:power|electricity)",
    r"blackouts?",
    r"raids? on",
    r"dropped",
    r"smashed",
    r"collapsed",
    r"set .{0,20}on fire",
    r"set alight",
    r"caught fire",
    r"(?:went up )?in flames",
    r"shatter(?:ed|ing)",
    r"blew out",
    r"victims? of",
    r"(?:drones?|missiles?|uavs?|bombs?|rockets?|shaheds?) (?:\w+ )?against",
    # ("Overnight strikes in occupied Luhansk Oblast, geolocated.")
    r"(?:overnight|night|massive|new|fresh|heavy|deadly|russian|ukrainian) strikes "
    r"(?:in|on|across|against)",
    # ("Russian drones went for gas production in Varva hromada")
    r"(?:drones?|missiles?|uavs?|rockets?|shaheds?) (?:again )?went (?:after|for)",
    r"(?:missile|rocket|drone|air|bomb|artillery|ballistic|glide[- ]bomb|uav)[- ]?"
    r"(?:strikes?|attacks?)",
    r"air[- ]defen[cs]es?(?: \w+){0,3} (?:was|were|is|are|went|has been|have been) "
    r"(?:active|in action|into action|at work|working|engaged|operating)",
    r"guided bombs?",
    r"artillery",
    r"mortar",
    r"rocket salvo",
    r"drone attack",
    r"missile attack",
    r"missile strike",
    r"drone strike",
    r"air ?strikes?",
    r"hit by",
    r"were hurt",
    r"was hurt",
    r"damage",
    r"main target",
    r"was targeted",
    r"were targeted",
    r"targets? (?:of|in)",
    r"aimed at(?! \w+ing\b)",  # "talks aimed at reviving" aim at no place
    r"bomb(?:ed|ing|s)",
    r"pummell?(?:ed|ing)",
    r"raided",
    r"strafed",
    r"rocked",
    r"(?:tore|ripped) through",
    r"gutted",
    r"levell?ed",
    r"flattened",
    r"razed",
    r"sparked",
    r"(?:strikes?|attacks?|explosions?|hits?) (?:were|was) (?:also )?(?:reported|recorded|heard)",
    r"(?:attacks?|strikes?|shelling) (?:\w+ )?(?:occurred|happened|took place)",
    r"reported (?:strikes?|attacks?|explosions?|hits?)",
    r"shot down",
    r"downed",
    r"brought down",
    r"intercepted",
    _REPELLED,
    _DOWN_INFINITIVE,
)
_STRONG_IMPACT = _rx(*_STRONG_IMPACT_WORDS)
_STRONG_IMPACT_ASCII = _ascii_rx(*_STRONG_IMPACT_WORDS)  # (see impact_cue)
# the first letters of the words it leaves out (Cyrillic ones), to tell the texts it reads
_STRONG_IMPACT_LEFT_OUT = _first_letters_left_out(_STRONG_IMPACT)
_NEGATED = compiled(
    r"\b"
    + alternation(
        [
            r"(?:nobody|no\s+one|no-one|none)\s+(?:\w+\s+){0,2}(?:was|were|had\s+been)\s+"
            r"(?:\w+\s+)?(?:hurt|injured|killed|wounded|harmed)",
            r"no\s+(?:(?:new|further|other|major|serious|significant)\s+)?"
            r"(?:casualties|injuries|deaths|victims|damage|one\s+was\s+hurt)\b",
            r"without\s+(?:causing\s+)?(?:any\s+)?(?:casualties|damage|injuries)",
            # "We have found no evidence of a hit or a shootdown there"
            r"no\s+(?:evidence|sign|signs|confirmation|reports?)\s+of\s+(?:an?\s+|any\s+)?"
            r"(?:hits?|strikes?|damage|impacts?)(?:\s+or\s+(?:an?\s+)?[\w-]+)?",
            # "the city itself escaped damage"
            r"escaped\s+(?:any\s+|serious\s+)?(?:damage|harm|casualties|injuries)",
            # "there was no strike on Pavlohrad"
            r"(?:there\s+(?:was|were|had\s+been)\s+)no\s+(?:strikes?|hits?|attacks?)",
            # "where nothing was hit", "no facilities were damaged"
            r"(?:nothing|no\s+(?:\w+\s+)?(?:facilities|buildings|objects|sites|infrastructure))\s+"
            r"(?:\w+\s+){0,2}?(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:hit|struck|damaged)",
            # "No attacks were recorded today" (a heading's block)
            r"no\s+(?:attacks?|strikes?|hits?|shelling|impacts?)\s+(?:were|was|have\s+been|"
            r"has\s+been)\s+(?:recorded|reported|registered|confirmed)",
            # "has not been attacked during the current campaign", "was not hit"
            r"(?:has|have|had|was|were|is|are)\s+not\s+(?:been\s+|yet\s+been\s+)?"
            # (not of one weapon or of one way: "was not hit by missiles, but a drone ...")
            r"(?:hit|struck|attacked|targeted|shelled|damaged)\b(?!\s+(?:by|with|directly)\b)",
        ]
    ),
    re.IGNORECASE,
)
# every match of _NEGATED ends with one of these, or holds "without" or one of the phrases
# and words after it
_NEGATED_WORDS = ("hurt", "injur", "killed", "wounded", "harmed", "casualties", "deaths")
_NEGATED_WORDS += ("victims", "damage", "without", "no strike", "no hit", "no attack", "escaped")
_NEGATED_WORDS += ("no shelling", "no impact")
_NEGATED_WORDS += ("nothing", "facilities", "buildings", "objects", "sites", "infrastructure")
_NEGATED_WORDS += ("not ",)
_HARD_IMPACT = _rx(
    r"hit",
    r"struck",
    r"killed",
    r"wounded",
    r"injured",
    r"damaged",
    r"destroyed",
    r"shelled",
    r"debris",
    r"attacked",
)
# the words of bringing down ("drones flying over Kyiv were shot down")
_DOWN_WORDS = (
    r"shot down",
    r"downed",
    r"downing",  # "reported downing 74 drones over nine regions"
    r"shooting down",
    r"destroyed",
    r"intercepted",
    r"brought down",
    _REPELLED,
    r"neutrali[sz]ed",
    r"suppressed",
    _DOWN_INFINITIVE,
)
_INTERCEPT_WORDS = _rx(
    *_DOWN_WORDS, r"hit", r"debris", r"fell", r"active", r"in action", r"into action"
)
# the words of bringing down, and of what falls ("drones flying over Kyiv were shot down")
_BROUGHT_DOWN = _rx(*_DOWN_WORDS, r"debris", r"fell")
# the wounded taken to a town or its hospitals ("taken to hospitals in Mykolaiv and Odesa",
# "evacuated to Kyiv"), a list of names perhaps before the name
_TAKEN_TO = compiled(
    r"\b(?:(?:taken|rushed|evacuated|transported|brought|airlifted|transferred|relocated|"
    # ("were moved to", not "the shelling moved to")
    r"resettled|(?<=was\s)moved|(?<=were\s)moved|(?<=been\s)moved)\s+to\s+"
    r"(?:(?:a|the|local)\s+)?(?:(?:hospitals?|clinics?)\s+in\s+)?|"
    # the hurt flown to a hospital or a unit (not "drones were flown to Kyiv"): "flown to a
    # specialist burns unit in"
    r"flown\s+to\s+(?:(?:a|the|local)\s+)?(?:[\w-]+\s+){0,3}?(?:hospitals?|clinics?|units?|"
    r"centres?|centers?|wards?)\s+in\s+)"
    r"(?:(?-i:[A-Z])[\w’'\-]*(?:,\s*and\s+|,\s*|\s+and\s+))*$",
    re.I,
)
# where the people who lost their homes are housed: "offered temporary accommodation in
# neighbouring Pomichna", "sheltered in"
_SHELTERED_IN = compiled(
    r"\b(?:(?:offered|given|provided|found)\s+(?:\w+\s+){0,2}?(?:accommodation|shelter|housing)|"
    r"(?:were|was|been|are|is)\s+(?:temporarily\s+)?(?:housed|sheltered|accommodated|lodged))\s+"
    r"in\s+(?:the\s+)?(?:neighbou?ring\s+|nearby\s+)?$",
    re.I,
)
_SHELTERED_WORDS = ("accommodat", "shelter", "hous", "lodged")
# the hospital in a town, right before it: "spoke with survivors at the hospital in Kramatorsk"
_HOSPITAL_IN = compiled(r"\b(?:hospitals?|clinics?|morgue)\s+in\s+$", re.I)
# the hospital itself struck: "a drone struck a hospital in Sumy", "the rubble of a hospital"
_HOSPITAL_STRUCK = compiled(
    r"\b(?:struck|hit|hits|attacked|shelled|bombed|damaged|destroyed|targeted|rubble\s+of|"
    r"strike\s+on|attack\s+on)\s+(?:[\w’'\-]+\s+){0,4}?(?:hospitals?|clinics?)\s+in\s+$",
    re.I,
)
# where something was said, right before the name: "the Head of the Mission said in Kyiv",
# "told reporters in Brussels", "speaking in Geneva"
_SAID_IN = compiled(
    r"\b(?:(?:said|says|(?:told|asked\s+by|briefed)\s+(?:reporters|journalists)|speaking|spoke|"
    r"stated|announced|declared)"
    r"\s+(?:to\s+(?:journalists|reporters|the\s+press|the\s+media)\s+)?(?:on\s+\w+\s+)?in|"
    # "Sergei Aksyonov, writing from Simferopol, said ..."
    r"(?:writing|speaking|posting)\s+from)\s+$",
    re.I,
)
# where people came from, right before the name (and its region after it): "a mother and
# her two sons who had fled to Kryvyi Rih from Pokrovsk, in the Donetsk region" (not the
# shelter they were evacuated to)
_CAME_FROM = compiled(
    r"\b(?:fled|fleeing|displaced|evacuated|relocated|moved|originally|hailed|native)\s+"
    r"(?:[\w’'\-]+\s+){0,5}?from\s+(?:the\s+)?(?:occupied\s+)?"
    r"(?:(?-i:[A-Z])[\w’'\-]*(?:\s+(?-i:[A-Z])[\w’'\-]*)?\s*,\s*(?:in\s+)?(?:the\s+)?)?$",
    re.I,
)
# one of them in every match of _CAME_FROM, and of the "from" alternative of _SAID_IN
_CAME_FROM_WORDS = ("fled", "fleeing", "displaced", "evacuated", "relocated", "moved")
_CAME_FROM_WORDS += ("originally", "hailed", "native")
_SAID_FROM_WORDS = ("writing", "speaking", "posting")
# a clause that tells of the place named before it: ", where ..."
_WHERE_AFTER = compiled(r"\s*,\s*where\b", re.I)
# explosions only heard there: "residents reported hearing loud explosions", "blasts were heard"
_HEARD = compiled(r"\b(?:hear|heard|hearing)\b", re.I)
# the words of harm done at a place, shared by the tests of explosions only heard and of an
# outage only
_HARM_DONE = (
    r"hit|hits|struck|damag\w*|destroy\w*|kill\w*|injur\w*|wound\w*|fire|blaze|debris|fell|"
    r"shell\w*|rubble"
)
# (the attack itself, or what slammed into the place, tells harm beside explosions heard)
_HARM_THERE = compiled(
    rf"\b(?:{_HARM_DONE}|attack\w*|strikes?|slamm\w*|crash\w*|impact|landed)\b", re.I
)


# Ordnance destroyed on purpose by sappers: "controlled detonations of unexploded ordnance",
# "планово знищать вибухонебезпечні предмети", "плановый подрыв боеприпасов"
_DISPOSAL_NEEDS = (
    "ordnance", "explosive", "controlled", "disposal", "вибухонебезпеч", "боєприпас",
    "взрывоопас", "боеприпас", "внп", "воп", "планов",
)  # fmt: skip
_DISPOSAL = compiled(
    r"\b(?:controlled\s+(?:detonation|explosion|blast)s?|bomb\s+disposal|(?:planned|scheduled)"
    r"\s+(?:detonation|demolition)s?|(?:destroy\w*|dispos\w*|detonat\w*|demolish\w*)\s+"
    r"(?:of\s+)?(?:\w+\s+){0,2}?(?:unexploded|explosive)\s+(?:ordnance|items|objects|devices))\b"
    r"|(?<![\w-])(?:(?:планов\w*|контрольован\w*|контролируем\w*)\s+(?:\w+\s+)?"
    r"(?:знищ\w*|підрив\w*|уничтож\w*|подрыв\w*|утилізац\w*|утилизац\w*)"
    # (not "знищили склад боєприпасів": a depot struck)
    r"|(?:знищ\w*|підрив\w*|утилізац\w*|уничтож\w*|подрыв\w*|утилизац\w*)\s+"
    r"(?:(?:виявлен|знайден|нерозірван|застаріл|обнаружен|найден|неразорвав|устаревш)\w*\s+)?"
    r"(?:вибухонебезпечн\w*|боєприпас\w*|внп|взрывоопасн\w*|боеприпас\w*|воп)"
    r")(?![\w-])",
    re.I,
)
# who does it, or that it was planned: sappers, bomb squads, "планово", "controlled"
_DISPOSAL_BY = compiled(
    r"(?<![\w-])(?:сапер\w*|піротехн\w*|пиротехн\w*|вибухотехн\w*|взрывотехн\w*|розмінув\w*|"
    r"разминир\w*|дснс|мчс|планов\w*|контрольован\w*|контролируем\w*|sappers?|deminers?|"
    r"demining|bomb\s+(?:disposal|squad)|explosive\s+ordnance\s+disposal|controlled|planned|"
    r"scheduled)(?![\w-])",
    re.I,
)
# a strike told in the same sentence ("Після атаки дронів на склад ... триває підрив
# боєприпасів", "a missile hit a school ...; sappers later destroyed the unexploded ordnance")
_DISPOSAL_STRUCK = compiled(
    r"(?<![\w-])(?:атак\w*|атаку\w*|удар\w*|обстріл\w*|обстрел\w*|приліт\w*|прилет\w*|"
    r"влуча\w*|попада\w*|strikes?|struck|hit|attack\w*|shell\w*|missiles?|drones?)(?![\w-])",
    re.I,
)
# (not a harm denied: "пострадавших нет", "ніхто не постраждав", "no one was hurt")
_DISPOSAL_HARM = compiled(
    r"(?<!\bне\s)(?<!\bno\s)(?<!\bnot\s)(?<![\w-])(?:killed|died|dead|injured|wounded|hurt|"
    r"загин\w*|загибл\w*|поранен\w*|постражд\w*|травмован\w*|погиб\w*|ранен\w*|пострада\w*|"
    r"травмирован\w*)(?![\w-])(?!\s+(?:нет|немає|не\s+(?:було|было|виявлено|выявлено)))",
    re.I,
)


# what an earlier version of a story said, which a correction takes back: "An earlier version
# of this story said a drone had hit ...", "У попередній версії новини ..."
_EARLIER_VERSION = compiled(
    r"\W*(?:(?:an?|the)\s+)?(?:earlier|previous|original)\s+version\s+of\s+this\s+"
    # (its date told between commas: "An earlier version of this story, published on
    # Wednesday, said ...")
    r"(?:story|article|report|item)(?:\s*,[^,.;]{1,60},)?\s+(?:said|reported|stated|"
    r"(?:wrongly|incorrectly|"
    r"erroneously)\s+\w+)\b|\W*(?:у|в)\s+(?:попередн\w*|предыдущ\w*|первоначальн\w*)\s+"
    r"верс\w*\s+(?:\w+\s+)?(?:йшлося|говорилося|повідомлялося|зазначалося|вказано|"
    r"вказувалося|помилково|говорилось|сообщалось|утверждалось|указывалось|указан\w*|"
    r"ошибочно)",
    re.I,
)
# harm that was not a strike's: "the Lviv fire was not caused by a drone", "caused by an
# electrical fault"
_NOT_A_STRIKE = compiled(
    r"\b(?:(?:was|were|is|are)\s+not\s+caused\s+by\s+(?:an?\s+|the\s+)?(?:\w+\s+)?"
    r"(?:drones?|missiles?|strikes?|attacks?|shelling)|caused\s+by\s+(?:an?\s+)?(?:electrical|"
    r"short\s+circuit|gas\s+leak|faulty\s+wiring|careless))\b",
    re.I,
)


@lru_cache(maxsize=256)
def _no_strike_told(sentence: str) -> str | None:
    """Why a sentence tells of no strike at any place it names, whatever its words of harm:
    ordnance destroyed on purpose, or what an earlier version of a story said; None when
    neither (read once for all the names of a sentence)."""
    if _disposal_only(sentence):
        return "ordnance disposal"
    if ("version" in sentence or "верс" in sentence) and _EARLIER_VERSION.match(sentence):
        return "an earlier version, corrected"
    return None


# the cause told on after a cause that was no strike: "caused by a short circuit after drone
# debris hit a power line", "not caused by a drone but by a missile fragment"
_CAUSE_GOES_ON = compiled(r"[^.;]{0,30}?\b(?:but|after|following|when|from)\b", re.I)
_STRIKE_CAUSE = compiled(
    r"\b(?:missiles?|drones?|strikes?|shell(?:s|ing)?|fragments?|debris|attacks?|bombs?|rockets?)\b",
    re.I,
)


def _disposal_only(sentence: str) -> bool:
    """Whether a sentence tells of ordnance destroyed on purpose (by sappers, planned or
    controlled), and of no strike and nobody harmed: not a strike."""
    return (
        not lacks(sentence, _DISPOSAL_NEEDS)
        and _DISPOSAL.search(sentence) is not None
        and _DISPOSAL_BY.search(sentence) is not None
        and _DISPOSAL_HARM.search(sentence) is None
        and _DISPOSAL_STRUCK.search(sentence) is None
    )


@lru_cache(maxsize=256)  # (read once for all the names of a clause)
def _heard_only(clause: str, sentence: str) -> bool:
    """Whether a clause tells only of explosions heard, and its sentence of no harm done."""
    return (
        not lacks(clause, ("hear",))
        and bool(_HEARD.search(clause))
        # (harm denied is none: "... but officials said no damage was recorded")
        and not _HARM_THERE.search(
            _NEGATED.sub(" ", sentence) if "no" in sentence or "escaped" in sentence else sentence
        )
    )


_TAKEN_WORDS = (
    "moved",
    "taken",
    "rushed",
    "evacuated",
    "transported",
    "brought",
    "airlifted",
    "transferred",
    "relocated",
    "resettled",
    "flown",
)  # one of them in every match of _TAKEN_TO
# "over the", and "over the Kyiv and " for the second name of a list
_OVER = compiled(
    r"\b(?:over|above)\s+"
    # (the regions counted first: "over nine regions, including Perm, Udmurtia and ...")
    # (or a sea after them: "over Russian regions and the Sea of Azov")
    r"(?:(?:[\w-]+\s+)?(?:regions|oblasts|provinces|areas|territory)\s*(?:,?\s*(?:including|"
    r"among\s+them|notably|such\s+as)|\s+and(?:\s+over)?)\s+)?"
    r"(?:the\s+)?(?:occupied\s+)?(?:(?-i:[A-Z])[\w’'\-]*"
    r"(?:\s+(?:regions?|oblasts?|districts?))?(?:,\s*and\s+|,\s*|\s+and\s+))*$",
    re.I,
)
_LAUNCH_VERB = _rx(
    r"launch(?:ed|es|ing)?",
    r"fired",
    r"firing",
    r"dropped",
    r"took off",
    r"flew in",
    r"approached",
    r"released",
    # (what came is a weapon, not people: "evacuees came from Pokrovsk")
    r"(?<!evacuees )(?<!refugees )(?<!patients )(?<!residents )(?<!people )(?<!families )"
    r"(?<!children )came",
    r"(?:fire|shelling|shots|strikes) comes?",  # "the fire comes from the Grayvoron area"
    r"were sent",
    r"launch sites?",
    r"launchers?",
    r"bombers?",
    r"from the direction",
)
_FROM = compiled(
    r"\bfrom\s+(?:over\s+)?(?:the\s+)?(?:(?:territory|areas?|area|directions?|regions?|airspace|"
    r"waters|coast)\s+of\s+(?:the\s+)?)?(?:occupied\s+|annexed\s+|its\s+|russia'?s\s+|"
    r"ukraine'?s\s+)*"
    # names ("from the Oryol and ") and words of where ("from sites near the seized
    # town of "), not any words at all
    r"(?:(?:(?-i:[A-Z])[\w’'\-]*|of|the|in|near|around|at|outside|temporarily|occupied|annexed|"
    r"other\s+side|frontier|border|city|"
    r"town|village|port|airfields?|air\s+bases?|bases?|positions?|launch|sites?|areas?|"
    r"territory|directions?|regions?|oblasts?|districts?|coast|waters|airspace|sea|left|right|"
    r"banks?|side|across|beyond|river|reservoir|lake|bay|estuary|strait)"
    r"(?:,\s*and\s+|,\s*|\s+and\s+|\s+)){0,8}$",
    re.IGNORECASE,
)
# weapons launched or fired at the place: "launched four ballistic missiles at Kyiv", "fired
# 12 drones against the Odesa region", "fired Kalibr missiles from the Black Sea at Odesa",
# "missiles were fired from Crimea at Odesa" (its target, whether or not they hit)
_FIRED_AT = compiled(
    r"\b(?:(?:launched|fired|sent|launching|firing|sending)\s+(?:[\w’'\-]+\s+){0,5}?"
    r"(?:missiles?|drones?|rockets?|uavs?|shaheds?|bombs?)|(?:missiles?|drones?|rockets?|uavs?|"
    r"shaheds?|bombs?)\s+(?:were|was)\s+(?:launched|fired|sent))\s+"
    r"(?:from\s+(?:the\s+)?(?:[\w’'\-]+\s+){1,6}?|\w+\s+)?(?:at|against)\s+"
    r"(?:the\s+)?(?:city\s+of\s+)?$",
    re.IGNORECASE,
)
# a further count fired at another place, its weapon left out: "fired 12 drones at Kharkiv
# and 8 at Sumy"
_MORE_AT = compiled(
    r"(?:,|\band)\s+(?:\d+|[a-z]+)\s+(?:more\s+)?(?:at|against)\s+(?:the\s+)?$", re.I
)
_NAME_BEFORE = compiled(r"\s+(?:the\s+)?(?-i:[A-Z])[\w’'\-]*(?:\s+[\w’'\-]+){0,2}?$", re.I)


def _more_fired_at(before: str) -> bool:
    """Whether ``before`` (the clause up to a name) ends with a count fired at it whose weapon
    the words before name, fired at another place: "fired 12 drones at Kharkiv and 8 at",
    "..., 8 at Sumy and five at"."""
    for _ in range(6):  # the items of the list, the last first
        m = _MORE_AT.search(before)
        if m is None:
            return False
        head = before[: m.start()].rstrip()
        name = _NAME_BEFORE.search(head)  # the place the count before was fired at
        if name is None:
            return False
        before = head[: name.start() + 1]
        if _FIRED_AT.search(before):
            return True
    return False


# "drones from Cape Chauda in Crimea at Odesa": the name after the launch places and "at"
# is their target
_AT_TARGET = compiled(
    # (a region's word after the name: "fired 4 missiles from the Kursk region at Sumy")
    r"(?-i:[A-Z])[\w’'\-]*(?:\s+(?:regions?|oblasts?|districts?|krai|province|republic))?\s+at\s+$"
)
# a strike on a named target right before the "from" of a launch place: "struck Kupiansk"
_STRUCK_FROM = compiled(
    r"\b(?:struck|shelled|attacked|bombed|hit|targeted|pounded|striking|shelling|attacking)\s+"
    r"(?:the\s+)?(?-i:[A-Z])[\w’'\-]*(?:\s+[\w’'\-]+){0,3}?\s+$",
    re.IGNORECASE,
)
# a target struck in the passive right before the "from" of where the fire came from:
# "Kherson is shelled daily from Russian positions across the river in Oleshky"
_SHELLED_FROM = compiled(
    r"\b(?:is|are|was|were|been|being)\s+(?:\w+\s+)?(?:shelled|struck|attacked|bombarded|"
    r"hit|targeted)\s+(?:\w+\s+){0,2}?$",
    re.IGNORECASE,
)
# a count of weapons right before "from": "attacked with 3 Iskander-M ballistic missiles from
# the Belgorod region" (where they were fired from; not "buy drones from Iran")
_WEAPONS_FROM = compiled(
    r"\b\d[\d,]*\s+(?:[\w-]+\s+){0,3}?(?:missiles?|drones?|uavs?|rockets?|shaheds?|bombs?)\s+$",
    re.IGNORECASE,
)
_FLYING_OVER = compiled(
    r"\b(?:(?:flying|flew|operating|fired|aircraft|planes?|jets?|bombers?|fighters?)\s+"
    r"(?:over|from)|"
    # ships that fired, after "from" ("from ships near Novorossiysk"; not "at ships in")
    r"from\s+(?:[\w\-]+\s+){0,2}?(?:ships?|vessels?|submarines?)\s+(?:in|near|off|from))"
    # ("bombers over Engels, Saratov Oblast": the unit after its town too)
    r"\s+(?:the\s+)?(?:[\w’'\-]+,?\s+){0,3}$",
    re.I,
)
# one of them in every _FLYING_OVER ("plane" in "planes", "jet" in "jets")
_FLYING_WORDS = ("flying", "flew", "operating", "fired", "aircraft", "plane", "jet", "bomber")
_FLYING_WORDS += ("fighter", "ship", "vessel", "submarine")
# flying over a place, the name after at most three words (a target further on is struck)
_FLEW_OVER = compiled(
    r"\b(?:flew|flying|passed|crossed)\s+over\s+(?:the\s+)?(?:[\w’'\-]+\s+){0,3}$", re.I
)
_DISTANCE_FROM = compiled(
    r"\b(?:km|kilometres|kilometers|miles|metres|away|far|border)"
    r"\s+from\s+",
    re.I,
)
_ALERT = _rx(r"air[- ]raid", r"sirens?", r"alerts?", r"alarm")
_NO_STRIKE = _rx(
    r"no (?:strikes?|hits?|damage|impacts?|explosions?)",
    r"not hit",
    r"no .{0,20} (?:reported|recorded)",
    r"without (?:any )?(?:strikes?|hits?)",
    r"but no",
    r"were not reported",
    r"was not hit",
)
_SEAT_BEFORE = compiled(
    r"\b"
    + alternation(
        r"talks|summit|meeting|meet|decision|pressure|visit(?:ed|ing)?|trip|deal|"
        r"negotiations?|ministry|department|delegations?|embassy|officials?|government|"
        r"court|parliament|authorities|spokes(?:man|woman|person)|leaders?|speaking|"
        r"envoy|agreed|conference|headquarters|capital|based|defence ministry|"
        r"general staff|command|kremlin|appeal to|sharing with|ties with|relations with|"
        r"support from|supplied by|backed by|forum|according to|accused|accusing|blamed|"
        r"told|urged|called on|airports? of|flights (?:at|to|from)|allies|"
        # where a statement was made: "in a statement issued in Kyiv", "a briefing in Moscow"
        r"statement|issued|released|published|briefing|news conference|press conference"
    )
    + r"\s+(?:(?:in|at|with|to|on|from|by|of)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# (the words are grouped by first letter with :func:`alternation`, in three runs so that the
# one alternative that cannot be, a repeated group of titles before "administration", keeps
# its place among them)
_TITLED_ADMINISTRATION = (
    r"(?:regional\s+|city\s+|state\s+|oblast\s+)*(?:military(?:[\s-]+civil(?:ian)?)?\s+)?"
    r"administration"
)
_SEAT_AFTER = compiled(
    r"^(?:['’]s)?\s*(?:,\s*"
    + alternation(r"which|who|whose|where|the|a|an|its|home\s+to")
    + r"\b[^,]{0,80},\s*)?"
    + alternation(
        r"has\s+|had\s+|did\s+not\s+|does\s+not\s+|would\s+|will\s+|also\s+|again\s+|"
        r"rarely\s+|seldom\s+|never\s+|usually\s+|typically\s+|generally\s+|often\s+"
    )
    + r"?(?:"
    + alternation(
        r"said|says|denied|denies|accused|accuses|"
        # (not "... on Odesa claimed 25 lives": a toll)
        r"claimed(?![^.;,]{0,24}\blives\b)|claims|warned|warns|urged|urges|announced|"
        r"condemned|condemns|responded|"
        r"comment(?:ed|s)?|blamed|insisted|called|demanded|rejected|threatened|pledged|"
        # ("Moscow did not say whether the factory had been hit")
        r"(?<=not\s)say|(?<=not\s)confirm|"
        r"paused|agreed|hosted|hosts|is\s+due|was\s+due|denying|"
        r"(?:(?:acting|deputy|interim)\s+)?(?:mayor|governor)|walked\s+away|"
        r"pulled\s+out|withdrew|signed|refused|decided|insists|time\b|"
        # speakers: "Sadovyi wrote", "the region declared mourning"
        r"wrote|writes|posted|posts|added|adds|stated|states|noted|notes|tweeted|declared|"
        r"declares|mourns|mourned|"
        # an actor's wants and deeds: "the revenue Moscow needs", "Moscow buys drones"
        r"needs|needed|wants|wanted|hopes|hoped|seeks|sought|plans|planned|expects|fears|"
        r"believes|intends|relies|buys|bought|pays|earns|"
        r"spokes(?:man|woman)|officials?|authorities|ministry|envoy"
    )
    + "|"
    + _TITLED_ADMINISTRATION
    + "|"
    + alternation(r"city\s+council|government|delegation|leadership")
    + r")\b",
    re.IGNORECASE,
)
# the place is the actor, not the target: "hit by Moscow", "Kyiv struck targets in Russia",
# "which pushed Moscow to order more shells"
_AGENT_BEFORE = compiled(
    r"\b(?:\w+ed|hit|struck|shot|sent|made|done|taken|carried\s+out)\s+by\s+(?:the\s+)?$", re.I
)
_AGENT_AFTER = compiled(
    r"^(?:['’]s\s+(?:forces|army|military|troops)\s+)?\s*"
    + alternation(
        r"has\s+|have\s+|had\s+|also\s+|again\s+|then\s+|reportedly\s+|repeatedly\s+|"
        r"regularly\s+|frequently\s+|increasingly\s+|consistently\s+"
    )
    + r"*"
    + alternation(
        r"struck|hit|attacked|targeted|launched|fired|sent|"
        r"shelled|bombed|strikes|hits|attacks|targets|launches|fires|sends|used|uses|use"
    )
    + r"\s+(?:back|a|an|the|its|their|targets?|more|dozens|hundreds|over|at\s+least|\d+|drones|"
    # (not "hit by missiles": a place hit by them is their target)
    r"missiles|uavs|rockets|(?:(?!by\s)[a-z.\-]+\s+){1,2}?(?:drones|missiles|targets|sites|"
    # "Kyiv has repeatedly targeted Russian energy infrastructure"
    r"facilities|infrastructure|refineries|airfields|depots|plants))\b"
    # "Kyiv has stepped up attacks on the peninsula", "Moscow intensified its strikes"
    r"|^\s*(?:(?:has|have|had|been|is|are|also|again|reportedly)\s+)*(?:stepped\s+up|"
    r"ramped\s+up|stepping\s+up|ramping\s+up|intensifying|escalating|"
    r"intensified|escalated|increased|expanded|resumed|continued|intensifies|escalates)\s+"
    r"(?:its\s+|their\s+|the\s+)?(?:[a-z\-]+\s+)?(?:attacks|strikes|shelling|bombardment|"
    r"offensive|assaults?|campaign)\b"
    # "Both Moscow and Kyiv deny targeting civilians", "Kyiv accused Moscow of ..."
    r"|^\s*(?:and\s+(?-i:[A-Z])[\w’'\-]*\s+)?(?:(?:has|have|had|also|both|repeatedly|"
    r"consistently)\s+)*(?:deny|denies|denied|accuse[sd]?|blame[sd]?|"
    # "Moscow and Kyiv trade blame"
    r"trade[sd]?\s+(?:blame|accusations|charges))\b",
    re.I,
)
_OBJECT_BEFORE = compiled(r"\b(?:on|at|against|onto|into|upon)\s+(?:the\s+)?$", re.I)
_CAUSED_BEFORE = compiled(
    r"\b(?:led|leading|forced|forcing|prompted|pushed|allowed|enabled|encouraged|compelled|"
    r"persuaded|pressed|pressured)\s+$",
    re.I,
)
_TO_VERB = compiled(r"^\s+to\s+(?!the\b|a\b|an\b)[a-z]+\b")
# a visit: "travelling to Geneva, Switzerland, for talks with ..."
_DIPLOMACY_AFTER = compiled(
    r"^(?:,\s*[A-Z][\w’'\- ]{0,30},)?\s+(?:for|to\s+(?:attend|hold|join))\s+(?:\w+\s+){0,2}?"
    r"(?:talks|summit|meeting|negotiations|visit|conference|forum|consultations)\b",
    re.I,
)
# talks held there: "peace efforts in Geneva", "negotiations in Istanbul"
_TALKS_IN = compiled(
    r"\b(?:peace\s+)?(?:talks|negotiations|efforts|summit|meeting|conference|process|deal)\s+"
    r"in\s+$",
    re.I,
)
# a river or reservoir named like a town ("the Dnipro reservoir", "the Dnipro River")
_WATER_AFTER = compiled(r" (?:river|reservoir|estuary)\b", re.IGNORECASE)
# a river that a city is named after, named with "the" ("across the Dnipro"; the city takes no
# article), unless a unit's word follows ("the Dnipro region")
_THE = ("the ", "The ")
_RIVER_NAMED = compiled(r"Dnipro|Dnieper|Desna|Danube|Dniester|Dnister|Southern\s+Bug")
_UNIT_AFTER = compiled(
    r"\s+(?:(?-i:[A-Z])|(?:city|region|oblast|district|raion|area|municipality|community|hromada|"
    r"airport|port|train|railway|station|plant|factory|works|hospital|metro|council|"
    r"administration|residents?)\b)",
    re.I,
)


def _names_water(clause: str, offset: int, end: int, before: str, after: str) -> bool:
    """Whether the name at ``clause[offset:end]`` names a river or reservoir, not the town
    of that name: "across the Dnipro reservoir", "from across the Dnipro" (not "the Dnipro
    region", "the Dnipro train station")."""
    if after[:1] == " " and _WATER_AFTER.match(after):
        return True
    return (
        before.endswith(_THE)
        and _RIVER_NAMED.fullmatch(clause, offset, end) is not None
        and not _UNIT_AFTER.match(after)
    )


# a place named as the locator of another ("the satellite town of the", "near the", "at the"),
# not as what was struck ("hit the shelter over the Chornobyl nuclear power plant's")
_LOCATOR_BEFORE = compiled(r"\b(?:of|near|at|by|around|from|beside)\s+the\s+$", re.IGNORECASE)
# a nuclear power plant named after a town or its region, right after the name
_NUCLEAR_PLANT_AFTER = compiled(
    r"\s+(?:(?:nuclear|atomic)\s+(?:power\s+)?(?:plant|station)|NPP)\b", re.IGNORECASE
)
# a power plant named after a place that stands elsewhere: "The Trypillia thermal power plant
# near the town of Ukrainka was hit" (its place told after it)
_PLANT_NAMED_AFTER = compiled(
    r"\s+(?:thermal|hydroelectric|hydro|combined\s+heat\s+and)\s+power\s+(?:plant|station)\s+"
    # (not its region: "The Ladyzhyn thermal power plant in Vinnytsia Oblast")
    r"(?:(?:near|outside)\s+(?:the\s+(?:town|city|village)\s+of\s+)?|"
    r"in\s+the\s+(?:town|city|village)\s+of\s+)(?-i:[A-Z])",
    re.IGNORECASE,
)
# a front's direction named after a town: "in the Orikhiv direction", "on the Pokrovsk axis"
_DIRECTION_AFTER = compiled(
    # (and the first of two: "in the Kostiantynivka and Huliaipole directions")
    r" (?:(?:and|or) (?-i:[A-Z])[\w’'\-]+ )?(?:directions?|ax[ie]s|sectors?|fronts?)\b",
    re.IGNORECASE,
)
# "from the" and the names of a list before a name: "from the Kursk, Oryol and "
_FROM_LIST_BEFORE = compiled(r"\bfrom\s+the\s+(?:(?-i:[A-Z])[\w’'\-]+(?:,\s+|\s+and\s+))+$")
# a speaker's title after a name that opens the sentence: "Petrenko, Acting Governor: ..."
_TITLE_AFTER = compiled(
    r"^,\s+(?:acting\s+|regional\s+|local\s+|deputy\s+)?(?:governor|mayor|head\s+of|"
    r"spokes(?:man|woman|person)|minister|ambassador|chief)\b",
    re.I,
)
# an institution named after the place is not where weapons came from
_INSTITUTION_AFTER = compiled(
    r"^\s+(?:(?:city|regional|oblast|state|military|civil(?:ian)?|-civilian)[\s-]+)*"
    r"(?:administration|council|authorities|officials|ministry|governor|mayor|police|"
    r"prosecutor)",
    re.I,
)
# an official's words that point back at the place: "the governor of X said drones were shot
# down over the region"
_BACK_REFERENCE = compiled(
    r"\b"
    + alternation("the|that|this|its")
    + r"\s+(?:town|city|village|settlement|port|region|oblast|"
    # (not "the town of Rylsk": another place's name)
    r"district|community|capital)\b(?!\s+of\s)",
    re.I,
)
_READ_ALSO_INLINE = compiled(
    r"(?:^|[.!?…]\s*|\s)(?:read\s+also|see\s+also|also\s+read|read\s+more|related)\s*:", re.I
)
_RECALL_ONLY = _rx(r"renamed", r"formerly", r"known as", r"named after", r"hometown", r"born in")
# where a person lives, right before the name: "a worker who lives in nearby Ruzayevka"
_LIVES_IN = compiled(
    r"\b(?:who|that)\s+(?:lives|lived|resides|resided)\s+in\s+(?:the\s+)?"
    r"(?:nearby\s+|neighbou?ring\s+)?$",
    re.IGNORECASE,
)
_RECALL_WORDS = ("named", "formerly", "known", "hometown", "born")  # one in every match


_RELATIVE_ASIDE = r",\s+(?:which|where|whose|who)\b[^,;]*(?:,|$)"
# (not the dashes that open the lines of a list: "in:\n– Chornomorsk;\n– Biliaivka")
_PARENTHETICAL = compiled(_RELATIVE_ASIDE + r"|[^\S\n][—–]\s[^—–\n]*[^\S\n][—–]\s")
# the same asides in a sentence with fewer than two dashes, where none stands between dashes
_RELATIVE_ASIDE_RE = compiled(_RELATIVE_ASIDE)
# "; ", ", as ", " while ", ", but ", ", whereas ", ", although ", ", hours after ": the
# alternatives after ", " share its white space, and every alternative starts with one
# character the engine checks before entering it
# (", as well as" goes on with a list: no break)
_BREAK_WORDS = r"as\s+(?!well\s+as\b)|but\s+|whereas\s+|although\s+"
_PUNCTUATION_BREAK = (
    r";\s+|,\s+(?:" + _BREAK_WORDS + r"|(?:\w+\s+){1,2}(?:after|before)\s+(?=[A-Z]))"
)
# ("killed while driving near Zolochiv": "while" before a verb's -ing form breaks nothing)
_CLAUSE_BREAK = compiled(_PUNCTUATION_BREAK + r"|\s\s*while\s+(?![a-z]+ing\b)")
# the same breaks in a text without "while": every match starts with ";" or ",", which the
# engine finds by its fast scan for a pattern's first characters
_PUNCTUATION_BREAK_RE = compiled(_PUNCTUATION_BREAK)
# the same breaks in a text without "after" and "before" (case kept: the patterns do not
# ignore it), whose last alternative needs one of them
# what the words of _BREAK_WORDS hold ("whereas" holds "as"), case kept
_BREAK_WORD_STEMS = ("as", "but", "although")
_BREAK_BUT_AFTER_RE = compiled(r";\s+|,\s+(?:" + _BREAK_WORDS + ")")
# "citing a source in Kyiv", "citing officials in": where those who told it are
_CITING_IN = compiled(
    r"\bciting\s+(?:an?\s+|unnamed\s+|anonymous\s+|local\s+|military\s+)*"
    r"(?:sources?|officials?|people|residents)\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Kyiv city avoided damage", "Lviv was spared": no strike there
_SPARED_AFTER = compiled(
    r"(?:\s+(?:city|itself))?\s+(?:avoided|escaped)\s+(?:any\s+)?(?:damage|strikes?|hits?|"
    r"casualties)\b|(?:\s+(?:city|itself))?\s+(?:was|were)\s+spared\b",
    re.IGNORECASE,
)
# the place itself told not hit, against its surroundings struck: "the city of Odesa itself
# was not hit" (the place's other mentions, "the outskirts of Odesa", give way to it)
_ITSELF_NOT_HIT = compiled(
    r"\s+itself\s+(?:was\s+not|wasn['’]t|was\s+never|has\s+not\s+been|had\s+not\s+been|"
    r"is\s+not)\s+(?:hit|struck|damaged|attacked|affected)\b"
    # (not "was not struck until morning, when ...", "in the first wave")
    r"(?!\s+(?:until|till|in\s+the\s+first|at\s+first|initially)\b)"
)
#: The cue of a place told not hit itself (see :data:`_ITSELF_NOT_HIT`).
ITSELF_NOT_HIT = "not hit itself"
_REFERENCE = compiled(
    r"\b"
    + alternation(
        [
            # (not a part of the place: "in the west of Kharkiv")
            r"(?<!in\sthe\s)"
            r"(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|"
            r"northwest|southeast|southwest|northern|southern|eastern|western)(?:ern)?\s+of\s+"
            r"(?:the\s+)?(?:city\s+of\s+|(?:regional\s+|region['’]s\s+)?capital,?\s+)?$",
            # ("40 kilometers (25 miles) down the Dnieper River from the capital")
            r"(?:km|kilometres|kilometers|miles)\s+(?:\([^()]{1,20}\)\s+)?(?:\w+\s+)?"
            r"(?:(?:up|down|along)\s+the\s+(?:\w+\s+)?(?:river|coast)\s+)?(?:of|from)\s+(?:the\s+)?"
            r"(?:(?:Russia|Ukraine|Belarus)['’]s\s+)?"
            r"(?:[a-z]+\s+)?(?:(?:town|city|village)\s+of\s+|capital,?\s+)?$",
            # "a few kilometres from the border with Russia's Kursk region", "across the
            # border from Belgorod"
            r"border\s+(?:with|from)\s+(?:the\s+)?(?:(?:Russia|Ukraine|Belarus)['’]s\s+)?$",
            r"(?:far|other|opposite|left|right)\s+(?:side|bank)\s+of\s+(?:the\s+)?"
            r"(?:[a-z]+\s+)?$",
            # a place named after another as its neighbour: "Kivsharivka, near Kupiansk"
            rf"(?!(?:{'|'.join(DAY_NAMES)}|{'|'.join(MONTHS)})\b)"
            r"(?-i:[A-Z])[\w’'\-]*,\s+"
            # ("Vyshneve, a town on the outskirts of Kyiv", "Irpin, a suburb of Kyiv")
            r"(?:an?\s+(?:[a-z\-]+\s+){0,2}?(?:town|village|city|suburb|settlement)\s+"
            r"(?=near|outside|not|close|on|of))?"
            r"(?:near|outside|not\s+far\s+from|close\s+to|(?<=suburb\s)of|"
            # ("Pokotylivka, on the southern outskirts of Kharkiv")
            r"on\s+the\s+(?:[a-z\-]+\s+)?(?:outskirts|edge)\s+of)\s+"
            r"(?:the\s+(?:city|town)\s+of\s+)?$",
        ]
    ),
    re.IGNORECASE,
)
_ANAPHOR = compiled(
    r"\b(?:(?:the|that|this)\s+(?P<noun>town|city|village|settlement|port|region|district|"
    r"community)\b|there\b)",
    re.I,
)


def _fits(noun: str | None, kind: str | None) -> bool:
    """Whether an anaphor's noun (None: "there") may refer back to a place of ``kind``: any
    but "the region" to a town (a town's community or district may be its own; a region's
    town or port is a place of its own)."""
    return noun is None or kind != "settlement" or noun.lower() != "region"


# one of these (case matters: the pattern does not ignore it) is in every match of
# _PARENTHETICAL that holds no dash ("whose" holds "who")
_ASIDE_WORDS = ("which", "where", "who")


@lru_cache(maxsize=256)
def _parentheticals(sentence: str) -> tuple[tuple[int, int, bool], ...]:
    """Start, end and whether it is a "where" clause, of each aside of a sentence."""
    pattern = _PARENTHETICAL
    if sentence.count("—") + sentence.count("–") < 2:  # an aside between dashes needs two
        if "," not in sentence or not any(map(sentence.__contains__, _ASIDE_WORDS)):
            return ()  # the pattern needs two dashes, or a comma and one of its words
        pattern = _RELATIVE_ASIDE_RE
    return tuple(
        (m.start(), m.end(), m.group().lstrip(", ").startswith("where"))
        for m in pattern.finditer(sentence)
    )


@lru_cache(maxsize=256)
def clause_of(sentence: str, offset: int, end: int) -> tuple[str, int, int]:
    """The clause of a sentence that holds ``sentence[offset:end]``.

    A relative clause (", which ...", ", where ...") or a dash aside belongs only to the names
    inside it; the rest of the sentence is split at clause breaks ("; ", ", as ", " while ").
    Returns the clause text with the mention's offsets inside it. Cached for the last few
    mentions, since both the role and the damage of a place read it.
    """
    asides = _parentheticals(sentence)
    if not asides and not _clause_breaks(sentence):
        return sentence, offset, end  # one clause: the sentence itself, not a copy of it
    masked = sentence
    for start, stop, where in asides:
        if start <= offset < stop:
            return sentence[start:stop], offset - start, end - start
        if where and 0 <= start - end <= 12:
            continue  # "... regions, where drones hit ...": the clause describes the place
        masked = masked[:start] + " " * (stop - start) + masked[stop:]
    lo, hi = span_between(_clause_breaks(masked), offset, end, len(masked))
    return masked[lo:hi], offset - lo, end - lo


@lru_cache(maxsize=256)
def _clause_breaks(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the clause breaks of a sentence (asides masked), found once for all the
    names in it."""
    if "while" not in text:
        if ";" not in text and "," not in text:
            return ()  # every break starts with one of these
        if "after" not in text and "before" not in text:  # the last alternative cannot match
            if ";" not in text and not any(map(text.__contains__, _BREAK_WORD_STEMS)):
                return ()  # every break of that pattern holds ";" or one of these
            return tuple(map(_span, _BREAK_BUT_AFTER_RE.finditer(text)))
        return tuple(map(_span, _PUNCTUATION_BREAK_RE.finditer(text)))
    return tuple(map(_span, _CLAUSE_BREAK.finditer(text)))


_span = re.Match.span


def hard_impact_after(clause: str) -> str | None:
    """A verb of damage in ``clause`` ("... after drones attacked the port")."""
    m = _HARD_IMPACT.search(clause)
    return m.group() if m else None


@lru_cache(maxsize=256)
def impact_cue(text: str) -> str | None:
    """The first word of damage or attack in ``text``, or None ("nobody was hurt" is none).

    Cached for the last few texts: the places of one clause share it."""
    low = lowered(text)
    folds = low is None  # it holds a character ignoring case takes for another letter
    if folds or (  # every _NEGATED match holds "no", "without" or "escaped", and a word of harm
        ("no" in low or "without" in low or "escaped" in low)
        and any(map(low.__contains__, _NEGATED_WORDS))
    ):
        text = _NEGATED.sub(" ", text)
        low = text.lower()
    if text.isascii() or not (folds or _STRONG_IMPACT_LEFT_OUT.search(text)):
        # the words in lower case, found where the pattern finds them: in a text without
        # the first letters of the words the ASCII pattern leaves out (Cyrillic ones), nor
        # characters ignoring case takes for another letter (see _ascii_rx); lower case
        # keeps there every character's place ("’", "—" and "é" too)
        m = _STRONG_IMPACT_ASCII.search(low)
        return text[m.start() : m.end()] if m else None
    m = _STRONG_IMPACT.search(text)
    return m.group() if m else None


def told_unharmed(text: str) -> bool:
    """Whether ``text`` (English) holds a word of a strike only where it is denied ("The
    park was not damaged", "no damage was reported"): the place it names was not hit, and a
    next sentence's "the city" does not make it so."""
    return impact_cue(text) is None and _STRONG_IMPACT.search(text) is not None


def anaphor_cue(next_sentence: str, kind: str | None = None, lang: str | None = None) -> str | None:
    """A strike cue of a sentence that refers back to a place ("the town", "there", "там",
    "у місті"), of ``kind`` when given: a town is not "the region" ("Russia occupies
    Melitopol. Towns in the rest of the region are shelled daily"); read in the report's
    language ``lang``."""
    if lang in ("uk", "ru") and not next_sentence.isascii():
        if not any(_fits(_cyrillic_noun(m), kind) for m in _ANAPHOR_CYR.finditer(next_sentence)):
            return None
        return strike_cue(next_sentence, lang)
    if any(_fits(m.group("noun"), kind) for m in _ANAPHOR.finditer(next_sentence)):
        cue = impact_cue(next_sentence)
        if cue and not (_ALERT.search(next_sentence) and _NO_STRIKE.search(next_sentence)):
            return cue
    return None


def denied_after(next_sentence: str, kind: str | None = None) -> bool:
    """Whether a sentence after one telling of explosions at a place refers back to it and
    says nothing was hit ("Pryluky: loud explosions at 4 a.m. The council says no hits in
    the town"), or in Ukrainian or Russian says so alone ("Вибухи в Кременчуці. Влучань
    немає."): the blasts were the air defence's."""
    if not next_sentence.isascii():
        return _uk_ru().hits_denied(next_sentence)
    return bool(_NO_STRIKE.search(next_sentence)) and any(
        _fits(m.group("noun"), kind) for m in _ANAPHOR.finditer(next_sentence)
    )


# the cues of explosions alone, which a denial told of the place after them outweighs
BLAST_CUES = frozenset((
    "explosion", "explosions", "blast", "blasts",
    "вибух", "вибухи", "вибухів", "взрыв", "взрывы", "взрывов",
))  # fmt: skip


# the same words in Ukrainian and Russian: "Там FPV-дрон атакував ...", "У місті ..."
_ANAPHOR_CYR = compiled(
    r"(?<![\w-])(?:там|тут|(?:у|в)\s+(?P<noun>місті|городе|селі|селе|селищі|поселке|посёлке|"
    r"громаді|області|области))(?![\w-])",
    re.I,
)


def _cyrillic_noun(m: re.Match[str]) -> str | None:
    """The English noun :func:`_fits` reads for a Cyrillic anaphor (None: "там")."""
    noun = m.group("noun")
    if noun is None:
        return None
    return "region" if noun.lower().startswith("облас") else "town"


def strike_cue(text: str, lang: str | None) -> str | None:
    """The word of ``text`` that tells of a strike, read in the report's language ``lang``
    (Ukrainian and Russian by the words' lemmas, see
    :func:`geo.understand.roles_uk_ru.impact_word`); None when it tells none."""
    if lang in ("uk", "ru") and not text.isascii():
        return _uk_ru().impact_word(text, lang)
    return impact_cue(text)


def item_list_cue(head: str, lang: str | None) -> RoleDecision | None:
    """Role of a place that opens an item of a bulleted list, from the line that heads the
    list ("What was hit:"); None when it tells of no strike, or of outages ("Power outages:",
    "Emergency blackout schedules apply in:")."""
    if _OUTAGE_EN.search(head) or _SCHEDULES.search(head):
        return None
    cue = strike_cue(head, lang)
    return RoleDecision("impact", f"{cue} (an item of a list)") if cue else None


# outages the grid schedules, heading a list: "Blackout schedules apply in:", "Графіки
# відключень діють у:"
_SCHEDULES = compiled(
    r"\b(?:schedules?|графік\w*|график\w*|відключен\w*|отключени\w*|знеструм\w*|обесточ\w*)",
    re.I,
)


def block_cue(block: str, lang: str | None = None) -> RoleDecision:
    """Role of a heading ("Kherson region.") from the block of text it heads, read in the
    report's language ``lang``."""
    if _ALERT.search(block) and _NO_STRIKE.search(block) and not _HARD_IMPACT.search(block):
        return RoleDecision("mention", "heading of an alert without a strike")
    if block.isascii() and " no " in block.lower():
        block = _NEGATED.sub(" ", block)  # "... found no evidence of a hit there": no cue
    if _DAMAGE_ELSEWHERE.search(block):
        return RoleDecision("mention", "heading of outages from damage elsewhere")
    cue = strike_cue(block, lang)
    if cue is None and _LIST_WEAPONS.search(block):  # "🔸 Брянская область\nСбиты 5 БПЛА."
        down = _DOWN.search(block) or _DOWN_CYRILLIC.search(block)
        cue = down.group() if down else None
    if cue:
        return RoleDecision("impact", f"heading of a block reporting: {cue}")
    return RoleDecision("mention", "heading without a strike cue")


# outages told of a region because of damage in others: "Odesa region. Because of damage to
# the power system in other regions, emergency outages are in place"
_DAMAGE_ELSEWHERE = compiled(
    r"\b(?:because\s+of|due\s+to|after)\s+(?:the\s+)?damage\s+(?:[\w-]+\s+){0,5}?in\s+other\s+"
    r"(?:regions|oblasts|areas)\b",
    re.IGNORECASE,
)
# the end of the cue of a place on a list's line that counts the weapons brought down over it
DOWN_LIST_CUE = "over it (a count of a list)"
# the count after a dash that ends a list's line: "Bryansk Region — 28"
LINE_COUNT = compiled(r"\s*[—–-]\s*(\d+)\s*$")
_DOWN = _rx(*_DOWN_WORDS)
_LIST_WEAPONS = compiled(
    r"(?:drone|uav|missile|shahed|rocket|дрон|бпла|безпілот|беспилот|ракет|шахед|ціл|цел)", re.I
)
_DOWN_CYRILLIC = compiled(
    r"(?<![\w-])(?:збит|збил|збив|знешкод|знищ|ліквідов|перехопл|сбит|сбил|уничтож|перехвач|"
    r"ликвидир)\w*",
    re.I,
)


def list_cue(head: str) -> RoleDecision | None:
    """Role of a place on a line of a list that gives it only a count ("Bryansk Region —
    28"), from the words that head the list ("... intercepted and destroyed 105 drones.
    Breakdown by region:"; its cue then ends with :data:`DOWN_LIST_CUE`); None when they
    tell of no strike nor of weapons brought down."""
    down = (
        (_DOWN.search(head) or _DOWN_CYRILLIC.search(head)) if _LIST_WEAPONS.search(head) else None
    )
    if down:  # (weapons brought down, not "Знищено будинків по областях")
        return RoleDecision("impact", f"{down.group()} {DOWN_LIST_CUE}")
    if _OUTAGE_EN.search(head):
        return None  # "Customers still without power (thousands):"
    cue = impact_cue(head)
    return RoleDecision("impact", f"{cue} (counted in a list)") if cue else None


_ALERT_WORDS = ("air-raid", "air raid", "siren", "alert", "alarm")  # one in every _ALERT match


# a claim of a strike that the sentence denies, up to the name: "dismissed a claim by Russia's
# Defense Ministry that Russian missiles had destroyed aircraft at the X air base", "denied
# reports that drones hit X"
_DENIED_CLAIM = compiled(
    r"\b(?:(?:dismiss|reject|refut|den(?:y|ied|ies|ying)|debunk)\w*\s+"
    # ("dismissed as false and absurd the widely shared claims that")
    r"(?:as\s+(?:an?\s+)?(?:false|fake|untrue|fabricated|fabrication|nonsense|lies?|"
    r"propaganda)(?:\s+and\s+\w+)?\s+(?:[\w’'\-]+\s+){0,4}?|(?:[\w’'\-]+\s+){0,3}?)"
    r"(?:claims?|reports?|allegations?|assertions?)\s+(?:[\w’'\-]+\s+){0,4}?that|"
    r"den(?:y|ied|ies|ying)\s+that)\b"
    # (up to the name, no other clause joined: "denied that ..., saying a missile hit X")
    r"(?:(?!,\s+(?:but|while|as|and|although|though|saying|adding|even|after|when|noting)\b)"
    r"[^.;!?])*$",
    re.IGNORECASE,
)
_DENIED_WORDS = ("dismiss", "reject", "refut", "deny", "denie", "denyi", "debunk")


@lru_cache(maxsize=256)
def _may_deny_claim(sentence: str) -> bool:
    """Whether a sentence may hold a word of denial (read once for all its names)."""
    return not lacks(sentence, _DENIED_WORDS)


def _denied_claim(sentence: str, offset: int, end: int) -> str | None:
    """The words that deny a claimed strike told before the name at ``offset``, if any: not
    when the sentence goes on with its own account of the harm ("dismissed reports that the
    strike in X hit a base, saying a hotel was destroyed")."""
    if not _may_deny_claim(sentence):
        return None  # (nor its words before the name)
    before = sentence[:offset]
    if lacks(before, _DENIED_WORDS):
        return None
    m = _DENIED_CLAIM.search(before)
    if m is None or _OWN_ACCOUNT_AFTER.match(sentence, end):
        return None
    return f"denied claim: {' '.join(m.group().split()[:3])}"


_OWN_ACCOUNT_AFTER = compiled(
    r"[^.;!?]*?,\s+(?:saying|adding|noting|stating)\b[^.;!?]*?\b(?:destroyed|killed|damaged|hit|"
    r"struck|wounded|injured)\b",
    re.I,
)


# a claim of a strike before the name, denied after it: "milbloggers claimed that the strikes
# destroyed aircraft at the airfield near X, but Ukrainian officials denied that any strike
# hit the airfield"
_CLAIMED_BEFORE = compiled(r"\b(?:claimed|claims|claim|alleged|alleges|asserted)\b[^.;!?]*$", re.I)
_DENIED_AFTER = compiled(
    r"[^.;!?]*?,?\s+(?:but|however|while|though|although)\s+[^.;!?]*?"
    r"\b(?:denied|denies|deny|dismissed|refuted|rejected|"
    # "..., but local officials said no strike had taken place there"
    r"said\s+no\s+(?:strike|attack|hit|damage)\s+had\s+(?:taken\s+place|occurred|happened))\b",
    re.I,
)


def _claim_denied_after(sentence: str, offset: int, end: int) -> str | None:
    """``claim denied`` when the name stands in a claim that the sentence denies after it:
    "milbloggers claimed ... X, but officials denied ...", "Reports about a 'hit in X' are
    not true"."""
    claimed, untrue = _claim_words(sentence)
    if claimed and (
        _CLAIMED_BEFORE.search(sentence, 0, offset) and _DENIED_AFTER.match(sentence, end)
    ):
        return "claim denied"
    if (
        untrue
        and _REPORTS_OF_BEFORE.search(sentence, max(0, offset - 120), offset)
        and _UNTRUE_AFTER.match(sentence, end)
    ):
        return "claim denied"
    return None


@lru_cache(maxsize=256)
def _claim_words(sentence: str) -> tuple[bool, bool]:
    """Whether a sentence holds a word of a claim, and one of a report told untrue (read once
    for all its names)."""
    low = lowered(sentence)  # (lacks reads it for both lists of words)
    return not lacks(sentence, _CLAIM_WORDS, low), not lacks(sentence, _UNTRUE_WORDS, low)


_CLAIM_WORDS = ("claim", "alleg", "assert")


# the reports or claims of a strike at the name, told untrue right after it: "Reports
# circulating on social media about a 'hit in X' are not true", "Claims of a strike on X are
# false", "Rumours that a missile hit X were groundless" (not "Reports that the strike on X
# killed 50 are false": a detail denied, not the strike)
_REPORTS_OF_BEFORE = compiled(
    r"\b(?:reports?|claims?|rumou?rs?|information|posts?|messages?|allegations?|videos?)\b"
    r"[^.;!?]{0,60}?\b(?:(?:about|of|on)\s+(?:an?\s+|the\s+)?[\"'“‘]?(?:(?:drone|missile)\s+)?"
    r"(?:hits?|strikes?|explosions?|attacks?|impacts?|blasts?)\s+(?:in|on|at)|"
    r"that\s+(?:an?\s+|the\s+)?(?:missiles?|drones?|rockets?|bombs?)\s+(?:had\s+)?(?:hit|struck))"
    r"\s+(?:the\s+)?$",
    re.I,
)
_UNTRUE = r"(?:not\s+true|untrue|false|fake|groundless|baseless|unfounded|incorrect|not\s+accurate)"
_UNTRUE_AFTER = compiled(
    rf"[\"'”’]?,?\s+(?:circulating\s+online\s+)?(?:is|are|was|were)\s+(?:\w+ly\s+)?{_UNTRUE}\b",
    re.I,
)
_UNTRUE_WORDS = ("true", "false", "fake", "groundless", "baseless", "unfounded", "incorrect")
_UNTRUE_WORDS += ("accurate",)


# a place used to launch attacks from, and the targets of such attacks told in general:
# "Moscow uses the Belgorod region as a launchpad for drone attacks on Kharkiv"
_LAUNCHPAD_AFTER = compiled(
    r"\s+as\s+an?\s+(?:launch\s*pad|launching\s+pad|staging\s+(?:ground|area|post)|"
    r"springboard)\b",
    re.I,
)
_LAUNCHPAD_BEFORE = compiled(
    r"\b(?:launch\s*pad|launching\s+pad|staging\s+(?:ground|area|post)|springboard)\s+for\b"
    r"[^.;!?]*$",
    re.I,
)


def _launchpad(sentence: str, offset: int, end: int) -> tuple[str, str] | None:
    """The role of a place named as a launchpad of attacks (``launch``), or as the target of
    such attacks told in general (``mention``); None otherwise."""
    if "pad" not in sentence and "staging" not in sentence and "springboard" not in sentence:
        return None
    if _LAUNCHPAD_AFTER.match(sentence, end):
        return "launch", "used as a launchpad"
    if _LAUNCHPAD_BEFORE.search(sentence, 0, offset):
        return "mention", "target of attacks told in general"
    return None


# "In Budapest, Hungary's foreign minister called the strike ...": where an official spoke,
# when what was said tells of no strike there (no verb of damage after the speaking verb)
_SPOKEN_AFTER = compiled(
    r"\s*,\s+(?:(?!regional\b|city\b|local\b|oblast\b|municipal\b)[\w’'\-]+\s+){0,6}?"
    r"(?:minister|spokes(?:man|woman|person)|president|premier|chancellor|foreign\s+ministry|"
    r"kremlin|ambassador|envoy)\b"
    r"(?:\s+[\w’'\-]+){0,3}?\s+(?P<verb>said|says|called|told|stated|warned|added|wrote|noted|"
    r"argued|urged|condemned|denounced|described|branded)\b",
    re.IGNORECASE,
)
_NAMING_VERBS = frozenset(("called", "described", "branded", "condemned", "denounced"))
_IN_OPENING = compiled(r"^\W*in\s+$", re.IGNORECASE)


def _spoken_in(sentence: str, offset: int, end: int) -> str | None:
    """``where an official spoke`` for a name that opens its sentence after "In" and is
    followed by an official who speaks of no strike there; None otherwise."""
    if not _IN_OPENING.match(sentence[:offset]):
        return None
    m = _SPOKEN_AFTER.match(sentence, end)
    if m is None:
        return None
    if m.group("verb").lower() not in _NAMING_VERBS and impact_cue(sentence[m.end() :]):
        return None  # what was said tells of a strike there
    return "where an official spoke"


@lru_cache(maxsize=64)
def _alert_without_strike(sentence: str) -> bool:
    """True when a sentence reports an air-raid alert and says nothing was hit."""
    low = _lowered_for_ascii(sentence)  # (as lacks reads it, for these words)
    if low is not None and not any(map(low.__contains__, _ALERT_WORDS)):
        return False  # no word _ALERT matches
    return bool(_ALERT.search(sentence) and _NO_STRIKE.search(sentence))


# The words just before a name that the "...$" patterns read: they need no more, and
# searching a shorter text is faster.
_TAIL = 60


_BEFORE = 90  # the words before a name that the rules read
_LIST_BEFORE = 240  # ... and those read for the head of a list the name is in
# the most runs of non-space characters a match of _SEAT_BEFORE ("according to the ") and
# of _REFERENCE ("km from the Russian town of ") spans: search only those (see _last_runs)
_SEAT_RUNS = 4
_REFERENCE_RUNS = 7
_LONG_RUNS = 12  # ("kilometers (25 miles) down the Dnieper River from the ")
# a word of each match of _REFERENCE
_REFERENCE_WORDS = ("of", "from", "border", "near", "outside", "close")


def decide_role(
    sentence: str,
    offset: int,
    end: int,
    *,
    kind: str,
    dateline: bool,
    qualifier: str | None = None,
    lang: str | None = None,
) -> RoleDecision:
    """Decide the role of the mention at ``sentence[offset:end]``.

    Parameters
    ----------
    sentence : str
        The sentence (or list item) holding the mention.
    offset, end : int
        The mention's span within ``sentence``.
    kind : str
        The resolved place's kind; countries are never impact sites.
    dateline : bool
        True when the mention stands in the report's dateline.
    qualifier : str or None
        The word after the name ("regional" marks an official's seat).
    lang : str, optional
        The report's language: a Cyrillic sentence whose letters do not tell Ukrainian from
        Russian is read in it (:func:`geo.language.morphology.sentence_language`).

    Returns
    -------
    RoleDecision
    """
    headline, lang = _sentence_reading(sentence, lang)
    if headline or (
        sentence.find(":", 0, offset) >= 0 and _READ_ALSO_INLINE.search(sentence, 0, offset)
    ):
        return _decision("mention", "headline of another article")
    if dateline:
        return _decision("mention", "dateline")
    labelled = _labelled(sentence, offset, end, kind) if ":" in sentence else None
    if labelled:
        return _decision(*labelled)
    told = _no_strike_told(sentence)
    if told:
        return _decision("mention", told)
    if lang in ("uk", "ru"):
        return _decision(
            *_uk_ru().decide_role_uk_ru(
                sentence, offset, end, kind=kind, qualifier=qualifier, lang=lang
            )
        )
    name_end, sentence_offset = end, offset
    clause, offset, end = clause_of(sentence, offset, end)
    if (
        "\n" in sentence
        and (item := _list_item_clause(sentence, sentence_offset, name_end))
        and not impact_cue(clause)
        and not _OUTAGE_EN.search(item[0][: item[1]])  # ("Power outages hit:\n– Sumy;")
    ):  # "Damage was reported in:\n– Chornomorsk;\n– Biliaivka.": the head's cue, when
        # the line tells none of its own
        clause, offset, end = item
    before = clause[max(0, offset - _BEFORE) : offset]
    after = clause[end : end + 120]
    # ``before`` in lower case, to skip the patterns whose words it lacks (see
    # geo.language.text.lacks; None: it holds a letter that ignoring case may take for
    # another, and every pattern runs)
    low = _lowered_for_ascii(before)
    if _names_water(clause, offset, end, before, after):
        return _decision("mention", "a river or reservoir of that name")
    if after[:1] == " " and _PLANT_NAMED_AFTER.match(after):
        return _decision("mention", "a plant named after it")
    if (
        after[:1] == " "
        and _DIRECTION_AFTER.match(after)
        # (not the directions drones were launched from: "launched from the Kursk, Oryol and
        # Primorsko-Akhtarsk directions")
        and not ("from" in before and _FROM_LIST_BEFORE.search(before))
    ):
        return _decision("mention", "a front's direction")  # "attacks in the Pokrovsk direction"
    between = _between(before, low, after)
    if between:
        return _decision("mention", between)
    if (
        kind == "settlement"
        and after[:1] == " "
        and _NUCLEAR_PLANT_AFTER.match(after)
        and _LOCATOR_BEFORE.search(before)
    ):
        # "Netishyn, the satellite town of the Khmelnytskyi Nuclear Power Plant": the plant
        # stands in another town than the one it is named after (its region's capital)
        return _decision("mention", "a nuclear plant named after it")
    launch = _launch_cue(clause, before, after, low) if _may_launch(low) else None
    if launch and (struck := _STRUCK_RELATIVE.match(sentence, name_end)):
        # "patients came from Prosiana, where a drone hit their house": struck there
        return _decision("impact", f"where ... {struck.group().split()[-1]}")
    if launch:
        return _decision("launch", launch)
    if kind == "country":
        return _decision("mention", "country")
    if _alert_without_strike(sentence):
        return _decision("mention", "air-raid alert without a strike")
    denied = _denied_claim(sentence, sentence_offset, name_end) or _claim_denied_after(
        sentence, sentence_offset, name_end
    )
    if denied:
        return _decision("mention", denied)
    pad = _launchpad(sentence, sentence_offset, name_end)
    if pad:
        return _decision(*pad)
    spoken = _spoken_in(sentence, sentence_offset, name_end)
    if spoken:
        return _decision("mention", spoken)
    if "no " in sentence and _NO_DAMAGE_AFTER.match(sentence, name_end):
        return _decision("mention", "no damage reported there")  # "Kerch, which reported no"
    if ("no " in sentence or "nothing" in sentence) and _nothing_found_there(
        sentence, clause, (sentence_offset, name_end), end, kind
    ):
        return _decision("mention", "no strike recorded there")
    seat = _seat_cue(before, after, qualifier, _next_word(after))
    if seat and _STRUCK_RELATIVE.match(sentence, name_end):
        seat = None  # "at a briefing in Kharkiv, where a glide bomb struck a block": struck
    if seat:
        # (the officials of the place speak: "officials in occupied Tokmak claimed ...")
        speaker = _speaker(seat) or bool(_OFFICIALS_IN.search(before, max(0, len(before) - 60)))
        cue = _reports_on_itself(speaker, after, kind)
        if cue:
            return RoleDecision("impact", f"{cue} ({seat} ... refers back)")
        return _decision("mention", seat)
    ref = None
    if low is None or any(map(low.__contains__, _REFERENCE_WORDS)):
        tail = before[-_TAIL:]
        # (a distance's miles in brackets or its way along a river span more runs)
        runs = _REFERENCE_RUNS if "(" not in tail and " the " not in tail[-40:] else _LONG_RUNS
        ref = _REFERENCE.search(tail, _last_runs(tail, runs))
    if ref:
        words = ref.group().strip()
        first, _, rest = words.partition(" ")
        if first.endswith(",") and rest:  # "Kivsharivka, near": the words after the place
            words = rest
        return _decision("mention", f"reference point: {words}")
    over = _OVER.search(before) if low is None or "over" in low or "above" in low else None
    if over and _FLEW_OVER.search(before) and not _BROUGHT_DOWN.search(clause):
        return _decision("mention", "flew over")  # "A missile flew over the Cherkasy region"
    if over and _INTERCEPT_WORDS.search(clause):
        return _decision("impact", over.group().strip() + " (shot down over)")
    if (low is None or any(map(low.__contains__, _TAKEN_WORDS))) and _TAKEN_TO.search(before):
        return _decision("mention", "hospital the wounded were taken to")
    if (low is None or any(map(low.__contains__, _SHELTERED_WORDS))) and _SHELTERED_IN.search(
        before
    ):
        return _decision("mention", "where people were sheltered")
    if (
        (low is None or "hospital" in low)
        and _HOSPITAL_IN.search(before)
        and not _HOSPITAL_STRUCK.search(before)
    ):
        return _decision("mention", "hospital the wounded were taken to")
    if (
        (
            low is None
            or " in" in low
            or ("from" in low and any(map(low.__contains__, _SAID_FROM_WORDS)))
        )
        and _SAID_IN.search(before)
        # (not "briefed journalists in Kharkiv, where a guided bomb hit a mall")
        and not (_WHERE_AFTER.match(after) and impact_cue(after))
    ):
        return _decision("mention", "where it was said")  # '"...," the head said in Kyiv'
    if _heard_only(clause, sentence):
        return _decision("mention", "explosions heard")  # "residents reported hearing blasts"
    if (
        (low is None or ("from" in low and any(map(low.__contains__, _CAME_FROM_WORDS))))
        and _CAME_FROM.search(before)
        # (not "Thousands fled from Kharkiv after Russian strikes killed 10 people there";
        # but "who fled from Mariupol was killed in the strike on Zaporizhzhia": elsewhere)
        and not ((harm := _HARM_AFTER.search(after)) and not _PLACE_AFTER.search(after, harm.end()))
    ):
        return _decision("mention", "where people came from")  # "who had fled from Pokrovsk"
    if (
        "caused" in clause
        and (cause := _NOT_A_STRIKE.search(clause)) is not None
        and not (  # "... not by a drone but by a missile fragment"
            _CAUSE_GOES_ON.match(clause, cause.end())
            and _STRIKE_CAUSE.search(clause, cause.end(), cause.end() + 80)
        )
    ):
        return _decision("mention", "harm not caused by a strike")
    if (low is None or "citing" in low) and _CITING_IN.search(before):
        return _decision("mention", "where a source is")
    if (low is None or " live" in low or "resid" in low) and _LIVES_IN.search(before):
        return _decision("mention", "where a person lives")
    if _SPARED_AFTER.match(after):
        return _decision("mention", "spared")
    if after[:8] == " itself " and _ITSELF_NOT_HIT.match(after):
        return _decision("mention", ITSELF_NOT_HIT)
    if (
        _supplied_only(sentence, before, low, after)
        # (the words before a long list of the places supplied: "outages were imposed in the
        # Volyn, Rivne, Lviv, Ternopil and Khmelnytskyi regions, and also in Zakarpattia")
        or (offset > _BEFORE and _supplied_in_list(sentence, clause, offset, after))
        or _left_without_power(sentence, after)
        or _outage_only(clause)
        or ("\n" in sentence and _supplied_by_list_head(sentence, sentence_offset, after))
    ):
        return _decision("mention", "lost power only")
    if (low is None or "used" in low) and _USED_AGAINST.search(before):
        return _decision("mention", "a target the weapons are used against")
    cue = impact_cue(clause)
    if cue and not _recalled(after[:40]):
        if cue[-3:] == " on" and _aimed_elsewhere(clause, offset):
            return _decision("mention", "a strike on a place named after it")
        return _decision("impact", cue)
    if (low is None or " at " in low or "against" in low) and (
        _FIRED_AT.search(before) or _more_fired_at(before)
    ):
        return _decision("impact", "weapons fired at it")  # "launched four missiles at Kyiv"
    if (low is None or "night" in low) and _NIGHT_OF_ATTACKS.search(before):
        return _decision("impact", NIGHT_OF_ATTACKS)  # "Long night in Chernihiv region"
    if (
        sentence[name_end : name_end + 1] == ","
        and _STRUCK_WHICH.match(sentence, name_end)
        and not _NEGATED.search(sentence, name_end, name_end + 90)
    ):
        # "Lukoil's plant in Volgograd, which was hit twice in December, is ..."
        return _decision("impact", "struck (a clause about it)")
    return _decision("mention", NO_STRIKE_CUE)


# a night of attacks told of a place right before its name: "Long night in Chernihiv region
# again", "another restless night for Odesa" (not "a long night for Zelensky in Washington")
_NIGHT_OF_ATTACKS = compiled(
    # (opening its clause: not "After a long night in Kyiv, Zelensky flew ...", "spent a long
    # night in Washington")
    r"^\W*(?:\d+/\s*)?(?:(?:another|a|one\s+more)\s+)?(?:long|tough|hard|difficult|restless|"
    r"sleepless|loud|terrible|heavy|rough|turbulent)\s+nights?\s+(?:again\s+)?(?:in|for)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
#: The cue of a place told of a night of attacks (see :data:`_NIGHT_OF_ATTACKS`).
NIGHT_OF_ATTACKS = "a night of attacks"


# what weapons or aircraft are used for, before the places they are used against: "aircraft
# used to launch glide bombs on Kharkiv, Sumy and", "jets are used to bomb"
_USED_AGAINST = compiled(
    # (not told as done: "were used to attack Kharkiv overnight"; nor "used in strikes on")
    r"(?<!\bwere\s)(?<!\bwas\s)(?<!\bbeen\s)"
    r"\bused\s+to\s+(?:launch|fire|drop|strike|attack|bomb|hit|shell)\b[^.;:]{0,60}?"
    r"\b(?:on|against|at)\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w'’-]*(?:\s+(?:region|oblast))?(?:\s*,\s*(?:and\s+)?|\s+and\s+))*$",
    re.I,
)


# a strike aimed at a place it names: "after the strikes on Kharkiv"
_AIMED_AT_NAME = compiled(r"\s+(?:the\s+)?(?-i:[A-Z])")
# a speaker's words, then when they were said, before the strike: "..., Zelensky said after
# the"
_SAID_AFTER = compiled(
    r",\s+(?:[^,.;:]{0,60}?\s)?(?:said|says|told\s+[\w-]+|wrote|added|stated)\s+"
    r"(?:\w+\s+){0,3}?(?:after|following|amid|over)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)


def _aimed_elsewhere(clause: str, offset: int) -> bool:
    """Whether every word of a strike in ``clause`` is a strike on a place it names, in the
    words of when a speaker spoke after the mention at ``offset`` ("Kyiv awaits an answer
    from Moscow, Zelensky said after the strikes on Kharkiv"): that place is the target,
    not the mention."""
    if not clause.isascii():
        return False
    low = clause.lower()
    cues = list(_STRONG_IMPACT_ASCII.finditer(low))
    return (
        bool(cues)
        and all(
            m.start() > offset
            and low[m.end() - 3 : m.end()] == " on"
            and _AIMED_AT_NAME.match(clause, m.end()) is not None
            for m in cues
        )
        and _SAID_AFTER.search(clause, offset, cues[0].start()) is not None
    )


# "explosions were heard in Lviv, but no strikes were recorded there"
_NO_HITS_THERE = compiled(
    r"\bno\s+(?:strikes?|hits?|impacts?|damage)\s+(?:\w+\s+)?(?:was|were|has\s+been|have\s+been)"
    r"\s+(?:reported|recorded|registered|confirmed)\s+(?:there|in\s+the\s+(?:city|town|region))\b",
    re.IGNORECASE,
)
# the same told of what fell, in a clause after "but": "but she says nothing fell on the city"
# (not "on the city of Lviv": another one; nor "on the city centre": its outskirts were hit)
_NOTHING_FELL_THERE = compiled(
    r"\bnothing\s+(?:fell|landed|was\s+hit)\s+(?:on|in)\s+(?:the\s+)?(?:city|town|village)\b"
    r"(?!\s+(?:of|centre|center)\b)",
    re.IGNORECASE,
)
# right after the name: "... Tulcea county, where authorities said no debris had been found"
_WHERE_NO_HITS = compiled(
    r"(?:\s+(?:county|region|oblast|district|province))?\s*,\s*where\s+(?:[\w’'-]+\s+){0,4}?"
    r"no\s+(?:debris|fragments|strikes?|hits?|damage)\s+(?:\w+\s+)?(?:was|were|had\s+been|"
    r"has\s+been|have\s+been)\s+(?:found|reported|recorded)\b",
    re.IGNORECASE,
)
_BUT_NEXT = compiled(r"\s*,?\s*(?:but|though|although|yet|however)\b", re.IGNORECASE)
# the same after a few more words of the name's own, no other name among them: "over the
# regional capital, Vinnytsia, for about an hour, but she says nothing fell on the city"
# a list's joint after another name, right before a name: "Irpin and ", "Irpin, " (not "the
# regional capital, ")
_LIST_ITEM_BEFORE = compiled(r"\b[A-Z][\w'’\-]*\s*(?:,|\band)\s+(?:the\s+)?$")
_BUT_SOON = compiled(r"(?:,?[^A-Z.;:,]{0,40}?)?,\s*(?:but|though|although|yet|however)\b")
# the clause after a semicolon that says no strike hit the places before it: "...; there were
# no hits in either town" (not "...; in Poltava no hits were recorded": another place's)
_NONE_IN_EITHER_NEXT = compiled(
    r"\s*;\s*there\s+(?:were|was|have\s+been|has\s+been)\s+no\s+(?:strikes?|hits?|impacts?|"
    r"damage)\s+(?:there|in\s+(?:either|both)\s+(?:of\s+them|towns?|city|cities|villages?|"
    r"places?|regions?))\b",
    re.IGNORECASE,
)


def _nothing_found_there(
    sentence: str, clause: str, name: tuple[int, int], end: int, kind: str | None = None
) -> bool:
    """Whether the name's clause, or the clause after it that opens with "but", says that
    no strike was recorded there, or a "where" right after the name that no debris was
    found (``name``: where the name starts and ends in ``sentence``; ``end``: where it ends
    in ``clause``), or, of a town (``kind``) named alone and not shot down over, a "but" a
    few words on that nothing fell on "the city"."""
    name_start, name_end = name
    if _NO_HITS_THERE.search(clause) or _WHERE_NO_HITS.match(sentence, name_end):
        return True
    clause_end = name_end - end + len(clause)
    if ";" in sentence and _NONE_IN_EITHER_NEXT.match(sentence, clause_end):
        return True
    if _BUT_NEXT.match(sentence, clause_end) and _NO_HITS_THERE.search(
        sentence, clause_end, clause_end + 120
    ):
        return True
    return bool(
        kind == "settlement"
        and "nothing" in sentence
        and (but := _BUT_SOON.match(sentence, name_end))
        and _NOTHING_FELL_THERE.search(sentence, but.end(), but.end() + 90)
        # (not the last of a list: "Debris fell in Irpin and Bucha, but nothing fell on the
        # city", Kyiv; nor a place weapons were shot down over)
        and not _LIST_ITEM_BEFORE.search(sentence, max(0, name_start - 40), name_start)
        and not _DOWN.search(sentence, 0, name_start)
    )


# words of a place left without power, heat or water
_OUTAGE_WORDS = ("power", "electricity", "blackout", "outage", "heating", "water", "gas supply")
# a capitalised name of one or two words, written in Latin letters ("Kyiv", "Horishni Plavni")
_LATIN_NAME = r"(?-i:[A-Z])[\w’'\-]*(?:\s+(?-i:[A-Z])[\w’'\-]*)?"
# the people supplied there ("customers in", "parts of") or an outage the grid imposed
# ("rolling blackouts were introduced in"), right before the name
# a part of a place in a list of those supplied: "... and several villages of Verkhovyna
# hromada"
_SOME_OF = (
    r"(?:(?:several|some|many|a\s+few|\d+)\s+(?:villages|settlements|communities|towns)\s+"
    r"(?:of|in)\s+)"
)
_SUPPLIED_BEFORE = compiled(
    r"\b(?:(?:customers|consumers|subscribers|households|homes|parts)\s+(?:\w+\s+){0,2}?"
    r"(?:in|of)|(?P<left>leaving|left)\s+(?:\w+\s+){0,3}?(?:residents|people|families|parts)\s+"
    r"(?:\w+\s+){0,2}?(?:in|of)|"
    # "... struck a substation in Lgov, cutting power to Kurchatov"
    r"(?P<cut>(?:cutting|cut|knock(?:ing|ed)\s+out)\s+(?:off\s+)?(?:the\s+)?(?:power|electricity|"
    r"heating|water)(?:\s+supply|\s+supplies)?\s+(?:to|in|for)"
    # ("cutting power to 27,000 customers in")
    r"(?:\s+(?:about\s+|some\s+|around\s+|over\s+|more\s+than\s+)?[\d,.]+(?:\s+\w+)?\s+"
    r"(?:customers|consumers|subscribers|households|homes|residents|people)\s+in)?|"
    # "power was cut in:" (a list's head)
    r"(?:power|electricity|heating|water)(?:\s+supply|\s+supplies)?\s+(?:was|were|has\s+been|"
    r"had\s+been)\s+(?:cut|knocked\s+out)\s+(?:off\s+)?(?:to|in|for))|"
    r"(?P<imposed>(?:rolling|scheduled|emergency|hourly|stabili[sz]ation)\s+"
    r"(?:power\s+)?(?:blackouts?|outages?|cuts|shutdowns?)\s+(?:\w+\s+){0,3}?"
    r"(?:in|across|for)|(?:power\s+)?(?:blackouts?|outages?)\s+(?:\w+\s+){0,2}?"
    # "Power outages extended to parts of Mykolaiv Oblast"
    r"(?:extended|spread)\s+to(?:\s+parts\s+of)?))\s+"
    r"(?:the\s+)?(?:(?:nearby|neighbou?ring|adjacent)\s+)?(?:(?:city|town|village)\s+of\s+)?"
    # the next names of a list after the first: "were introduced in Kyiv, Odesa and Dnipro",
    # "... in the Volyn and Rivne regions, and also in Zakarpattia"
    rf"(?:{_SOME_OF}?{_LATIN_NAME}(?:\s+(?:regions?|oblasts?))?(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
    rf"(?:(?:also|as\s+well\s+as)\s+)?(?:in\s+(?:the\s+)?)?"
    # ("in Tsarychanka and the neighbouring Mahdalynivka hromada")
    rf"(?:the\s+(?:(?:nearby|neighbou?ring|adjacent)\s+)?)?)*{_SOME_OF}?$",
    re.IGNORECASE,
)
# harm done where the power was lost, told after the outage
_HARM_AFTER = compiled(
    # (not a word that describes a thing: "supplied from the damaged grid section")
    r"(?<!\bthe\s)(?<!\ba\s)"
    r"\b(?:killing|killed|wounding|wounded|injuring|injured|damaging|damaged|destroying|"
    r"destroyed|struck|hit)\b",
    re.I,
)
_ROAD = r"(?:highway|road|motorway|route)\b"
# a road named by its ends, the name its first ("the Kharkiv–Chuhuiv highway") or its second
_ROAD_FIRST_END = compiled(rf"\s*[–—-]\s*{_LATIN_NAME}\s+{_ROAD}")
_ROAD_SECOND_END = (compiled(rf"{_LATIN_NAME}\s*[–—-]\s*$"), compiled(rf"\s+{_ROAD}"))
# a road named by where it runs, or a place between two: "on the highway from Kharkiv to",
# "the road linking Sumy and", "between Kramatorsk and Sloviansk"
_ROAD_BY_ENDS = compiled(
    rf"\b(?:{_ROAD}\s+(?:running\s+)?(?:between|from|linking|connecting|to|towards)|between)"
    rf"\s+(?:the\s+)?(?:{_LATIN_NAME}\s+(?:and|to|with)\s+)?$",
    re.I,
)
_BETWEEN_FIRST = compiled(rf"\s+and\s+{_LATIN_NAME}", re.I)
_AND_BEFORE = compiled(r"\s(?:and|to|with)\s+$", re.I)


def _between(before: str, low: str | None, after: str) -> str | None:
    """Why a name is no place struck, as an end of a road or one of two places a strike
    was told between ("the Kharkiv–Chuhuiv highway", "on the road from Sumy to", "between
    Kramatorsk and Sloviansk"); None where it is neither (``low``: ``before`` in lower case,
    or None, to skip the patterns whose words it lacks)."""
    head = after[:3].lstrip()[:1]
    if head in _DASH_STARTS and _ROAD_FIRST_END.match(after):
        return "an end of a road"
    if (
        head in _ROAD_STARTS
        and _ROAD_SECOND_END[1].match(after)
        and _ROAD_SECOND_END[0].search(before)
    ):
        return "an end of a road"
    lo = max(0, len(before) - _ROAD_REACH)
    tail = low[lo:] if low is not None else before[lo:].lower()
    # (a word of every match of _ROAD_BY_ENDS: "highway" and "motorway" hold "way")
    if not ("between" in tail or "road" in tail or "way" in tail or "route" in tail):
        return None
    m = _ROAD_BY_ENDS.search(before, lo)
    if m is None:
        return None
    if not m.group().lower().startswith("between"):
        return "an end of a road"
    # (the first of two places needs the second after it: "between Kramatorsk and")
    if _AND_BEFORE.search(m.group()) or _BETWEEN_FIRST.match(after):
        return "between two places"
    return None


_DASH_STARTS = frozenset("–—-")
_ROAD_STARTS = frozenset("hrmHRM")  # the first letters of the nouns of _ROAD
_ROAD_REACH = 80  # the characters before a name a road named by its ends may take


# a place named after a word of harm, where the harm was done: "killed in the strike on
# Zaporizhzhia", "injured in Kharkiv"
_PLACE_AFTER = compiled(
    r"\s(?:in|on|near|at)\s+(?:[\w\-]+\s+){0,3}?"
    # (not a day: "killed by shelling in the town on Monday")
    rf"(?!(?:{'|'.join(DAY_NAMES)}|{'|'.join(MONTHS)})\b)(?-i:[A-Z])",
    re.I,
)
_SUPPLIED_WORDS = ("customers", "consumers", "subscribers", "households", "homes", "parts")
_SUPPLIED_WORDS += ("rolling", "scheduled", "emergency", "hourly", "stabili", "leaving", "left")
_SUPPLIED_WORDS += ("outage", "blackout", "cut", "knock")


def _supplied_only(sentence: str, before: str, low: str | None, after: str) -> bool:
    """Whether the name is where consumers were left without power, heat or water, or where
    the grid's outages were imposed: "power was cut in parts of Sumy after a strike on ...",
    "rolling blackouts were introduced in Kyiv" (``low``: ``before`` in lower case, or None;
    ``after``: the text after the name)."""
    if low is not None and not any(map(low.__contains__, _SUPPLIED_WORDS)):
        return False
    lower = sentence.lower()
    if not any(map(lower.__contains__, _OUTAGE_WORDS)):
        return False
    m = _SUPPLIED_BEFORE.search(before)
    # (consumers cut off by a strike told elsewhere: "after a strike on ..."; a sentence
    # without a cause may tell of a strike on the place itself: "shelling cut power to
    # parts of Vorozhba")
    if m is not None and m.group("cut") is not None:
        return not _HARM_AFTER.search(after)  # (not "... cutting power to X and wounding two")
    return m is not None and (
        # (not "... and also in Poltava, where a drone hit a substation"; but "where nothing
        # was hit" tells no harm)
        (m.group("imposed") is not None and not _HARM_AFTER.search(_NEGATED.sub(" ", after)))
        or (
            m.group("left") is not None
            and _OUTAGE_AFTER.match(after)
            # (not "... without power, killing one resident there")
            and not _HARM_AFTER.search(after)
        )
        or (
            m.group("left") is None
            and any(map(lower.__contains__, _CAUSE_WORDS))
            # (not "... consumers in X who lost supply after a substation there was shelled")
            and not ("there" in after and _STRUCK_THERE.search(after))
        )
    )


# a strike told of the place by "there" after its name: "a substation there was shelled"
_STRUCK_THERE = compiled(
    r"\bthere\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    r"(?:shelled|hit|struck|attacked|damaged|destroyed|targeted)\b",
    re.I,
)


def _supplied_in_list(sentence: str, clause: str, offset: int, after: str) -> bool:
    """:func:`_supplied_only` read over the longer stretch of ``clause`` before ``offset``
    that a long list of places needs."""
    wide = clause[max(0, offset - _LIST_BEFORE) : offset]
    return _supplied_only(sentence, wide, _lowered_for_ascii(wide), after)


_BULLETS = ("–", "—", "-", "•", "*", "·")


def _list_head_end(sentence: str, offset: int) -> int:
    """Where the head line of the list whose line holds ``offset`` ends, at its colon: the
    first line of ``sentence`` that ends with a colon, when it stands above that line; -1
    when there is none."""
    head_end = sentence.find(":\n")
    return head_end if 0 <= head_end < sentence.rfind("\n", 0, offset) else -1


def _list_item_clause(sentence: str, offset: int, end: int) -> tuple[str, int, int] | None:
    """The clause of a name on a line of a list, one item a line under a head line that
    ends with a colon: the head and the name's own line ("Damage was reported in: –
    Biliaivka."), with the name's offsets in it; None for a name on no such line."""
    head_end = _list_head_end(sentence, offset)
    if head_end < 0:
        return None
    line = sentence.rfind("\n", 0, offset) + 1
    stop = sentence.find("\n", end)
    item = sentence[line : stop if stop >= 0 else len(sentence)]
    if not item.lstrip().startswith(_BULLETS):
        return None
    head = sentence[sentence.rfind("\n", 0, head_end) + 1 : head_end + 1] + " "
    shift = len(head) - line
    return head + item, offset + shift, end + shift


def _supplied_by_list_head(sentence: str, offset: int, after: str) -> bool:
    """Whether the name at ``offset`` is an item of a list, one a line, whose head line
    tells of outages there (:func:`_supplied_only`): "emergency outages were applied in:\n–
    Chornomorsk;\n– Biliaivka"."""
    head = _list_head_end(sentence, offset)
    if head < 0:
        return False
    before = sentence[max(0, head - _BEFORE) : head] + " "
    return _supplied_only(sentence, before, _lowered_for_ascii(before), after)


# what a place may be left without
_SUPPLY = r"(?:power|electricity|heating|heat|water|gas|light)"
# what "leaving residents of X" leaves them without, after the names (those of a list too)
_OUTAGE_AFTER = compiled(rf"[^.;:]{{0,80}}?\bwithout\s+(?:\w+\s+){{0,2}}?{_SUPPLY}\b", re.I)


# after the name: "... was left without power after a substation was damaged in ...", "... lost
# its last external power line after ..."
_LEFT_WITHOUT = compiled(
    r"^\s+(?:(?:was|were|remained|remains|is|are)\s+(?:also\s+)?(?:left\s+)?(?:without|cut\s+off\s+"
    rf"from)\s+{_SUPPLY}|(?:lost|loses)\s+(?:(?:its|their|the|all|last|remaining|external|"
    r"off-?site|main|only)\s+){0,4}(?:power|electricity)(?!\s+(?:sub)?stations?|\s+plants?))\b",
    re.IGNORECASE,
)


def _left_without_power(sentence: str, after: str) -> bool:
    """Whether the name is the subject of losing power, heat or water with the cause told
    in the sentence ("Horishni Plavni was left without power after a substation was damaged
    in the Kremenchuk district")."""
    if not after.startswith(" ") or not _LEFT_WITHOUT.match(after):
        return False
    lower = sentence.lower()
    # (not the cause done there: "after a drone damaged a substation there")
    return any(map(lower.__contains__, _CAUSE_WORDS)) and not (
        "there" in after and _DONE_THERE.search(after)
    )


_DONE_THERE = compiled(
    r"\b(?:hit|struck|damaged|destroyed|shelled|attacked)\b[^.;]{0,40}?\bthere\b", re.I
)


_CAUSE_WORDS = ("after", "following", "due to", "because of", "as a result of", "leaving")
_CAUSE_WORDS += ("cutting", "knocking")  # "... was damaged, cutting power to parts of X"
# a clause that tells only of a place without power, heat or water: "In Smila, residents were
# left without power for hours", "The strikes also caused power outages in Olevsk"
_OUTAGE_EN = compiled(
    r"\b(?:without\s+(?:power|electricity|water|heating|heat|gas)|power\s+(?:outages?|cuts?)|"
    r"blackouts?|de-?energi[sz]ed)\b",
    re.I,
)
# (explosions tell harm beside an outage; strikes said to cause it do not)
_HARM_NOT_OUTAGE = compiled(rf"\b(?:{_HARM_DONE}|explosions?|blasts?|attack(?:ed|ing)?)\b", re.I)


_OUTAGE_ONLY_WORDS = ("without", "outage", "power cut", "blackout", "energi")  # one in each match


@lru_cache(maxsize=256)  # (read once for all the names of a clause)
def _outage_only(clause: str) -> bool:
    """Whether a clause tells of an outage and of no harm done there, nor strikes on or in a
    place ("after strikes on a substation in Poltava, homes there had no electricity")."""
    if lacks(clause, _OUTAGE_ONLY_WORDS):
        return False
    if "elsewhere" in clause:
        clause = _CAUSE_ELSEWHERE.sub(" ", clause)  # "because of grid damage elsewhere"
    return (
        bool(_OUTAGE_EN.search(clause))
        and not _HARM_NOT_OUTAGE.search(clause)
        and not _STRIKES_ON.search(clause)
    )


# an outage's cause told as harm done in other places: "because of grid damage elsewhere"
_CAUSE_ELSEWHERE = compiled(
    r"\b(?:because\s+of|due\s+to|after|following)\s+[^,;.]{0,60}?\belsewhere\b", re.I
)
_STRIKES_ON = compiled(r"\b(?:strikes?|attacks?|shelling)\s+(?:on|in|at)\b", re.I)


@cache
def _uk_ru() -> ModuleType:
    """:mod:`geo.understand.roles_uk_ru`, the Ukrainian and Russian rules, imported on first
    use (English reports never load them) and kept: an import statement run per name looks
    the module up, and its ``__spec__`` and ``__path__``, each time."""
    from geo.understand import roles_uk_ru

    return roles_uk_ru


# The label that opens a line of a summary told as "label: places" (a fact sheet's lines)
# (the words of such a label of launch places, read by the resolution too)
LAUNCH_LABEL_WORDS = (
    r"(?:launch(?:es|ed)?\s+(?:from|(?:areas?|sites?|points?|directions?|locations?)"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?(?:attack\s+|strike\s+)?(?:drones|uavs|missiles))?)|"
    rf"(?:(?:напрямки|райони|місця)\s+пусків|(?:направления|районы|места)\s+пусков)"
    rf"(?:{LAUNCH_WEAPONS})?|пуски\s+з|пуски\s+из)"
)
_LAUNCH_LABEL = compiled(LAUNCH_LABEL_WORDS, re.IGNORECASE)
_LABEL_UNITS = (
    r"(?:regions?|oblasts?|areas?|cities|towns|places|locations?|settlements|communities)"
)
_IMPACT_LABEL = compiled(
    rf"(?:{_LABEL_UNITS}\s+"
    r"(?:affected|hit|struck|attacked|targeted|damaged|shelled|under\s+(?:attack|fire))|"
    rf"(?:affected|damaged|struck|attacked|targeted)\s+{_LABEL_UNITS}|"
    r"targets?|hits?(?:\s+(?:recorded|reported))?"
    r"(?:\s+(?:in|at))?|impacts?(?:\s+(?:recorded|reported))?(?:\s+(?:in|at))?|"
    r"(?:уражені|постраждалі|атаковані)\s+(?:області|регіони|громади|населені\s+пункти|міста)|"
    r"(?:пострадавшие|атакованные)\s+(?:регионы|области|населенные\s+пункты|города)|"
    r"влучання(?:\s+(?:зафіксовано|зафіксовані))?(?:\s+(?:в|у))?|попадания|під\s+ударом|"
    r"под\s+ударом)",
    re.IGNORECASE,
)


def _labelled(sentence: str, offset: int, end: int, kind: str) -> tuple[str, str] | None:
    """The role a label gives the places listed after it on its line ("Launch areas: Kursk,
    Millerovo", "Regions affected: Odesa, Sumy", "Напрямки пусків: Курськ"); None when the
    name stands after no such label, or has a verb of its own ("..., and Kharkiv was hit")."""
    colon = sentence.rfind(":", 0, offset)
    if colon < 0:
        return None
    line = sentence.rfind("\n", 0, colon) + 1
    label = sentence[line:colon].strip(LINE_BULLETS)
    if not label or len(label) > 40:
        return None
    if not _LABEL_LIST.fullmatch(sentence, colon + 1, offset):
        return None  # a clause of its own after the list: "...; drones came from Bryansk"
    if _CLAUSE_VERB_AFTER.match(sentence, end):
        return None
    if _LAUNCH_LABEL.fullmatch(label):
        return "launch", label.lower()
    if kind != "country" and _IMPACT_LABEL.fullmatch(label) and lacks(sentence, _SUPPLY_WORDS):
        return "impact", label.lower()
    return None


# what stands between a label's colon and a name of its list: names, commas, "and", unit
# words, asides in brackets ("Launch areas: Kursk, Millerovo (Rostov region), "), an aside
# the name stands in ("Гвардійське (ТОТ АР Крим)")
_LABEL_LIST = compiled(
    r"(?:\s+|[,–—-]|\([^()]{0,40}\)|\(|(?-i:[A-ZА-ЯІЇЄҐ])[\w'’.\-]*|and|та|і|й|и|oblasts?|"
    r"regions?|raions?|districts?|області|областей|регіони|районы|райони|громади)*",
    re.IGNORECASE,
)
# an outage notice's words: its "regions affected" lost power, none was struck
_SUPPLY_WORDS = (*_OUTAGE_WORDS, "знеструм", "світла", "отключ")


@lru_cache(maxsize=4096)
def _decision(role: str, cue: str) -> RoleDecision:
    """One :class:`RoleDecision` per role and cue, shared (it is frozen): the same cues
    recur, the fixed ones ("dateline", "country") most of all."""
    return RoleDecision(role, cue)


@lru_cache(maxsize=256)
def _sentence_reading(sentence: str, report_lang: str | None) -> tuple[bool, str]:
    """Whether a sentence heads another article ("Read also: ..."), and its language (in a
    report in ``report_lang``): read once for all the names in it."""
    return bool(_READ_ALSO.search(sentence)), _sentence_language(sentence, report_lang)


def _last_runs(text: str, count: int) -> int:
    """Where the last ``count`` runs of non-space characters of ``text`` start (0 when it
    holds no more).

    A match that ends the text and spans at most ``count`` such runs (the first perhaps
    only in part) starts there or later, so searching from there finds the same match;
    ``\\s`` and :meth:`str.split` agree on what is white space."""
    parts = text.rsplit(None, count)
    if len(parts) <= count:
        return 0
    return text.index(parts[1], len(parts[0]))


def _recalled(text: str) -> bool:
    """True when ``text`` recalls the place only ("renamed", "known as", "born in")."""
    low = _lowered_for_ascii(text)  # (as lacks reads it, for these words)
    if low is not None and not any(map(low.__contains__, _RECALL_WORDS)):
        return False
    return bool(_RECALL_ONLY.search(text))


_CYRILLIC_LETTER = compiled(r"[а-яА-ЯіїєґІЇЄҐёЁ]")


def _sentence_language(sentence: str, report_lang: str | None = None) -> str:
    """The language of one sentence of a report in ``report_lang`` (Ukrainian and Russian
    sentences have rules of their own)."""
    if sentence.isascii() or not _CYRILLIC_LETTER.search(sentence):
        return "en"  # no Cyrillic letter: the English rules (cheaper than telling languages)
    return sentence_language(sentence, report_lang)


_POSSESSIVE_S = compiled(r"^['’]s\b")
# the place itself reports no harm, right after its name: "headed for Kerch, which reported
# no damage"
_NO_DAMAGE_AFTER = compiled(
    r"\s*,\s*(?:which\s+|where\s+(?:\w+\s+){0,2}?)(?:reported|recorded|said|saw)\s+no\s+"
    r"(?:\w+\s+)?(?:damage|casualties|injuries|hits?|destruction)\b",
    re.I,
)
# an official's title right before the place: "the acting governor of Russia's Kursk region"
_OFFICIAL_OF = compiled(
    r"\b(?:governor|mayor)s?\s+of\s+(?:the\s+)?(?:(?:russia|ukraine)['’]s\s+)?(?:the\s+)?$", re.I
)
#: The officials of several places, whose list's names are each a seat: "the mayors of
#: Kursk, Bryansk and Oryol" (not one official's: "the mayor of Kherson, Antonivka and ...")
OFFICIALS_OF = compiled(r"\b(?:governors|mayors)\s+of\s+(?:the\s+)?$", re.I)
# the white space and the word (a run of word characters, perhaps empty) that open the text
# after a name: a pattern on that text whose every match starts with one of a few words runs
# only when the word is one of them (see _next_word)
_NEXT_WORD = compiled(r"\s*(\w*)")
# the words every match of a pattern on ``after`` opens with (after white space)
_INSTITUTION_PREFIXES = frozenset(
    ("city", "regional", "oblast", "state", "military", "civil", "civilian")
)
_INSTITUTION_WORDS = (  # the institution may open a longer word ("councillors")
    "administration",
    "council",
    "authorities",
    "officials",
    "ministry",
    "governor",
    "mayor",
    "police",
    "prosecutor",
)


def _word_set(words: str) -> frozenset[str]:
    """The words of a text, split at white space."""
    return frozenset(words.split())


_AGENT_FIRST = _word_set(
    "has have had also again then reportedly struck hit attacked targeted launched fired sent "
    "shelled bombed strikes hits attacks targets launches fires sends used uses use stepped ramped "
    "intensified escalated increased expanded resumed continued intensifies escalates "
    "and both repeatedly consistently deny denies denied accuse accuses accused blame blames "
    "blamed regularly frequently increasingly trade trades traded been is are stepping ramping "
    "intensifying escalating"
)
_DIPLOMACY_FIRST = frozenset(("for", "to"))
_SEAT_AFTER_FIRST = _word_set(
    # has, had, did not, does not, would, will, also, again
    "has had did does would will also again rarely seldom never usually typically generally "
    "often "
    "said says denied denies accused accuses claimed claims warned warns urged urges announced "
    "condemned condemns responded comment comments commented blamed insisted called demanded "
    "rejected "
    "threatened pledged paused agreed hosted hosts is was denying acting deputy interim mayor "
    "governor walked pulled "
    "withdrew signed refused decided insists time wrote writes posted posts added adds stated "
    "states noted notes tweeted declared declares mourns mourned needs needed wants wanted "
    "hopes hoped seeks sought plans planned expects fears believes intends relies buys bought "
    "pays earns spokesman spokeswoman official officials authorities ministry envoy "
    # a titled administration, a city council, government, delegation, leadership
    "regional city state oblast military administration government delegation leadership"
)
_APOSTROPHES = ("'", "’")  # the first character of every match of the possessive patterns


def _next_word(after: str) -> str | None:
    """The word that opens ``after`` (after white space), in lower case; when another
    character comes first, that character ("," or "" at the end); None when the word is not
    plain ASCII (ignoring case may take one of its letters for another), so that every
    pattern runs.

    A pattern whose every match opens (after white space) with one of a few words, or with
    one character, cannot match when ``after`` opens otherwise."""
    m = _NEXT_WORD.match(after)
    word = m.group(1)
    if not word:
        return after[m.end() : m.end() + 1]
    return word.lower() if word.isascii() else None


def _may_launch(low: str | None) -> bool:
    """False when :func:`_launch_cue` surely finds no launch cue before a name: ``low``, the
    words before it in lower case (None: they are not ruled out), hold neither "from" nor a
    word of flying (each launch cue needs one)."""
    return low is None or "from" in low or any(map(low.__contains__, _FLYING_WORDS))


def _launch_cue(sentence: str, before: str, after: str, low: str | None) -> str | None:
    # (each pattern on ``after`` is tried only when its first character, and the word that
    # opens it (see _next_word), can start a match)
    if after.startswith(_APOSTROPHES) and _POSSESSIVE_S.match(after):
        return None  # "Ukraine's navy said": a possessive is not a launch area
    word = _next_word(after)
    if (
        after[:1].isspace()
        and (
            word is None
            or word == "-"  # "-civilian"
            or word in _INSTITUTION_PREFIXES
            or word.startswith(_INSTITUTION_WORDS)
        )
        and _INSTITUTION_AFTER.match(after)
    ):
        return None  # "the data came from the Odesa city council"
    # (``low``: :func:`lowered` of ``before``, to skip patterns whose words it lacks, as
    # geo.language.text.lacks does; None: every pattern runs)
    m = None if low is not None and "from" not in low else _FROM.search(before)
    if (
        m
        and (
            _LAUNCH_VERB.search(sentence)
            or _STRUCK_FROM.search(before, 0, m.start())
            or _SHELLED_FROM.search(before, 0, m.start())
            or _WEAPONS_FROM.search(before, max(0, m.start() - 40), m.start())
        )
        and not _DISTANCE_FROM.search(before[-40:])
        and not _AT_TARGET.search(before, m.start())
    ):
        return "launched from"
    if low is None or any(map(low.__contains__, _FLYING_WORDS)):
        m = _FLYING_OVER.search(before)
        if m and _LAUNCH_VERB.search(sentence) and not _AT_TARGET.search(before, m.start()):
            if m.group().startswith(_FLIGHT_VERBS) and not _LAUNCHERS.search(sentence):
                return None  # "drones launched from Belarus flew over Zhytomyr region"
            return m.group().strip()
    return None


# what flies over a place and launches there: an aircraft or a ship, not a drone
_FLIGHT_VERBS = ("flying", "flew", "operating")
_LAUNCHERS = compiled(
    r"\b(?:aircraft|(?:war)?planes?|jets?|bombers?|fighters?|(?:tu|su|mig)-\d+\w*|helicopters?|"
    r"ships?|vessels?|submarines?|aviation)\b",
    re.IGNORECASE,
)


_POSSESSIVE_POLITY = compiled(
    r"^['’]s\s+(?:\w+\s+){0,2}?(?:war|war\s+effort|invasion|aggression|forces|troops|army|"
    r"military|government|leadership|officials|ministry|allies|position|decision|policy|"
    r"economy|sanctions|diplomats?|delegation|envoy|negotiators?|president|regime|"
    r"propaganda|claims?|strikes?\s+on|attacks?\s+on|drones?|missiles?|"
    # the agencies a capital stands for: "Kyiv's air force said"
    r"air\s+force|navy|general\s+staff|armed\s+forces|defen[cs]e\s+ministry|"
    r"foreign\s+ministry|intelligence|security\s+service|prosecutors?|spokes(?:man|woman|"
    r"person)|mayor|governor|attempts?|ambassador|head|chief|administration|authorities|"
    # the figures a capital's officials give: "Kyiv's numbers as usual: ..."
    r"numbers|figures|tally|statistics|version)\b",
    re.IGNORECASE,
)


_SPEAKER_CUE = compiled(
    r"\b"
    + alternation(
        r"said|says|wrote|posted|added|stated|noted|told|regional\s+authority|mayor|"
        r"governor|officials?|authorities|administration|head|chief|"
        # (where a statement was made: its speakers may tell of the place itself)
        r"statement|issued|released|published|briefing|conference"
    )
    + r"\b",
    re.I,
)


# a relative clause right after a name that tells it struck: ", which was struck by 20 drones",
# ", where a glide bomb hit a block the day before"
# the verbs of a place struck, in a relative clause after it
_STRUCK_VERBS = r"(?:struck|hit|attacked|shelled|targeted|bombed|damaged|pounded)\b"
_STRUCK_RELATIVE = compiled(
    r"\s*,\s*(?:which|where)\b[^,.;]{0,80}?\b" + _STRUCK_VERBS, re.IGNORECASE
)


# the place struck, told in a relative clause right after it: "Volgograd, which was hit twice
# in December, ..." (not "Moscow, which said it hit military targets")
_STRUCK_WHICH = compiled(
    r",\s*which\s+(?:was|were|has\s+been|had\s+been|is)\s+(?:\w+\s+)?" + _STRUCK_VERBS,
    re.IGNORECASE,
)
# the officials of the place named next: "Russian-installed officials in occupied "
_OFFICIALS_IN = compiled(
    r"\b(?:officials|authorities|administration|governor|mayor|head)\s+(?:in|of)\s+(?:the\s+)?"
    r"(?:(?:russian-|ukrainian-)?(?:occupied|controlled)\s+)?(?:city\s+of\s+|town\s+of\s+)?$",
    re.IGNORECASE,
)


def _reports_on_itself(speaker: bool, after: str, kind: str) -> str | None:
    """The strike cue of an official's words about the official's own place (``speaker``:
    whether the seat cue names one): "the governor of X said air defence downed drones above
    the region" (``after`` follows the name; a word that refers back to a place of another kind
    than ``kind``, the place's, refers to another place: "Volgograd Governor ... said debris
    sparked a fire in the district")."""
    if not speaker:
        return None
    back = _BACK_REFERENCE.search(after)
    if back is None:
        return None
    words = _BACK_WORDS.get(kind)  # (other kinds: any word of _BACK_REFERENCE)
    if words is not None and back.group().split()[-1].lower() not in words:
        return None
    cue = impact_cue(after)
    if cue is not None and any(map(cue.lower().__contains__, _OUTAGE_WORDS)):
        return None  # "officials in X said parts of the town were left without power"
    return cue


# the words of _BACK_REFERENCE that refer back to a place of each kind (a governor named by
# the city: "the governor of Belgorod ... over the region")
_BACK_WORDS = {
    "settlement": _word_set("town city village settlement port capital region oblast"),
    "admin1": _word_set("region oblast capital"),
    "admin2": _word_set("district community region"),
}


@lru_cache(maxsize=1024)
def _speaker(seat: str) -> bool:
    """True when a seat cue names a speaker or an official (the same cues recur)."""
    return bool(_SPEAKER_CUE.search(seat))


def _seat_cue(before: str, after: str, qualifier: str | None, word: str | None) -> str | None:
    """Why a place is named for its people, not as a target: an official's seat, a polity
    ("Moscow's war effort"), an actor ("hit by Moscow", "Kyiv struck targets"), a visit.
    ``word`` opens ``after`` (see :func:`_next_word`)."""
    if qualifier == "regional":
        return "regional authority"
    actor = _actor_cue(before, after, word)
    if actor:
        return actor
    m = _POSSESSIVE_POLITY.match(after) if after.startswith(_APOSTROPHES) else None
    if m:
        return f"possessive: {m.group().lstrip(chr(39) + '’')}"  # "Moscow's war effort"
    tail = before[-_TAIL:]
    m = _SEAT_BEFORE.search(tail, _last_runs(tail, _SEAT_RUNS)) if _may_end_seat(tail) else None
    if m is None and " and " in tail and not _CLAUSE_VERB_AFTER.match(after):
        # the next names of a list after a seat: "allies in Berlin and Brussels"
        listed = _NAMES_BEFORE.search(tail)
        head = tail[: listed.start()] if listed else ""
        if head and _may_end_seat(head):
            m = _SEAT_BEFORE.search(head, _last_runs(head, _SEAT_RUNS))
            if m and m.group().split(None, 1)[0].lower() not in _LISTED_SEATS:
                m = None  # "hit the capital Kyiv and Dnipro": a target, not a seat
        if m is None and head and ("governors" in head or "mayors" in head):
            m = OFFICIALS_OF.search(head)  # "the mayors of Kursk, Bryansk and Oryol"
    if m:
        return m.group().strip()
    low = tail.lower()
    m = _OFFICIAL_OF.search(tail) if "governor" in low or "mayor" in low else None
    if m:  # "the acting governor of Russia's Kursk region, Alexei Smirnov, said"
        return m.group().strip()
    m = (
        _SEAT_AFTER.match(after)
        if word is None
        or word in _SEAT_AFTER_FIRST
        or word == ","  # ", which ..."
        or after.startswith(_APOSTROPHES)
        else None
    )
    # (an aside that tells the strike is no speaker's: "in Bohodukhiv, where a drone struck
    # a car park, Governor Syniehubov reported")
    if m and not _STRONG_IMPACT.search(after[: m.end()]):
        cue = m.group()
        if cue.startswith(_APOSTROPHES):
            cue = _POSSESSIVE_S.sub("", cue, count=1)
        return cue.strip(" ,")
    return None


# the people of talks and policy who speak where they meet, after the name and a comma ("In
# Brussels, EU foreign ministers said"): read for places abroad only (ministers in Kharkiv may
# tell of a strike on it)
DIPLOMATS_AFTER = compiled(
    r"\s*,\s*(?:(?:eu|european|western|nato|g7|foreign|defen[cs]e)\s+){0,2}(?:diplomats|"
    r"ministers|envoys|negotiators|lawmakers|ambassadors)\s+(?:said|say|says|agreed|met|"
    r"discussed|argued|debated)\b",
    re.IGNORECASE,
)


# the names of a list before the next one: "Berlin and ", "Berlin, Paris and "
_NAMES_BEFORE = compiled(rf"(?:{_LATIN_NAME}\s*,\s*)*{_LATIN_NAME}\s*,?\s+and\s+$", re.I)
# the seats whose list's next names are seats too: where talks, visits and allies are, not a
# capital or a headquarters, which may be struck ("hit the capital Kyiv and Dnipro")
_LISTED_SEATS = frozenset((
    "talks", "summit", "meeting", "meet", "negotiation", "negotiations", "visit", "visited",
    "visiting", "trip", "conference", "forum", "embassy", "allies", "delegation", "delegations",
    "envoy",
))  # fmt: skip
# a verb of its own after a name: "... and Kyiv was hit" (no list of the names before)
_CLAUSE_VERB_AFTER = compiled(r"\s+(?:was|were|has|had|is|are)\b", re.IGNORECASE)
# the words that end the alternatives of _SEAT_BEFORE, and the prepositions that may follow
_SEAT_BEFORE_LAST = tuple(
    _word_set(
        "talks summit meeting meet decision pressure visit visited visiting trip deal "
        "negotiation negotiations ministry department delegation delegations embassy official "
        "officials government court parliament authorities spokesman spokeswoman spokesperson "
        "leader leaders speaking envoy agreed conference headquarters capital based staff "
        "command kremlin forum accused accusing blamed told urged allies statement issued "
        "released published briefing conference "
        # "appeal to", "ties with", "support from", "backed by", "called on", "airports of",
        # "flights at"
        "to with from by on of at"
    )
)
_SEAT_BEFORE_PREPOSITIONS = frozenset(("in", "at", "with", "to", "on", "from", "by", "of"))


def _may_end_seat(tail: str) -> bool:
    """False when no match of :data:`_SEAT_BEFORE` can end ``tail``, the words before a name.

    A match ends with an alternative's last word, then perhaps a preposition, then perhaps
    "the", each followed by white space; the preposition and "the" are whole runs of
    non-space characters, the alternative's word ends one. A text that is not plain ASCII
    (ignoring case may take one of its letters for another) is not ruled out."""
    if not tail[-1:].isspace():
        return False
    if not tail.isascii():
        return True
    runs = tail.lower().rsplit(None, 3)  # the last three runs, the last one last
    if runs and runs[-1] == "the":
        runs.pop()
    if not runs:
        return False
    return runs[-1].endswith(_SEAT_BEFORE_LAST) or (
        runs[-1] in _SEAT_BEFORE_PREPOSITIONS
        and len(runs) > 1
        and runs[-2].endswith(_SEAT_BEFORE_LAST)
    )


def _actor_cue(before: str, after: str, word: str | None) -> str | None:
    """A place that acts ("hit by Moscow", "Kyiv struck targets", "pushed Moscow to order"),
    travels for talks ("flying to Geneva for talks") or names a speaker ("Petrenko, Acting
    Governor:")."""
    tail = before[-_TAIL:]
    m = _AGENT_BEFORE.search(tail) if " by " in tail else None
    if m:
        return f"actor: {m.group().strip()}"
    m = (
        _AGENT_AFTER.match(after)
        if (word is None or word in _AGENT_FIRST or after.startswith(_APOSTROPHES))
        # (the object of a preposition acts not: "a missile strike on Kharkiv hit ...")
        and not _OBJECT_BEFORE.search(tail)
        else None
    )
    if m:
        return f"actor: {m.group().strip()}"
    m = (
        _CAUSED_BEFORE.search(tail)
        if (word is None or word == "to") and after[:1].isspace() and _TO_VERB.match(after)
        else None
    )
    if m:
        return f"actor: {m.group().strip()} ... to"
    m = _TALKS_IN.search(tail) if " in" in tail[-4:] else None
    if m:  # "as peace efforts in Geneva stalled"
        return f"visit: {m.group().strip()}"
    m = (
        _DIPLOMACY_AFTER.match(after)
        if after[:1] == "," or (after[:1].isspace() and (word is None or word in _DIPLOMACY_FIRST))
        else None
    )
    if m:
        return f"visit: {m.group().strip(' ,')}"
    if not before.strip(" \"“'‘-•*") and _TITLE_AFTER.match(after):
        return "speaker's title"
    return None
