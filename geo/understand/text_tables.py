"""Tables written inside a report's text: a digest's "REGION | HIT | KILLED | INJURED" rows.

An analyst's daily digest often sets its places and figures out as a table of lines whose cells
are parted by "|" (a Markdown table, or the same without the outer bars). Read as prose, such a
row holds no verb, so its places would be mentions and its figures unread. Here a table is read
by its header: the places under a column of what was hit ("HIT", "TARGETS", "Уражено") are
impacts, a region is an impact when its row tells of a hit, the places under a column of where
attacks came from are launch areas, and the figures under a column of the killed, the wounded,
drones, missiles or those shot down are the report's, from its total row ("TOTAL", "Всього",
"Итого") or, without one, added up over the rows. A row's own figures are its place's: the
one place under its columns of what was hit, or without one, the one region of the row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geo.patterns import compiled
from geo.records import FACT_KEYS

__all__ = [
    "TextTable",
    "cell_role",
    "in_region_column",
    "region_cells",
    "row_owner_facts",
    "table_facts",
    "text_tables",
]

# the words of a header cell that say what its column holds (lower case, parts of words)
_COLUMN_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("launch", ("launch", "from", "пуск", "запуск", "звідки", "откуда")),
    ("hit", (
        "hit", "struck", "target", "impact", "affected", "damage", "location", "place",
        "settlement", "cities", "city", "town", "where", "уражен", "влучан", "удар", "місц",
        "населен", "локац", "мест", "пораж", "объект", "об'єкт",
    )),
    ("region", ("region", "oblast", "province", "регіон", "област", "регион", "край")),
    # what happened there, told in words: a row that tells anything there tells of a hit
    ("event", (
        "what happened", "what was reported", "event", "details", "consequence", "що сталося",
        "що трапилося", "що повідомили", "что сообщили",
        "подія", "події", "наслідк", "что произошло", "что случилось", "событи", "последстви",
        "подробност",
    )),
    ("killed", ("killed", "dead", "death", "fatalit", "загинул", "загибл", "погиб", "убит")),
    ("wounded", (
        "injur", "wound", "hurt", "поранен", "травмован", "ранен", "пострадав", "постражд",
    )),
    ("intercepted", (
        "shot down", "downed", "intercept", "збит", "сбит", "знешкод", "уничтож", "suppress",
        "drones destroyed", "uavs destroyed", "missiles destroyed", "destroyed drones",
    )),
    ("drones", ("drone", "uav", "shahed", "бпла", "дрон", "безпілот", "беспилот")),
    ("missiles", ("missile", "rocket", "ракет")),
)  # fmt: skip
_TOTAL_WORDS = ("total", "всього", "усього", "разом", "итого", "всего", "загалом")
_RULE = compiled(r"^[\s|:\-–—=+]*$")  # a Markdown rule under the header: "---|:---:|---"
# a figure's cell: a number, alone or with its words ("2 ранены", "3 injured"), not a date
# ("12 июня")
_NUMBER = compiled(
    r"^\s*(\d{1,6})(?!\s+(?:січ|лют|бер|квіт|трав|черв|лип|серп|вер|жовт|лист|груд|янв|фев|мар|"
    r"апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
    r"(?:\s+[^\W\d_]+){0,3}\s*$",
    re.IGNORECASE,
)
# a figure's cell that says none: "нет", "немає", "none"
_NONE = frozenset(("нет", "ні", "немає", "нема", "none", "no", "nil", "жодного", "никого"))


def _cell_number(cell: str) -> int | None:
    """The figure a cell gives: its number, 0 for a word of none, None for anything else."""
    m = _NUMBER.match(cell)
    if m is not None:
        return int(m.group(1))
    return 0 if cell.strip().lower() in _NONE else None


@dataclass(frozen=True)
class TextTable:
    """One table of a report's text: its columns' kinds (see :data:`_COLUMN_WORDS`, None for
    a column of none), their header texts, and its rows below the header, each as the spans
    of its cells (start and end in the text, spaces left out) and whether it is a total."""

    kinds: tuple[str | None, ...]
    headers: tuple[str, ...]
    rows: tuple[tuple[tuple[tuple[int, int], ...], bool], ...]

    def cell_at(self, pos: int) -> tuple[int, int] | None:
        """(row, column) of the cell holding character ``pos``; None when none does."""
        for r, (cells, _total) in enumerate(self.rows):
            for c, (start, end) in enumerate(cells):
                if start <= pos < end:
                    return r, c
        return None


def text_tables(text: str) -> list[TextTable]:
    """The tables of a report's text: runs of two or more lines holding "|", the first a
    header whose cells name at least one column :data:`_COLUMN_WORDS` knows.

    Examples
    --------
    >>> t = text_tables("REGION | HIT | KILLED\\nSumy Oblast | Shostka | 2\\nTOTAL | | 2")[0]
    >>> t.kinds, len(t.rows), t.rows[1][1]
    (('region', 'hit', 'killed'), 2, True)
    """
    if "|" not in text:
        return []
    tables: list[TextTable] = []
    block: list[tuple[int, str]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        if "|" in line:
            block.append((pos, line.rstrip("\r\n")))
        else:
            tables.extend(_table_of(text, block))
            block = []
        pos += len(line)
    tables.extend(_table_of(text, block))
    return tables


def _table_of(text: str, block: list[tuple[int, str]]) -> list[TextTable]:
    """The table a run of lines holding "|" makes, if its first line is a header."""
    lines = [(at, line) for at, line in block if not _RULE.match(line)]
    if len(lines) < 2:
        return []
    header = _cells(text, *lines[0])
    headers = tuple(text[a:b] for a, b in header)
    kinds = tuple(_kind(h) for h in headers)
    if not any(kinds):
        return []
    rows = []
    for at, line in lines[1:]:
        cells = _cells(text, at, line)
        first = text[cells[0][0] : cells[0][1]].lower() if cells else ""
        rows.append((cells, first.startswith(_TOTAL_WORDS)))
    return [TextTable(kinds, headers, tuple(rows))]


def _cells(text: str, at: int, line: str) -> tuple[tuple[int, int], ...]:
    """The spans of a line's cells (in ``text``, the line starting at ``at``), spaces left
    out; the empty cells before a leading and after a trailing bar are no cells."""
    spans = []
    start = 0
    for part in line.split("|"):
        lead = len(part) - len(part.lstrip())
        spans.append((at + start + lead, at + start + len(part.rstrip())))
        start += len(part) + 1
    stripped = line.strip()
    if stripped.startswith("|"):
        spans = spans[1:]
    if stripped.endswith("|") and spans:
        spans = spans[:-1]
    return tuple((a, max(a, b)) for a, b in spans)


def _kind(header: str) -> str | None:
    """The kind of a column by its header's words (the first kind that has one)."""
    low = header.lower()
    return next((kind for kind, words in _COLUMN_WORDS if any(map(low.__contains__, words))), None)


