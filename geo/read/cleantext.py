"""Make input text safe and uniform before anything reads it.

Every string read from a report, a table cell or a name given on the command line passes
through :func:`clean_text`:

- lone surrogates (``"\\ud800"`` in a JSON string) become U+FFFD, so the text can always be
  encoded as UTF-8;
- control characters other than tab, line feed and carriage return become spaces (a NUL in a
  cell would cut a GeoPackage string short);
- invisible format characters inside a word are removed: zero-width space, joiner and
  non-joiner, word joiner, soft hyphen (``&shy;``), byte-order mark and bidirectional marks,
  so "Khar\\u200dkiv" reads as "Kharkiv"; between words, the soft hyphen, zero-width space,
  word joiner and byte-order mark are removed too, while joiners stay (they shape emoji);
- the text is put in Unicode normal form C, so a letter and its combining accent meet the
  precomposed letter.

The work is linear in the length of the text, and plain ASCII text is returned as it is.
"""

from __future__ import annotations

import unicodedata

from geo.patterns import compiled

__all__ = ["clean_text"]

_SURROGATES = "\ud800-\udfff"
#: Control characters other than tab, line feed and carriage return.
_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f"
_SURROGATE = compiled(f"[{_SURROGATES}]")
_CONTROL = compiled(f"[{_CONTROLS}]")
#: Invisible characters removed inside words.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u202a-\u202e\u2066-\u2069"
_IN_WORD = compiled(rf"(?<=\w)[{_INVISIBLE}]+(?=\w)")
#: Invisible characters removed anywhere (they join or break nothing a reader sees).
_ANYWHERE = compiled("[\u00ad\u200b\u2060\ufeff]+")
#: Any character one of the replacements below acts on: text without one is left as it is
#: (one scan instead of four).
_ANY_ODD = compiled(f"[{_SURROGATES}{_CONTROLS}{_INVISIBLE}]")


def clean_text(text: str) -> str:
    """Normalise one input string (see the module docstring).

    Parameters
    ----------
    text : str
        Text as decoded or parsed from the input, possibly holding lone surrogates.

    Returns
    -------
    str
        Text that encodes as UTF-8, in NFC, without invisible characters inside words.

    Examples
    --------
    >>> clean_text("Khar\\u200dkiv and Ly\\u00adman")
    'Kharkiv and Lyman'
    >>> clean_text("bad \\ud800 char\\x00")
    'bad \\ufffd char '
    >>> clean_text("Полта\\u0432\\u0430 й") == clean_text("Полтава \\u0438\\u0306")
    True
    """
    if text.isascii():
        return _CONTROL.sub(" ", text) if _CONTROL.search(text) else text
    if _ANY_ODD.search(text):
        text = _SURROGATE.sub("\ufffd", text)
        text = _CONTROL.sub(" ", text)
        text = _IN_WORD.sub("", text)
        text = _ANYWHERE.sub("", text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text
