"""Text primitives shared by the extraction stages: tokens, sentences and number words."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate, filterfalse
from typing import Generic, NamedTuple, TypeVar

from geo.language.codec import CODEC_CHARS, byte_set, decode, encode
from geo.patterns import compiled

__all__ = [
    "DAY_NAMES",
    "INTERCEPT_INFINITIVES",
    "LINE_BULLETS",
    "MONTHS",
    "NUMBER_WORDS",
    "HintWords",
    "Token",
    "TokenFilter",
    "WordMemo",
    "Words",
    "alternation",
    "hint_words",
    "lacks",
    "lowered",
    "lowered_read",
    "number_value",
    "opens_line",
    "read_words",
    "sentence_spans",
    "shares_holding",
    "spans_holding",
    "token_fields",
    "tokenize",
    "trie",
    "words",
]

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

DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
"""English day names, lower case, Monday first."""

INTERCEPT_INFINITIVES = (
    "shoot down", "down", "intercept", "destroy", "neutrali[sz]e", "bring down", "eliminate",
)  # fmt: skip
"""The English verbs of bringing weapons down in the infinitive, as patterns' texts with a
space between words ("managed to shoot down 31 drones", "able to destroy all of them")."""

MONTHS_UK_RU = (
    "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня",
    "жовтня", "листопада", "грудня", "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
)  # fmt: skip
"""Ukrainian and Russian month names as a date writes them after its day ("14 травня")."""

_TOKEN_RE = compiled(r"[^\W\d_]+(?:[-'’ʼ`][^\W\d_]+)*", re.UNICODE)
_POSSESSIVE_ENDINGS = {"'s", "’s", "ʼs", "`s"}
_CYRILLIC_RE = compiled(r"[\u0400-\u04ff]")
# A sentence ends at . ! ? or a line break, unless the dot belongs to a known abbreviation.
# Group ``gap`` is what follows the mark ("(?<=[.!?…])[\"”’)]*\s+" without a look-behind,
# which would make the pattern try every character instead of only the marks). The pattern
# starts with one class of every mark and line break, so that the engine looks for those
# before trying the rest (it does not for an alternation of classes); the branch taken is
# then told by the character read: a line break, or a mark and its gap.
_SENTENCE_END_RE = compiled(r"[.!?…\n](?:(?<=\n)\s*|(?P<gap>[\"”’)]*\s+))")
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
    "г.р.",  # a year of birth: "мужчина 1978 г.р.", "чоловік 1961 р.н."
    "р.н.",
    "н.п.",  # a settlement: "в районі н.п. Кам'янське", "в районе н.п. Ново..."
    "с.м.т.",
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


class Words(NamedTuple):
    """The words of a text as columns, one sequence per field of :class:`Token`:
    ``text[i]``, ``start[i]``, ... are the fields of the ``i``-th word. Cheaper to make than
    one tuple per word."""

    text: Sequence[str]
    start: Sequence[int]
    end: Sequence[int]
    possessive: Sequence[bool]
    bare: Sequence[str]
    capitalised: Sequence[bool]
    cyrillic: Sequence[bool]


_new_tuple = tuple.__new__
V = TypeVar("V")


def trie(words: Iterable[str]) -> str:
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
    alts = [re.escape(first) + trie(rest) for first, rest in groups.items()]
    if not alts:
        return ""
    body = "(?:" + "|".join(alts) + ")"
    return body + "?" if whole else body


_QUANTIFIERS = ("?", "*", "+", "{")
# Characters that IGNORECASE matching takes for a Latin or Cyrillic letter other than its own
# upper and lower case (dotless i, Kelvin sign, long s, the old Cyrillic letter forms).
_EXTRA_FOLDS = (
    "\u0131\u0130\u212a\u017f\u1e9e\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\ua64b"
)
_OTHER_FOLDS = compiled(f"[{_EXTRA_FOLDS}]")


def _structure(pattern: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """Walk ``pattern`` from ``start``: each character outside escapes and character classes,
    with its index and the group depth after it (an opening ``(`` counts, a closing ``)`` is
    reported at the depth it closes to)."""
    depth = 0
    in_class = False
    j = start
    while j < len(pattern):
        ch = pattern[j]
        if ch == "\\":
            j += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        else:
            depth += (ch == "(") - (ch == ")")
            yield j, ch, depth
        j += 1


def _group_end(pattern: str, i: int) -> int:
    """Index of the ``)`` that closes the ``(`` at ``pattern[i]``."""
    for j, ch, depth in _structure(pattern, i):
        if ch == ")" and depth == 0:
            return j
    raise ValueError(f"unbalanced group in {pattern!r}")


def _top_level_split(pattern: str) -> list[str]:
    """The alternatives of ``pattern`` split at its top-level ``|``."""
    out: list[str] = []
    start = 0
    for j, ch, depth in _structure(pattern):
        if ch == "|" and depth == 0:
            out.append(pattern[start:j])
            start = j + 1
    out.append(pattern[start:])
    return out


def _letter_first(alternative: str) -> list[str] | None:
    """``alternative`` as alternatives that each start with a letter, tried in the same
    order: a leading ``(?:a|b)c`` becomes ``ac``, ``bc``, and ``(?:a )?b`` becomes ``a b``,
    ``b``. None when it cannot be written so."""
    if alternative[:1].isalpha() and alternative[1:2] not in _QUANTIFIERS:
        return [alternative]
    if not alternative.startswith("(?:"):
        return None
    end = _group_end(alternative, 0)
    inner, after = alternative[3:end], alternative[end + 1 :]
    heads = _top_level_split(inner)
    if after[:1] == "?" and after[1:2] not in ("?", "+"):
        heads.append("")  # greedy: the group first, then without it
        after = after[1:]
    elif after[:1] in _QUANTIFIERS:
        return None
    out: list[str] = []
    for head in heads:
        found = _letter_first(head + after)
        if found is None:
            return None
        out += found
    return out


@cache
def _same_letter(letter: str) -> str:
    """The characters case-insensitive matching takes for ``letter``."""
    chars = {letter, letter.lower(), letter.upper(), *_EXTRA_FOLDS}
    return "".join(
        sorted(ch for ch in chars if len(ch) == 1 and re.fullmatch(re.escape(letter), ch, re.I))
    )


def alternation(alternatives: str | Iterable[str]) -> str:
    """A case-insensitive regex group matching what ``(?:a|b|...)`` matches, only faster.

    The regex engine enters every alternative of a plain alternation at every position it
    tries, and with IGNORECASE it cannot rule one out by its first letter. Here the
    alternatives are grouped by first letter behind a case-sensitive class of every form of
    that letter, which the engine checks before entering a group; within a group the
    alternatives keep their order, so every match, and what it matches, stays the same.
    Use it in a pattern compiled with :data:`re.IGNORECASE`. ``alternatives`` is a list, or
    one string of alternatives separated by ``|``. Alternatives must start with a
    letter, or with a non-capturing group of such alternatives (optionally with ``?``);
    otherwise the plain alternation is returned.

    Examples
    --------
    >>> rx = re.compile(r"\\b" + alternation(["hit", "(?:drone|missile) strike", "harm"]), re.I)
    >>> rx.search("A Missile strike and a hit").group()
    'Missile strike'
    """
    if isinstance(alternatives, str):
        alternatives = _top_level_split(alternatives)
    alternatives = list(alternatives)
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        found = _letter_first(alternative)
        if found is None:
            return "(?:" + "|".join(alternatives) + ")"
        for alt in found:
            groups.setdefault(_same_letter(alt[0]), []).append(alt[1:])
    body = "|".join(
        f"(?-i:[{re.escape(letters)}])(?:{'|'.join(rests)})" for letters, rests in groups.items()
    )
    return f"(?:{body})"


def lowered(text: str) -> str | None:
    """``text`` in lower case, to look for :func:`lacks`'s needles in several times; None
    when it holds a character case-insensitive matching takes for another letter."""
    if not text.isascii() and _OTHER_FOLDS.search(text):
        return None
    return text.lower()


# Whether no character of the one-byte codec (geo.language.codec) is one of those: a text
# written in the codec's characters holds none of them (checked once, so that a codec with
# more characters cannot make :func:`lowered_read` answer otherwise than :func:`lowered`).
_CODEC_WITHOUT_FOLDS = not any(map(CODEC_CHARS.__contains__, _EXTRA_FOLDS))


def lowered_read(text: str, plain: bool) -> str | None:
    """:func:`lowered` of ``text``, without searching it for the characters ignoring case
    takes for another letter when ``plain``: the text is written in the one-byte codec's
    characters only (as :func:`read_words` tells by giving its bytes), none of which is one
    of them.

    Examples
    --------
    >>> lowered_read("Удар по Києву — 3", True), lowered_read("Kelvin \u212a", False)
    ('удар по києву — 3', None)
    """
    if plain and _CODEC_WITHOUT_FOLDS:
        return text.lower()
    return lowered(text)


#: The characters outside ASCII that case-insensitive matching takes for an ASCII letter
#: (dotless i, dotted capital I, long s, Kelvin sign): in a text without any, a pattern of
#: words of ASCII letters matches only where the text in lower case holds those words.
FOLDS_TO_ASCII = ("\u0131", "\u0130", "\u017f", "\u212a")  # each looked up with ``in``


def lower_agrees(text: str) -> bool:
    """Whether a word of ASCII letters that a case-insensitive pattern finds in ``text`` is
    sure to be in ``text.lower()`` too (see :data:`FOLDS_TO_ASCII`)."""
    return text.isascii() or not any(map(text.__contains__, FOLDS_TO_ASCII))


def lowered_for_ascii(text: str) -> str | None:
    """``text`` in lower case, to look for words of ASCII letters in, as :func:`lowered`
    gives it for them; None when it holds a character that ignoring case takes for an ASCII
    letter. (:func:`lowered` also gives None for the other characters that ignoring case
    takes for a letter, Cyrillic ones, found by a scan of the whole text: they make no
    ASCII word match.)"""
    return text.lower() if lower_agrees(text) else None


def cased(words: Iterable[str]) -> tuple[str, ...]:
    """``words`` (lower case) and each with its first letter capitalised, for :func:`holds`:
    a word looked up as written opening a sentence too.

    >>> cased(("дорог", "трас"))
    ('дорог', 'трас', 'Дорог', 'Трас')
    """
    words = tuple(words)
    return tuple(dict.fromkeys((*words, *(w[:1].upper() + w[1:] for w in words))))


def holds(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``words`` as they are written (give them in each case
    they are looked for in, as :func:`cased` does): cheaper than :func:`lacks`, which
    lower-cases the text, where the words' case is known.

    >>> holds("Перегон Синельникове — Павлоград", cased(("перег",)))
    True
    """
    return any(map(text.__contains__, words))


def lacks(text: str, needles: tuple[str, ...], low: str | None = "") -> bool:
    """True when ``text`` holds none of the lower-case ``needles`` (Latin or Cyrillic letters)
    in any case: a case-insensitive pattern that needs one of them cannot match, and need not
    run.

    Case-insensitive matching also takes a few other characters for some letters (``ſ`` for
    ``s``, the Kelvin sign for ``k``, old forms of Cyrillic letters); a text holding one of
    them is never said to lack anything (False).

    Examples
    --------
    >>> lacks("Drones hit Kharkiv.", ("from",)), lacks("Launched FROM Kursk", ("from",))
    (True, False)
    >>> lacks("Збито НАД Сумщиною", ("над",))
    False

    ``low``, when given, is :func:`lowered` of ``text``, worked out once for several needles.
    Without it, needles all of ASCII letters look only for the characters taken for those
    (:func:`lowered_for_ascii`), not through the whole text for every other one.
    """
    if low == "":
        if text.isascii():
            low = text.lower()
        elif "".join(needles).isascii():
            low = lowered_for_ascii(text)
        else:
            low = lowered(text)
    return low is not None and not any(map(low.__contains__, needles))


@dataclass(frozen=True, eq=False)
class TokenFilter:
    """The two readings of a tokenizer filter (see :func:`token_filter`): ``pattern`` splits
    any text, ``codec_split`` the same text's one-byte codec bytes in the same places (None
    when the kept words cannot be spelt in the codec's classes). Compared by identity: a
    filter is made once and its words kept per document."""

    pattern: re.Pattern[str]
    codec_split: re.Pattern[bytes] | None


def token_filter(lowercase: Iterable[str]) -> TokenFilter:
    """A tokenizer filter that keeps only words that can matter for place names: words that
    do not start with a lower-case ASCII letter (capitalised, Cyrillic), and the given
    lower-case words. Neighbouring kept words may then have dropped words between them.

    Its pattern matches the character before a kept word (group 1: not a letter, hyphen or
    apostrophe) and the word (group 2), for :func:`words` to split the text with: the regex
    engine then starts a match only where that character stands, not at every letter.
    """
    lowercase = list(lowercase)
    pattern = compiled(
        r"([\W\d_])(?<![-'’ʼ`])(?:(?=[^\W\d_a-z])|(?="
        + trie(lowercase)
        + r"(?![^\W\d_])))("
        + _TOKEN_RE.pattern
        + ")"
    )
    return TokenFilter(pattern, _codec_split(lowercase))


# The fast split of :func:`words`. A text written in the characters of the one-byte codec
# (:mod:`geo.language.codec`) is split as bytes, by a bytes pattern that splits them where the
# token_filter pattern splits the text: its character classes (a letter, [^\W\d_]; a hyphen or
# apostrophe that may join the parts of a word; any other character) become sets of bytes,
# which the regex engine tests by a table lookup instead of reading Unicode letter classes.
# Other texts are split by the pattern itself.
_JOINERS = "-'’ʼ`"
_LETTER_RE = compiled(r"[^\W\d_]")
_LETTER_BYTES = byte_set(_LETTER_RE.fullmatch)
_OTHER_BYTES = byte_set(lambda ch: not _LETTER_RE.fullmatch(ch) and ch not in _JOINERS)


def _codec_split(lowercase: list[str]) -> re.Pattern[bytes] | None:
    """The bytes pattern that splits a text's codec bytes where a token_filter pattern of
    ``lowercase`` splits the text, with the same groups. None when a word that starts with a
    lower-case ASCII letter has other characters."""
    ascii_words = [w for w in lowercase if "a" <= w[:1] <= "z"]  # others start no kept word
    if not all(map(compiled("[a-z]+").fullmatch, ascii_words)):
        return None
    upper = byte_set(lambda ch: bool(_LETTER_RE.fullmatch(ch)) and not "a" <= ch <= "z")
    joiners = byte_set(_JOINERS.__contains__)
    letters = _LETTER_BYTES
    source = (
        f"({_OTHER_BYTES})(?:(?={upper})|(?={trie(ascii_words)}(?!{letters})))"
        f"({letters}++(?:{joiners}{letters}++)*+)"
    )
    return compiled(source.encode("ascii"))


_MISSING = object()


class WordMemo(dict[str, V], Generic[V]):
    """A value for each word, worked out once per process and kept: the same words recur from
    report to report. A dict of word to value; :meth:`column` looks up the words of a report
    and works out only those missing. Holds at most ``limit`` words, and is emptied when
    new words come to a full memo.

    Examples
    --------
    >>> memo = WordMemo(str.upper)
    >>> memo.column(["a", "b", "a"]), sorted(memo)
    (['A', 'B', 'A'], ['a', 'b'])
    """

    __slots__ = ("compute", "compute_all", "limit")

    def __init__(
        self,
        compute: Callable[[str], V] | None = None,
        limit: int = 100_000,
        compute_all: Callable[[list[str]], list[V]] | None = None,
    ) -> None:
        super().__init__()
        self.compute = compute
        self.limit = limit
        self.compute_all = compute_all  # the values of several words at once, when faster

    def put(self, word: str, value: V) -> V:
        """Keep ``value`` for ``word`` (emptying a full memo first) and return it."""
        if len(self) >= self.limit:
            self.clear()
        self[word] = value
        return value

    def of(self, word: str) -> V:
        """The value of one word, worked out by ``compute`` when missing."""
        value = self.get(word, _MISSING)
        if value is _MISSING:
            assert self.compute is not None
            return self.put(word, self.compute(word))
        return value  # type: ignore[return-value]

    def column(self, words: Sequence[str]) -> list[V]:
        """The value of each of ``words``, in order."""
        try:
            return list(map(self.__getitem__, words))
        except KeyError:  # a word not seen yet: work out only the missing ones
            pass
        assert self.compute is not None
        missing = dict.fromkeys(filterfalse(self.__contains__, words))
        if len(self) + len(missing) > self.limit:
            self.clear()
            missing = dict.fromkeys(words)
        if self.compute_all is not None:
            values: Iterable[V] = self.compute_all(list(missing))
        else:
            values = map(self.compute, missing)
        self.update(zip(missing, values, strict=True))
        return list(map(self.__getitem__, words))


def _fields(word: str) -> tuple[bool, str, bool, bool]:
    """The fields of a word's :class:`Token` after its position: ``possessive``, ``bare``,
    ``capitalised``, ``cyrillic``."""
    first = word[0]
    cyrillic = "\u0400" <= first <= "\u04ff" or (
        not word.isascii() and _CYRILLIC_RE.search(word) is not None
    )
    if word[-2:] in _POSSESSIVE_ENDINGS:
        return (True, word[:-2], first.isupper(), cyrillic)
    return (False, word, first.isupper(), cyrillic)


_word_fields: WordMemo[tuple[bool, str, bool, bool]] = WordMemo(_fields)
token_fields = _word_fields.of
"""The fields of a word's :class:`Token` after its position (``possessive``, ``bare``,
``capitalised``, ``cyrillic``), worked out once per word."""


def words(text: str, kept: TokenFilter) -> Words:
    """The words of a text that a :func:`token_filter` filter keeps, as columns.

    Examples
    --------
    >>> found = words("Kyiv's mayor and the Obolon district", token_filter(["and"]))
    >>> list(found.bare), list(found.start)
    (['Kyiv', 'and', 'Obolon'], [0, 13, 21])
    """
    return read_words(text, kept)[0]


def read_words(text: str, kept: TokenFilter) -> tuple[Words, bytes | None]:
    """:func:`words`, and the bytes of ``" " + text`` in the one-byte codec that they were
    read from: None when the text holds a character the codec does not write, or ``kept``
    has no codec split (the text is then not tried). Bytes tell that the text holds only the
    codec's characters, and which (one byte a character, after the space).

    Examples
    --------
    >>> found, data = read_words("Удар по Києву", token_filter(["по"]))
    >>> list(found.text), len(data), read_words("Zürich", token_filter([]))[1]
    (['Удар', 'по', 'Києву'], 14, None)
    """
    data = None if kept.codec_split is None else encode(" " + text)
    # A leading space stands before the first word; the parts are the text between matches,
    # the character before each word and the word, so that their lengths add up to offsets.
    if data is None:
        found, starts, ends = _pattern_words(text, kept.pattern)
    else:
        found, starts, ends = _split_codec(data, kept.codec_split)
    if not found:
        return Words((), (), (), (), (), (), ()), data
    possessive, bare, capitalised, cyrillic = zip(*_word_fields.column(found), strict=True)
    return Words(found, starts, ends, possessive, bare, capitalised, cyrillic), data


def _pattern_words(text: str, pattern: re.Pattern[str]) -> tuple[list[str], list[int], list[int]]:
    """The kept words of ``text`` with their start and end offsets, split by the pattern."""
    parts = pattern.split(" " + text)
    offsets = list(accumulate(map(len, parts), initial=-1))
    return parts[2::3], offsets[2::3], offsets[3::3]


def _split_codec(data: bytes, split: re.Pattern[bytes]) -> tuple[list[str], list[int], list[int]]:
    """:func:`_pattern_words` found in ``data``, the codec bytes of a space and the text, by
    ``split``, a :class:`TokenFilter`'s ``codec_split``."""
    parts = split.split(data)
    offsets = list(accumulate(map(len, parts), initial=-1))
    if len(parts) == 1:
        return [], [], []
    # the words read back at once: a space, which no word holds, between them
    found = decode(b" ".join(parts[2::3]))
    return found.split(" "), offsets[2::3], offsets[3::3]


def tokenize(text: str) -> list[Token]:
    """Split text into word tokens (hyphenated and apostrophised words stay whole); see
    :func:`words` for only the words a :func:`token_filter` pattern keeps.

    Examples
    --------
    >>> [t.bare for t in tokenize("Kyiv's Obolon, Rostov-on-Don and Kam’ianske")]
    ['Kyiv', 'Obolon', 'Rostov-on-Don', 'and', 'Kam’ianske']
    """
    out = []
    known = _word_fields.get
    for m in _TOKEN_RE.finditer(text):
        word = m.group()
        fields = known(word) or token_fields(word)
        out.append(_new_tuple(Token, (word, *m.span(), *fields)))  # Token(...) without __new__
    return out


_BIRTH_YEAR = ("г.р.", "р.н.")
_ENDS_BEFORE_CAPITAL = (*_BIRTH_YEAR, "н.п.")
_COUNTED_NP = compiled(r"\d\s*н\.п\.$")  # "в 5 н.п.": settlements counted, not one named
_CLOCK_ENDS = ("a.m.", "p.m.")
# the words that open an English sentence after a time ("3 a.m. The council says ...")
_OPENERS = frozenset(
    [
        "The",
        "A",
        "An",
        "It",
        "He",
        "She",
        "They",
        "We",
        "There",
        "This",
        "That",
        "These",
        "Those",
        "No",
        "Officials",
        "Authorities",
        "Residents",
        "According",
        "Later",
        "Earlier",
        "Then",
        "Rescuers",
        "Emergency",
        "Police",
    ]
)
_ABBREVIATION_RE = compiled(
    r"(?<![\w.])(?:" + "|".join(re.escape(a) for a in _ABBREVIATIONS) + r")$"
)


def _list_goes_on(text: str, start: int, end: int, after: int) -> bool:
    """Whether the line break at ``end`` (the line from ``start``, the next from ``after``)
    parts the items of one list, which read as one sentence: the line ends with a comma or
    a semicolon, or it ends with a colon and the next line with a comma or a semicolon ("...
    уничтожены 45 БПЛА:\n22 – над территорией Брянской области,\n..."), or the next line
    opens with a bullet after a head that ends with a colon or after an item of such a head's
    list; at a blank line only between such a head and the first item of its list
    ("...уничтожены 105 БПЛА:\n\n38 – над ...")."""
    last = text[start:end].rstrip()[-1:]
    if "\n" in text[end + 1 : after]:
        return last == ":" and _BULLET_ITEM.match(text, after) is not None
    if last in (",", ";"):
        return True
    if _BULLET_ITEM.match(text, after) and (
        last == ":"
        # an item after an item of a list under a head: "...уничтожены 65 БПЛА:\n🔹 21 — над
        # Брянской областью\n🔹 14 — над Курской областью"
        or (
            _HEADED_ITEMS.search(text, start, end)
            and _BULLET_ITEM.match(text, _line_start(text, end))
        )
    ):
        return True
    if last != ":":
        return False
    stop = text.find("\n", after)
    return text[after : len(text) if stop < 0 else stop].rstrip()[-1:] in (",", ";")


# what may stand before the text that opens a line of a list: white space and bullets
LINE_BULLETS = " \t•●▪◾◦·*->–—➖►🔹🔸🔺🔻✅❗\ufe0f"


def opens_line(text: str, at: int) -> bool:
    """Whether ``text[at]`` opens a line of its own after a line break, after a bullet or
    none ("• 8 крилатих ракет ...", "\n8 – над ...")."""
    line = text.rfind("\n", 0, at)
    return line >= 0 and not text[line + 1 : at].strip(LINE_BULLETS)


def _line_start(text: str, end: int) -> int:
    """Where the line that ends at ``end`` starts."""
    return text.rfind("\n", 0, end) + 1


# what opens an item of a list of counts, one a line: a bullet before a count, or a count and
# a dash ("🔹 21 — над ...", "21 — над ..."); an item that opens with a name or a verb tells
# its own sentence ("— Харків: загинули 2 людини")
_ITEM_OPENING = (
    r"[ \t]*(?:(?:[—–•●▪◾◦►➖🔸🔹🔺🔻✅❗·*]\ufe0f?|-(?=\s))[ \t]*\d|\d+[ \t]*[—–-][ \t])"
)
_BULLET_ITEM = compiled(_ITEM_OPENING)
# a head that ends with a colon, then a line break and an item: the list a sentence holds
_HEADED_ITEMS = compiled(r":[ \t]*\n(?:[ \t]*\n)?" + _ITEM_OPENING)


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
            if _list_goes_on(text, start, end, m.end()):
                continue
        elif (
            "\n" not in m.group("gap")
            and text.endswith(_ABBREVIATIONS, max(0, end - 8), end)  # what the pattern needs
            and _ABBREVIATION_RE.search(text, max(0, end - 8), end)
            # (a year of birth ends a sentence before a capital: "... 1978 г.р. Оба ...", and so
            # do settlements counted: "пошкоджено будинки в 5 н.п. У Львові ...")
            and not (
                text.endswith(_ENDS_BEFORE_CAPITAL, 0, end)
                and text[m.end() : m.end() + 1].isupper()
                and (not text.endswith("н.п.", 0, end) or _COUNTED_NP.search(text, 0, end))
            )
            # (and a time before a sentence's opening word: "... around 3 a.m. The council
            # says ...", not "at 3 a.m. Kyiv time")
            and not (
                text.endswith(_CLOCK_ENDS, 0, end)
                and text[m.end() : m.end() + 14].split(" ", 1)[0].rstrip(",") in _OPENERS
            )
        ):
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
    "pair": 2,
}