def cell_role(tables: list[TextTable], text: str, pos: int) -> tuple[str, str] | None:
    """The role and cue of a place named at ``pos`` inside a table's row: ``impact`` under a
    column of what was hit, or in a region's column of a row that tells of a hit (a place or
    a figure above zero under another column); ``launch`` under a column of where attacks
    came from; None outside the rows of tables, in a total row or in a column of no kind."""
    for table in tables:
        found = table.cell_at(pos)
        if found is None:
            continue
        r, c = found
        cells, total = table.rows[r]
        kind = table.kinds[c] if c < len(table.kinds) else None
        if total or kind is None:
            return None
        header = table.headers[c]
        if kind == "hit":
            return "impact", f"table column: {header}"
        if kind == "launch":
            return "launch", f"table column: {header}"
        if kind == "region":
            if _row_tells_hit(table, cells, text):
                return "impact", f"table row: {header}"
            return "mention", f"table row without a strike: {header}"
        return None
    return None


def in_region_column(tables: list[TextTable], pos: int) -> bool:
    """Whether character ``pos`` lies in a row's cell under a column of regions."""
    for table in tables:
        found = table.cell_at(pos)
        if found is not None:
            r, c = found
            return not table.rows[r][1] and c < len(table.kinds) and table.kinds[c] == "region"
    return False


# the stems of harm done, in the three languages: a cell of what happened that holds one
# (not after "без"/"no": "без наслідків") tells of a hit; "тривога" alone does not
_HARM_STEMS = (
    "пошкод", "поврежд", "damag", "зруйн", "разруш", "destroy", "загин", "погиб", "kill",
    "поран", "ранен", "injur", "wound", "пожеж", "пожар", "fire", "влуч", "попадан", " hit",
    "struck", "удар", "атак", "attack", "обстр", "shell", "уламк", "обломк", "debris", "упал",
    "впал", "fell", "вибух", "взрыв", "explos", "згор", "сгор", "burn",
)  # fmt: skip
# a harm denied: "без наслідків", "no damage", and after its noun "влучань немає", "жертв нет"
_WITHOUT = compiled(
    r"(?:без|no|without)\s+\w+|\w+\s+(?:немає|нема|нет|не\s+було|не\s+было|не\s+зафіксовано|"
    r"не\s+зафиксировано)(?!\w)",
    re.IGNORECASE,
)


def _tells_harm(cell: str) -> bool:
    """Whether a cell of what happened tells of harm done there."""
    low = " " + _WITHOUT.sub(" ", cell.lower())
    return any(map(low.__contains__, _HARM_STEMS))


def region_cells(tables: list[TextTable]) -> list[tuple[int, int]]:
    """The spans of the cells under a column of regions, total rows left out, in text order."""
    out = []
    for table in tables:
        for c, kind in enumerate(table.kinds):
            if kind == "region":
                out += [cells[c] for cells, total in table.rows if not total and c < len(cells)]
    return sorted(out)


