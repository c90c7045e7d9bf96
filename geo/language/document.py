"""A report read once: its text, language, sentences and tokens, shared by every stage.

:func:`read_document` splits a report's text once; the mention finder, the role rules, the
fact readers and the figures per place all take the :class:`Document` instead of splitting
the text again or searching for a sentence. What a stage asks of the document more than once
(the sentence of a character, the tokens a pattern keeps) is worked out on first use and kept.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import repeat

from geo.language.text import (
    Token,
    TokenFilter,
    Words,
    lowered_read,
    read_words,
    sentence_spans,
    tokenize,
)

__all__ = ["Document", "read_document"]


@dataclass
class Document:
    """One report's text as every stage reads it.

    Attributes
    ----------
    text : str
        The report's text, as read and cleaned.
    lang : str
        The report's language (``en``, ``uk``, ``ru`` or ``other``).
    sentences : list of (int, int)
        Character spans of the sentences, list items and lines, in order.
    tokens : list of Token
        The words of the text, in order, made on first use.
    """

    text: str
    lang: str
    sentences: list[tuple[int, int]]
    _tokens: list[Token] | None = field(default=None, repr=False)
    _kept: dict[TokenFilter, Words] = field(default_factory=dict, repr=False)
    _index: dict[int, int] = field(default_factory=dict, repr=False)
    _starts: frozenset[int] | None = field(default=None, repr=False)
    _texts: list[str | None] | None = field(default=None, repr=False)
    _later: list[int] | None = field(default=None, repr=False)
    _lowered: tuple[str | None] | None = field(default=None, repr=False)
    _codec: bytes | None = field(default=None, repr=False)

    @property
    def tokens(self) -> list[Token]:
        """The words of the text (see :func:`geo.language.text.tokenize`), made once."""
        if self._tokens is None:
            self._tokens = tokenize(self.text)
        return self._tokens

    @property
    def lowered(self) -> str | None:
        """:func:`geo.language.text.lowered` of the text (its lower case, or None when it
        holds a character ignoring case takes for another letter), made once: the stages
        look for words in the whole text, each with :func:`geo.language.text.lacks`."""
        if self._lowered is None:
            # (a text the tokenizer read in the one-byte codec holds no character that
            # ignoring case takes for another letter: it is not searched for one)
            self._lowered = (lowered_read(self.text, self._codec is not None),)
        return self._lowered[0]

    def kept_words(self, kept: TokenFilter) -> Words:
        """The words a :func:`geo.language.text.token_filter` filter keeps, as columns
        (see :func:`geo.language.text.words`), made once."""
        found = self._kept.get(kept)
        if found is None:
            found, data = read_words(self.text, kept)
            self._kept[kept] = found
            if data is not None:
                self._codec = data  # (see codec_bytes and lowered)
        return found

    @property
    def codec_bytes(self) -> bytes | None:
        """The bytes of a space and the text in the one-byte codec (:mod:`geo.language.codec`),
        as the tokenizer read them (see :func:`geo.language.text.read_words`): one byte a
        character, which tells what characters the text holds faster than a search of it;
        None when the text holds a character the codec does not write, or no words were
        asked for yet."""
        return self._codec

    @property
    def sentence_starts(self) -> frozenset[int]:
        """The character offsets where sentences start."""
        if self._starts is None:
            self._starts = frozenset(s for s, _ in self.sentences)
        return self._starts

    def _later_starts(self) -> list[int]:
        """The starts of the sentences after the first: how many of them lie at or before a
        character is the index of its sentence (0 before the first sentence and for an
        empty text), with no bounds to clamp."""
        later = self._later
        if later is None:
            later = self._later = [s for s, _ in self.sentences[1:]]
        return later

    def sentence_index(self, pos: int) -> int:
        """Index of the sentence that holds character ``pos`` (0 for an empty text); the
        answer for each ``pos`` is kept, as several stages ask for the same mentions."""
        i = self._index.get(pos)
        if i is None:
            i = self._index[pos] = bisect_right(self._later_starts(), pos)
        return i

    def sentence_indices(self, positions: Sequence[int]) -> list[int]:
        """:meth:`sentence_index` of each of ``positions``, all found in one call (a
        stage's mentions, asked for at once) and kept for later questions alike."""
        found = list(map(bisect_right, repeat(self._later_starts(), len(positions)), positions))
        self._index.update(zip(positions, found, strict=True))
        return found

    def sentence(self, index: int) -> str:
        """The text of sentence ``index``: one string, made once, so that what the stages
        keep by sentence text hashes it once."""
        texts = self._texts
        if texts is None:
            texts = self._texts = [None] * len(self.sentences)
        text = texts[index]
        if text is None:
            s0, s1 = self.sentences[index]
            text = texts[index] = self.text[s0:s1]
        return text


def read_document(text: str, lang: str) -> Document:
    """Split ``text`` once into a :class:`Document` of language ``lang``.

    Examples
    --------
    >>> doc = read_document("Kyiv was hit. Two people were hurt.", "en")
    >>> [doc.sentence(i) for i in range(len(doc.sentences))]
    ['Kyiv was hit.', 'Two people were hurt.']
    >>> doc.sentence_index(20)
    1
    """
    return Document(text, lang, list(sentence_spans(text)))
