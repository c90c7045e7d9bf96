"""The seventh speed pass in the language layer: ``detect_language`` reads Latin text as bytes.

Each shortcut is compared with the reading it replaces, written out here as it was, on texts
where the shortcut's condition matters (letters outside ASCII, characters that ignoring case or
lowering turns into ASCII letters, Cyrillic-range characters that are not Cyrillic letters).
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from geo.language import morphology
from geo.language import text as text_module
from geo.language.morphology import _holds_ascii_letters_only

_CYRILLIC = re.compile(r"[а-яА-ЯіїєґІЇЄҐёЁ]")
_WORD = re.compile(r"[^\W\d_]+")


def _latin_language_as_before(sample: str) -> str:
    """The Latin branch of ``detect_language`` before the pass: the words of the sample in
    lower case found by the regex engine, counted as strings."""
    words = _WORD.findall(sample[:1500].lower())
    if not words:
        return "other"
    counts = dict.fromkeys(morphology._FUNCTION_SETS, 0)
    for word, n in Counter(filter(morphology._ANY_FUNCTION_WORD.__contains__, words)).items():
        for lang in morphology._LANGUAGES_OF[word]:
            counts[lang] += n
    english = counts.pop("en")
    others = max(counts.values())
    return "en" if english > others or not others else "other"


_LATIN_TEXTS = [
    "Two drones were downed over the port overnight and one man was hurt, the governor said.",
    "Two drones — “several”, per the mayor — were downed; the port’s cranes were hit.",
    "THE \u212aHARKIV strike: THE drones WERE launched FROM the north AND the east.",  # Kelvin
    "\u0130N the morning the drones were seen over the bay, and the sirens were on for hours.",
    "W nocy drony zaatakowały miasto, jest dwóch rannych i się pali magazyn, że tak powiem.",
    # its function words outside ASCII outnumber the English ones only when read as such
    "Wiadomo, że są ranni i że szkoła została trafiona, a pożar się tli; the drones came at night.",
    "Les drones ont été abattus par la défense pour la ville et dans la région du sud.",
    "O ataque não foi confirmado pela defesa e as forças da região do norte.",
    "Der Angriff auf die Stadt wurde von der Armee bestätigt, und es ist nicht vorbei.",
    "Ⅷ drones were seen — the \u017fhelling of the port was reported by the navy",
    "12 / 14 — 2025 ... 3:40",
    "",
    "\ud800 broken surrogate kept in text that was said to be from the port",
]


@pytest.mark.parametrize("text", _LATIN_TEXTS)
def test_latin_language_read_as_bytes_agrees_with_words_as_strings(text: str) -> None:
    assert morphology.detect_language.__wrapped__(text) == _latin_language_as_before(text)


def test_the_texts_reach_both_ways_of_reading() -> None:
    ways = {_holds_ascii_letters_only(t.encode("utf-8", "surrogatepass")) for t in _LATIN_TEXTS}
    assert ways == {True, False}
    # the Kelvin sign and the dotted capital I are letters: such a text is read as strings
    assert not _holds_ascii_letters_only("\u212a".encode())
    assert not _holds_ascii_letters_only("\u0130".encode())
    assert _holds_ascii_letters_only("dashes — and “quotes”".encode())


def _cyrillic_language_as_before(text: str) -> str | None:
    """The Cyrillic branch of ``detect_language`` before the pass, letters counted by the
    regex engine: "uk" or "ru", "words" when the letters only one language has do not tell
    (as many of each: the words are read), or None when the text is read as Latin."""
    sample = text[:6000]
    if not _CYRILLIC.search(sample):
        return None
    latin = len(re.sub(r"[^A-Za-z]+", "", sample))
    if latin and len(re.sub(r"[^а-яА-ЯіїєґІЇЄҐёЁ]+", "", sample)) <= latin:
        return None
    uk, ru = sum(map(sample.count, "іїєґІЇЄҐ")), sum(map(sample.count, "ыэъёЫЭЪЁ"))
    return "words" if uk == ru else ("uk" if uk > ru else "ru")


_CYRILLIC_TEXTS = [
    "plain ascii text",
    "a dash — and quotes “ ” № 5",
    "Київ",
    "Ночью над Курском сбили дроны Shahed",
    "Уночі над Сумами збили дрони, ґанок і їдальня пошкоджені",
    "Shahed drones over Київ, Одеса and the port of Izmail",  # fewer Cyrillic letters
    "Kyiv Kyiv Київ",  # more Latin
    "Київ Kyiv",  # as many of each: read as Latin
    "ђ ў Ў ѓ Ѓ ќ ј љ њ — letters Windows-1251 writes that are not counted: ђђђђђђђђђђђђ",
    "Ѐ ѐ Ҕ ҕ Ӂ — letters of the block it cannot write, and é, 😀, 中文 beside ab",
    "Ѐѐѐѐѐѐѐѐѐѐѐѐ a",  # none counted: read as Latin
    "її ыы",  # as many Ukrainian as Russian letters: the words tell
    "ї ы ы",
    "Пошкоджено будинок",  # none of either: the words tell
    "Поврежден дом",
    "\ud800 Київ",  # a lone surrogate, left out like any character the codec cannot write
]


@pytest.mark.parametrize("text", _CYRILLIC_TEXTS)
def test_cyrillic_letters_counted_as_bytes_agree_with_the_regex_count(text: str) -> None:
    before = _cyrillic_language_as_before(text)
    got = morphology.detect_language.__wrapped__(text)
    if before == "words":
        assert got == morphology._by_known_words(text[:6000])
    elif before is not None:
        assert got == before
    else:
        assert got in ("en", "other")


def test_the_counted_sets_are_the_letters_of_the_regex() -> None:
    block = [chr(c) for c in range(0x0300, 0x0600)]
    assert set(morphology._CYRILLIC_LETTERS) == {c for c in block if _CYRILLIC.match(c)}


def test_the_cyrillic_gate_lets_every_counted_letter_through() -> None:
    for code in range(0x0300, 0x0600):
        text = "drones — " + chr(code) + " over the port"
        if _CYRILLIC.search(text):
            assert morphology._may_hold_cyrillic(text), hex(code)
    assert not morphology._may_hold_cyrillic("drones — “over” the port")
    assert not morphology._may_hold_cyrillic("plain")


# --- sentence ends: one class of every mark leads the pattern ---------------------------------

_OLD_SENTENCE_END = re.compile(r"[.!?…](?P<gap>[\"”’)]*\s+)|\n\s*")


def _sentence_spans_as_before(text: str) -> list[tuple[int, int]]:
    """``sentence_spans`` before the pass: marks found by an alternation, every dot's word
    looked up among the abbreviations by the regex."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _OLD_SENTENCE_END.finditer(text):
        end = m.start("gap")
        if end < 0:
            end = m.start()
        elif "\n" not in m.group("gap") and text_module._ABBREVIATION_RE.search(
            text, max(0, end - 8), end
        ):
            continue
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


_PIECES = [
    "word",
    " ",
    "  ",
    ".",
    "!",
    "?",
    "…",
    "\n",
    "\n\n",
    "\t",
    '"',
    "”",
    "’",
    ")",
    "St.",
    "No.",
    "U.S.",
    "a.m.",
    "Gen.",
    "x.",
    "(",
    "—",
    "Mr. ",
    "e.g.",
    "1.5",
    "\r\n",
]


def _random_texts(n: int) -> list[str]:
    import random

    rng = random.Random(7)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 40))) for _ in range(n)]


def test_sentence_spans_agree_with_the_alternation_on_mixed_marks() -> None:
    texts = [
        *_random_texts(4000),
        "Strikes hit St. Petersburg’s port. Two were hurt!\nThe No. 5 plant burned…",
        "He said: “They left.” Then 3 p.m. came; U.S. officials spoke?  Yes.\n\n  Done",
    ]
    for text in texts:
        assert text_module.sentence_spans.__wrapped__(text) == _sentence_spans_as_before(text), (
            repr(text)
        )