def _row_tells_hit(table: TextTable, cells: tuple[tuple[int, int], ...], text: str) -> bool:
    """Whether a row names a place under a column of what was hit, tells something under a
    column of what happened, or gives a figure above zero under a column of the killed, the
    wounded or weapons."""
    for c, (start, end) in enumerate(cells):
        kind = table.kinds[c] if c < len(table.kinds) else None
        cell = text[start:end]
        if kind == "hit" and any(ch.isalpha() for ch in cell):
            return True
        if kind == "event" and _tells_harm(cell):
            return True
        if kind in FACT_KEYS and (_cell_number(cell) or 0) > 0:
            return True
    return False


def table_facts(tables: list[TextTable], text: str) -> dict[str, int]:
    """The figures of a report's tables: under each column of a figure, its total row's
    value, or the sum of its rows' values without one (the first table with the column;
    its columns of one kind added up)."""
    out: dict[str, int] = {}
    for table in tables:
        told: dict[str, int] = {}  # this table's figures, its columns of one kind added up
        for c, kind in enumerate(table.kinds):
            if kind not in FACT_KEYS or kind in out:
                continue
            values = [
                (total, n)
                for cells, total in table.rows
                if c < len(cells)
                and (n := _cell_number(text[cells[c][0] : cells[c][1]])) is not None
            ]
            totals = [v for total, v in values if total]
            if totals:
                told[kind] = told.get(kind, 0) + totals[-1]
            elif values:
                told[kind] = told.get(kind, 0) + sum(v for _, v in values)
        out.update(told)
    return {key: out[key] for key in FACT_KEYS if key in out}


def row_owner_facts(
    tables: list[TextTable], text: str, starts: list[tuple[int, ...]]
) -> dict[int, dict[str, int]]:
    """The figures each row of the tables gives its place, by the place's index.

    ``starts`` holds, for each place of the report (by index), where its impact mentions
    start. A row's figures (the numbers under its columns of a figure) are the place's that is
    named alone under the row's columns of what was hit ("Shostka" in "Sumy Oblast | Shostka |
    3"); a row without one such place (none, or two towns whose shares it does not tell)
    gives them to the one place under its column of regions. A row whose places are not one
    in either column, a total row and a row without a figure give none. A place in two rows
    takes their sum.

    Examples
    --------
    >>> text = "REGION | HIT | KILLED\nSumy Oblast | Shostka | 2\nKharkiv Oblast | | 1"
    >>> row_owner_facts(text_tables(text), text, [(22,), (36,), (48,)])
    {1: {'killed': 2}, 2: {'killed': 1}}
    """
    out: dict[int, dict[str, int]] = {}
    for table in tables:
        named = _named_in_rows(table, starts)
        for r, (cells, total) in enumerate(table.rows):
            figures = _row_figures(table, cells, text)
            owner = None if total or not figures else _row_owner(named.get(r, {}))
            if owner is None:
                continue
            facts = out.setdefault(owner, {})
            for key, value in figures.items():
                facts[key] = facts.get(key, 0) + value
    return {idx: {k: out[idx][k] for k in FACT_KEYS if k in out[idx]} for idx in sorted(out)}


def _named_in_rows(
    table: TextTable, starts: list[tuple[int, ...]]
) -> dict[int, dict[str, set[int]]]:
    """The places named in each row of ``table`` (by row), under each kind of column."""
    named: dict[int, dict[str, set[int]]] = {}
    for idx, where in enumerate(starts):
        for pos in where:
            found = table.cell_at(pos)
            if found is None:
                continue
            r, c = found
            kind = table.kinds[c] if c < len(table.kinds) else None
            if kind in ("hit", "event", "region"):  # (what happened names what was hit)
                kind = "hit" if kind == "event" else kind
                named.setdefault(r, {}).setdefault(kind, set()).add(idx)
    return named


def _row_owner(named: dict[str, set[int]]) -> int | None:
    """The place a row's figures are of: the one under its columns of what was hit, else (no
    place there, or several) the one under its column of regions; None when neither is one."""
    for kind in ("hit", "region"):
        if len(named.get(kind, ())) == 1:
            return next(iter(named[kind]))
    return None


def _row_figures(table: TextTable, cells: tuple[tuple[int, int], ...], text: str) -> dict[str, int]:
    """The numbers under a row's columns of a figure, by the figure's key (the sum of its
    columns when several are of one kind)."""
    out: dict[str, int] = {}
    for c, (start, end) in enumerate(cells):
        kind = table.kinds[c] if c < len(table.kinds) else None
        if kind in FACT_KEYS and (n := _cell_number(text[start:end])) is not None:
            # (columns of one kind add up: "Shot down: drones | Shot down: missiles")
            out[kind] = out.get(kind, 0) + n
    return out
