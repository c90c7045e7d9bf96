"""Extract the headline numbers of a report: killed, wounded, drones, missiles, intercepted.

Numbers come as digits or words ("two people", "a dozen drones", "Sixty-one"). Ages, dates,
times, house numbers and figures of earlier attacks recalled in the text are not facts. When a
report updates a figure ("the toll rose to 14"), the update wins; a stated total ("in total")
wins over the first figure given.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from itertools import pairwise
from typing import Any, NamedTuple, cast

from geo.language.document import Document
from geo.language.morphology import READ_LANGUAGES, detect_language
from geo.language.text import (
    DAY_NAMES,
    INTERCEPT_INFINITIVES,
    MONTHS,
    number_value,
    sentence_spans,
    spans_holding,
    trie,
)
from geo.language.text import lower_agrees as _lower_agrees
from geo.patterns import compiled
from geo.understand import figure_words

__all__ = ["extract_facts", "may_state_casualties"]

_NUM_WORDS = (
    r"zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|dozen|single"
)
NUM = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|(?:a\s+)?(?:{_NUM_WORDS})(?:[\s-]+(?:and\s+)?"
    # ("a pair of Iskander-M missiles", "a couple of drones")
    rf"(?:{_NUM_WORDS}))*|a\s+(?:pair|couple)\s+of)"
)
# not a model number such as Kh-101, nor the first half of "five-story" or "9-storey", nor
# the hours or minutes of a time ("at 9:30 three drones"), nor the first digits of a number
# in thousands ("60,000 tonnes")
_N = rf"(?<![\w\-/.:])(?P<n>{NUM})(?![\-‑][^\W\d_]|[:.]\d|,\d{{3}}(?!\d))"
_QUAL = r"(?:(?:at\s+least|around|about|some|nearly|almost|more\s+than|over|up\s+to|roughly)\s+)?"
_PEOPLE = (
    r"(?:people|persons|civilians|residents|children|men|women|others|of\s+them|"
    r"workers|employees|soldiers|servicemen|passengers|boys|girls|teenagers|babies|"
    r"newborns|guards|pensioners|person|man|woman|child|boy|"
    r"girl|teenager|baby|newborn|driver|guard|worker|resident|civilian|pensioner|"
    # the people a strike hurts at work or on the street: "injuring a 40-year-old employee"
    r"employee|passers-by|passer-by|passerby|firefighters?|rescuers?|medics?|paramedics?|"
    r"police\s+officers?|policem[ae]n|volunteers?|journalists?|farmers?|students?|teachers?|"
    r"doctors?|nurses?|drivers|patients?|"
    # a ship's people: "two crew members", "three sailors"
    r"crew\s+members?|crewmen|crewman|sailors?|seafarers?)"
)
# what the people were doing, between them and their verb: "two truck drivers waiting to
# unload were injured"
_DOING = (
    r"(?:\s+(?:waiting|standing|sitting|working|walking|queuing|queueing|travelling|"
    r"traveling|passing|sheltering|living|riding)(?:\s+[a-z]+){0,3}?|\s+on\s+(?:shift|duty))?"
)
_ADJ = (  # up to three words between a count and its verb, none of them a span of time
    r"(?:(?!(?:and|or|killed|dead|wounded|injured|hurt|hours?|days?|weeks?|months?)\b)"
    r"[a-z\-]+\s+){0,3}"
)

# "were killed", "have been injured", "are known to have died", "to have been wounded"
_VERB_PART = (
    r"(?:(?:were|was|is|are|have\s+been|has\s+been|had\s+been|been)\s+|"
    r"(?:(?:were|was|is|are)\s+(?:known|said|reported|believed|thought|confirmed)\s+)?"
    r"to\s+have\s+(?:been\s+)?)?(?:\w+ly\s+)?"
)
# ", four of them children," between a count and its verb
# (or in brackets: "two crew members (a Syrian and an Egyptian national) suffered ...")
_APPOSITION = r"(?:\s*,\s+[^,.;:]{1,60},|\s+\([^()]{1,60}\))?"
# one person, however written: "a man aged 70", "another woman", "a third"
# (not "another five people": a count of five, told as more)
# (nor "a pair of", "a couple of": a count of two)
_ONE = (
    rf"(?P<n>an?(?!\s+(?:pair|couple)\s+of\s)|one|another(?!\s+{NUM}\s))\s+"
    r"(?:[\w\-]+\s+){0,2}?"
)
_AGED = r"(?:\s*,?\s+aged\s+\d+\s*,?)?"
# a relative clause of up to seven words after one person, before the main verb's
# auxiliary: "a nurse who had just finished her shift was killed" (no word of harm in it:
# not "a girl who was injured in April was discharged")
_WHO = (
    r"(?:\s+(?:who|that)\s+(?:(?!(?:killed|died|wounded|injured|hurt)\b)[\w’'\-]+\s+){0,6}?"
    r"(?!(?:killed|died|wounded|injured|hurt)\b)[\w’'\-]+)"
)
_POSSESSIVE = r"(?:(?:his|her|their)\s+)?"  # "wounded her two sons"
# one relative, told of without a count: "injuring her son" (a match's group ``kin``), or
# one named by the part they had: "killed the driver"
_KIN_NOUNS = ("son", "daughter", "husband", "wife", "mother", "father", "brother", "sister")
_KIN_NOUNS += ("grandson", "granddaughter", "grandmother", "grandfather", "child")
_PART_NOUNS = ("driver", "pilot", "guard", "watchman", "owner", "operator", "cyclist")
_PART_NOUNS += ("pedestrian", "motorist")
_KIN = rf"(?:(?:his|her|their)\s+(?:{'|'.join(_KIN_NOUNS)})|the\s+(?:{'|'.join(_PART_NOUNS)}))\b"
# one person's kin joined after them, read as one more or as their count: "A woman and her
# son were killed", "a man and his two daughters", "A father and son"
_KIN_PLURALS = (*(n + "s" for n in _KIN_NOUNS if n != "child"), "children", "grandchildren")
_AND_KIN = (
    rf"(?:\s+and\s+(?:(?:his|her|their)\s+)?(?:(?P<kin_n>{NUM})\s+)?"
    # (an age or an adjective on the kin: "her 5-year-old son", "his elderly mother")
    r"(?:[\w\-]+\s+)?(?P<kin_more>"
    rf"{'|'.join(_KIN_PLURALS + _KIN_NOUNS)})\b)?"
)
# a parent named by their children's count, which counts no one harmed: "A father of three"
_PARENT_OF = rf"(?:\s+of\s+(?:{NUM})(?:\s+(?:children|kids|sons|daughters))?)?"
# one person named as what they were or as someone's kin: "a man", "A mother and her son"
_ONE_OR_KIN = rf"(?:{_PEOPLE}|{'|'.join(_KIN_NOUNS)})"
# the place a person is of or from: "a resident of Kharkiv", "a man from Velyka Pysarivka",
# "a resident of the Kursk region"
_PLACE_OF = (
    r"(?:the\s+)?(?-i:[A-Z])[\w'’\-]+(?:\s+(?-i:[A-Z])[\w'’\-]+)?"
    r"(?:\s+(?:region|oblast|district|province))?"
)
_FROM_PLACE = rf"(?:\s+(?:of|from)\s+{_PLACE_OF})?"

# "one of three people killed": one of the count after it (which is read), not a count
_NOT_ONE_OF = (
    r"(?:(?<!one)|(?!\s+of\s+(?:the\s+)?(?:\d|two|three|four|five|six|seven|eight|nine|ten)))"
)

# people counted by what they are of, too long for :data:`_ADJ`: "two residents of the
# Donetsk region", "three firefighters of the State Emergency Service", "four employees of a
# utility company in Kherson" (two words or more: one, :data:`_ADJ` reads, "two residents of
# Kharkiv were killed")
_OF_WORD = (
    r"(?!(?:and|or|who|that|which|were|was|are|is|has|have|had|killed|wounded|injured|hurt|"
    r"died|dead)\b)[\w'’\-]+"
)
_OF_WORDS = rf"(?:{_OF_WORD}\s+){{1,4}}?{_OF_WORD}"
_COUNTED_FROM = (
    rf"\b{_QUAL}{_N}\s+{_PEOPLE}\s+(?:of|from)\s+{_OF_WORDS}{_APPOSITION}\s*{_VERB_PART}"
)
_COUNTED_FROM_NEEDS = (" of ", " from ")
_RECEIVED_HARM = (
    r"(?:also\s+)?(?:received|suffered|sustained)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:injuries|wounds|cuts|burns|fractures|concussions?)\b"
)
_RECEIVED_NEEDS = ("received", "suffered", "sustained")

# one person named by what they were, after "the" or an owner, when told harmed in a clause
# of their own: "The driver was killed", "its driver was injured" (whom the report's strike
# brought in: a car's driver, a house's owner); not a group ("the residents")
# (not "the pilot was killed", "the operator": a crash or a soldier's death, not a strike's)
_THE_PART_NOUNS = tuple(n for n in _PART_NOUNS if n not in ("pilot", "operator"))
_ONE_NOUNS = ("passenger", "man", "woman", "boy", "girl", "teenager", "child", "worker")
_ONE_NOUNS += ("employee", "resident", "pensioner", "courier")
_THE_ONE = (
    r"(?P<kin>(?:the|his|her|its|their)\s+(?:[\w\-]+\s+){0,2}?"
    rf"(?:{'|'.join(_KIN_NOUNS + _THE_PART_NOUNS + _ONE_NOUNS)}))(?P<n>(?!))?"
)  # (no count: a group ``n`` that never matches, read as one person by its ``kin``)
# words one of which every one person without a count holds: :data:`_KIN`, :data:`_THE_ONE`
_ONE_PERSON_WORDS = _KIN_NOUNS + _PART_NOUNS + _ONE_NOUNS
# one person's harm told as what they were taken or treated with: "(was) taken to hospital
# with shrapnel wounds", "hospitalised with burns" (not after a death: "killed and")
_WITH_HARM = (
    r"(?:(?!(?:killed|died|dead|and)\b)[\w\-]+\s+){0,5}?with\s+"
    # (not "with no visible injuries", "with fatal injuries"; nor "found dead with wounds")
    r"(?:(?!(?:no|fatal|mortal|deadly)\b)[\w\-]+\s+){0,3}?(?:injur(?:y|ies)|wounds?|burns)\b"
)
_THE_ONE_WAS = rf"\b{_THE_ONE}{_FROM_PLACE}{_AGED}{_APPOSITION}\s+was\s+(?:also\s+)?(?:\w+ly\s+)?"

_KILLED = [
    compiled(
        rf"\b{_QUAL}{_N}{_NOT_ONE_OF}\s+(?:more\s+)?{_ADJ}{_PEOPLE}?{_DOING}{_APPOSITION}\s*"
        rf"{_VERB_PART}"
        rf"(?:confirmed\s+)?(?:killed|dead|died)\b",
        re.I,
    ),
    compiled(
        rf"\b(?:killing|killed|kills|kill)\s+{_POSSESSIVE}(?:another\s+)?{_QUAL}{_N}\b"
        r"(?!\s*(?:-|\s)year)",
        re.I,
    ),
    compiled(rf"\b{_QUAL}{_N}\s+(?:deaths|dead|fatalities|bodies)\b", re.I),
    compiled(
        rf"\b{_ONE}{_ONE_OR_KIN}{_PARENT_OF}{_AND_KIN}{_FROM_PLACE}{_AGED}{_APPOSITION}{_WHO}?\s+"
        rf"(?:(?:was|were|has\s+been)\s+(?:also\s+)?killed|died)\b",
        re.I,
    ),
    # "the strike killed a man", "killing her husband"
    compiled(rf"\b(?:killing|killed|kills|kill)\s+(?:{_ONE}{_ONE_OR_KIN}\b|(?P<kin>{_KIN}))", re.I),
    compiled(
        rf"\bnumber\s+of\s+(?:people\s+killed|dead|deaths)\b.{{0,60}}?\b(?:at|to)\s+{_N}\b", re.I
    ),
    # "the attack claimed 25 lives" (not an attack of a year before: "The strike on Sumy on
    # Palm Sunday 2025 claimed 35 lives"; nor a fire's toll)
    compiled(
        rf"\b(?:attacks?|strikes?|shelling|bombardment|barrage)\b(?:(?!\b(?:19|20)\d\d\b)[^.;]){{0,60}}?"
        rf"\b(?:claimed|took|cost)\s+{_QUAL}{_N}\s+lives\b",
        re.I,
    ),
    compiled(rf"{_COUNTED_FROM}(?:killed|dead|died)\b", re.I),
    compiled(rf"{_THE_ONE_WAS}killed\b", re.I),
    # a couple, two people: "killed a married couple in their sixties", "killing an elderly
    # couple" (not "a couple of": a count of its own)
    compiled(
        r"\b(?:killing|killed|kills|kill)\s+(?:an?|the)\s+(?:[a-z\-]+\s+){0,2}?(?P<n>couple)\b"
        r"(?!\s+of\b)",
        re.I,
    ),
]
# not a part of the casualties named after it: "one of the wounded died"
_NOT_PART = r"(?!\s+(?:more\s+)?of\s+(?:the|those)\s+(?:wounded|injured|hurt|dead|victims)\b)"
_WOUNDED = [
    compiled(
        rf"\b{_QUAL}{_N}{_NOT_PART}{_NOT_ONE_OF}\s+(?:more\s+)?{_ADJ}{_PEOPLE}?{_DOING}"
        rf"{_APPOSITION}\s*"
        rf"{_VERB_PART}"
        rf"(?:reported\s+)?(?:wounded|injured|hurt)\b",
        re.I,
    ),
    compiled(
        rf"\b(?:injuring|wounding|injured|wounded|hurting)\s+{_POSSESSIVE}(?:another\s+)?{_QUAL}{_N}\b"
        rf"(?!\s*(?:-|\s)year)",
        re.I,
    ),
    compiled(rf"\b{_QUAL}{_N}\s+(?:people\s+)?(?:wounded|injured|injuries)\b", re.I),
    # "a woman aged 64 was injured", "another woman, seriously hurt, ...", "left a boy injured"
    compiled(
        rf"\b{_ONE}{_ONE_OR_KIN}{_PARENT_OF}{_AND_KIN}{_FROM_PLACE}{_AGED}{_APPOSITION}"
        rf"(?:{_WHO}\s+(?:was|were|has\s+been)\s+|\s*,?\s+(?:was\s+|were\s+|is\s+|has\s+been\s+)?)"
        rf"(?:also\s+)?(?:\w+ly\s+)?(?:(?:wounded|injured|hurt)\b|{_WITH_HARM})",
        re.I,
    ),
    # "the attack injured a woman", "badly wounded a third"
    compiled(
        rf"\b(?:injur(?:ed|ing)|wound(?:ed|ing))\s+(?:{_ONE}{_ONE_OR_KIN}\b|"
        rf"(?P<third>a\s+(?:second|third|fourth|fifth))\b|(?P<kin>{_KIN}))",
        re.I,
    ),
    # "five residents with injuries went to hospital", "three more were admitted
    # with light injuries"
    compiled(
        rf"\b{_QUAL}{_N}\s+{_ADJ}{_PEOPLE}\s+(?:(?:were|was)\s+(?:[\w\-]+\s+){{0,5}}?)?"
        rf"with\s+(?:[\w\-]+\s+){{0,3}}?(?:injuries|wounds|burns)\b",
        re.I,
    ),
    compiled(rf"{_COUNTED_FROM}(?:wounded|injured|hurt)\b", re.I),
    # harm told as what was received: "a woman received minor cuts", "two men sustained
    # shrapnel wounds" (not "received treatment")
    compiled(rf"\b{_ONE}{_PEOPLE}{_FROM_PLACE}{_AGED}{_APPOSITION}\s+{_RECEIVED_HARM}", re.I),
    compiled(rf"\b{_QUAL}{_N}\s+{_ADJ}{_PEOPLE}{_APPOSITION}\s+{_RECEIVED_HARM}", re.I),
    compiled(rf"{_THE_ONE_WAS}(?:(?:wounded|injured|hurt)\b|{_WITH_HARM})", re.I),
]
# Words one of which each pattern above needs, in the same order: a pattern whose words are
# all absent from a sentence cannot match there and is not run.
_KILLED_NEEDS = (
    ("killed", "dead", "died"),
    ("kill",),
    ("death", "dead", "fatalities", "bodies"),
    ("killed", "died"),
    ("kill",),
    ("number",),
    ("lives",),
    _COUNTED_FROM_NEEDS,
    ("killed",),
    ("couple",),
)
_WOUNDED_NEEDS = (
    ("wounded", "injured", "hurt"),
    ("injur", "wound", "hurt"),
    ("wounded", "injur"),
    ("wound", "injur", "hurt", "burns"),
    ("injur", "wound"),
    ("injuries", "wounds", "burns"),
    _COUNTED_FROM_NEEDS,
    _RECEIVED_NEEDS,
    _RECEIVED_NEEDS,
    ("wound", "injur", "hurt", "burns"),
)
# up to four words before a weapon noun: "Shahed-type attack", "“kamikaze”", "Kh-59 cruise"
_WEAPON_ADJ = (
    # (not a span of time: "Over the past three days Russian drones hit ...")
    r"(?:(?!(?:and|or|of|drones|missiles|with|plus|days?|hours?|nights?|weeks?|months?|years?|"
    r"morning|evening|afternoon)\b)"
    r"[“\"'‘]?[A-Za-z][\w\-]*[”\"'’]?\s+)"
    r"{0,4}?"
)
_DRONE_NOUN = r"(?:drones|uavs|shaheds|shahed[\w\-]*\s+drones)"
# drone models listed before the kinds of drones: "112 Shahed, Gerbera, and other strike and
# decoy drones"
_DRONE_MODELS = r"(?:(?:shahed|gerbera|geran|lancet|harpy)[\w\-]*(?:\s*,\s*(?:and\s+)?|\s+and\s+))*"
_DRONES = compiled(
    rf"\b{_QUAL}{_N}\s+{_DRONE_MODELS}{_WEAPON_ADJ}"
    rf"(?:(?:and|or)\s+(?:decoy|imitator|simulator|other)\s+)?{_DRONE_NOUN}\b",
    re.I,
)
# missiles by their noun, or by a model's name alone ("3 Iskander-M", "two Kinzhals")
_MISSILE_NOUN = (
    r"(?:missiles|rockets|(?:iskander(?:-[mk])?s?|kinzhals?|kalibrs?|kh-\d+[a-z0-9]*)"
    # (a model before its noun is read with the noun: "7 Iskander-M ballistic missiles")
    r"(?![\w\-])(?!\s+(?:[\w\-]+\s+){0,3}?(?:missiles?|rockets?)\b))"
)
_MISSILES = compiled(rf"\b{_QUAL}{_N}\s+{_WEAPON_ADJ}{_MISSILE_NOUN}\b", re.I)
_ONE_INTERCEPT_VERB = (
    r"(?:shot\s+down|downed|intercepted|destroyed|neutrali[sz]ed|brought\s+down|taken\s+down|"
    r"suppressed|jammed|repelled|eliminated)"
)
# ("shot down/suppressed": two verbs of a digest's line)
_INTERCEPT_VERB = rf"(?:{_ONE_INTERCEPT_VERB}(?:/{_ONE_INTERCEPT_VERB})?)"
_WEAPON_NOUN = (
    r"(?:drones|missiles|uavs|shaheds|weapons|targets|rockets|aerial\s+vehicles|projectiles|"
    r"munitions|bombs|decoys|aircraft)(?:\s*\([^()]{1,20}\))?"
)
# (and the present of translated posts: "17 unmanned aerial vehicles of the enemy are
# destroyed"; a verb in quotes: "were \"intercepted and destroyed\"")
# (and a verb reported: "121 drones and six missiles were reported destroyed")
_AUX = (
    r"(?:were|was|are|had\s+been|have\s+been|has\s+been)\s+(?:also\s+)?(?:\w+ly\s+)?"
    r"(?:reported\s+)?[\"“]?"
)
# what may follow "shot down 40": a weapon, "of them", "out of", or the end of the phrase
# ("destroyed four floors" is not an interception)
_INTERCEPTED_THING = (
    rf"(?=\s+{_WEAPON_ADJ}(?:{_WEAPON_NOUN}|drone|missile|uav|target)\b|\s+(?:out\s+)?of\b|"
    rf"\s*[,.;:)]|\s*$|\s+(?:over|above|in|on|at|near|during|overnight|by|targets?)\b)"
)
# "Of those, 29 drones were destroyed", "30 drones from Ukraine downed over the region"
_WEAPON_SOURCE = r"(?:\s+(?:of|from)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w\-]*\s+){1,4})?"
# a fact sheet's colon after the verb: "Shot down: 93"
_LABEL_COLON = r"(?:\s*:)?"
# the verb as a gerund, after a verb of saying: "the ministry reported downing 86 drones"
# (not "capable of intercepting 100 drones", "designed for shooting down ...")
_INTERCEPT_GERUND = (
    r"(?<!\bof\s)(?<!\bfor\s)"
    r"(?:shooting\s+down|downing|intercepting|neutrali[sz]ing|bringing\s+down)"
)
# the verb in the infinitive, told as done: "managed to shoot down 31 drones", "were able to
# destroy 40" (not "were unable to"; not "is able to destroy", "will be able to": what a
# weapon can do, see :data:`_UNTOLD`)
_INTERCEPT_TO = (
    r"(?:(?<=managed\sto\s)|(?<=\sable\sto\s))(?:"
    + "|".join(w.replace(" ", r"\s+") for w in INTERCEPT_INFINITIVES)
    + ")"
)
_INTERCEPT = [
    compiled(
        rf"\b{_INTERCEPT_VERB}(?:\s+or\s+{_INTERCEPT_VERB})?{_LABEL_COLON}\s+(?:all\s+)?{_QUAL}{_N}"
        rf"{_INTERCEPTED_THING}",
        re.I,
    ),
    # "12 drones were shot down", "76 of the 90 drones launched overnight were shot down",
    # "86 of the drones and missiles were shot down" (all of them, not of one kind)
    compiled(
        rf"\b{_QUAL}{_N}\s+(?:of\s+the\s+{NUM}\s+{_WEAPON_ADJ}|{_WEAPON_ADJ}|"
        # (not "3 of the Kalibr missiles fell to a fighter's guns": a part of one kind)
        # ("38 of the drones were shot down": of all the drones, no model named)
        rf"of\s+the\s+(?=(?:drones|missiles|uavs|rockets)\s+(?:and\s+|{_AUX}{_INTERCEPT_VERB})))"
        rf"(?:{_WEAPON_NOUN}"
        # ("drones and ballistic missiles"; not "drones and two missiles": a count of its own)
        rf"(?:\s+and\s+(?!{NUM}\s){_WEAPON_ADJ}{_WEAPON_NOUN})?"
        rf"(?:\s+of\s+the\s+enemy)?(?:\s+(?:launched|fired)(?:\s+[a-z]+){{0,3}}?)?\s+|"
        r"of\s+(?:them|which|those)\s+)"
        rf"(?:of\s+(?:them|which|those)\s+)?{_AUX}{_INTERCEPT_VERB}",
        re.I,
    ),
    # a headline's participle without "were": "Seven drones downed over the Kursk region"
    # (and a part of those launched: "47 of 63 drones downed")
    compiled(
        rf"\b{_QUAL}{_N}\s+(?:of\s+(?:the\s+)?{NUM}\s+)?{_WEAPON_ADJ}{_WEAPON_NOUN}"
        rf"{_WEAPON_SOURCE}\s*(?:(?:claimed|reported|reportedly)\s+)?{_INTERCEPT_VERB}"
        rf"(?=\s+(?:over|above|in|near|by|overnight|across|on|at)\b|\s*[,.:;]|\s*$)",
        re.I,
    ),
    compiled(rf"\bof\s+(?:which|them|those)\s+{_QUAL}{_N}\s+{_AUX}{_INTERCEPT_VERB}", re.I),
    # "Of the 40 missiles, 38 were shot down", "Of the drones, 94 were taken down"
    compiled(
        rf"\bof\s+the\s+(?:{NUM}\s+)?{_WEAPON_ADJ}{_WEAPON_NOUN},?\s+{_QUAL}{_N}\s+"
        rf"{_AUX}{_INTERCEPT_VERB}",
        re.I,
    ),
    # the gerund, its weapons named: "reported downing 86 Ukrainian drones", "downing 52 of
    # them" (not "neutralising 2 in Kyiv": saboteurs)
    compiled(
        rf"\b{_INTERCEPT_GERUND}\s+(?:all\s+)?{_QUAL}{_N}"
        rf"(?=\s+{_WEAPON_ADJ}(?:{_WEAPON_NOUN}|drone|missile|uav|target)\b|\s+(?:out\s+)?of\b|"
        # ("shooting down 38 over Belgorod region")
        r"\s*[,.;)]|\s*$|\s+(?:over|above)\s+(?:the\s+)?(?-i:[A-Z]))",
        re.I,
    ),
    compiled(rf"\b{_INTERCEPT_TO}\s+(?:all\s+)?{_QUAL}{_N}{_INTERCEPTED_THING}", re.I),
    # one weapon: "one missile was intercepted; the second struck" (no count: a group ``n``
    # that never matches, read as one by its ``kin``)
    compiled(
        r"\b(?P<kin>one\s+(?:[\w\-]+\s+){0,2}?"
        r"(?:missile|drone|rocket|uav|shahed))(?P<n>(?!))?"
        rf"\s+{_AUX}{_INTERCEPT_VERB}\b",
        re.I,
    ),
    # the number told as a figure put: "The air force put the number shot down at 103 drones
    # and three missiles"
    compiled(
        rf"\b(?:put|puts|putting|placed|places)\s+the\s+(?:number|figure|count|total|tally)\s+"
        rf"(?:of\s+(?:[a-z]+\s+){{1,2}}?)?{_INTERCEPT_VERB}\s+at\s+{_QUAL}{_N}{_INTERCEPTED_THING}",
        re.I,
    ),
    # a digest's count of those launched, then of those downed: "88 drones, 71 shot down or
    # suppressed" (the count of those launched before it, :data:`_DIGEST_BEFORE`, looked for
    # only where this matches)
    compiled(
        # ("1,012 of them reported shot down")
        rf"\b{_QUAL}{_N}\s+(?:of\s+them\s+)?(?:were\s+|reported\s+)?{_INTERCEPT_VERB}"
        rf"(?:\s+or\s+{_INTERCEPT_VERB})?"
        r"(?=\s*[,.;:)]|\s*$|\s+(?:over|above|in|by|overnight)\b)",
        re.I,
    ),
]
# the count of those launched right before a digest's count of those downed ("88 drones, "
# before "71 shot down"), its end the downed count's start
# (or its launch told after it up to a semicolon: "112 attack drones launched from the Kursk,
# Oryol and Primorsko-Akhtarsk directions; 89 downed")
_DIGEST_BEFORE = compiled(
    rf"\b{NUM}\s+{_WEAPON_ADJ}{_WEAPON_NOUN}(?:,|[^.;]{{0,20}}?\s+(?:launched|fired)\b[^.;]{{0,90}};)"
    r"\s+$",
    re.I,
)
_DIGEST_REACH = 160  # the most characters it spans
# a region's part of a wider total of those downed: "shooting down 38 drones over Rostov
# Oblast, out of a total of 71 drones over Russian regions" (not "... 71 drones launched")
_WIDER_TOTAL = compiled(
    rf"\bout\s+of\s+(?:a\s+)?total\s+of\s+{_QUAL}{_N}\s+{_WEAPON_ADJ}{_WEAPON_NOUN}"
    r"(?!\s+(?:\w+\s+)?(?:launched|fired|used|sent))",
    re.I,
)
# "destroyed three missiles of the Kinzhal type, 20 drones and one guided
# missile": each further count of a list joined to the first
_NEXT_COUNT = compiled(
    rf"(?:\s+(?:of\s+the\s+)?{_WEAPON_ADJ}(?:{_WEAPON_NOUN}|drone|missile|uav)"
    rf"(?:\s+of\s+the\s+[^,;.]{{1,40}}?\s+type)?)?(?:,\s*(?:and\s+)?|\s+and\s+|\s+plus\s+)"
    # (and a part of those launched, closing the list: "86 drones and three of the missiles.",
    # not one with a verb of its own: "and three of the missiles struck")
    rf"{_QUAL}(?P<n>{NUM})(?=\s+{_WEAPON_ADJ}(?:{_WEAPON_NOUN}|drone|missile|uav)\b|"
    rf"\s+of\s+the\s+{_WEAPON_ADJ}(?:{_WEAPON_NOUN}|drone|missile|uav)\b"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:over|above|near|overnight|during|by|on\s+approach)\b))",
    re.I,
)
# the words after a count of a list, after a comma, that make it the list's sum: "..., 280
# targets in total" (not "and 45 drones in all": a count of its own; not "in all regions")
_IN_TOTAL_AFTER = compiled(
    r"\s+(?:aerial\s+|air\s+)?(?:targets|objects)\s+(?:in\s+total|in\s+all|altogether|overall)"
    r"(?!\s+[^\W\d_])",
    re.I,
)
# "nine were downed in the morning and two more overnight", "... and one over Voronezh"
_AND_MORE = compiled(
    rf"(?:(?!\b(?:including|among|of\s+(?:which|them|those))\b)[^.;:]){{0,100}}?\b(?:and|while)\s+"
    rf"(?:another\s+)?(?P<n>{NUM})\s+(?:more\b|others\b|(?:in\s+the\s+sky\s+)?"
    rf"(?:over|above|in|near)\b)",
    re.I,
)
# "downed 50 drones across the country, 12 of them over the Tula region": the report's own
# attack is the part
_PART_OF_WIDER = compiled(
    rf"[^.;]{{0,40}}?\b(?:nationwide|across\s+(?:the\s+)?(?:country|russia|ukraine)|"
    rf"all\s+over\s+(?:the\s+)?(?:country|russia|ukraine))\s*,\s*{_QUAL}(?P<n>{NUM})\s+of\s+"
    rf"(?:them|those|which)\s+(?:over|above|in)\b",
    re.I,
)
# "destroyed every one of them": all the weapons the sentence counted
_ALL_OF_THEM = compiled(
    rf"\b{_INTERCEPT_VERB}\s+(?:all|every\s+one|each(?:\s+one)?)\s+of\s+them\b", re.I
)
_SINGLE_MISSILE = compiled(r"\b(?:a\s+single|one)\s+(?:[\w\-]+\s+){0,3}missile\b", re.I)
_UPDATE = compiled(
    rf"\b(?:risen|rose|climbed|increased|grown|reached|jumped|stands?\s+at|"
    # "the number of wounded was revised to 19"
    rf"revised(?:\s+(?:up|upward|upwards|down|downward|downwards))?(?=\s+to\b)|"
    rf"now\s+at|now\s+stands\s+at|(?<=\bis\s)now|(?<=\bare\s)now|up\s+to|toll(?=\s+to\b)|raised\s+(?:it|the\s+(?:toll|figure|count|number))|"
    # "..., bringing the total to 12": the sum after a count of more
    rf"(?:bringing|brought|taking|took|pushing|pushed|raising)\s+the\s+(?:overall\s+)?"
    rf"(?:total|tally|count|figure)(?=\s+to\b))"
    rf"(?:\s*,\s*to\s+|\s+(?:to\s+)?){_QUAL}{_N}\b",
    re.I,
)
# the kind an updated count names right after it, and a second count of the other kind:
# "raised it to 12 killed and 90 injured"
_UPDATED_KINDS = compiled(
    r"\s+(?:people\s+)?(?P<kind>killed|dead|injured|wounded|hurt)\b(?:\s+and\s+"
    rf"{_QUAL}(?P<m>{NUM})\s+(?:people\s+)?(?P<other>killed|dead|injured|wounded|hurt)\b)?",
    re.I,
)
_DEAD_WORDS = frozenset(("killed", "dead"))
# ("in all," before the figure: "In all, nine people were wounded"; not "in all regions")
_TOTAL_WORDS = compiled(
    r"\b(?:(?:in\s+total|a\s+total\s+of|overall|altogether|total)\b|in\s+all\s*,)", re.I
)
# right after a count of casualties, the whole country's: "10 people killed across the
# country", "killed 9 nationwide" (not "... as power cuts were imposed across the country")
_COUNTRY_WIDE = (
    r"(?:(?:across|throughout)\s+(?:the\s+)?(?:country|ukraine|russia)|nationwide|countrywide)\b"
)
_NATIONWIDE_AFTER = compiled(rf"\s+(?:people\s+|civilians\s+)?{_COUNTRY_WIDE}", re.I)
# or opening the sentence: "Across the country, at least 9 people were killed"
_NATIONWIDE_OPENING = compiled(rf"\W*{_COUNTRY_WIDE}", re.I)
_NATIONWIDE_NEEDS = ("across", "throughout", "nationwide", "countrywide")
# A sentence about another, earlier attack: none of its figures count. Its words, each
# starting with a letter, and an opening "Earlier,".
_RECALL_WORDS = (
    rf"\b(?:earlier\s+this\s+(?:month|year|week)|last\s+(?:year|month|week|{'|'.join(DAY_NAMES)})|"
    r"since\s+(?:late\s+|early\s+)?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|\d{4})|(?<!born\s)in\s+(?:19|20)\d\d|(?:days?|weeks?|months?|years?)\s+"
    r"(?:earlier|ago)|the\s+previous(?!\s+(?:morning|night|evening|afternoon)\b)|in\s+the\s+past(?!\s+(?:\d+\s+|few\s+|several\s+|two\s+|"
    r"three\s+)?(?:day|days|night|hours?|week|weeks|month|months)\b)|previously|to\s+recall|"
    r"as\s+a\s+reminder|"
    # (not a figure reported earlier: "rose to 23, up from 14 reported earlier")
    r"(?<!\d\s)(?:reported|said|wrote)\s+earlier|"
    r"earlier\s+(?:reported|said|wrote))\b"
)
_RECALL_OPENING = (
    # (after a source's name and a colon: "UN monitors: Over the past three months, ...")
    r"^\W*(?:[a-z][\w’'.\- ]{0,40}:\s*)?(?:earlier\s*,|"
    # a tally of the war so far, opening the sentence: "Since 24 February 2022, ...", "Since
    # the start of the full-scale invasion, ..." (not "the largest attack since ...")
    r"since\s+(?:\d{1,2}\s+(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december)|(?:the\s+)?(?:start|beginning|outbreak)\s+of\s+(?:the\s+|"
    r"russia['’]s\s+)?(?:full-scale\s+)?(?:invasion|war)|"
    # ("Since the start of the year, 2,400 civilians have been killed")
    r"(?:the\s+)?(?:start|beginning)\s+of\s+(?:the|this)\s+(?:year|month))\b|"
    # a month and a year opening the sentence: "In August 2023, a missile hit ..." (not "a
    # school rebuilt in May 2023 was hit on Thursday")
    r"in\s+(?:(?:early|late|mid-?)\s*)?(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\s+(?:19|20)\d\d\s*,|"
    # an attack of the day before, told first: "The previous evening, bombs hit ..." (not
    # "... struck the city the previous morning", the report's own attack in a later story)
    r"(?:on\s+)?the\s+previous\s+(?:morning|evening|afternoon)\b|"
    # a tally of weeks or months, opening the sentence: "Over the same two weeks, the
    # mission verified 112 deaths", "So far this year, ..." (not "Over the past 24 hours",
    # nor a week's summary: "Over the past week, Russia launched 1,500 drones")
    r"(?:over|during|in|across)\s+the\s+(?:same\s+(?:(?:two|three|four|several|few|\d+)\s+)?"
    r"(?:weeks?|months?|years?|period)|(?:past|last|previous|preceding)\s+(?:(?:two|three|four|"
    r"five|six|several|few|\d+)\s+(?:weeks|months|years)|months|years))\b|"
    r"so\s+far\s+this\s+(?:month|year)\b|"
    # a worse attack compared, after the report's own was told: "It was the deadliest attack
    # this year, after a strike on X killed 20", "the worst attack on Sumy since Palm Sunday
    # in April, when two missiles killed 35"
    r"(?:it|this|that)\s+(?:was|is|became|marked)\s[^.;]{0,60}?\b(?:deadliest|worst|largest|"
    r"biggest)\b[^.;]{0,80}?\b(?:after\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}(?:strike|attack|"
    r"bombing)\b[^.;]{0,60}?\b(?:killed|killing|injured|injuring|wounded|wounding)|"
    r"since\s+[^.;,]{1,60},\s+when\b(?=[^;]*$)))"
)
_RECALL = compiled(rf"{_RECALL_WORDS}|{_RECALL_OPENING}", re.I)
# A sentence giving a first figure that a later one replaces: only its updates count.
_PROVISIONAL = compiled(
    r"\b(?:had\s+put\s+the|first\s+reported|initially|had\s+stood\s+at|had\s+spoken\s+of|"
    # "Earlier in the day officials had reported seven people injured"
    r"earlier\s+in\s+the\s+day|had\s+(?:earlier\s+)?reported|"
    r"in\s+the\s+first\s+hours|by\s+late\s+morning|earlier\s+(?:figures?|toll)|"
    r"initial\s+(?:reports?|figures?|reporting|information|data))\b",
    re.I,
)
_KILLED_WORDS = compiled(r"\b(?:killed|dead|deaths?|died|toll|fatalities)\b", re.I)
_WOUNDED_WORDS = compiled(r"\b(?:wounded|injured|hurt|injuries)\b", re.I)
_MONTH_WORD = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# "a 45-year-old", "on 12 May": not counts
# animals, not people: "killed 40 pigs", "15 cows were killed"
_ANIMAL_NOUNS = (
    "cows", "cattle", "calves", "pigs", "piglets", "sheep", "goats", "horses", "chickens",
    "hens", "poultry", "dogs", "cats", "animals", "livestock",
)  # fmt: skip
_NOT_COUNT_AFTER = compiled(
    rf"^\s*(?:(?:-|\s)?years?(?:-|\s)old|{_MONTH_WORD}(?![a-z])|"
    rf"(?:{'|'.join(_ANIMAL_NOUNS)})\b|head\s+of\b)",
    re.I,
)
# "aged 70", "a girl of 9, men of 58 and 61", "June 3", "no one": not counts
_NOT_COUNT_BEFORE = compiled(
    r"(?:\b(?:aged|ages?\s+of|(?:boy|girl|man|men|woman|women|child|children|teenager|"
    # (a parent of their children: "A father of three was killed")
    r"pensioner|father|mother|parent|grandfather|grandmother|grandparent)s?\s+of)\s+"
    rf"(?:\d+\s*(?:,|and)\s*)*|\b{_MONTH_WORD}\s+|\bno\s+)$",
    re.I,
)
# "No one was hurt", "there were no casualties": zero, unless a figure is given
_NONE_HURT = compiled(
    # (and no people of a kind: "No employees or contractors were injured")
    r"\b(?:no\s+one|no-one|nobody|none|no\s+(?:employees|workers|staff|residents|civilians|"
    r"passengers|children|people|personnel|contractors|crew|servicemen|soldiers|patients))\s+"
    r"(?:\w+\s+){0,2}?(?:was|were|has\s+been|had\s+been|"
    r"got)\s+(?:\w+\s+)?(?P<verb>hurt|injured|wounded|harmed|killed)\b"
    # "no one was killed or injured"
    # (not "no one was killed and injured residents were treated")
    r"(?:\s+(?:or|nor|and)\s+(?P<verb2>hurt|injured|wounded|harmed|killed)\b"
    r"(?!\s+(?:residents|people|civilians|persons|workers|passengers|children|men|women)\b))?|"
    r"\bno\s+(?:immediate\s+)?(?:reports?\s+of\s+)?"
    r"(?P<noun>casualties|victims|injuries|deaths|fatalities|injured|dead)\b|"
    r"\bwithout\s+(?:causing\s+)?(?:any\s+)?(?P<without>casualties|victims|injuries)\b",
    re.I,
)
_NOT_ZERO = compiled(r"\b(?:else|other|more|further)\b", re.I)
_ZERO_KILLED = frozenset(
    ("casualties", "victims", "deaths", "fatalities", "dead", "killed", "hurt", "harmed")
)
_ZERO_WOUNDED = frozenset(
    ("casualties", "victims", "injuries", "injured", "hurt", "wounded", "harmed")
)
# A date, "May 17" or "17 May": a sentence dated before the report's first date recalls an
# earlier attack.
_MONTHS = MONTHS
# A day number beside a month word ("May 17", "17 May"): a sentence dated days before the
# report's first date recalls an earlier attack. Found from the digits, which are few.
_DAY_NUMBER = compiled(r"\d(?<![\d:.,/]\d)\d?(?![\d:/])")
_MONTH_BEFORE = compiled(rf"\b(?P<m>{_MONTH_WORD})\s+$", re.I)
_MONTH_AFTER = compiled(rf"\s+(?P<m>{_MONTH_WORD})(?![a-z])", re.I)
_MONTH_INDEX = {name[:3]: i for i, name in enumerate(_MONTHS)}
_MONTH_STEMS = tuple(_MONTH_INDEX)
# a month named without a day, "In April, ..." (not "in April 12"): a sentence about a month
# wholly before the report's first date recalls an earlier attack
_MONTH_ALONE = compiled(
    rf"\bin\s+(?:early\s+|late\s+|mid-?)?(?P<m>{_MONTH_WORD})(?![a-z])(?!\.?\s+\d)", re.I
)
# A live blog's time-stamped entry ("19:45. The minister said ..."): a later entry updates
# the figures of an earlier one.
# (its groups: the hours and minutes, read by _entry_minutes)
_TIMESTAMP = compiled(r"^[ \t]*(?:update[d]?\b[,:]?\s*)?(\d{1,2})[:.](\d{2})\b", re.I | re.M)
_ANY_DIGIT = compiled(r"\d")
_ASCII_DIGIT = compiled(r"[0-9]")


def _has_digit(text: str) -> bool:
    """``bool(_ANY_DIGIT.search(text))``: an ASCII digit is looked for first, faster."""
    return _ASCII_DIGIT.search(text) is not None or (
        not text.isascii() and _ANY_DIGIT.search(text) is not None
    )


# Any of these in a sentence (lower case, padded with a space) may make a number; the
# commonest come first, since the check stops at the first one found.
_NUMBER_HINTS = (
    " a ",
    " an ",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "teen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "dozen",
    "single",
    "another",
)
_INTERCEPT_HINTS = figure_words.EN_INTERCEPT
_KILLED_HINTS = figure_words.EN_KILLED
_WOUNDED_HINTS = figure_words.EN_WOUNDED
_DRONE_HINTS = figure_words.EN_DRONE
_MISSILE_HINTS = figure_words.EN_MISSILE
_ZERO_HINTS = figure_words.EN_ZERO
_KIND_HINTS = figure_words.EN_KIND


_NEGATION_HINTS = (" no ", " no-", "nobody", "none ", "without")

# How much a figure counts; the strongest wins: a stated update, then a stated total, then
# the first figure of the body, then the headline's, then "no one was hurt".
# (_EARLIER: a first figure that a later one replaces, "initially killing 34": it counts only
# when no other figure of its kind is told)
_ZERO, _EARLIER, _HEADLINE, _FIRST, _TOTAL, _UPDATED = -3, -2, -1, 0, 1, 2


class _Hit(NamedTuple):
    value: int
    strength: int  # one of _ZERO, _EARLIER, _HEADLINE, _FIRST, _TOTAL, _UPDATED
    position: int
    # Ukraine's weapons shot down, told in a live blog of Russia's attack: never an update
    # ("Russia's ministry says it destroyed 41 Ukrainian drones"; see _other_sides)
    other: bool = False
    more: bool = False  # "five more were hurt", "another two died": more than told before


def _count(text: str) -> int | None:
    """The value of a count: a number phrase, "three dozen" (36), "another" (1)."""
    if text.isdecimal():  # digits, as :func:`number_value` reads them
        return int(text) if len(text) <= 15 else None
    low = text.strip().lower()
    if low == "another":
        return 1
    if low.endswith("dozen") and " " in low:
        head = number_value(low.rsplit(None, 1)[0])
        return head * 12 if head else None
    return number_value(text)


def _value(m: re.Match[str], agrees: bool) -> int | None:
    """The count a pattern matched (its group ``n``), or None when the number is an age
    ("aged 70") or a day ("March 14"). ``agrees``: :func:`_lower_agrees` of the matched
    string, and so of each of its parts; a part of a string that does not agree is read by
    the patterns alone."""
    text = m.group("n")
    if text is None:  # one person without a count: "a third", "her son"
        found = m.groupdict()
        return 1 if found.get("third") or found.get("kin") else None
    start, end = m.span("n")
    string = m.string
    after = string[end : end + 12]
    if (
        not agrees or after.lstrip().lower().startswith(_NOT_COUNT_AFTER_STARTS)
    ) and _NOT_COUNT_AFTER.match(after):
        people = _PEOPLE_AFTER_ANIMALS.match(string, end)  # "15 cows and 2 people"
        return _count(people.group("n")) if people else None
    lo = max(0, start - 40)
    if (not agrees or _may_not_count_before(string[lo:start].rstrip().lower())) and (
        _NOT_COUNT_BEFORE.search(string, lo, start)
    ):
        return None
    if text in _ONE_WORDS and (
        # the verb before: "killing a man and a woman", "killing a woman and her son"
        _AND_ONE_MORE.match(string, m.end())
        if start > m.start()
        else _one_before(string, lo, start)  # "A man and a woman were killed"
    ):
        return 2
    value = _count(text)
    if value is not None and start == m.start() and (kin := _kin_after(m)):
        # "A woman and her son were killed"; only the kin where the first is the object of
        # a verb of its own ("killing a man and his wife was injured")
        harmed = _HARMED_BEFORE.search(string, max(0, start - 24), start)
        value = kin if harmed else value + kin
    if value is not None and start == m.start() and (joined := _count_before(string, lo, start)):
        return value + joined  # "Two women and three children were killed": five
    if (
        value is not None
        and start > m.start()
        and " and " in string[m.end() : m.end() + 40]
        and (more := _AND_COUNT_MORE.match(string, m.end()))
    ):
        return value + (_count(more.group("n")) or 0)  # "killed two women and three men"
    return value


def _kin_after(m: re.Match[str]) -> int:
    """How many kin a pattern matched after one person (:data:`_AND_KIN`): "A woman and
    her son" (one), "A man and his two daughters" (two); 0 where none."""
    found = m.groupdict()
    if not found.get("kin_more"):
        return 0
    return _count(found["kin_n"]) or 0 if found.get("kin_n") else 1


