"""What an impact damaged, and who attacked, as the text ties them to the place.

Both read the clause that names the impact place (see :func:`geo.understand.roles.clause_of`), so
that
"a school in Holosiivskyi" marks Holosiivskyi and not the other districts of the report.
"""

from __future__ import annotations

import re
from functools import cache

from geo.language.text import lower_agrees as _lower_agrees
from geo.patterns import compiled

__all__ = [
    "DAMAGE_KINDS",
    "attacker_of",
    "damage_kinds",
    "located_attacker",
    "named_attacker",
    "names_damage",
]

# kind -> words that name it in a report
_DAMAGE_WORDS: dict[str, tuple[str, ...]] = {
    "residential": (
        r"residential",
        r"apartment",
        r"high-rise",
        r"homes?",
        r"houses?",
        r"(?:nine|five|multi|two|three|four|\w+)[- ]storey",
        r"flats?",
        r"dormitor(?:y|ies)",
        r"private house",
    ),
    "school": (r"schools?", r"kindergartens?", r"universit(?:y|ies)", r"college", r"lyceum"),
    "hospital": (r"hospitals?", r"clinics?", r"maternity", r"medical"),
    "railway": (r"railway", r"rail", r"train", r"station", r"depot", r"freight yard"),
    "energy": (
        r"energy",
        r"power (?:plant|station|line|facility|grid)",
        r"substations?",
        r"thermal",
        r"hydroelectric",
        r"electricity",
        r"gas pipeline",
        r"boiler",
    ),
    "port": (r"ports?", r"terminal", r"grain (?:silo|storage)s?", r"silos?", r"docks?"),
    "refinery": (
        r"refiner(?:y|ies)",
        r"oil depot",
        r"fuel depot",
        r"oil terminal",
        r"fuel storage",
    ),
    "embassy": (r"embass(?:y|ies)", r"consulate", r"diplomatic"),
    "vehicles": (r"cars?", r"vehicles?", r"bus(?:es)?", r"minibus", r"trucks?", r"tram"),
    "industrial": (r"industrial", r"factory", r"plant", r"warehouse", r"enterprise"),
    "military": (
        r"airfields?",
        r"air base",
        r"military (?:base|unit|facilit(?:y|ies)|sites?|"
        r"airfield|depot)",
        r"ammunition",
        r"barracks",
        r"air-defence battery",
    ),
}
DAMAGE_KINDS = tuple(_DAMAGE_WORDS)
# kind -> lower-case words (runs of word characters) one of which every match of the kind
# holds whole, since its words are bounded by ``\b`` ("nine-storey" holds "storey", "oil
# depot" holds "oil")
_DAMAGE_KEYWORDS: dict[str, frozenset[str]] = {
    kind: frozenset(words.split())
    for kind, words in {
        "residential": "residential apartment high home homes house houses storey flat flats "
        "dormitory dormitories",
        "school": "school schools kindergarten kindergartens university universities college "
        "lyceum",
        "hospital": "hospital hospitals clinic clinics maternity medical",
        "railway": "railway rail train station depot freight",
        "energy": "energy power substation substations thermal hydroelectric electricity "
        "pipeline boiler",
        "port": "port ports terminal grain silo silos dock docks",
        "refinery": "refinery refineries oil fuel",
        "embassy": "embassy embassies consulate diplomatic",
        "vehicles": "car cars vehicle vehicles bus buses minibus truck trucks tram",
        "industrial": "industrial factory plant warehouse enterprise",
        "military": "airfield airfields air military ammunition barracks",
    }.items()
}
# every keyword, and the kinds each one stands for, to look up a clause's words at once
_KINDS_OF_KEYWORD: dict[str, frozenset[str]] = {
    word: frozenset(k for k, words in _DAMAGE_KEYWORDS.items() if word in words)
    for word in frozenset().union(*_DAMAGE_KEYWORDS.values())
}
_ALL_KEYWORDS = frozenset(_KINDS_OF_KEYWORD)
_WORD = compiled(r"\w+")
# every ASCII character that is no word character, to a space: an ASCII text so changed
# splits at white space into the runs of word characters _WORD finds (and faster)
_ASCII_BREAKS = {i: " " for i in range(128) if not _WORD.fullmatch(chr(i))}
# the same for an ASCII text encoded as bytes, whose translation reads a table of 256 bytes,
# not a dict, at a third of the cost; and the keywords, and the kinds of each, as bytes
_ASCII_BREAK_BYTES = bytes(32 if i in _ASCII_BREAKS else i for i in range(256))
_KINDS_OF_KEYWORD_BYTES = {w.encode(): kinds for w, kinds in _KINDS_OF_KEYWORD.items()}
_ALL_KEYWORD_BYTES = frozenset(_KINDS_OF_KEYWORD_BYTES)


