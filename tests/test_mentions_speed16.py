"""The sixteenth pass on what the mention finder reads of a report: a text the tokenizer read
in the one-byte codec is not searched again for the characters that ignoring case takes for
another letter when the report's lower case is made (:attr:`Document.lowered`).

The fast path must give what :func:`geo.language.text.lowered` gives on every input: it is
compared on the evaluation reports and synthetic ones (read or made at test time), on each
of their sentences, and on texts written here, some holding those characters or others the
codec does not write.
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
from geo.understand.mentions import _KEPT_WORDS

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
    found, plain = read_words(text, kept)
    assert found == words(text, kept)
    assert plain is (codec.encode(text) is not None)
    assert lowered_read(text, plain) == lowered(text)
    assert read_words(text, token_filter(["près"]))[1] is False  # no codec split: not tried


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
        found, plain = read_words(text, _KEPT_WORDS)
        assert doc.kept_words(_KEPT_WORDS) == found
        assert plain is (codec.encode(text) is not None)
        assert doc.lowered == lowered(text)
        for start, end in doc.sentences:
            sentence = text[start:end]
            assert lowered_read(sentence, plain) == lowered(sentence)
