"""The faster forms of the language layer read exactly what the full forms they replace read.

Each test compares a shortcut with the step-by-step reading it stands for, over texts written
for the purpose: every character of the Basic Multilingual Plane, and mixtures of Latin and
Cyrillic letters, apostrophes, dashes, spaces and characters the shortcut does not cover.
"""

from __future__ import annotations

import random

from geo.language.codec import CODEC_CHARS
from geo.language.normalize import _fold_bytes, _norm_key_full, norm_key

_BMP = [chr(c) for c in range(0x20, 0x10000) if not 0xD800 <= c < 0xE000]


def test_byte_fold_matches_the_full_key_for_every_character():
    assert [_fold_bytes(ch) for ch in _BMP] == [_norm_key_full(ch) for ch in _BMP]


def test_byte_fold_matches_the_full_key_on_mixed_texts():
    rnd = random.Random(4)
    pool = [*CODEC_CHARS, *" -–—’'.,()_\t\n" * 10, *_BMP[::97], "\u0301", "ß", "İ", "ё"]
    texts = ["".join(rnd.choice(pool) for _ in range(rnd.randint(0, 14))) for _ in range(20000)]
    texts += ["Кам’янське", "  Kharkiv  Oblast ", "Rostov-on-Don", "Ізюм", "Zürich", "Ёлки-Палки"]
    assert [_fold_bytes(t) for t in texts] == [_norm_key_full(t) for t in texts]


def test_norm_key_kept_per_text_answers_as_the_full_key():
    texts = ["Харківській", "KYIV", "Kam'ianske", "Харківській", "d\u0301", "KYIV"]
    assert [norm_key(t) for t in texts] == [_norm_key_full(t) for t in texts]
    assert norm_key("Київ") == "киів" and norm_key("Запоріжжя") == "запоріжжя"