NUMBER_WORDS = frozenset(_UNITS)
"""English words that :func:`number_value` reads."""


# what names a street or a building right before its number: "вул. Сумська, 12", "ул.
# Чехова, 15", "проспекті Науки, 7" (the comma: "в доме 5 человек" is no address),
# "будинку № 12", "д. 5", "№ 3"
_ADDRESS_BEFORE = compiled(
    r"(?:(?<![^\W\d_])(?:ул|вул|улиц\w*|вулиц\w*|просп\w*|пр-т|пров|пер|провул\w*|переул\w*|"
    r"бульв\w*|б-р|шосе|шоссе|пл|площ\w*|набережн\w*|наб)\.?\s+"
    r"[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*)?\s*,\s*"
    r"|(?<![^\W\d_])(?:(?:д|буд|корп)\.|дом\w*\s*№|будин\w*\s*№)\s*|№\s*)$",
    re.IGNORECASE,
)
_ADDRESS_REACH = 48  # the characters before a number :data:`_ADDRESS_BEFORE` looks at
_ADDRESS_ENDS = frozenset(",.№")  # what each form of :data:`_ADDRESS_BEFORE` ends with
_ADDRESS_GAP = 16  # the spaces looked past for it (a longer run of spaces is no address)
# a part of every street word of :data:`_ADDRESS_BEFORE`, in lower case
_STREET_STEMS = ("ул", "просп", "пр-т", "пров", "пер", "бульв", "б-р", "шос", "пл", "наб")