def _count_before(string: str, lo: int, start: int) -> int:
    """The count of people joined before the count at ``start`` ("Two women and" before
    "three children were killed", "Two girls and" before "a boy"), not the object of a verb
    of its own ("injured two women and three men were killed"); 0 where there is none."""
    tail = string[max(lo, start - 6) : start]
    if "and" not in tail:
        return 0  # (most counts: no "and" right before)
    if string[lo:start].rstrip()[:-3].rstrip().endswith("ed"):
        return 0  # "killed and 23 were wounded": a verb before "and", no noun of people ends so
    before = _COUNT_AND_BEFORE.search(string, lo, start)
    if before is None or _HARMED_BEFORE.search(string, max(0, before.start() - 24), before.start()):
        return 0
    return _count(before.group("n")) or 0


def _one_before(string: str, lo: int, start: int) -> bool:
    """Whether one more person is joined before the one at ``start`` ("A man and a woman
    were killed"), not the object of a verb of its own ("injured a woman and a man was")."""
    before = _ONE_AND_BEFORE.search(string, lo, start)
    return before is not None and not _HARMED_BEFORE.search(
        string, max(0, before.start() - 24), before.start()
    )


_ONE_WORDS = frozenset(("a", "an", "A", "An"))
# one more person joined to the one a pattern matched, after it (not the subject of a verb of
# its own: "injuring a woman, and a man was killed") or before it
_AND_ONE_MORE = compiled(
    rf"\s+and\s+(?:an?\s+(?:[\w\-]+\s+){{0,2}}?{_PEOPLE}|(?:his|her|their)\s+"
    rf"(?:{'|'.join(_KIN_NOUNS)}))\b"
    r"(?!\s*,?\s+(?:was|were|is|has|had|died)\b)",
    re.I,
)
_COUNT_AND_BEFORE = compiled(
    rf"(?<![\w\-/.:])(?P<n>{NUM})\s+(?:[\w\-]+\s+){{0,2}}?{_PEOPLE}\s+and\s+$", re.I
)
# more people joined after the ones a pattern matched after its verb ("killed two women" and
# "three men"), not the subject of a verb of their own ("injuring two, and three were killed")
_AND_COUNT_MORE = compiled(
    rf"(?:\s+(?:[\w\-]+\s+){{0,2}}?{_PEOPLE})?\s+and\s+(?:(?:his|her|their)\s+)?(?P<n>{NUM})\s+"
    rf"(?:[\w\-]+\s+){{0,2}}?(?:{_PEOPLE}|{'|'.join(_KIN_PLURALS)})\b"
    r"(?!\s*,?\s+(?:was|were|is|has|had|died)\b)",
    re.I,
)
_ONE_AND_BEFORE = compiled(rf"\b(?:an?|the)\s+(?:[\w\-]+\s+){{0,2}}?{_PEOPLE}\s+and\s+$", re.I)

