"""Turn a report file's bytes into text: encodings and HTML.

The encoding is decided once per file (:func:`detect_encoding`), with a confidence:

- a byte-order mark names UTF-8, UTF-16 or UTF-32; UTF-16 without a mark is told by its
  zero bytes (every other byte of Latin and Cyrillic text);
- bytes that are UTF-8 are UTF-8; bytes that are UTF-8 apart from a few bad bytes stay UTF-8,
  the bad bytes replaced with U+FFFD and a warning naming the line;
- other bytes are read by charset-normalizer in one of :data:`CODE_PAGES` (cp1251, KOI8-R,
  KOI8-U, cp866, cp1125, mac-cyrillic, ISO-8859-5, cp1252). Cyrillic code pages that it finds
  about as clean are weighed by the proportions of letters Russian and Ukrainian text has,
  and by capitals inside words (cp1251 and mac-cyrillic share their lower-case letters), so
  all-capital text is read right too. The confidence is that of the letters (the odds of the
  best reading against the next), and no more than their number allows: a word or two of
  Cyrillic can read alike in several code pages, a sentence (some 60 letters) was read
  right and without doubt in every test. A guess with low confidence is reported; bytes no
  code page reads cleanly are an error naming the file and ``encoding=``.

Text is then decoded line by line (:func:`decode_line`), so one bad line is one bad line.
HTML pages give their visible text and ``<title>`` (:func:`html_to_text`; the article alone
is read by :mod:`geo.read.article`).
"""

from __future__ import annotations

import codecs
import html
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from html.parser import HTMLParser

from geo.errors import InputError
from geo.patterns import compiled

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
#: A file no code page reads, with at least this share of UTF-8, mixes encodings.
MIXED_SHARE = 0.3
#: Below this confidence a guessed encoding is reported as a warning.
LOW_CONFIDENCE = 0.9
#: Code pages a file that is not UTF-8 or UTF-16/32 is read in (Python codec names), in the
#: order preferred when two read it alike or charset-normalizer cannot tell them apart.
CODE_PAGES = (
    "cp1251",
    "koi8_r",
    "koi8_u",
    "cp866",
    "cp1125",
    "mac_cyrillic",
    "iso8859_5",
    "cp1252",
)
#: Readings with at most this much more mess (charset-normalizer's chaos) than the least
#: messy one are weighed by their letters too.
CLOSE_CHAOS = 0.02
#: Each this many non-ASCII letters halve the doubt of a guess (see ``_Reading.evidence``).
EVIDENCE_LETTERS = 4.0
#: How many characters of each reading are weighed letter by letter (plenty to tell them apart).
SCORE_CHARS = 8192

Warn = Callable[[str, str], None]
"""Called as ``on_warn(where, message)`` for text that was read, but with a doubt."""

_MARK = "strikemap-mark"
_MARKED = compiled("[\udc00-\udcff]")
_NAMES = {
    "utf-8-sig": "UTF-8",
    "utf-8": "UTF-8",
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16LE",
    "utf-16-be": "UTF-16BE",
    "utf-32": "UTF-32",
    "cp1251": "cp1251",
    "koi8-r": "KOI8-R",
    "koi8-u": "KOI8-U",
    "cp866": "cp866",
    "cp1125": "cp1125",
    "mac-cyrillic": "mac-cyrillic",
    "iso8859-5": "ISO-8859-5",
    "cp1252": "cp1252",
}
_PREFERENCE = {codecs.lookup(enc).name: i for i, enc in enumerate(CODE_PAGES)}
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
_STRAY = 0.01  # the share given to a character no Russian or Ukrainian text has
_ODD_CAPITAL = compiled("(?<=[а-яёіїєґ])[А-ЯЁІЇЄҐ]")


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
            "pass encoding=... if the text reads wrongly"
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
    """Log-likelihood of the non-ASCII characters of ``text`` as Russian/Ukrainian text.

    Letters count by their share in the two languages; a capital letter inside a
    lower-case word ("ранениЯ", read in the wrong code page) counts as a stray character.
    """
    score = 0.0
    for ch in text:
        if ord(ch) < 128:
            continue
        weight = _LETTERS.get(ch.lower())
        if weight is None:
            weight = 5.0 if ch in _PUNCT else _STRAY
        score += math.log(weight)
    return score + len(_ODD_CAPITAL.findall(text)) * math.log(_STRAY)


