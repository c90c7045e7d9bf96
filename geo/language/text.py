"""Text primitives shared by the extraction stages: tokens, sentences and number words."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

__all__ = ["MONTHS", "NUMBER_WORDS", "Token", "number_value", "sentence_spans", "tokenize"]

MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
"""English month names, lower case, in calendar order."""

_TOKEN_RE = re.compile(r"[^\W\d_]+(?:[-'’ʼ`][^\W\d_]+)*", re.UNICODE)
_POSSESSIVE_ENDINGS = {"'s", "’s", "ʼs", "`s"}
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
# A sentence ends at . ! ? or a line break, unless the dot belongs to a known abbreviation.
# Group ``gap`` is what follows the mark ("(?<=[.!?…])[\"”’)]*\s+" without a look-behind,
# which would make the pattern try every character instead of only the marks).
_SENTENCE_END_RE = re.compile(r"[.!?…](?P<gap>[\"”’)]*\s+)|\n\s*")
_ABBREVIATIONS = (
    "St.",
    "No.",
    "Mr.",
    "Mrs.",
    "Dr.",
    "Gen.",
    "Lt.",
    "Col.",
    "a.m.",
    "p.m.",
    "U.S.",
    "vs.",
    "approx.",
    "km.",
    "Jan.",
    "Feb.",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
    # Ukrainian and Russian: settlement, region and street abbreviations, "thousand", "etc."
    "с.",
    "м.",
    "г.",
    "х.",
    "д.",
    "п.",
    "смт.",
    "сел.",
    "пос.",
    "обл.",
    "вул.",
    "ул.",
    "просп.",
    "пр.",
    "буд.",
    "ст.",
    "тис.",
    "тыс.",
    "млн.",
    "млрд.",
    "грн.",
    "руб.",
    "ім.",
    "им.",
    "св.",
    "т.д.",
    "т.п.",
    "р.",
    "рр.",
    "гг.",
)


class Token(NamedTuple):
    """A word of the text (a named tuple: cheap to make by the thousand).

    ``bare`` is the word without a possessive ending (``Kyiv's`` -> ``Kyiv``),
    ``capitalised`` whether it starts with an upper-case letter, ``cyrillic`` whether it is
    written in Cyrillic.
    """

    text: str
    start: int
    end: int
    possessive: bool
    bare: str
    capitalised: bool
    cyrillic: bool


def _trie(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` that shares their common prefixes.

    The regex engine tries the alternatives of a plain ``a|b|c`` one by one at every
    position; grouped by first letter, it tries only the words that start with the letter
    at hand. The set of strings matched is the same.
    """
    groups: dict[str, list[str]] = {}
    whole = False
    for w in sorted(set(words)):
        if w:
            groups.setdefault(w[0], []).append(w[1:])
        else:
            whole = True
    alts = [re.escape(first) + _trie(rest) for first, rest in groups.items()]
    if not alts:
        return ""
    body = "(?:" + "|".join(alts) + ")"
    return body + "?" if whole else body


def token_filter(lowercase: Iterable[str]) -> re.Pattern[str]:
    """A tokenizer pattern that keeps only words that can matter for place names: words that
    do not start with a lower-case ASCII letter (capitalised, Cyrillic), and the given
    lower-case words. Neighbouring kept words may then have dropped words between them."""
    return re.compile(
        r"(?<![^\W\d_])(?<![-'’ʼ`])(?:(?=[^\W\d_a-z])|(?="
        + _trie(lowercase)
        + r"(?![^\W\d_])))"
        + _TOKEN_RE.pattern
    )


def tokenize(text: str, pattern: re.Pattern[str] | None = None) -> list[Token]:
    """Split text into word tokens (hyphenated and apostrophised words stay whole).

    Parameters
    ----------
    text : str
        Any text.
    pattern : re.Pattern, optional
        A :func:`token_filter` pattern to keep only some words.

    Examples
    --------
    >>> [t.bare for t in tokenize("Kyiv's Obolon, Rostov-on-Don and Kam’ianske")]
    ['Kyiv', 'Obolon', 'Rostov-on-Don', 'and', 'Kam’ianske']
    >>> [t.text for t in tokenize("drones hit Bar and pro-Kremlin Sumy", token_filter(["and"]))]
    ['Bar', 'and', 'Sumy']
    """
    out = []
    for m in (pattern or _TOKEN_RE).finditer(text):
        word = m.group()
        possessive = word[-2:] in _POSSESSIVE_ENDINGS
        bare = word[:-2] if possessive else word
        cyrillic = not word.isascii() and bool(_CYRILLIC_RE.search(word))
        out.append(Token(word, m.start(), m.end(), possessive, bare, word[0].isupper(), cyrillic))
    return out


_ABBREVIATION_RE = re.compile(
    r"(?<![\w.])(?:" + "|".join(re.escape(a) for a in _ABBREVIATIONS) + r")$"
)


@lru_cache(maxsize=16)
def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences (and list items or lines) of a text.

    Cached for the last few texts, since every stage of the pipeline asks; callers must not
    change the list.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END_RE.finditer(text):
        end = m.start("gap")
        if end < 0:
            end = m.start()  # a line break
        elif "\n" not in m.group("gap") and _ABBREVIATION_RE.search(text, max(0, end - 8), end):
            continue
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


_UNITS = {
    "zero": 0,
    "no": 0,
    "one": 1,
    "a": 1,
    "an": 1,
    "single": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "dozen": 12,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "couple": 2,
}


NUMBER_WORDS = frozenset(_UNITS)
"""English words that :func:`number_value` reads."""


def number_value(text: str) -> int | None:
    """The integer a number phrase states: ``"1,200"``, ``"sixty-one"``, ``"a dozen"``.

    Examples
    --------
    >>> [number_value(s) for s in ("1,200", "Sixty-one", "a dozen", "two hundred", "x")]
    [1200, 61, 12, 200, None]
    """
    t = text.strip().lower().replace("\u00a0", " ")
    digits = t.replace(",", "").replace(" ", "")
    if digits.isdecimal():
        return int(digits) if len(digits) <= 15 else None  # a run of digits is no number
    words = [w for w in re.split(r"[\s-]+", t) if w and w not in ("and", "a", "an")]
    if not words:
        return _UNITS.get(t)
    total = 0
    for w in words:
        if w not in _UNITS:
            return None
        value = _UNITS[w]
        if value == 100:
            total = max(total, 1) * 100
        else:
            total += value
    return total
