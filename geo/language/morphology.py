"""Which language a report is written in, and what its Ukrainian and Russian words are.

Language is told from letters and function words: Cyrillic text is Ukrainian when it uses the
letters only Ukrainian has (і ї є ґ) more than those only Russian has (ы э ъ ё); Latin text is
English when English function words make up enough of it. Words of Ukrainian and Russian are
analysed by pymorphy3 with the OpenCorpora (Russian) and LanguageTool/VESUM-derived (Ukrainian)
dictionaries: lemma, part of speech, case, and the tags that mark first names (``Name``),
surnames (``Surn``), patronymics (``Patr``) and geographical names (``Geox``).
"""

from __future__ import annotations

import operator
import string
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from geo.patterns import compiled

__all__ = [
    "FUNCTION_POS",
    "READ_LANGUAGES",
    "Analysis",
    "analyse",
    "detect_language",
    "is_common_word",
    "is_person_name",
    "lemmas",
    "may_be_locative",
    "person_share",
    "sentence_language",
]

READ_LANGUAGES = ("en", "uk", "ru")
"""Languages whose roles and figures strikemap reads; places are found in any language."""

_WORD = compiled(r"[^\W\d_]+")
# every byte but a-z to a space: the runs of a-z of an ASCII-encoded text are then its words
_ONLY_ASCII_LETTERS = bytes(b if 0x61 <= b <= 0x7A else 0x20 for b in range(256))
_NON_ASCII_LETTER = compiled(r"[^\W\d_\x00-\x7f]")  # a letter _ascii_word_bytes would not read
# Function words of English and of the other languages wire copy about the war comes in;
# a Latin-script text is English when English ones outnumber each other language's.
_FUNCTION_WORDS = {
    "en": "the of and to was were is are on at by for with from that which has have had been "
    "said after overnight people killed wounded drones missiles it its this their they he his "
    "she would also during against into than who near officials attack region struck",
    "de": "der die das und ist sind wurde wurden von mit auf bei nach dem den des ein eine "
    "nicht sich auch",
    "pl": "i w na z się że jest są został została przez do od po dla nie oraz jak",
    "pt": "o os as e do da dos das em no na um uma foi foram por para com que não",
    "es": "el la los las y del en un una fue fueron por para con que no se",
    "fr": "le la les et des du un une est sont été par pour avec que dans sur",
    "it": "il lo gli e del della dei un una è sono stato per con che non nel",
}
_LATIN_SAMPLE = 1500  # characters of Latin text enough to tell English from the others
_FUNCTION_SETS = {lang: frozenset(words.split()) for lang, words in _FUNCTION_WORDS.items()}
_ANY_FUNCTION_WORD = frozenset().union(*_FUNCTION_SETS.values())
_LANGUAGES_OF = {
    w: tuple(lang for lang, words in _FUNCTION_SETS.items() if w in words)
    for w in _ANY_FUNCTION_WORD
}


def sentence_language(sentence: str, report_lang: str | None = None) -> str:
    """The language of one sentence of a report in ``report_lang``.

    A Cyrillic sentence whose letters do not tell Ukrainian from Russian (as many of
    Ukrainian and Russian alike, "Пошкоджено будинок.", "Дрони уразили нафтобазу в
    Саках.": no і, ї, є or ґ, no ы, э, ъ or ё, or as many of each) is in the report's
    language when that is Ukrainian or Russian; otherwise it is told as
    :func:`detect_language` tells a text.

    Examples
    --------
    >>> sentence_language("Пошкоджено будинок.", "uk"), sentence_language("Фото: ОВА", "ru")
    ('uk', 'ru')
    >>> sentence_language("Губернатор сообщил, что повреждены дома.", "uk")
    'ru'
    """
    if report_lang in ("uk", "ru"):
        letters = _mostly_cyrillic(sentence)
        if letters is not None:
            return _ukrainian_or_russian(letters) or report_lang
    return detect_language(sentence)


