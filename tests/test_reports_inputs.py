"""Report dates read by python-dateutil, and HTML pages read as their article (trafilatura)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import geo.read.article
from geo.places.gazetteer import Gazetteer
from geo.read.dates import parse_date
from geo.read.reports import Row, iter_inputs, read_reports
from geo.read.tables import extraction_of

from .test_cli import records, run_cli


def _collect() -> tuple[list[tuple[str, str]], object]:
    got: list[tuple[str, str]] = []
    return got, lambda where, message: got.append((where, message))


# --- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "July 5, 2025",
        "5 July 2025",
        "Jul 5 2025",
        "2025/07/05",
        "Sat, 05 Jul 2025 06:10:00 +0300",
        "Sat, 05 Jul 2025 23:50:00 -0700",
        "05.07.2025",
        "05.07.2025 14:30",
        "2025-07-05",
        "2025-07-05T06:10:00Z",
        "2025-07-05 23:59:59+05:00",
        "5 липня 2025 р.",
        "5 июля 2025 г.",
    ],
)
def test_dates_in_common_forms(value: str) -> None:
    assert parse_date(value) == "2025-07-05"


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("07/05/2025", "2025-07-05"),  # M/D/Y: slashes are month first
        ("27/01/2014", "2014-01-27"),  # ... unless the first number cannot be a month
        ("1/27/2014 12:00:00 AM", "2014-01-27"),
        ("01.02.2024", "2024-02-01"),  # D.M.Y: dots are day first
        ("29 February 2024", "2024-02-29"),
    ],
)
def test_day_and_month_order(value: str, iso: str) -> None:
    assert parse_date(value) == iso


@pytest.mark.parametrize(
    "value",
    [
        "the fifth of never",
        "July 2025",
        "July 5",
        "2025",
        "18:30",
        "2025-02-30",
        "31.04.2025",
        "250705",
        "1751695800",
        "",
    ],
)
def test_what_is_not_a_whole_real_day(value: str) -> None:
    assert parse_date(value) is None


def test_header_dates_in_other_forms(tmp_path: Path) -> None:
    for i, value in enumerate(["July 5, 2025", "Sat, 05 Jul 2025 06:10:00 +0300", "05.07.2025"]):
        path = tmp_path / f"r{i}.txt"
        path.write_text(f"Title: Night\nDate: {value}\n\nDrones hit Sumy ({i}).\n", "utf-8")
    assert [r.date for r in read_reports([str(tmp_path)])] == ["2025-07-05"] * 3


def test_unreadable_date_warns_and_keeps_the_report(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text("Title: Night\nDate: the fifth of never\n\nDrones hit Sumy.\n", "utf-8")
    warned, on_warn = _collect()
    (report,) = iter_inputs([str(path)], on_warn=on_warn)
    assert (report.title, report.date, report.text) == ("Night", None, "Drones hit Sumy.")
    ((where, message),) = warned
    assert where == str(path) and "'the fifth of never'" in message
    assert "kept without a date" in message and "YYYY-MM-DD" in message


def test_unreadable_dates_in_tables_name_their_line(tmp_path: Path) -> None:
    feed = tmp_path / "feed.csv"
    feed.write_text(
        'id,text,date\na,"Drones hit Sumy.",July 5 2025\nb,"Drones hit Lviv.",someday\n', "utf-8"
    )
    events = tmp_path / "events.csv"
    events.write_text(
        "event_date,location,latitude,longitude\n"
        "05 July 2025,Kharkiv,49.99,36.23\nlate,Kharkiv,49.99,36.23\n",
        "utf-8",
    )
    warned, on_warn = _collect()
    items = list(iter_inputs([str(feed), str(events)], on_warn=on_warn))
    assert [(type(i).__name__, i.date) for i in items] == [
        ("Report", "2025-07-05"),
        ("Report", None),
        ("Row", "2025-07-05"),
        ("Row", None),
    ]
    assert [w for w, _ in warned] == [f"{feed}:3", f"{events}:3"]
    assert "'someday'" in warned[0][1] and "'late'" in warned[1][1]
    assert isinstance(items[3], Row)


def test_cli_keeps_a_report_with_an_unreadable_date(tmp_path: Path) -> None:
    path = tmp_path / "night.txt"
    path.write_text("Date: next Tuesday\n\nRussian drones hit Sumy overnight.\n", "utf-8")
    proc = run_cli("extract", str(path), "--format", "jsonl")
    assert proc.returncode == 0, proc.stderr
    (report,) = [r for r in records(proc.stdout) if r["type"] == "report"]
    assert report["date"] is None
    lines = [line for line in proc.stderr.splitlines() if "next Tuesday" in line]
    assert len(lines) == 1 and str(path) in lines[0] and "Traceback" not in proc.stderr


# --- HTML pages ---------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Drones hit Odesa port overnight | Coastal Herald</title>
<meta property="og:title" content="Drones hit Odesa port overnight">
<meta property="article:published_time" content="2025-07-05T06:10:00+03:00">
</head>
<body>
<div class="site-header"><a href="/">Coastal Herald</a>
<div class="menu"><a href="/kharkiv">Kharkiv</a> <a href="/lviv">Lviv</a></div>
</div>
<div class="related-box">
<h3>Related</h3>
<div class="teaser"><a href="/a1">Missile strike on Dnipro: 9 people killed</a></div>
<div class="teaser"><a href="/a2">Shelling of Kherson killed 4 in the city centre</a></div>
</div>
<div class="story">
<h1>Drones hit Odesa port overnight</h1>
<div class="meta">By a staff reporter, <time datetime="2025-07-05T06:10">5 July 2025</time></div>
<p>Russian attack drones struck the port of Odesa overnight, damaging a grain terminal and
two warehouses, the regional governor said on Saturday morning.</p>
<p>One port worker was injured and taken to hospital. Air defence units shot down most of the
drones over the Odesa region, the southern defence command reported.</p>
<p>Firefighters worked for several hours to put out the blaze at the terminal, which was
largely empty at the time of the attack, the port authority said.</p>
</div>
<div id="comments" class="comments">
<h2>Comments</h2>
<div class="comment"><span class="author">reader1</span>
<p>My cousin in Mykolaiv heard explosions too, 3 people were killed there last week.</p></div>
</div>
<div class="footer">Coastal Herald, Kyiv office.</div>
</body>
</html>
"""
ELSEWHERE = ("Kharkiv", "Lviv", "Dnipro", "Kherson", "Mykolaiv", "Kyiv", "Related", "Comments")


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "odesa.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


