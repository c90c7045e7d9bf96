"""The codec split of the tokenizer finds exactly the words the token filter pattern finds.

Texts are written for the purpose: Ukrainian, Russian and English sentences, every character
the class codec knows and many it does not, in mixtures with hyphens, apostrophes, digits
and the lower-case words a pattern keeps.
"""

from __future__ import annotations

import random

from geo.language import codec
from geo.language.text import _pattern_words, token_filter, words
from geo.understand.mentions import _KEPT_WORDS

from .conftest import codec_words as _codec_words

_BMP = [chr(c) for c in range(0x20, 0x10000) if not 0xD800 <= c < 0xE000]
_SENTENCES = [
    "Уночі дрони атакували Харківщину: у Кривому Розі пошкоджено будинки, 3 людей поранено.",
    "Ночью над Белгородской областью сбиты ракеты «Точка-У»; губернатор — Вячеслав Гладков.",
    "Russian drones hit Kyiv's Obolon district and the Sumy region near the border in 2024.",
    "Rostov-on-Don, Kam’ianske and Kam'ianske -- in-depth report: mayor of Odesa said...",
    "•  Запоріжжя ‒ обстріл;\u00a0смт Велика Писарівка — 5 вибухів… № 7, ст. 12 — with",
    "from-Kharkiv in--Lviv 9Kyiv _Dnipro -Poltava 'Sumy ʼКиїв `Lutsk the’s of-the on`ok",
    "",
    " ",
    "in",
    "Kyiv",
    "ab-",
    "-",
]


def _classic(text: str, kept) -> tuple:
    return tuple(map(list, _pattern_words(text, kept.pattern)))


def test_the_codec_writes_each_known_character_as_one_byte_and_back():
    chars = codec.CODEC_CHARS
    assert len(chars) <= 256 and chars[:128] == "".join(map(chr, range(128)))
    for ch in _BMP:
        data = codec.encode(ch)
        if data is None:
            assert ch not in chars
            continue
        assert len(data) == 1 and chars[data[0]] == ch
        assert codec.decode(data) == ch


def test_codec_split_finds_what_the_pattern_finds_in_sentences():
    for sentence in _SENTENCES:
        got = _codec_words(sentence, _KEPT_WORDS.codec_split)
        assert got is not None
        assert tuple(map(list, got)) == _classic(sentence, _KEPT_WORDS), sentence


def test_codec_split_on_random_mixtures():
    rnd = random.Random(15)
    known = [ch for ch in codec.CODEC_CHARS if ch.isprintable()]
    pieces = [
        *known,
        *"  -'’ʼ`.,;:0123456789_",
        *("in", "the", "of", "and", "near", "intheof", "Kyiv", "Київ", "oblast", "ok", "a"),
        *("області", "ПЗ", "x-y", "i", "z"),
    ]
    checked = 0
    for _ in range(6000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 30)))
        got = _codec_words(text, _KEPT_WORDS.codec_split)
        assert got is not None
        assert tuple(map(list, got)) == _classic(text, _KEPT_WORDS), text
        checked += 1
    assert checked == 6000


def test_other_filters_and_unknown_characters():
    patterns = [
        token_filter(["and", "or"]),
        token_filter(["région", "in"]),  # a word the classes cannot spell: no codec split
        token_filter([]),
        token_filter(["a", "ab", "abc", "b-c"]),
    ]
    assert patterns[1].codec_split is None
    rnd = random.Random(16)
    pool = [*_BMP[::41], *"  -'’abc ABC Київ in and or région", "İ", "ſ", "🔴", "é"]
    for pattern in patterns:
        for sentence in _SENTENCES:
            got = words(sentence, pattern)
            assert (list(got.text), list(got.start), list(got.end)) == tuple(
                map(list, _classic(sentence, pattern))
            )
        for _ in range(1500):
            text = "".join(rnd.choice(pool) for _ in range(rnd.randint(0, 25)))
            got = words(text, pattern)
            assert (list(got.text), list(got.start), list(got.end)) == _classic(text, pattern)


def test_a_text_with_an_unknown_character_falls_back():
    text = "Drones 🔴 hit Kyiv and İzmir"
    assert _codec_words(text, _KEPT_WORDS.codec_split) is None
    assert list(words(text, _KEPT_WORDS).text) == ["Drones", "hit", "Kyiv", "and", "İzmir"]


def test_norm_keys_fold_as_norm_key_one_by_one():
    from geo.language.codec import CODEC_CHARS
    from geo.language.normalize import _norm_key_full, norm_keys

    rnd = random.Random(17)
    pool = [*CODEC_CHARS, *" -–—’'.,()_\t\n\x00" * 4, *_BMP[::211], "\u0301", "ß", "İ", "ё"]
    pool += ["Київ", "Rostov", "on", "Кам’янське", "ська", "велика писарівка"]
    for _ in range(3000):
        texts = [
            "".join(rnd.choice(pool) for _ in range(rnd.randint(0, 6)))
            for _ in range(rnd.randint(0, 6))
        ]
        assert norm_keys(texts) == [_norm_key_full(t) for t in texts], texts
    words = [w for s in _SENTENCES for w in list(words_of(s))]
    assert norm_keys(words) == [_norm_key_full(w) for w in words]


def words_of(sentence: str) -> list[str]:
    return list(words(sentence, _KEPT_WORDS).bare)


def test_word_keys_at_once_as_one_by_one():
    from geo.understand.mentions import _word_key, _word_keys

    rnd = random.Random(18)
    found = [w for s in _SENTENCES for w in words(s, _KEPT_WORDS).text]
    found += ["in", "the", "Kyiv's", "КИЇВ", "İzmir", "ǅemal", "x", "Ab-Cd", "the’s", "ſumy"]
    for _ in range(300):
        sample = rnd.sample(found, rnd.randint(0, 12))
        assert _word_keys(sample) == [_word_key(w) for w in sample], sample