@lru_cache(maxsize=256)
def detect_language(text: str) -> str:
    """The language of a text: ``"uk"``, ``"ru"``, ``"en"`` or ``"other"``.

    Parameters
    ----------
    text : str
        A report, or any part of one.

    Returns
    -------
    str
        ``"other"`` for Latin-script text that is not English (German, Polish, Portuguese
        wire copy) and for text with no letters.

    Examples
    --------
    >>> detect_language("Уночі ворог атакував Харківщину")
    'uk'
    >>> detect_language("Ночью беспилотники атаковали Белгородскую область")
    'ru'
    >>> detect_language("Drones struck Kharkiv overnight, officials said.")
    'en'
    >>> detect_language("Drohnen haben in der Nacht Charkiw angegriffen.")
    'other'
    """
    sample = text[:6000]
    letters = _mostly_cyrillic(sample)
    if letters is not None:
        return _ukrainian_or_russian(letters) or _by_known_words(sample)
    latin = sample[:_LATIN_SAMPLE]
    data = latin.encode("utf-8", "surrogatepass")
    # only ASCII letters (other characters may be dashes and quotes): the words are the runs
    # of a-z of the bytes in lower case, and the function words are looked up as bytes
    if _holds_ascii_letters_only(data):
        words: list = _ascii_word_bytes(data)
        languages_of: dict = _LANGUAGES_OF_BYTES
    else:
        words, languages_of = _WORD.findall(latin.lower()), _LANGUAGES_OF
    if not words:
        return "other"
    counts = dict.fromkeys(_FUNCTION_SETS, 0)
    for word, n in Counter(filter(languages_of.__contains__, words)).items():
        for lang in languages_of[word]:
            counts[lang] += n
    english = counts.pop("en")
    others = max(counts.values())
    # a short sentence may hold no function word at all: Latin text is English unless
    # another language's words outnumber English ones
    return "en" if english > others or not others else "other"


_ASCII_BYTES = bytes(range(128))
# the function words of ASCII letters as bytes, for texts read as bytes
_LANGUAGES_OF_BYTES = {w.encode("ascii"): ls for w, ls in _LANGUAGES_OF.items() if w.isascii()}


def _may_hold_cyrillic(sample: str) -> bool:
    """False when ``sample`` holds no character from U+0400 to U+04BF, the block of the
    letters of :data:`_CYRILLIC_LETTERS`: none is written in UTF-8 with a first byte D0, D1
    or D2 (an ASCII text holds none)."""
    if sample.isascii():
        return False
    data = sample.encode("utf-8", "surrogatepass")
    return b"\xd0" in data or b"\xd1" in data or b"\xd2" in data


class _CyrillicCount:
    """How many characters of a few sets a text holds, counted in its Windows-1251 bytes.

    Windows-1251 writes each letter of :data:`_CYRILLIC_LETTERS`, and each ASCII
    character, as one byte of its own (a character it cannot write is left out); so the
    letters of a set are counted as the bytes of the text that are theirs, which the bytes'
    ``translate`` keeps in C.
    """

    def __init__(self, sample: str) -> None:
        self.data = sample.encode("cp1251", "ignore")

    def count(self, keep: bytes) -> int:
        """How many characters of the text are written as one of the bytes ``keep`` (a table
        of the bytes to delete, from :func:`_only`)."""
        return len(self.data.translate(None, keep))


def _only(chars: str) -> bytes:
    """The bytes to delete from a Windows-1251 text to keep only those of ``chars``."""
    kept = set(chars.encode("cp1251"))
    return bytes(b for b in range(256) if b not in kept)


# the letters of Ukrainian and Russian (а-я, А-Я, і ї є ґ, ё and their capitals), and of English
_CYRILLIC_LETTERS = "".join(map(chr, [*range(0x410, 0x450), *map(ord, "іїєґІЇЄҐёЁ")]))
_CYRILLIC_BYTES = _only(_CYRILLIC_LETTERS)
_LATIN_BYTES = _only(string.ascii_letters)


def _holds_ascii_letters_only(data: bytes) -> bool:
    """Whether the UTF-8 text ``data`` holds no letter outside ASCII (the characters outside
    ASCII, taken out of the text, are tested together). A text without one has the same words
    in lower case whether its letters are found as runs of a-z or by :data:`_WORD`, and
    ``bytes.lower`` lowers it as ``str.lower`` does."""
    rest = data.translate(None, _ASCII_BYTES)
    return not rest or not _NON_ASCII_LETTER.search(rest.decode("utf-8", "surrogatepass"))


