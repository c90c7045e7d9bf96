"""Extract the headline numbers of a report: killed, wounded, drones, missiles, intercepted.

Numbers come as digits or words ("two people", "a dozen drones", "Sixty-one"). Ages, dates,
times, house numbers and figures of earlier attacks recalled in the text are not facts. When a
report updates a figure ("the toll rose to 14"), the update wins; a stated total ("in total")
wins over the first figure given.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from geo.text import number_value, sentence_spans

__all__ = ["extract_facts"]

_NUM_WORDS = (
    r"zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|dozen|single"
)
NUM = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|(?:a\s+)?(?:{_NUM_WORDS})(?:[\s-]+(?:and\s+)?"
    rf"(?:{_NUM_WORDS}))*)"
)
_N = rf"(?<![\w\-/.])(?P<n>{NUM})"  # not a model number such as Kh-101
_QUAL = r"(?:(?:at\s+least|around|about|some|nearly|almost|more\s+than|over|up\s+to|roughly)\s+)?"
_PEOPLE = (
    r"(?:people|persons|civilians|residents|children|men|women|others|of\s+them|"
    r"workers|employees|soldiers|servicemen|passengers|person|man|woman|child|boy|"
    r"girl|teenager|baby|newborn|driver|guard|worker|resident|civilian|pensioner)"
)
_ADJ = r"(?:(?!(?:and|or|killed|dead|wounded|injured|hurt)\b)[a-z\-]+\s+){0,3}"

_KILLED = [
    re.compile(
        rf"\b{_QUAL}{_N}\s+(?:more\s+)?{_ADJ}{_PEOPLE}?\s*(?:were|was|have\s+been|had\s+been|"
        rf"are|been)?\s*(?:confirmed\s+)?(?:killed|dead|died)\b",
        re.I,
    ),
    re.compile(rf"\b(?:killing|killed|kills)\s+{_QUAL}{_N}\b(?!\s*(?:-|\s)year)", re.I),
    re.compile(rf"\b{_QUAL}{_N}\s+(?:deaths|dead|fatalities|bodies)\b", re.I),
    re.compile(
        rf"\b(?P<n>an?|one)\s+(?:[\w\-]+\s+){{0,2}}?{_PEOPLE}\s+(?:was|were)\s+"
        rf"(?:also\s+)?killed\b",
        re.I,
    ),
    re.compile(
        rf"\bnumber\s+of\s+(?:people\s+killed|dead|deaths)\b.{{0,60}}?\b(?:at|to)\s+{_N}\b", re.I
    ),
]
_WOUNDED = [
    re.compile(
        rf"\b{_QUAL}{_N}\s+(?:more\s+)?{_ADJ}{_PEOPLE}?\s*(?:were|was|have\s+been|had\s+been|"
        rf"are|been)?\s*(?:reported\s+)?(?:wounded|injured|hurt)\b",
        re.I,
    ),
    re.compile(
        rf"\b(?:injuring|wounding|injured|wounded|hurting)\s+{_QUAL}{_N}\b"
        rf"(?!\s*(?:-|\s)year)",
        re.I,
    ),
    re.compile(rf"\b{_QUAL}{_N}\s+(?:people\s+)?(?:wounded|injured|injuries)\b", re.I),
]
# Words one of which each pattern above needs, in the same order: a pattern whose words are
# all absent from a sentence cannot match there and is not run.
_KILLED_NEEDS = (
    ("killed", "dead", "died"),
    ("kill",),
    ("death", "dead", "fatalities", "bodies"),
    ("killed",),
    ("number",),
)
_WOUNDED_NEEDS = (
    ("wounded", "injured", "hurt"),
    ("injur", "wound", "hurt"),
    ("wounded", "injur"),
)
_WEAPON_ADJ = r"(?:(?!(?:and|or|of|drones|missiles|with|plus)\b)[A-Za-z][\w\-]*\s+){0,4}?"
_DRONES = re.compile(
    rf"\b{_QUAL}{_N}\s+{_WEAPON_ADJ}(?:(?:and|or)\s+(?:decoy|imitator|simulator|other)\s+)?"
    rf"(?:drones|uavs|shaheds|shahed[\w\-]*\s+drones)\b",
    re.I,
)
_MISSILES = re.compile(rf"\b{_QUAL}{_N}\s+{_WEAPON_ADJ}(?:missiles|rockets)\b", re.I)
_INTERCEPT_VERB = (
    r"(?:shot\s+down|downed|intercepted|destroyed|neutrali[sz]ed|brought\s+down|"
    r"suppressed|jammed|repelled|eliminated)"
)
_WEAPON_NOUN = r"(?:drones|missiles|uavs|shaheds|weapons|targets|rockets)"
_INTERCEPT = [
    re.compile(rf"\b{_INTERCEPT_VERB}(?:\s+or\s+{_INTERCEPT_VERB})?\s+{_QUAL}{_N}\b", re.I),
    re.compile(
        rf"\b{_QUAL}{_N}\s+{_WEAPON_ADJ}(?:{_WEAPON_NOUN}\s+|of\s+(?:them|which|those)\s+)"
        rf"(?:of\s+(?:them|which|those)\s+)?(?:were|was|had\s+been|have\s+been)\s+"
        rf"(?:also\s+)?{_INTERCEPT_VERB}",
        re.I,
    ),
    re.compile(
        rf"\bof\s+(?:which|them|those)\s+{_QUAL}{_N}\s+(?:were|was|had\s+been|have\s+"
        rf"been)\s+(?:also\s+)?{_INTERCEPT_VERB}",
        re.I,
    ),
    # "Of the 40 missiles, 38 were shot down"
    re.compile(
        rf"\bof\s+the\s+{NUM}\s+{_WEAPON_ADJ}{_WEAPON_NOUN},?\s+{_QUAL}{_N}\s+"
        rf"(?:were|was|had\s+been|have\s+been)\s+(?:also\s+)?{_INTERCEPT_VERB}",
        re.I,
    ),
]
# "destroyed 51 of the missiles and five drones": a second count joined to the first
_SECOND_COUNT = re.compile(
    rf"^\s+(?:of\s+the\s+)?(?:[a-z\-]+\s+){{0,2}}?{_WEAPON_NOUN}\s+(?:and|plus)\s+{_QUAL}"
    rf"(?P<n>{NUM})\s+(?:[a-z\-]+\s+)?{_WEAPON_NOUN}",
    re.I,
)
_SINGLE_MISSILE = re.compile(r"\b(?:a\s+single|one)\s+(?:[\w\-]+\s+){0,3}missile\b", re.I)
_UPDATE = re.compile(
    rf"\b(?:risen|rose|climbed|increased|grown|reached|jumped|stands?\s+at|"
    rf"now\s+at|up\s+to)\s+(?:to\s+)?{_QUAL}{_N}\b",
    re.I,
)
_TOTAL = re.compile(r"\b(?:in\s+total|a\s+total\s+of|overall|altogether|total)\b", re.I)
# A sentence about another, earlier attack: none of its figures count.
_RECALL = re.compile(
    r"\b(?:earlier\s+this\s+(?:month|year|week)|last\s+(?:year|month|week|thursday|friday|"
    r"saturday|sunday|monday|tuesday|wednesday)|since\s+(?:late\s+|early\s+)?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|\d{4})|in\s+(?:19|20)\d\d|(?:days?|weeks?|months?|years?)\s+(?:earlier|ago)|"
    r"the\s+previous|in\s+the\s+past|previously)\b",
    re.I,
)
# A sentence giving a first figure that a later one replaces: only its updates count.
_PROVISIONAL = re.compile(
    r"\b(?:had\s+put\s+the|first\s+reported|initially|had\s+stood\s+at|had\s+spoken\s+of|"
    r"in\s+the\s+first\s+hours|by\s+late\s+morning|earlier\s+(?:figures?|toll))\b",
    re.I,
)
_KILLED_WORDS = re.compile(r"\b(?:killed|dead|deaths?|died|toll|fatalities)\b", re.I)
_WOUNDED_WORDS = re.compile(r"\b(?:wounded|injured|hurt|injuries)\b", re.I)
_AGE_AFTER = re.compile(r"^\s*(?:-|\s)?years?(?:-|\s)old", re.I)


@dataclass(frozen=True)
class _Hit:
    value: int
    strength: int  # 0 first figure, 1 total, 2 update
    position: int


def _value(m: re.Match[str], group: str = "n") -> int | None:
    text = m.group(group)
    if text is None:
        return None
    after = m.string[m.end(group) : m.end(group) + 12]
    if _AGE_AFTER.match(after):
        return None
    return number_value(text)


_ANY_DIGIT = re.compile(r"\d")
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
)
_INTERCEPT_HINTS = (
    "shot",
    "down",
    "intercept",
    "destroy",
    "neutrali",
    "suppress",
    "jammed",
    "repelled",
    "eliminat",
)


_KILLED_HINTS = ("kill", "dead", "death", "died", "toll", "fatal")
_WOUNDED_HINTS = ("wound", "injur", "hurt")
_DRONE_HINTS = ("drone", "uav", "shahed")
_MISSILE_HINTS = ("missile", "rocket")
_KIND_HINTS = _KILLED_HINTS + _WOUNDED_HINTS + _INTERCEPT_HINTS + _DRONE_HINTS + _MISSILE_HINTS


def _hinted_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of ``text`` that hold a word of a kind of figure (killed, wounded,
    intercepted, drones, missiles), in text order; the others can hold no fact.

    Each hint word is looked up once in the whole text, which is much cheaper than looking
    it up in every sentence. Only for ASCII text, where lower-casing keeps the offsets; any
    other text keeps every sentence.
    """
    if not text.isascii():
        return spans
    low = text.lower()
    starts = [start for start, _ in spans]
    hit: set[int] = set()
    for word in _KIND_HINTS:
        at = low.find(word)
        while at >= 0:
            hit.add(bisect.bisect_right(starts, at) - 1)
            at = low.find(word, at + 1)
    return [spans[i] for i in sorted(hit) if i >= 0]


