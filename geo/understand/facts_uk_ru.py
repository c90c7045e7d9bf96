"""Headline numbers of Ukrainian and Russian reports: killed, wounded, drones, missiles,
intercepted.

A sentence is read as a list of tokens. Figures are numerals in digits or words in any case
and gender ("двох", "п'ятьох", "пятерых", "двадцять п'ять", "десяток"), collective numerals
("четверо", "трое") and people counted from the words that name them ("загинула жінка" is
one killed, "мужчина и несовершеннолетний" two wounded, "жінок 61 і 70 років" two).
Numerals, people and modifiers are told by their pymorphy3 readings
(:func:`geo.language.morphology.analyse`).

- Casualties: a count next to a word of dying or being hurt, before it ("двоє загинули",
  "14 постраждалих") or after it ("поранення дістали четверо людей"). A headline's or a
  summing sentence's count ("загалом", "за добу", "наразі відомо") wins over the others; an
  update ("кількість постраждалих зросла до 14", "згодом", "оновлено") wins over all. With
  neither, counts for different places (lines, or sentences opening with a place) are added
  up, while the smaller counts told of one place are parts of its largest; people described
  one by one with their ages count only where no other count is given. "Один із поранених
  помер" moves one from the wounded to the killed.
- "No one was hurt" statements ("ніхто не постраждав", "пострадавших нет") give
  ``killed`` and ``wounded`` 0 when the report states no casualty figure, and ``wounded`` 0
  when it states only the killed. A statement about one site ("там", "среди жителей")
  among several does not.
- Weapons: a count of drones, missiles or air targets is intercepted when a verb of
  shooting down governs it ("збито 29 БпЛА", "сбиты четыре беспилотника") and launched when
  a verb of attacking or launching does ("атакували 48 ударними БпЛА"); "12 із 30" gives 12
  intercepted of 30 launched. Intercepted drones and missiles are added up; a list of
  counts per region ("над X – 5, над Y – 3") is summed.
- Not counts: ages ("52-річний", "мужчина 45 лет"), years and dates ("14 вересня",
  "1961 року народження"), times, model numbers ("Х-101", "Shahed-136"), captions and
  links to other articles ("Фото:", "Читайте також"), and figures of earlier attacks recalled
  in the text ("раніше", "минулого тижня", "ранее", "как сообщалось").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache, reduce
from itertools import accumulate, compress, count, repeat
from operator import attrgetter, itemgetter, or_
from typing import NamedTuple, cast

from geo.language.cyrillic import KILLED_STEMS, RESIDENT_STEMS
from geo.language.morphology import Analysis, analyse, may_be_locative
from geo.language.text import (
    LINE_BULLETS,
    MONTHS_UK_RU,
    WordMemo,
    alternation,
    hint_words,
    house_number,
    opens_line,
    sentence_spans,
    shares_holding,
)
from geo.patterns import compiled
from geo.understand import figure_words

__all__ = [
    "NUMERAL_STEMS",
    "extract_facts_blanked",
    "extract_facts_uk_ru",
    "may_state_casualties",
    "numeral_value",
]


def _words(text: str) -> frozenset[str]:
    """The set of the space-separated words of ``text``."""
    return frozenset(text.split())


class _WordTest(dict[str, bool]):
    """The answer of ``test`` for each word, worked out once per word and kept: the same
    tokens recur from sentence to sentence and report to report, and a dict look-up is far
    cheaper than a regex match. Emptied when it holds ``limit`` words.

    Examples
    --------
    >>> starts_two = _WordTest(re.compile("дв").match)
    >>> starts_two["двоє"], starts_two["троє"]
    (True, False)
    """

    __slots__ = ("limit", "test")

    def __init__(self, test: Callable[[str], object], limit: int = 50_000) -> None:
        super().__init__()
        self.test = test
        self.limit = limit

    def __missing__(self, word: str) -> bool:
        if len(self) >= self.limit:
            self.clear()
        found = self[word] = bool(self.test(word))
        return found


_MATCHERS: dict[tuple[str, int], _WordTest] = {}


def _matcher(pattern: re.Pattern[str]) -> _WordTest:
    """Whether ``pattern`` matches at the start of a word, per word (a :class:`_WordTest`
    made once per pattern). Kept by the pattern's text and flags: a compiled pattern is
    hashed from its whole compiled code at each look-up, a string from its kept hash."""
    key = (pattern.pattern, pattern.flags)
    found = _MATCHERS.get(key)
    if found is None:
        found = _MATCHERS[key] = _WordTest(pattern.match)
    return found


# ---------------------------------------------------------------------------------------
# Numerals

_NUMERALS: dict[str, int] = {
    # Ukrainian lemmas
    "один": 1, "два": 2, "обидва": 2, "обоє": 2, "три": 3, "чотири": 4, "п'ять": 5,
    "шість": 6, "сім": 7, "вісім": 8, "дев'ять": 9, "десять": 10, "одинадцять": 11,
    "дванадцять": 12, "тринадцять": 13, "чотирнадцять": 14, "п'ятнадцять": 15,
    "шістнадцять": 16, "сімнадцять": 17, "вісімнадцять": 18, "дев'ятнадцять": 19,
    "двадцять": 20, "тридцять": 30, "сорок": 40, "п'ятдесят": 50, "шістдесят": 60,
    "сімдесят": 70, "вісімдесят": 80, "дев'яносто": 90, "сто": 100, "двісті": 200,
    "триста": 300, "чотириста": 400, "п'ятсот": 500, "шістсот": 600, "сімсот": 700,
    "вісімсот": 800, "дев'ятсот": 900,
    "двоє": 2, "троє": 3, "четверо": 4, "п'ятеро": 5, "шестеро": 6, "семеро": 7,
    "восьмеро": 8, "дев'ятеро": 9, "десятеро": 10,
    # Russian lemmas
    "оба": 2, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9,
    "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14,
    "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18,
    "девятнадцать": 19, "двадцать": 20, "тридцать": 30, "пятьдесят": 50,
    "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80, "девяносто": 90, "двести": 200,
    "четыреста": 400, "пятьсот": 500, "шестьсот": 600, "семьсот": 700,
    "восемьсот": 800, "девятьсот": 900,
    "двое": 2, "трое": 3, "пятеро": 5, "девятеро": 9,
    # both: words that multiply what comes before them
    "десяток": 10, "сотня": 100, "тисяча": 1000, "тысяча": 1000,
}  # fmt: skip
_COLLECTIVE = _words(
    "двоє обоє троє четверо п'ятеро шестеро семеро восьмеро дев'ятеро десятеро "
    "двое трое пятеро девятеро"
)
_MULTIPLIERS = frozenset(("десяток", "сотня", "тисяча", "тысяча"))
# Forms pymorphy3 reads only as other words ("сорока", a magpie)
_NUMERAL_FORMS = {"сорока": 40, "сорок": 40, "ста": 100}
# Only words starting so can be numerals: the check that spares a dictionary look-up.
NUMERAL_STEMS = ("од", "дв", "об", "тр", "чот", "чет", "п'ят", "пят", "шіс", "шес", "шест", "сім",
                 "сем", "віс", "вос", "дев", "дес", "сор", "ст", "сот", "тис", "тыс")  # fmt: skip
"""How every word :func:`numeral_value` reads starts (lower case, apostrophe ``'``)."""
_NUMERAL_STEM = compiled(rf"^(?:{'|'.join(NUMERAL_STEMS)})")
_APPROX = _words(
    "понад більше більш близько майже приблизно орієнтовно около более свыше почти примерно порядка"
)
_AT_LEAST = _words("щонайменше принаймні мінімум щонайбільше минимум")
# Words a number (with its qualifier of about or more than) may start at: digits, those
# qualifiers and the words of :data:`_NUMERAL_STEM`; per word, see :class:`_WordTest`.
_NUMERAL_WORD = _matcher(_NUMERAL_STEM)
_COUNT_START = _WordTest(lambda w: w.isdecimal() or w in _APPROX or _NUMERAL_STEM.match(w))
_NOT_COUNT_AFTER = frozenset(MONTHS_UK_RU) | _words(
    "року рік роки років р г рр гг год года лет годов годин годину години хв хвилин "
    "часов часа минут мин км м кв га т тонн тонни тис тыс млн млрд грн руб доларів "
    "долларов відсотків процентов % метрів метров кілометрів километров"
)
_AGE_WORDS = _words("років роки рік року лет года год р г")


class _Tok(NamedTuple):
    text: str  # lower case, apostrophes made plain
    start: int
    end: int


class _Num(NamedTuple):
    value: int
    end: int  # index of the token after the numeral
    approx: bool
    collective: bool


@lru_cache(maxsize=4096)
def numeral_value(word: str, lang: str) -> tuple[int, bool, bool] | None:
    """The value of one numeral word of Ukrainian or Russian, in any case and gender.

    Parameters
    ----------
    word : str
        One word, lower case, with a plain apostrophe (``п'ятьох``).
    lang : {"uk", "ru"}
        The dictionary to read it with.

    Returns
    -------
    tuple of (int, bool, bool) or None
        The value, whether the word is a collective numeral (``четверо``, ``пятерых``),
        and whether it is the plural of a multiplying noun (``десятки``, ``сотні``: "tens
        of", no count by itself); None when the word is no numeral.

    Examples
    --------
    >>> numeral_value("двох", "uk"), numeral_value("пятерых", "ru")
    ((2, False, False), (5, True, False))
    """
    if not _NUMERAL_WORD[word]:
        return None
    if word in _NUMERALS:
        return _NUMERALS[word], word in _COLLECTIVE, False
    for a in analyse(word, lang):
        if a.lemma in _NUMERALS and a.pos in ("NUMR", "ADJF", "NOUN", "ADVB"):
            collective = a.lemma in _COLLECTIVE or "Coll" in a.grammemes
            vague = a.lemma in _MULTIPLIERS and "plur" in a.grammemes
            return _NUMERALS[a.lemma], collective, vague
        cardinal = a.lemma[:-3] + "ь"  # "чотирнадцятеро": "чотирнадцять"
        if a.pos == "NUMR" and a.lemma.endswith("еро") and cardinal in _NUMERALS:
            return _NUMERALS[cardinal], True, False
    if word in _NUMERAL_FORMS:
        return _NUMERAL_FORMS[word], False, False
    return None


def _digits_count(toks: list[_Tok], i: int, sent: str) -> bool:
    """Whether the digits of token ``i`` may be a count: not part of a model number, time,
    date, decimal, unit or address (``Х-101``, ``02:40``, ``22.10``, ``14 вересня``, ``вул.
    Сумська, 12``)."""
    t = toks[i]
    before = sent[t.start - 1] if t.start > 0 else " "
    after = sent[t.end] if t.end < len(sent) else " "
    if before.isalnum() or before in "-/.:№#,+" or after.isalpha() or after in "-/%":
        return False
    if after == ":" and sent[t.end + 1 : t.end + 2].isdecimal():
        return False  # "02:40"; not "зросла до 12: у Сумах – 8"
    if house_number(sent, t.start):  # "на вул. Сумській, 12 поранено двох людей"
        return False
    if after in ".," and sent[t.end + 1 : t.end + 2].isdecimal():
        return False
    return not (i + 1 < len(toks) and toks[i + 1].text in _NOT_COUNT_AFTER)


_MAX_DIGITS = 9  # a count has at most this many digits


def _numeral_at(toks: list[_Tok], i: int, lang: str, sent: str) -> _Num | None:
    """A numeral without qualifiers starting at token ``i``: digits, or number words that
    compose (``двадцять п'ять``, ``дві тисячі``, ``два десятки``)."""
    t = toks[i].text
    if t.isdecimal():
        if len(t) > _MAX_DIGITS or not _digits_count(toks, i, sent):
            return None  # a phone number or a run of digits is no count
        return _Num(int(t), i + 1, False, False)
    total = current = 0
    last = 0
    collective = False
    k = i
    while k < len(toks):
        read = numeral_value(toks[k].text, lang)
        if read is None:
            break
        v, coll, vague = read
        if toks[k].text not in ("десять", "сто") and _is_multiplier(toks[k].text, lang):
            if current == 0 and vague:
                return None  # "десятки", "сотні": tens, hundreds of
            current = max(current, 1) * v
            if v >= 1000:
                total, current = total + current, 0
        elif (
            k == i
            or (last >= 20 and last % 10 == 0 and v < 10)
            or (last >= 100 and last % 100 == 0 and v < 100)
        ):
            current += v
        else:
            break
        collective = collective or coll
        last = v
        k += 1
    if k == i:
        return None
    if k < len(toks) and toks[k].text in _NOT_COUNT_AFTER:
        return None
    return _Num(total + current, k, False, collective)


@lru_cache(maxsize=1024)
def _is_multiplier(word: str, lang: str) -> bool:
    """Whether a numeral word multiplies the one before it ("два десятки", "дві тисячі")."""
    return any(a.lemma in _MULTIPLIERS for a in analyse(word, lang))


def _number(toks: list[_Tok], i: int, lang: str, sent: str) -> _Num | None:
    """A numeral with the qualifiers before it (``щонайменше``, ``более чем``) at token
    ``i``; qualifiers of about or more than make the figure approximate."""
    approx = False
    k = i
    n = len(toks)
    while k < n:
        t = toks[k].text
        if t in _APPROX:
            approx = True
            k += 1
        elif t in _AT_LEAST:
            k += 1
        elif t == "не" and k + 1 < n and toks[k + 1].text in ("менше", "менш", "менее"):
            k += 2
        elif t == "по" and k + 2 < n and toks[k + 1].text == "меньшей":
            k += 3
        elif t in ("ніж", "чем", "як") and k > i:
            k += 1
        else:
            break
    if k >= n:
        return None
    num = _numeral_at(toks, k, lang, sent)
    if num is None or not approx:
        return num  # a numeral is read as exact
    return _new_tuple(_Num, (num.value, num.end, True, num.collective))


def _may_begin(word: str, lang: str) -> bool:
    """False when :func:`_number` surely reads no number at a token ``word``: it reads one
    only at digits, a qualifier ("понад", "не менше", "по меньшей мере") or a numeral word
    of ``lang``."""
    return (
        word.isdecimal()
        or word in _APPROX
        or word in _AT_LEAST
        or word in ("не", "по")
        or numeral_value(word, lang) is not None
    )


@lru_cache(maxsize=16)
def _numbers_begin(lang: str) -> _WordTest:
    """:func:`_may_begin` of each word, in ``lang`` (see :class:`_WordTest`)."""
    return _WordTest(lambda w: _may_begin(w, lang))


def _number_ending(toks: list[_Tok], end: int, lang: str, sent: str) -> tuple[_Num, int] | None:
    """A number whose last token is ``end - 1``, with the index of its first token."""
    begins = _numbers_begin(lang)
    for start in range(max(0, end - 4), end):
        if not begins[toks[start].text]:
            continue  # no number starts there
        num = _number(toks, start, lang, sent)
        if num is not None and num.end == end:
            return num, start
    return None


# ---------------------------------------------------------------------------------------
# People

_PERSON_LEMMAS = _words(
    # Ukrainian
    "людина люди люда особа чоловік жінка дитина діти хлопець хлопчик дівчина дівчинка "
    "підліток немовля малюк пенсіонер пенсіонерка мешканець мешканка житель жителька "
    "містянин містянка водій працівник працівниця співробітник співробітниця рятувальник "
    "рятувальниця медик лікар військовослужбовець пасажир пасажирка енергетик залізничник "
    "охоронець фермер волонтер журналіст син донька дочка онук онука батько мати дід "
    "дідусь бабуся юнак студент студентка школяр школярка пожежник громадянин громадянка "
    "дружина брат сестра батьки подружжя племінник племінниця сусід сусідка "
    # the trades of those a strike hurts at work
    "робітник робітниця слюсар електрик електромонтер монтер кухар продавець продавчиня "
    "вчитель вчителька учитель учителька медсестра фельдшер лікарка прикордонник "
    "тракторист машиніст агроном таксист листоноша сторож двірник комунальник "
    "прибиральниця диспетчер диспетчерка операторка інженер священник "
    "поліцейський військовий цивільний пожежний місцевий дорослий неповнолітній "
    "інший другий другой "  # (see _ADJ_PERSONS)
    # Russian
    "человек мужчина женщина ребёнок ребенок дети подросток девушка девочка мальчик юноша "
    "младенец пенсионер пенсионерка жительница горожанин горожанка водитель сотрудник "
    "сотрудница работник рабочий спасатель врач военнослужащий пассажир сын дочь внук "
    "внучка отец бабушка дедушка энергетик железнодорожник охранник гражданин гражданка "
    "школьник школьница студент пожарный полицейский военный мирный несовершеннолетний "
    "взрослый местный жена муж супруг супруга брат сестра родитель супруги племянник "
    "племянница сосед соседка "
    "слесарь электрик электромонтер монтер повар продавец продавщица учитель учительница "
    "медсестра фельдшер пограничник тракторист машинист агроном таксист почтальон сторож "
    "дворник коммунальщик уборщица диспетчер инженер священник"
)
# Adjectives that name people only when no noun follows ("цивільних" alone, not
# "цивільних об'єктів")
_ADJ_PERSONS = _words(
    "поліцейський військовий цивільний пожежний місцевий дорослий неповнолітній рабочий "
    "пожарный полицейский военный мирный несовершеннолетний взрослый местный "
    # the other of people told of: "одного живим передали медикам, інший загинув"
    "інший другий другой"
)
_POSSESSIVES = _words(
    "її його їх ее его их свій своя свою свого своего своей свои "
    # "двох наших працівників", "трое наших сотрудников"
    "наших наші нашим наших наши нашими ваших ваши "
    "їхню їхня їхній їхнього їхніх їхні "  # "та їхню бабусю"
    "інших інші іншими іншим"  # "два інших дрони" (the dictionary reads no adjective)
)
_SKIP_BEFORE = _words(
    "ще також вже уже еще также ещё теж тоже було були був була был была были ж же"
)
_AND = frozenset(("і", "й", "та", "и"))
# the prepositions of where: a bare count of people may end before one ("загинули 2 у
# Сумах", "погиб один в Шебекино"), a town in the locative stands after one
_IN = frozenset(("в", "у", "во", "на"))
_PARTITIVE = frozenset(("із", "з", "зі", "из", "со", "серед", "среди"))
_AGE_ADJ = compiled(r"^\d+-\w+$|річн|летн")


_NAME_TAGS = frozenset(("Name", "Surn", "Patr", "UNKN"))


class _Person(NamedTuple):
    plural: bool
    adjective: bool


@lru_cache(maxsize=8192)
def _person(word: str, lang: str) -> _Person | None:
    """Whether a word names a person or people, and in which number."""
    if not word[:1].isalpha():
        return None
    readings = analyse(word, lang)
    for a in readings[:4]:
        if a.lemma in _PERSON_LEMMAS:
            plural = "plur" in a.grammemes or a.lemma in ("люди", "люда", "дети", "діти")
            return _Person(plural, a.lemma in _ADJ_PERSONS)
    # any other animate noun the dictionary knows: "правоохоронців", "энергетики"
    a = readings[0] if readings else None
    if (
        a is not None
        and a.pos == "NOUN"
        and "anim" in a.grammemes
        and not a.grammemes & _NAME_TAGS
        and not _DRONE.match(a.lemma)
    ):
        return _Person("plur" in a.grammemes, False)
    if lang == "uk":
        for ending, lemma_ending in _UK_DATIVES:
            if word.endswith(ending) and word[: -len(ending)] + lemma_ending in _PERSON_LEMMAS:
                return _Person(False, False)
    return None


# Ukrainian datives of people the dictionary reads as other words ("людині", "мешканцю",
# "хлопчикові", "дідусеві"): the ending, and the nominative's in its place
_UK_DATIVES = (("ові", ""), ("еві", "ь"), ("цю", "ець"), ("ині", "ина"))


@lru_cache(maxsize=8192)
def _pos(word: str, lang: str) -> str | None:
    """The part of speech of the word's best reading."""
    readings = analyse(word, lang)
    return readings[0].pos if readings else None


@lru_cache(maxsize=8192)
def _is_modifier(word: str, lang: str, any_reading: bool = False) -> bool:
    """An adjective, participle, possessive or age word before a noun: by the word's first
    reading, or with ``any_reading`` by any of them (before a weapon noun: "141 ударним
    БпЛА", where the dictionary reads "ударним" first as the noun "ударне")."""
    if word in _POSSESSIVES or _AGE_ADJ.search(word):
        return True
    if not word[:1].isalpha():
        return False
    readings = analyse(word, lang)
    if any_reading:
        return any(r.pos in ("ADJF", "PRTF") for r in readings)
    return bool(readings) and readings[0].pos in ("ADJF", "PRTF")


def _person_head(toks: list[_Tok], k: int, lang: str) -> _Person | None:
    """The person word at ``k``, unless it is an adjective with a noun of its own after it."""
    p = _person(toks[k].text, lang)
    if p is None or not p.adjective:
        return p
    if k + 1 < len(toks):
        nxt = toks[k + 1].text
        if _person(nxt, lang) is not None:
            return None  # "цивільний мешканець": the noun after is the head
        if _pos(nxt, lang) == "NOUN":
            return None  # "цивільних об'єктів"
    return p


def _ages_after(toks: list[_Tok], k: int) -> tuple[tuple[str, ...], int]:
    """The ages that follow a person noun at ``k`` ("61 і 70 років", "(45 лет)",
    "1961 року народження"), and the index after them."""
    n = len(toks)
    j = k
    if j < n and toks[j].text in (",", "(", "—", "–"):
        j += 1
    ages: list[str] = []
    while j < n and toks[j].text.isdecimal():
        ages.append(toks[j].text)
        j += 1
        joined = j + 1 < n and (toks[j].text in _AND or toks[j].text == ",")
        if joined and toks[j + 1].text.isdecimal():
            j += 1
            continue
        break
    if ages and j < n and toks[j].text in _AGE_WORDS:
        j += 1
        if j < n and toks[j].text in ("народження", "рождения"):
            j += 1
        elif j + 1 < n and toks[j].text == "." and toks[j + 1].text in ("р", "н"):
            j += 2  # "1978 г.р.", "1961 р.н.": the year of birth abbreviated
            if j < n and toks[j].text == ".":
                j += 1
        if j < n and toks[j].text == ")":
            j += 1
        return tuple(ages), j
    return (), k


def _ages_before(toks: list[_Tok], k: int) -> tuple[tuple[str, ...], int]:
    """The ages that end at token ``k`` after a person noun ("мужчина 45 лет", "чоловік
    1961 р.н.", "женщина 1958 года рождения"), and the index before them."""
    k = _past_birth_year(toks, k)
    if k < 1 or toks[k].text not in _AGE_WORDS or not toks[k - 1].text.isdecimal():
        return (), k
    j = k - 1
    ages: list[str] = []
    while j >= 0 and toks[j].text.isdecimal():
        ages.append(toks[j].text)
        j -= 1
        if (
            j >= 1
            and (toks[j].text in _AND or toks[j].text == ",")
            and toks[j - 1].text.isdecimal()
        ):
            j -= 1
            continue
        break
    if j >= 0 and toks[j].text in (",", "("):
        j -= 1
    return tuple(ages), j


def _past_birth_year(toks: list[_Tok], k: int) -> int:
    """The year word of a year of birth that ends at token ``k`` ("1961 р.н.", "1958 г. р.",
    "1980 року народження"), which :func:`_ages_before` reads as an age's; ``k`` when none
    ends there."""
    if k >= 1 and toks[k].text in ("народження", "рождения") and toks[k - 1].text in _AGE_WORDS:
        return k - 1
    j = k - 1 if k >= 0 and toks[k].text == "." else k  # "р.н." or "р.н"
    if (
        j >= 2
        and toks[j].text in ("н", "р")
        and toks[j - 1].text == "."
        and toks[j - 2].text in ("р", "г")
        and j >= 3
        and toks[j - 3].text.isdecimal()
    ):
        return j - 2
    return k


def _age_of(word: str) -> str | None:
    """The age an adjective gives ("48-річного": "48", "шестилетний": "шестил")."""
    if not _AGE_ADJ.search(word):
        return None
    digits = word.split("-", 1)[0]
    return digits if digits.isdecimal() else word[:6]


def _modifies_person(toks: list[_Tok], k: int, lang: str) -> bool:
    """Whether token ``k`` is a modifier of the person word it stands before: by its first
    reading, or by any right before a person ("цивільного чоловіка", which the dictionary
    reads first as the noun "цивільне")."""
    word = toks[k].text
    if _is_modifier(word, lang):
        return True
    return (
        k + 1 < len(toks)
        and _is_modifier(word, lang, any_reading=True)
        and _person(toks[k + 1].text, lang) is not None
    )


class _Count(NamedTuple):
    value: int | None
    end: int
    ages: tuple[str, ...]  # people described one by one, with their ages
    more: bool = False  # "ще двоє": more than those counted before


_MORE = frozenset(("ще", "еще", "ещё"))
# A word of harm after a count: the count is its subject, not part of a list before it
_HARM_WORD = compiled(
    r"^(?:загин|загибл|погиб|помер|умер|скончал|поранен|ранен|постражд|пострада|травм|"
    r"потерпіл|вбит|убит|дістал|отримал|получил|зазнал)"
)
_COUPLE = frozenset(("подружжя",))


def _person_item(toks: list[_Tok], j: int, lang: str, sent: str, bare: bool) -> _Count | None:
    """One counted item of people at token ``j``: "четверо людей", "48-річного чоловіка",
    "чоловіки 40 і 47 років", "двоє"."""
    n = len(toks)
    k = j
    num = _number(toks, k, lang, sent) if k < n else None
    if num is not None:
        k = num.end
        if k < n and toks[k].text in _PARTITIVE:
            return None  # "один із поранених"
    ages: list[str] = []
    mods = 0
    while k < n and mods < 3 and _person_head(toks, k, lang) is None:
        if not _modifies_person(toks, k, lang) or _HARM_WORD.match(toks[k].text):
            break
        age = _age_of(toks[k].text)
        if age:
            ages.append(age)
        k += 1
        mods += 1
    p = _person_head(toks, k, lang) if k < n else None
    if p is None:
        if num is None:
            return None
        ends = (
            k >= n or not toks[k].text[:1].isalnum() or toks[k].text in _AND or toks[k].text in _IN
        )
        if num.collective or (bare and mods == 0 and ends):
            return _Count(num.value, k, tuple(ages))
        return None
    couple = toks[k].text in _COUPLE
    listed, k = _ages_after(toks, k + 1)
    ages.extend(listed)
    if num is not None:
        return _Count(num.value, k, tuple(ages))
    if couple:
        return _Count(2, k, tuple(ages))
    if p.plural:
        return _Count(len(listed) or None, k, tuple(ages))
    return _Count(1, k, tuple(ages))


# livestock and animals counted after a word of harm: no casualties (whole words)
_ANIMALS = frozenset(
    ("корів", "корови", "коров", "свиней", "свиньи", "свині", "кіз", "коз", "курей", "кур",
     "овець", "овец", "тварин", "животных", "птиці", "птицы", "бджолосімей", "пчелосемей",
     "собака", "собаки", "собак", "собаку", "пес", "пса", "кішка", "кішки", "кіт", "кота",
     "кошка", "кошки", "кошек", "корова", "коня", "коні", "коней", "лошадь", "лошади",
     "лошадей", "тварина", "животное", "животные",
     # (in the instrumental, a companion: "жінку з собакою")
     "собакою", "собакой", "псом", "котом", "кішкою", "кошкой", "твариною", "животным")
)  # fmt: skip
_HEADS_OF = frozenset(("голів", "голов"))  # "20 голов скота", "голів худоби"
_CATTLE = ("худоб", "скот", "великої", "крупного")


def _animals(toks: list[_Tok], start: int, end: int) -> bool:
    """Whether tokens ``start`` to ``end`` (the count read and the word after it) name
    animals: "12 корів", "20 голов скота" (not "двоє голів громад")."""
    for k in range(start, min(end + 1, len(toks))):
        word = toks[k].text
        if word in _ANIMALS:
            return True
        if word in _HEADS_OF and k + 1 < len(toks) and toks[k + 1].text.startswith(_CATTLE):
            return True
    return False


def _people_after(toks: list[_Tok], j: int, lang: str, sent: str, head: str = "") -> _Count | None:
    """People named after a word of harm (``head``, when known): items joined by "і", "и",
    "та" or commas."""
    n = len(toks)
    more = False
    while j < n and toks[j].text in _SKIP_BEFORE:
        more = more or toks[j].text in _MORE
        j += 1
    first = _person_item(toks, j, lang, sent, bare=True)
    while first is not None and first.value is not None and _animals(toks, j, first.end):
        # "загинуло 12 корів": livestock, not people; the people may follow ("15 корів і 2
        # людини")
        j = first.end + 1
        if j >= n or not (toks[j - 1].text in _AND or toks[j - 1].text == ","):
            return None
        first = _person_item(toks, j, lang, sent, bare=False)
    if first is None or first.value is None:
        return None
    total, ages, k = first.value, list(first.ages), _past_age_stop(toks, first.end)
    k = _past_apposition(toks, k)  # "двох дітей — хлопчиків 9 і 13 років — та їхню бабусю"
    k = _past_genitive(toks, k, lang)  # "слюсаря місцевого підприємства і двох пенсіонерок"
    # "двое мирных жителей, мужчина 1978 г.р. и женщина 1984 г.р.": a group of people, then
    # the same people one by one after a comma
    group = (
        total > 1
        and k < n
        and toks[k].text == ","
        and any(toks[t].text.startswith(_GROUP_NOUNS) for t in range(j, k))
    )
    comma = None  # the count as it stood at the list's last comma
    while k + 1 < n and (
        toks[k].text in _AND
        or toks[k].text == ","
        or (toks[k].text in _WITH and _instrumental(toks[k + 1].text, lang))
    ):  # (and "батько з донькою", "мать с ребёнком": two people)
        if toks[k].text == "," and total == 1 and _singular(head) and not _and_ahead(toks, k):
            break  # "Ранена его супруга, матушка Людмила": one person, named again
        if toks[k].text == "," and comma is None:
            comma = (total, len(ages), k)
        nxt = k + 1
        if toks[nxt].text in ("ще", "еще", "ещё", "також", "также", "а") or (
            toks[k].text == "," and toks[nxt].text in _BOTH
        ):
            break  # (and "чоловік і дружина, обоє пенсійного віку": the same two)
        item = _person_item(toks, nxt, lang, sent, bare=False)
        if item is None or item.value is None or _animals(toks, nxt, item.end):
            break  # (not "2 людини і 15 корів": livestock)
        if item.end < n and (
            _HARM_WORD.match(toks[item.end].text)
            or toks[item.end].text.lower().startswith(_PARTS_OF_HURT)  # ("госпіталізовані")
            or _pos(toks[item.end].text, lang) in ("VERB", "PRTS")
        ):
            verb = toks[item.end].text
            if (
                toks[k].text in _AND
                and not _other_harm(head, verb)
                and not _new_subject(head, verb)
            ):
                # the list's last item and the list's own verb: "Загинули чоловік, жінка та
                # дитина опинилися під завалами", "Ранены мужчина, женщина и ребенок
                # госпитализированы"
                total += item.value
                ages.extend(item.ages)
                k = item.end
            elif comma is not None and toks[k].text in _AND:
                # "погиб мужчина, женщина и ребенок ранены", "загинув чоловік, жінка та дитина
                # перебувають у лікарні": the other clause's subject began at the first comma
                total, k = comma[0], comma[2]
                del ages[comma[1] :]
            break  # "..., двоє поранені": the start of another clause
        total += item.value
        ages.extend(item.ages)
        k = _past_age_stop(toks, item.end)
        group = group and item.value == 1  # (each one person)
    if group and total == 2 * first.value:
        total = first.value  # the group told again one by one
    return _Count(total, k, tuple(ages), more)


_BOTH = frozenset(("оба", "обе", "обоє", "обидва", "обидві"))


def _singular(verb: str) -> bool:
    """Whether a word of harm is told of one person ("ранена", "загинув", "пострадал"; not
    "ранены", "загинули", nor the impersonal "поранено")."""
    return bool(verb) and not verb.endswith(_NOT_ONE_ENDINGS)


def _and_ahead(toks: list[_Tok], k: int) -> bool:
    """Whether "і", "и" or "та" joins a list within the few tokens after the comma at ``k``,
    before its clause ends."""
    for t in toks[k + 1 : k + 9]:
        if t.text in _AND:
            return True
        if t.text in (".", ":", ";", "—", "–", "!"):
            return False
    return False


_WITH = frozenset(("з", "із", "зі", "с", "со"))
_KILLED_STARTS = (*KILLED_STEMS, "помер", "умер", "скончал")  # (a word of death's start)


_PLURAL_ENDINGS = ("ли", "і", "ны", "ые", "ие", "их", "іх", "ють", "ять", "уть", "ать", "ют", "ят")
_PLURAL_ENDINGS += ("ут", "ат")
_IMPERSONAL_ENDINGS = ("но", "то")  # "поранено", "ранено": the people are its object
_NOT_ONE_ENDINGS = _PLURAL_ENDINGS + _IMPERSONAL_ENDINGS  # see _singular


def _new_subject(head: str, verb: str) -> bool:
    """Whether a plural ``verb`` after a list that a singular word of harm ``head`` opens
    makes the list's later items the subject of a clause of their own ("Загинув чоловік,
    жінка та дитина перебувають у лікарні")."""
    low = head.lower()
    if not low or low.endswith(_PLURAL_ENDINGS + _IMPERSONAL_ENDINGS):
        return False
    verb = verb.lower()
    if verb.endswith(("ся", "сь")):  # "находятся"
        verb = verb[:-2]
    return verb.endswith(_PLURAL_ENDINGS)


def _other_harm(head: str, verb: str) -> bool:
    """Whether ``verb``, after a list of people that a word of harm ``head`` opens, tells
    another harm than ``head`` (death against hurt, taken to hospital: "погиб ..., ребенок
    ранены", "загинула жінка і двоє госпіталізовані"); True when ``head`` is not known and
    ``verb`` tells a harm."""
    low = verb.lower()
    if not (_HARM_WORD.match(low) or low.startswith(_PARTS_OF_HURT)):
        return False  # the list's own verb: "перебувають", "находились"
    if not head:
        return True
    return head.lower().startswith(_KILLED_STARTS) != low.startswith(_KILLED_STARTS)


def _instrumental(word: str, lang: str) -> bool:
    """Whether ``word`` may be in the instrumental case ("донькою", "ребёнком", "двома")."""
    return word[:1].isalpha() and any(a.case == "ablt" for a in analyse(word, lang)[:3])


def _past_age_stop(toks: list[_Tok], k: int) -> int:
    """The token after the full stop of an age's abbreviation at ``k`` ("чоловік 62 р. та
    жінка 65 р."), when "і", "та", "и" or a comma follows it; ``k`` otherwise."""
    if (
        k + 1 < len(toks)
        and toks[k].text == "."
        and toks[k - 1].text in _AGE_ABBREVIATIONS
        and (toks[k + 1].text in _AND or toks[k + 1].text == ",")
    ):
        return k + 1
    return k


_AGE_ABBREVIATIONS = frozenset(("р", "рр", "г", "гг", "р.н", "г.р"))


def _past_apposition(toks: list[_Tok], k: int) -> int:
    """The token after an apposition set off by dashes at ``k`` ("— хлопчиків 9 і 13 років
    —"), when "і", "та", "и" or a comma follows it and the list goes on; ``k`` otherwise."""
    n = len(toks)
    if k >= n or toks[k].text not in ("—", "–"):
        return k
    for j in range(k + 1, min(n, k + 10)):
        if toks[j].text in ("—", "–"):
            return (
                j + 1 if j + 1 < n and (toks[j + 1].text in _AND or toks[j + 1].text == ",") else k
            )
        if toks[j].text in (".", ";", ":"):
            return k
    return k


def _past_genitive(toks: list[_Tok], k: int, lang: str) -> int:
    """The token after the words in the genitive that tell whose a person is, from ``k``
    ("слюсаря місцевого підприємства", "працівника ринку"), when "і", "та", "и" follows them
    and another person after it; ``k`` otherwise."""
    n = len(toks)
    for j in range(k, min(n, k + _GENITIVE_REACH + 1)):
        t = toks[j].text
        if t in _AND:
            return j if j > k and j + 1 < n and _person_item_starts(toks, j + 1, lang) else k
        if not t.isalpha():
            return k
        readings = analyse(t, lang)
        if not any("gent" in a.grammemes for a in readings):
            return k
        if _person(t, lang) is not None and not any(a.lemma in _ADJ_PERSONS for a in readings):
            return k  # (another person, not "місцевого" of "місцевого підприємства")
    return k


_GENITIVE_REACH = 3  # the words of whose a person is
_AGE_WORD = compiled(r"^\d+-(?:річн|летн)")  # "5-річного", "10-летнего"


def _person_item_starts(toks: list[_Tok], k: int, lang: str) -> bool:
    """Whether a person or a count of people starts at token ``k`` (after a possessive: "його
    сина")."""
    if toks[k].text in _POSSESSIVES and k + 1 < len(toks):
        k += 1
    if _AGE_WORD.match(toks[k].text) and k + 1 < len(toks):
        k += 1  # "та її 5-річного сина"
    t = toks[k].text
    return _person(t, lang) is not None or bool(_numbers_begin(lang)[t])


# the nouns of a group of people whom a list after it may tell one by one
_GROUP_NOUNS = ("жител", "мешкан", "люд", "человек", "осіб", "лиц", "цивіл", "мирн")


def _past_place(toks: list[_Tok], k: int, lang: str) -> int:
    """The token before a place named between people and their word of harm ("11 людей у
    регіоні отримали поранення", "троє у Харкові загинули"), when people or a number stand
    right before it; ``k`` otherwise."""
    if k < 2 or toks[k - 1].text not in _IN:
        return k
    j = k - 2
    while j >= 0 and toks[j].text in _SKIP_BEFORE:
        j -= 1
    if j >= 0 and (_person(toks[j].text, lang) is not None or _NUMBER_START[toks[j].text]):
        return j
    return k


def _people_before(toks: list[_Tok], c: int, lang: str, sent: str) -> _Count | None:
    """People named before a word of harm at token ``c``: "одна людина загинула",
    "двоє поранені", "14 постраждалих", "мужчина 45 лет получил ранения"."""
    k = c - 1
    more = False
    while k >= 0 and (toks[k].text in _SKIP_BEFORE or toks[k].text in _DASHES):
        more = more or toks[k].text in _MORE
        k -= 1
    if k < 0:
        return None
    if toks[c].text.startswith(_HOSPITALISED_STEMS):
        k = _past_injuries(toks, k)  # "Хозяйку, 68-летнюю женщину, с ожогами госпитализировали"
    elif toks[c].text.startswith("переда"):
        while k > 0 and toks[k].text in _ALIVE:
            k -= 1  # "одного живим передали медикам"
    k = _past_place(toks, k, lang)
    listed, k = _ages_before(toks, k)
    ages = list(listed)
    p = _person(toks[k].text, lang) if k >= 0 else None
    if p is not None and k > 0 and toks[k - 1].text in _IN and may_be_locative(toks[k].text, lang):
        p = None  # "в Охтирці поранено": a town in the locative, not "охтирець"
    if p is None and k > 0:
        p, k = _resident_before(toks, k, lang)
    if p is None and k > 0:
        p, k = _member_before(toks, k, lang)
    head = k
    if p is not None:
        k -= 1
    elif listed:
        return None
    mods = 0
    # "один ранен": a number right before the word of harm, which no modifier takes
    found = _number_ending(toks, k + 1, lang, sent) if p is None and k >= 0 else None
    while found is None and k >= 0 and mods < 3 and _is_modifier(toks[k].text, lang):
        age = _age_of(toks[k].text)
        if age:
            ages.append(age)
        k -= 1
        mods += 1
    if found is None:
        found = _number_ending(toks, k + 1, lang, sent) if k >= 0 else None
    if found is not None:
        num, start = found
        if start > 0 and toks[start - 1].text in ("до", "від", "от", "на"):
            return None  # "до 5 людей": not the subject
        if start > 0 and (head_p := _kin_head(toks[start - 1].text, lang)) is not None:
            # "мати двох дітей загинула": the one whose kin are counted
            return None if head_p.plural else _Count(1, c, tuple(ages), more)
        if start > 0 and toks[start - 1].text in ("із", "з", "из") and k + 1 != c:
            return None  # "один із 5 поранених помер": the 5 are the wounded, not the dead
        more = more or (
            start > 0 and toks[start - 1].text in _MORE and not _also(toks, start - 1, c)
        )
        # (and the people listed before the count: "чоловік і дві жінки дістали поранення")
        listed = _listed_before(toks, start, lang, sent) if p is not None else 0
        return _Count(num.value + listed, c, tuple(ages), more)
    if p is not None and (not p.plural or toks[head].text in _COUPLE):
        more = more or (k >= 0 and toks[k].text in _MORE)
        if toks[head].text in _COUPLE:
            return _Count(2, c, tuple(ages), more)
        return _Count(1 + _listed_before(toks, head, lang, sent), c, tuple(ages), more)
    return None


# the rescued handed to medics alive: "одного живим передали медикам"
_ALIVE = frozenset(
    {"живим", "живою", "живого", "живу", "живими", "живих", "живий"}
    | {"живым", "живой", "живую", "живыми", "живых"}
)
# the injuries people were taken to hospital with, and a pronoun for them: "з опіками",
# "с ранениями", "її"
_INJURY_STEMS = ("опік", "ожог", "травм", "ранени", "поранен", "осколк", "поврежден", "ушиб")
_THEM = frozenset(("її", "його", "їх", "её", "ее", "его", "их"))
# an owner's pronoun before kin named after a person: "жінка та її син", "мужчина и его жена"
_THEIR = _THEM | frozenset(("їхня", "їхній", "їхні", "їхнє"))


def _past_injuries(toks: list[_Tok], k: int) -> int:
    """The token before the injuries told right before a word of hospital at ``k + 1`` ("с
    ожогами", "з легкими травмами") and before a pronoun for the people after a comma ("жінку,
    її з опіками госпіталізували"), or ``k`` when none stands there."""
    if k > 0 and toks[k].text.startswith(_INJURY_STEMS):
        for j in (k - 1, k - 2):  # (an adjective between: "з легкими травмами")
            if j >= 0 and toks[j].text in _WITH:
                k = j - 1
                break
    if k > 0 and toks[k].text in _THEM and toks[k - 1].text == ",":
        k -= 2
    elif k >= 0 and toks[k].text == ",":
        k -= 1  # "женщину, с ожогами госпитализировали"
    return k


def _also(toks: list[_Tok], at: int, c: int) -> bool:
    """Whether "ще" at token ``at``, right after a comma, joins its count to one of the
    other kind of harm told before it in the sentence (the word of harm of its own count at
    ``c``), none of its own kind told before it: "1 людина загинула, ще 9 поранено" tells 9
    wounded, not 9 more than others (not "поранено 3, ще 1 загинула, ще 2 поранені": 2
    more)."""
    if at < 1 or toks[at - 1].text != ",":
        return False
    killed = toks[c].text.startswith(_KILLED_STARTS)
    other = False  # (a count of its own kind before, anywhere in the sentence: more than it)
    for t in range(at - 2, -1, -1):
        word = toks[t].text
        if _HARM_WORD.match(word):
            if word.startswith(_KILLED_STARTS) == killed:
                return False
            other = True
    return other


def _listed_before(toks: list[_Tok], head: int, lang: str, sent: str = "") -> int:
    """How many people a list names before the person at token ``head``, the list joined to
    it by "і", "та", "и" (commas between the earlier ones): "Мужчина и женщина получили
    ранения" (one before "женщина"), "Три дівчинки та хлопчик" (three: a count before a
    plural, ``sent`` the sentence's text); none when a word of harm stands before the
    list ("Загинула жінка, чоловік поранений": she is the first verb's; "Погиб мужчина,
    женщина и ребенок ранены": those after its comma)."""
    if head > 1 and toks[head - 1].text in _WITH and _instrumental(toks[head].text, lang):
        # "Женщина с ребёнком ранены", "Жінка з дитиною поранені": the one before "с" too
        before = _person(toks[head - 2].text, lang)
        if before is not None and not before.plural and toks[head].text not in _ANIMALS:
            return 1 + _listed_before(toks, head - 2, lang, sent)
        return 0
    if head > 2 and toks[head - 1].text in _THEIR and toks[head].text not in _ANIMALS:
        head -= 1  # "Двое детей и их мать": kin after an owner's pronoun (not "его собака")
    if head < 2 or toks[head - 1].text not in _AND:
        return 0
    found, j = 0, head - 1
    joined = None  # how many were found before the first comma
    while j >= 1 and (toks[j].text in _AND or (found and toks[j].text == ",")):
        if toks[j].text == "," and joined is None:
            joined = found
        k = _ages_before(toks, j - 1)[1]
        mods = 0
        while (
            k >= 0
            and mods < 2
            and _person(toks[k].text, lang) is None
            and _is_modifier(toks[k].text, lang)
        ):
            k -= 1
            mods += 1
        p = _person(toks[k].text, lang) if k >= 0 else None
        if p is None:
            break
        # "Три дівчинки та хлопчик", "Двое мужчин и женщина": the count before the people
        # joined by "і", "та", "и" (not a group before a comma: "загинули двоє людей,
        # чоловік, жінка та дитина зазнали поранень")
        counted = (
            _number_ending(toks, k, lang, sent) if sent and k > 0 and toks[j].text in _AND else None
        )
        if counted is not None and counted[0].value:
            found += counted[0].value
            j = counted[1] - 1
            continue
        if p.plural:
            break
        found += 1
        j = k - 1
    if found and j >= 0 and _HARM_WORD.match(toks[j].text):
        # "Погиб мужчина, женщина и ребенок ранены": those after the comma; none when no
        # comma parts them
        return joined or 0
    return found


_ASIDE_REACH = 5  # the tokens an aside between commas before a word of harm may hold
_RELATIVE_REACH = 9  # the tokens of an aside that is a relative clause
# the pronouns that open a relative clause about the person before it ("Водій, який віз
# хліб, ...", "Женщина, которая шла на работу, ...")
_RELATIVES = frozenset(
    ("який", "яка", "яке", "які", "котрий", "котра", "который", "которая", "которое", "которые")
)
_CLAUSE_POS = frozenset(("VERB", "PRTS", "INFN"))  # a word of these makes a clause
# the words that open an aside naming some of the people before it ("Трое человек, в том
# числе женщина и её дочь, ранены", "Троє людей, серед них мати та донька, поранені")
_AMONG = frozenset(("серед", "среди", "зокрема", "включаючи", "включая"))


def _among(toks: list[_Tok], k: int) -> bool:
    """Whether token ``k`` opens an aside of some of the people before it: "серед них",
    "в том числе", "у тому числі"."""
    word = toks[k].text
    return word in _AMONG or (
        word in ("в", "у") and k + 1 < len(toks) and toks[k + 1].text in ("том", "тому")
    )


def _past_aside(toks: list[_Tok], k: int) -> int:
    """The dash after an aside between commas at ``k`` (", з урахуванням цієї жінки, –"),
    before the count it parts from its noun; ``k`` when none stands there."""
    if k >= len(toks) or toks[k].text != ",":
        return k
    for j in range(k + 1, min(len(toks) - 1, k + 2 + _ASIDE_REACH)):
        if toks[j].text == ",":
            return j + 1 if toks[j + 1].text in _DASHES else k
    return k


def _aside_subject(toks: list[_Tok], c: int, lang: str, sent: str) -> _Count | None:
    """People named before a word of harm at token ``c`` that an aside parts from it: the
    subject before an aside between dashes ("Ще двоє людей — громадянин Сирії та працівник
    порту, — дістали поранення"), or between commas ("Водій, 46-річний чоловік, отримав
    поранення"), else the people an aside between commas names ("Чоловік, 46 років, отримав
    ...": the aside tells the age only)."""
    if toks[c - 1].text in _DASHES and toks[c - 2].text == ",":
        opened = next((k for k in range(c - 3, 0, -1) if toks[k].text in _DASHES), None)
        return None if opened is None else _people_before(toks, opened, lang, sent)
    if toks[c - 1].text != ",":
        return None
    opened = next(
        (k for k in range(c - 2, max(c - 2 - _RELATIVE_REACH, 0), -1) if toks[k].text == ","),
        None,
    )
    if opened is None or (
        toks[opened + 1].text not in _RELATIVES  # (a relative clause is an aside)
        and not _among(toks, opened + 1)  # (and the people it names among them)
        and (
            c - 2 - opened >= _ASIDE_REACH
            or any(_pos(toks[k].text, lang) in _CLAUSE_POS for k in range(opened + 1, c - 1))
        )
    ):
        return None  # (a clause before, not an aside: "Таким образом, погиб один, ранены")
    got = _people_before(toks, opened, lang, sent)
    return got if got is not None else _people_before(toks, c - 1, lang, sent)


def _joined_subject(toks: list[_Tok], c: int, lang: str, sent: str) -> _Count | None:
    """The people before the first verb of a predicate whose second verb, after "і", "та",
    "и", is the word of harm at token ``c``: "Чоловік потрапив під обстріл і отримав
    поранення", "Наша операторка, яка ..., потрапила під удар і отримала поранення"."""
    if toks[c - 1].text not in _AND:
        return None
    for k in range(c - 2, max(c - 2 - _JOINED_REACH, 0), -1):
        word = toks[k].text
        if not word[:1].isalpha():
            return None  # (the predicate's first part holds no stop or comma)
        if _pos(word.lower(), lang) == "VERB":
            return _people_before(toks, k, lang, sent) or _aside_subject(toks, k, lang, sent)
    return None


_JOINED_REACH = 6  # the tokens from the word of harm back to the predicate's first verb


def _resident_before(toks: list[_Tok], k: int, lang: str) -> tuple[_Person | None, int]:
    """A resident named with the town they are of, right before token ``k`` (the town's
    last word, one or two): "житель Курска", "мешканка Великої Писарівки", "двое жителей
    Шебекино"; the person and their token, else None and ``k``."""
    for j in (k - 1, k - 2):
        if j < 0 or not toks[j + 1].text.isalpha():
            break
        word = toks[j].text
        if _RESIDENT.match(word):
            p = _person(word, lang)
            if p is not None:
                return p, j
    return None, k


_RESIDENT = compiled(alternation(RESIDENT_STEMS))


def _kin_head(word: str, lang: str) -> _Person | None:
    """The person a word before a count names ("мати двох дітей", "сосед двух погибших"):
    :func:`_person`, and "мати", which the Ukrainian dictionary reads as a mat first."""
    return _Person(False, False) if word == "мати" else _person(word, lang)


def _member_before(toks: list[_Tok], k: int, lang: str) -> tuple[_Person | None, int]:
    """A person named with what they work for or belong to, in the genitive, right before
    token ``k`` (one or two words): "працівник Укрзалізниці", "сотрудник РЖД", "охоронець
    підприємства"; the person and their token, else None and ``k``. Not after a
    preposition ("у будинку працівника ..."): a subject stands there."""
    for j in (k - 1, k - 2):
        if j < 0 or not _genitive(toks[j + 1].text, lang):
            break
        p = _person(toks[j].text, lang)
        if p is not None:
            if j > 0 and _pos(toks[j - 1].text, lang) == "PREP":
                break
            return p, j
    return None, k


@lru_cache(maxsize=8192)
def _genitive(word: str, lang: str) -> bool:
    """Whether a word may be a noun or adjective in the genitive, of a thing, not a person
    ("Укрзалізниці", "РЖД", "підприємства")."""
    return word[:1].isalpha() and any(
        a.case == "gent" and a.pos in ("NOUN", "ADJF") and "anim" not in a.grammemes
        for a in analyse(word, lang)[:4]
    )


# ---------------------------------------------------------------------------------------
# Casualty words

_W = r"(?<![\w'])"
_KILLED_CUE = compiled(
    _W + r"(?:(?:забрал\w*|забрав|обірвал\w*|обірвав|унесл\w*|унес)\s+(?:\w+\s+)?(?:життя|"
    r"жизни|жизнь)|жертвами\s+(?:\w+\s+)?ста(?:ли|в|ла)|загин\w*|загибл\w*|загибел\w*|"
    r"погиб\w*|гибел\w*|помер(?:л[аои])?|вбит\w*|вбил\w*|вбив\w*|убит\w*|убил\w*|"
    r"убив\w*|скончал\w*|умер(?:л[аои])?|жертв(?:а|и|ы)?|тіла|тела|тіло|тело)(?!\w)"
)
_HURT_NOUN = (
    r"(?:поранен\w*|поранень|травм\w*|ранени\w*|ранен\w*|увечь\w*|опік\w*|ожог\w*|контуз\w*)"
)
_GOT = r"(?:дістал\w*|дістав|отримал\w*|отримав|зазнал\w*|зазнав|получил\w*|получив\w*)"
_HELP = r"(?:(?:мед)?допомог\w*|(?:мед)?помощ\w*)"
_ASKED = r"(?:звернул\w*|звернув\w*|обратил\w*|обратив\w*)"
# help one needed ("знадобилася медична допомога", "понадобилась помощь врачей") and the
# rescued handed to medics ("одного живим передали медикам")
_NEEDED = r"(?:знадоби\w*|понадоби\w*|потребовал\w*)"
_MEDICS = r"(?:медикам|лікарям|врачам)"
_WOUNDED_CUE = compiled(
    _W + rf"(?:{_GOT}\s+(?:\w+\s+){{0,2}}?{_HURT_NOUN}|{_HURT_NOUN}\s+{_GOT}|"
    rf"{_ASKED}\s+(?:по|за)\s+(?:\w+\s+)?{_HELP}|(?:по|за)\s+(?:\w+\s+)?{_HELP}\s+{_ASKED}|"
    # ("звернулися до лікарів із контузіями", "обратились к врачам")
    rf"{_ASKED}\s+(?:до|к)\s+(?:лікарів|медиків|лікарні|врачам|медикам|больницу)|"
    r"поранен\w*|поранил\w*|поранив\w*|ранен\w*|ранил\w*|ранив\w*|постражд\w*|"
    r"пострада\w*|потерпіл\w*|травмован\w*|травмува\w*|травмирова\w*|контужен\w*)(?!\w)"
)
# the same of help needed and of the rescued handed to medics (read only in the sentences
# that hold a word of :data:`_HELP_STEMS`); not a psychologist's help ("Допомога психологів
# знадобилася 15 людям")
_HELP_CUE = compiled(
    _W + rf"(?:{_NEEDED}\s+(?:(?!психол)\w+\s+)?{_HELP}(?!\s+психол)|"
    rf"(?<!психологічна\s)(?<!психологическая\s){_HELP}\s+(?:(?!психол)\w+\s+)?{_NEEDED}|"
    rf"переда(?:л[аи]?|н[аоі]?|ні|ны)\s+(?:\w+\s+)?{_MEDICS})(?!\w)"
)
_HELP_STEMS = ("знадоб", "понадоб", "потребова", "медикам", "лікарям", "врачам")
_POSITION = attrgetter("position")
# people taken to hospital: "госпіталізовано 6 людей", "госпитализированы четыре человека"
# (the wounded where no count of them is told)
_PATIENT_STEMS = ("пацієнт", "пациент", "хвор", "больн")
# the wounded, counted by where they were taken: "Четверых раненых доставили в больницу",
# "постраждалих доправили до лікарень" (who the wounded counted before are, or the count
# where none is told)
_TAKEN_STEMS = ("достав", "доправ", "госпит", "госпіт", "перевез")
_WOUNDED_NOUNS = r"(?:раненых|пострадавших|поранених|постраждалих|травмованих|травмированных)"
_TAKEN = "(?:" + "|".join(_TAKEN_STEMS) + ")"
_WOUNDED_TAKEN = compiled(
    rf"(?<!\w){_WOUNDED_NOUNS}\s+(?:[^\W\d_]+\s+){{0,2}}?{_TAKEN}|"
    rf"(?<!\w){_TAKEN}\w*\s+(?:[^\W\d_]+\s+)?(?:\S+\s+)?{_WOUNDED_NOUNS}"
)
_HOSPITALISED_CUE = compiled(
    # (and the active plural, its object the people: "її з опіками госпіталізували")
    _W + r"(?:госпіталізован\w*|госпитализирован\w*|госпіталізували|госпитализировали)(?!\w)"
)
# Words of harm that are nouns of people ("14 постраждалих"): read only before them, or
# after them across a dash ("загиблих — троє").
_NOUN_CUE = compiled(r"(?:их|ых|жертв|жертви|жертвы)$")
_SINGULAR_NOUN_CUE = compiled(r"(?:ий|ій|ый|ая|а)$")
# Verbs whose subject is who did the harm, not who suffered it
_ACTIVE_CUE = compiled(
    r"^(?:вбив|вбила|вбили|убил|убила|убили|поранив|поранила|поранили|ранил|ранила|ранили|"
    r"травмував|травмувала|травмували|травмировал|травмировала|травмировали|забрал\w*|"
    r"забрав|унесл\w*|унес|обірвал\w*|обірвав)$"
)
_THERE_IS = frozenset(("є", "есть", "имеется", "маємо"))
_OF_WOUNDED = (  # "із поранених", "из 4 раненых"
    r"(?:із|з|зі|из)\s+(?:\d+\s+)?(?:поранених|постраждалих|травмованих|госпіталізованих|"
    r"раненых|пострадавших|госпитализированных)"
)
_DIED = r"(?:помер\w*|скончал\w*|умер\w*)"
# the words one of which each part of a match of :data:`_DIED_OF_WOUNDS` holds
_OF_WOUNDED_NOUNS = (
    "поранених", "постраждалих", "травмованих", "госпіталізованих", "раненых",
    "пострадавших", "госпитализированных", "лікарні", "реанімації", "госпіталі", "больнице",
    "реанимации", "госпитале",
)  # fmt: skip
_DIED_STEMS = ("помер", "скончал", "умер")
_DEATH_SPAN = 60  # the characters from a death in hospital to the end of its person's words
_IN_HOSPITAL = "hospital"  # the kind of a death in hospital, of the wounded counted before it
_ILLNESS_STEMS = ("хвор", "болезн", "болел", "інсульт", "инсульт", "інфаркт", "инфаркт")
# a hospital, where one who dies had been hurt: "у лікарні помер 66-річний чоловік",
# "Вона померла в реанімації"
_HOSPITAL_WORD = r"(?:лікарні|реанімації|госпіталі|больнице|реанимации|госпитале)"
_DIED_OF_WOUNDS = compiled(
    rf"(?P<n>[\w']+)\s+{_OF_WOUNDED}\s+(?:[\w']+\s+){{0,3}}?{_DIED}|"
    rf"{_DIED}\s+(?:ще\s+|еще\s+|ещё\s+)?(?P<m>[\w']+)\s+{_OF_WOUNDED}|"
    rf"(?:у|в)\s+{_HOSPITAL_WORD}\s+(?P<o>{_DIED})|(?P<p>{_DIED})\s+(?:у|в)\s+{_HOSPITAL_WORD}"
)
_UPDATE_TO = compiled(
    _W + r"(?:(?:зросл\w*|зріс|збільшил\w*|сягнул\w*|досягл\w*|досяг|возросл\w*|вырос\w*|"
    r"увеличил\w*|достигл\w*|достиг|дійшл\w*|дошл\w*)\s+(?:[\w']+\s+){0,2}?до\s+|"
    # "сягнула тридцяти двох", "достигло пяти": reaching takes its number without "до"
    r"(?:сягнул\w*|досягл\w*|досяг|достигл\w*|достиг)\s+(?=\d|[^\W\d_]+(?:и|ох|ьох|ех|ёх)\b))"
)
# the toll of the dead raised before a death of the wounded in one sentence ("кількість
# загиблих зросла до чотирьох: помер один із поранених")
_TOLL_RAISED = compiled(
    _W + r"(?:загибл|погибш|жертв)\w*\s+(?:[\w']+\s+){0,3}?" + _UPDATE_TO.pattern.removeprefix(_W)
)
_STANDS_AT = compiled(
    _W + r"(?:кількість|число|количество)\s+(?P<cue>[\w']+)\s+(?:[\w']+\s+){0,3}?"
    r"(?:становить|складає|сягає|составляет|составило|достигает|—|–|-|:)\s+"
)
# words one of which each match of :data:`_UPDATE_TO` and :data:`_STANDS_AT` holds
_UPDATE_TO_NEEDS = (
    "зросл", "зріс", "збільшил", "сягнул", "досяг", "возросл", "вырос", "увеличил", "достиг",
    "дійшл", "дошл",
)  # fmt: skip
_STANDS_AT_NEEDS = ("кількість", "число", "количество")
_KILLED_NOUNS = compiled(r"загибл|загинул|погибш|жертв|убит|вбит")
_WOUNDED_NOUNS = compiled(r"поранен|постражд|травмован|потерпіл|ранен|пострада")

# "No one was hurt": every casualty figure, only the killed, only the wounded.
_NO_VICTIM = r"(?:постраждалих|потерпілих|жертв|пострадавших|загиблих\s+(?:і|й|та)\s+поранених)"
_NONE = (
    r"(?:немає|нема|нет|не\s+виявлено|не\s+виявили|не\s+зафіксовано|не\s+було|"
    r"не\s+выявлено|не\s+зафиксировано|не\s+было|не\s+имеется)"
)
_ZERO_BOTH = compiled(
    # ("никто не погиб и не пострадал", "ніхто не загинув і не був поранений")
    _W + r"(?:(?:ніхто|никто)(?:\s+(?:з|із|из)\s+[\w']+)?\s+(?:[\w']+\s+){0,3}?не\s+"
    r"(?:(?:був|был)\s+)?(?:постраждав|постраждала|пострадал|пострадала|отримав\s+поранень|"
    r"получил\s+ранени\w*|травмувався|поранений|ранен)|"
    r"(?:люди|жителі|мешканці|місцеві|цивільні|жители|жильцы|местные|мирн\w+\s+жител\w+)\s+"
    r"(?:не|не\s+були)\s+(?:постраждали|пострадали|поранені|ранены)|"
    rf"без\s+(?:[\w']+\s+){{0,3}}?(?:людських\s+|человеческих\s+)?{_NO_VICTIM}|"
    rf"{_NO_VICTIM}[^.;!?]{{0,40}}?\s{_NONE}(?!\w)|"
    r"(?:інформаці\w+|информаци\w+|відомост\w+|сведени\w+|даних|данных|повідомлен\w+|"
    rf"сообщени\w+)\s+(?:про|о)\s+{_NO_VICTIM}\s+(?:не\s+надходил\w*|не\s+поступал\w*|"
    r"нет|немає))"
)
_ZERO_KILLED = compiled(
    _W + r"(?:(?:ніхто|никто)\s+не\s+(?:загинув|погиб)|без\s+(?:загиблих|погибших)|"
    rf"(?:загиблих|погибших)[^.;!?]{{0,40}}?\s{_NONE}(?!\w))"
)
_ZERO_WOUNDED = compiled(
    _W + rf"(?:без\s+(?:поранених|раненых)|(?:поранених|травмованих|раненых)[^.;!?]{{0,40}}?"
    rf"\s{_NONE}"
    r"(?!\w))"
)
# "не обійшлося без жертв": there were victims
_NOT_WITHOUT = compiled(r"не\s+(?:обійшл|обійтис|обошл|обойт)\w*\s+$")
# A "no one was hurt" about one site of several
_LOCAL = compiled(
    _W + r"(?:там|тут|из\s+жильцов|з\s+мешканців|серед\s+(?:мешканців|жителів|місцевих)|"
    r"среди\s+(?:жителей|жильцов|местных)|за\s+адресою|по\s+адресу|"
    r"(?:в|у|во)\s+(?:[\w']+\s+){0,2}?(?:районі|районе|громаді|селі|селе|селищі|поселке|"
    r"мікрорайоні|микрорайоне|дворі|дворе|двор|будинку|доме|квартирі|квартире|станице))"
    r"(?!\w)"
)

# ---------------------------------------------------------------------------------------
# Sentences: what kind, which to skip

_SKIP_LINE = compiled(
    r"^\s*(?:фото|відео|видео|інфографіка|инфографика|джерело|источник|теги|"
    r"читайте\s+(?:також|также|тоже)|читать\s+также|также\s+читайте|дивіться\s+також|"
    r"смотрите\s+также|по\s+теме|на\s+тему|новини\s+партнерів)\b"
)
# the words before a week or a month told ("за минулий тиждень", "за эту неделю")
_PERIOD_QUALIFIERS = "(?:минулий|минулу|цей|прошлый|прошлую|прошедший|прошедшую|этот|эту)"
_RECALL = compiled(
    _W + r"(?:раніше|ранее|напередодні|накануне|торік|"
    r"минулого\s+(?:тижня|місяця|року)|минулої\s+(?:неділі|суботи|п'ятниці)|"
    r"на\s+минулому\s+тижні|у\s+минулому|в\s+прошлом|прошлого\s+(?:года|месяца)|"
    r"на\s+прошлой\s+неделе|прошлой\s+(?:зимой|осенью|весной)|прошлым\s+летом|"
    # (not right after a figure corrected: "2, а не 3, як повідомлялося вранці")
    r"(?<!\d,\s)(?:як\s+(?:уже\s+|вже\s+)?(?:писали|повідомлял\w*)|как\s+(?:уже\s+)?сообщал\w*)|"
    r"нагадаємо|нагадуємо|нагадаю|напомним|напомню|напоминаем|напоминаю|тоді(?!\s+як)|"
    r"тогда(?!\s+как)|того\s+дня|тієї\s+ночі|"
    r"в\s+тот\s+день|той\s+ночью|до\s+цього|до\s+этого|перед\s+тим|днем\s+раніше|"
    r"днем\s+ранее|(?:з|від|с)\s+початку\s+(?!доби|дня)\w+|с\s+начала\s+(?!суток|дня)\w+|"
    # (a week's too, "Разом за тиждень: 7 загиблих", except in a report of a week: see
    # _WEEK_TOLD)
    rf"за\s+(?:{_PERIOD_QUALIFIERS}\s+)?(?:тиждень|місяць|неделю|месяц)|за\s+все\s+время|"
    r"спочатку|первоначально|изначально)(?!\w)"
)


def _vague_update(sent: str) -> bool:
    """Whether a sentence's word of a later change (:data:`_UPDATE`) is followed by no count,
    only some more ("Утром глава ОВА сообщал о 15 раненых, позднее обратились еще несколько
    человек"): the figures before it are the earlier ones, not an update."""
    m = _UPDATE.search(sent)
    if m is None:
        return False
    rest = sent[m.end() :]
    return _VAGUE_MORE.search(rest) is not None and not any(ch.isdigit() for ch in rest)


_VAGUE_MORE = compiled(r"(?<!\w)(?:несколько|кілька|декілька)(?!\w)")
# a line that opens as an update of the figures told before: "UPD 23:40.", "Оновлення:"
_OPENS_UPDATE = compiled(
    r"\W*(?:upd|update|оновлення|обновление|уточнення|уточнение|оновлено|обновлено|уточнено)(?!\w)"
)
# A sentence that goes on about the attack the sentence before recalled
_GOES_ON = compiled(
    r"^\W*(?:з\s+них|із\s+них|з\s+яких|із\s+яких|из\s+них|из\s+которых|ще|еще|ещё|"
    r"тоді|тогда|позже|пізніше|потім|потом|затем|також|также)(?!\w)"
)
_UPDATE = compiled(
    _W + r"(?:згодом|пізніше|позже|позднее|впоследствии|оновлен\w*|оновлено|обновл[её]н\w*|"
    # the figures restated after a change: "Таким образом, погиб один человек, ранены двое"
    r"таким\s+(?:образом|чином)|"
    r"(?:за|по)\s+(?:уточн[её]н|оновлен|обновл[её]н)\w*|upd|"
    # a line headed as a correction of the report's figures: "09:15 Уточнення: постраждалих
    # — 4" (not of one place's, "Уточнение: в Разумном пострадавших трое")
    r"(?:уточнення|уточнение)\s*:\s*(?:постражд|поранен|загибл|загинул|пострада|ранен|погиб|"
    r"кількість|число|всього|загалом|всего|итого)\w*)"
)
# a figure corrected: "Загиблих – 2, а не 3, як повідомлялося вранці" (an update)
_CORRECTED = compiled(r"\d+\s*,?\s+а\s+не\s+\d+(?!\w)")
# a night's, a day's or a week's sum opening a line: "Разом за ніч: 6 поранених", "Разом за
# тиждень, за даними РВА, ..." (in _TOTAL and _CLOSING_TOTAL)
_PERIOD_TOTAL = r"разом\s+за\s+(?:минулу\s+|минулий\s+)?(?:ніч|добу|день|тиждень)"
# a week told, whose figures are the report's own in a report of a week (its first sentence
# speaks of one: a weekly chronicle, a digest, "Разом за тиждень: ..."; see _weekly), and a
# recall of other days in a night's or a day's report ("Загалом за цей тиждень росіяни
# випустили понад 1300 дронів" after the night's count): "За прошедшую неделю ... сбиты ..."
_WEEK_TOLD = compiled(
    rf"(?<!\w)за\s+(?:(?:{_PERIOD_QUALIFIERS}|минувшую|минувший)\s+)?(?:тиждень|неделю)(?!\w)|"
    r"(?<!\w)на\s+(?:минулому\s+тижні|прошлой\s+неделе)(?!\w)"
)
_TOTAL = compiled(
    # (not "больше всего пострадал Киев": the most, not all)
    _W + r"(?<!більше\s)(?<!больше\s)(?<!більш\s)(?<!чаще\s)(?:загалом|усього|всього|всего|"
    r"в\s+цілому|в\s+целом|в\s+общей\s+сложности|"
    r"итого|загальна\s+кількість|общее\s+число|за\s+(?:минулу\s+|минулі\s+)?добу|"
    + _PERIOD_TOTAL
    + r"|"  # ("Разом за ніч: 6 поранених")
    # ("о 24 сбитых за ночь беспилотниках": the night's count)
    r"(?:сбитых|збитих)\s+за\s+(?:ночь|ніч)|"
    r"за\s+(?:минувшие\s+|прошедшие\s+|истекшие\s+)?сутки|наразі\s+відомо|"
    r"на\s+даний\s+момент|на\s+данный\s+момент|станом\s+на|по\s+состоянию\s+на|"
    r"за\s+останніми\s+даними|по\s+последним\s+данным|"
    r"протягом\s+(?:минулої\s+)?доби|в\s+течение\s+(?:прошедших\s+)?суток|"
    # "Поранених, з урахуванням цієї жінки, – 9": the count with those added
    r"з\s+урахуванням|с\s+учетом|с\s+учётом)(?!\w)"
)
# a closing line's own word, a total when the line names no place: "Итог на этот час:",
# "Підсумки ночі:" (not "Итоги суток: в Курске ранены 4, в Рыльске ещё 3")
_CLOSING_TOTAL = compiled(
    r"^\W*(?:итог(?:и)?\s+(?:на\s+(?:этот|данный|текущий)\s+(?:час|момент)|дня|суток|ночи)|"
    r"підсум(?:ок|ки)\s+(?:на\s+(?:цю|дану)\s+(?:годину|хвилину)|дня|доби|ночі)|"
    # ("Разом за тиждень, за даними РВА, ... Загинула 1 людина, 5 – поранені.")
    + _PERIOD_TOTAL
    + r"|"
    r"итого\s+за\s+(?:прошедшую\s+|минувшую\s+)?(?:ночь|сутки|день|неделю))(?!\w)"
)
# the closing line of a day's summary, a total when it names no place: "Внаслідок
# російської агресії 1 людина загинула" (not "... у Василівці поранено 1 людину")
_AGGRESSION = compiled(
    _W + r"(?:(?:в|у)наслідок\s+(?:російської\s+|ворожої\s+)?агресії|"
    r"в\s+результате\s+(?:российской\s+|вражеской\s+)?агрессии)(?!\w)"
)
_AGGRESSION_NEEDS = ("агресії", "агрессии")
# words one of which each alternative of :data:`_RECALL`, :data:`_UPDATE` and :data:`_TOTAL`
# holds as it is written (they ignore no case): without one, the pattern surely does not match
_RECALL_NEEDS = (
    "раніше",
    "ранее",
    "напередодні",
    "накануне",
    "торік",
    "минул",
    "прошл",
    "писали",
    "повідомлял",
    "сообщал",
    "нагадаємо",
    "нагадуємо",
    "напомним",
    "нагадаю",
    "напомню",
    "напомина",
    "тоді",
    "тогда",
    "дня",
    "ночі",
    "день",
    "ночью",
    "цього",
    "этого",
    "перед",
    "початку",
    "начала",
    "тиждень",
    "місяць",
    "неделю",
    "месяц",
    "время",
    "спочатку",
    "первоначально",
    "изначально",
)
_UPDATE_NEEDS = (
    "згодом",
    "пізніше",
    "позже",
    "позднее",
    "впоследствии",
    "оновлен",
    "обновлен",
    "уточнен",
    "уточнён",
    "обновлён",
    "таким",
    "upd",
)
_TOTAL_NEEDS = (
    "разом",
    "сбитых",
    "збитих",
    "урахуванням",
    "учетом",
    "учётом",
    "загалом",
    "усього",
    "всього",
    "всего",
    "цілому",
    "целом",
    "сложности",
    "итого",
    "кількість",
    "число",
    "добу",
    "сутки",
    "відомо",
    "момент",
    "станом",
    "состоянию",
    "даними",
    "данным",
    "доби",
    "суток",
)


def _matches(
    pattern: re.Pattern[str],
    needs: tuple[str, ...],
    text: str,
    start: int = 0,
    end: int | None = None,
) -> bool:
    """``pattern.search(text, start, end) is not None``, searched only when
    ``text[start:end]`` holds a word of ``needs`` (one of which every match of ``pattern``
    holds). The pattern sees the text around the span, as a search with bounds does."""
    if end is None:
        end = len(text)
    return any(map(text[start:end].__contains__, needs)) and (
        pattern.search(text, start, end) is not None
    )


# A sentence that starts with the place it is about
_PLACED = compiled(
    r"(?:(?i:також|также|кроме\s+того|крім\s+того|а|и|і)\W+)?"
    # (not an agency's letters: "В МЧС сообщили", "У ДСНС повідомили")
    r"(?i:в|у|во|на|над|під|под|по)\s+[А-ЯІЇЄҐ](?![А-ЯІЇЄҐ])|"
    # a list's line that opens with its place: "🔴 с. Новый Ропск — FPV-дрон атаковал ..."
    r"[^\w\s]{1,3}\s*(?:(?i:п|с|м|г|смт|пгт|сел\w*|посел\w*|село|місто|город)\.?\s+)?"
    r"[А-ЯІЇЄҐ][\w'’ʼ-]*(?:\s+[А-ЯІЇЄҐ][\w'’ʼ-]*)?\s+[—–-]\s|"
    # a unit's heading by its adjective: "Удянський старостинський округ: ...", "Золочівська
    # громада: ...", "Шебекинский округ: ..."
    r"[А-ЯІЇЄҐ][\w'’ʼ-]*(?:ськ|цьк|зьк|ск|цк)(?:а|ий|ая|ой)\s+(?:(?:міська|сільська|селищна|"
    r"городской|муниципальный)\s+)?(?:громада|старостинський\s+округ|старостинский\s+округ|"
    r"район|округ)\s*:"
)
_WORD_AT = compiled(r"[\w'’ʼ-]+")
_KILLED_HINTS = figure_words.UK_RU_KILLED
_WOUNDED_HINTS = figure_words.UK_RU_WOUNDED
_HOSPITALISED_STEMS = figure_words.UK_RU_HOSPITALISED
_INTERCEPT_HINTS = figure_words.UK_RU_INTERCEPT
_WEAPON_HINTS = figure_words.UK_RU_WEAPON

# ---------------------------------------------------------------------------------------
# Weapons

_INTERCEPT_VERB = compiled(
    r"^(?:збит|збил|збив|збитт|знешкод|ліквідува|ліквідован|подавл|подавил|знищ|перехопл|"
    r"перехопи|сбит|сбил|сбив|уничтож|перехвач|перехват|ликвидир|нейтрализ|приземл|"
    # "ПВО отразили атаку 4 БПЛА, летевших на Москву": repelled, shot down
    r"отрази|отраж|відбил|відбит)"
)
_INTERCEPT_WORD = _matcher(_INTERCEPT_VERB)
_LAUNCH_WORD = compiled(
    r"^(?:атак|запуст|запуск|запущ|летіл|летел|летів|пуск|випуст|выпуст|випущ|выпущ|застосува|"
    # recorded over a place: "над громадою фіксували три «шахеди»"
    r"фіксува|зафіксува|зафіксов|фиксирова|зафиксирова|"
    r"застосов|примени|применя|"
    r"задія|задейств|спрямува|вдари|удари|удару$|ударом$|ударами$|ударів$|ударов$|"
    r"обстріля|обстреля|налет|наліт|напад|завда|нанес|використа|атакова|били$|бив$|била$|"
    # bombs dropped: "скинув 5 КАБів", "сбросили 3 авиабомбы"
    r"скину|скинул|скида|сброс|сбрасыв)"
)
# Counts that are no part of the attack: lost from radar, stocks, production, hits
# the stems of making weapons: a production (no launch), or where they were made ("производства
# США", see _made_in_only)
_MADE_STEMS = ("вироб", "виготов", "производ")
_NOT_LAUNCHED = compiled(
    r"^(?:втрачен|потерян|" + "|".join(_MADE_STEMS) + r"|запас|арсенал|постав|носі|носител|"
    r"залп(?!ов)|сумарн|влучил|влучан|попадан|досягл|долетіл|долетел)"
)
# Nouns of weapons, not the adjectives made from them ("ракетних ударів", "дронова атака")
_CASE_END = r"(?:а|и|у|ою|ой|ом|ами|ам|ах|і|е|ы|ів|ов|ей|ь|ю|ям|ями|ях)?(?:-[^\W\d_]+)?$"
_DRONE = compiled(  # (one flown by its pilot's view too: "FPV-дронів", "fpv-дрон")
    rf"^(?:fpv-|фпв-)?(?:безпілотник|беспилотник|дрон|шахед|shahed|геран|ланцет|uav){_CASE_END}"
    r"|^(?:бпла|бла)$"
)
_MISSILE = compiled(rf"^(?:ракет|іскандер|искандер|калібр|калибр|кинджал|кинжал){_CASE_END}")
_TARGET = compiled(r"^(?:ціль|цілі|цілей|цілями|цель|цели|целей|целями|засоб|средств)")
# what else the air defence shoots down, counted with drones and missiles: guided bombs and
# rockets of salvo systems ("сбиты 4 управляемые авиационные бомбы, 2 реактивных снаряда")
_BOMB = compiled(rf"^(?:авіабомб|авиабомб|бомб|каб|снаряд){_CASE_END}")
# "безпілотних літальних апаратів": the noun of an unmanned aircraft
_UNMANNED = compiled(r"^(?:безпілотн|беспилотн)")
_AIRCRAFT = compiled(r"^(?:апарат|аппарат)")
# whether each pattern above matches a word (see :class:`_WordTest`)
_DRONE_WORD, _MISSILE_WORD, _TARGET_WORD = map(_matcher, (_DRONE, _MISSILE, _TARGET))
_BOMB_WORD = _matcher(_BOMB)
_UNMANNED_WORD, _AIRCRAFT_WORD = _matcher(_UNMANNED), _matcher(_AIRCRAFT)
_LAUNCH_WORDS, _NOT_LAUNCHED_WORD = _matcher(_LAUNCH_WORD), _matcher(_NOT_LAUNCHED)
_OF = frozenset(("із", "з", "зі", "из"))
_WHICH = frozenset(("них", "яких", "которых", "їх"))
_QUOTES = frozenset("«»\"“”„'")
_CLAUSE_BREAK = frozenset(",;:–—()")
_PLACE_PREP = _IN | {"над"}
_DASHES = frozenset(("–", "—", "-"))


def _weapon_type(toks: list[_Tok], k: int) -> str | None:
    """``drones``, ``missiles``, ``bombs`` (guided bombs, rockets of salvo systems) or
    ``targets`` when token ``k`` is a noun of that weapon."""
    t = toks[k].text
    if _DRONE_WORD[t]:
        return "drones"
    if _MISSILE_WORD[t]:
        return "missiles"
    if _BOMB_WORD[t]:
        return "bombs"
    if _TARGET_WORD[t]:
        if t.startswith(("засоб", "средств")):
            nxt = toks[k + 1].text if k + 1 < len(toks) else ""
            return "targets" if nxt.startswith(("повітр", "воздуш")) else None
        return "targets"
    return None


def _weapon_after(toks: list[_Tok], k: int, lang: str) -> tuple[str, int] | None:
    """The weapon noun a count at ``k`` counts, across modifiers and quotes:
    "36 ворожих БпЛА", "22 «шахедів»", "два беспилотных летательных аппарата"; the kind
    is empty for "аппаратов" right after the count, which counts the weapon the report
    named before ("всего сбито 15 аппаратов")."""
    n = len(toks)
    unmanned = False
    for step in range(6):
        if k >= n:
            return None
        kind = _weapon_type(toks, k)
        if kind is None and _AIRCRAFT_WORD[toks[k].text] and (unmanned or not step):
            kind = "drones" if unmanned else ""
        if kind is not None:
            k += 1
            while k < n and toks[k].text in _QUOTES:
                k += 1
            return kind, k
        t = toks[k].text
        if t in _QUOTES or (t.isascii() and t.isalpha()) or _is_modifier(t, lang, any_reading=True):
            unmanned = unmanned or _UNMANNED_WORD[t]
            k += 1
            continue
        if step and t == "за" and k + 1 < n and toks[k + 1].text in _SPANS:
            k += 2  # "о 24 сбитых за ночь беспилотниках": the span between
            continue
        return None
    return None


# the spans of time a count's words may hold ("сбитых за ночь беспилотников")
_SPANS = frozenset(("ніч", "добу", "день", "ночь", "сутки"))


_TO = "to"  # the kind of a casualty figure an update brought to: "зросла до 7"


class _Hit(NamedTuple):
    value: int
    strength: int  # 0 first figure, 1 headline or total, 2 update
    position: int
    ages: tuple[str, ...] = ()  # people described one by one, with their ages
    more: bool = False  # "ще двоє": more than those counted before
    part: tuple[int, int] = (0, 0)  # the line it stands on, the place it is about there
    approx: bool = False
    kind: str = ""  # for intercepted: drones, missiles, targets
    single: bool = False  # one weapon named in the singular, no count ("сбитый беспилотник")


@dataclass(slots=True)
class _Sentence:
    text: str  # lower case, apostrophes made plain
    start: int
    toks: list[_Tok]
    strength: int
    clause: list[int]  # clause number of each token
    part: tuple[int, int]  # the line it stands on, the place it is about there
    title: bool
    found: dict[int, set[int]] = field(default_factory=dict)  # see _has
    bits: int = -1  # the lists of needed words it holds (see _bits_of); -1: not told
    texts: list[str] | None = None  # the text of each token, when made
    numbers: dict[int, _Num | None] = field(default_factory=dict)  # see _number_in
    landmarks: list[int] | None = None  # see _landmarks; None: not found yet


# the letters' branch first (most tokens are words), digits with a suffix ("5-й") in one
# branch: the branches start with different characters, so their order does not change what
# is found, only how many the engine tries at each word. Nothing follows a branch's runs, so
# they never give back what they took: possessive, they keep no state to go back to.
_TOKEN = compiled(r"[^\W\d_]++(?:['\-][^\W\d_]++)*+|\d++(?:-[^\W\d_]++)?+|[^\w\s]")
_PLAIN_CHARS = {"’": "'", "ʼ": "'", "`": "'", "‘": "'", "\u00a0": " ", "ё": "е", "Ё": "Е"}
_ODD_CHARS = compiled("[" + "".join(_PLAIN_CHARS) + "]")


_TEXT = itemgetter(0)  # the text of a _Tok
_new_tuple = tuple.__new__  # makes a _Tok without the Python-level __new__ of a NamedTuple


def _tokens(low: str) -> list[_Tok]:
    """The words, numbers and punctuation marks of a lower-case sentence."""
    new = _new_tuple
    return [new(_Tok, (m[0], m.start(), m.end())) for m in _TOKEN.finditer(low)]


_TOKEN_SPLIT = compiled(f"({_TOKEN.pattern})")  # the tokens and the text between them

# The characters of most news text: ASCII, Cyrillic, its punctuation and spaces. A text of
# these alone is split by :data:`_FAST_TOKEN_SPLIT`, whose classes of letters, digits and
# marks list those of these characters that the classes of :data:`_TOKEN` hold: the engine
# looks a character up in a table instead of asking for its Unicode category.
_FAST_CHARS = "".join(map(chr, [*range(0x20, 0x7F), *range(0x400, 0x500)])) + "\t\n\r«»–—…’“”„№"
_NOT_FAST = compiled("[^" + "".join(map(re.escape, _FAST_CHARS)) + "]")


def _class_of(one: str) -> str:
    """The characters of :data:`_FAST_CHARS` that the pattern ``one`` matches alone, as a
    class of ranges."""
    held = [ord(ch) for ch in _FAST_CHARS if re.fullmatch(one, ch)]
    held.sort()
    ranges: list[list[int]] = []
    for code in held:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    parts = (re.escape(chr(a)) + ("" if a == b else "-" + re.escape(chr(b))) for a, b in ranges)
    return "[" + "".join(parts) + "]"


_LETTER, _DIGIT, _MARK = map(_class_of, (r"[^\W\d_]", r"\d", r"[^\w\s]"))
_FAST_TOKEN_SPLIT = compiled(
    f"({_LETTER}++(?:['\\-]{_LETTER}++)*+|{_DIGIT}++(?:-{_LETTER}++)?+|{_MARK})"
)


def _tokens_and_texts(low: str) -> tuple[list[_Tok], list[str]]:
    """:func:`_tokens`, with the text of each token, made in C: the text split at the tokens
    (the text between them, the token, ...) gives the texts and, by the parts' lengths, the
    offsets."""
    split = _TOKEN_SPLIT.split if _NOT_FAST.search(low) else _FAST_TOKEN_SPLIT.split
    parts = split(low)
    texts = parts[1::2]
    at = list(accumulate(map(len, parts), initial=0))
    starts, ends = at[1:-1:2], at[2::2]
    return list(map(_new_tuple, repeat(_Tok), zip(texts, starts, ends, strict=True))), texts


def _clauses(toks: list[_Tok], low: str, texts: list[str] | None = None) -> list[int]:
    """The clause number of each token: a comma, semicolon, colon, dash or bracket starts
    a new one (a hyphen inside "Х-101" does not). ``texts``: those of the tokens, when at
    hand: without a hyphen among them, the numbers are counted in C."""
    if texts is not None and "-" not in texts:
        # the breaks before and at each token, added up; the first sum (0) left out
        return list(accumulate(map(_CLAUSE_BREAK.__contains__, texts), initial=0))[1:]
    return _clauses_of_tokens(toks, low)


def _clauses_of_tokens(toks: list[_Tok], low: str) -> list[int]:
    """:func:`_clauses`, token by token."""
    out = []
    c = 0
    for t in toks:
        if t.text in _CLAUSE_BREAK or (
            t.text == "-" and low[t.start - 1 : t.start] == " " and low[t.end : t.end + 1] == " "
        ):
            c += 1
        out.append(c)
    return out


# ---------------------------------------------------------------------------------------
# Collecting figures


@dataclass(slots=True)
class _Found:
    killed: list[_Hit]
    wounded: list[_Hit]
    drones: list[_Hit]
    missiles: list[_Hit]
    intercepted: list[_Hit]
    died_of_wounds: list[_Hit]
    hospitalised: list[_Hit] = field(default_factory=list)  # the wounded, where none is told
    zero_both: int = 0
    zero_both_local: int = 0
    zero_killed: bool = False
    zero_wounded: bool = False
    last_weapon: str = "targets"
    title_end: int = 0  # where the headline ends; 0 when the report has none


def _cue_index(s: _Sentence, at: int) -> int:
    """The index of the token that starts at or after character ``at``."""
    for i, t in enumerate(s.toks):
        if t.end > at:
            return i
    return len(s.toks)


def _casualties(s: _Sentence, lang: str, cue: re.Pattern[str], hits: list[_Hit]) -> None:
    """Counts of people next to each word of ``cue`` (dying, or being hurt) in a sentence."""
    toks = s.toks
    first = len(hits)
    for m in cue.finditer(s.text):
        c = _cue_index(s, m.start())
        e = _cue_index(s, m.end())
        word = toks[e - 1].text if e > c else ""
        noun = bool(_NOUN_CUE.search(word)) and e - c == 1
        if c > 0 and toks[c - 1].text in _PARTITIVE:
            continue  # "серед загиблих", "один із поранених"
        if _wounded_aside_died(toks, c, e):
            continue  # "мужчина, раненный утром, скончался": a death of the wounded
        if (
            e - c == 1
            and _SINGULAR_NOUN_CUE.search(word)
            and c > 0
            and toks[c - 1].text in _THERE_IS
        ):
            hits.append(_Hit(1, s.strength, s.start + toks[c].start, part=s.part))
            continue
        # "ворог вбив двох": who did the harm stands before an active verb
        got = None if _ACTIVE_CUE.match(toks[c].text) else _people_before(toks, c, lang, s.text)
        if got is None and c > 2 and not _ACTIVE_CUE.match(toks[c].text):
            got = _aside_subject(toks, c, lang, s.text) or _joined_subject(toks, c, lang, s.text)
        if got is None and noun:
            k = _past_aside(toks, e)  # "Поранених, з урахуванням цієї жінки, – 9"
            while k < len(toks) and (toks[k].text in _SKIP_BEFORE or toks[k].text in ":—–-"):
                k += 1  # "загиблих — троє", "погибших уже четверо"
            if k + 2 < len(toks) and toks[k].text in _IN and toks[k + 2].text in _SKIP_BEFORE:
                k += 2  # "поранених у Херсоні вже дев'ятеро": the place between
                while k < len(toks) and toks[k].text in _SKIP_BEFORE:
                    k += 1
            # (or a collective count right after it: "раненых четверо", "загиблих троє")
            if k > e or (k < len(toks) and toks[k].text in _COLLECTIVE):
                got = _people_after(toks, k, lang, s.text)
        elif got is None:
            got = _people_after(toks, e, lang, s.text, word)
            if (
                got is None
                and word in _BODY
                and e < len(toks)
                and _person(toks[e].text, lang)
                and not _animals(toks, e, e)  # (not "тіло пса")
            ):
                got = _Count(1, e + 1, (), False)  # "дістали тіло жінки": one person
        if got is not None and got.value is not None:
            at = s.start + toks[c].start
            value, more = got.value, got.more
            other = _other_count_before(s, c, lang) if more else None
            if other is not None:  # "Трьох госпіталізовано ..., ще одного ...": four in all
                value, more = other + value, False
            hits.append(_Hit(value, s.strength, at, ages=got.ages, more=more, part=s.part))
    if len(hits) - first > 1 and ":" in s.text:
        hits[first:] = _parts_after_colon(s, hits[first:])


_WOUNDED_ASIDE_STEMS = ("ранен", "поранен", "травмован")


def _wounded_aside_died(toks: list[_Tok], c: int, e: int) -> bool:
    """Whether a word of harm at token ``c`` (to ``e``) opens an aside after a comma about
    a person who died later in the sentence ("мужчина, раненный утром в Лисичанске,
    скончался", "чоловік, поранений вранці, помер"): not a count of the wounded."""
    return (
        c > 1
        and toks[c - 1].text == ","
        and toks[c].text.startswith(_WOUNDED_ASIDE_STEMS)
        and any(t.text.startswith(_KILLED_STARTS) for t in toks[e:])
    )


_COLON_REACH = 60  # the characters from a count's cue to the colon that opens its parts
_UPDATE_ADDS_REACH = 40  # the characters from an update's figure to the one it adds told after


def _parts_after_colon(s: _Sentence, new: list[_Hit]) -> list[_Hit]:
    """The hits of a sentence whose first count opens a list of its parts after a colon
    ("Загинули троє людей: на вулиці загинула жінка, згодом у лікарні помер чоловік"): the
    head alone, when the people after the colon add up to no more than it; the parts then
    tell no figure of their own, even in a sentence read as an update."""
    head, parts = new[0], new[1:]
    at = head.position - s.start
    colon = s.text.find(":", at, at + _COLON_REACH)
    if colon < 0 or head.more or any(h.position - s.start < colon for h in parts):
        return new
    if sum(h.value for h in parts) > head.value:
        return new
    if s.text.startswith(_SUFFERED, at) and _KILLED_CUE.search(s.text, colon):
        # "Постраждали четверо: одна людина загинула, троє поранені": the hurt are the
        # parts told as hurt, the head counted the dead too
        return parts
    return [head]


_SUFFERED = ("постражд", "пострада")  # the words of a count of the harmed, dead or hurt


_BODY = frozenset(("тіло", "тело"))  # one person's body, found or recovered
# the words of a count of people hurt, told by what was done for them or said of them
_PARTS_OF_HURT = (
    "госпіталіз", "госпитализ", "лікарн", "больниц", "шпитал", "доставл", "перевез",
    "повідомля", "сообща",
)  # fmt: skip


def _other_count_before(s: _Sentence, c: int, lang: str) -> int | None:
    """The count that is no figure of harm standing before the "ще" of a count told as more
    before token ``c``, which the more is more than: "Трьох госпіталізовано ..., ще одного
    постраждалого перевезли до Сум", "ми повідомляли про трьох, ще одна постраждала ..."
    (four in all, not one more than the people hurt told before); None when there is none."""
    toks = s.toks
    more = next((k for k in range(c - 1, -1, -1) if toks[k].text in _MORE), None)
    if more is None:
        return None
    for k in range(more - 1, -1, -1):
        num = _number_in(s, k, lang)
        if num is None or num.value is None:
            continue
        near = s.text[toks[max(k - 3, 0)].start : toks[min(k + 3, more - 1)].end]
        if any(map(near.__contains__, _PARTS_OF_HURT)) and not any(
            map(near.__contains__, _HARM_HINTS)
        ):
            return num.value  # "Трьох госпіталізовано", "ми повідомляли про трьох"
        return None  # a count of harm, or of something else: more than the harm told
    return None


def _updates(s: _Sentence, lang: str, found: _Found) -> None:
    """ "Кількість постраждалих зросла до 14", "число погибших составляет 5"."""
    for pattern, bit, strength in (
        (_UPDATE_TO, _UPDATE_TO_BIT, 2),
        (_STANDS_AT, _STANDS_AT_BIT, 1),
    ):
        if not s.bits & bit:
            continue  # no match without one of the words the pattern needs
        for m in pattern.finditer(s.text):
            i = _cue_index(s, m.end())
            num = _number(s.toks, i, lang, s.text) if i < len(s.toks) else None
            if num is None:
                continue
            head = s.text[: m.end()]
            k = [x.end() for x in _KILLED_NOUNS.finditer(head)]
            w = [x.end() for x in _WOUNDED_NOUNS.finditer(head)]
            if not k and not w:
                continue
            target = found.killed if max(k, default=-1) >= max(w, default=-1) else found.wounded
            kind = _TO if bit == _UPDATE_TO_BIT else ""  # (a figure brought to a new one)
            hit = _Hit(
                num.value, max(strength, s.strength), s.start + m.start(), part=s.part, kind=kind
            )
            target.append(hit)
            if bit == _UPDATE_TO_BIT:
                _elided_update(s, lang, found, m.end(), max(strength, s.strength))


# the other figure's update after one, its verb left out: "..., поранених — до 34"
_UPDATE_ELIDED = compiled(
    r"[,;]\s*(?:а\s+)?(?P<cue>поранених|постраждалих|травмованих|раненых|пострадавших|"
    r"загиблих|погибших)\s*(?:[—–-]\s*)?(?:ще\s+|еще\s+|ещё\s+)?до\s+"
)


def _elided_update(s: _Sentence, lang: str, found: _Found, after: int, strength: int) -> None:
    """Read an update of the other figure right after one (``after``: where the first's
    number is looked for): "кількість загиблих зросла до п'яти, поранених — до 34"."""
    m = _UPDATE_ELIDED.search(s.text, after, after + _ELIDED_UPDATE_REACH)
    if m is None:
        return
    i = _cue_index(s, m.end())
    num = _number(s.toks, i, lang, s.text) if i < len(s.toks) else None
    if num is None:
        return
    killed = m.group("cue").startswith(("загибл", "погибш"))
    target = found.killed if killed else found.wounded
    target.append(_Hit(num.value, strength, s.start + m.start(), part=s.part))


_ELIDED_UPDATE_REACH = 40  # the characters after the first update its follower starts in


def _may_die_of_wounds(low: str) -> bool:
    """False when :data:`_DIED_OF_WOUNDS` surely finds nothing in ``low``: each match holds
    a noun of :data:`_OF_WOUNDED` and a verb of :data:`_DIED`."""
    return any(map(low.__contains__, _OF_WOUNDED_NOUNS)) and any(map(low.__contains__, _DIED_STEMS))


def _died_of_wounds(s: _Sentence, lang: str, found: _Found) -> None:
    """ "Один із поранених помер": one more killed, one fewer wounded."""
    if not (s.bits & _OF_WOUNDED_BIT and s.bits & _DIED_BIT):
        return  # what :func:`_may_die_of_wounds` tells, from the sentence's words
    for m in _DIED_OF_WOUNDS.finditer(s.text):
        if m.group("o") or m.group("p"):  # one died in hospital (of the wounded)
            lo = s.start + m.start()
            if any(s.start <= h.position < lo for h in found.killed):
                continue  # a part of the dead counted before it: "загинули троє: ..."
            if any(map(s.text.__contains__, _ILLNESS_STEMS)):
                continue  # "помер від інсульту": not of wounds
            found.died_of_wounds.append(_Hit(1, s.strength, lo, part=s.part, kind=_IN_HOSPITAL))
            continue
        word = m.group("n") or m.group("m")
        read = numeral_value(word, lang)
        value = (
            int(word)
            if word.isdecimal() and len(word) <= _MAX_DIGITS
            else (read[0] if read else None)
        )
        if value is None:
            continue
        # (told after the toll it raised, "Число погибших выросло до четырёх: скончался один
        # из раненых", the death stands before it: the toll counts it)
        at = s.start if _TOLL_RAISED.search(s.text, 0, m.start()) else s.start + m.start()
        found.died_of_wounds.append(_Hit(value, s.strength, at, part=s.part))


def _may_deny(low: str) -> bool:
    """False when none of :data:`_ZERO_BOTH`, :data:`_ZERO_KILLED` and :data:`_ZERO_WOUNDED`
    can match ``low``: each of their matches holds "без" or a "не" after a space."""
    if "без" in low or " не" in low:
        return True
    at = low.find("не", 1)
    while at > 0:
        if low[at - 1].isspace():
            return True
        at = low.find("не", at + 1)
    return False


# the words of a sentence that sums up ("Загалом за добу в громаді ... загиблих немає"), not
# "за добу", which one community's report may hold too
_SUMS_UP = compiled(_W + r"(?:загалом|усього|всього|всего|в\s+цілому|в\s+целом|итого)(?!\w)")


def _zeros(s: _Sentence, found: _Found) -> None:
    """ "No one was hurt" statements, told apart by what they deny and whether they speak of
    one site of several."""
    if not _may_deny(s.text):
        return
    # (one site's, unless the sentence sums up: "Загалом за добу в громаді ... загиблих немає")
    local = _LOCAL.search(s.text) is not None and not _SUMS_UP.search(s.text)
    if any(not _NOT_WITHOUT.search(s.text, 0, m.start()) for m in _ZERO_BOTH.finditer(s.text)):
        if local:
            found.zero_both_local += 1
        else:
            found.zero_both += 1
    if _ZERO_KILLED.search(s.text) and not local:
        found.zero_killed = True
    if _ZERO_WOUNDED.search(s.text) and not local:
        found.zero_wounded = True


class _WeaponCount(NamedTuple):
    value: int
    kind: str
    first: int  # index of the first token
    end: int
    approx: bool
    of: int | None  # "12 із 30": the 30
    whole: bool  # "із 40 ракет": the whole of which a part was shot down


# words a number may start at, with the qualifiers of at least (see :func:`_number`)
_NUMBER_START = _WordTest(lambda w: _COUNT_START[w] or w in _AT_LEAST)


@lru_cache(maxsize=16)
def _number_starts(lang: str, at_least: bool) -> _WordTest:
    """The words of :data:`_NUMBER_START` (``at_least``) or :data:`_COUNT_START` at which
    :func:`_number` may read a number in ``lang`` (:func:`_may_begin`): a word that only
    looks like a numeral ("області", "станом") gives none, and is not tried."""
    starts = _NUMBER_START if at_least else _COUNT_START
    begins = _numbers_begin(lang)
    return _WordTest(lambda w: starts[w] and begins[w])


def _starting(toks: list[_Tok], starts: _WordTest, texts: list[str] | None = None) -> Iterator[int]:
    """The indices of the tokens ``starts`` holds true, in order, picked in C (``texts``:
    the tokens' texts, when at hand)."""
    return compress(count(), map(starts.__getitem__, map(_TEXT, toks) if texts is None else texts))


_UNREAD = _Num(-1, -1, False, False)  # what :func:`_number_in` holds for a token not read yet


def _number_in(s: _Sentence, i: int, lang: str) -> _Num | None:
    """:func:`_number` at token ``i`` of the sentence ``s``, read once and kept in
    ``s.numbers``: the weapon counts and the bare intercepts of one sentence look at the
    same tokens ("сбиты 24 над Брянской": the "24" is tried by both)."""
    num = s.numbers.get(i, _UNREAD)
    if num is _UNREAD:
        num = s.numbers[i] = _number(s.toks, i, lang, s.text)
    return num


def _weapon_counts(s: _Sentence, lang: str) -> list[_WeaponCount]:
    toks = s.toks
    out = []
    skip_to = 0
    # the tokens a number can start at, looked at in order; one read skips the tokens it took
    for i in _starting(toks, _number_starts(lang, True), s.texts):
        if i < skip_to:
            continue
        num = _number_in(s, i, lang)
        if num is None:
            continue
        k = num.end
        of = None
        if k + 1 < len(toks) and toks[k].text in ("із", "з", "зі", "из"):
            whole = _number_in(s, k + 1, lang)
            if whole is not None:
                of, k = whole.value, whole.end
        weapon = _weapon_after(toks, k, lang)
        whole = i > 0 and toks[i - 1].text in _OF  # "із 40 запущених ракет збито 32"
        if weapon is not None:
            end = weapon[1]
            if of is None and end + 1 < len(toks) and toks[end].text in _OF:
                after = _number_in(s, end + 1, lang)  # "14 «шахедів» з 16"
                if after is not None:
                    of, end = after.value, after.end
            out.append(_WeaponCount(num.value, weapon[0], i, end, num.approx, of, whole))
        elif of is not None:
            out.append(_WeaponCount(num.value, "", i, k, num.approx, of, False))
        skip_to = max(num.end, i + 1)
    return out


def _has(s: _Sentence, pattern: re.Pattern[str], clause: int | None = None) -> bool:
    """Whether a word of ``pattern`` stands in the sentence, or in one clause of it (kept
    in ``s.found`` by the pattern's ``id``: the patterns asked of are this module's own,
    alive as long as it is; see :func:`_matcher` for why not by the pattern)."""
    clauses = s.found.get(id(pattern))
    if clauses is None:
        # the clause numbers of the tokens the pattern matches, in one pass in C
        matches = _matcher(pattern).__getitem__
        clauses = s.found[id(pattern)] = set(
            compress(s.clause, map(matches, map(_TEXT, s.toks) if s.texts is None else s.texts))
        )
    return bool(clauses) if clause is None else clause in clauses


def _made_in_only(s: _Sentence, clause: int) -> bool:
    """Whether the clause's only words of weapons not launched tell where they were made,
    a country's name after them ("2 реактивных снаряда системы HIMARS производства США"),
    not a production ("производство 100 дронов")."""
    toks = s.toks
    return all(
        toks[k].text.startswith(_MADE_STEMS) and k + 1 < len(toks) and toks[k + 1].text in _MAKERS
        for k, c in enumerate(s.clause)
        if c == clause and _NOT_LAUNCHED_WORD[toks[k].text]
    )


# the countries weapons are told as made in (lower case, genitive)
_MAKERS = frozenset(
    (
        *("сша", "рф", "кндр", "ес", "ирана", "ірану", "китая", "китаю", "россии", "росії"),
        *("украины", "україни", "франции", "франції", "германии", "німеччини"),
        *("великобритании", "великобританії", "турции", "туреччини"),
    )
)


def _clause_role(s: _Sentence, wc: _WeaponCount) -> str | None:
    """The role the count's own clause tells: "intercepted" or "launched" by its verb, ""
    where it tells weapons not launched, None where it tells none."""
    clause = s.clause[wc.first]
    if _has(s, _INTERCEPT_VERB, clause):
        return "intercepted"
    if _has(s, _NOT_LAUNCHED, clause) and not _made_in_only(s, clause):
        return ""
    if _has(s, _LAUNCH_WORD, clause):
        return "launched"
    return None


def _role(
    s: _Sentence, wc: _WeaponCount, own: str | None, told: str | None, lang: str
) -> str | None:
    """Whether a count of weapons is of intercepted or launched ones, or neither; ``own``:
    what its clause tells (:func:`_clause_role`); ``told``: the role of a count before it
    that its own clause told, which a count joined by "і", "та", "и" after a clause between
    takes ("запустил 40 беспилотников, из которых 30 сбиты, и 5 ракет"). A count in a
    clause without a verb is launched where the verb of downing has a count of its own in
    another clause ("Підсумки ночі: 120 БпЛА та 4 ракети, збито 98")."""
    if own is not None:
        return own or None
    if (
        told
        and wc.first > 1
        and s.toks[wc.first - 1].text in _AND
        and s.toks[wc.first - 2].text == ","
    ):
        return told
    intercept, launch = _has(s, _INTERCEPT_VERB), _has(s, _LAUNCH_WORD)
    if intercept and not launch:
        return "launched" if _downed_counted_apart(s, wc, lang) else "intercepted"
    if launch and not intercept:
        return "launched"
    if not intercept and (_instrumental_item(s, wc) or _tally_item(s, wc, lang)):
        return "launched"
    return None


def _clause_has_verb(s: _Sentence, clause: int, lang: str) -> bool:
    """Whether a word of clause ``clause`` of ``s`` other than a weapon's noun is read
    first as a verb, a short participle or an infinitive (:data:`_CLAUSE_POS`; the
    dictionary guesses "бпла" a verb)."""
    toks = s.toks
    return any(
        s.clause[k] == clause
        and toks[k].text[:1].isalpha()
        and _pos(toks[k].text, lang) in _CLAUSE_POS
        and _weapon_type(toks, k) is None
        for k in range(len(toks))
    )


# the words of a tally's heading: "Підсумки ночі:", "Итоги недели:", "Разом за тиждень:"
_TALLY_STEMS = ("підсум", "итог", "разом", "загалом", "усього", "всього", "всего", "итого")
_LOSSES_STEMS = ("втрат", "потер")


def _tally_item(s: _Sentence, wc: _WeaponCount, lang: str) -> bool:
    """Whether a count follows the colon of a heading of a period's tally within the first
    few words of its sentence, in a clause without a verb: "Разом за тиждень: 210 дронів,
    35 КАБів", "Итоги недели: 310 беспилотников" (not "Итоги недели: 12 дронов передали
    волонтеры")."""
    toks = s.toks
    colon = next((j for j in range(min(wc.first, 7)) if toks[j].text == ":"), None)
    if colon is None:
        return False
    return (
        any(t.text.startswith(_TALLY_STEMS) for t in toks[:colon])
        # (not the other side's losses: "Втрати противника за добу: ... 23 БпЛА", "Итоги дня:
        # потери врага — 38 БПЛА")
        and not any(t.text.startswith(_LOSSES_STEMS) for t in toks[: wc.first])
        and not _clause_has_verb(s, s.clause[wc.first], lang)
    )


def _downed_counted_apart(s: _Sentence, wc: _WeaponCount, lang: str) -> bool:
    """Whether a verb of downing in a clause after the count's, which has no verb, has a
    number of its own in its clause ("120 БпЛА та 4 ракети, збито 98", "57 беспилотников,
    49 уничтожены", "47 БпЛА, 39 з них знешкоджено"; not "сбиты 12 беспилотников, 3
    авиабомбы": the list after the verb; nor "два інших дрони впали": a clause of its own
    verb)."""
    toks, clause, own = s.toks, s.clause, s.clause[wc.first]
    downed = {clause[j] for j in range(wc.end, len(toks)) if _INTERCEPT_WORD[toks[j].text]}
    downed.discard(own)
    counted = downed and any(
        clause[k] in downed and _COUNT_START[toks[k].text] and _number_in(s, k, lang) is not None
        for k in range(wc.end, len(toks))
    )
    return bool(counted) and not _clause_has_verb(s, own, lang)


_INSTRUMENTAL_ENDINGS = ("ами", "ями", "ими", "ыми")


def _instrumental_item(s: _Sentence, wc: _WeaponCount) -> bool:
    """Whether a count opens a line or a paragraph of a list of what attacked, its weapon
    told in the instrumental case ("🔹 457 ударними БпЛА типу Shahed", "– 19 ракетами:",
    "— 20 беспилотниками"), when the list's head with its verb stands in a paragraph before."""
    at = s.toks[wc.first].start
    if s.text[:at].strip(LINE_BULLETS) and not opens_line(s.text, at):
        return False
    return any(t.text.endswith(_INSTRUMENTAL_ENDINGS) for t in s.toks[wc.first + 1 : wc.end])


def _heads_parts(s: _Sentence, end: int) -> bool:
    """Whether the line of a count ending at token ``end`` ends with a colon: the lines
    after it are its parts ("– 19 ракетами:\n– 4 балістичними ...;\n– 15 крилатими ...")."""
    pos = s.toks[end - 1].end
    stop = s.text.find("\n", pos)
    return s.text[pos : len(s.text) if stop < 0 else stop].rstrip().endswith(":")


class _Item(NamedTuple):
    """A count of a list of counts per region."""

    value: int
    first: int  # index of its first token
    kind: str
    place: int  # index of the token that ties it to its place
    governed: bool = False  # a verb of shooting down governs it alone ("Сбиты БПЛА: 15 над X")


_LANDMARKS = _PLACE_PREP | {":", ";"}  # the tokens :func:`_landmarks` finds


def _landmarks(s: _Sentence) -> list[int]:
    """The indices of the tokens of ``s`` that :func:`_place_of` and :func:`_head_kind`
    look for (:data:`_LANDMARKS`: the prepositions of a place, colons and semicolons),
    found once per sentence, in C; a sentence holds few of them."""
    found = s.landmarks
    if found is None:
        texts = map(_TEXT, s.toks) if s.texts is None else s.texts
        found = s.landmarks = list(compress(count(), map(_LANDMARKS.__contains__, texts)))
    return found


def _place_of(s: _Sentence, i: int, end: int) -> tuple[int, int] | None:
    """The token that ties a count at tokens ``i:end`` to a place of its own, in a list of
    counts per region ("над Брянською – 5", "5 – над Курской", "24 перехватили над X",
    "по два – над X и Y"), and how many places it is given for; None when it is no such
    item."""
    toks = s.toks
    n = len(toks)
    k = end
    while k < n and (_INTERCEPT_WORD[toks[k].text] or toks[k].text in _DASHES):
        k += 1
    place = -1
    if k < n and (toks[k].text == "над" or (k > end and toks[k].text in _PLACE_PREP)):
        place = k  # "20 над Брянской", "21 – над Белгородской"
    start = i - 1 if i > 0 and toks[i - 1].text == "по" else i
    if place < 0 and start > 1 and toks[start - 1].text in _DASHES:
        before = s.clause[start - 2]
        if any(s.clause[j] == before and toks[j].text in _PLACE_PREP for j in _landmarks(s)):
            place = start - 1  # "над Белгородской – 21"
    if place < 0:
        clause = s.clause[i]
        for j in _landmarks(s):
            if s.clause[j] == clause and toks[j].text == "над" and not i <= j < end:
                place = j  # "над Курской областью сбиты 15 беспилотников"
                break
    if place < 0:
        return None
    places = 1
    if start < i:  # "по пять – над Тульской и Калужской"
        clause = s.clause[min(k, n - 1)]
        places += sum(1 for j in range(k, n) if s.clause[j] == clause and toks[j].text in _AND)
    return place, places


class _Entry(NamedTuple):
    """A count of weapons with what it counts and whether they were launched or shot
    down."""

    value: int
    first: int
    end: int
    kind: str
    role: str
    approx: bool


def _joined(s: _Sentence, a: int, b: int) -> bool:
    """Whether the tokens ``a:b`` between two counts join them in one list ("34 крилатих
    ракет Х-101, 8 ракет «Калібр»", "5 ракет та 30 дронів"), where each count may say where
    it was launched from and stand on a line of its own ("9 ракетами Іскандер-К — з Курської
    області;" then "– 4 ракетами Іскандер-М")."""
    gap = _without_origins(s, s.toks[a:b])
    if not gap or len(gap) > 6 or not any(t.text in (",", ";") or t.text in _AND for t in gap):
        return False
    for t in gap:
        w = t.text
        if w in _PLACE_PREP or w in _PARTITIVE or w in (":", "(", "–", "—"):
            return False
        if w == "-" and s.text[t.start - 1 : t.start] == " ":
            return False
        if _INTERCEPT_WORD[w] or _LAUNCH_WORDS[w] or _NOT_LAUNCHED_WORD[w]:
            return False
    return True


_ITEM_ENDS = frozenset((",", ";"))
# where a line's weapons were sent: "🔹 40 БпЛА – на Харківщину" after a line without one
# ("🔹 120 БпЛА запустив ворог") parts its count, and is no further item of one list
_AIMED = compiled(r"(?<!\w)(?:на|по|у\s+напрямку|в\s+направлении|курсом)\s")


def _aimed(s: _Sentence, k: int) -> bool:
    """Whether the rest of the line from token ``k`` of ``s`` says where weapons were sent."""
    if k >= len(s.toks):
        return False
    at = s.toks[k].start
    stop = s.text.find("\n", at)
    return _AIMED.search(s.text, at, len(s.text) if stop < 0 else stop) is not None


def _without_origins(s: _Sentence, gap: list[_Tok]) -> list[_Tok]:
    """``gap`` (tokens between two counts) without the places the first was launched from
    ("— з Курської області", "из Брянской области", "з напрямку Міллерово", or an aside in
    brackets) and without the dash that opens a line of a list: the tokens left join the
    counts or part them."""
    out: list[_Tok] = []
    k = 0
    text = s.text
    while k < len(gap):
        t = gap[k]
        nxt = gap[k + 1] if k + 1 < len(gap) else None
        if t.text == "(" and any(g.text == ")" for g in gap[k + 1 :]):
            # an aside on the first count's origin: "(пуски з району Енгельса ...)"
            k = next(j for j in range(k + 1, len(gap)) if gap[j].text == ")") + 1
            continue
        if t.text in _DASHES and (
            text[max(0, t.start - 4) : t.start].rstrip().endswith(";")
            or "\n" in text[max(0, t.start - 4) : t.start]
            or (nxt is not None and nxt.text in _OF)
        ):
            k += 1  # a line's dash, or the dash before where the weapons came from
            continue
        if (
            t.text in _OF
            and nxt is not None
            and nxt.text not in _BEFORE_GROUP
            and nxt.text.isalpha()  # (a number after it is a part: "5 з 10 ракет")
        ):
            k += 1
            while k < len(gap) and gap[k].text not in _ITEM_ENDS and gap[k].text not in _AND:
                k += 1  # the place's words, up to the end of the list's item
            continue
        out.append(t)
        k += 1
    return out


# the words after "із", "из" that tell a part of a count given before ("четыре из них",
# "два з яких"), not where the weapons came from ("50 дронами из Курской области")
_BEFORE_GROUP = frozenset(("них", "їх", "яких", "которых", "этих", "цих", "тих", "тех"))


def _part_of_before(toks: list[_Tok], k: int) -> bool:
    """Whether the tokens at ``k`` are "з", "із" or "из" and a word of a group counted before."""
    return k + 1 < len(toks) and toks[k].text in _OF and toks[k + 1].text in _BEFORE_GROUP


def _weapons(s: _Sentence, lang: str, found: _Found) -> None:
    """Counts of launched and intercepted drones and missiles in one sentence."""
    toks = s.toks
    counts = _weapon_counts(s, lang)
    entries: list[_Entry] = []
    items: list[_Item] = []
    used: set[int] = set()
    intercept = _has(s, _INTERCEPT_VERB)
    placed_end = -1  # where the count before ends, when it was tied to a place
    told: str | None = None  # the role the last clause of a count told
    for wc in counts:
        joined_to, placed_end = placed_end, -1
        used.update(range(wc.first, wc.end))
        if wc.kind:
            found.last_weapon = wc.kind
        kind = wc.kind or found.last_weapon
        if wc.of is None and _part_of_before(toks, wc.end):
            continue  # "четыре из них": part of a count given before
        if wc.whole and wc.of is None:
            entries.append(_Entry(wc.value, wc.first, -1, kind, "launched", wc.approx))
            continue
        if wc.of is not None:  # "12 із 30 ударних безпілотників"
            if intercept:
                entries.append(_Entry(wc.value, wc.first, -1, kind, "intercepted", wc.approx))
            entries.append(_Entry(wc.of, wc.first, -1, kind, "launched", False))
            continue
        own = _clause_role(s, wc)
        role = _role(s, wc, own, told, lang)
        told = own or told
        if role is None:
            continue
        place = _place_of(s, wc.first, wc.end) if role == "intercepted" else None
        if (
            place is not None
            and items
            and joined_to >= 0
            and items[-1].place == place[0]
            and items[-1].kind == kind
            and _joined(s, joined_to, wc.first)
        ):  # "над Харківщиною знищили 14 FPV-дронів та 3 ударні БпЛА": one place's 17
            items[-1] = items[-1]._replace(value=items[-1].value + wc.value * place[1])
            entries[-1] = entries[-1]._replace(value=entries[-1].value + wc.value)
            placed_end = wc.end
        elif place is not None:
            items.append(_Item(wc.value * place[1], wc.first, kind, place[0]))
            entries.append(_Entry(wc.value, wc.first, -1, kind, role, wc.approx))
            placed_end = wc.end
        elif (
            entries
            and entries[-1].end >= 0
            and entries[-1][3:5] == (kind, role)
            and (
                _joined(s, entries[-1].end, wc.first)
                or (
                    # (counts of one kind that open their lines are the items of one list,
                    # whatever each line says of its count: "• 8 ракет «Калібр» – з ...")
                    opens_line(s.text, toks[entries[-1].first].start)
                    and opens_line(s.text, toks[wc.first].start)
                    # (not a line of a total, then lines of where its parts went)
                    and _aimed(s, entries[-1].end) == _aimed(s, wc.end)
                )
            )
        ):
            last = entries[-1]  # one list: "5 ракет та 30 дронів" is two, "2 і 4 ракети" one
            if not (  # (not a line's parts: "19 ракетами:\n– 4 ...")
                _heads_parts(s, last.end) and opens_line(s.text, toks[wc.first].start)
            ):
                entries[-1] = last._replace(value=last.value + wc.value, end=wc.end)
        else:
            entries.append(_Entry(wc.value, wc.first, wc.end, kind, role, wc.approx))
    singles: list[_Hit] = []
    for e in entries:
        hit = _Hit(e.value, s.strength, s.start + toks[e.first].start, approx=e.approx, kind=e.kind)
        if e.role == "intercepted":
            singles.append(hit)
        elif e.kind == "drones":
            found.drones.append(hit)
        elif e.kind == "missiles":
            found.missiles.append(hit)
    if intercept:
        named = [(wc.end, wc.kind) for wc in counts if wc.kind]
        _bare_intercepts(s, lang, found.last_weapon, used, singles, items, named)
        if not singles and not items:
            _all_intercepted(s, entries, singles)
        if not singles and not items and not entries:
            _one_intercepted(s, lang, singles)
    told = _after_total(s, _listed(s, items, _add_more(singles)))
    # "UPD: сбиты ещё 5 БПЛА": in an update, more than counted before it (see _first_count);
    # told as more, not added to a count before it in the sentence
    more = {s.start + toks[e.first].start for e in entries if _after_more(toks, e.first)}
    if more:
        told = [h._replace(more=True) if h.position in more else h for h in told]
    found.intercepted.extend(told)


def _after_total(s: _Sentence, hits: list[_Hit]) -> list[_Hit]:
    """A sentence's intercepted counts less those of each kind told before a total of that
    kind later in the sentence ("Ещё 8 ... уничтожены ..., всего сбито 15": 15), or of any
    kind before a total of air targets."""
    if len(hits) < 2 or not _found(_TOTAL, _TOTAL_NEEDS, _TOTAL_BIT, s.bits, s.text):
        return hits
    m = _TOTAL.search(s.text)
    at = s.start + m.start() if m is not None else s.start
    later = {h.kind for h in hits if h.position > at}
    if not later:
        return hits
    return [h for h in hits if h.position > at or ("targets" not in later and h.kind not in later)]


# "усі збито", "всі знешкоджено", "обидві збиті", "все сбиты", "обе ракеты сбиты"
_ALL_WORDS = frozenset(("усі", "всі", "все")) | _BOTH


def _one_intercepted(s: _Sentence, lang: str, singles: list[_Hit]) -> None:
    """One drone or missile named in the singular beside a verb of shooting down, in a
    sentence that counts none: "Над Таганрогом сбита ракета", "збито ворожий дрон"."""
    toks = s.toks
    for j, tok in enumerate(toks):
        kind = _weapon_type(toks, j)
        if kind not in ("drones", "missiles") or tok.text.isupper():
            continue  # ("БПЛА" is either number)
        near = toks[max(0, j - 3) : j + 3]
        if not any(_INTERCEPT_WORD[t.text] for t in near):
            continue
        reading = analyse(tok.text.lower(), lang)[:1]
        if reading and _singular_subject(reading[0]):
            singles.append(_Hit(1, s.strength, s.start + tok.start, kind=kind, single=True))
            return


def _singular_subject(reading: Analysis) -> bool:
    """Whether a noun's first reading is one thing, named as a subject or object ("ракета",
    "дрон"; the Ukrainian dictionary marks the nominative and accusative without a number)."""
    return "plur" not in reading.grammemes and reading.case in ("nomn", "accs")


def _all_intercepted(s: _Sentence, entries: list[_Entry], singles: list[_Hit]) -> None:
    """Every weapon the sentence counted as launched, said to be shot down without a count
    ("запустив чотири балістичні ракети, усі збито"): the last launched count, once."""
    toks = s.toks
    launched = [e for e in entries if e.role == "launched"]
    if not launched:
        return
    last = launched[-1]
    for j in range(last.first + 1, len(toks)):
        if toks[j].text.lower() in _ALL_WORDS and any(
            _INTERCEPT_WORD[t.text] for t in toks[j + 1 : j + 4]
        ):
            pos = s.start + toks[j].start
            singles.append(_Hit(last.value, s.strength, pos, approx=last.approx, kind=last.kind))
            return


def _after_more(toks: list[_Tok], i: int) -> bool:
    """Whether token ``i`` follows "ще", "еще" or "ещё"."""
    return i > 0 and toks[i - 1].text in _MORE


def _add_more(singles: list[_Hit]) -> list[_Hit]:
    """A sentence's intercepted counts with those said to be more ("ще 3 подавлено") added
    to the count before them; with none before, they are the part of an earlier one."""
    out: list[_Hit] = []
    for h in sorted(singles, key=lambda h: h.position):
        if not h.more:
            out.append(h)
            continue
        before = [i for i, o in enumerate(out) if o.kind == h.kind]
        if before:
            first = out[before[-1]]
            out[before[-1]] = first._replace(value=first.value + h.value)
    return out


def _over_country(s: _Sentence, it: _Item) -> bool:
    """Whether item ``it`` of a list is a count over the whole country ("над территорией
    страны перехвачены 337, из них 126 — над X, ..."): the total the others are parts of."""
    return any(t.text.startswith(("территор", "територ")) for t in s.toks[it.place : it.place + 3])


def _listed(s: _Sentence, items: list[_Item], singles: list[_Hit]) -> list[_Hit]:
    """The intercepted counts of a sentence, those of a list per region summed: unless the
    sentence states a total, a list of two or more counts of one kind for different places
    gives one figure, and a single item that a verb of shooting down governs ("Уничтожены
    БПЛА: 15 над X", "24 перехватили над X") is the figure when no other count of its kind
    is stated."""
    out = singles
    for kind in dict.fromkeys(it.kind for it in items):
        of_kind = [it for it in items if it.kind == kind]
        if len(of_kind) > 1:
            # "перехвачены 76 беспилотников:\n— 23 — над ..., — 18 — над ...": the count its
            # list adds up to is the total it is (a figure of the whole, as a headline's)
            listed_sum = sum(it.value for it in of_kind)
            out = [
                h._replace(strength=1)
                if h.kind == kind and h.value == listed_sum and h.strength in (0, _ANY_STRENGTH)
                else h
                for h in out
            ]
        if len(of_kind) == 1 and of_kind[0].governed and all(h.kind != kind for h in out):
            it = of_kind[0]  # "Уничтожены БПЛА: 15 над X": one item, no total stated
            out = [*out, _Hit(it.value, s.strength, s.start + s.toks[it.first].start, kind=kind)]
            continue
        if len(items) < 2 or _found(_TOTAL, _TOTAL_NEEDS, _TOTAL_BIT, s.bits, s.text):
            continue
        if len(of_kind) < 2 or len({it.place for it in of_kind}) < 2:
            continue
        if any(_over_country(s, it) for it in of_kind):
            continue  # "над территорией страны перехвачены 337, из них 126 — над X, ...": parts
        at = {s.start + s.toks[it.first].start for it in of_kind}
        total = _Hit(sum(it.value for it in of_kind), s.strength, min(at), kind=kind)
        # a count stated before the list, not part of it, is its total and stays first
        out = [h for h in out if h.kind != kind or h.position not in at] + [total]
    return out


def _bare_intercepts(
    s: _Sentence,
    lang: str,
    kind: str,
    used: set[int],
    singles: list[_Hit],
    items: list[_Item],
    named: list[tuple[int, str]] | tuple[()] = (),
) -> None:
    """Intercepted counts with no weapon noun: "із яких збили 32", "24 перехватили над X",
    "21 – над Белгородской". Each is of the kind of the last count of weapons before it
    (``named``: the end token and kind of the sentence's counts of weapons: "из 61 «Герани»
    сбито 45, из 7 ракет — 5", "запустив 60 дронів, з яких 45 збито, та 4 ракети"), or of
    ``kind`` (the kind named last) where none comes before it."""
    toks = s.toks
    n = len(toks)
    skip_to = 0
    named_ends = [end for end, _ in named]

    def kind_at(i: int) -> str:  # the kind of the last count of weapons ending by token i
        j = bisect_right(named_ends, i)
        return named[j - 1][1] if j else kind

    for i in _starting(toks, _number_starts(lang, False), s.texts):
        if i < skip_to or i in used:
            continue
        num = _number_in(s, i, lang)
        if num is None:
            continue
        k = num.end
        prev = toks[i - 1].text if i > 0 else ""
        follows = toks[k].text if k < n else "."
        after_verb = _INTERCEPT_WORD[prev]
        if follows in _OF and k + 1 < n and toks[k + 1].text in _WHICH:
            # "70 з яких збили", "ППО знищили 21 з них"
            if after_verb or any(_INTERCEPT_WORD[t.text] for t in toks[k + 2 : k + 5]):
                pos = s.start + toks[i].start
                singles.append(_Hit(num.value, s.strength, pos, approx=num.approx, kind=kind_at(i)))
            skip_to = k
            continue  # "четыре из них – над X": part of a count given before
        if (
            prev in _WHICH
            and i > 1
            and toks[i - 2].text in _OF
            and any(_INTERCEPT_WORD[t.text] for t in toks[k : k + 2])
        ):  # "з них 21 знищено", "из них 25 уничтожены"
            pos = s.start + toks[i].start
            singles.append(_Hit(num.value, s.strength, pos, approx=num.approx, kind=kind_at(i)))
            skip_to = max(k, i + 1)
            continue
        if prev in _MORE and (
            any(_INTERCEPT_WORD[t.text] for t in toks[k : k + 3])
            or (follows in _DASHES and _place_of(s, i, k) is not None)
        ):  # "сбиты 11 беспилотников, еще 3 подавлены", "збито 6 БпЛА, ще 4 — на Черкащині"
            pos = s.start + toks[i].start
            singles.append(_Hit(num.value, s.strength, pos, more=True, kind=kind_at(i)))
        ends = not follows[:1].isalnum() or follows in _PLACE_PREP or follows in _AND
        if (
            prev in _DASHES
            and not follows[:1].isalnum()
            and (whole := _whole_before_dash(toks, i - 1, lang, s)) is not None
            and any(_INTERCEPT_WORD[t.text] for t in toks[:whole])
        ):  # "из 61 «Герани» сбито 45, из 7 ракет — 5": the verb told once for both; the
            # count before it, then of the kind named before it
            pos = s.start + toks[i].start
            singles.append(_Hit(num.value, s.strength, pos, approx=num.approx, kind=kind_at(i)))
        elif after_verb and ends:
            pos = s.start + toks[i].start
            singles.append(_Hit(num.value, s.strength, pos, approx=num.approx, kind=kind_at(i)))
        elif (
            _INTERCEPT_WORD[follows]
            # (the verb's clause ends, or goes on with no weapon: "49 уничтожены средствами ПВО")
            and (
                k + 1 >= n
                or not toks[k + 1].text[:1].isalnum()
                or _weapon_after(toks, k + 1, lang) is None
            )
            and bisect_right(named_ends, i)  # (a count of weapons told before it)
        ):  # "запустив 80 дронів, 50 збито", "Из 90 запущенных беспилотников 70 сбиты, ..."
            pos = s.start + toks[i].start
            singles.append(_Hit(num.value, s.strength, pos, approx=num.approx, kind=kind_at(i)))
        tied = (  # a count an item of a list per region may be: its place looked for
            after_verb
            or prev in _DASHES
            or prev == "по"
            or follows in _DASHES
            or follows == "над"
            or _INTERCEPT_WORD[follows]
        )
        place = _place_of(s, i, k) if tied else None
        if place is not None:
            head = _head_kind(s, i)
            governed = head is not None or _INTERCEPT_WORD[follows]
            item_kind = head or kind_at(i)
            items.append(_Item(num.value * place[1], i, item_kind, place[0], governed))
        skip_to = max(k, i + 1)


def _whole_before_dash(toks: list[_Tok], dash: int, lang: str, s: _Sentence) -> int | None:
    """The token of "из"/"з" that opens a whole count of weapons ending right before the
    dash at ``dash`` (", из 7 ракет — 5"), or None."""
    for t in range(dash - 2, max(dash - 6, 0) - 1, -1):
        if toks[t].text in _OF and (num := _number_in(s, t + 1, lang)) is not None:
            weapon = _weapon_after(toks, num.end, lang)
            return t if weapon is not None and weapon[1] == dash else None
    return None


def _head_kind(s: _Sentence, i: int) -> str | None:
    """The weapon a head before a colon names, when a count at token ``i`` follows one
    with a verb of shooting down in it ("Уничтожены БПЛА: 15 над X" gives ``drones``;
    ``""`` when the head names no weapon); None when no such head governs the count."""
    toks = s.toks
    # the colons and semicolons before the count, the last first
    stops = [j for j in reversed(_landmarks(s)) if j < i and toks[j].text in (":", ";")]
    if not stops or toks[stops[0]].text != ":":
        return None
    colon = stops[0]
    start = next((j + 1 for j in stops if toks[j].text == ";"), 0)
    head = range(start, colon)
    if not any(_INTERCEPT_WORD[toks[j].text] for j in head):
        return None
    kinds = [_weapon_type(toks, j) for j in head]
    return next((k for k in reversed(kinds) if k), "")


# ---------------------------------------------------------------------------------------
# Choosing


def _pick_casualty(hits: list[_Hit]) -> int | None:
    """The latest update, else the largest headline or total, else the counts of the
    report's lines added up (a line that repeats another's count adds nothing)."""
    if not hits:
        return None
    best = max(h.strength for h in hits)
    if best == 2:
        latest = max((h for h in hits if h.strength == 2), key=lambda h: h.position)
        told = [
            h
            for h in hits
            if h.strength == 2 and not h.more and h.kind == _TO and h.part[0] == latest.part[0]
            and h.position < latest.position
        ]  # fmt: skip
        if not latest.more:
            # "кількість постраждалих зросла до 5 — звернулася жінка": the one the 5 adds,
            # told right after it (not "... зросла до 6. Згодом ... загиблих п'ятеро")
            to = max(told, key=lambda h: h.position) if told else None
            if (
                to is not None
                and to.value > latest.value
                and latest.position - to.position <= _UPDATE_ADDS_REACH
            ):
                return to.value
            return latest.value
        if told and not _total_after(hits, latest):
            # "число пострадавших выросло до 7, ещё двое обратились": what the 7 holds
            return max(told, key=lambda h: h.position).value
        stated = [
            h
            for h in hits
            if h.strength == 2 and not h.more and h.part[0] == latest.part[0]
            and 0 < latest.position - h.position <= _UPDATE_ADDS_REACH and h.value > latest.value
        ]  # fmt: skip
        if stated and not _total_after(hits, latest):
            # "Пострадала женщина. ... Уточнённые данные: пострадавших двое — ещё один мужчина
            # обратился": the update's count, then who it adds to the count before (not
            # "Поранено 4 людей, ще троє звернулися пізніше": seven)
            count = max(stated, key=lambda h: h.position)
            before = [h for h in hits if h.position < count.position]
            if before and (_pick_casualty(before) or 0) + latest.value == count.value:
                return count.value
        return _read_on(hits, latest, _pick_casualty)
    if best == 1:
        return max(h.value for h in hits if h.strength == 1)
    lines: dict[int, int] = {}
    for part in dict.fromkeys(h.part for h in hits):
        count = _part_count([h for h in hits if h.part == part])
        lines[part[0]] = lines.get(part[0], 0) + count
    counts, numbers = list(lines.values()), list(lines)
    if (
        len(counts) > 2
        and numbers[1] - numbers[0] > 1  # a paragraph of its own before the others
        and min(hits, key=lambda h: h.position).part[1] < 0
        # (the later lines' counts, or every count of them: "В Одессе погиб 1; в Запорожской
        # области погиб 1" is one line of two places)
        and counts[0] in (sum(counts[1:]), sum(h.value for h in hits if h.part[0] != numbers[0]))
    ):
        # "... погибли 30 мирных жителей.\n\n ... Киев: здесь погибли 28 ...\n\nВ Одессе
        # погиб 1 человек; в Запорожской области погиб 1": a count told of no place, in a
        # paragraph of its own, then its places' parts, which add up to it (not lines of
        # places one by one, nor other strikes told after one)
        return counts[0]
    return _lines_added(lines, {h.part[0]: h.part[1] for h in hits if h.part[1] >= 0})


def _lines_added(lines: dict[int, int], placed: dict[int, int]) -> int:
    """The counts of a report's lines (by line number) added up: each line that names its
    place in its first words (``placed``: the place's key, see :func:`_part`; "🔴 с. Новый
    Ропск — ... ранен", "В Шебекино ранен ...") counts, unless it repeats a count of its
    place ("В Курске из 5 раненых ..."); a line that names none and repeats a count told, or
    the placed lines' sum, adds nothing ("Раненую сотрудницу перевели ..."), nor does one
    that repeats another such line."""
    told: dict[int, set[int]] = {}
    own = []
    for n, value in lines.items():
        if n in placed and value not in told.setdefault(placed[n], set()):
            told[placed[n]].add(value)
            own.append(value)
    total = sum(own)
    rest = dict.fromkeys(value for n, value in lines.items() if n not in placed)
    return total + sum(value for value in rest if value != total and value not in own)


def _part_count(hits: list[_Hit]) -> int:
    """The count of what a line says of one place: its largest figure, the others being
    parts of it, plus those said to be more ("ще двоє"); people described one by one with
    their ages only when it gives no figure (and then those said to be more added)."""
    plain = [h for h in hits if not h.ages]
    described = sum({h.ages: h.value for h in hits if h.ages}.values())
    if plain:
        told = [h.value for h in plain if not h.more]
        # (more than the people described by age, where no figure is told: "Поранено
        # 52-річного чоловіка. Ще одна жінка дістала травми": two)
        base = max(told) if told else described
        return base + sum(h.value for h in plain if h.more)
    return described


def _best(hits: list[_Hit]) -> list[_Hit]:
    """The hits of the strongest kind, exact figures before approximate ones."""
    best = max(h.strength for h in hits)
    top = [h for h in hits if h.strength == best]
    exact = [h for h in top if not h.approx]
    return exact or top


def _pick_intercepted(hits: list[_Hit]) -> int | None:
    """The first count (of the strongest kind) of drones plus those of missiles and of bombs,
    or that of air targets when larger; the last running total ("Всего с начала суток — 6") when the
    report counted some and it is larger."""
    running = [h for h in hits if h.kind == _RUNNING]
    if running:
        hits = [h for h in hits if h.kind != _RUNNING]
        if not hits:
            return None  # a total of nothing counted as shot down
        total = max(running, key=lambda h: h.position).value
        return max(total, _pick_intercepted(hits) or 0)
    if not hits:
        return None
    firsts: dict[str, int] = {}
    for kind in ("drones", "missiles", "bombs", "targets"):
        of_kind = [h for h in hits if h.kind == kind]
        # (one weapon named in the singular gives way to a count of its kind: "сбитый
        # беспилотник упал на пустырь ... 61 из них сбит"; not to a count of more than it)
        counted = [h for h in of_kind if not h.single]
        if counted and not any(h.more for h in counted):
            of_kind = counted
        if of_kind:
            firsts[kind] = _first_count(of_kind)
    weapons = firsts.get("drones", 0) + firsts.get("missiles", 0) + firsts.get("bombs", 0)
    return max(weapons, firsts.get("targets", 0))


def _first_count(hits: list[_Hit]) -> int:
    """The first count of the strongest kind of ``hits`` (of one kind of weapon); an update
    of more ("UPD: сбиты ещё 5 БПЛА") is added to the count before it, unless a total told
    after it ("Всего уничтожено 12") gives the latest figure."""
    best = _best(hits)
    top = min(best, key=lambda h: h.position)
    if top.strength == 1:  # totals: the widest ("всего над округом 3 ... всего за ночь 7")
        return max(h.value for h in best)
    if top.strength != 2 or not top.more:
        return top.value
    return _read_on(hits, top, _first_count)


def _total_after(hits: list[_Hit], update: _Hit) -> _Hit | None:
    """The last total (strength 1) told after ``update``, if any."""
    after = [h for h in hits if h.strength == 1 and h.position > update.position]
    return max(after, key=lambda h: h.position) if after else None


def _read_on(hits: list[_Hit], update: _Hit, pick: Callable[[list[_Hit]], int | None]) -> int:
    """The figure after ``update``, an update told as more ("Оновлено: ще п'ятеро
    звернулися по допомогу", "UPD: сбиты ещё 5 БПЛА"): a total told after it ("Загалом
    постраждали 12") is the latest figure; else it adds to what ``pick`` reads of the hits
    before it."""
    total = _total_after(hits, update)
    if total is not None:
        return total.value
    before = [h for h in hits if h.position < update.position]
    return update.value + ((pick(before) or 0) if before else 0)


def _pick_launched(hits: list[_Hit]) -> int | None:
    """The largest count of the strongest kind."""
    if not hits:
        return None
    best = max(h.strength for h in hits)
    return max(h.value for h in hits if h.strength == best)


def _is_title(text: str, start: int, end: int) -> bool:
    """Whether the first sentence, at ``start:end``, reads as a headline: a short line of its
    own without a full stop."""
    line = text[start:end].strip()
    own_line = end >= len(text) or "\n" in text[end : end + 3]
    return bool(line) and own_line and len(line) < 250 and line[-1] not in ".!?…"


def _is_byline(text: str, start: int, end: int) -> bool:
    """Whether the first sentence, at ``start:end``, is only who posts the report, on a line
    of its own above the headline ("Полтавська обласна прокуратура", "ДСНС України"): short,
    without a figure's words (:data:`_ALL_HINTS`), a digit or a stop."""
    line = text[start:end].strip()
    return (
        0 < len(line) <= 60
        and "\n" in text[end : end + 3]
        and line[-1] not in ".!?…:"
        and not any(map(str.isdigit, line))
        and not any(map(line.lower().__contains__, _ALL_HINTS))
    )


def _plain(text: str) -> str:
    """The text with one apostrophe, plain spaces and е for ё, each character kept in place."""
    if not any(map(text.__contains__, _PLAIN_CHARS)):  # looked for in C, one at a time
        return text
    return _ODD_CHARS.sub(lambda m: _PLAIN_CHARS[m.group()], text)


_Memo = dict[tuple, object] | None
_UNKNOWN = -1  # the bits of a sentence not told (see _bits_of): every check reads it in full


def _says_recall(low: str, start: int, end: int, memo: _Memo, bits: int = _UNKNOWN) -> bool:
    """``_matches(_RECALL, _RECALL_NEEDS, low, start, end)``, kept in ``memo`` by what the
    search sees: the span and the one character before it (the pattern's only look-behind
    is one character wide; it looks ahead of no match's end). ``bits``: those of the span
    (:func:`_bits_of`), when told."""
    if bits != _UNKNOWN and not bits & _RECALL_BIT:
        return False  # no word of _RECALL_NEEDS: no match
    if memo is None:
        return _found(_RECALL, _RECALL_NEEDS, _RECALL_BIT, bits, low, start, end)
    key = ("ukru recall", start == 0, low[max(start - 1, 0) : end])
    found = memo.get(key)
    if found is None:
        found = memo[key] = _found(_RECALL, _RECALL_NEEDS, _RECALL_BIT, bits, low, start, end)
    return cast("bool", found)


def _recalled(
    low: str, spans: list[tuple[int, int]], i: int, memo: _Memo = None, bits: int = _UNKNOWN
) -> bool:
    """Whether sentence ``i`` speaks of an earlier attack: it says so, or it goes on, on
    the same line, from a sentence that does ("Ранее ... 42 БПЛА. Из них 8 ...");
    ``bits``: those of sentence ``i`` (:func:`_bits_of`), when told."""
    start, end = spans[i]
    if _says_recall(low, start, end, memo, bits):
        return True
    while i > 0 and _GOES_ON.match(low[start:end]):
        prev_start, prev_end = spans[i - 1]
        if "\n" in low[prev_end:start]:
            return False
        if _says_recall(low, prev_start, prev_end, memo):
            return True
        i, start, end = i - 1, prev_start, prev_end
    return _item_of_recalled_list(low, spans, i, memo)


_ITEM_BULLETS = LINE_BULLETS.replace(" ", "").replace("\t", "")  # what may open a list's item


def _item_of_recalled_list(
    low: str, spans: list[tuple[int, int]], i: int, memo: _Memo = None
) -> bool:
    """Whether sentence ``i`` is an item of a list, opening with a bullet, whose head (the
    sentence before its items that ends with a colon) recalls an earlier attack
    ("Нагадаємо, у ніч на 9 липня ворог атакував:\n\n🔹 728 ударними БпЛА;")."""
    while i > 0 and low[spans[i][0] : spans[i][1]].lstrip()[:1] in _ITEM_BULLETS:
        i -= 1
        start, end = spans[i]
        if low[start:end].rstrip().endswith(":") or ":\n" in low[start:end]:
            return _says_recall(low, start, end, memo)  # (its head, or its head and first item)
    return False


def _part(plain: str, spans: list[tuple[int, int]], i: int) -> tuple[int, int]:
    """Which line sentence ``i`` stands on, and where the words that name the place it is
    about ("В Шебекино ...", "У Межівській громаді ...") first stand in the text (-1: none):
    counts for different places add up, while the counts of one place are parts of its
    largest."""
    line = plain.count("\n", 0, spans[i][0])
    j = i
    while (placed := _PLACED.match(plain, spans[j][0])) is None:
        if j == 0 or "\n" in plain[spans[j - 1][1] : spans[j][0]]:
            return line, -1
        j -= 1
    # (where the words that name the place first stand in the text: lines that open with
    # the same place, "В Курске ...", tell of one place; see _lines_added)
    name = _WORD_AT.match(plain, placed.end() - 1)
    opening = plain[spans[j][0] : name.end() if name is not None else placed.end()]
    return line, plain.find(opening)


class _Line(NamedTuple):
    """A sentence that may state a figure, before it is read."""

    text: str  # lower case, apostrophes made plain
    start: int
    strength: int
    part: tuple[int, int]
    title: bool
    toks: list[_Tok] | None = None  # its tokens, when made
    bits: int = -1  # the lists of needed words it holds (see _bits_of); -1: not told
    texts: list[str] | None = None  # the text of each token, when made


_NEITHER = (False, False)


def _update_or_total(sent: str, memo: _Memo, bits: int = _UNKNOWN) -> tuple[bool, bool]:
    """Whether a sentence tells an update (:data:`_UPDATE`) and a total (:data:`_TOTAL`),
    kept in ``memo`` by the sentence (``bits``: the sentence's, see :func:`_bits_of`, when
    told)."""
    if bits != _UNKNOWN and not bits & (_UPDATE_BIT | _TOTAL_BIT):
        return _NEITHER  # no word either pattern needs
    key = ("ukru strength", sent)
    found = memo.get(key) if memo is not None else None
    if found is None:
        found = (
            _found(_UPDATE, _UPDATE_NEEDS, _UPDATE_BIT, bits, sent),
            _found(_TOTAL, _TOTAL_NEEDS, _TOTAL_BIT, bits, sent),
        )
        if memo is not None:
            memo[key] = found
    return cast("tuple[bool, bool]", found)


def _weekly(low: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a report (``low``, its lower case) is of a week: its first sentence (its
    title, or the week's sum itself) speaks of one ("Тижнева хроніка обстрілів
    Нікопольщини", "Итоги недели", "Разом за тиждень: ...")."""
    head = low[: spans[0][1]] if spans else low
    return any(map(head.__contains__, figure_words.WEEK_STEMS))


def _lower(plain: str) -> str:
    """The lower case of ``plain``, each character kept in place."""
    low = plain.lower()
    if len(low) != len(plain):  # a letter whose lower case is longer: keep offsets
        low = "".join(ch.lower()[0] for ch in plain)
    return low


def _sentences(
    text: str,
    known: list[tuple[int, int]] | None = None,
    memo: _Memo = None,
    words: _WordsOf | None = None,
) -> list[_Line]:
    """The sentences that may state a figure, with their strength; recalled and skipped
    ones left out (``known``: the sentence spans of ``text``, when known; ``memo``: what was
    told of each sentence before, see :func:`extract_facts_uk_ru`; ``words``: what gives
    the words of a sentence of ``text`` at its start and end, instead of
    :func:`_words_of`)."""
    plain = _plain(text)
    low = _lower(plain)
    # the spans of the text hold for its plain form only when no character was changed
    spans = known if known is not None and plain is text else sentence_spans(plain)
    out = []
    lead_end = _lead_end(plain)  # where the first paragraph ends (-1: the whole text)
    lead = None  # whether the first paragraph tells a total, once asked
    for i in shares_holding(low, spans, _HINT_WORDS):
        start, end = spans[i]
        sent = low[start:end]
        if _SKIP_LINE.match(sent):
            continue
        toks, texts, bits = _words_of(sent, memo) if words is None else words(sent, start, end)
        if _recalled(low, spans, i, memo, bits) and not (
            _WEEK_TOLD.search(sent) and _weekly(low, spans)
        ):
            continue
        title = (i == 0 or (i == 1 and _is_byline(plain, *spans[0]))) and _is_title(
            plain, start, end
        )
        update, total = _update_or_total(sent, memo, bits)
        if (
            not total
            and any(map(sent.__contains__, _AGGRESSION_NEEDS))
            and (agg := _AGGRESSION.search(sent)) is not None
            and _no_place_before_count(plain, start + agg.end(), end)
        ):
            total = True
        if not total and i > 0 and bits & _CASUALTY_BITS and (lead_end < 0 or start < lead_end):
            if lead is None:
                lead = _lead_tells_total(low, spans, lead_end, memo)
            # "Протягом минулої доби ... Внаслідок обстрілів загинула 1 людина, ще 7 —
            # поранені.", then the places one by one: the lead's count is the total (not
            # one right after a sentence of its paragraph that names a place: "Дрон влучив у
            # будинок у Білопіллі. Поранено 2 людей.")
            total = (
                lead
                and _names_no_place(plain[start:end])
                and not _after_placed_sentence(plain, spans, i)
            )
        if (
            not total
            and ("итог" in sent or "підсум" in sent or "разом" in sent)
            and _CLOSING_TOTAL.match(sent)
            and _names_no_place(plain[start:end])
        ):
            total = True  # "Итог на этот час: ранены двое, погибших нет."
        if (
            not total
            and i > 0
            and bits & _CASUALTY_BITS
            and _after_total_sentence(plain, low, spans, i, memo)
        ):
            # "Загалом за ніч рятувальники загасили 6 пожеж. Загинула 1 людина,
            # травмовано 3.": the total goes on in the sentence after it
            total = True
        if not update and " а не " in sent and _CORRECTED.search(sent):
            update = True
        if update and _vague_update(sent):
            update = False  # "сообщал о 15 раненых, позднее обратились еще несколько"
        if not update and bits & _CASUALTY_BITS:
            # "UPD 23:40. Уточняю данные. ... Число погибших — 2": a line that opens as an
            # update gives its later sentences the update's strength
            line_start = plain.rfind("\n", 0, start) + 1
            update = line_start < start and _OPENS_UPDATE.match(low, line_start) is not None
        if update:
            strength = 2
        elif title or total:
            strength = 1
        else:
            strength = 0
        line = (sent, start, strength, _part(plain, spans, i), title, toks, bits, texts)
        out.append(_new_tuple(_Line, line))
    return out


def _after_total_sentence(
    plain: str, low: str, spans: list[tuple[int, int]], i: int, memo: _Memo
) -> bool:
    """Whether sentence ``i`` names no place and follows, in its paragraph, a sentence that
    tells a total and names no place either ("Загалом за ніч ліквідовано 9 пожеж.")."""
    ps, pe = spans[i - 1]
    start, end = spans[i]
    if "\n" in plain[pe:start]:
        return False
    return (
        _update_or_total(low[ps:pe], memo)[1]
        and _names_no_place(plain[ps:pe])
        and _names_no_place(plain[start:end])
    )


# the end of a sentence: a paragraph without one is a heading, a signature or a title
_SENTENCE_END = compiled(r"[.!?…](?:\s|$)")


def _lead_end(plain: str) -> int:
    """Where the first paragraph of ``plain`` that holds a sentence ends (its first blank
    line after it; -1: the whole text): the headings, signatures and titles above it ("Сумська
    ОВА", "Обстріли Сумщини за минулу добу", "За добу ворог 45 разів обстріляв громади 🔻")
    are read with it."""
    lo = 0
    while (hi := plain.find("\n\n", lo)) >= 0:
        if _SENTENCE_END.search(plain, lo, hi):
            return hi
        lo = hi + 2
    return -1


def _lead_tells_total(low: str, spans: list[tuple[int, int]], lead_end: int, memo: _Memo) -> bool:
    """Whether a sentence of the text's first paragraph (before ``lead_end``, its first blank
    line; -1: none) holds a word of a total (:data:`_TOTAL`: "за добу", "протягом минулої
    доби")."""
    for start, end in spans:
        if lead_end >= 0 and start >= lead_end:
            break
        if _update_or_total(low[start:end], memo)[1]:
            return True
    return False


def _after_placed_sentence(plain: str, spans: list[tuple[int, int]], i: int) -> bool:
    """Whether sentence ``i`` follows, in its paragraph, a sentence that tells of something
    in a place ("... у Білопіллі."; not "ворог обстріляв 9 громад Сумщини.")."""
    if i == 0:
        return False
    a, b = spans[i - 1]
    return "\n\n" not in plain[b : spans[i][0]] and _IN_PLACE.search(plain, a, b) is not None


# a preposition of where, then a name: "у Білопіллі", "в Шебекино", "біля Сум"
_IN_PLACE = compiled(r"(?<![^\W\d_])(?i:в|у|во|на|біля|поблизу|під|под|около|возле)\s+[А-ЯІЇЄҐ]")


def _no_place_before_count(plain: str, start: int, end: int) -> bool:
    """Whether ``plain[start:end]`` names no place (a capitalised word that is no
    abbreviation: "РФ", "ЗСУ" are none) before its first digit: "Внаслідок агресії РФ 1
    людина загинула" is a total, "... у Василівці поранено 1 людину" one place's."""
    digit = next((i for i in range(start, end) if plain[i].isdigit()), end)
    return not any(w[:1].isupper() and not w.isupper() for w in plain[start:digit].split())


def _names_no_place(sentence: str) -> bool:
    """Whether no word but the first of ``sentence`` is capitalised (it names no place); the
    first is the first with a letter ("📊 Загалом ...")."""
    words = sentence.split()
    first = next((k for k, w in enumerate(words) if not _NO_LETTER.fullmatch(w)), 0)
    # (an agency's letters name no place: "за даними РВА", "ДСНС")
    return not any(w[:1].isupper() and not _AGENCY.fullmatch(w) for w in words[first + 1 :])


_AGENCY = compiled(r"[А-ЯІЇЄҐ]{2,5}[,.;:)]*")


_NO_LETTER = compiled(r"[\W\d_]+")


_HARM_HINTS = _KILLED_HINTS + _WOUNDED_HINTS  # the words of a count of harm itself
_CASUALTY_HINTS = figure_words.UK_RU_CASUALTY
_WEAPON_OR_INTERCEPT_HINTS = _WEAPON_HINTS + _INTERCEPT_HINTS
# the words of a running total told without its noun (see _RUNNING_TOTAL)
_RUNNING_HINTS = figure_words.UK_RU_RUNNING
_ALL_HINTS = figure_words.UK_RU_ALL
# the same words, those most sentences that hold one hold first: a test of one sentence
# (:func:`~geo.language.text.shares_holding`) stops at the first word it finds
_ALL_HINTS_COMMON_FIRST = tuple(
    dict.fromkeys(
        (
            "дрон", "беспилот", "безпілот", "бпла", "пострада", "постражд", "ранен", "поран",
            "ракет", "сбит", "збит", "уничтож", "знешкод", "шахед", "загин", "погиб",
            *_ALL_HINTS,
        )
    )
)  # fmt: skip
_HINT_WORDS = hint_words(_ALL_HINTS_COMMON_FIRST)

# ---------------------------------------------------------------------------------------
# Which needs and hints a sentence holds, told from its words

# one bit for each list of words a check of a sentence looks for (each word a part of a word)
_RECALL_BIT, _UPDATE_BIT, _TOTAL_BIT, _KILLED_BIT, _WOUNDED_BIT = 1, 2, 4, 8, 16
_WEAPON_BIT, _UPDATE_TO_BIT, _STANDS_AT_BIT, _OF_WOUNDED_BIT, _DIED_BIT = 32, 64, 128, 256, 512
_WORD_HINT_OF_WEAPONS = " бла"  # the one hint not of letters alone: looked for in the sentence
_BIT_NEEDS: tuple[tuple[int, tuple[str, ...]], ...] = (
    (_RECALL_BIT, _RECALL_NEEDS),
    (_UPDATE_BIT, _UPDATE_NEEDS),
    (_TOTAL_BIT, _TOTAL_NEEDS),
    (_KILLED_BIT, _KILLED_HINTS),
    (_WOUNDED_BIT, _WOUNDED_HINTS + _HOSPITALISED_STEMS),
    (_WEAPON_BIT, tuple(h for h in _WEAPON_OR_INTERCEPT_HINTS if h != _WORD_HINT_OF_WEAPONS)),
    (_UPDATE_TO_BIT, _UPDATE_TO_NEEDS),
    (_STANDS_AT_BIT, _STANDS_AT_NEEDS),
    (_OF_WOUNDED_BIT, _OF_WOUNDED_NOUNS),
    (_DIED_BIT, _DIED_STEMS),
)
# each needed word with the bits of the lists it is on
_NEED_BITS: tuple[tuple[str, int], ...] = tuple(
    {
        need: sum(bit for bit, needs in _BIT_NEEDS if need in needs)
        for _, needs in _BIT_NEEDS
        for need in needs
    }.items()
)
_NEEDED = tuple(need for need, _ in _NEED_BITS)


_CASUALTY_BITS = _KILLED_BIT | _WOUNDED_BIT


def _word_bits(words: list[str]) -> list[int]:
    """The bits of ``words`` (distinct), worked out at once: each needed word looked up once
    in the words joined by spaces (no needed word holds a space, so each find lies in one
    word)."""
    blob = " ".join(words)
    # where each word starts in ``blob``, and one past the end
    starts = list(accumulate(map(len, words), lambda at, n: at + n + 1, initial=0))
    bits = [0] * len(words)
    find = blob.find
    # the needed words held, told in C; most words hold none
    for need, bit in compress(_NEED_BITS, map(blob.__contains__, _NEEDED)):
        at = find(need)
        while at >= 0:
            k = bisect_right(starts, at) - 1
            bits[k] |= bit
            at = find(need, starts[k + 1])
    return bits


# the bits of each word seen, kept for the process (see :func:`_bits_of`)
_WORD_BITS: WordMemo[int] = WordMemo(lambda w: _word_bits([w])[0], compute_all=_word_bits)


def _bits_of(low: str, toks: list[_Tok], texts: list[str] | None = None) -> int:
    """The bits (``_RECALL_BIT``, ...) of the lists of :data:`_BIT_NEEDS` of which the
    sentence ``low`` holds a word, told from the bits of its words: a needed word is of
    letters only, so it stands in the sentence exactly when it stands in one of its tokens
    (a run of letters is never split between tokens). Words seen before are looked up; only
    new ones are searched (``texts``: those of the tokens, when at hand)."""
    if texts is None:
        texts = list(map(_TEXT, toks))
    bits = reduce(or_, _WORD_BITS.column(texts), 0)
    if _WORD_HINT_OF_WEAPONS in low:
        bits |= _WEAPON_BIT
    return bits


_Words = tuple[list[_Tok], list[str], int]
_WordsOf = Callable[[str, int, int], _Words]  # the words of a sentence, by it, its start and end


def _words_of(low: str, memo: _Memo = None) -> _Words:
    """The tokens of a lower-case sentence, their texts and the sentence's bits
    (:func:`_bits_of`), kept in ``memo`` by the sentence when given."""
    if memo is None:
        toks, texts = _tokens_and_texts(low)
        return toks, texts, _bits_of(low, toks, texts)
    key = ("ukru words", low)
    found = memo.get(key)
    if found is None:
        toks, texts = _tokens_and_texts(low)
        found = memo[key] = (toks, texts, _bits_of(low, toks, texts))
    return cast("_Words", found)


def _found(
    pattern: re.Pattern[str],
    needs: tuple[str, ...],
    bit: int,
    bits: int,
    text: str,
    start: int = 0,
    end: int | None = None,
) -> bool:
    """``_matches(pattern, needs, text, start, end)`` for a span of ``bits`` (those of
    ``text[start:end]``, or ``_UNKNOWN``): without ``bit`` it holds no word of ``needs``."""
    if bits == _UNKNOWN:
        return _matches(pattern, needs, text, start, end)
    if not bits & bit:
        return False
    return pattern.search(text, start, len(text) if end is None else end) is not None


def _read(s: _Sentence, lang: str, found: _Found, weapons: bool | None = None) -> None:
    """Add the figures of one sentence to ``found`` (``weapons``: whether it holds a word of
    :data:`_WEAPON_OR_INTERCEPT_HINTS`, when already told)."""
    bits = s.bits  # told from the sentence's words (see _sentence)
    has_killed, has_wounded = bool(bits & _KILLED_BIT), bool(bits & _WOUNDED_BIT)
    if has_killed or has_wounded:
        _zeros(s, found)
        if has_killed:
            _casualties(s, lang, _KILLED_CUE, found.killed)
            _died_of_wounds(s, lang, found)
        if has_wounded:
            told = len(found.wounded)
            _casualties(s, lang, _WOUNDED_CUE, found.wounded)
            if any(map(s.text.__contains__, _HELP_STEMS)):  # (read apart: few sentences do)
                _casualties(s, lang, _HELP_CUE, found.wounded)
                found.wounded[told:] = sorted(found.wounded[told:], key=_POSITION)
            if (
                len(found.wounded) > told
                and any(map(s.text.__contains__, _TAKEN_STEMS))
                and _WOUNDED_TAKEN.search(s.text) is not None
                and not any(t.text in _MORE for t in s.toks)  # ("ще трьох поранених ...")
            ):  # "Четверых раненых доставили в больницу, троих — в ...": where they went
                found.hospitalised.extend(found.wounded[told:])
                del found.wounded[told:]
            if any(map(s.text.__contains__, _HOSPITALISED_STEMS)) and not any(
                map(s.text.__contains__, _PATIENT_STEMS)
            ):  # (not patients moved: "до інших закладів госпіталізовано 120 пацієнтів")
                _casualties(s, lang, _HOSPITALISED_CUE, found.hospitalised)
        _updates(s, lang, found)
    if weapons is None:
        weapons = bool(bits & _WEAPON_BIT)
    if weapons:
        _weapons(s, lang, found)
        if "за" in s.text and (total := _RUNNING_TOTAL_AFTER.search(s.text)) is not None:
            # "Над морем сбиты ещё 2 БПЛА, итого за ночь — 9.": the night's total after them
            found.intercepted.append(
                _Hit(int(total.group("n")), s.strength, s.start + total.start("n"), kind=_RUNNING)
            )
    elif (total := _RUNNING_TOTAL.match(s.text)) is not None:
        # "Сбит ещё один беспилотник. Всего с начала суток — 6.": the day's running total of
        # what the posts before counted as shot down (counted only after such posts: see
        # _result)
        found.intercepted.append(
            _Hit(int(total.group("n")), s.strength, s.start + total.start("n"), kind=_RUNNING)
        )


_RUNNING = "running total"  # the kind of a running total's hit
# a total of the day or night told without its noun after posts that counted interceptions:
# "Всего с начала суток — 6", "Усього за ніч: 14" (the sentence's lower case; a bare "Итого:
# 3" may total anything)
_RUNNING_WORDS = (
    r"(?:всего|всього|усього|загалом|итого)\s+(?:(?:с|з|від|от)\s+(?:начала|початку)\s+"
    r"(?:суток|дня|доби|ночі|ночи)|за\s+(?:минулу\s+|прошедшую\s+)?(?:ночь|ніч|сутки|добу|день))"
    r"\s*[—–:-]\s*(?P<n>\d{1,4})\s*\.?\s*$"
)
_RUNNING_TOTAL = compiled(r"^\W*" + _RUNNING_WORDS)
# the same after a count of what was shot down, in its sentence's last clause
_RUNNING_TOTAL_AFTER = compiled(r"[,;]\s*" + _RUNNING_WORDS)


def _sentence(
    line: _Line, start: int, part: tuple[int, int], strength: int | None = None
) -> _Sentence:
    """The sentence of ``line`` to read, at ``start`` and on ``part``, with its tokens (made
    here when the line has none), of the line's ``strength`` unless another is given."""
    if line.toks is not None and line.texts is not None:
        toks, texts, bits = line.toks, line.texts, line.bits
    else:
        toks, texts, bits = _words_of(line.text)
    clauses = _clauses(toks, line.text, texts)
    return _Sentence(
        line.text,
        start,
        toks,
        line.strength if strength is None else strength,
        clauses,
        part,
        line.title,
        bits=bits,
        texts=texts,
    )


_ANY_STRENGTH = -5  # the strength a sentence is read with for ``memo``, then replaced


def _read_kept(line: _Line, lang: str, found: _Found, memo: dict[tuple, object]) -> None:
    """:func:`_read`, kept in ``memo`` by the sentence's words and, when it counts weapons,
    the weapon named last before it (the only state one sentence takes from the others).

    A sentence is read once at position 0, on no line and with a strength of its own
    (``_ANY_STRENGTH``), then moved to its place: a hit of that strength takes the
    sentence's strength, one of 1 (a stated figure) the greater of the two, one of 2 (an
    update) stays; casualty hits take the sentence's line, weapon hits have none.
    """
    low = line.text
    key = ("ukru", lang, low)
    # what is kept of a sentence: its reading, or for one that counts weapons its readings
    # by the weapon named last before it (whether it does is told once per sentence)
    entry = memo.get(key)
    if entry is None:
        weapons = bool(line.bits & _WEAPON_BIT)  # (lines are told by _sentences)
        kept = None
        if weapons:
            entry = memo[key] = {}
    elif type(entry) is dict:
        weapons = True
        kept = entry.get(found.last_weapon)
    else:
        weapons = False
        kept = entry
    if kept is None:
        kept = _Found([], [], [], [], [], [], last_weapon=found.last_weapon)
        _read(_sentence(line, 0, (0, 0), _ANY_STRENGTH), lang, kept, weapons)
        if weapons:
            entry[found.last_weapon] = kept
        else:
            memo[key] = kept
    at, part, strength = line.start, line.part, line.strength
    stated = max(1, strength)
    new, own = _new_tuple, _own  # each hit made without the Python-level __new__ of a NamedTuple
    for mine, theirs in (
        (found.killed, kept.killed),
        (found.wounded, kept.wounded),
        (found.died_of_wounds, kept.died_of_wounds),
        (found.hospitalised, kept.hospitalised),
    ):
        if theirs:  # most sentences state few kinds: nothing made for an empty list
            mine.extend(
                [
                    new(
                        _Hit,
                        (h[0], own(h[1], strength, stated), h[2] + at, h[3], h[4], part, *h[6:]),
                    )
                    for h in theirs
                ]
            )
    for mine, theirs in (
        (found.drones, kept.drones),
        (found.missiles, kept.missiles),
        (found.intercepted, kept.intercepted),
    ):
        if theirs:
            mine.extend(
                [new(_Hit, (h[0], own(h[1], strength, stated), h[2] + at, *h[3:])) for h in theirs]
            )
    found.zero_both += kept.zero_both
    found.zero_both_local += kept.zero_both_local
    found.zero_killed = found.zero_killed or kept.zero_killed
    found.zero_wounded = found.zero_wounded or kept.zero_wounded
    if weapons:
        found.last_weapon = kept.last_weapon


def _own(kept: int, strength: int, stated: int) -> int:
    """The strength of a kept hit (see :func:`_read_kept`) in a sentence of ``strength``:
    a hit of ``_ANY_STRENGTH`` takes it, a stated figure (1) takes ``stated``, an update
    (2) stays."""
    return strength if kept == _ANY_STRENGTH else (stated if kept == 1 else kept)


def extract_facts_uk_ru(
    text: str,
    lang: str,
    memo: dict[tuple, object] | None = None,
    *,
    spans: list[tuple[int, int]] | None = None,
) -> dict[str, int]:
    """Headline numbers stated in a Ukrainian or Russian report.

    Parameters
    ----------
    text : str
        Report text, its headline first when it has one.
    lang : {"uk", "ru"}
        The report's language (:func:`geo.language.morphology.detect_language`); it picks the
        dictionary words are read with, while the rules read both languages.
    memo : dict, optional
        What was read of each sentence, shared by the texts made of one report's sentences
        (see :func:`geo.understand.facts.extract_facts`); the result is the same with or without it.
    spans : list of (int, int), optional
        The sentence spans of ``text`` (:func:`geo.language.text.sentence_spans`), when known.

    Returns
    -------
    dict
        Integer values under ``killed``, ``wounded``, ``drones``, ``missiles`` and
        ``intercepted``; a key is absent when the report does not state it.

    Examples
    --------
    >>> extract_facts_uk_ru("Уночі ворог атакував 40 шахедами, з них збито 31.", "uk")
    {'drones': 40, 'intercepted': 31}
    >>> extract_facts_uk_ru("Погибла женщина, еще двое получили ранения.", "ru")
    {'killed': 1, 'wounded': 2}
    """
    return _read_lines(_sentences(text, spans, memo), lang, memo)


def _read_lines(
    lines: Iterable[_Line], lang: str, memo: dict[tuple, object] | None
) -> dict[str, int]:
    """The figures of a text's sentences ``lines`` (:func:`_sentences`), each read with
    ``memo`` (:func:`_read_kept`) or afresh."""
    found = _Found([], [], [], [], [], [])
    for line in lines:
        if line.title:
            found.title_end = line.start + len(line.text)
        if memo is None:
            _read(_sentence(line, line.start, line.part), lang, found)
        else:
            _read_kept(line, lang, found, memo)
    return _result(found)


def extract_facts_blanked(
    text: str, blanks: list[tuple[int, int]], lang: str, memo: dict[tuple, object] | None
) -> dict[str, int]:
    """:func:`extract_facts_uk_ru` of ``text`` with the spans ``blanks`` made spaces ("Еще
    24 перехватили" → "Еще    перехватили"), read without ``memo`` but for the words of
    its sentences: when the words of a sentence of ``text`` are kept there (it was read
    with ``memo``) and every blanked span of it covers whole tokens, the blanked
    sentence's words are those tokens less the blanked ones, at the same places, not split
    again (:func:`_words_unblanked`)."""
    blanked = text
    for start, end in blanks:
        blanked = blanked[:start] + " " * (end - start) + blanked[end:]
    if memo is None:
        return extract_facts_uk_ru(blanked, lang)
    low = _lower(_plain(text))

    def words(sent: str, start: int, end: int) -> _Words:
        return _words_unblanked(sent, low[start:end], start, blanks, memo)

    return _read_lines(_sentences(blanked, None, None, words), lang, None)


_START = itemgetter(1)  # where a _Tok starts
_END = itemgetter(2)  # where a _Tok ends


def _words_unblanked(
    sent: str, unblanked: str, at: int, blanks: list[tuple[int, int]], memo: dict[tuple, object]
) -> _Words:
    """The words of ``sent`` (:func:`_words_of`), a sentence at ``at`` of a text blanked
    at ``blanks`` (see :func:`extract_facts_blanked`), whose text before blanking is
    ``unblanked``: the tokens of ``unblanked`` kept in ``memo``, less those inside a blanked
    span, when each span covers whole tokens ("по девять –" → "по        –"); split afresh
    otherwise ("5-й" → "  -й": a token cut) or when ``unblanked`` is not kept."""
    kept = memo.get(("ukru words", unblanked))
    if kept is None:
        return _words_of(sent)
    toks, texts, bits = cast("_Words", kept)
    expected = unblanked
    cuts: list[tuple[int, int]] = []  # the tokens blanked, as ranges of indices
    for start, end in blanks:
        start, end = max(start - at, 0), min(end - at, len(unblanked))
        if start >= end:
            continue  # a span outside the sentence
        expected = expected[:start] + " " * (end - start) + expected[end:]
        first = bisect_right(toks, start, key=_END)  # the first token ending after the start
        last = bisect_left(toks, end, key=_START)  # the first token starting at its end or after
        if first < last and (toks[first].start < start or toks[last - 1].end > end):
            return _words_of(sent)  # a token cut by the span
        cuts.append((first, last))
    if expected != sent:  # not the sentence blanked (its lower case told apart, say)
        return _words_of(sent)
    if not cuts:
        return toks, texts, bits
    kept_toks: list[_Tok] = []
    kept_texts: list[str] = []
    done = 0  # the tokens up to here are kept or blanked
    for first, last in sorted(cuts):
        if first > done:
            kept_toks += toks[done:first]
            kept_texts += texts[done:first]
        done = max(done, last)
    kept_toks += toks[done:]
    kept_texts += texts[done:]
    return kept_toks, kept_texts, _bits_of(sent, kept_toks, kept_texts)


def may_state_casualties(text: str) -> bool:
    """False when :func:`extract_facts_uk_ru` surely finds neither ``killed`` nor
    ``wounded`` in ``text``: every casualty figure, zeros and updates included, is read only
    from a sentence holding a word of :data:`_CASUALTY_HINTS`."""
    plain = _plain(text)
    low = plain.lower()
    if len(low) != len(plain):  # lower-cased letter by letter there: say maybe
        return True
    return any(map(low.__contains__, _CASUALTY_HINTS))


def _counted_after(hits: list[_Hit], death: _Hit, title_end: int) -> bool:
    """Whether a figure of ``hits`` already counts a death of the wounded: it stands in the
    headline, written last, or after the death is told."""
    return any(h.position < title_end or h.position > death.position for h in hits)


def _result(found: _Found) -> dict[str, int]:
    """The figures chosen from all the counts found, with the zeros of "no one was hurt"."""
    out: dict[str, int] = {}
    deaths = [
        d
        for d in found.died_of_wounds
        # (a death in hospital is one of the wounded only after they were counted)
        if d.kind != _IN_HOSPITAL or any(h.position < d.position for h in found.wounded)
    ]
    killed_hits = found.killed
    for d in deaths:
        if d.kind == _IN_HOSPITAL:  # (the same death, read as a count of the dead)
            killed_hits = [
                h for h in killed_hits if not d.position <= h.position < d.position + _DEATH_SPAN
            ]
    killed = _pick_casualty(killed_hits)
    wounded = _pick_casualty(found.wounded)
    if wounded is None:
        wounded = _pick_casualty(found.hospitalised)  # "госпіталізовано 6 людей"
    for death in deaths:  # "один із поранених помер"
        if killed is None or not _counted_after(killed_hits, death, found.title_end):
            killed = (killed or 0) + death.value
        if wounded is not None and not _counted_after(found.wounded, death, found.title_end):
            wounded = max(0, wounded - death.value)
    zero_both = found.zero_both or found.zero_both_local == 1
    if killed is None and wounded is None and zero_both:
        killed = wounded = 0
    if killed is not None and wounded is None and (found.zero_both or found.zero_wounded):
        wounded = 0
    if killed is None and found.zero_killed:
        killed = 0
    if wounded is None and found.zero_wounded:
        wounded = 0
    for key, value in (
        ("killed", killed),
        ("wounded", wounded),
        ("drones", _pick_launched(found.drones)),
        ("missiles", _pick_launched(found.missiles)),
        ("intercepted", _pick_intercepted(found.intercepted)),
    ):
        if value is not None:
            out[key] = value
    return out
