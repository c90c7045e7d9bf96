"""When a strike happened: event dates read from a report's text, relative to its date.

A report's ``date`` is when it was published; the strike it tells of may be the night before,
"on Tuesday", or a recalled attack of last week. :func:`impact_dates` gives each impact place
of a report the date of the strike the text ties it to, kept apart from the publication date.

Date cues, in English, Ukrainian and Russian:

- **explicit dates**: ``2025-07-04``, ``04.07.2025``, ``4 July``, ``July 4, 2025``,
  ``4 липня``, ``4 июля 2025 года``; without a year, the latest such day not after the day
  following publication;
- **relative days**: ``overnight``, ``last night``, ``tonight``, ``today``, ``this morning``,
  ``вночі``, ``цієї ночі``, ``сьогодні``, ``ночью``, ``сегодня`` are the publication date;
  ``yesterday``, ``вчора``, ``напередодні``, ``вчера``, ``накануне`` the day before;
  ``the day before yesterday``, ``позавчора``, ``позавчера`` two days before;
  ``three days ago``, ``два дні тому``, ``3 дня назад`` so many days before;
- **weekdays**: ``on Tuesday``, ``у вівторок``, ``во вторник``: the latest such day up to the
  publication date;
- **nights** are dated by the morning that ends them: ``overnight`` is the publication date,
  ``Thursday night`` and ``the night of 3 July`` the day after, ``the night of 3 to 4 July``,
  ``в ніч на 4 липня``, ``у ніч проти середи``, ``в ночь на пятницу`` the later day;
- **coarse recalls** (``last week``, ``last month``, ``минулого тижня``, ``торік``,
  ``на прошлой неделе``, ``in 2023``) name no day: a place they govern is undated.

A cue that dates a statement or bounds a period rather than a strike is skipped: "the
governor said on Friday", "since 24 February", "до 5 липня".

A cue governs its sentence (the last cue before the place's mention, else the first after it)
and the rest of its paragraph (a line of the text). Elsewhere the report's lead date holds:
the title's cue, else the first sentence's, else the publication date. Event-table rows are
dated by their date column.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from geo.language.text import DAY_NAMES, MONTHS_UK_RU
from geo.patterns import compiled
from geo.records import Report, ResolvedPlace

__all__ = ["EventDate", "date_cues", "impact_dates", "is_table_row"]


@dataclass(frozen=True, slots=True)
class EventDate:
    """The date of the strike a place was hit in, and what says so.

    Parameters
    ----------
    date : str or None
        ISO ``YYYY-MM-DD``; None when the text names no day (a coarse recall) or the report
        has no date to count from.
    cue : str
        The words that gave the date (``"overnight"``, ``"on Tuesday"``); empty when it is the
        publication date or a table's date column.
    basis : str
        ``text`` (a cue in the text), ``publication`` (the report's date, no cue), ``table``
        (an event-table row's date column) or ``correction``.
    """

    date: str | None
    cue: str = ""
    basis: str = "publication"


@dataclass(frozen=True)
class _Cue:
    """A date cue found in a text: where it stands, the day it names, its words."""

    start: int
    end: int
    date: dt.date | None  # None: a coarse recall, no day
    text: str


_MONTHS = {
    **dict.fromkeys(("january", "jan"), 1),
    **dict.fromkeys(("february", "feb"), 2),
    **dict.fromkeys(("march", "mar"), 3),
    **dict.fromkeys(("april", "apr"), 4),
    "may": 5,
    **dict.fromkeys(("june", "jun"), 6),
    **dict.fromkeys(("july", "jul"), 7),
    **dict.fromkeys(("august", "aug"), 8),
    **dict.fromkeys(("september", "sept", "sep"), 9),
    **dict.fromkeys(("october", "oct"), 10),
    **dict.fromkeys(("november", "nov"), 11),
    **dict.fromkeys(("december", "dec"), 12),
}
for _at, _name in enumerate(MONTHS_UK_RU):  # twelve Ukrainian, then twelve Russian
    _MONTHS[_name] = _at % 12 + 1

_WEEKDAYS = {
    **{name: at for at, name in enumerate(DAY_NAMES)},
    "понеділок": 0, "понеділка": 0, "вівторок": 1, "вівторка": 1, "середа": 2, "середу": 2,
    "середи": 2, "четвер": 3, "четверга": 3, "п'ятниця": 4, "п'ятницю": 4, "п'ятниці": 4,
    "субота": 5, "суботу": 5, "суботи": 5, "неділя": 6, "неділю": 6, "неділі": 6,
    "понедельник": 0, "понедельника": 0, "вторник": 1, "вторника": 1, "среда": 2,
    "среду": 2, "среды": 2, "четверг": 3, "пятница": 4, "пятницу": 4, "пятницы": 4,
    "суббота": 5, "субботу": 5, "субботы": 5, "воскресенье": 6, "воскресенья": 6,
}  # fmt: skip
_COMING_DAYS = 90  # a day-month this soon after publication is to come, not last year's
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "один": 1, "два": 2, "дві": 2, "три": 3, "чотири": 4, "п'ять": 5, "шість": 6,
    "сім": 7, "две": 2, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
}  # fmt: skip

_EN_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)
_ANY_MONTH = _EN_MONTH[:-4] + "|" + "|".join(MONTHS_UK_RU) + r")\.?"
_YEAR = r"(?:,?\s+(?P<{name}>(?:19|20)\d\d)(?:\s*(?:року|р\.|года|г\.|рік))?)?"
_WD = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
_N = r"(?:\d{1,2}|" + "|".join(_NUMBER_WORDS) + ")"
_B = r"(?<![\w'])"  # a word starts here
_E = r"(?![\w'])"  # a word ends here

_CUE = compiled(
    "|".join(
        (
            rf"{_B}(?P<iso>(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d)){_E}",
            rf"{_B}(?P<dot>(?P<dd>\d{{1,2}})\.(?P<dm>\d{{1,2}})\.(?P<dy>(?:19|20)\d\d)){_E}",
            # "July 3-4", "July 3 to 4": the later day
            rf"{_B}(?P<mrange>(?P<mrm>{_EN_MONTH})\s+\d{{1,2}}\s*(?:-|–|—|to|into)\s*"
            rf"(?P<mrd>\d{{1,2}})(?:st|nd|rd|th)?{_YEAR.format(name='mry')}){_E}",
            rf"{_B}(?P<md>(?P<mdm>{_EN_MONTH})\s+(?P<mdd>\d{{1,2}})(?:st|nd|rd|th)?"
            rf"{_YEAR.format(name='mdy')}){_E}",
            rf"{_B}(?P<dm_>(?P<dmd>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dmm>{_ANY_MONTH})"
            rf"{_YEAR.format(name='dmy')}){_E}",
            rf"{_B}(?P<ago>(?P<agon>{_N})\s+(?:days?|дні|днів|дня|дней)\s+(?:ago|тому|назад)){_E}",
            rf"{_B}(?P<before2>the\s+day\s+before\s+yesterday|позавчора|позавчера){_E}",
            rf"{_B}(?P<after>(?P<aftern>a|{_N})\s+days?\s+(?:after|earlier|before)|"
            r"the\s+(?:previous\s+day|day\s+before)|днем\s+раніше|днем\s+ранее|"
            r"днем\s+раньше)"
            rf"{_E}",
            rf"{_B}(?P<before1>yesterday|вчора|учора|вчера|напередодні|накануне){_E}",
            rf"{_B}(?P<coarse>last\s+(?:week|month|year|spring|summer|autumn|fall|winter)|"
            r"earlier\s+this\s+(?:week|month|year)|a\s+week\s+ago|weeks\s+ago|months\s+ago|"
            r"минулого\s+(?:тижня|місяця|року)|на\s+минулому\s+тижні|торік|"
            r"тиждень\s+тому|місяць\s+тому|на\s+прошлой\s+неделе|в\s+прошлом\s+(?:месяце|году)|"
            r"неделю\s+назад|месяц\s+назад|(?:in|у|в)\s+(?:19|20)\d\d(?:\s+(?:році|году))?)"
            rf"{_E}",
            rf"{_B}(?P<wd>(?P<wdpre>(?:(?:on|late\s+on|early\s+on|overnight\s+(?:into|to|on)|"
            r"last|у|в|во|на|проти|минулого|минулої|минулу|прошлый|прошлую|прошлой|"
            r"(?:у|в)\s+ніч\s+(?:на|проти)|в\s+ночь\s+на)\s+)?)"
            rf"(?P<wdn>{_WD})(?:'s)?(?P<wdnight>\s+(?:night|evening))?){_E}",
            rf"{_B}(?P<today>overnight|last\s+night|tonight|this\s+(?:morning|evening)|"
            r"earlier\s+today|today|during\s+the\s+night|вночі|уночі|цієї\s+ночі|"
            r"минулої\s+ночі|сьогодні|зранку|вранці|цього\s+ранку|ночью|этой\s+ночью|"
            r"прошлой\s+ночью|сегодня|утром|этим\s+утром)"
            rf"{_E}",
        )
    ),
    re.IGNORECASE,
)
# "night of 3 July", "night of July 3": the morning after (unless a range gives the day)
_NIGHT_OF = compiled(r"night\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# A cue that dates a statement or bounds a period, not a strike
_SKIP_BEFORE = compiled(
    r"(?:\b(?:said|says|told|reported|announced|added|wrote|posted|stated|confirmed|since|"
    r"until|till|before|after|from|by)|(?<![\w'])(?:заявив|заявила|заявили|повідомив|"
    r"повідомила|повідомили|написав|написала|зазначив|сообщил|сообщила|сообщили|заявил|"
    r"заявила|написал|отметил|від|після|починаючи\s+з|до|с|со|з|із|после|начиная\s+с))"
    r"\s+(?:that\s+|що\s+|что\s+)?$",
    re.IGNORECASE,
)


def _plain(text: str) -> str:
    """The text with one apostrophe, each character in place."""
    return text.replace("’", "'").replace("ʼ", "'").replace("`", "'")


def _year_for(month: int, day: int, published: dt.date | None) -> dt.date | None:
    """The day of ``month`` and ``day`` latest up to the day after publication; None for a
    day of the coming weeks (a plan or a deadline, not a strike)."""
    if published is None:
        return None
    for year in (published.year, published.year - 1):
        try:
            when = dt.date(year, month, day)
        except ValueError:
            continue
        if when <= published + dt.timedelta(days=1):
            return when
        if (when - published).days <= _COMING_DAYS:
            return None
    return None


def _day(year: str | None, month: int, day: int, published: dt.date | None) -> dt.date | None:
    """A calendar day, its year given or found from the publication date."""
    if year is None:
        return _year_for(month, day, published)
    try:
        return dt.date(int(year), month, day)
    except ValueError:
        return None


def _weekday(m: re.Match[str], published: dt.date | None) -> dt.date | bool | None:
    """The day a weekday cue names; False when the word is no cue (a Ukrainian or Russian
    weekday without the preposition that makes it one)."""
    word = m.group("wdn").lower()
    before = m.group("wdpre").strip().lower()
    if not word.isascii() and not before:
        return False
    if published is None:
        return None
    back = (published.weekday() - _WEEKDAYS[word]) % 7
    when = published - dt.timedelta(days=back)
    night_after = word.isascii() and m.group("wdnight") and "night" in m.group("wdnight").lower()
    if night_after and not before.startswith("overnight"):
        when += dt.timedelta(days=1)  # "Thursday night": the morning after
    return when


def _explicit(m: re.Match[str], published: dt.date | None) -> dt.date | bool | None:
    """The day of an explicit date cue; False for none."""
    g = m.group
    if g("iso"):
        return _day(g("iy"), int(g("im")), int(g("id")), published)
    if g("dot"):
        return _day(g("dy"), int(g("dm")), int(g("dd")), published)
    if g("mrange"):
        return _day(g("mry"), _MONTHS[g("mrm").lower().rstrip(".")], int(g("mrd")), published)
    if g("md"):
        return _day(g("mdy"), _MONTHS[g("mdm").lower().rstrip(".")], int(g("mdd")), published)
    if g("dm_"):
        return _day(g("dmy"), _MONTHS[g("dmm").lower().rstrip(".")], int(g("dmd")), published)
    return False


def _relative(m: re.Match[str], published: dt.date | None) -> dt.date | None:
    """The day of a relative cue (today, yesterday, N days ago)."""
    if published is None:
        return None
    if m.group("ago"):
        n = m.group("agon").lower()
        back = int(n) if n.isdecimal() else _NUMBER_WORDS[n]
    elif m.group("before2"):
        back = 2
    elif m.group("before1"):
        back = 1
    else:
        back = 0
    return published - dt.timedelta(days=back)


def _days_before(m: re.Match[str], last: dt.date | None) -> dt.date | None:
    """ "A day after", "two days earlier", "the day before": so many days before the day
    told last (an earlier strike recalled)."""
    if last is None:
        return None
    n = (m.group("aftern") or "a").lower()
    back = 1 if n == "a" else int(n) if n.isdecimal() else _NUMBER_WORDS[n]
    return last - dt.timedelta(days=back)


def _resolve(
    m: re.Match[str], text: str, published: dt.date | None, last: dt.date | None = None
) -> _Cue | None:
    """One cue match as a dated cue; None when it dates no strike. ``last`` is the day the
    cue before told (or the publication date)."""
    before = text[max(0, m.start() - 40) : m.start()]
    if _SKIP_BEFORE.search(before):
        return None
    if m.group("coarse"):
        return _Cue(m.start(), m.end(), None, m.group())
    if m.group("after"):
        when = _days_before(m, last)
        return None if when is None else _Cue(m.start(), m.end(), when, m.group())
    if m.group("wd"):
        when = _weekday(m, published)
    else:
        when = _explicit(m, published)
        if when is False:
            when = _relative(m, published)
        elif when is not None and _NIGHT_OF.search(before) and not m.group("mrange"):
            when += dt.timedelta(days=1)  # "the night of 3 July": the morning after
    if when is False:
        return None
    if when is None:
        return _Cue(m.start(), m.end(), None, m.group()) if published is None else None
    if published is not None and when > published + dt.timedelta(days=1):
        return None  # a day after publication is a plan or a deadline, not a strike
    return _Cue(m.start(), m.end(), when, m.group())


def date_cues(text: str, published: str | None, end: int | None = None) -> list[_Cue]:
    """Every date cue of ``text`` (up to ``end``), dated from the publication date.

    Parameters
    ----------
    text : str
        The report text.
    published : str or None
        The report's ISO date.
    end : int, optional
        Read only the text before this offset.

    Returns
    -------
    list
        Cues in text order, each with ``start``, ``end``, ``date`` (a :class:`datetime.date`,
        or None for a coarse recall, or for a relative cue when there is no publication
        date) and ``text``.

    Examples
    --------
    >>> [str(c.date) for c in date_cues("On Tuesday drones hit Sumy.", "2025-07-04")]
    ['2025-07-01']
    """
    pub = _iso(published)
    plain = _plain(text if end is None else text[:end])
    out = []
    last = pub
    for m in _matches(plain):
        cue = _resolve(m, plain, pub, last)
        if cue is not None:
            out.append(cue)
            last = cue.date or last
    return out


def _split(words: str) -> tuple[str, ...]:
    """The space-separated words of ``words``."""
    return tuple(words.split())


# The words that make a cue, and how many words before each a cue may start with
_DAY_WORDS = _split(
    """overnight night tonight today morning evening previous week weeks month months year
    spring summer autumn fall winter вночі уночі ночі ночью сьогодні сегодня вчора учора вчера
    напередодні накануне позавчора позавчера зранку вранці ранку утром тижня тижні тиждень
    місяця місяць року році торік раніше ранее раньше неделе неделю месяце месяц году"""
)
_REACH = {
    **dict.fromkeys(_DAY_WORDS, 2),
    **dict.fromkeys(("ago", "тому", "назад"), 2),
    **dict.fromkeys(_MONTHS, 3),
    **dict.fromkeys(("before", "after", "earlier", "yesterday"), 3),
    **dict.fromkeys(_WEEKDAYS, 4),
}
_TRIGGERS = frozenset(_REACH)
_LETTERS = compiled(r"[^\W\d_]+(?:'[^\W\d_]+)*")
_NUMBER = compiled(r"\d+")
_WORD_START = compiled(r"(?<![\w'])\w")


def _hits(plain: str) -> list[tuple[int, int]]:
    """Where the words that make a cue stand, each with its reach: the words present are
    found with one ``findall`` and a set, then only they are looked for."""
    low = plain.lower()
    if len(low) != len(plain):  # a letter whose lower case is longer: keep offsets
        low = "".join(ch.lower()[0] for ch in plain)
    out = []
    for word in _TRIGGERS.intersection(_LETTERS.findall(low)):
        reach, size, n = _REACH[word], len(word), len(low)
        at = low.find(word)
        while at >= 0:
            end = at + size
            if (at == 0 or not _is_letter(low[at - 1])) and (end == n or not _is_letter(low[end])):
                out.append((at, reach))
            at = low.find(word, end)
    for m in _NUMBER.finditer(plain):
        digits = m.group()
        year = len(digits) == 4 and digits[:2] in ("19", "20")
        if year or plain[m.end() : m.end() + 1] == ".":  # "in 2023", "04.07.2025"
            out.append((m.start(), 2))
    return out


def _is_letter(ch: str) -> bool:
    """Whether a character continues a word."""
    return ch.isalnum() or ch == "'"


def _matches(plain: str) -> list[re.Match[str]]:
    """The date cue matches of a text, tried only at the words before a word that makes a
    cue (matching the cue pattern at every character is twenty times slower)."""
    starts: set[int] = set()
    for at, reach in _hits(plain):
        lo = max(0, at - 24 * reach)
        words = [m.start() for m in _WORD_START.finditer(plain, lo, at + 1)]
        starts.update(words[-reach - 1 :] or (at,))
    out = []
    reached = -1
    for start in sorted(starts):
        if start < reached:
            continue
        m = _CUE.match(plain, start)
        if m is not None:
            out.append(m)
            reached = m.end()
    return out


@lru_cache(maxsize=4096)
def _iso(value: str | None) -> dt.date | None:
    """A date from ISO text, or None."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


_TABLE_CUES = ("coordinates",)


def is_table_row(places: Sequence[ResolvedPlace]) -> bool:
    """True when the places come from an event-table row (their cue names a column), whose
    date column is the event date."""
    return bool(places) and all(
        rp.cue in _TABLE_CUES or rp.cue.endswith(" column") for rp in places
    )


class _Reader:
    """The dates of positions in one report's text."""

    def __init__(self, report: Report, positions: Sequence[int]) -> None:
        self.text = text = report.text
        start = len(text) - len(text.lstrip())
        lead_end = min(start + _LEAD_CHARS, self._sentence(start)[1])
        self.lead_end = lead_end
        limit = max([lead_end, *(self._sentence(pos)[1] for pos in positions)])
        self.cues = date_cues(text, report.date, limit + 1)  # only what the dates need
        self.published = report.date
        self.lead = self._lead(report)

    def _line(self, pos: int) -> int:
        """The line (paragraph) number of ``pos``."""
        return self.text.count("\n", 0, pos)

    def _sentence(self, pos: int) -> tuple[int, int]:
        """The bounds of the sentence at ``pos``: from after the last full stop (or line
        break) before it to the next one."""
        text = self.text
        lo = max(0, pos - _SENTENCE_CHARS)
        found = [(text.rfind(end, lo, pos), len(end)) for end in _SENTENCE_ENDS]
        start = max((at + size for at, size in found if at >= 0), default=lo)
        stop = _SENTENCE_END.search(text, pos)
        return start, stop.start() if stop else len(text)

    def _lead(self, report: Report) -> EventDate:
        """The title's cue, else the first cue of the text's first sentence, else the
        publication date."""
        for cue in date_cues(report.title or "", report.date)[:1]:
            return _as_date(cue)
        for cue in self.cues[:1]:
            if cue.start < self.lead_end:
                return _as_date(cue)
        return EventDate(report.date, "", "publication")

    def at(self, pos: int) -> EventDate:
        """The date of the strike told at character ``pos``."""
        s0, s1 = self._sentence(pos)
        inside = [c for c in self.cues if s0 <= c.start < s1]
        if inside:
            before = [c for c in inside if c.start <= pos]
            return _as_date(before[-1] if before else inside[0])
        line = self._line(pos)
        earlier = [c for c in self.cues if c.start < s0 and self._line(c.start) == line]
        if earlier:
            return _as_date(earlier[-1])
        return self.lead


_SENTENCE_ENDS = (". ", "! ", "? ", "\n")
_SENTENCE_END = compiled(r"[.!?] |\n")
_SENTENCE_CHARS = 1000  # no sentence is longer
_LEAD_CHARS = 600  # the longest lead sentence read


def _as_date(cue: _Cue) -> EventDate:
    """A cue as the event date it gives."""
    text = " ".join(cue.text.split()).rstrip(".")
    return EventDate(cue.date.isoformat() if cue.date else None, text, "text")


def _first_impact_position(rp: ResolvedPlace) -> int:
    """Where the text first tells of the place as hit."""
    roles = rp.mention_roles or ("impact",) * len(rp.mentions)
    starts = [m.start for m, role in zip(rp.mentions, roles, strict=False) if role == "impact"]
    starts = starts or [m.start for m in rp.mentions]
    return min(starts, default=0)


def impact_dates(
    report: Report, places: Sequence[ResolvedPlace], *, every: bool = False
) -> list[EventDate | None]:
    """The event date of each impact place of a report.

    Parameters
    ----------
    report : Report
        The report; its ``date`` is the publication date the text's cues count from.
    places : sequence of ResolvedPlace
        The report's places.
    every : bool, default False
        Date the other places too, with the report's lead date (for a correction that later
        makes one an impact).

    Returns
    -------
    list of EventDate or None
        One per place, in order: an :class:`EventDate` for each impact place (each place
        with ``every``), None for the others. Event-table rows are dated by their date
        column.

    Examples
    --------
    >>> from geo.records import Place, Span
    >>> kyiv = Place("gn:703448", "Kyiv", "settlement", "UA", "UA-30", 50.45, 30.52)
    >>> text = "Drones hit Kyiv overnight."
    >>> rp = ResolvedPlace("r", kyiv, "impact", 1, 0.9, (Span("Kyiv", 11, 15),))
    >>> impact_dates(Report("r", text, date="2025-07-04"), [rp])
    [EventDate(date='2025-07-04', cue='overnight', basis='text')]
    """
    impacts = [rp.role == "impact" for rp in places]
    if not any(impacts) and not every:
        return [None] * len(places)
    if is_table_row(places):
        return [EventDate(report.date, "", "table") if every or i else None for i in impacts]
    at = [_first_impact_position(rp) if i else -1 for rp, i in zip(places, impacts, strict=True)]
    reader = _Reader(report, [pos for pos in at if pos >= 0])
    return [reader.at(pos) if pos >= 0 else reader.lead if every else None for pos in at]
