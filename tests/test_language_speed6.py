"""The sixth pass on the language layer: one byte codec for the tokenizer and name folding, a
token filter that carries both its patterns, and ``lacks`` reading ASCII needles the cheap way.

Texts are written for the purpose; random mixtures draw on every character the codec writes
and on the characters case-insensitive matching takes for other letters.
"""

from __future__ import annotations

import random
import re

import pytest

from geo.language import codec
from geo.language.normalize import _BYTE_DROP, _BYTE_FOLD, _UNFOLDED, _fold_codec, _norm_key_full
from geo.language.text import FOLDS_TO_ASCII, _pattern_words, lacks, token_filter

from .conftest import codec_words as _codec_words

_ODD = [*FOLDS_TO_ASCII, "ᲂ", "ς", "Σ", "ẞ", "ﬀ", "K", "ϐ", "ǅ"]  # fold to other letters


def test_the_fold_table_sends_only_characters_of_longer_folds_to_the_full_key():
    sent = [ch for b, ch in enumerate(codec.CODEC_CHARS) if _BYTE_FOLD[b] == _UNFOLDED]
    assert sent == [ch for ch in codec.CODEC_CHARS if len(_norm_key_full(ch)) > 1]
    assert sent == ["№"]  # folds to "No": more than one character
    assert _fold_codec("Випуск № 7") is None and _fold_codec("Випуск 7") == "випуск 7"
    assert all(
        codec.CODEC_CHARS[_BYTE_FOLD[b]] == _norm_key_full(ch).replace(" ", "") or ch.isspace()
        for b, ch in enumerate(codec.CODEC_CHARS)
        if _BYTE_FOLD[b] != _UNFOLDED and b not in _BYTE_DROP and _norm_key_full(ch).strip()
    )


def test_ascii_text_folds_within_ascii():
    assert all(_BYTE_FOLD[b] < 0x80 for b in range(0x80) if b not in _BYTE_DROP)


def test_a_token_filter_carries_its_codec_split():
    kept = token_filter(["near", "of"])
    assert kept.codec_split is not None
    text = "Дрони біля Сум, near Kharkiv's district of Kyiv — «Точка-У»"
    assert _codec_words(text, kept.codec_split) == _pattern_words(text, kept.pattern)
    assert token_filter(["près"]).codec_split is None  # cannot be spelt in the byte classes
    assert _codec_words(text, None) is None


@pytest.mark.parametrize(
    ("text", "needles", "lacking"),
    [
        ("Дрони ᲂ Суми", ("from",), True),  # old letter form: no ASCII word can come of it
        ("Дрони ᲂ Суми", ("над",), False),  # but a Cyrillic one may
        ("Удар FROM Курська", ("from",), False),
        ("Удар ſrom Курська", ("from",), False),  # long s matches s, ignoring case
        ("Удар from Курська", ("over", "near"), True),
    ],
)
def test_lacks_reads_ascii_needles_in_cyrillic_text(text, needles, lacking):
    assert lacks(text, needles) is lacking


def test_lacks_never_says_lacking_where_an_ignoring_case_search_finds_a_needle():
    rnd = random.Random(6)
    pool = [*codec.CODEC_CHARS[32:], *_ODD, *"from over near FROM ſ" * 3]
    needles_sets = [("from",), ("over", "near"), ("s",), ("k", "над"), ("ст",)]
    told = 0
    for _ in range(20000):
        text = "".join(rnd.choice(pool) for _ in range(rnd.randint(0, 12)))
        for needles in needles_sets:
            found = any(re.search(re.escape(n), text, re.IGNORECASE) for n in needles)
            if lacks(text, needles):
                assert not found, (text, needles)
                told += 1
    assert told > 20000  # the gate answers for most texts, not only for ASCII ones
