"""A one-byte codec for the characters reports are mostly written in.

ASCII, the Cyrillic block, Ґ and the common quotes, apostrophes, dashes and marks are each
written as one byte: ASCII as itself, the others after it. A text written in these characters
can then be split or folded by ``bytes`` patterns and :meth:`bytes.translate`, which test a
byte by a table lookup instead of reading Unicode classes. The tokenizer
(:func:`geo.language.text.words`) and name folding (:func:`geo.language.normalize.norm_key`)
both read texts through it; a text holding another character is read the slower way.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable

__all__ = ["CODEC_CHARS", "byte_set", "decode", "encode"]

#: The codec's characters, in byte order (ASCII first: its bytes are its codes).
CODEC_CHARS = "".join(
    dict.fromkeys(
        "".join(map(chr, range(0x80)))
        + "".join(map(chr, range(0x400, 0x460)))
        + "\u0490\u0491\u2019\u2018\u02bc\u02b9\u00ab\u00bb\u201c\u201d\u201e"
        + "\u2013\u2014\u2010\u2011\u2012\u00a0\u00b4\u2032\u2022\u2026\u2116"
        + "\u25aa\ufe0f\u00b0\u00b7\u00e9"
    )
)
_TABLE = CODEC_CHARS.ljust(256, "\ufffe")  # U+FFFE: no character of the codec
_MAP = codecs.charmap_build(_TABLE)


def encode(text: str) -> bytes | None:
    """``text`` in the codec's bytes, one byte per character; None when it holds a character
    the codec does not write.

    Examples
    --------
    >>> data = encode("Київ-2")
    >>> len(data), data[-2:], decode(data), encode("Zürich")
    (6, b'-2', 'Київ-2', None)
    """
    try:
        return codecs.charmap_encode(text, "strict", _MAP)[0]
    except UnicodeEncodeError:
        return None


def decode(data: bytes) -> str:
    """The text of the codec's bytes ``data`` (which :func:`encode` or a translation of its
    bytes into the codec's own gave)."""
    return codecs.charmap_decode(data, "strict", _TABLE)[0]


def byte_set(test: Callable[[str], bool]) -> str:
    """A regex class (source text) of the codec's bytes whose characters pass ``test``."""
    return "[" + "".join(f"\\x{b:02x}" for b, ch in enumerate(CODEC_CHARS) if test(ch)) + "]"