def _ascii_word_bytes(data: bytes) -> list[bytes]:
    """The runs of ASCII letters of the UTF-8 text ``data``, in lower case
    (``re.findall(rb"[a-z]+", data.lower())``), found in C without the regex engine: every
    other byte becomes a space and the text is split at spaces.

    >>> _ascii_word_bytes("Drones hit Kyiv’s east—2 killed".encode())
    [b'drones', b'hit', b'kyiv', b's', b'east', b'killed']
    """
    return data.lower().translate(_ONLY_ASCII_LETTERS).split()


def _mostly_cyrillic(sample: str) -> _CyrillicCount | None:
    """The letter counts of ``sample`` when it holds more Cyrillic letters than Latin ones
    (so at least one), else None."""
    if not _may_hold_cyrillic(sample):
        return None
    letters = _CyrillicCount(sample)
    return letters if letters.count(_CYRILLIC_BYTES) > letters.count(_LATIN_BYTES) else None


def _ukrainian_or_russian(letters: _CyrillicCount) -> str | None:
    """``"uk"`` when a Cyrillic text holds more letters only Ukrainian has than letters only
    Russian has, ``"ru"`` when fewer, None when as many (none of either, most often)."""
    uk, ru = letters.count(_UK_BYTES), letters.count(_RU_BYTES)
    return None if uk == ru else ("uk" if uk > ru else "ru")


_KNOWN_SAMPLE = 200  # the words of a Cyrillic text whose letters do not tell its language


def _by_known_words(sample: str) -> str:
    """``"uk"`` when more of the first :data:`_KNOWN_SAMPLE` words of ``sample`` are words
    of the Ukrainian dictionary unknown to the Russian one than the other way round, else
    ``"ru"`` (the letters of a short Russian text lack ы, э, ъ and ё more often than those
    of a Ukrainian one lack і, ї, є and ґ: "Дрони уразили нафтобазу в Саках." is
    Ukrainian, "Дом поврежден, погиб человек." Russian). Both dictionaries are loaded."""
    words = _WORD.findall(sample.lower())[:_KNOWN_SAMPLE]
    uk_known, ru_known = _analyser("uk").word_is_known, _analyser("ru").word_is_known
    lean = 0
    for word in dict.fromkeys(words):
        uk, ru = uk_known(word), ru_known(word)
        lean += (uk and not ru) - (ru and not uk)
    return "uk" if lean > 0 else "ru"


_UK_LETTERS = "іїєґІЇЄҐ"  # the letters only Ukrainian has
_RU_LETTERS = "ыэъёЫЭЪЁ"  # the letters only Russian has
_UK_BYTES = _only(_UK_LETTERS)
_RU_BYTES = _only(_RU_LETTERS)


class Analysis(NamedTuple):
    """One reading of a word: its lemma, part of speech, case and grammemes."""

    lemma: str
    pos: str | None
    case: str | None
    grammemes: frozenset[str]
    score: float


_DICT_PACKAGES = {"uk": "pymorphy3_dicts_uk", "ru": "pymorphy3_dicts_ru"}


@lru_cache(maxsize=2)
def _analyser(lang: str):
    import importlib
    import os

    import pymorphy3

    path = None
    if pymorphy3.MorphAnalyzer.DICT_PATH_ENV_VARIABLE not in os.environ:
        # the dictionary package's path, as pymorphy3 would find it through the installed
        # packages' entry points, which costs a scan of every package's metadata
        try:
            path = importlib.import_module(_DICT_PACKAGES[lang]).get_path()
        except (ImportError, KeyError, AttributeError):
            path = None
    return pymorphy3.MorphAnalyzer(path=path, lang=lang)


# Words whose readings the shortcut of :func:`_dictionary_readings` must give as the full parse
# does before it is used (several readings scored by the Russian estimator, ё and е, г and ґ,
# forms other than the lemma, capitals): it rebuilds what pymorphy3 builds, so a release of
# pymorphy3 that builds it otherwise turns the shortcut off instead of changing a reading.
_CHECKED_WORDS = {
    "uk": ("Харківській", "області", "загинули", "ґанок", "гавані", "дронів", "Києві", "було"),
    "ru": ("области", "стали", "ещё", "еще", "ёлки", "Белгородской", "погибли", "мой", "три"),
}


