"""End-to-end tests of the strikemap command on the example reports."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from geo.cli import main

from .conftest import EXAMPLES, ROOT

KYIV_NIGHT = str(EXAMPLES / "kyiv_night.txt")


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m geo`` as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "geo", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )


def records(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def kyiv_records() -> list[dict]:
    proc = run_cli("extract", KYIV_NIGHT, "--format", "jsonl")
    assert proc.returncode == 0, proc.stderr
    return records(proc.stdout)


def test_extract_contract(kyiv_records: list[dict]) -> None:
    places = [r for r in kyiv_records if r["type"] == "place"]
    reports = [r for r in kyiv_records if r["type"] == "report"]
    assert len(reports) == 1 and reports[0]["report"] == "kyiv_night"
    required = {
        "type",
        "report",
        "name",
        "role",
        "kind",
        "country",
        "admin1",
        "lat",
        "lon",
        "precision",
        "confidence",
        "mentions",
    }
    for p in places:
        assert required <= p.keys()
        assert p["role"] in ("impact", "launch", "mention")
        assert p["kind"] in ("country", "admin1", "admin2", "settlement", "district")
        assert p["precision"] in (1, 2, 3) and 0 <= p["confidence"] <= 1
        for m in p["mentions"]:
            assert m["end"] > m["start"] and m["text"]


def test_extract_mention_spans_index_the_text(kyiv_records: list[dict]) -> None:
    from geo.reports import read_reports

    text = read_reports([KYIV_NIGHT])[0].text
    for p in (r for r in kyiv_records if r["type"] == "place"):
        for m in p["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]


def test_extract_kyiv_night_roles_and_facts(kyiv_records: list[dict]) -> None:
    impact_regions = {
        r["admin1"] for r in kyiv_records if r["type"] == "place" and r["role"] == "impact"
    }
    assert {"UA-30", "UA-59", "UA-63", "UA-74", "RU-ROS"} <= impact_regions
    by_name = {r["name"]: r for r in kyiv_records if r["type"] == "place"}
    assert by_name["Washington"]["role"] == "mention"
    assert by_name["Moscow"]["role"] == "mention"
    assert by_name["Rostov Oblast"]["precision"] == 3
    facts = next(r for r in kyiv_records if r["type"] == "report")["facts"]
    assert facts["drones"] == 550 and facts["missiles"] == 11 and facts["wounded"] == 23


def test_map_end_to_end(tmp_path: Path) -> None:
    out = tmp_path / "demo.html"
    proc = run_cli("map", *(str(p) for p in sorted(EXAMPLES.iterdir())), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    html = out.read_text(encoding="utf-8")
    for layer in ("Impact regions", "Impact sites", "Launch areas", "Other mentions"):
        assert layer in html
    for name in (
        "Sumy Oblast",
        "Kharkiv Oblast",
        "Chernihiv Oblast",
        "Rostov Oblast",
        "Solomianskyi district",
    ):
        assert name in html
    assert "GeoNames" in html and "Natural Earth" in html
    assert not re.search(r"<script[^>]+src=[\"']https?://", html)


def test_map_is_deterministic(tmp_path: Path) -> None:
    a, b = tmp_path / "a.html", tmp_path / "b.html"
    assert main(["map", KYIV_NIGHT, "-o", str(a)]) == 0
    assert main(["map", KYIV_NIGHT, "-o", str(b)]) == 0
    assert a.read_bytes() == b.read_bytes()


def test_geocode_json_several_names_and_stdin() -> None:
    proc = run_cli("geocode", "Kiev", "Kharkiv region", "-", "--json", stdin="Odessa\nSumy\n")
    assert proc.returncode == 0, proc.stderr
    rows = records(proc.stdout)
    assert [r["query"] for r in rows] == ["Kiev", "Kharkiv region", "Odessa", "Sumy"]
    firsts = [r["candidates"][0] for r in rows]
    assert [f["admin1"] for f in firsts] == ["UA-30", "UA-63", "UA-51", "UA-59"]
    assert firsts[0]["geonameid"] == 703448
    assert {"name", "kind", "country", "admin1", "lat", "lon", "population", "geonameid"} <= firsts[
        0
    ].keys()


def test_geocode_unknown_name_exits_1() -> None:
    proc = run_cli("geocode", "Xqzzyville")
    assert proc.returncode == 1
    assert "not found" in proc.stdout


@pytest.mark.parametrize(
    ("args", "pattern"),
    [
        (["extract", "no/such/report.txt"], r"no/such/report\.txt: no such file"),
        (["map", KYIV_NIGHT], r"required: -o/--output"),
        (["extract", KYIV_NIGHT, "--bogus"], r"unrecognized arguments: --bogus"),
    ],
)
def test_errors_are_one_line(args: list[str], pattern: str) -> None:
    proc = run_cli(*args)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr
    assert re.search(pattern, lines[0])


def test_empty_report_is_an_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n", encoding="utf-8")
    proc = run_cli("extract", str(empty))
    assert proc.returncode == 2
    assert re.search(r"empty\.txt(:\d+)?: the (file|report) is empty", proc.stderr)
    assert proc.stdout == ""


def test_help_has_examples() -> None:
    for cmd in ("map", "extract", "geocode", "regions"):
        proc = run_cli(cmd, "--help")
        assert proc.returncode == 0 and "example" in proc.stdout


def test_regions_csv() -> None:
    proc = run_cli("regions", KYIV_NIGHT, "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    header, *rows = proc.stdout.strip().splitlines()
    assert header.startswith("code,name,country,reports")
    assert {r.split(",")[0] for r in rows} >= {"UA-30", "UA-59", "UA-63", "UA-74", "RU-ROS"}
