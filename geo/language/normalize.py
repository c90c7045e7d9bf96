"""Name normalisation that makes spelling variants of one place meet.

Two keys are used. :func:`norm_key` folds case, diacritics, apostrophes, hyphens and spaces;
it is exact enough to index every alias. :func:`skeleton_key` also transliterates Cyrillic and
merges transliteration variants (kh/h, y/i/yi, zh/z, ts/c, ia/ya, e/ye, doubled letters), for a
second, lower-confidence lookup.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from operator import itemgetter

from geo.language.codec import CODEC_CHARS, decode, encode
from geo.patterns import compiled

__all__ = ["cyrillic_stems", "norm_key", "norm_keys", "skeleton_key", "translit"]

_APOSTROPHES = "'’ʼ`‘´ʹ′\"“”«»"
_DROP = str.maketrans("", "", _APOSTROPHES)
_DROP_RE = compiled(f"[{re.escape(_APOSTROPHES)}]")  # _DROP, faster on non-ASCII text


class _Unmarked(dict[int, "int | None"]):
    """A :meth:`str.translate` table that drops the combining marks (None) and keeps every
    other character (itself), each character looked up in :mod:`unicodedata` once."""

    def __missing__(self, code: int) -> int | None:
        kept = self[code] = None if unicodedata.combining(chr(code)) else code
        return kept


_NO_MARKS = _Unmarked()
_SPACE_RE = compiled(r"[\s\-‐‑‒–—_./,()]+")

_CYR = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "h",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "є": "ie",
    "ё": "e",
    "ж": "zh",
    "з": "z",
    "и": "y",
    "і": "i",
    "ї": "i",
    "й": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "iu",
    "я": "ia",
    "ў": "u",
}

_CYR_TABLE = str.maketrans(_CYR)

# Ordered rewrite rules for the skeleton key (applied to a Latin, lower-case string).
_SKELETON_RULES = (
    ("shch", "sc"),
    ("sch", "sc"),
    ("zh", "z"),
    ("kh", "h"),
    ("ts", "c"),
    ("tz", "c"),
    ("ch", "c"),
    ("sh", "s"),
    ("g", "h"),
    ("w", "v"),
    ("x", "ks"),
    ("iy", "i"),
    ("yi", "i"),
    ("yy", "i"),
    ("ii", "i"),
    ("ij", "i"),
    ("ya", "a"),
    ("ia", "a"),
    ("yu", "u"),
    ("iu", "u"),
    ("ye", "e"),
    ("ie", "e"),
    ("yo", "o"),
    ("io", "o"),
    ("j", "i"),
    ("y", "i"),
)
_DOUBLE_RE = compiled(r"(.)\1+")
_GROUP_ONE = itemgetter(1)  # a match's first group


@lru_cache(maxsize=100_000)  # names and their forms recur from report to report
def norm_key(text: str) -> str:
    """Fold a name to its lookup key.

    Parameters
    ----------
    text : str
        A place name in any script.

    Returns
    -------
    str
        Lower case, without diacritics or apostrophes, words joined by single spaces.

    Examples
    --------
    >>> norm_key("Kam’ianske") == norm_key("Kam'ianske") == norm_key("KAMIANSKE")
    True
    >>> norm_key("Rostov-on-Don")
    'rostov on don'
    """
    return _fold_bytes(text)


def _unmarked(text: str) -> str:
    """``text`` case-folded, without apostrophes, decomposed and without combining marks."""
    text = _DROP_RE.sub("", text.casefold())
    if not text.isascii():  # decompose, then drop the combining marks
        text = unicodedata.normalize("NFKD", text).translate(_NO_MARKS)
    return text


def _norm_key_full(text: str) -> str:
    """:func:`norm_key` worked out step by step, for any text."""
    return _SPACE_RE.sub(" ", _unmarked(text)).strip()


# Most names are folded a byte at a time. Every step of _norm_key_full but the last acts on
# one character at a time (case folding, dropping apostrophes, decomposing, which only
# reorders the combining marks it then drops), so a text may be folded character by
# character, its separators made spaces, and the runs of spaces then joined and the ends
# trimmed. A text written in the one-byte codec's characters (geo.language.codec) is folded
# so: each of them folds to one of them or to nothing, and bytes.translate folds them all at
# once; the few that fold to more (№ to "no") are sent to _UNFOLDED, and a text holding one is
# folded step by step.
_UNFOLDED = 0xFF  # no character of the codec


def _byte_folds() -> tuple[bytes, bytes]:
    """The ``bytes.translate`` table and deleted bytes that fold the codec's characters."""
    table = bytearray(range(256))
    dropped = bytearray()
    for byte, char in enumerate(CODEC_CHARS):
        folded = _SPACE_RE.sub(" ", _unmarked(char))
        if not folded:
            dropped.append(byte)
        elif len(folded) == 1 and folded in CODEC_CHARS:
            table[byte] = CODEC_CHARS.index(folded)
        else:
            table[byte] = _UNFOLDED
    return bytes(table), bytes(dropped)


_BYTE_FOLD, _BYTE_DROP = _byte_folds()


def _fold_bytes(text: str) -> str:
    """:func:`norm_key` of ``text`` by the byte codec when it writes every character,
    else step by step."""
    key = _fold_codec(text)
    if key is None:
        return _norm_key_full(text)
    return " ".join(key.split()) if " " in key else key