def house_number(text: str, start: int) -> bool:
    """Whether the number starting at ``start`` of ``text`` is the number of a house in an
    address ("на вул. Сумській, 12", "ул. Чехова, 15", "будинку № 12"), not a count.

    Examples
    --------
    >>> house_number("на ул. Чехова, 15 ранены 3 человека", 15)
    True
    >>> house_number("ранены 15 человек", 7)
    False
    """
    # each form ends with ",", "." or "№" before the spaces at the number, and one ending
    # with "," holds a street word: two looks first
    last = text[max(start - _ADDRESS_GAP, 0) : start].rstrip()[-1:]
    if last not in _ADDRESS_ENDS:
        return False
    lo = max(start - _ADDRESS_REACH, 0)
    if last == "," and not any(map(text[lo:start].lower().__contains__, _STREET_STEMS)):
        return False
    return _ADDRESS_BEFORE.search(text, lo, start) is not None


def number_value(text: str) -> int | None:
    """The integer a number phrase states: ``"1,200"``, ``"sixty-one"``, ``"a dozen"``.

    Examples
    --------
    >>> [number_value(s) for s in ("1,200", "Sixty-one", "a dozen", "two hundred", "a pair of")]
    [1200, 61, 12, 200, 2]
    """
    t = text.strip().lower().replace("\u00a0", " ")
    digits = t.replace(",", "").replace(" ", "")
    if digits.isdecimal():
        return int(digits) if len(digits) <= 15 else None  # a run of digits is no number
    # ("a pair of", "a couple of": the only phrases with "of" it is given)
    words = [w for w in re.split(r"[\s-]+", t) if w and w not in ("and", "a", "an", "of")]
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