@lru_cache(maxsize=2)
def _readings(lang: str) -> Callable[[str], tuple[Analysis, ...] | None]:
    """How :func:`analyse` reads a word the dictionary knows: :func:`_dictionary_readings`,
    when it gives the full parse's readings of :data:`_CHECKED_WORDS` (else no word is read
    by it)."""
    readings = _dictionary_readings(lang)
    try:
        same = all(
            readings(word) in (None, _parsed(word, lang)) for word in _CHECKED_WORDS.get(lang, ())
        )
    except Exception:  # pymorphy3's internals moved: parse every word in full
        same = False
    return readings if same else _no_readings


@lru_cache(maxsize=2)
def _plain_parse(lang: str) -> Callable[[str], list[tuple]]:
    """The ``parse`` of :func:`_analyser` giving each reading as a plain tuple ``(word, tag,
    normal_form, score, methods_stack)`` instead of a :class:`pymorphy3.analyzer.Parse`: what
    ``MorphAnalyzer(result_type=None)`` gives, from a copy of the analyser that shares its
    dictionaries (a second analyser would load them again)."""
    full = _analyser(lang)
    plain = object.__new__(type(full))
    plain.__dict__.update(vars(full))
    plain._result_type = None
    return plain.parse


def _first_group(morph) -> list:
    """The units of ``morph`` up to and including the first terminal one: those whose readings
    ``parse`` gathers before it stops at the first unit that ends a group with readings."""
    group = []
    for unit, is_terminal in morph._units:
        group.append(unit)
        if is_terminal:
            break
    return group


def _reads_dictionary_first(group: list) -> bool:
    """Whether a first group of units (:func:`_first_group`) is the dictionary followed by
    none but readers of initials, Roman numbers and Latin words."""
    from pymorphy3.units import (
        AbbreviatedFirstNameAnalyzer,
        AbbreviatedPatronymicAnalyzer,
        DictionaryAnalyzer,
        LatinAnalyzer,
        RomanNumberAnalyzer,
    )

    first, *others = group
    shapes = (AbbreviatedFirstNameAnalyzer, AbbreviatedPatronymicAnalyzer)
    shapes += (LatinAnalyzer, RomanNumberAnalyzer)
    return type(first) is DictionaryAnalyzer and all(type(u) in shapes for u in others)


def _no_readings(word: str) -> None:
    """No word is read by the dictionary alone (each is parsed in full)."""