# each kind's words, as the kind's branch of a pattern of several kinds reads them
# (``\b(?P<kind>word|word)\b``, one branch per kind in DAMAGE_KINDS order), for a text in
# lower case (see _lower_agrees): compiled here, once, and without ignoring case, which makes
# compiling them cheaper
_KIND_RES = {
    kind: compiled(r"\b(?:" + "|".join(words) + r")\b") for kind, words in _DAMAGE_WORDS.items()
}


@cache
def _all_kinds_re() -> re.Pattern[str]:
    """One pattern of every kind, ignoring case, a group named after each kind: for the rare
    text whose lower case does not agree with ignoring case (compiled on first use)."""
    return compiled(
        "|".join(rf"\b(?P<{k}>" + "|".join(_DAMAGE_WORDS[k]) + r")\b" for k in DAMAGE_KINDS),
        re.IGNORECASE,
    )


def _kinds_found(low: str, kinds: tuple[str, ...]) -> set[str]:
    """The kinds whose words the pattern of ``kinds`` (one branch per kind, in order) finds
    in ``low``, a text in lower case, read with each kind's own pattern (see
    :data:`_KIND_RES`) instead of compiling a pattern for each set of kinds.

    From where its last match ended, that pattern matches at the leftmost place where any
    kind's words match, and there takes the first kind in order that matches; each kind's
    own pattern, searched from the same place (its ``\\b`` still sees the character before),
    tells where that kind matches first and how far its match there reaches.
    """
    if len(kinds) == 1:
        return {kinds[0]} if _KIND_RES[kinds[0]].search(low) else set()
    found: set[str] = set()
    nexts = [(k, _KIND_RES[k].search(low)) for k in kinds]
    pos = 0
    while True:
        best = None
        for i, (kind, m) in enumerate(nexts):
            if m is not None and m.start() < pos:  # overtaken: its next match from here
                m = _KIND_RES[kind].search(low, pos)
                nexts[i] = (kind, m)
            if m is not None and (best is None or m.start() < best[1].start()):
                best = (kind, m)  # (a later kind at the same place does not win)
        if best is None:
            return found
        found.add(best[0])
        pos = best[1].end()


def _holds_ascii_letter(text: str) -> bool:
    """Whether ``text`` holds a letter A-Z or a-z (``re.search("[A-Za-z]", text)``), told in C
    without the regex engine: of the text's ASCII characters, kept as bytes, the letters are
    what lower and upper case tell apart."""
    ascii_part = text.encode("ascii", "ignore")
    return ascii_part.lower() != ascii_part.upper()


# kind -> its keywords that its pattern (:data:`_KIND_RES`) matches by themselves: a text
# that holds one of them whole holds a match of the kind where that word starts (a word
# boundary, and one after it), whatever the words around it
_SURE_KEYWORDS = {
    kind: frozenset(word for word in words if _KIND_RES[kind].fullmatch(word))
    for kind, words in _DAMAGE_KEYWORDS.items()
}
# each keyword, and the kinds it is a sure keyword of; the same as bytes
_SURE_KINDS_OF_KEYWORD = {
    word: frozenset(k for k in kinds if word in _SURE_KEYWORDS[k])
    for word, kinds in _KINDS_OF_KEYWORD.items()
}
_SURE_KINDS_OF_KEYWORD_BYTES = {w.encode(): kinds for w, kinds in _SURE_KINDS_OF_KEYWORD.items()}