def span_between(
    breaks: Iterable[tuple[int, int]], offset: int, end: int, length: int
) -> tuple[int, int]:
    """The stretch between the last break before ``offset`` and the first after ``end``.

    ``breaks`` are the sorted ``(start, stop)`` spans of separators in a text of ``length``
    characters (clause breaks in a sentence); the result is the ``(lo, hi)`` of the piece
    that holds ``[offset, end)``.

    >>> span_between([(5, 7), (12, 14)], 8, 10, 20)
    (7, 12)
    """
    lo, hi = 0, length
    for start, stop in breaks:
        if stop <= offset:
            lo = stop
        elif start >= end:
            hi = start
            break
    return lo, hi


def spans_holding(low: str, spans: list[tuple[int, int]], words: Iterable[str]) -> list[int]:
    """Indices of the ``spans`` (sorted, of the lower-case text ``low``) in which any of
    ``words`` starts, each word looked up with ``str.find`` over the whole text.

    After a hit the search goes on from the next span; a word found before the first span
    counts for none.

    >>> spans_holding("two died. calm. one hurt.", [(0, 9), (10, 15), (16, 25)], ["died", "hurt"])
    [0, 2]
    """
    starts = [start for start, _ in spans]
    n = len(starts)
    hit: set[int] = set()
    for word in words:
        pos = low.find(word)
        while pos >= 0:
            i = bisect.bisect_right(starts, pos) - 1
            hit.add(i)
            pos = low.find(word, starts[i + 1]) if i + 1 < n else -1
    return sorted(i for i in hit if i >= 0)