def _dictionary_readings(lang: str) -> Callable[[str], tuple[Analysis, ...] | None]:
    """What :func:`analyse` makes of pymorphy3's readings of a word that the dictionary
    knows, holds a Cyrillic letter and is not an initial (None for any other word).

    ``parse`` runs the units of the first group (:func:`_first_group`) on every word and stops
    after them when they gave readings. In both dictionaries' configurations that group is the
    dictionary, the two readers of initials, which read only a word that is one of their
    letters (single capitals), and, in the Ukrainian one, the readers of Roman numbers and of
    Latin words, which read only words whose letters are all Latin (no Cyrillic letter is one
    of M, D, C, L, X, V, I, even ignoring case). Such a word is read by none of them but the
    dictionary (none of them keeps state: the set of readings seen is not theirs to fill), so
    its readings are the dictionary unit's, built here as the unit builds them, with the
    probability estimate ``parse`` applies after the units, and made into :class:`Analysis`
    as :func:`analyse` makes them; without the readings' tuples of pymorphy3, its estimator's
    sort and the calls of each unit. When the first group is other than that, no word is
    read here.
    """
    morph = _plain_parse(lang).__self__
    group = _first_group(morph)
    if not _reads_dictionary_first(group):
        return _no_readings
    not_read = frozenset().union(*(getattr(u, "_letters_set", ()) for u in group))
    dictionary = morph.dictionary
    similar_items, substitutes = dictionary.words.similar_items, morph.char_substitutes
    paradigms, prefixes = dictionary.paradigms, dictionary.paradigm_prefixes
    suffixes, gramtab = dictionary.suffixes, dictionary.gramtab
    estimator = morph.prob_estimator
    prob_of = estimator.p_t_given_w.get if estimator is not None else None
    scale = estimator.p_t_given_w.MULTIPLIER if estimator is not None else None
    cyrillic = _CYRILLIC_SET

    def readings(word: str) -> tuple[Analysis, ...] | None:
        if word in not_read or cyrillic.isdisjoint(word):
            return None
        low = word.lower()
        found = similar_items(low, substitutes)
        if not found:
            return None
        out = []  # (normal form, the tag's parts) of each reading
        for fixed, forms in found:
            for para_id, idx in forms:
                # DictionaryAnalyzer.parse: Dictionary.build_normal_form and build_tag_info
                paradigm = paradigms[para_id]
                n = len(paradigm) // 3
                if idx:
                    prefix, suffix = prefixes[paradigm[2 * n + idx]], suffixes[paradigm[idx]]
                    stem = fixed[len(prefix) : -len(suffix)] if suffix else fixed[len(prefix) :]
                    normal = prefixes[paradigm[2 * n]] + stem + suffixes[paradigm[0]]
                else:
                    normal = fixed
                out.append((normal, _tag_parts(gramtab[paradigm[n + idx]])))
        if prob_of is None:  # the dictionary unit's score, 1.0
            return tuple([_new_tuple(Analysis, (f, p[1], p[2], p[3], 1.0)) for f, p in out])
        # ProbabilityEstimator.apply_to_parses (its key f"{word}:{tag}" is written with the
        # tag's string, which str(tag) returns, read without calling the tag's __str__)
        key = low + ":"
        probs = [prob_of(key + p[0]._str, 0) / scale for _, p in out]
        if sum(probs) == 0:  # each score 1.0 times 1.0 / (1.0 + 1.0 + ...)
            k = 1.0 / len(out)
            return tuple([_new_tuple(Analysis, (f, p[1], p[2], p[3], k)) for f, p in out])
        scored = [
            _new_tuple(Analysis, (f, p[1], p[2], p[3], prob))
            for (f, p), prob in zip(out, probs, strict=True)
        ]
        scored.sort(key=_SCORE, reverse=True)  # sorted(), as the estimator: stable
        return tuple(scored)

    return readings


_CYRILLIC_SET = frozenset(_CYRILLIC_LETTERS)
_SCORE = operator.itemgetter(4)  # an Analysis's score
_new_tuple = tuple.__new__
_TAG_PARTS_KEPT = 8192
_tags: dict[int, tuple] = {}  # id of a tag -> (the tag, its part of speech, case, grammemes)


@lru_cache(maxsize=200_000)
def analyse(word: str, lang: str) -> tuple[Analysis, ...]:
    """Every reading pymorphy3 gives of one Ukrainian or Russian word, best first.

    Parameters
    ----------
    word : str
        A single word, in any case.
    lang : {"uk", "ru"}
        The dictionary to use.

    Returns
    -------
    tuple of Analysis
        Readings known to the dictionary and, for unknown words, guessed from the ending.

    Examples
    --------
    >>> analyse("Харківській", "uk")[0].lemma
    'харківський'
    >>> analyse("Анапе", "ru")[0].case
    'loct'
    """
    known = _readings(lang)(word)
    return known if known is not None else _parsed(word, lang)


def _parsed(word: str, lang: str) -> tuple[Analysis, ...]:
    """:func:`analyse`'s readings of ``word`` from pymorphy3's full parse."""
    out = []
    for _, tag, normal_form, score, _ in _plain_parse(lang)(word):
        _, pos, case, grammemes = _tag_parts(tag)
        # Analysis(normal_form, pos, case, grammemes, score) without NamedTuple's __new__
        out.append(_new_tuple(Analysis, (normal_form, pos, case, grammemes, float(score))))
    return tuple(out)


def _tag_parts(tag) -> tuple:
    """``(tag, part of speech, case, grammemes)`` of one pymorphy3 tag, read once per tag
    and kept by the tag's id (with the tag, so that the id stays its own): the dictionary's
    few thousand tags recur in every word's readings, and reading a category of a tag
    intersects sets each time."""
    parts = _tags.get(id(tag))
    if parts is not None and parts[0] is tag:
        return parts
    if len(_tags) >= _TAG_PARTS_KEPT:
        _tags.clear()
    parts = _tags[id(tag)] = (tag, tag.POS, tag.case, frozenset(tag.grammemes))
    return parts


