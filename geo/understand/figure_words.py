"""The words without which no figure is read.

Each language's figure reader (:mod:`geo.understand.facts` for English,
:mod:`geo.understand.facts_uk_ru` for Ukrainian and Russian) reads no sentence that holds
none of its words of a kind of figure; the per-place reader
(:mod:`geo.understand.place_facts`) asks the same of a place's piece before it reads it.
The words are kept here, once, so that the three tests agree and the per-place reader needs
neither language's rules to make its own. They are stems, looked up in lower-cased text.
"""

from __future__ import annotations

# English: the stems of each kind of figure
EN_KILLED = ("kill", "dead", "death", "died", "toll", "fatal", "lives")
EN_WOUNDED = ("wound", "injur", "hurt", "hospitali", "cuts", "burns", "fractur", "concussion")
EN_INTERCEPT = (
    "shot", "down", "intercept", "destroy", "neutrali", "suppress", "jammed", "repelled",
    "eliminat",
)  # fmt: skip
EN_DRONE = ("drone", "uav", "shahed")
EN_MISSILE = ("missile", "rocket", "iskander", "kinzhal", "kalibr", "kh-")
# the words of a report of no harm ("no casualties", "no victims")
EN_ZERO = ("casualt", "victim", "harm")
# the verbs of one of the wounded dying later ("One of them later died")
EN_DIED = ("died", "succumbed")
EN_KIND = EN_KILLED + EN_WOUNDED + EN_INTERCEPT + EN_DRONE + EN_MISSILE + EN_ZERO

# Ukrainian and Russian
UK_RU_KILLED = (
    "загин", "загиб", "погиб", "гибел", "вбит", "вбив", "вбил", "убит", "убил", "убив",
    "помер", "скончал", "умер", "жертв", "життя", "жизн", "тіла", "тела", "тіло", "тело",
)  # fmt: skip
UK_RU_WOUNDED = (
    "поран", "ранен", "ранил", "ранив", "постражд", "пострада", "потерпіл", "травм",
    "допомог", "помощ", "опік", "ожог", "увечь", "медикам", "лікарям", "врачам", "контуз",
    "контуж",
)  # fmt: skip
# the people taken to hospital, who are the wounded where no count of them is told
UK_RU_HOSPITALISED = ("госпіталіз", "госпитализ")
UK_RU_INTERCEPT = (
    "збит", "збил", "збив", "знешкод", "ліквід", "подавл", "подавил", "знищ", "перехоп",
    "сбит", "сбил", "сбив", "уничтож", "перехват", "перехвач", "нейтрализ", "ликвид",
    "приземл", "отрази", "отраж", "відбил", "відбит",
)  # fmt: skip
UK_RU_WEAPON = (
    "дрон", "безпілот", "беспилот", "бпла", "шахед", "shahed", "геран", "ракет", " бла",
)  # fmt: skip
# the words of a running total told without its noun ("всего 12")
UK_RU_RUNNING = ("всего", "всього", "усього", "загалом", "итого")
# the stems of dying ("Вона померла в реанімації", "скончался в больнице")
UK_RU_DIED = ("помер", "скончал", "умер")
UK_RU_CASUALTY = UK_RU_KILLED + UK_RU_WOUNDED + UK_RU_HOSPITALISED
UK_RU_ALL = UK_RU_CASUALTY + UK_RU_INTERCEPT + UK_RU_WEAPON + UK_RU_RUNNING

# every word either reader needs: a text holding none of them gives no figure in any language
ANY_FIGURE = tuple(dict.fromkeys(EN_KIND + UK_RU_ALL))

# the words of a week: a report whose first sentence holds one is of a week, and its week's
# sums are its own figures (elsewhere they recall the week's other days; see
# facts._Recall.weekly and facts_uk_ru._weekly)
WEEK_STEMS = ("week", "тижд", "тижн", "недел", "седмиц")