def _runnable(
    patterns: list[re.Pattern[str]], needs: tuple[tuple[str, ...], ...], low: str
) -> list[re.Pattern[str]]:
    """The patterns that may match a sentence, given its lower-case text ``low``.

    Only for ASCII text, where lower-casing agrees with the patterns' ignoring of case; any
    other sentence keeps every pattern.
    """
    if not low.isascii():
        return patterns
    return [
        p for p, words in zip(patterns, needs, strict=True) if any(map(low.__contains__, words))
    ]


def _may_name_missile(text: str) -> bool:
    """False when ``text`` surely has no word "missile" (checked on ASCII text only)."""
    return not text.isascii() or "missile" in text.lower()


def _collect(
    sentence: str, base: int, patterns: list[re.Pattern[str]], recall: bool, hits: list[_Hit]
) -> None:
    if recall:
        return  # figures of a recalled or provisional sentence do not count
    total = None  # whether the sentence states a total, looked up at the first hit
    for pattern in patterns:
        for m in pattern.finditer(sentence):
            v = _value(m)
            if v is None:
                continue
            if total is None:
                total = bool(_TOTAL.search(sentence))
            hits.append(_Hit(v, 1 if total else 0, base + m.start()))


def _pick(hits: list[_Hit]) -> int | None:
    if not hits:
        return None
    best = max(h.strength for h in hits)
    chosen = [h for h in hits if h.strength == best]
    if best == 2:
        return max(chosen, key=lambda h: h.position).value
    return min(chosen, key=lambda h: h.position).value


