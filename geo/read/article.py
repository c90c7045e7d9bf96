"""The article of an HTML page: its text without the page around it, its title and date.

With the ``html`` extra installed (``pip install strikemap[html]``, which brings trafilatura),
a page gives only its article: navigation, headers and footers, "Related" and "Read also"
boxes, and comments are left out, so the places and figures they name are not read as the
report's. The page's own title (``og:title``, ``<title>``, the headline) and publication date
(``article:published_time`` and other date meta tags, ``<time datetime>``, JSON-LD) become
the report's, unless the file starts with a ``Title:``/``Date:`` header of its own; the date
is looked for in the page's markup only, never guessed from dates in its text.

Without trafilatura the page's visible text is read as before
(:func:`geo.read.decoding.html_to_text`, which leaves out ``<nav>``, ``<header>``,
``<footer>`` and ``<aside>`` but not boilerplate in plain ``<div>`` elements), and a note says
once that installing the extra removes the boilerplate.
"""

from __future__ import annotations

from collections.abc import Callable

from geo.read.decoding import html_to_text

__all__ = ["read_article"]

Warn = Callable[[str, str], None]

_PLAIN_NOTE = (
    "HTML read without boilerplate removal (navigation, related-article boxes and comments "
    "may be read as the report's); install strikemap[html] to read only the article"
)
_DATE_SEARCH = {"original_date": True, "extensive_search": False, "max_date": "2099-12-31"}
_noted = False


def _plain(raw: str) -> tuple[str, dict[str, str]]:
    text, title = html_to_text(raw)
    return text, ({"title": title} if title else {})


def _field(doc: object, key: str) -> str:
    """A field of trafilatura's result (a ``Document`` in 2.x, a dict in 1.x); "" if none."""
    value = doc.get(key) if isinstance(doc, dict) else getattr(doc, key, None)
    return value.strip() if isinstance(value, str) else ""


def _note_once(where: str, on_warn: Warn) -> None:
    """Say once per run that the page was read without trafilatura."""
    global _noted
    if not _noted:
        _noted = True
        on_warn(where, _PLAIN_NOTE)


def read_article(raw: str, where: str, on_warn: Warn) -> tuple[str, dict[str, str]]:
    """The article text of an HTML page and its ``title`` and ``date`` (see the module).

    Parameters
    ----------
    raw : str
        The page, decoded.
    where : str
        The file's name, for notes.
    on_warn : callable
        Called as ``on_warn(where, message)`` once when trafilatura is not installed, and
        when it fails on a page (which is then read as before).

    Returns
    -------
    (str, dict of str to str)
        The text, paragraphs separated by blank lines, and the page's ``title`` and
        ``date`` (as the page writes it) when it has them.
    """
    try:
        import trafilatura
    except ImportError:
        _note_once(where, on_warn)
        return _plain(raw)
    try:
        doc = trafilatura.bare_extraction(
            raw,
            with_metadata=True,
            favor_precision=True,
            include_comments=False,
            include_images=False,
            date_extraction_params=_DATE_SEARCH,
        )
    except Exception as exc:  # a library failure on one page costs the boilerplate removal
        on_warn(where, f"article extraction failed ({type(exc).__name__}); read the whole page")
        return _plain(raw)
    lines = [line.strip() for line in _field(doc, "text").splitlines()]
    text = "\n\n".join(line for line in lines if line)
    if not text:  # no article found (a bare fragment, a page of links): the page's text
        return _plain(raw)
    meta = {key: value for key in ("title", "date") if (value := _field(doc, key))}
    return text, meta