_SEP = "\x00"  # folds to itself, is no whitespace, and no name holds it


def norm_keys(texts: list[str]) -> list[str]:
    """``[norm_key(t) for t in texts]``, folded in one pass over the texts joined.

    Folding is done a character at a time (see :func:`_fold_bytes`), so the joined texts fold
    to the folded texts joined; the runs of spaces are then joined and the ends trimmed per
    text, which changes nothing when no folded text starts or ends with a space or holds
    two in a row (words and names as written: a hyphen between letters). Otherwise, and
    when a text holds the separator or a character the byte codec does not write, each text
    is folded by :func:`norm_key`.

    Examples
    --------
    >>> norm_keys(["Кам’янське", "Rostov-on-Don", "Київ"])
    ['камянське', 'rostov on don', 'киів']
    """
    joined = _SEP.join(texts)
    if texts and joined.count(_SEP) == len(texts) - 1:
        key = _fold_codec(joined)
        if (
            key is not None
            and "  " not in key
            and " " + _SEP not in key
            and _SEP + " " not in key
            and key[:1] != " "
            and key[-1:] != " "
        ):
            return key.split(_SEP)
    return list(map(norm_key, texts))


def _fold_codec(text: str) -> str | None:
    """``text`` folded a character at a time by the byte codec, spaces not yet joined; None
    when the codec does not write a character of it."""
    if text.isascii():  # the codec writes ASCII as UTF-8 does, and folds it to ASCII
        return text.encode().translate(_BYTE_FOLD, _BYTE_DROP).decode()
    data = encode(text)
    if data is None:
        return None
    data = data.translate(_BYTE_FOLD, _BYTE_DROP)
    return None if _UNFOLDED in data else decode(data)


def translit(text: str) -> str:
    """Transliterate Ukrainian, Russian and Belarusian letters to Latin (others pass)."""
    return text.translate(_CYR_TABLE)


def skeleton_key(text: str) -> str:
    """Fold a name further, so that transliteration variants meet.

    Examples
    --------
    >>> skeleton_key("Zaporizhzhia") == skeleton_key("Zaporizhzhya")
    True
    >>> skeleton_key("Kharkiv") == skeleton_key("Харків")
    True
    """
    key = translit(norm_key(text))
    for old, new in _SKELETON_RULES:
        key = key.replace(old, new)
    # each run of one character as one: the match's group by a callable, which the engine
    # calls only where a run is, rather than the template r"\1", which costs its expansion
    # on every call (a third of the function's time)
    return _DOUBLE_RE.sub(_GROUP_ONE, key)


# Case endings of Ukrainian and Russian nouns and adjectives, longest first, each with the
# nominative endings to try in its place.
_CYR_ENDINGS = (
    ("ській", ("ська",)),
    ("ської", ("ська",)),
    ("ською", ("ська",)),
    ("ську", ("ська",)),
    ("ской", ("ская", "ский")),
    ("ская", ("ская",)),
    ("скую", ("ская",)),
    ("ском", ("ский", "ськ")),
    ("ським", ("ський",)),
    ("ого", ("ий", "е", "ой")),
    ("ому", ("ий", "е", "ой")),
    ("ым", ("ый", "ий")),
    ("ім", ("ий",)),
    ("ае", ("ай",)),
    ("аї", ("ай",)),
    ("аю", ("ай",)),
    ("щині", ("щина",)),
    ("щини", ("щина",)),
    ("щину", ("щина",)),
    ("щиною", ("щина",)),
    ("ові", ("",)),
    ("еві", ("",)),
    ("ом", ("",)),
    ("ем", ("",)),
    ("ою", ("а",)),
    ("ою", ("я",)),
    ("ой", ("а",)),
    ("ей", ("я",)),
    ("ах", ("и", "")),
    ("ях", ("і",)),
    ("ів", ("и",)),
    ("і", ("", "а", "я", "ь", "о")),
    ("у", ("", "а")),
    ("ю", ("", "я")),
    ("е", ("",)),
    ("а", ("",)),
    ("я", ("", "ь")),
    ("и", ("а", "", "ь")),
    ("ы", ("а",)),
)
_VOWEL_SWAP = {"е": "і", "о": "і", "є": "і"}


def _fold(text: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )


# norm_key strips diacritics (й -> и, ї -> і), so the table is folded the same way.
_CYR_ENDINGS = tuple((_fold(e), tuple(_fold(r) for r in reps)) for e, reps in _CYR_ENDINGS)


def cyrillic_stems(word: str) -> list[str]:
    """Candidate nominative forms of an inflected Ukrainian or Russian word.

    A principled suffix model: each case ending is replaced by the nominative endings it can
    come from, and the Ukrainian vowel alternation in a closed last syllable (Київ → Києві,
    Харків → Харкові) is undone.

    Examples
    --------
    >>> norm_key("Київ") in cyrillic_stems(norm_key("Києві"))
    True
    >>> norm_key("Харків") in cyrillic_stems(norm_key("Харкові"))
    True
    """
    out: list[str] = []
    for ending, replacements in _CYR_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            stem = word[: -len(ending)]
            for rep in replacements:
                form = stem + rep
                out.append(form)
                if not rep and len(stem) >= 2 and stem[-2] in _VOWEL_SWAP:
                    out.append(stem[:-2] + _VOWEL_SWAP[stem[-2]] + stem[-1])
    return list(dict.fromkeys(out))
