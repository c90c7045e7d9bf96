"""Turn a report file's bytes into text: encodings and HTML.

The encoding is decided once per file (:func:`detect_encoding`), with a confidence:

- a byte-order mark names UTF-8, UTF-16 or UTF-32; UTF-16 without a mark is told by its
  zero bytes (every other byte of Latin and Cyrillic text);
- bytes that are UTF-8 are UTF-8; bytes that are UTF-8 apart from a few bad bytes stay UTF-8,
  the bad bytes replaced with U+FFFD and a warning naming the line;
- other bytes are read as cp1251, KOI8-R or KOI8-U, whichever gives letters in the
  proportions Russian and Ukrainian text has (so all-capital text is read right too); a
  guess with low confidence is reported.

Text is then decoded line by line (:func:`decode_line`), so one bad line is one bad line.
HTML pages give their visible text and ``<title>``.
"""

from __future__ import annotations

import codecs
import html
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser

from geo.errors import InputError

__all__ = [
    "SNIFF_BYTES",
    "Detection",
    "decode_bytes",
    "decode_line",
    "detect_encoding",
    "html_to_text",
    "sniff_encoding",
]

#: How many leading bytes of a streamed file decide its encoding.
SNIFF_BYTES = 1 << 16
#: A file whose non-ASCII bytes are at least this share valid UTF-8 is read as UTF-8.
UTF8_SHARE = 0.9
#: Below this confidence a guessed encoding is reported as a warning.
LOW_CONFIDENCE = 0.9

Warn = Callable[[str, str], None]
"""Called as ``on_warn(where, message)`` for text that was read, but with a doubt."""

_MARK = "strikemap-mark"
_MARKED = re.compile("[\udc00-\udcff]")
_NAMES = {
    "utf-8-sig": "UTF-8",
    "utf-8": "UTF-8",
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16LE",
    "utf-16-be": "UTF-16BE",
    "utf-32": "UTF-32",
    "cp1251": "cp1251",
    "koi8_r": "KOI8-R",
    "koi8_u": "KOI8-U",
}
# Share (per thousand) of each letter in Russian and Ukrainian text, lower case.
_LETTERS = {
    **dict.fromkeys("оеа", 90.0),
    **dict.fromkeys("инт", 62.0),
    **dict.fromkeys("срвл", 45.0),
    **dict.fromkeys("кмдпуі", 28.0),
    **dict.fromkeys("яыьгзб", 17.0),
    **dict.fromkeys("чйхж", 10.0),
    **dict.fromkeys("шюцщїє", 5.0),
    **dict.fromkeys("эф", 3.0),
    **dict.fromkeys("ъёґ", 0.3),
}
_PUNCT = set("«»—–“”„…№’‘•\u00a0°")
_HIGH_BYTES = bytes(range(128, 256))