@dataclass(frozen=True)
class _Reading:
    """The sample as one code page reads it, with charset-normalizer's judgement."""

    encoding: str
    text: str
    chaos: float
    coherence: float

    @cached_property
    def _letters(self) -> str:
        """The non-ASCII letters of the reading's first :data:`SCORE_CHARS` characters."""
        return "".join(ch for ch in self.text[:SCORE_CHARS] if ord(ch) > 127 and ch.isalpha())

    @cached_property
    def cyrillic(self) -> bool:
        """True when most non-ASCII letters of the reading are Cyrillic."""
        cyrillic = sum("\u0400" <= ch <= "\u04ff" for ch in self._letters)
        return cyrillic * 2 > len(self._letters)

    @cached_property
    def score(self) -> float:
        """:func:`_cyrillic_score` of the reading's first :data:`SCORE_CHARS` characters."""
        return _cyrillic_score(self.text[:SCORE_CHARS])

    @cached_property
    def evidence(self) -> float:
        """How far a guess can be trusted from the letters it rests on alone.

        Each :data:`EVIDENCE_LETTERS` non-ASCII letters halve the doubt: a word or two of
        Cyrillic can be read alike by several code pages, a sentence rarely.
        """
        n = len(self._letters)
        return 1.0 - 0.5 ** (n / EVIDENCE_LETTERS) if n else 1.0

    def ties(self, other: _Reading) -> bool:
        """True when charset-normalizer cannot tell the two apart (its own tie rule)."""
        return (
            abs(self.chaos - other.chaos) < 0.01 and abs(self.coherence - other.coherence) <= 0.02
        )


def _rank(reading: _Reading) -> int:
    return _PREFERENCE[codecs.lookup(reading.encoding).name]


def _readings(sample: bytes) -> list[_Reading]:
    """Distinct readings of ``sample`` in :data:`CODE_PAGES`, best first.

    charset-normalizer orders them (least mess, then most coherent language); readings it
    cannot tell apart keep the order of :data:`CODE_PAGES`, and code pages that read the
    sample alike are one reading, named by the first of them.
    """
    from charset_normalizer import from_bytes

    found: dict[str, _Reading] = {}
    for match in from_bytes(sample, cp_isolation=list(CODE_PAGES)):
        ranks = [_PREFERENCE.get(codecs.lookup(enc).name) for enc in match.could_be_from_charset]
        rank = min((r for r in ranks if r is not None), default=None)
        if rank is None:
            continue
        enc, text = CODE_PAGES[rank], str(match)
        reading = _Reading(enc, text, match.chaos, match.coherence)
        known = found.get(text)
        if known is None or rank < _rank(known):
            found[text] = reading
    ordered: list[_Reading] = []
    for reading in found.values():  # insertion sort: ties go by preference
        at = len(ordered)
        while at and ordered[at - 1].ties(reading) and _rank(ordered[at - 1]) > _rank(reading):
            at -= 1
        ordered.insert(at, reading)
    return ordered


def _guess_code_page(data: bytes, where: str, utf8_share: float = 0.0) -> Detection:
    """The single-byte code page of ``data`` (charset-normalizer, then letter shares).

    ``utf8_share`` is the share of its non-ASCII bytes that are UTF-8, to tell a file that
    mixes UTF-8 with another encoding from one in no encoding known.
    """
    readings = _readings(data[:SNIFF_BYTES])
    if not readings:
        why = (
            f"it seems to mix encodings: {utf8_share:.0%} of its non-ASCII bytes are UTF-8"
            if utf8_share >= MIXED_SHARE
            else "not UTF-8, UTF-16 or a Cyrillic or Western code page"
        )
        raise InputError(
            f"{where}: cannot decode the file ({why}); convert it to UTF-8 or pass encoding=..."
        )
    lead = readings[0]
    close = [r for r in readings if r.chaos <= lead.chaos + CLOSE_CHAOS]
    if lead.cyrillic:
        close = sorted(
            (r for r in close if r.cyrillic),
            key=lambda r: (-r.score, _rank(r)),
        )
        best = close[0]
        margin = best.score - close[1].score if len(close) > 1 else math.inf
        confidence = 1.0 if margin > 50 else 1.0 / (1.0 + math.exp(-margin))
        confidence = min(confidence, best.evidence)
    else:  # Latin letters: charset-normalizer's word is the judgement
        best = lead
        confidence = 0.5 if any(lead.ties(r) for r in readings[1:]) else 1.0 - lead.chaos
    return Detection(best.encoding, round(confidence, 2))


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
                f"{where}: unknown encoding {encoding!r}; give e.g. encoding='utf-8' (or utf-16, "
                "cp1251, koi8-r)"
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
    return _guess_code_page(head, where, share)


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
            "convert the file to UTF-8 or pass encoding=..."
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
