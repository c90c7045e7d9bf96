"""The sixteenth pass on what the mention finder reads of a report: a text the tokenizer read
in the one-byte codec is not searched again for the characters that ignoring case takes for
another letter when the report's lower case is made (:attr:`Document.lowered`), nor, in a
report not in Ukrainian or Russian, for a Cyrillic letter (the codec bytes tell).

The fast paths must give what the searches give on every input: they are compared on the
evaluation reports and synthetic ones (read or made at test time), on each of their
sentences, and on texts written here, some holding those characters or others the codec
does not write.
"""

from __future__ import annotations

import pytest

from geo.language import codec
from geo.language.document import read_document
from geo.language.text import (
    _EXTRA_FOLDS,
    _OTHER_FOLDS,
    lowered,
    lowered_read,
    read_words,
    token_filter,
    words,
)
from geo.places.resolve import _report_language
from geo.understand.mentions import (
    _CYRILLIC_RE,
    _KEPT_WORDS,
    _holds_cyrillic,
    _unknown_matches,
    _village_matches,
    find_mentions,
    find_unknown_names,
)

from .conftest import evaluation_texts, synthetic_texts

# written for this test: plain codec text, and texts with a character the codec does not
# write, among them those that ignoring case takes for another letter
_MADE_UP = [
    "",
    "Drones hit a depot near Fastiv overnight.",
    "Дрони атакували Полтаву вночі — пошкоджено склад, «Точка-У» №3, 12 °C.",
    "Вибухи в Одесі: уламки впали у двір; café closed.",  # é: a codec character
    "A Kelvin sign \u212a in a sentence about Sumy.",
    "Dotless \u0131 and dotted \u0130 near Izmail.",
    "Long \u017f and sharp \u1e9e in Kherson's port.",
    "Старая форма \u1c80 буквы в Курске и \ua64b.",
    "Zürich and Kraków hosted talks about Kyiv.",  # letters the codec does not write
    "Alert in Lviv 🔴 after a strike on Drohobych.",
    "Mixed \u212a and Zürich in Odesa.",
    "Shelling near Vovchansk — officials in the village of Bilozerka said.",
    "An old letter \u1c81 alone, near the town of Lyman.",  # taken for a Cyrillic letter
    "A quote: «Ґрунт» and ё in Kupiansk; near Izium.",
    "Удар по селу Малі Щербаки, у с. Степове — поранено двох.",
    "Вибух у м. Суми: 2 поранені, ꙋ",
    "У селі Степове ᲀ і в с. Нова Каховка — пожежа.",  # no lower case of the document
    "Село \u0130vanivka, с. Степове: lower case is longer here.",
]


def _texts() -> list[str]:
    """The evaluation reports and synthetic ones (read or made at test time), and the texts
    written here."""
    return [*evaluation_texts(), *synthetic_texts(300), *_MADE_UP]


def test_no_codec_character_is_taken_for_another_letter():
    assert not set(codec.CODEC_CHARS) & set(_EXTRA_FOLDS)
    assert _OTHER_FOLDS.search(codec.CODEC_CHARS) is None
    assert all(_OTHER_FOLDS.fullmatch(ch) for ch in _EXTRA_FOLDS)


@pytest.mark.parametrize("text", _MADE_UP)
def test_read_words_tells_the_codec_text_and_gives_the_words(text):
    kept = token_filter(["near", "in", "and"])
    found, data = read_words(text, kept)
    assert found == words(text, kept)
    assert data == codec.encode(" " + text)
    assert lowered_read(text, data is not None) == lowered(text)
    assert read_words(text, token_filter(["près"]))[1] is None  # no codec split: not tried


@pytest.mark.parametrize("text", _MADE_UP)
def test_the_document_lower_case_is_lowered_of_its_text(text):
    doc = read_document(text, "en")
    doc.kept_words(_KEPT_WORDS)
    assert doc.lowered == lowered(text)
    unread = read_document(text, "en")  # its words not read: the full search
    assert unread.lowered == lowered(text)


def test_fast_lower_case_equals_lowered_on_every_report_and_sentence():
    for text in _texts():
        lang = _report_language(text)
        doc = read_document(text, lang)
        found, data = read_words(text, _KEPT_WORDS)
        assert doc.kept_words(_KEPT_WORDS) == found
        assert data == codec.encode(" " + text)
        assert doc.codec_bytes == data  # kept for every report
        assert doc.lowered == lowered(text)
        for start, end in doc.sentences:
            sentence = text[start:end]
            assert lowered_read(sentence, data is not None) == lowered(sentence)


def _spans(matches: list) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group("name")) for m in matches]


@pytest.mark.parametrize("lang", ["en", "uk", "ru", "other"])
def test_cyrillic_letters_told_by_codec_bytes_as_the_search_finds_them(lang):
    for text in _texts():
        doc = read_document(text, lang)
        searched = _CYRILLIC_RE.search(text) is not None
        assert _holds_cyrillic(text, doc) is searched  # words not read: the search
        doc.kept_words(_KEPT_WORDS)
        assert _holds_cyrillic(text, doc) is searched
        assert _holds_cyrillic(text, None) is searched
        assert _holds_cyrillic(text, read_document(text + " ", lang)) is searched  # not its text
        assert _spans(_unknown_matches(text, doc)) == _spans(_unknown_matches(text))


def test_village_names_found_alike_with_the_lower_case_given():
    for text in _texts():
        low = text.lower()
        assert _spans(_village_matches(text, low)) == _spans(_village_matches(text))


def test_unknown_names_found_alike_with_the_document(gaz):
    for text in [*evaluation_texts(), *_MADE_UP]:
        lang = _report_language(text)
        doc = read_document(text, lang)
        mentions = find_mentions(text, gaz, lang, doc=doc)
        assert find_unknown_names(text, mentions, gaz, doc=doc) == find_unknown_names(
            text, mentions, gaz
        )
