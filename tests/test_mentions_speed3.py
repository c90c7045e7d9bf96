"""The faster forms of the text layer's steps read exactly what the plain forms read.

Each test compares a step with the plain formula it replaced, over inputs that hold the
characters where the two could part (every character of the Basic Multilingual Plane, marks,
apostrophes, the dotted capital I whose lower case is two characters long).
"""

from __future__ import annotations

import re
import unicodedata

from geo.language.morphology import _ascii_word_bytes, detect_language
from geo.language.normalize import norm_key
from geo.language.text import lacks, lowered
from geo.understand.mentions import find_mentions

_BMP = [chr(c) for c in range(0x20, 0x10000) if not 0xD800 <= c < 0xE000]


def _plain_norm_key(text: str) -> str:
    """norm_key as first written: translate away apostrophes, join the unmarked characters."""
    text = text.casefold().translate(str.maketrans("", "", "'’ʼ`‘´ʹ′\"“”«»"))
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[\s\-‐‑‒–—_./,()]+", " ", text).strip()


def test_norm_key_matches_plain_formula_for_every_character():
    chunks = ["".join(_BMP[i : i + 64]) for i in range(0, len(_BMP), 64)]
    words = [*chunks, *(f"Ка{ch}ми´янське" for ch in _BMP[::7]), "Kam’ianske", "Йосипівка"]
    assert [norm_key(w) for w in words] == [_plain_norm_key(w) for w in words]


def test_norm_key_drops_marks_and_apostrophes():
    assert norm_key("Ка́м’янське") == norm_key("Кам'янське") == "камянське"
    assert norm_key("Sõmerpalu  Vald") == "somerpalu vald"


def test_ascii_word_bytes_equals_findall_of_ascii_letters():
    texts = ["".join(_BMP[i : i + 97]) for i in range(0, len(_BMP), 97)]
    texts += ["Drones hit Kyiv’s EAST—2 killed", "İstanbul ı x", "", "a1b_c-D"]
    for text in texts:
        data = text.encode("utf-8", "surrogatepass")
        assert _ascii_word_bytes(data) == re.findall(rb"[a-z]+", data.lower()), text


def test_detect_language_with_dashes_and_quotes():
    assert (
        detect_language("Drones — “dozens” — were shot down over the city, officials said.") == "en"
    )
    assert (
        detect_language("Die Drohnen wurden in der Nacht über der Stadt abgeschossen.") == "other"
    )


def test_a_head_read_in_the_lowered_text_agrees_with_lacks_on_the_head():
    words = ("oblasts", "regions", "provinces", "districts", "raions")
    for text in (
        "Strikes hit 3 OBLASTS: Sumy and the Regions of ΟΔΥΣΣΕΥΣ ΣΑΣ and regions of Kharkiv",
        "Strikes hit 3 OBLASTS: Sumy and REGİONS of Kharkiv, ſumy districts",
    ):
        low = lowered(text)
        assert low is None or len(low) == len(text)
        for end in range(len(text) + 1):
            lo = max(0, end - 40)
            head = text[lo:end]
            head_low = "" if low is None else low[lo:end]  # as the list pass reads it
            assert lacks(head, words, head_low) == lacks(head, words), (text, end)


def test_announced_list_still_spread(gaz):
    found = find_mentions("Drones attacked three regions: Kharkiv, Sumy and Poltava.", gaz, "en")
    assert [(m.span.text, m.qualifier) for m in found][-3:] == [
        ("Kharkiv", "region"),
        ("Sumy", "region"),
        ("Poltava", "region"),
    ]
    none = find_mentions("Drones attacked Kharkiv, Sumy and Poltava.", gaz, "en")
    assert all(m.qualifier is None for m in none)


def test_cyrillic_candidates_are_the_ranked_places_of_their_key(gaz):
    text = "Вночі дрони атакували Кривий Ріг, а також Харківську та Сумську області."
    found = find_mentions(text, gaz, "uk")
    by_text = {m.span.text: m for m in found}
    ranked = tuple(c.place for c in gaz.lookup_key("кривии ріг"))
    assert ranked and by_text["Кривий Ріг"].candidates == ranked
    assert by_text["Сумську області"].candidates == tuple(
        c.place for c in gaz.lookup_key("сумська область")
    )
    again = find_mentions(text, gaz, "uk")  # the places kept per key give the same answer
    assert [m.candidates for m in again] == [m.candidates for m in found]