def _updates(sentence: str, base: int, killed: list[_Hit], wounded: list[_Hit]) -> None:
    for m in _UPDATE.finditer(sentence):
        v = _value(m)
        if v is None:
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
        target.append(_Hit(v, 2, base + m.start()))


def _intercepts(sentence: str, base: int, hits: list[_Hit]) -> None:
    for pattern in _INTERCEPT:
        for m in pattern.finditer(sentence):
            v = _value(m)
            if v is None:
                continue
            second = _SECOND_COUNT.match(sentence[m.end() : m.end() + 80])
            if second:
                v += number_value(second.group("n")) or 0
            hits.append(_Hit(v, 0, base + m.start()))


_NOT_LAUNCHED = re.compile(
    r"\b(?:salvo|carriers?|stocks?|stockpiles?|arsenal|capacity|produc\w*|per\s+month|"
    r"deliver\w*|supplied|supply|sent\s+to\s+ukraine|warships?|on\s+duty)\b",
    re.IGNORECASE,
)


def _weapons(sentence: str, base: int, pattern: re.Pattern[str], hits: list[_Hit]) -> None:
    for m in pattern.finditer(sentence):
        v = _value(m)
        pre = sentence[max(0, m.start() - 40) : m.start()]
        if v is None:
            continue
        if _NOT_LAUNCHED.search(sentence):
            continue  # "carriers with a total salvo of 16 missiles": stock, not an attack
        out_of = re.search(r"\b(?:out\s+of|of\s+the|of)\s+$", pre, re.I)
        if not out_of and re.search(_INTERCEPT_VERB + r"[^.;:,]*$", pre, re.I):
            continue  # "destroyed 40 drones" counts interceptions; "40 out of 60 drones" not
        tail = sentence[m.end() : m.end() + 40]
        if re.match(r"\s*of\s+(?:the|them|those)", tail, re.I) or re.match(
            rf"\s*(?:were|was|had\s+been|have\s+been)\s+(?:also\s+)?{_INTERCEPT_VERB}", tail, re.I
        ):
            continue  # "96 drones were destroyed" counts what was shot down, not launched
        hits.append(_Hit(v, 0, base + m.start()))