# characters beyond ASCII that are no word characters and often stand in an English text
# (curly quotes, dashes): each put as a space, such a text is often ASCII, its runs of word
# characters unchanged
_NON_WORD_MARKS = tuple(ch for ch in "’‘“”–—…«»\u00a0" if not _WORD.fullmatch(ch))


def _spaced(low: str) -> str:
    """``low`` with each of :data:`_NON_WORD_MARKS` put as a space: the same runs of word
    characters (one character that is none in place of another)."""
    for mark in _NON_WORD_MARKS:
        low = low.replace(mark, " ")
    return low


def _kinds_held(low: str) -> tuple[str, ...]:
    """:func:`_kinds_and_sure` of ``low``, without the kinds surely matched."""
    return _kinds_and_sure(low)[0]


def _kinds_and_sure(low: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """The kinds one of whose words ``low`` holds, in :data:`DAMAGE_KINDS` order; ``low`` is
    a text in lower case that agrees with ignoring case (see :func:`_lower_agrees`: then
    lower-casing keeps every character, and which characters are word characters, so the
    words of the lower-case text are the text's words, and a pattern of ASCII words finds
    in it, case kept, what it finds in the text ignoring case).

    At a given place the first kind in order whose word matches wins, as in the pattern of
    all kinds; leaving out kinds whose words are absent from a text therefore finds the same
    words in it.

    Also returned: the kinds of which ``low`` holds a sure keyword (:data:`_SURE_KEYWORDS`),
    which a search for the kind surely finds."""
    if not low.isascii():
        if not _holds_ascii_letter(low):
            return (), frozenset()  # every word of damage is written in ASCII letters
        low = _spaced(low)
    if low.isascii():  # its runs of word characters, as bytes (see _ASCII_BREAK_BYTES)
        held = _ALL_KEYWORD_BYTES.intersection(low.encode().translate(_ASCII_BREAK_BYTES).split())
        kinds_of, sure_of = _KINDS_OF_KEYWORD_BYTES, _SURE_KINDS_OF_KEYWORD_BYTES
    else:
        held = _ALL_KEYWORDS.intersection(_WORD.findall(low))
        kinds_of, sure_of = _KINDS_OF_KEYWORD, _SURE_KINDS_OF_KEYWORD
    if not held:
        return (), frozenset()
    found = frozenset().union(*map(kinds_of.__getitem__, held))
    sure = frozenset().union(*map(sure_of.__getitem__, held))
    return tuple(k for k in DAMAGE_KINDS if k in found), sure


_UA_ATTACK = compiled(
    r"\bukrain(?:e|ian)(?:'s|’s)?\s+(?:[\w\-]+\s+){0,2}(?:drones?|missiles?|"
    r"strikes?|attacks?|shelling|forces|troops|military|navy|boats?)\b",
    re.IGNORECASE,
)
_RU_ATTACK = compiled(
    r"\brussia(?:n)?(?:'s|’s)?\s+(?:[\w\-]+\s+){0,2}(?:drones?|missiles?|"
    r"strikes?|attacks?|shelling|forces|troops|military|aircraft|artillery|"
    r"bombs?|bombers?)\b",
    re.IGNORECASE,
)


_PART_BREAK = compiled(r",\s+and\s+|;\s+|\s+—\s+")


def _may_break(clause: str) -> bool:
    """False when :data:`_PART_BREAK` surely finds nothing in ``clause``."""
    return ";" in clause or "—" in clause or ("," in clause and "and" in clause)


def damage_kinds(clause: str, offset: int | None = None) -> tuple[str, ...]:
    """Kinds of damage a clause names, in :data:`DAMAGE_KINDS` order.

    With ``offset`` (the place's position in the clause) only the part of the clause around
    the place counts: "schools burned in A, and cars in B" gives A the schools, B the cars.

    Examples
    --------
    >>> damage_kinds("a drone hit a school and set parked cars on fire")
    ('school', 'vehicles')
    >>> text = "fire hit a school in Holosiivskyi, and cars burned in Podil"
    >>> damage_kinds(text, text.index("Podil"))
    ('vehicles',)
    """
    if offset is not None and _may_break(clause):
        lo, hi = 0, len(clause)
        for m in _PART_BREAK.finditer(clause):
            if m.end() <= offset:
                lo = m.end()
            elif m.start() > offset:
                hi = m.start()
                break
        clause = clause[lo:hi]
    if not _lower_agrees(clause):
        found = {m.lastgroup for m in _all_kinds_re().finditer(clause)}
    else:
        low = clause.lower()
        kinds, sure = _kinds_and_sure(low)
        if not kinds:
            return ()
        if len(kinds) == 1 and kinds[0] in sure:
            return kinds  # a match of the one kind, found without searching for it
        found = _kinds_found(low, kinds)
    return tuple(k for k in DAMAGE_KINDS if k in found)


def names_damage(clause: str) -> bool:
    """False when :func:`damage_kinds` finds nothing in ``clause`` at any offset.

    The part of a clause that an offset picks is cut at clause breaks, which stand between
    words: it holds only words of the clause, so a clause none of whose words is a word of
    damage (see :func:`_kinds_held`) has no part that holds one. Read once per clause,
    this spares reading the part of each place named in it.

    Examples
    --------
    >>> names_damage("drones hit Kharkiv and Sumy"), names_damage("a school burned in Sumy")
    (False, True)
    """
    if not _lower_agrees(clause):
        return True
    if not clause.isascii() and not _holds_ascii_letter(clause):
        # no word of damage (see _kinds_held); and lower case makes an ASCII letter only of
        # the characters _lower_agrees looks for, so the text in lower case holds none either
        return False
    return bool(_kinds_held(clause.lower()))


def attacker_of(text: str, country: str | None, admin1: str | None) -> str | None:
    """Who attacked a place: ``"RU"`` or ``"UA"``, from the words of ``text`` or else from
    where the place lies (Ukraine attacked by Russia, Russia and occupied Crimea by Ukraine
    only when the text says so).

    Examples
    --------
    >>> attacker_of("Ukrainian drones struck an oil depot", "RU", "RU-KDA")
    'UA'
    >>> attacker_of("a missile hit a school", "UA", "UA-63")
    'RU'
    """
    return named_attacker(text) or located_attacker(country, admin1)


def named_attacker(text: str) -> str | None:
    """``"RU"`` or ``"UA"`` when the words of ``text`` name one side attacking and not the
    other (see :func:`attacker_of`), else None.

    Examples
    --------
    >>> named_attacker("Ukrainian drones struck an oil depot"), named_attacker("a blast")
    ('UA', None)
    """
    if _lower_agrees(text):  # most texts name neither: look for the words first
        if not text.isascii() and not _holds_ascii_letter(text):
            return None  # no ASCII letter (nor one in lower case): neither side's words
        low = text.lower()
        ua = "ukrain" in low and _UA_ATTACK.search(text)
        ru = "russia" in low and _RU_ATTACK.search(text)
    else:
        ua, ru = _UA_ATTACK.search(text), _RU_ATTACK.search(text)
    if ua and not ru:
        return "UA"
    if ru and not ua:
        return "RU"
    return None


def located_attacker(country: str | None, admin1: str | None) -> str | None:
    """Who attacked a place the text names no attacker of, from where it lies (see
    :func:`attacker_of`).

    Examples
    --------
    >>> located_attacker("UA", "UA-63"), located_attacker("UA", "UA-43")
    ('RU', None)
    """
    if country == "RU":
        return "UA"
    if country == "UA" and admin1 not in ("UA-43", "UA-40"):
        return "RU"
    return None