def _mark_errors(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: each bad byte becomes a lone surrogate U+DC00 + byte."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    return "".join(chr(0xDC00 + b) for b in bad), exc.end


codecs.register_error(_MARK, _mark_errors)


def _label(encoding: str) -> str:
    return _NAMES.get(codecs.lookup(encoding).name, encoding)


@dataclass(frozen=True)
class Detection:
    """The encoding chosen for one file.

    Parameters
    ----------
    encoding : str
        A Python codec name.
    confidence : float
        1.0 for a byte-order mark, valid UTF-8 or a given ``--encoding``; less for a guess.
    strict : bool
        True when the user named the encoding: a byte it cannot read makes the line bad,
        instead of being replaced.
    """

    encoding: str
    confidence: float = 1.0
    strict: bool = False

    @property
    def label(self) -> str:
        """The encoding's usual name (``UTF-8``, ``cp1251``, ``KOI8-R``)."""
        return _label(self.encoding)

    @property
    def ascii_lines(self) -> bool:
        """True when a line feed is the byte 0x0A, so lines can be split before decoding."""
        if codecs.lookup(self.encoding).name == "utf-8-sig":
            return True
        return "\n".encode(self.encoding) == b"\n" and "a".encode(self.encoding) == b"a"

    def note(self) -> str | None:
        """A warning for a guess with low confidence, else None."""
        if self.confidence >= LOW_CONFIDENCE:
            return None
        return (
            f"encoding guessed as {self.label} (confidence {self.confidence:.2f}); "
            "pass --encoding if the text reads wrongly"
        )


def _utf16_without_bom(head: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` for text without a byte-order mark.

    In UTF-16 Latin and Cyrillic text, the high byte of every pair is 0x00 or 0x04, while
    the low bytes vary; binary data has no such side.
    """
    sample = head[: min(len(head), 4096) & ~1]
    if len(sample) < 4:
        return None
    halves = {"utf-16-le": (sample[1::2], sample[0::2]), "utf-16-be": (sample[0::2], sample[1::2])}
    for enc, (high, low) in halves.items():
        plain = (high.count(0) + high.count(4)) / len(high)
        if plain < 0.9 or (low.count(0) + low.count(4)) / len(low) > 0.1:
            continue
        try:
            codecs.getincrementaldecoder(enc)().decode(sample, final=False)
        except UnicodeDecodeError:
            continue
        return enc
    return None


def _utf8_share(head: bytes, complete: bool) -> tuple[float, int]:
    """Share of the non-ASCII bytes that are valid UTF-8, and the number of bad bytes."""
    text = codecs.getincrementaldecoder("utf-8")(_MARK).decode(head, final=complete)
    bad = len(_MARKED.findall(text))
    high = len(head) - len(head.translate(None, _HIGH_BYTES))
    return ((high - bad) / high if high else 1.0), bad


def _cyrillic_score(text: str) -> float:
    """Log-likelihood of the non-ASCII characters of ``text`` as Russian/Ukrainian text."""
    score = 0.0
    for ch in text:
        if ord(ch) < 128:
            continue
        weight = _LETTERS.get(ch.lower())
        if weight is None:
            weight = 5.0 if ch in _PUNCT else 0.01
        score += math.log(weight)
    return score


def _guess_cyrillic(data: bytes, where: str) -> Detection:
    """cp1251, KOI8-R or KOI8-U, by the letters each reading gives."""
    sample = data[:SNIFF_BYTES]
    scores: dict[str, float] = {}
    for enc in ("cp1251", "koi8_r", "koi8_u"):
        try:
            text = sample.decode(enc)
        except UnicodeDecodeError:
            continue
        scores[enc] = _cyrillic_score(text)
    if not scores:
        raise InputError(
            f"{where}: cannot decode the file (not UTF-8, UTF-16, cp1251 or KOI8-R); "
            "convert it to UTF-8 or pass --encoding"
        )
    koi8 = max(("koi8_r", "koi8_u"), key=lambda e: (scores.get(e, -math.inf), e == "koi8_r"))
    best = max(("cp1251", koi8), key=lambda e: scores.get(e, -math.inf))
    other = koi8 if best == "cp1251" else "cp1251"
    margin = scores[best] - scores.get(other, -math.inf)
    confidence = 1.0 if margin > 50 else 1.0 / (1.0 + math.exp(-margin))
    return Detection(best, round(confidence, 2))


def detect_encoding(
    head: bytes, where: str, encoding: str | None = None, *, complete: bool = False
) -> Detection:
    """Choose the encoding of a file from its first bytes (or all of them).

    Parameters
    ----------
    head : bytes
        The first bytes of the file (:data:`SNIFF_BYTES` are plenty), or the whole file.
    where : str
        The file's name, for messages.
    encoding : str, optional
        An encoding the user gave (``--encoding``); checked, then used strictly.
    complete : bool, default False
        True when ``head`` is the whole file (a cut multi-byte character at its end is then
        a bad byte, not the start of the next chunk).

    Returns
    -------
    Detection

    Raises
    ------
    InputError
        For an empty or binary file or an unknown ``--encoding``.
    """
    if not head.strip():
        raise InputError(f"{where}: the file is empty; give a file with report text")
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InputError(
                f"{where}: unknown encoding {encoding!r}; give e.g. --encoding utf-8, "
                "utf-16, cp1251 or koi8-r"
            ) from None
        return Detection(encoding, 1.0, strict=True)
    if head.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return Detection("utf-32")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Detection("utf-16")
    if head.startswith(b"\xef\xbb\xbf"):
        return Detection("utf-8-sig")
    utf16 = _utf16_without_bom(head)
    if utf16:
        return Detection(utf16)
    if b"\x00" in head[:4096]:
        raise InputError(
            f"{where}: looks like a binary file, not a report; "
            "give a text, Markdown, HTML, JSONL or CSV file"
        )
    share, bad = _utf8_share(head, complete)
    if bad == 0:
        return Detection("utf-8-sig")
    if share >= UTF8_SHARE:
        return Detection("utf-8-sig", round(share, 2))
    return _guess_cyrillic(head, where)


def sniff_encoding(head: bytes, where: str, encoding: str | None = None) -> str:
    """The codec name :func:`detect_encoding` chooses (kept for callers of old)."""
    return detect_encoding(head, where, encoding).encoding


def _repair(text: str, where: str, det: Detection) -> tuple[str, int]:
    """Replace marked bad bytes with U+FFFD, or refuse a line that is mostly bad bytes."""
    bad = len(_MARKED.findall(text))
    if not bad:
        return text, 0
    good = sum(1 for ch in text if ord(ch) > 127) - bad
    if det.strict or (bad >= 4 and bad > good):
        why = "" if det.strict else ", so it seems to be in another encoding"
        raise InputError(
            f"{where}: cannot decode as {det.label} ({bad} bad byte{'s' * (bad != 1)}{why}); "
            "convert the file to UTF-8 or pass --encoding"
        )
    return _MARKED.sub("\ufffd", text), bad


def decode_line(raw: bytes, det: Detection, where: str) -> tuple[str, int]:
    """Decode one line (or record) of a file whose encoding was detected.

    Parameters
    ----------
    raw : bytes
        The line's bytes.
    det : Detection
        From :func:`detect_encoding`.
    where : str
        ``file:line``, for messages.

    Returns
    -------
    (str, int)
        The text, and how many bad bytes were replaced with U+FFFD.

    Raises
    ------
    InputError
        When the line cannot be read: a bad byte under a given ``--encoding``, or a line
        that is mostly bad bytes (another encoding).
    """
    try:
        return raw.decode(det.encoding), 0
    except UnicodeDecodeError:
        return _repair(raw.decode(det.encoding, _MARK), where, det)


def repair_text(text: str, det: Detection, where: str) -> tuple[str, int]:
    """:func:`decode_line` for text decoded with the marking error handler (UTF-16 streams)."""
    return _repair(text, where, det)


def incremental_decoder(det: Detection) -> codecs.IncrementalDecoder:
    """A decoder for streamed text that marks bad bytes for :func:`repair_text`."""
    return codecs.getincrementaldecoder(det.encoding)(_MARK)


def decode_bytes(
    data: bytes, where: str, encoding: str | None = None, on_warn: Warn | None = None
) -> str:
    """Decode a whole file's bytes (see the module docstring).

    Parameters
    ----------
    data : bytes
        The file's content.
    where : str
        The file's name, for messages.
    encoding : str, optional
        Use this encoding instead of detecting one.
    on_warn : callable, optional
        Called as ``on_warn(where, message)`` for replaced bytes or a low-confidence guess.

    Returns
    -------
    str
        The text, without a byte-order mark.

    Raises
    ------
    InputError
        When the bytes are empty, binary or cannot be decoded.
    """
    det = detect_encoding(data, where, encoding, complete=True)
    try:
        text = data.decode(det.encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        marked = data.decode(det.encoding, _MARK)
        text, bad = _repair(marked, f"{where}:{line}", det)
        if on_warn is not None:
            on_warn(
                f"{where}:{line}",
                f"{bad} byte{'s' * (bad != 1)} not valid {det.label} replaced with U+FFFD "
                "(the first on this line)",
            )
    note = det.note()
    if note and on_warn is not None:
        on_warn(where, note)
    return text


class _HTMLText(HTMLParser):
    """Visible text and the <title> of an HTML page."""

    _SKIP: frozenset[str] = frozenset(
        {"script", "style", "noscript", "nav", "footer", "header", "aside"}
    )
    _BLOCK: frozenset[str] = frozenset(
        {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "tr", "section", "article"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self._SKIP:
            self._skip += 1
        elif tag == "title":
            self._in_title = True
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skip:
            self._skip -= 1
        elif tag == "title":
            self._in_title = False
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skip:
            self.parts.append(data)


def html_to_text(raw: str) -> tuple[str, str | None]:
    parser = _HTMLText()
    parser.feed(raw)
    text = "".join(parser.parts)
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r"\n\s*\n+", "\n\n", text).strip()
    return text, (html.unescape(parser.title).strip() or None)