def test_html_page_gives_its_article_title_and_date(page: Path) -> None:
    pytest.importorskip("trafilatura")
    (report,) = read_reports([str(page)])
    assert report.title == "Drones hit Odesa port overnight"
    assert report.date == "2025-07-05"
    assert "Russian attack drones struck the port of Odesa overnight" in report.text
    assert "the port authority said." in report.text
    assert not [word for word in ELSEWHERE if word in report.text]


def test_html_article_has_only_its_places_and_figures(page: Path, gaz: Gazetteer) -> None:
    pytest.importorskip("trafilatura")
    (report,) = read_reports([str(page)])
    ext = extraction_of(report, gaz)
    assert {p.place.name for p in ext.places} == {"Odesa", "Odesa Oblast"}
    assert {p.role for p in ext.places} == {"impact"}
    assert ext.facts == {"wounded": 1}


def test_own_header_wins_over_the_page(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    path = tmp_path / "saved.html"
    path.write_text("Title: Saved copy\nDate: 6 July 2025\n\n" + PAGE, encoding="utf-8")
    (report,) = read_reports([str(path)])
    assert (report.title, report.date) == ("Saved copy", "2025-07-06")


def test_page_date_from_time_element_or_none(tmp_path: Path) -> None:
    """Without a date meta tag the <time> element dates the page; without both, nothing
    does (dates in the page's text are never guessed from)."""
    pytest.importorskip("trafilatura")
    meta = '<meta property="article:published_time" content="2025-07-05T06:10:00+03:00">\n'
    no_meta = PAGE.replace(meta, "")
    no_time = no_meta.replace('<time datetime="2025-07-05T06:10">5 July 2025</time>', "today")
    no_time = no_time.replace("One port worker was", "Two port workers were")  # not a duplicate
    (tmp_path / "a.html").write_text(no_meta, encoding="utf-8")
    (tmp_path / "b.html").write_text(no_time, encoding="utf-8")
    warned, on_warn = _collect()
    got = list(iter_inputs([str(tmp_path)], on_warn=on_warn))
    assert [r.date for r in got] == ["2025-07-05", None] and warned == []


def test_reading_a_page_is_deterministic(page: Path) -> None:
    first = read_reports([str(page)])
    assert all(read_reports([str(page)]) == first for _ in range(3))


def test_without_trafilatura_pages_are_read_as_before_with_one_note(
    tmp_path: Path, page: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import trafilatura fails
    monkeypatch.setattr(geo.read.article, "_noted", False)
    other = tmp_path / "other.htm"
    other.write_text("<html><body><p>Missiles hit Lviv overnight.</p></body></html>", "utf-8")
    warned, on_warn = _collect()
    first, second = iter_inputs([str(page), str(other)], on_warn=on_warn)
    assert "Odesa" in first.text and first.title == PAGE.split("<title>")[1].split("<")[0]
    assert second.text == "Missiles hit Lviv overnight."
    ((where, message),) = warned
    assert where == str(page) and "install strikemap[html]" in message


def test_cli_reads_a_page_without_trafilatura(page: Path, tmp_path: Path) -> None:
    """The command never shows a traceback when the html extra is missing."""
    script = (
        "import sys; sys.modules['trafilatura'] = None; from geo.cli import main; "
        f"sys.exit(main(['extract', {str(page)!r}, '--format', 'jsonl']))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    notes = [line for line in proc.stderr.splitlines() if "strikemap[html]" in line]
    assert len(notes) == 1
    (report,) = [r for r in records(proc.stdout) if r["type"] == "report"]
    assert report["title"] == "Drones hit Odesa port overnight | Coastal Herald"