def extract_facts(text: str) -> dict[str, int]:
    """Headline numbers stated in a report.

    Parameters
    ----------
    text : str
        Report text.

    Returns
    -------
    dict
        Integer values under ``killed``, ``wounded``, ``drones``, ``missiles`` and
        ``intercepted``; a key is absent when the report does not state it.

    Examples
    --------
    >>> extract_facts("Russia launched 550 drones and 11 missiles; 23 people were wounded.")
    {'wounded': 23, 'drones': 550, 'missiles': 11}
    """
    killed: list[_Hit] = []
    wounded: list[_Hit] = []
    drones: list[_Hit] = []
    missiles: list[_Hit] = []
    intercepted: list[_Hit] = []
    for start, end in _hinted_spans(text, sentence_spans(text)):
        s = text[start:end]
        low = " " + s.lower()
        if not _ANY_DIGIT.search(s) and not any(map(low.__contains__, _NUMBER_HINTS)):
            continue  # no number, no fact
        has_killed = any(map(low.__contains__, _KILLED_HINTS))
        has_wounded = any(map(low.__contains__, _WOUNDED_HINTS))
        has_intercept = any(map(low.__contains__, _INTERCEPT_HINTS))
        has_drones = any(map(low.__contains__, _DRONE_HINTS))
        has_missiles = any(map(low.__contains__, _MISSILE_HINTS))
        if not (has_killed or has_wounded or has_intercept or has_drones or has_missiles):
            continue  # numbers, but none of a kind counted here
        if _RECALL.search(s):
            continue  # another, earlier attack: none of its figures count
        provisional = (has_killed or has_wounded) and bool(_PROVISIONAL.search(s))
        if has_killed:
            _collect(s, start, _runnable(_KILLED, _KILLED_NEEDS, low), provisional, killed)
        if has_wounded:
            _collect(s, start, _runnable(_WOUNDED, _WOUNDED_NEEDS, low), provisional, wounded)
        if has_killed or has_wounded:
            _updates(s, start, killed, wounded)
        if has_intercept:
            _intercepts(s, start, intercepted)
        if has_drones:
            _weapons(s, start, _DRONES, drones)
        if has_missiles:
            _weapons(s, start, _MISSILES, missiles)
    out: dict[str, int] = {}
    for key, hits in (("killed", killed), ("wounded", wounded)):
        v = _pick(hits)
        if v is not None:
            out[key] = v
    for key, hits in (("drones", drones), ("missiles", missiles)):
        if hits:
            out[key] = max(h.value for h in hits)
    if "missiles" not in out and _may_name_missile(text) and _SINGLE_MISSILE.search(text):
        out["missiles"] = 1
    v = _pick(intercepted)
    if v is not None:
        out["intercepted"] = v
    return out