_HARMED_BEFORE = compiled(r"\b(?:kill\w*|injur\w*|wound\w*|hurt\w*)\s+$", re.I)


def _may_not_count_before(before: str) -> bool:
    """False when :data:`_NOT_COUNT_BEFORE` surely does not match at the end of a text that
    ends with ``before`` (lower case, without its trailing spaces): it ends with none of
    :data:`_NOT_COUNT_BEFORE_ENDS`, or ends with "," or "and" not after a number (a list of
    ages, "men of 58 and", ends with one)."""
    if before.endswith(","):
        head = before[:-1].rstrip()
    elif before.endswith("and"):
        head = before[:-3].rstrip()
    else:
        return before.endswith(_NOT_COUNT_BEFORE_ENDS)
    return head[-1:].isdecimal()


# How the text right after a count starts, lower case and without its leading spaces, when
# :data:`_NOT_COUNT_AFTER` matches there; how the text before it ends, without its trailing
# spaces, when :data:`_NOT_COUNT_BEFORE` does ("aged", "men of 58 and", "May", "no").
_MONTH_FORMS = tuple(
    form + dot for form in (*(name[:3] for name in MONTHS), *MONTHS, "sept") for dot in ("", ".")
)
# the people after the animals a count was of: "killed 15 cows and two people"
_PEOPLE_AFTER_ANIMALS = compiled(
    rf"\s*(?:{'|'.join(_ANIMAL_NOUNS)}|head\s+of\s+\w+)\s*,?\s+and\s+{_QUAL}{_N}\s+{_ADJ}"
    rf"{_PEOPLE}\b",
    re.I,
)
_NOT_COUNT_AFTER_STARTS = ("year", "-year", *(name[:3] for name in MONTHS), *_ANIMAL_NOUNS)
_NOT_COUNT_AFTER_STARTS += ("head",)
_NOT_COUNT_BEFORE_ENDS = (",", "and", "aged", "of", "no", *_MONTH_FORMS)


def _hinted_spans(text: str, spans: list[tuple[int, int]], low: str) -> list[tuple[int, int]]:
    """The sentences of ``text`` that hold a word of a kind of figure (killed, wounded,
    intercepted, drones, missiles), in text order; the others can hold no fact.

    Each hint word is looked up once in the whole text, which is much cheaper than looking
    it up in every sentence. Lower-casing a text that keeps its length lower-cases each
    character in place, so the hints found there are those of each sentence's lower case
    (:func:`_sentence_figures` reads no sentence without one); a text whose lower case is
    longer (dotted capital I) keeps every sentence. ``low`` is ``text.lower()``.
    """
    if len(low) != len(text):
        return spans
    # the hints are letters only, so each lies in one sentence (no sentence gap holds one)
    if len(spans) == 1:  # one sentence (a place's piece): what starts before it counts for none
        start = spans[0][0]
        held = low[start:] if start else low
        return spans if any(map(held.__contains__, _KIND_HINTS)) else []
    return [spans[i] for i in spans_holding(low, spans, _KIND_HINTS)]


def _runnable(
    patterns: list[re.Pattern[str]],
    needs: tuple[tuple[str, ...], ...],
    scan: _Scan,
    counted: bool = True,
) -> list[tuple[re.Pattern[str], tuple[str, ...]]]:
    """The patterns that may match the sentence of ``scan``, each with the words one of which
    its matches hold (``needs``, in the same order), given whether the sentence may hold a
    count (``counted``: else only the patterns of one person, :data:`_ONE_PERSON`, may match).

    Only where lower-casing agrees with the patterns' ignoring of case
    (:func:`_lower_agrees`); any other sentence keeps every pattern.
    """
    pairs = zip(patterns, needs, strict=True)
    if not scan.agrees:
        return list(pairs)
    low = cast("str", scan.low)
    return [
        (p, words)
        for p, words in pairs
        if (counted or id(p) in _ONE_PERSON) and any(map(low.__contains__, words))
    ]