class HintWords(NamedTuple):
    """Words to look for in a text's sentences (parts of words, in lower case), in the order
    they are tried, with every two neighbouring characters of any of them: a word can run
    across a place in the text only where the two characters either side of it are one of
    these pairs. Make it with :func:`hint_words`; :func:`shares_holding` reads it."""

    words: tuple[str, ...]
    pairs: frozenset[str]


def hint_words(words: Iterable[str]) -> HintWords:
    """:class:`HintWords` of ``words`` (the commonest first makes :func:`shares_holding`
    stop sooner in a sentence that holds several)."""
    kept = tuple(dict.fromkeys(words))
    return HintWords(kept, frozenset(w[i : i + 2] for w in kept for i in range(len(w) - 1)))


def shares_holding(low: str, spans: list[tuple[int, int]], hints: HintWords) -> list[int]:
    """Indices of the ``spans`` (sorted, of the lower-case text ``low``) in which any of the
    ``hints`` starts, in order.

    A word counts for the span it starts in, up to where the next span starts (the gap after
    a span is its own); one found before the first span counts for none. Each span's share of
    the text is tested for the words, stopping at the first found, and only a word that
    would run on past the share's end is looked up across it, where the characters either
    side of the end are a pair of :attr:`HintWords.pairs`.

    It finds what :func:`spans_holding` finds, and is faster where there are many words and
    a sentence that holds one mostly holds one of the first tried (Ukrainian and Russian
    figure hints); :func:`spans_holding` is faster for a few words in many sentences.

    >>> hints = hint_words(["died", "hurt"])
    >>> shares_holding("two died. calm. one hurt.", [(0, 9), (10, 15), (16, 25)], hints)
    [0, 2]
    >>> shares_holding("it died", [(0, 5), (5, 7)], hints)  # "died" starts in the first
    [0]
    """
    words, pairs = hints
    if len(spans) == 1:  # one sentence (a place's piece), the commonest case: its share
        start = spans[0][0]
        return [0] if any(map((low[start:] if start else low).__contains__, words)) else []
    size = len(low)
    stops = [start for start, _ in spans[1:]]
    stops.append(size)
    out = []
    for i, ((start, _), stop) in enumerate(zip(spans, stops, strict=False)):  # no spans: none
        if start >= stop:
            continue  # a span with no share of its own holds no word's start
        if any(map(low[start:stop].__contains__, words)) or (
            stop < size
            and low[stop - 1 : stop + 1] in pairs
            and _runs_across(low, start, stop, words)
        ):
            out.append(i)
    return out


def _runs_across(low: str, start: int, stop: int, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` starting in ``low[start:stop]`` runs on past ``stop``."""
    return any(
        low.find(word, max(start, stop - len(word) + 1), stop + len(word) - 1) >= 0
        for word in words
        if len(word) > 1
    )
