"""A report read once: its text, language, sentences and tokens, shared by every stage.

:func:`read_document` splits a report's text once; the mention finder, the role rules, the
fact readers and the figures per place all take the :class:`Document` instead of splitting
the text again or searching for a sentence.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from geo.language.text import Token, sentence_spans, tokenize


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

    @property
    def tokens(self) -> list[Token]:
        """The words of the text (see :func:`geo.language.text.tokenize`), made once."""
        if self._tokens is None:
            self._tokens = tokenize(self.text)
        return self._tokens

    def sentence_index(self, pos: int) -> int:
        """Index of the sentence that holds character ``pos`` (0 for an empty text)."""
        i = bisect.bisect_right(self.sentences, (pos, float("inf"))) - 1
        return min(max(i, 0), max(0, len(self.sentences) - 1))

    def sentence(self, index: int) -> str:
        """The text of sentence ``index``."""
        s0, s1 = self.sentences[index]
        return self.text[s0:s1]


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