# Characters that no match of :data:`_SINGLE_MISSILE` holds (it holds only word characters,
# hyphens and spaces)
_NOT_IN_SINGLE_MISSILE = (".", ",", ";", ":", "(", ")", '"', "!", "?")


# What each match of :data:`_SINGLE_MISSILE` holds before its word "missile", in lower case
# (each then a white space, ``\s``)
_SINGLE_MISSILE_WORDS = ("one", "single")


def _single_missile_word(low: str, start: int, end: int) -> bool:
    r"""``bool(re.search(r"(?:one|single)\s", low[start:end]))``: each of the words (far
    rarer than the letters "o" and "s" the search would try at) looked up with ``str.find``,
    then the character after it."""
    for word in _SINGLE_MISSILE_WORDS:
        last = end - len(word) - 1  # where the word's last start, a white space after it
        at = low.find(word, start, last + len(word)) if last >= start else -1
        while at >= 0:
            if low[at + len(word)].isspace():
                return True
            at = low.find(word, at + 1, last + len(word))
    return False


def _names_single_missile(text: str, low: str | None = None) -> bool:
    """``bool(_SINGLE_MISSILE.search(text))`` (``low``: ``text.lower()``, made here when not
    given), searched only before each word "missile", from the last character before it that
    no match holds (:data:`_NOT_IN_SINGLE_MISSILE`): every match ends with that word.

    A search that stops one character after the word sees whether the word ends there.
    Only where lower case agrees with ignoring case and keeps the text's length.
    """
    if not _lower_agrees(text):
        return _SINGLE_MISSILE.search(text) is not None
    if low is None:
        low = text.lower()
    at = low.find("missile")
    if at >= 0 and len(low) != len(text):
        return _SINGLE_MISSILE.search(text) is not None
    if at >= 0 and not _single_missile_word(low, 0, low.rfind("missile")):
        return False  # each match holds "one" or "single" before its "missile"
    while at >= 0:
        lo = max([low.rfind(c, 0, at) for c in _NOT_IN_SINGLE_MISSILE]) + 1
        if _single_missile_word(low, lo, at) and _SINGLE_MISSILE.search(text, lo, at + 8):
            return True
        at = low.find("missile", at + 7)
    return False


def _headline_end(text: str) -> int:
    """End of the report's headline: a short first line without a full stop, followed by
    more text; 0 when the report has none. A headline's figure gives way to the body's."""
    end = text.find("\n")
    if end < 0 or end > 200 or not text[end:].strip():
        return 0
    first = text[:end].rstrip()
    return 0 if not first or first[-1] in ".!?…" else end


def _days(text: str, low: str | None, *, first_only: bool = False) -> list[int]:
    """The days of the year (roughly: 31 days a month) of the dates in ``text`` (``low``:
    its lower case when lower case agrees with ignoring case there, else None; it tells a
    text without a month word at once; with None every number is read)."""
    if low is not None and not any(map(low.__contains__, _MONTH_STEMS)):
        return []  # no month word, no date
    days = []
    for m in _DAY_NUMBER.finditer(text):
        month = _MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start())
        month = month or _MONTH_AFTER.match(text, m.end())
        if month:
            days.append(31 * _MONTH_INDEX[month.group("m")[:3].lower()] + int(m.group()))
            if first_only:
                break
    return days


# Words one of which (lower case) each pattern needs: in a text without any, the pattern
# cannot match and is not run (see :func:`_lower_agrees`).
_RECALL_NEEDS = (
    "same",  # (with "past", "last", "previous": the tallies of weeks and months)
    "preceding",
    "so far",
    "earlier",
    "last",
    "since",
    "19",
    "20",
    "ago",
    "previous",
    "past",
    "recall",
    "reminder",
    "deadliest",
    "worst",
    "largest",
    "biggest",
)
_PROVISIONAL_NEEDS = ("had", "first", "initial", "late", "earlier")
_TOTAL_NEEDS = ("total", "overall", "altogether", "in all")


def _found(pattern: re.Pattern[str], needs: tuple[str, ...], text: str) -> bool:
    """``bool(pattern.search(text))``, not run on a text without a word of ``needs`` (see
    :func:`_lower_agrees`)."""
    if _lower_agrees(text):
        low = text.lower()
        if not any(map(low.__contains__, needs)):
            return False
    return pattern.search(text) is not None


def _recall_marks(
    sentence: str, low: str | None = None, digit: bool | None = None
) -> bool | list[int]:
    """What of a sentence tells that it recalls an earlier attack: True when its words say so
    ("last week"), else the days of its dates (see :class:`_Recall`). ``low``: the sentence's
    lower case after one space, ``digit``: :func:`_has_digit` of it, when known (a sentence
    whose figures were just read); made here when not given."""
    if not _lower_agrees(sentence):
        low = None
    elif low is None:
        low = " " + sentence.lower()
    if _recalls(sentence, low):
        return True
    if digit is None:
        digit = _has_digit(sentence)
    days = _days(sentence, low) if digit else []
    if low is None or any(map(low.__contains__, _MONTH_STEMS)):
        # a month alone counts as its last day: only a month wholly before is recalled
        days += [
            31 * _MONTH_INDEX[m.group("m")[:3].lower()] + 31
            for m in _MONTH_ALONE.finditer(sentence)
        ]
    return days


def _recalls(sentence: str, low: str | None) -> bool:
    """``bool(_RECALL.search(sentence))``, ``low`` being ``sentence.lower()`` after one space
    when lower case agrees with ignoring case (:func:`_lower_agrees`), else None.

    Not run on a sentence without a word of :data:`_RECALL_NEEDS` (none holds a space, so the
    one before the lower case adds none); in one whose lower case keeps its length, its words
    are searched after a character that is no word character in the lower case after one
    space (:func:`_after_non_word`), and its opening matched at the start (after the space).
    """
    if low is None:
        return _RECALL.search(sentence) is not None
    if not any(map(low.__contains__, _RECALL_NEEDS)):
        return False
    if len(low) != len(sentence) + 1:
        return _RECALL.search(sentence) is not None
    return _RECALL_LOW.search(low) is not None or _RECALL_OPENING_LOW.match(low, 1) is not None


_RECALL_KEY = "en-recall"  # what :class:`_Recall` keeps of a sentence in a report's memo


def _read_once(memo: dict[tuple, Any] | None, kind: str, sentence: str, read: Callable) -> Any:
    """``read(sentence)``, kept in a report's ``memo`` (when given) under ``(kind,
    sentence)``, so that the texts of one report read each sentence once."""
    if memo is None:
        return read(sentence)
    key = (kind, sentence)
    found = memo.get(key)
    if found is None:
        found = memo[key] = read(sentence)
    return found


# a week's tally: "this week", "over the past week", "during the week", "in the past seven days"
_WEEK_TALLY = compiled(
    r"\b(?:this\s+week|(?:over|during|in|across)\s+the\s+(?:past\s+|last\s+|previous\s+)?"
    r"(?:week|seven\s+days))\b",
    re.I,
)


class _Recall:
    """Tells whether a sentence recalls another, earlier attack: by its words ("last week",
    "to recall") or by dates two or more days before the report's first date of an attack
    (the first date of a sentence about strikes or casualties: a publication date standing
    alone is not one)."""

    def __init__(
        self, text: str, spans: list[tuple[int, int]], memo: dict[tuple, object] | None = None
    ) -> None:
        self.text = text
        self.spans = spans
        self.memo = memo
        self._first: list[int] | None = None
        self._weekly: bool | None = None

    def __call__(self, sentence: str) -> bool:
        if ("week" in sentence or "Week" in sentence) and _WEEK_TALLY.search(sentence):
            # a week's tally in a report of a night or a day recalls the week's other days
            # ("This week alone, Russia has launched over 1,000 drones" after the night's)
            if self._weekly is None:
                self._weekly = self.weekly()
            if not self._weekly:
                return True
        marks = _read_once(self.memo, _RECALL_KEY, sentence, _recall_marks)
        if marks is True:
            return True
        days = marks
        if not days:
            return False
        if self._first is None:
            self._first = self.first_day()
        return bool(self._first) and all(self._first[0] - d >= 2 for d in days)

    def weekly(self) -> bool:
        """Whether the report is of a week: its first sentence (its title, or the week's
        tally itself) speaks of one ("Weekly digest", "Over the past week, ...")."""
        if not self.spans:
            return True
        start, end = self.spans[0]
        head = self.text[start:end].lower()
        return any(map(head.__contains__, figure_words.WEEK_STEMS))

    def first_day(self) -> list[int]:
        """The day of the report's first date of an attack, as a list of none or one (each
        sentence's read once a report, with ``memo``: the texts of a report share them)."""
        for start, end in self.spans:
            days = _read_once(self.memo, "en-date", self.text[start:end], _attack_date)
            if days:
                return days
        return []


def _attack_date(s: str) -> list[int]:
    """The day of the first date of a sentence about strikes or casualties (one that holds a
    word of a kind of figure), as a list of none or one."""
    if not _has_digit(s):
        return []
    low = s.lower()
    if any(map(low.__contains__, _KIND_HINTS)):
        return _days(s, low if _lower_agrees(s) else None, first_only=True)
    return []


# The characters but digits that a match of :data:`_TIMESTAMP` may start with (``first in``
# also takes the empty string, at the end of the text, where it fails)
_ENTRY_STARTS = " \tuU"


def _first_entry(text: str, default: int) -> int:
    """Where the first match of :data:`_TIMESTAMP` in ``text`` starts (``default`` when there
    is none): the pattern matches only at a line's start, so only those are tried."""
    pos = 0
    while True:
        # a match starts with a space, a tab, "update" or a digit: other lines are not tried
        first = text[pos : pos + 1]
        if (first in _ENTRY_STARTS or first.isdecimal()) and _TIMESTAMP.match(text, pos):
            return pos
        pos = text.find("\n", pos) + 1
        if not pos:
            return default


def _entry_minutes(text: str, first: int) -> list[int]:
    """The times of the time-stamped entries of ``text`` from ``first`` on, in minutes of a
    day of 24 hours ("1:30 p.m." is 13:30)."""
    times = []
    for m in _TIMESTAMP.finditer(text, first):
        hours, minutes = int(m.group(1)), int(m.group(2))
        half = _HALF_DAY.match(text, m.end())
        if half is not None and hours < 12 and half.group(1).lower() == "p":
            hours += 12
        times.append(hours * 60 + minutes)
    return times


