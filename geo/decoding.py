"""Turn a report file's bytes into text: encodings and HTML.

UTF-8 (with or without BOM) and UTF-16 are recognised by their marks; other bytes are tried as
UTF-8, then as the Cyrillic code pages cp1251 and koi8-r, of which the one whose letters read as
ordinary lower-case text wins. HTML pages give their visible text and ``<title>``.
"""

from __future__ import annotations

import codecs
import html
import re
from html.parser import HTMLParser

from geo.errors import InputError

__all__ = ["SNIFF_BYTES", "decode_bytes", "html_to_text", "sniff_encoding"]

#: How many leading bytes of a streamed file decide its encoding.
SNIFF_BYTES = 1 << 16


def decode_bytes(data: bytes, where: str, encoding: str | None = None) -> str:
    """Decode a file's bytes: a BOM, UTF-8, then Cyrillic single-byte code pages.

    Parameters
    ----------
    data : bytes
        The file's content.
    where : str
        The file's name, for messages.
    encoding : str, optional
        Use this encoding instead of detecting one.

    Returns
    -------
    str
        The text, without a byte-order mark.

    Raises
    ------
    InputError
        When the bytes are empty, binary or cannot be decoded.
    """
    enc = sniff_encoding(data, where, encoding)
    try:
        return data.decode(enc)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"{where}:{line}: cannot decode as {enc} ({exc.reason}); convert the file to "
            "UTF-8 or pass --encoding"
        ) from None


def sniff_encoding(head: bytes, where: str, encoding: str | None = None) -> str:
    """Choose the encoding of a file from its first bytes.

    Parameters
    ----------
    head : bytes
        The first bytes of the file (64 KiB are plenty).
    where : str
        The file's name, for messages.
    encoding : str, optional
        An encoding the user gave (``--encoding``); checked, then returned.

    Returns
    -------
    str
        A Python codec name: ``utf-16``, ``utf-8-sig``, ``cp1251`` or ``koi8_r`` when detected.

    Raises
    ------
    InputError
        For an empty or binary file, an unknown ``--encoding``, or bytes no supported
        encoding reads.
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
        return encoding
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if b"\x00" in head[:4096]:
        raise InputError(
            f"{where}: looks like a binary file, not a report; "
            "give a text, Markdown, HTML, JSONL or CSV file"
        )
    try:
        codecs.getincrementaldecoder("utf-8-sig")().decode(head, final=False)
        return "utf-8-sig"
    except UnicodeDecodeError:
        pass
    return _guess_cyrillic(head, where)


def _guess_cyrillic(data: bytes, where: str) -> str:
    best, best_score = None, -1.0
    for enc in ("cp1251", "koi8_r"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        letters = [ch for ch in text if ch.isalpha()]
        if not letters:
            continue
        # Russian and Ukrainian text is mostly lower case; a wrong code page flips that.
        score = sum(ch.islower() for ch in letters) / len(letters)
        if score > best_score:
            best, best_score = enc, score
    if best is None:
        raise InputError(
            f"{where}: cannot decode the file (not UTF-8, UTF-16, cp1251 or "
            "koi8-r); convert it to UTF-8 or pass --encoding"
        )
    return best


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