def lemmas(word: str, lang: str) -> tuple[str, ...]:
    """The distinct lemmas of a word, best reading first."""
    return tuple(dict.fromkeys(a.lemma for a in analyse(word, lang)))


_PERSON_TAGS = frozenset(("Name", "Surn", "Patr"))
FUNCTION_POS = frozenset(("PREP", "CONJ", "PRCL", "NPRO", "INTJ", "PRED"))
"""Parts of speech of function words (prepositions, conjunctions, particles, pronouns, ...)."""
_RARE_READING = 0.01  # readings pymorphy3 scores below this are ignored


@lru_cache(maxsize=65536)
def person_share(word: str, lang: str) -> tuple[float, float]:
    """How much of a word's readings (by pymorphy3's scores) are a person's name, and how
    much a geographical name: ``Гладков`` is (1.0, 0.0), ``Гусев`` (0.5, 0.5), ``Фастові``
    (a surname's case or the town's) about (0.67, 0.0)."""
    readings = [a for a in analyse(word, lang) if "UNKN" not in a.grammemes]
    total = sum(a.score for a in readings)
    if not total:
        return 0.0, 0.0
    person = sum(a.score for a in readings if _is_persons(a.grammemes))
    place = sum(a.score for a in readings if "Geox" in a.grammemes)
    return person / total, place / total


def _is_persons(grammemes: frozenset[str]) -> bool:
    """Whether a reading's ``grammemes`` are a person's name's: a first name in the plural
    is rather a town named in the plural ("по Алешкам", not "Алёшка")."""
    return bool(_PERSON_TAGS & grammemes) and not ("Name" in grammemes and "plur" in grammemes)


def is_person_name(word: str, lang: str) -> bool:
    """True when most readings of the word are a first name, surname or patronymic, and
    more than are a geographical name (``Олег``, ``Гладков``, ``Лисак``; not ``Шебекино``,
    not ``Гусев``, which is also a town)."""
    person, place = person_share(word, lang)
    return person >= 0.5 and person > place


@lru_cache(maxsize=4096)
def may_be_locative(word: str, lang: str) -> bool:
    """True when a reading of the word is in the locative case (``Фастові``, ``Охтирці``:
    "in the town" after a preposition, whatever else the word may be)."""
    return any("loct" in a.grammemes for a in analyse(word.lower(), lang))


# the dictionary's cases, its second genitive, locative and accusative read as the first
_CASES = {
    "nomn": "nomn", "gent": "gent", "gen2": "gent", "datv": "datv", "accs": "accs",
    "acc2": "accs", "ablt": "ablt", "loct": "loct", "loc2": "loct", "voct": "voct",
}  # fmt: skip


@lru_cache(maxsize=4096)
def cases_of(word: str, lang: str, pos: str) -> frozenset[str]:
    """The cases the readings of ``word`` as part of speech ``pos`` (``ADJF``, ``NOUN``) may
    stand in (``Брянском``: the locative of an adjective; ``районами``: the instrumental)."""
    readings = [a for a in analyse(word.lower(), lang) if a.pos == pos]
    return frozenset(_CASES[g] for a in readings for g in a.grammemes if g in _CASES)


@lru_cache(maxsize=65536)
def is_known_word(word: str, lang: str) -> bool:
    """True when the dictionary of ``lang`` knows the lower-case ``word`` (its readings are
    not guessed from its ending)."""
    return bool(_analyser(lang).word_is_known(word))


@lru_cache(maxsize=65536)
def is_common_word(word: str, lang: str) -> bool:
    """True when the dictionary knows the word and none of its readings is a geographical or
    personal name: ordinary nouns, adjectives, verbs and function words (``атаки``,
    ``сарай``, ``Из``), but not ``Анапе``, ``Олег`` or an unknown village's name."""
    low = word.lower()
    if not _analyser(lang).word_is_known(low):
        return False
    readings = analyse(low, lang)
    if readings and readings[0].pos in FUNCTION_POS:
        return True  # "Из", "Від": a preposition at the start of a sentence
    return not any(
        "Geox" in a.grammemes or _PERSON_TAGS & a.grammemes
        for a in readings
        if a.score >= _RARE_READING
    )