def _falling(times: list[int]) -> bool:
    """Whether ``times`` fall from one to the next more often than they rise. A day's clock
    turns over at midnight: of the two ways round it from one time to the next, the shorter
    counts ("23:40" then "00:25" rises by 45 minutes)."""
    steps = [(b - a) % _DAY for a, b in pairwise(times)]
    rising = sum(0 < step < _DAY // 2 for step in steps)
    return sum(step > _DAY // 2 for step in steps) > rising


_DAY = 24 * 60  # minutes
_HALF_DAY = compiled(r"\s*([ap])\.?m\b", re.I)  # "1:30 p.m.", "11:45am"


class _Layout:
    """Where in a report a figure stands: in the headline, in a time-stamped entry of a live
    blog, or in the body."""

    def __init__(self, text: str) -> None:
        self.headline_end = _headline_end(text)
        # where the first entry starts; len(text) + 1 (after every figure) when none does
        self.first_entry = len(text) + 1
        # whether the entries stand newest first ("11:52 ... 11:20 ... 09:47"): their times
        # fall more often than they rise
        self.newest_first = False
        if ":" in text:
            self.first_entry = _first_entry(text, self.first_entry)
            if self.first_entry < len(text):
                self.newest_first = _falling(_entry_minutes(text, self.first_entry))

    def strength(self, position: int) -> int:
        """The strength of a first figure given at ``position``."""
        if position >= self.first_entry:
            return _UPDATED  # a later entry of a live blog replaces the earlier ones
        return _HEADLINE if position < self.headline_end else _FIRST


# Where the patterns that start with a word (``\b``, then a count, a qualifier or a verb,
# then a space or a hyphen) can match: only at a word that is one of these (lower case) or
# begins with a digit. Matching there alone finds the same matches as scanning every
# character, and much faster.
_COUNT_STARTS = frozenset(
    (
        "a",  # "a dozen"
        "at",  # "at least"
        "around",
        "about",
        "some",
        "nearly",
        "almost",
        "more",
        "over",
        "up",
        "roughly",
        *_NUM_WORDS.split("|"),
    )
)
_INTERCEPT_STARTS = frozenset(
    (
        "shot",
        "shooting",
        "downing",
        "intercepting",
        "neutralising",
        "neutralizing",
        "bringing",
        "downed",
        "intercepted",
        "destroyed",
        "neutralised",
        "neutralized",
        "brought",
        "suppressed",
        "jammed",
        "repelled",
        "eliminated",
    )
)
_UPDATE_STARTS = frozenset(
    (
        "toll",  # "raising the death toll to 11"
        "risen",
        "rose",
        "climbed",
        "increased",
        "grown",
        "reached",
        "jumped",
        "stand",
        "stands",
        "raised",
        "now",
        "up",
        "bringing",
        "brought",
        "taking",
        "took",
        "pushing",
        "pushed",
        "raising",
        "revised",
    )
)
_WORD_RUN = compiled(r"\w+")
_DIGIT_CHARS = frozenset("0123456789")


class _Scan:
    """The words of one sentence, to match the patterns that start with a word only at such
    a word (see :data:`_COUNT_STARTS`), and only up to the last word one of which each match
    holds (see :meth:`limit`)."""

    __slots__ = (
        "_limits",
        "_lowered",
        "_starts",
        "agrees",
        "fast",
        "low",
        "sentence",
        "stock",
        "total",
        "words",
    )

    def __init__(self, sentence: str, low: str | None = None, agrees: bool | None = None) -> None:
        self.sentence = sentence
        self.low = low  # the sentence in lower case after one space, when known
        # whether lower case agrees with ignoring case (:func:`_lower_agrees`), when known
        self.agrees = _lower_agrees(sentence) if agrees is None else agrees
        # where the words of each set of start words (:data:`_SCANNED_STARTS`) start, in order
        # (and those that start with a digit, for :data:`_COUNT_STARTS`); None: not known
        self.words: dict[frozenset[str], list[int]] | None = None
        self._starts: dict[frozenset[str], list[int]] | None = None
        self._limits: dict[int, int] = {}
        self._lowered: str | None = None
        # whether the sentence states a total (:data:`_TOTAL_WORDS`) and speaks of weapons in
        # stock (:data:`_NOT_LAUNCHED`), looked up at the first figure that asks (the killed
        # and the wounded, the drones and the missiles ask the same); None: not yet
        self.total: bool | None = None
        self.stock: bool | None = None
        # whether lower case agrees and ``low`` is :meth:`aligned`: the lower case tells
        self.fast = self.agrees and self.aligned()

    def aligned(self) -> bool:
        """Whether ``low`` is known and each of its characters (after the first, a space) is
        the lower case of the sentence's character at the same place, less one."""
        return self.low is not None and len(self.low) == len(self.sentence) + 1

    def _words(self) -> None:
        """Find the words (start, lower case) on first use."""
        text, low = self.sentence, self.low
        self._starts = {}
        if not self.agrees:
            return
        if self.fast and low is not None:  # the same offsets, one further in ``low``
            # only the words some pattern starts with (:data:`_START_WORD`); lower case keeps
            # each character a word character or not, a digit or not
            scan = _START_WORD_ASCII if text.isascii() else _START_WORD
            runs = [(m.start(1) - 1, m.group(1)) for m in scan.finditer(low)]
        else:
            runs = [(m.start(), m.group().lower()) for m in _WORD_RUN.finditer(text)]
        words: dict[frozenset[str], list[int]] = {}
        for pos, word in runs:
            # only a count's patterns start with a digit; the others start with a letter
            for starts in _DIGIT_SETS if word[0].isdecimal() else _SETS_OF.get(word, ()):
                at = words.get(starts)
                if at is None:
                    words[starts] = [pos]
                else:
                    at.append(pos)
        self.words = words

    def limit(self, needs: tuple[str, ...]) -> int:
        """The last place where a match of a pattern can start when each of its matches holds
        a word of ``needs`` (in lower case): where the last such word starts, -1 or less when
        there is none; the sentence's length when lower case cannot tell (see
        :meth:`aligned`)."""
        key = id(needs)  # the needs are constant tuples: hashing their words is slower
        lim = self._limits.get(key)
        if lim is None:
            low = self.low if self.fast else None
            lim = len(self.sentence) if low is None else max(map(low.rfind, needs)) - 1
            self._limits[key] = lim
        return lim

    def found(self, pattern: re.Pattern[str], needs: tuple[str, ...]) -> bool:
        """``bool(pattern.search(sentence))``, not run on a sentence without a word of
        ``needs`` (as :func:`_found`, with the sentence's lower case known)."""
        if self.agrees:
            low = self.sentence.lower() if self.low is None else self.low
            if not any(map(low.__contains__, needs)):
                return False
            shifted = _FOUND_LOW.get(id(pattern)) if self.fast else None
            if shifted is not None:  # ``low`` is the lower case after one space
                return shifted.search(low) is not None
        return pattern.search(self.sentence) is not None

    def holds(self, needs: tuple[str, ...]) -> bool:
        """False when the sentence surely holds no word of ``needs`` (in lower case; see
        :func:`_lower_agrees`)."""
        if not self.agrees:
            return True
        low = self.sentence.lower() if self.low is None else self.low
        return any(map(low.__contains__, needs))

    def _at(self, starts: frozenset[str]) -> list[int] | None:
        """Where a pattern that starts with a word of ``starts`` may match (see
        :meth:`finditer`), read once for all such patterns; None: anywhere."""
        if self._starts is not None:
            at = self._starts.get(starts)
            if at is not None:  # read before
                return at
        else:
            self._words()
        if self.words is None or self._starts is None or starts not in _SCANNED_STARTS:
            return None
        at = self._starts.get(starts)
        if at is None:
            at = self._words_at(starts)
            if self.fast and self.low is not None:  # the lead in lower case, one further
                text, leads, by = self.low, _LOW_LEADS, 1
            else:
                text, leads, by = self.sentence, _START_LEADS, 0
            lead = leads.get(starts)
            if starts is _COUNT_STARTS:
                # nearly every count in digits passes the lead: its patterns are tried
                # there at once (they fail where the lead would), the lead only at words
                lead_match = leads[_COUNT_STARTS].match
                at = [
                    pos
                    for pos in at
                    if text[pos + by] in _DIGIT_CHARS or lead_match(text, pos + by)
                ]
            elif lead is not None:  # where the words' patterns may match
                at = [pos for pos in at if lead.match(text, pos + by)]
            self._starts[starts] = at
        return at

    def _words_at(self, starts: frozenset[str]) -> list[int]:
        """Where the words of ``starts`` start (and the digits, for :data:`_COUNT_STARTS`)."""
        return self.words.get(starts, []) if self.words is not None else []

    def matches(
        self,
        pattern: re.Pattern[str],
        starts: frozenset[str],
        needs: tuple[str, ...] | None = None,
        stops: tuple[str, ...] | None = None,
    ) -> list[re.Match[str]]:
        """``list(pattern.finditer(sentence))``, for a pattern as :meth:`finditer` reads,
        each of whose matches holds a word of ``needs`` when given (see :meth:`limit`), and,
        with ``stops``, holds none of the words that pattern finds after its start before
        that word unless a comma stands between (see :meth:`_stopped`)."""
        at = self._at(starts)
        text = self.sentence
        if at is None:
            return list(pattern.finditer(text))
        found = []
        if not at:
            return found
        limit = len(text) if needs is None else self.limit(needs)
        stopped = None
        match = pattern.match
        low = self.low
        if self.fast and low is not None:
            if stops is not None and needs is not None:
                stopped = _stop_places(low, stops)
            lowered = _LOWERED.get(id(pattern))
            if lowered is not None:  # the same matches, of the sentence in lower case
                text, match = self.lowered(), lowered.match
        stop_needs = needs or ()
        end = 0
        for pos in at:
            if pos > limit:
                break
            if pos >= end:
                if stopped and self._stopped(pos, stopped, stop_needs):
                    continue
                m = match(text, pos)
                if m is not None:
                    found.append(m)
                    end = m.end()
        return found

    def lowered(self) -> str:
        """The sentence in lower case (when :meth:`aligned`), made on first use."""
        if self._lowered is None:
            self._lowered = self.low[1:] if self.low is not None else self.sentence.lower()
        return self._lowered

    def _stopped(self, pos: int, stopped: list[int], needs: tuple[str, ...]) -> bool:
        """Whether no match can start at ``pos`` because a stop word (at ``stopped``, the
        places in the sentence where one starts) comes after it before any word of ``needs``
        and before any comma: a match holds a word of ``needs``, and a stop word only
        between commas."""
        low = self.low or ""
        for stop in stopped:
            if stop > pos:
                lo, hi = pos + 1, stop + 1  # in ``low``, one further
                if low.find(",", lo, hi) >= 0:
                    return False
                # a loop, not a generator (cheaper for the few needs)
                for word in needs:  # noqa: SIM110
                    if low.find(word, lo, hi) >= 0:
                        return False
                return True
        return False

    def finditer(
        self, pattern: re.Pattern[str], starts: frozenset[str], endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        """``pattern.finditer(sentence[:endpos])``, for a pattern that starts with ``\b``,
        then a word of ``starts`` (or a digit, when ``starts`` is :data:`_COUNT_STARTS`),
        then a space or a hyphen."""
        if endpos is None:
            yield from self.matches(pattern, starts)
            return
        if self._starts is None:
            self._words()
        if self.words is None or starts not in _SCANNED_STARTS:
            yield from pattern.finditer(self.sentence, 0, endpos)
            return
        end = 0
        for pos in self._words_at(starts):
            if pos >= endpos:
                break
            if pos < end:
                continue
            m = pattern.match(self.sentence, pos, endpos)
            if m is not None:
                yield m
                end = m.end()


def _collect(
    base: int,
    patterns: list[tuple[re.Pattern[str], tuple[str, ...]]],
    strength: int,
    hits: list[_Hit],
    scan: _Scan,
) -> None:
    """The counts of the ``patterns`` (each with its needs, see :func:`_runnable`) in the
    sentence of ``scan``, at ``base``."""
    sentence = scan.sentence
    wide: int | None = None  # see _country_count, read at the first count that asks
    # (a count told as more needs "more" or "another" in its sentence)
    low = scan.low
    mores = low is None or " more" in low or "another" in low
    for pattern, needs in patterns:
        starts = _PATTERN_STARTS.get(id(pattern))
        if starts is None:
            found = list(pattern.finditer(sentence))
        else:
            found = scan.matches(pattern, starts, needs, _STOPS.get(id(pattern)))
        for m in found:
            v = _value(m, scan.agrees)
            if v is None:
                continue
            total = scan.total
            if total is None and strength != _EARLIER:  # looked up at the sentence's first hit
                total = scan.total = scan.found(_TOTAL_WORDS, _TOTAL_NEEDS)
            if not total and strength != _EARLIER:
                if wide is None:
                    wide = _country_count(scan)
                total = wide == _WHOLE or (
                    wide == _AFTER_COUNT and _NATIONWIDE_AFTER.match(sentence, m.end()) is not None
                )
            hits.append(
                _Hit(
                    v,
                    max(strength, _TOTAL) if total else strength,
                    base + m.start(),
                    False,
                    mores and _told_as_more(sentence, m),
                )
            )


# a count told as more than those before it: "five more people", "another two"
_MORE_AFTER = compiled(r"\s+more\b", re.I)
_ANOTHER_BEFORE = compiled(r"\banother\s+$", re.I)


def _told_as_more(sentence: str, m: re.Match[str]) -> bool:
    """Whether the count of match ``m`` (its group ``n``) is told as more than before."""
    start = m.start("n") if "n" in m.re.groupindex else -1
    if start < 0:
        return False
    if _MORE_AFTER.match(sentence, m.end("n")) is not None:
        return True
    return _ANOTHER_BEFORE.search(sentence, max(0, start - 12), start) is not None


_NONE, _AFTER_COUNT, _WHOLE = 0, 1, 2


def _country_count(scan: _Scan) -> int:
    """Whether a sentence's casualty counts are the whole country's: all of them when it
    opens so ("Across the country, ...": ``_WHOLE``), the one a word of it follows when it
    holds one (``_AFTER_COUNT``), none otherwise (``_NONE``)."""
    sentence = scan.sentence
    low = scan.low if scan.low is not None else sentence.lower()
    if not any(map(low.__contains__, _NATIONWIDE_NEEDS)):
        return _NONE
    return _WHOLE if _NATIONWIDE_OPENING.match(sentence) is not None else _AFTER_COUNT


def _zeros(sentence: str, base: int, killed: list[_Hit], wounded: list[_Hit]) -> None:
    """ "Nobody was hurt", "no casualties": zero killed or wounded, the weakest figure."""
    for m in _NONE_HURT.finditer(sentence):
        if _NOT_ZERO.search(m.group()):
            continue  # "no one else was hurt" says nothing of the others
        word = (m.group("verb") or m.group("noun") or m.group("without")).lower()
        words = (word, m.group("verb2").lower()) if m.group("verb2") else (word,)
        if any(w in _ZERO_KILLED for w in words):
            killed.append(_Hit(0, _ZERO, base + m.start()))
        if any(w in _ZERO_WOUNDED for w in words):
            wounded.append(_Hit(0, _ZERO, base + m.start()))


def _more_told_by(hits: list[_Hit], sentence: str, base: int) -> list[_Hit]:
    """A sentence's hits of one kind (``sentence`` at ``base``), those told as more kept as
    plain counts when they explain an update right before them: "has since risen to 12:
    five more were hurt" tells what the 12 holds, not five more than it (not "rose to 7,
    and two more died in a new strike")."""
    if not any(h.more for h in hits) or all(h.strength != _UPDATED for h in hits):
        return hits
    updates = [h.position - base for h in hits if h.strength == _UPDATED]
    return [
        h._replace(more=False)
        if h.more
        and any(
            0 < h.position - base - u < 60 and ":" in sentence[u : h.position - base]
            for u in updates
        )
        else h
        for h in hits
    ]


def _pick(hits: list[_Hit], newest_first: bool = False) -> int | None:
    if not hits:
        return None
    plain = [h for h in hits if not h.more]
    if not plain or len(plain) == len(hits):
        return _pick_hit(hits, newest_first).value
    # "Seven were wounded. ... Five more were hurt later": the more told after the figure
    # chosen are added to it (an update or a total told after them has replaced them)
    # (not those after another figure, the parts of a total told first: "killed three ...
    # killing a man ... Two more people died")
    chosen = _pick_hit(plain, newest_first)
    until = min([h.position for h in plain if h.position > chosen.position], default=None)
    more = {  # (one count read by two patterns is one count)
        h.position: h.value
        for h in hits
        if h.more
        and h.strength >= _FIRST
        and chosen.position < h.position
        and (until is None or h.position < until)
    }
    return chosen.value + sum(more.values())


def _pick_hit(hits: list[_Hit], newest_first: bool = False) -> _Hit:
    """The hit whose figure stands: the latest update, else the first of the strongest
    (``newest_first``: a live blog's entries stand newest first, so the latest update is
    the first one in the text)."""
    best = max(h.strength for h in hits)
    chosen = [h for h in hits if h.strength == best]
    if best == _UPDATED:
        if newest_first:
            return min(chosen, key=lambda h: h.position)
        return max(chosen, key=lambda h: h.position)
    return min(chosen, key=lambda h: h.position)


# a tally named with what it counts, brought to a new figure: "bringing the number of injured
# to six", "raising the death toll to 11", "... risen to 12 and the number of injured to 48"
_TALLY = (
    r"(?:(?:death|fatality)\s+toll|toll|(?:total\s+)?number\s+of\s+(?:the\s+)?(?:people\s+)?"
    r"(?P<what>injured|wounded|hurt|injuries|dead|killed|deaths|fatalities))"
)
_TALLY_UPDATE = compiled(
    rf"\b(?:(?:bringing|brought|taking|took|pushing|pushed|raising|raised)\s+the|and\s+the)"
    rf"\s+{_TALLY}\s+to\s+{_QUAL}{_N}\b",
    re.I,
)
_TALLY_WOUNDED = frozenset(("injured", "wounded", "hurt", "injuries"))


def _tally_updates(
    base: int, killed: list[_Hit], wounded: list[_Hit], scan: _Scan
) -> list[tuple[int, int]]:
    """The tallies a sentence (of ``scan``, at ``base``) brings to a new figure, each named
    with what it counts (:data:`_TALLY_UPDATE`); returns where each match stands."""
    low = scan.low if scan.low is not None else scan.sentence.lower()
    if " to " not in low or ("number" not in low and "toll" not in low):
        return []
    spans = []
    for m in _TALLY_UPDATE.finditer(scan.sentence):
        v = _value(m, scan.agrees)
        if v is None:
            continue
        what = (m.group("what") or "").lower()
        target = wounded if what in _TALLY_WOUNDED else killed
        target.append(_Hit(v, _UPDATED, base + m.start()))
        spans.append(m.span())
    return spans


def _updates(base: int, killed: list[_Hit], wounded: list[_Hit], scan: _Scan) -> None:
    """The figures a sentence (of ``scan``, at ``base``) updates: "the toll rose to 12"."""
    sentence = scan.sentence
    named = _tally_updates(base, killed, wounded, scan)
    for m in scan.matches(_UPDATE, _UPDATE_STARTS):
        if any(a <= m.start() < b for a, b in named):
            continue  # read with what it counts
        v = _value(m, scan.agrees)
        if v is None:
            continue
        kinds = _UPDATED_KINDS.match(sentence, m.end())
        if kinds is not None:  # "raised it to 12 killed and 90 injured": each its kind
            first = killed if kinds.group("kind").lower() in _DEAD_WORDS else wounded
            first.append(_Hit(v, _UPDATED, base + m.start()))
            if kinds.group("m") is not None:
                second = killed if kinds.group("other").lower() in _DEAD_WORDS else wounded
                more = _count(kinds.group("m"))
                if second is not first and more is not None:
                    second.append(_Hit(more, _UPDATED, base + kinds.start("m")))
            continue
        head = sentence[: m.start()]
        k = [x.end() for x in _KILLED_WORDS.finditer(head)]
        w = [x.end() for x in _WOUNDED_WORDS.finditer(head)]
        if not k and not w:
            k = [x.end() for x in _KILLED_WORDS.finditer(sentence)]
            w = [x.end() for x in _WOUNDED_WORDS.finditer(sentence)]
        if not k and not w:
            continue
        target = killed if (max(k, default=-1) >= max(w, default=-1)) else wounded
        target.append(_Hit(v, _UPDATED, base + m.start()))


def _list_total(sentence: str, m: re.Match[str], v: int, listed: bool) -> int:
    """``v`` plus the counts joined to it: a list after the verb ("shot down 2 missiles,
    15 drones and 2 cruise missiles") when ``listed``, and "... and two more"; or the part of
    a nationwide figure that the report is about."""
    part = _PART_OF_WIDER.match(sentence, m.end())
    if part:
        return _count(part.group("n")) or v
    pos = m.end()
    while listed and (nxt := _NEXT_COUNT.match(sentence, pos)):
        n = _count(nxt.group("n")) or 0
        if (
            n >= v
            and "," in sentence[pos : nxt.start("n")]
            and _IN_TOTAL_AFTER.match(sentence, nxt.end())
        ):
            return n  # "277 drones and three missiles, 280 targets in total": the sum told
        v += n
        pos = nxt.end()
    more = _AND_MORE.match(sentence, pos)
    if more:
        v += _count(more.group("n")) or 0
    return v


_WEAPON_NOUN_RE = compiled(_WEAPON_NOUN, re.I)
# a count of weapons joined to the next as a list, read back from where the next begins: "405
# drones and" before "19 missiles were shot down"
_COUNT_BEFORE = compiled(
    rf"(?<![\w\-/.:])(?P<n>{NUM})\s+(?:of\s+the\s+)?{_WEAPON_ADJ}(?P<noun>{_WEAPON_NOUN})"
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)$",
    re.I,
)


def _counted_before(sentence: str, start: int, noun: str) -> int:
    """The counts of weapons listed right before the count at ``start`` of ``sentence`` (of
    ``noun``, lower case) that a verb after them says were shot down ("405 drones and 19
    missiles were shot down"; not "19 missiles, and 16 missiles were shot down": a count of
    the same weapon before it is another figure)."""
    total = 0
    while (m := _COUNT_BEFORE.search(sentence, max(0, start - 80), start)) is not None:
        if m.group("noun").lower() == noun:
            break
        total += _count(m.group("n")) or 0
        start = m.start()
    if total and _LAUNCH_BEFORE.search(sentence, max(0, start - 30), start):
        return 0  # "launched 90 drones and 5 missiles were ...": the list is of those launched
    return total


_LAUNCH_BEFORE = compiled(r"\b(?:launched|fired|used|using|employing|sent|deployed|with)\s+$", re.I)


# The patterns of :data:`_INTERCEPT` (by index) each of whose matches holds an auxiliary
# (:data:`_AUX`), and so a word of these
_AUX_PATTERNS = frozenset((1, 3, 4, 7))
_AUX_NEEDS = ("were", "was", "been", " are ")


# people taken to hospital, counted: "Five people were hospitalised", "three residents were
# hospitalized" (a count of the wounded only where no other is told)
_HOSPITALISED = compiled(
    rf"\b{_QUAL}{_N}\s+{_ADJ}{_PEOPLE}?\s*(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"
    r"hospitali[sz]ed\b",
    re.I,
)
# none of the weapons brought down: "Neither missile was intercepted", "none of the drones
# were shot down" (a zero, which any count told elsewhere outweighs)
_NONE_INTERCEPTED = compiled(
    r"\b(?:neither|none\s+of\s+the|no)\s+(?:[\w\-]+\s+){0,2}?(?:missiles?|drones?|rockets?|uavs?)"
    r"\s+(?:was|were|had\s+been|could\s+be)\s+(?:intercepted|shot\s+down|downed)\b",
    re.I,
)
_OF_THE_WEAPONS = compiled(r"\bof\s+the\s+(?:drones|missiles|uavs|rockets)\b", re.I)


# Russia's side telling its own interceptions (of Ukraine's weapons): "Russia's defence
# ministry says 14 drones were destroyed", "Moscow says its air defences downed"
_RUSSIAN_CLAIM = compiled(
    r"\b(?:(?:Russia['’]s|the\s+Russian)\s+(?:defen[cs]e\s+)?ministry|"
    r"(?:Russia|Moscow)\s+says\s+its\b)",
    re.I,
)


# Russia's attack told with its launches: "Russia launched 104 drones", "Russian forces fired"
_RUSSIA_LAUNCHED = compiled(
    r"\bRussia(?:n\s+forces)?\s+(?:has\s+|had\s+)?(?:launched|fired|sent|attacked)\b", re.I
)
# Ukraine's side telling its interceptions: "Ukraine's air force said", "the Ukrainian air force"
_UKRAINIAN_SOURCE = compiled(r"\b(?:Ukraine['’]s|the\s+Ukrainian|Ukrainian)\s+air\s+force\b", re.I)


def _claimed_by_russia(sentence: str, start: int) -> bool:
    """Whether Russia's side tells the interception at ``start`` of ``sentence``: its
    ministry named before it, with no Ukrainian source between ("As Russia's defence ministry
    claimed strikes on airfields, Ukraine's air force said 45 drones were shot down":
    Ukraine's)."""
    claims = list(_RUSSIAN_CLAIM.finditer(sentence, 0, start))
    return bool(claims) and not _UKRAINIAN_SOURCE.search(sentence, claims[-1].end(), start)


def _intercepts(base: int, strength: int, hits: list[_Hit], scan: _Scan) -> None:
    """The weapons a sentence (of ``scan``, at ``base``) says were intercepted."""
    sentence = scan.sentence
    before = len(hits)
    parts = 0  # the hits told as a part "of the drones", none counted in the sentence
    aux = None  # whether the sentence may hold an auxiliary, looked up at the first need
    for i, pattern in enumerate(_INTERCEPT):
        if i in _AUX_PATTERNS:
            if aux is None:
                aux = scan.holds(_AUX_NEEDS)
            if not aux:
                continue  # "were", "was" or "been" before the verb: none here
        # each match holds an interception's verb (:data:`_INTERCEPT_VERB`)
        for m in scan.matches(pattern, _PATTERN_STARTS[id(pattern)], _INTERCEPT_HINTS):
            v = _value(m, scan.agrees)
            if v is None:
                continue
            if i == _DIGEST_AT and not _DIGEST_BEFORE.search(
                sentence, max(0, m.start() - _DIGEST_REACH), m.start()
            ):
                continue  # "71 shot down" only after "88 drones, "
            v = _list_total(
                sentence, m, v, listed=i in (0, _INTERCEPT_TO_AT, _ONE_WEAPON_AT, _FIGURE_PUT_AT)
            )
            # (and a headline's participle: "86 drones and three missiles downed"; one weapon
            # after a count: "55 drones and one missile were shot down")
            if i == _ONE_WEAPON_AT:
                v += _counted_before(sentence, m.start(), m.group("kin").split()[-1].lower() + "s")
            elif i in (1, 2) and (noun := _WEAPON_NOUN_RE.search(m.group())):
                v += _counted_before(sentence, m.start(), noun.group().lower())
            other = "ukrainian" in sentence[m.start() : m.end() + 16].lower() or _claimed_by_russia(
                sentence, m.start()
            )
            hit_strength = _FIRST if other and strength == _UPDATED else strength
            if scan.total is None:  # ("MoD total: 73 drones downed": the report's figure)
                scan.total = scan.found(_TOTAL_WORDS, _TOTAL_NEEDS)
            if scan.total:
                hit_strength = max(hit_strength, _TOTAL)
            hits.append(_Hit(v, hit_strength, base + m.start(), other))
            parts += i == 1 and _OF_THE_WEAPONS.search(m.group()) is not None
    if len(hits) - before == parts and scan.holds(_AUX_NEEDS):
        # (a count of those launched, told in the sentence, is what its own interceptions
        # are read against: "Of the 90 drones launched, 60 were shot down and 20 of the
        # drones were jammed" tells 60; "38 of the drones were shot down" alone tells 38)
        told: list[_Hit] = []
        _told_after_launch(base, strength, told, scan)
        if told:
            hits[before:] = told
    low = scan.low if scan.low is not None else sentence.lower()
    if scan.agrees and "them" not in low:
        return  # no "... all of them"
    for m in scan.finditer(_ALL_OF_THEM, _INTERCEPT_STARTS):
        launched = [
            _count(w.group("n")) or 0
            for p in (_DRONES, _MISSILES)
            for w in scan.finditer(p, _COUNT_STARTS, m.start())
        ]
        if any(launched):
            hits.append(_Hit(sum(launched), strength, base + m.start()))


def _told_after_launch(base: int, strength: int, hits: list[_Hit], scan: _Scan) -> None:
    """Interceptions told without naming the weapon, after the sentence counted those
    launched: "12 drones; 9 were destroyed", "Of the 30 drones launched against the region,
    26 were shot down" (a count no larger than those launched), "both were shot down", "all
    were intercepted" (every one of them)."""
    for m in _BARE_INTERCEPT.finditer(scan.sentence):
        launched = sum(
            _count(w.group("n")) or 0
            for p in (_DRONES, _MISSILES)
            for w in scan.finditer(p, _COUNT_STARTS, m.start())
        )
        if m.group("one") is not None:
            value = 1  # "the second was shot down": one of those launched
        else:
            value = launched if m.group("n") is None else _count(m.group("n"))
        if launched and value and value <= launched:
            hits.append(_Hit(value, strength, base + m.start()))
            return


# "9 were destroyed", "both were shot down", "all of them were intercepted", "the second was
# shot down"
_BARE_INTERCEPT = compiled(
    rf"(?<![\w\-/.,:])(?:all|both|(?P<n>{NUM})|(?P<one>(?:the\s+)?(?:first|second|third|other|"
    rf"last)(?:\s+one)?))(?:\s+of\s+them)?\s+{_AUX}{_INTERCEPT_VERB}\b",
    re.IGNORECASE,
)


_NOT_LAUNCHED = compiled(
    r"\b(?:salvo|carriers?|stocks?|stockpiles?|arsenal|capacity|produc\w*|per\s+month|"
    r"deliver\w*|supplied|supply|sent\s+to\s+ukraine|(?<!from\s)warships?|on\s+duty)\b",
    re.IGNORECASE,
)
_NOT_LAUNCHED_NEEDS = (
    "salvo",
    "carrier",
    "stock",
    "arsenal",
    "capacity",
    "produc",
    "month",
    "deliver",
    "suppl",
    "sent",
    "warship",
    "duty",
)
_OUT_OF = compiled(r"\b(?:out\s+of|of\s+the|of)\s+$", re.I)
_AFTER_INTERCEPT = compiled(
    # (and a headline's present: "Air defenses destroy 48 drones")
    rf"(?:{_INTERCEPT_VERB}|{_INTERCEPT_GERUND}|{_INTERCEPT_TO}|"
    r"(?<!\bto\s)\b(?:destroys?|intercepts?|downs|shoots?\s+down|neutrali[sz]es?))"
    rf"{_LABEL_COLON}[^.;:,]*$",
    re.I,
)
# what follows a count that was shot down: "of them ...", "were downed"; with the bare verb
# (a headline's participle: "14 drones downed over Voronezh", "Six drones downed;") only
# before a place, a time or a clause's end
# (not the weapons' types: "147 strike UAVs of the Shahed, Gerbera and other types")
_SHOT_DOWN_HEAD = (
    rf"\s*of\s+(?:the|them|those)(?![^.;]{{0,60}}?\btypes?\b)|\s*{_AUX}{_INTERCEPT_VERB}"
)
_SHOT_DOWN_AFTER = compiled(
    rf"{_SHOT_DOWN_HEAD}|\s*(?:(?:claimed|reported|reportedly)\s+)?{_INTERCEPT_VERB}"
    r"(?=\s+(?:over|above|in|near|by|overnight|across|on|at)\b|\s*[,.:;]|\s*$)",
    re.I,
)
# a further count of the same weapon joined to a count launched: "5 Iskander-M ballistic
# missiles and 24 Kh-101 cruise missiles", "300 Shahed drones, 120 decoy drones", "two Kinzhal
# missiles from MiG-31K jets, 8 Kh-101 missiles": one total
_LIST_JOIN = (
    r"(?:\s+(?:from|over|launched\s+from|fired\s+from)\s+[^,;.()]{1,80}?)?"  # where from
    r"(?:\s*,\s*(?:and\s+|plus\s+)?|\s+and\s+|\s+plus\s+)"
)
_MORE_OF_WEAPON = {
    id(_DRONES): compiled(
        rf"{_LIST_JOIN}{_QUAL}{_N}\s+{_WEAPON_ADJ}(?:drone|uav|shahed|{_DRONE_NOUN})\b", re.I
    ),
    id(_MISSILES): compiled(
        rf"{_LIST_JOIN}{_QUAL}{_N}\s+{_WEAPON_ADJ}(?:missile|rocket|{_MISSILE_NOUN})\b", re.I
    ),
}


# what was shot down, with or without "were", the bare verb anywhere: "and 36 drones
# neutralised"
_INTERCEPTED_NEXT = compiled(rf"{_SHOT_DOWN_HEAD}|\s*{_INTERCEPT_VERB}", re.I)


# a further count at another target that leaves the weapon unsaid: "12 drones at Kharkiv and
# 8 at Sumy", "... at Kyiv, four at Lviv" (read from after the weapon or the last target
# word); the place after the target word starts with a capital letter
_TARGET_WORD = r"(?:at|on|against|towards?)"
_AT_ANOTHER_TARGET = compiled(
    # (not after a whole country, whose later counts are its parts: "90 drones at Ukraine,
    # 40 at Kharkiv alone"; nor across another count or weapon)
    rf"(?:\s+{_TARGET_WORD})?\s+(?:the\s+)?(?!(?:Ukraine|Russia|the\s+country)\b)(?-i:[A-Z])"
    r"(?:(?!\d|missile|drone|rocket|uav|shahed)[^,;.()]){0,60}?"
    rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+){_N}\s+(?:more\s+)?{_TARGET_WORD}"
    r"(?=\s+(?:the\s+)?(?-i:[A-Z]))(?!\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)"
    rf"(?!\s+(?:{'|'.join(MONTHS)})\b)",
    re.I,
)
# what was shot down, told later in the clause of such a count ("and 8 at Sumy were downed")
_SHOT_DOWN_LATER = compiled(rf"[^,;.]{{0,60}}?\b{_INTERCEPT_VERB}", re.I)


def _with_more_of_weapon(sentence: str, pattern: re.Pattern[str], m: re.Match[str], v: int) -> int:
    """``v``, the count of weapons launched that ``m`` (a match of ``pattern``) read, plus
    each count of the same weapon joined to it as a list ("and 24 Kh-101 cruise missiles"),
    up to one that says what was shot down, and each further count at another target that
    leaves the weapon unsaid ("12 drones at Kharkiv and 8 at Sumy")."""
    more = _MORE_OF_WEAPON[id(pattern)]
    pos = m.end()
    while (nxt := more.match(sentence, pos)) and not _INTERCEPTED_NEXT.match(sentence, nxt.end()):
        v += _count(nxt.group("n")) or 0
        pos = nxt.end()
    while (nxt := _AT_ANOTHER_TARGET.match(sentence, pos)) and not _SHOT_DOWN_LATER.match(
        sentence, nxt.end()
    ):
        v += _count(nxt.group("n")) or 0
        pos = nxt.end()
    return v


def _weapons(
    base: int,
    pattern: re.Pattern[str],
    needs: tuple[str, ...],
    hits: list[_Hit],
    scan: _Scan,
    intercepting: bool = True,
) -> None:
    """The weapons launched that a sentence (of ``scan``, at ``base``) counts, by ``pattern``
    (:data:`_DRONES` or :data:`_MISSILES`, each of whose matches holds a word of ``needs``).
    ``intercepting``: False when the sentence surely holds no interception's verb (lower case
    agrees with ignoring case there, and it holds no word of :data:`_INTERCEPT_HINTS`, one of
    which each verb holds), so that no count follows one."""
    sentence = scan.sentence
    for m in scan.matches(pattern, _COUNT_STARTS, needs):
        v = _value(m, scan.agrees)
        if v is None:
            continue
        stock = scan.stock
        if stock is None:  # looked up at the sentence's first count of weapons
            stock = scan.stock = scan.found(_NOT_LAUNCHED, _NOT_LAUNCHED_NEEDS)
        if stock:
            continue  # "carriers with a total salvo of 16 missiles": stock, not an attack
        pre = sentence[max(0, m.start() - 40) : m.start()]
        if (
            intercepting
            and _found(_AFTER_INTERCEPT, _INTERCEPT_HINTS, pre)
            and not _OUT_OF.search(pre)
        ):
            continue  # "destroyed 40 drones" counts interceptions; "40 out of 60 drones" not
        if _SHOT_DOWN_AFTER.match(sentence, m.end()):
            continue  # "96 drones were destroyed" counts what was shot down, not launched
        if (
            intercepting
            and pre.endswith(_TOTAL_OF_ENDS)
            and _WIDER_TOTAL.search(sentence, max(0, m.start() - 30))
        ):
            continue  # "downing 38 drones ..., out of a total of 71 drones over ..."
        hits.append(_Hit(_with_more_of_weapon(sentence, pattern, m, v), 0, base + m.start()))


_TOTAL_OF_ENDS = ("total of ", "Total of ", "TOTAL OF ")

# The patterns of one person ("a man was killed", "injured a third"), which need no count
_ONE_PERSON = frozenset(
    map(
        id,
        (
            *(_KILLED[3], _KILLED[4], _KILLED[8], _KILLED[9]),
            *(_WOUNDED[3], _WOUNDED[4], _WOUNDED[7], _WOUNDED[9]),
        ),
    )
)
_KILL_STARTS = frozenset(("killing", "killed", "kills", "kill"))
_ONE_STARTS = frozenset(("a", "an", "one", "another"))
_THE_ONE_STARTS = frozenset(("the", "his", "her", "its", "their"))
_ONE_WEAPON_STARTS = frozenset(("one",))
_OF_STARTS = frozenset(("of",))
_WOUND_STARTS = frozenset(("injuring", "wounding", "injured", "wounded", "hurting"))
_INTERCEPT_TO_AT = 6  # where :data:`_INTERCEPT` holds the pattern of :data:`_INTERCEPT_TO`
_ONE_WEAPON_AT = 7  # and that of one weapon ("one missile was intercepted")
_FIGURE_PUT_AT = 8  # and that of a figure put ("put the number shot down at 103 drones")
_DIGEST_AT = 9  # and that of a digest's count of those downed ("88 drones, 71 shot down")
# The words each pattern can start with, by the pattern's id (hashing a pattern is slow);
# patterns not listed are scanned in full. With :data:`_UPDATE_STARTS`, these are the only
# sets :meth:`_Scan.finditer` reads by words (:data:`_SCANNED_STARTS`).
_PATTERN_STARTS: dict[int, frozenset[str]] = {
    id(_KILLED[0]): _COUNT_STARTS,
    id(_KILLED[1]): _KILL_STARTS,
    id(_KILLED[3]): _ONE_STARTS,
    id(_KILLED[4]): _KILL_STARTS,
    id(_KILLED[5]): frozenset(("number",)),
    id(_KILLED[6]): frozenset(
        ("attack", "attacks", "strike", "strikes", "shelling", "bombardment", "barrage")
    ),
    id(_WOUNDED[1]): _WOUND_STARTS,
    id(_WOUNDED[3]): _ONE_STARTS,
    id(_WOUNDED[4]): _WOUND_STARTS,  # "hurting" starts none of its matches
    id(_INTERCEPT[3]): _OF_STARTS,
    id(_INTERCEPT[4]): _OF_STARTS,
    id(_KILLED[2]): _COUNT_STARTS,
    id(_WOUNDED[0]): _COUNT_STARTS,
    id(_WOUNDED[2]): _COUNT_STARTS,
    id(_WOUNDED[5]): _COUNT_STARTS,
    id(_KILLED[7]): _COUNT_STARTS,
    id(_WOUNDED[6]): _COUNT_STARTS,
    id(_WOUNDED[7]): _ONE_STARTS,
    id(_WOUNDED[8]): _COUNT_STARTS,
    id(_KILLED[8]): _THE_ONE_STARTS,
    id(_KILLED[9]): _KILL_STARTS,
    id(_WOUNDED[9]): _THE_ONE_STARTS,
    id(_INTERCEPT[0]): _INTERCEPT_STARTS,
    id(_INTERCEPT[5]): _INTERCEPT_STARTS,
    id(_INTERCEPT[1]): _COUNT_STARTS,
    id(_INTERCEPT[2]): _COUNT_STARTS,
    id(_INTERCEPT[_ONE_WEAPON_AT]): _ONE_WEAPON_STARTS,
    id(_INTERCEPT[_FIGURE_PUT_AT]): frozenset(("put", "puts", "putting", "placed", "places")),
    id(_INTERCEPT[_DIGEST_AT]): _COUNT_STARTS,
    id(_INTERCEPT[_INTERCEPT_TO_AT]): frozenset(
        ("shoot", "down", "intercept", "destroy", "neutralise", "neutralize", "bring", "eliminate")
    ),
}

# The words that a pattern of a count, then up to three words of any kind (:data:`_ADJ`),
# then the count's people and verb, holds only between commas (the other words it may hold
# are its qualifier, count, people and verb words), each after a space (its place in the
# lower case, one further, less one): no match starts before such a word unless the
# pattern's verb or a comma stands between (see :meth:`_Scan._stopped`).
_STOPS: dict[int, tuple[str, ...]] = {
    id(_KILLED[0]): ("wounded", "injured", "hurt"),
    id(_WOUNDED[0]): ("killed", "dead"),
}


def _stop_places(low: str, words: tuple[str, ...]) -> list[int]:
    """Where in a sentence (``low``: its lower case after one space) the ``words`` start
    as whole words after a space (after another white space they are not looked for), in
    order."""
    places = []
    for word in words:
        key = " " + word
        at = low.find(key)
        while at >= 0:
            after = low[at + len(key) : at + len(key) + 1]
            if not (after.isalnum() or after == "_"):  # ``\b``: no word character follows
                places.append(at)  # the space's place in ``low``: the word's in the sentence
            at = low.find(key, at + 1)
    places.sort()
    return places


# the number words, and the words the count patterns start with, as alternations grouped by
# their first letters (:func:`~geo.language.text.trie`)
_NUM_TRIE = trie(_NUM_WORDS.split("|"))
_STARTS_TRIE = trie(frozenset().union(_UPDATE_STARTS, *_PATTERN_STARTS.values()))


# A whole word that a pattern of :data:`_PATTERN_STARTS` (or :data:`_UPDATE_STARTS`) starts
# with, or the first digit of a word that starts with one (group 1), after the character
# before it, which is no word character: where :class:`_Scan` matches. Starting with a set of
# characters lets the search skip the characters within words fast.
_START_WORD = compiled(r"[^\w](" + _STARTS_TRIE + r"\b|\d)")
# The same in an ASCII text in lower case, where the word characters are these: faster
_START_WORD_ASCII = compiled(r"[^a-z0-9_](" + _STARTS_TRIE + r"(?![a-z0-9_])|[0-9])")
_SCANNED_STARTS = frozenset((_UPDATE_STARTS, *_PATTERN_STARTS.values()))
# The sets of :data:`_SCANNED_STARTS` that hold each word; those of a word that starts with a
# digit
_SETS_OF: dict[str, tuple[frozenset[str], ...]] = {
    word: tuple(starts for starts in _SCANNED_STARTS if word in starts)
    for word in frozenset().union(*_SCANNED_STARTS)
}
_DIGIT_SETS = (_COUNT_STARTS,)
# one person without the group of its count, to follow another group of a count
_ONE_UNNAMED = _ONE.replace("(?P<n>", "(?:")
# What each pattern scanned from a set of start words (:data:`_PATTERN_STARTS`) starts with,
# by the set: a word where the lead does not match starts no match of those patterns, and is
# not tried with each of them (most "a", "killed", "of" and digits of a sentence start none).
_START_LEADS: dict[frozenset[str], re.Pattern[str]] = {
    # a count, then a space (each count pattern goes on with ``\s+``)
    _COUNT_STARTS: compiled(rf"\b{_QUAL}{_N}\s", re.I),
    _KILL_STARTS: compiled(
        rf"\b(?:killing|killed|kills|kill)\s+"
        rf"(?:{_POSSESSIVE}(?:another\s+)?{_QUAL}{_N}|{_ONE_UNNAMED}{_ONE_OR_KIN}|{_KIN}|"
        # (and a couple, :data:`_KILLED` [9])
        r"(?:an?|the)\s+(?:[a-z\-]+\s+){0,2}?couple\b)",
        re.I,
    ),
    _ONE_STARTS: compiled(rf"\b{_ONE}{_ONE_OR_KIN}", re.I),
    _THE_ONE_STARTS: compiled(rf"\b{_THE_ONE}", re.I),
    _ONE_WEAPON_STARTS: compiled(r"\bone\s", re.I),
    # ("of the drones, 94 were ...": the weapon's noun after "the" too)
    _OF_STARTS: compiled(
        rf"\bof\s+(?:which|them|those|the\s+{NUM}\s|the\s+(?:[a-z\-]+\s+){{0,2}}?"
        r"(?:drones|missiles|uavs|shaheds|rockets|targets),)",
        re.I,
    ),
    _WOUND_STARTS: compiled(
        r"\b(?:injuring|wounding|injured|wounded|hurting)\s+"
        rf"(?:{_POSSESSIVE}(?:another\s+)?{_QUAL}{_N}|{_ONE_UNNAMED}{_ONE_OR_KIN}|"
        r"a\s+(?:second|third|fourth|fifth)\b|"
        rf"{_KIN})",
        re.I,
    ),
    # :data:`_INTERCEPT` [0] and :data:`_ALL_OF_THEM`
    _INTERCEPT_STARTS: compiled(
        rf"\b(?:{_INTERCEPT_VERB}|{_INTERCEPT_GERUND}){_LABEL_COLON}\s+"
        rf"(?:(?:or|all|every|each)\s|{_QUAL}{_N})",
        re.I,
    ),
}


def _case_sensitive(pattern: re.Pattern[str] | str, grouped: bool = False) -> re.Pattern[str]:
    r"""``pattern`` (case-insensitive, its words in lower case) as a case-sensitive pattern,
    to match in the lower case of a sentence whose lower case agrees with ignoring case
    (:func:`_lower_agrees`) and keeps its length: each character then matches there as it
    matches ignoring case in the sentence (each class of characters the patterns use, ``\w``,
    ``\s``, ``\d``, ``[a-z]``, holds a character just when it holds its lower case), so the
    pattern matches at the same places, the same text in lower case. With ``grouped`` (for a
    pattern only asked whether it matches), its number words are grouped by their first
    letters (:data:`_NUM_TRIE`): the same words, tried faster, in another order. ``pattern`` may
    be given as its source, not compiled case-insensitive only to be read."""
    source = pattern if isinstance(pattern, str) else pattern.pattern
    if grouped:
        source = source.replace(_NUM_WORDS, _NUM_TRIE)
    # no letter in upper case but those of escapes, group names and ranges; case not turned on
    letters = re.sub(r"\\[A-Za-z]|\(\?P[<=]|A-Z", "", source)
    if letters != letters.lower() or "(?-i" in source or "(?i" in source:
        raise ValueError(f"not a pattern in lower case: {source}")
    return compiled(source)


# The patterns :meth:`_Scan.matches` reads, by id, to match in a sentence's lower case (see
# :func:`_case_sensitive`), which is faster; not one that tells capitals (:data:`_WEAPON_SOURCE`)
_LOWERED = {
    id(p): _case_sensitive(p)
    for p in (*_KILLED, *_WOUNDED, *_INTERCEPT, _UPDATE, _DRONES, _MISSILES)
    if "(?-i" not in p.pattern
}


def _after_non_word(source: str) -> re.Pattern[str]:
    r"""A case-insensitive pattern of words in lower case, ``source``, that starts with ``\b``
    and each of whose matches starts with a word character, as a pattern to search in the
    lower case of a sentence after one space (as :func:`_case_sensitive`): ``\W`` in place of
    its ``\b``, so that the search tries only after a character that is no word character
    (the space before the first), far fewer places than every one. It finds a match just
    when the pattern finds one in the sentence (one character further)."""
    if not source.startswith(r"\b"):
        raise ValueError(f"not a pattern starting at a word: {source}")
    return _case_sensitive(r"\W" + source[2:])


# The words of :data:`_RECALL`, and its opening (in lower case, matched at the start)
_RECALL_LOW = _after_non_word(_RECALL_WORDS)
_RECALL_OPENING_LOW = _case_sensitive(_RECALL_OPENING[1:])
# The patterns :meth:`_Scan.found` asks, by id, as searched in a sentence's lower case after
# one space (:func:`_after_non_word`)
_FOUND_LOW = {
    id(p): _after_non_word(p.pattern) for p in (_PROVISIONAL, _TOTAL_WORDS, _NOT_LAUNCHED)
}


# The leads of :data:`_START_LEADS`, to match in a sentence's lower case (see
# :func:`_case_sensitive`), which is faster
_LOW_LEADS = {starts: _case_sensitive(lead, grouped=True) for starts, lead in _START_LEADS.items()}

# A number word (:data:`NUM`, group ``w``) or "a", "an" (before a space) or "another" at the
# start of a word, in lower case after one space: where each count of the patterns (unless in
# digits) and each one person (:data:`_ONE`, a "third") starts. A number word of a count
# follows a space, a hyphen or a look-behind that no word character passes; any character
# before a word but ASCII letters, digits and "_" is let pass, which finds more, never less.
_NUMBER_WORD_AT = compiled(r"[^a-z0-9_](?:(?P<w>" + _NUM_TRIE + r")|an?\s|another)")
_COUNT_WORD_AT = compiled(r"[^a-z0-9_](?:" + _NUM_TRIE + r"|(?:pair|couple)\s+of\s)")


def _number_words(low: str) -> tuple[bool, bool]:
    """Whether a sentence without digits, whose lower case ``low`` (after one space) agrees
    with ignoring case (:func:`_lower_agrees`), may hold a number of the patterns (as the
    hints of :data:`_NUMBER_HINTS` tell, which also lie within words: "drones" holds "one"),
    and whether it may hold a count (:data:`NUM`; every pattern but those of one person,
    "a man was killed", needs one).

    Both are False where no number word, "a", "an" or "another" starts a word
    (:data:`_NUMBER_WORD_AT`), the count where no number word does (nor "pair of", "couple
    of"). A number word but
    "zero" holds a hint; "a", "an" and "zero" are looked up among the hints.
    """
    m = _NUMBER_WORD_AT.search(low)
    if m is None:
        return False, False
    word = m.group("w")
    if word is None:  # "a", "an", "another": a number word may follow
        counted = _COUNT_WORD_AT.search(low, m.start() + 1) is not None
    else:
        counted = True
        if word != "zero":
            return True, True
    return any(map(low.__contains__, _NUMBER_HINTS)), counted


def extract_facts(
    text: str,
    lang: str | None = None,
    memo: dict[tuple, object] | None = None,
    *,
    doc: Document | None = None,
    part: bool = False,
) -> dict[str, int]:
    """Headline numbers stated in a report.

    Parameters
    ----------
    text : str
        Report text.
    lang : str, optional
        The report's language (:func:`geo.language.morphology.detect_language`), told from the text
        when
        not given. A language strikemap does not read gives no figures.
    memo : dict, optional
        What was read of each sentence, for texts made of one report's sentences: the figures
        of a sentence depend only on its words and its strength, so the sentences that
        :mod:`geo.understand.place_facts` gives again are not read again. Pass the same (initially
        empty) dict for every text of one report; the result is the same with or without it.
    doc : Document, optional
        The report read once (:func:`geo.language.document.read_document`): when ``text`` is
        its text, its sentences are used instead of splitting the text again.
    part : bool, optional
        True for the pieces of a report told of one place: a wider total of weapons downed
        ("38 over Rostov Oblast, out of a total of 71 drones over Russian regions") is then not
        the figure (it is the report's).

    Returns
    -------
    dict
        Integer values under ``killed``, ``wounded``, ``drones``, ``missiles`` and
        ``intercepted``; a key is absent when the report does not state it.

    Examples
    --------
    >>> extract_facts("Russia launched 550 drones and 11 missiles; 23 people were wounded.")
    {'wounded': 23, 'drones': 550, 'missiles': 11}
    >>> extract_facts("Drohnen trafen in der Nacht 3 Häuser, 12 Menschen wurden verletzt.")
    {}
    """
    lang = lang or detect_language(text)
    spans = doc.sentences if doc is not None and doc.text == text else None
    if lang in ("uk", "ru"):
        # imported on the first Ukrainian or Russian text: an English run never compiles its rules
        from geo.understand.facts_uk_ru import extract_facts_uk_ru

        return extract_facts_uk_ru(text, lang, memo, spans=spans)
    if lang not in READ_LANGUAGES:
        return {}  # no figures rather than figures read by another language's rules
    # the report's lower case, made once for its stages, when the text is the report's
    low = doc.lowered if spans is not None and doc is not None else None
    return _english_facts(text, memo, spans, low, part)


_CASUALTY_HINTS = _KILLED_HINTS + _WOUNDED_HINTS + _ZERO_HINTS


def may_state_casualties(text: str, lang: str | None) -> bool:
    """False when ``extract_facts(text, lang)`` surely gives neither ``killed`` nor
    ``wounded``: a text without any word those figures are read from (zeros and updates
    included). ``lang`` as for :func:`extract_facts`; None says maybe.

    Examples
    --------
    >>> may_state_casualties("Drones hit a depot.", "en")
    False
    """
    if lang in ("uk", "ru"):
        from geo.understand.facts_uk_ru import may_state_casualties as may_state_casualties_uk_ru

        return may_state_casualties_uk_ru(text)
    if lang != "en":
        return True
    # a hint in a sentence's lower case is in the text's (the hints hold no sigma, the one
    # letter whose lower case depends on the letters around it)
    low = text.lower()
    return any(map(low.__contains__, _CASUALTY_HINTS))


def _moved_strength(h: _Hit, strength: int, total: int) -> int:
    """The strength of a hit read as a headline's in a sentence of ``strength`` (``total``:
    the strength a total takes there): the sentence's, the total's, or its own; a count of
    Ukraine's weapons shot down is no update (see :class:`_Hit`)."""
    if h.strength == _HEADLINE:
        return _FIRST if h.other and strength == _UPDATED else strength
    return total if h.strength == _TOTAL else h.strength


class _Figures:
    """The figures found, one list of hits per kind."""

    __slots__ = ("died", "drones", "intercepted", "killed", "missiles", "wider", "wounded")

    def __init__(self) -> None:
        self.killed: list[_Hit] = []
        self.wounded: list[_Hit] = []
        self.drones: list[_Hit] = []
        self.missiles: list[_Hit] = []
        self.intercepted: list[_Hit] = []
        self.died: list[_Hit] = []  # the wounded who died later ("One of them later died")
        self.wider: list[_Hit] = []  # wider totals downed ("out of a total of 71 drones over")

    def __bool__(self) -> bool:
        return bool(
            self.killed
            or self.wounded
            or self.drones
            or self.missiles
            or self.intercepted
            or self.died
            or self.wider
        )

    def add_moved(self, other: _Figures, by: int, strength: int) -> None:
        """Add the hits of ``other``, the figures of a sentence read as a headline's (see
        :func:`_english_facts`), moved ``by`` characters and given the sentence's own
        ``strength``."""
        if not by and strength == _HEADLINE:
            self.extend(other)
            return
        total = max(strength, _TOTAL)
        for kind in self.__slots__:
            hits = getattr(other, kind)
            if hits:  # most sentences state few kinds: no generator for an empty list
                getattr(self, kind).extend(
                    _Hit(
                        h.value,
                        _moved_strength(h, strength, total),
                        h.position + by,
                        h.other,
                        h.more,
                    )
                    for h in hits
                )

    def extend(self, other: _Figures) -> None:
        """Add the hits of ``other``."""
        for kind in self.__slots__:
            hits = getattr(other, kind)
            if hits:
                getattr(self, kind).extend(hits)

    def result(
        self,
        text: str,
        low: str | None = None,
        newest_first: bool = False,
        part: bool = False,
        starts: list[int] | None = None,
    ) -> dict[str, int]:
        """The figure of each kind: the strongest first one (or the latest update) for killed,
        wounded and intercepted, the largest for drones and missiles (``low``: the lower case
        of the report ``text``, made when needed if not given; ``newest_first``: see
        :attr:`_Layout.newest_first`; ``starts``: where the report's sentences start, see
        :func:`_died_of_wounds`)."""
        out: dict[str, int] = {}
        for key, hits in (("killed", self.killed), ("wounded", self.wounded)):
            v = _pick(hits, newest_first)
            if v is not None:
                out[key] = v
        if self.died and not newest_first:
            _died_of_wounds(out, self, text, starts)
        for key, hits in (("drones", self.drones), ("missiles", self.missiles)):
            if hits:
                out[key] = max(h.value for h in hits)
        if "missiles" not in out and _names_single_missile(text, low):
            out["missiles"] = 1
        intercepted = self.intercepted
        if (
            "drones" in out
            and any(h.other for h in intercepted)
            and _RUSSIA_LAUNCHED.search(text) is not None
        ):
            # a report of Russia's attack, its launches counted ("Russia launched"), that
            # tells of Ukraine's drones shot down over Russia too ("Moscow says its air
            # defences downed 23 Ukrainian drones" in its summary): the attack's own
            own = [h for h in intercepted if not h.other]
            intercepted = own or intercepted
        v = _pick(intercepted, newest_first)
        if self.wider and not part:  # (a place's part of a wider total is its own count)
            v = max(v or 0, max(h.value for h in self.wider))
        if v is not None:
            out["intercepted"] = v
        return out


# the wounded who died later: "One of them, a 71-year-old woman, later died in a hospital",
# "one of the injured has since died", "A 64-year-old man later died of his wounds"
_DIED_OF_WOUNDS = compiled(
    rf"\b(?P<n>{NUM}|an?)\s+of\s+(?:the\s+|those\s+)?(?:them|(?:[a-z\-]+\s+)?"
    r"(?:wounded|injured|hurt|victims|casualties))(?:\s*,[^,.;]{1,50},|\s*\([^()]{1,50}\))?\s+"
    r"(?:(?:had|has|have)\s+)?(?:later\s+|since\s+|subsequently\s+|then\s+)?(?:died|succumbed)\b|"
    # ("a 16-year-old girl who had been among the injured died in a hospital")
    rf"\b(?P<w>{NUM}|an?)\s+(?:[\w\-]+\s+){{0,3}}?(?:who|that)\s+(?:had\s+been|was|were)\s+"
    r"among\s+the\s+(?:injured|wounded|hurt)\s+(?:(?:later|since|subsequently)\s+)?"
    r"(?:had\s+)?(?:died|succumbed)\b|"
    rf"\b(?P<m>{NUM}|an?|he|she)\s+(?:[\w\-]+\s+){{0,4}}?(?:(?:had|has|have)\s+)?"
    r"(?:later\s+|since\s+|subsequently\s+)?(?:died\s+(?:of|from)\s+(?:his|her|their)\s+"
    r"(?:wounds|injuries)|succumbed\s+to\s+(?:his|her|their)\s+(?:wounds|injuries))",
    re.I,
)


_DIED_WORD = compiled(rf"\b(?:{'|'.join(figure_words.EN_DIED)})\b", re.I)
_OF_THE_HURT = ("of them", "wounded", "injured", "hurt", "victims", "casualties")
_DEATH_REACH = 120  # the characters before the verb a match of _DIED_OF_WOUNDS may start at


def _wounded_death(s: str) -> re.Match[str] | None:
    """The first match of :data:`_DIED_OF_WOUNDS` in sentence ``s``: looked for only around a
    verb of dying that has "of them" or a word of the hurt before it, or "wounds" or
    "injuries" right after it (most deaths told are not of the wounded)."""
    for d in _DIED_WORD.finditer(s):
        lo = max(0, d.start() - _DEATH_REACH)
        before = s[lo : d.start()].lower()
        after = s[d.end() : d.end() + 30].lower()
        if (
            (" of " in before or " among " in before)
            and any(map(before.__contains__, _OF_THE_HURT))
        ) or ("wounds" in after or "injuries" in after):
            m = _DIED_OF_WOUNDS.search(s, lo, d.end() + 30)
            if m is not None:
                return m
    return None


def _wounded_died(m: re.Match[str], start: int, strength: int, found: _Figures) -> None:
    """A death of the wounded (a match of :data:`_DIED_OF_WOUNDS` in a sentence at
    ``start``), told in place of the count of the dead the sentence's patterns read of it."""
    word = (m.group("n") or m.group("w") or m.group("m")).lower()
    value = 1 if word in ("a", "an", "he", "she") else _count(word)
    if not value:
        return
    lo, hi = start + m.start(), start + m.end()
    found.killed = [h for h in found.killed if not lo <= h.position < hi]
    found.died.append(_Hit(value, strength, lo))


# words that tell of another strike than the one told before
_ELSEWHERE = compiled(
    r"\b(?:separately|elsewhere|meanwhile|in\s+another|another\s+(?:strike|attack|drone|"
    r"missile|shell))\b",
    re.IGNORECASE,
)


def _wider_total(s: str, start: int, strength: int, found: _Figures, agrees: bool) -> None:
    """A wider total of weapons downed told after a sentence's first count of them (see
    :data:`_WIDER_TOTAL`), kept apart: the report's figure, not its part's place's."""
    first = found.intercepted[0]
    for m in _WIDER_TOTAL.finditer(s, first.position - start):
        v = _value(m, agrees)
        if v is not None and v > first.value:
            found.wider.append(_Hit(v, max(strength, _TOTAL), start + m.start(), first.other))
            return


def _died_of_wounds(
    out: dict[str, int], figures: _Figures, text: str, starts: list[int] | None
) -> None:
    """One more killed than counted with the wounded, and one fewer wounded, for each of the
    wounded who died later (a death told after a count of the wounded), unless a count told
    after it counts it: an update or a total, or any count not told of another strike
    ("Separately, a strike on Izium killed two"), or an update told before it in its own
    sentence (``starts``: where the report's sentences start; none, no such update)."""

    def counted(hits: list[_Hit], death: _Hit) -> bool:
        return any(
            (
                h.position > death.position
                and (
                    h.strength >= _TOTAL or not _ELSEWHERE.search(text, death.position, h.position)
                )
            )
            # (an update in the death's own sentence: "The toll rose to four after one of the
            # injured died")
            or (
                starts is not None
                and h.strength == _UPDATED
                and h.position < death.position
                and bisect_right(starts, h.position) == bisect_right(starts, death.position)
            )
            for h in hits
        )

    for death in figures.died:
        if not any(h.position < death.position for h in figures.wounded):
            continue  # "one of them died": of the wounded only after they were counted
        if not counted(figures.killed, death):
            # the dead counted with the wounded before, and this one; a toll read larger
            # (a headline's "kills two") has it already
            before = [h for h in figures.killed if h.position < death.position]
            local = max(before, key=lambda h: h.position).value if before else 0
            out["killed"] = max(out.get("killed", 0), local + death.value)
        if "wounded" in out and not counted(figures.wounded, death):
            out["wounded"] = max(0, out["wounded"] - death.value)
    ordered = {key: out[key] for key in ("killed", "wounded") if key in out}
    out.clear()  # (killed first, as every report's figures are written)
    out.update(ordered)


def _sentence_figures(
    s: str, start: int, low: str, strength: int, digit: bool | None = None
) -> _Figures:
    """The figures of one sentence ``s`` (at ``start``; ``low`` is its lower case, padded;
    ``digit``: :func:`_has_digit` of it, when known)."""
    found = _Figures()
    if _HEADLINE <= strength < _UPDATED and (
        (s[:1] in _UPDATE_OPENERS and _OPENS_UPDATE.match(s))
        or (":" in s and _ROSE_BEFORE_COLON.search(s))
    ):
        # "UPDATED FIGURES (as of 18:00): six killed", "the toll had risen: three people
        # were killed": the latest
        strength = _UPDATED
    if digit is None:
        digit = _has_digit(s)
    agrees = _lower_agrees(s)
    # a count in digits or number words (:data:`NUM`), which every pattern but those of one
    # person ("a man was killed") needs; True when maybe
    counted = True
    if digit:
        has_number = True
    elif agrees:
        has_number, counted = _number_words(low)
    else:
        has_number = any(map(low.__contains__, _NUMBER_HINTS))
    has_killed = any(map(low.__contains__, _KILLED_HINTS))
    has_wounded = any(map(low.__contains__, _WOUNDED_HINTS))
    if any(map(low.__contains__, _NEGATION_HINTS)) and (
        has_killed or has_wounded or any(map(low.__contains__, _ZERO_HINTS))
    ):
        _zeros(s, start, found.killed, found.wounded)
    if (
        (
            ("neither" in low or "none" in low or " no " in low)
            and ("intercept" in low or "down" in low)
        )
        and not digit
        and (zero := _NONE_INTERCEPTED.search(s)) is not None
    ):
        found.intercepted.append(_Hit(0, _ZERO, start + zero.start()))
    if (
        not has_number
        and (has_killed or has_wounded)
        and (any(map(low.__contains__, _ONE_PERSON_WORDS)) or "couple" in low)
    ):
        has_number = True  # one person without a count: "killed her son", "the driver"
    died = _wounded_death(s) if has_killed and ("died" in low or "succumb" in low) else None
    if not has_number:
        if died:
            _wounded_died(died, start, strength, found)
        return found  # no number, no other fact
    scan = _Scan(s, low, agrees)
    # a first figure that a later one replaces: its updates count, and its own figures only
    # where no other is told
    people = strength
    if (has_killed or has_wounded) and scan.found(_PROVISIONAL, _PROVISIONAL_NEEDS):
        people = _EARLIER
    if has_killed:
        killed = _runnable(_KILLED, _KILLED_NEEDS, scan, counted)
        _collect(start, killed, people, found.killed, scan)
    if has_wounded:
        wounded = _runnable(_WOUNDED, _WOUNDED_NEEDS, scan, counted)
        _collect(start, wounded, people, found.wounded, scan)
        if not found.wounded and "hospitali" in low and (h := _HOSPITALISED.search(s)):
            # "Five people were hospitalised": the wounded where no other count is told
            v = _value(h, agrees)
            if v is not None:
                found.wounded.append(_Hit(v, _EARLIER, start + h.start()))
    if died:
        _wounded_died(died, start, strength, found)
    if not counted:
        return found  # no count of weapons, no update
    if has_killed or has_wounded:
        _updates(start, found.killed, found.wounded, scan)
        found.killed = _more_told_by(found.killed, s, start)
        found.wounded = _more_told_by(found.wounded, s, start)
    intercepting = any(map(low.__contains__, _INTERCEPT_HINTS))
    if intercepting:
        _intercepts(start, strength, found.intercepted, scan)
        if found.intercepted and "total of" in s:
            _wider_total(s, start, strength, found, scan.agrees)
    # a verb of interception before a count: only where the sentence may hold one
    intercepting = intercepting or not agrees
    if any(map(low.__contains__, _DRONE_HINTS)):
        _weapons(start, _DRONES, _DRONE_HINTS, found.drones, scan, intercepting)
    if any(map(low.__contains__, _MISSILE_HINTS)):
        _weapons(start, _MISSILES, _MISSILE_HINTS, found.missiles, scan, intercepting)
    if found and (
        (" that " in low and any(map(low.__contains__, _UNTRUE_OR_DENIED_HINTS)))
        or any(map(low.__contains__, _CAPABLE_HINTS))
    ):
        _drop_untold(s, start, found)
    return found


# figures a sentence does not tell as what happened: a claim it calls untrue ("Reports that
# the strike on X killed 50 people are false"), a claim denied ("denied claims that 40
# drones were shot down"), and what a weapon or a plant can do ("a system capable of
# intercepting 100 drones", "can produce 90 drones a day"); each group 1 is what is not told
_UNTOLD = compiled(
    r"\b(?:reports?|claims?|rumou?rs?|allegations?|assertions?)\s+(?:[\w’'-]+\s+){0,4}?"
    r"that\b([^.;!?]*?)\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:(?:later\s+|since\s+)?"
    r"(?:proven|proved|shown|found|declared)\s+(?:to\s+be\s+)?)?(?:not\s+true|untrue|false|fake|"
    r"groundless|baseless|unfounded|incorrect|not\s+accurate)\b|"
    # (the count the claim opens with: not one of the facts the denial stands beside, "denied
    # targeting civilians in the strike that killed 12")
    r"\b(?:den(?:y|ied|ies|ying)|dismiss\w*|reject\w*|refut\w*)\s+(?:(?:[\w’'-]+\s+){0,4}?"
    r"(?:claims?|reports?|allegations?|assertions?)\s+(?:[\w’'-]+\s+){0,4}?)?that\s+"
    r"((?:as\s+many\s+as\s+|up\s+to\s+|some\s+|about\s+|more\s+than\s+)?[\d\w-]+"
    r"(?:\s+[\w-]+){0,3}?\s+(?:were|was|had\s+been|have\s+been|are|is)\b)|"
    # what a weapon or a plant can do, up to the two words after its verb
    r"\b(?:capable\s+of|designed\s+to|(?:has|have|with)\s+(?:the\s+)?capacity\s+to|"
    r"(?:is|are|will\s+be|would\s+be)\s+able\s+to|can)\s+((?:\w+\s+){0,2}?(?:intercept|shoot|down|destroy|launch|"
    r"produc|mak|build|fir|carry|strike|hit)\w*(?:\s+(?:up\s+to|as\s+many\s+as|more\s+than|"
    r"over|about|around|some))?(?:\s+[\w-]+){1,2})",
    re.IGNORECASE,
)
# the words one of which each match of _UNTOLD holds: of a claim told untrue or denied
# (with " that "), or of what can be done
_UNTRUE_OR_DENIED_HINTS = (
    "true", "false", "fake", "groundless", "baseless", "unfounded", "incorrect", "accurate",
    "deny", "deni", "dismiss", "reject", "refut",
)  # fmt: skip
_CAPABLE_HINTS = ("capab", " able to", " can ", "designed to", "capacity")


def _drop_untold(s: str, start: int, found: _Figures) -> None:
    """Take out of ``found`` the hits that stand where sentence ``s`` (at ``start``) tells
    a figure not as what happened (:data:`_UNTOLD`)."""
    spans = [
        (start + m.start(g), start + m.end(g))
        for m in _UNTOLD.finditer(s)
        for g in (1, 2, 3)
        if m.start(g) >= 0
    ]
    if not spans:
        return
    for kind in _Figures.__slots__:
        hits = getattr(found, kind)
        if hits:
            kept = [h for h in hits if not any(a <= h.position < b for a, b in spans)]
            if len(kept) != len(hits):
                setattr(found, kind, kept)


# a sentence that opens as an update of the figures before it: "UPDATE:", "Updated
# figures (as of 18:00):"
_OPENS_UPDATE = compiled(
    r"(?:upd|update[ds]?|updated\s+(?:figures|toll|casualty\s+figures|information|data))"
    r"(?:\s*\d{0,2}\s*[:(—–-]|\s+\()",
    re.I,
)
_UPDATE_OPENERS = "Uu"  # what a match of _OPENS_UPDATE starts with
# a toll told risen, its new figures after a colon: "By noon the toll had risen: ..."
_ROSE_BEFORE_COLON = compiled(
    r"\b(?:toll|tally|figures?|numbers?|count)\s+(?:had\s+|has\s+|have\s+)?(?:since\s+)?"
    r"(?:risen|rose|climbed|grown|increased|gone\s+up|been\s+revised)\s*:",
    re.I,
)


#: What a sentence without a word of a kind of figure gives (shared: never changed).
_NO_FIGURES = _Figures()


def _kept_figures(
    s: str,
    memo: dict[tuple, object],
    hinted: bool = True,
    text_low: str | None = None,
    start: int = 0,
) -> _Figures:
    """:func:`_sentence_figures` of a sentence read as a headline's, kept in ``memo`` by the
    sentence's words alone (see :meth:`_Figures.add_moved`). Unless ``hinted`` (the sentence
    is known to hold a word of a kind of figure), a sentence not kept is read only when it
    holds one (:data:`_KIND_HINTS`; :func:`_sentence_figures` finds nothing in the others).
    ``text_low``: when given, the lower case of a text in which ``s`` starts at ``start``,
    each of whose characters is the lower case of the text's character at the same place
    (see :func:`_sliced_lower`); the sentence's lower case is then cut from it."""
    key = ("en", s)
    found = cast("_Figures | None", memo.get(key))
    if found is None:
        low = " " + (s.lower() if text_low is None else text_low[start : start + len(s)])
        if not hinted:
            if not any(map(low.__contains__, _KIND_HINTS)):
                return _NO_FIGURES
            # a place's clause: maybe the first clause of a sentence read before
            sentence = cast("str | None", memo.get(("en-clause", s)))
            if sentence is not None:
                found = _first_clause_figures(s, sentence, memo)
        digit = None
        if found is None:
            digit = _has_digit(s)
            found = _sentence_figures(s, 0, low, _HEADLINE, digit)
            cut = s.find(";")
            if cut > 0:  # its first clause, which a place may be given, is told by it
                memo.setdefault(("en-clause", s[:cut]), s)
        memo[key] = found
        if found:  # read at once whether it recalls an earlier attack (see _english_facts)
            memo.setdefault((_RECALL_KEY, s), _recall_marks(s, low, digit))
    return found


# Words that, after the cut of a sentence's first clause (:func:`_first_clause_figures`),
# could make its reading differ from the clause's: the hints of the kinds of figure and of
# zeros (which decide what is read), and the words of the sentence-wide flags (a stated
# total, a provisional figure, weapons in stock)
_CLAUSE_REST_WORDS = (
    *_KIND_HINTS,
    *_NEGATION_HINTS,
    *_TOTAL_NEEDS,
    *_PROVISIONAL_NEEDS,
    *_NOT_LAUNCHED_NEEDS,
)


def _first_clause_figures(clause: str, sentence: str, memo: dict[tuple, object]) -> _Figures | None:
    """:func:`_sentence_figures` of ``clause`` read as a headline's, when ``clause`` is the
    part of ``sentence`` (an ASCII sentence whose figures ``memo`` keeps) before a ";" and its
    figures are surely those of the sentence's that start before the ";"; None otherwise.

    They are when the sentence reads the same before the cut as the clause does:

    * the clause holds a digit (so both may hold a count), and the rest of the sentence holds
      no word of :data:`_CLAUSE_REST_WORDS` (so each test of a word that decides what is read
      answers alike, and no stated total, provisional figure or stock lies beyond the cut);
    * no match that starts before the cut reads past it: only the "number of the dead ...
      at 5" pattern (``.``) and a weapon's parenthesis ("drones (Shahed; Gerbera)") cross a
      ";", so the clause holds neither "number" nor "("; every other pattern stops at a ";"
      as at the end of the text (its look-aheads, ``\b`` and ``$`` included);
    * an update ("rose to 5") that finds no word of its kind before it looks for one in the
      whole sentence: those words (:data:`_KILLED_WORDS`, :data:`_WOUNDED_WORDS`) hold hints of
      their kinds, so the rest holds none.
    """
    full = cast("_Figures | None", memo.get(("en", sentence)))
    cut = len(clause)
    if full is None or not sentence.isascii() or sentence[cut : cut + 1] != ";":
        return None
    if "(" in clause or not _has_digit(clause):
        return None
    if "number" in clause.lower():
        return None
    rest = sentence[cut:].lower()
    if any(map(rest.__contains__, _CLAUSE_REST_WORDS)):
        return None
    found = _Figures()
    for kind in _Figures.__slots__:
        hits = getattr(full, kind)
        if hits:
            setattr(found, kind, [h for h in hits if h.position < cut])
    return found


def _sliced_lower(text: str, low: str) -> bool:
    """Whether each piece of ``low`` (``text.lower()``) is the lower case of the piece of
    ``text`` at the same place: when lower case keeps the text's length (each character
    gives one) and the text holds no capital sigma, the one letter whose lower case depends
    on the letters around it."""
    return len(low) == len(text) and (text.isascii() or "\u03a3" not in text)


# the title of another article, linked below the report: "Read also: ...", "Related: ..."
_OTHER_ARTICLE = compiled(
    r"^\W*(?:read\s+(?:also|more)|also\s+read|related|see\s+also|more\s+on\s+this)\s*[:\-–—]",
    re.I,
)


def _english_facts(
    text: str,
    memo: dict[tuple, object] | None = None,
    sentences: list[tuple[int, int]] | None = None,
    lowered: str | None = None,
    part: bool = False,
) -> dict[str, int]:
    """:func:`extract_facts` by the English rules (``sentences``: the text's sentence spans,
    when known; ``lowered``: ``text.lower()``, when known).

    With ``memo``, a sentence is read once as a headline's: a hit of strength ``_HEADLINE``
    then has the sentence's own strength, one of ``_TOTAL`` the greater of the two; the others
    (zeros, weapons, updates) do not depend on it. A text of sentences read before (``memo``
    not empty) looks each up there rather than its hints in the whole text
    (:func:`_hinted_spans`).
    """
    figures = _Figures()
    layout = _Layout(text)
    spans = every = sentence_spans(text) if sentences is None else sentences
    low = None
    cut_low = None  # the text's lower case, to cut its sentences' from (see _kept_figures)
    if not memo:
        low = text.lower() if lowered is None else lowered
        spans = _hinted_spans(text, spans, low)
        if _sliced_lower(text, low):
            cut_low = low
    # (the attack's date may stand in a sentence without a figure: every sentence is read)
    recalled = _Recall(text, every, memo)
    for start, end in spans:
        s = text[start:end]
        if memo is None:
            found = _sentence_figures(s, start, " " + s.lower(), layout.strength(start))
        else:
            found = _kept_figures(s, memo, low is not None, cut_low, start)
        if not found or recalled(s) or _OTHER_ARTICLE.match(s):
            continue  # a recalled, earlier attack's figures do not count, nor a linked title's
        if memo is None:
            figures.extend(found)
        else:
            figures.add_moved(found, start, layout.strength(start))
    starts = [start for start, _ in every] if figures.died else None  # (see _died_of_wounds)
    return figures.result(text, low, layout.newest_first, part, starts)
