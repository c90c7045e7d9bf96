"""End-to-end tests of the strikemap command on the example reports."""

from __future__ import annotations

import json
import os
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
    from geo.read.reports import read_reports

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
    reports = [p for p in sorted(EXAMPLES.iterdir()) if p.suffix in {".txt", ".md", ".html"}]
    proc = run_cli("map", *map(str, reports), "-o", str(out))
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


# --- reliability (issue 17): every failure one line, outputs checked first and whole --------


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run the command in this process; return (exit code, stdout, stderr)."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(code: int, err: str, pattern: str) -> None:
    assert code == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    assert re.search(pattern, lines[0]), lines[0]


def _feed(tmp_path: Path) -> Path:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": f"r{i}", "text": f"Drones hit Sumy, report {i}."}) for i in range(30)
    ]
    for i in range(3, 30, 4):
        lines[i] = "{not json"
    lines[5] = '{"text": "Drones hit Kharkiv \\ud800."}'
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("command", ["extract", "map", "regions"])
def test_skip_bad_holds_for_every_subcommand(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    feed = _feed(tmp_path)
    out = ["-o", str(tmp_path / "out.html")] if command == "map" else []
    code, _, err = cli(capsys, command, str(feed), *out)
    one_line_error(code, err, r"feed\.jsonl:4: not valid JSON .*each line must be one JSON")
    assert not (tmp_path / "out.html").exists()
    code, _, err = cli(capsys, command, str(feed), *out, "--skip-bad")
    assert code == 0, err
    assert "23 reports read" in err and ", 7 skipped" in err
    listed = [line for line in err.splitlines() if line.startswith("  skipped ")]
    assert [line.split(": ")[0] for line in listed] == [
        f"  skipped {feed}:{n}" for n in range(4, 31, 4)
    ]


def test_every_skipped_record_is_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feed = tmp_path / "bad.jsonl"
    feed.write_text('{"text": "Drones hit Sumy."}\n' + "{oops\n" * 45, encoding="utf-8")
    code, _, err = cli(capsys, "extract", str(feed), "--skip-bad")
    assert code == 0 and ", 45 skipped" in err
    assert sum(line.startswith("  skipped ") for line in err.splitlines()) == 45


def test_size_and_time_limits_skip_with_a_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = tmp_path / "feed.jsonl"
    big = json.dumps({"text": "Drones hit Sumy. " * 200})
    feed.write_text(json.dumps({"text": "Drones hit Lviv."}) + "\n" + big + "\n", encoding="utf-8")
    code, out, err = cli(capsys, "extract", str(feed), "--skip-bad", "--max-report-size", "1K")
    assert code == 0 and out.count('"type": "report"') == 1
    assert f"skipped {feed}:2: the line is 3.3 KB, over the 1 KB limit of one report" in err
    code, _, err = cli(capsys, "extract", str(feed), "--max-report-size", "1K")
    one_line_error(code, err, r"feed\.jsonl:2: the line is 3\.3 KB.*--max-report-size")


@pytest.mark.parametrize(
    ("args", "pattern"),
    [
        (["--since", "2025-13-45"], r"--since: '2025-13-45' is not an ISO date of a real day"),
        (["--until", "2025-02-30"], r"--until: '2025-02-30' is not an ISO date"),
        (["--since", "2025-03-01", "--until", "2025-02-01"], r"--since 2025-03-01 is after"),
        (["--jobs", "0"], r"--jobs: '0' is not a whole number of 1 or more"),
        (["--max-report-size", "lots"], r"--max-report-size: 'lots' is not a size"),
        (["--max-report-seconds", "-1"], r"--max-report-seconds: '-1' is not a number"),
    ],
)
def test_options_are_checked_before_any_work(
    capsys: pytest.CaptureFixture[str], args: list[str], pattern: str
) -> None:
    try:
        code, _, err = cli(capsys, "extract", "no/such/report.txt", *args)
    except SystemExit as exc:  # argparse's own errors
        code, err = int(exc.code or 0), capsys.readouterr().err
    one_line_error(code, err, pattern)


def test_geocode_limit_must_be_positive_and_stdin_bom_is_dropped() -> None:
    proc = run_cli("geocode", "Kyiv", "--limit", "-5")
    assert proc.returncode == 2 and "--limit: '-5' is not a whole number" in proc.stderr
    proc = subprocess.run(
        [sys.executable, "-m", "geo", "geocode", "-", "--json", "--limit", "1"],
        input="\ufeffKyiv\nOdesa\n".encode("utf-8"),
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    rows = records(proc.stdout.decode())
    assert [r["query"] for r in rows] == ["Kyiv", "Odesa"] and rows[0]["candidates"]


def test_boundaries_are_checked_before_any_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "raions.geojson"
    for command in (["map", "-o", str(tmp_path / "m.html")], ["regions"]):
        code, _, err = cli(
            capsys, command[0], "no/such/report.txt", *command[1:], "--boundaries", str(missing)
        )
        one_line_error(code, err, r"raions\.geojson: no such file")


@pytest.mark.parametrize(
    ("name", "pattern"),
    [
        ("dir", r"out: is a directory; give a file name"),
        ("proc", r"/proc/strikemap-test\.jsonl: cannot write in /proc"),
        ("long", r"cannot write: file name too long|the file name is too long"),
        ("device", r"/dev/full: is a device or pipe, not a regular file; pass --force"),
        ("missing-parent", r"out\.jsonl/x\.jsonl: .*out\.jsonl is not a directory"),
    ],
)
def test_output_failures_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, pattern: str
) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out.jsonl").write_text("", encoding="utf-8")
    target = {
        "dir": str(tmp_path / "out"),
        "proc": "/proc/strikemap-test.jsonl",
        "long": str(tmp_path / ("a" * 300 + ".jsonl")),
        "device": "/dev/full",
        "missing-parent": str(tmp_path / "out.jsonl" / "x.jsonl"),
    }[name]
    for args in (
        ["extract", KYIV_NIGHT, "-o", target],
        ["extract", KYIV_NIGHT, "--format", "gpkg", "-o", target],
        ["regions", KYIV_NIGHT, "-o", target],
        ["map", KYIV_NIGHT, "-o", target],
        ["map", KYIV_NIGHT, "-o", str(tmp_path / "ok.html"), "--png", target],
    ):
        code, _, err = cli(capsys, *args)
        one_line_error(code, err, pattern)
    assert not (tmp_path / "ok.html").exists()  # the PNG was checked before the HTML
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "out.jsonl"]


def test_writing_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(capsys, "extract", KYIV_NIGHT, "-o", "/dev/full", "--force")
    one_line_error(code, err, r"/dev/full: cannot write: no space left on device")
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "geo", "extract", KYIV_NIGHT],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            timeout=120,
        )
    one_line_error(proc.returncode, proc.stderr, r"standard output: cannot write: no space")
    proc = subprocess.run(
        [sys.executable, "-m", "geo", "extract", KYIV_NIGHT],
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        timeout=120,
        preexec_fn=lambda: os.close(1),
    )
    one_line_error(proc.returncode, proc.stderr, r"standard output is closed; give -o FILE")


def test_output_keeps_links_devices_and_modes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "target.jsonl"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o600)
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    code, _, err = cli(capsys, "extract", KYIV_NIGHT, "-o", str(link))
    one_line_error(code, err, r"link\.jsonl: is a symbolic link to .*target\.jsonl; pass --force")
    assert target.read_text(encoding="utf-8") == "old\n"
    code, _, err = cli(capsys, "extract", KYIV_NIGHT, "-o", str(link), "--force")
    assert code == 0, err
    assert link.is_symlink() and '"type": "report"' in target.read_text(encoding="utf-8")
    assert target.stat().st_mode & 0o777 == 0o600
    code, _, err = cli(capsys, "extract", KYIV_NIGHT, "-o", "/dev/null", "--force")
    assert code == 0 and Path("/dev/null").is_char_device()
    fresh = tmp_path / "fresh.jsonl"
    assert cli(capsys, "extract", KYIV_NIGHT, "-o", str(fresh))[0] == 0
    umask = os.umask(0)
    os.umask(umask)
    assert fresh.stat().st_mode & 0o777 == 0o666 & ~umask


def test_nothing_below_the_command_line_imports_it() -> None:
    """Imports go one way: the command line (geo/cli, and ``python -m geo``) on top; no
    engine, reader, place, event, map or writer module imports it, even lazily."""
    import ast

    bad = []
    for path in sorted((ROOT / "geo").rglob("*.py")):
        if ROOT / "geo" / "cli" in path.parents or path == ROOT / "geo" / "__main__.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            else:
                continue
            if any(n == "geo.cli" or n.startswith("geo.cli.") for n in names):
                bad.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not bad, "these modules import the command line: " + ", ".join(bad)


DASK_STDIN = "the Dask engine cannot read standard input ('-'); give files or folders"


@pytest.mark.parametrize(
    "argv",
    [
        ["regions", "{report}", "-", "--engine", "dask"],
        ["events", "{report}", "-", "--engine", "dask"],
        ["events", "{report}", "-", "--engine", "dask", "--format", "parquet", "-o", "{tmp}/ev"],
        ["extract", "{report}", "-", "--engine", "dask", "--format", "jsonl"],
        ["extract", "{report}", "-", "--engine", "dask", "--format", "parquet", "-o", "{tmp}/pl"],
    ],
)
def test_dask_engine_refuses_stdin_before_a_cluster_starts(
    argv: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The engine's own check of its inputs is the one the user sees: one line, exit 2,
    before any cluster starts or output is made."""
    from geo.engines import dask_engine

    def no_cluster(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a cluster was started")

    monkeypatch.setattr(dask_engine, "connect", no_cluster)
    code, out, err = cli(capsys, *[a.format(report=KYIV_NIGHT, tmp=tmp_path) for a in argv])
    one_line_error(code, err, re.escape(f"strikemap: error: {DASK_STDIN}"))
    assert out == "" and list(tmp_path.iterdir()) == []


def test_the_parser_offers_every_command_in_order() -> None:
    """One list of commands: the parser's, in ``--help`` order, is the one run by name."""
    from geo.cli.app import COMMANDS, build_parser

    assert "{" + ",".join(COMMANDS) + "}" in build_parser().format_usage()


def test_a_users_boundary_file_is_taken_as_drawn(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No nearest-unit fallback in a user's own units, for regions, map and the API alike:
    Kharkiv, 4 km beside a box, is in none of them (the embedded layer does count it)."""
    import geopandas as gpd
    from shapely.geometry import box

    import geo

    text = "Missiles hit Kharkiv, killing two. Drones struck Sumy; one man was wounded.\n"
    report = tmp_path / "night.txt"
    report.write_text(text, encoding="utf-8")
    own = tmp_path / "own.geojson"
    gpd.GeoDataFrame(
        {"KOD": ["near", "sumy"]},
        geometry=[box(36.0, 49.8, 36.2, 50.2), box(34.6, 50.8, 35.0, 51.0)],
        crs=4326,
    ).to_file(own, driver="GeoJSON")
    mine = ["--boundaries", str(own), "--code-col", "KOD"]
    code, out, err = cli(capsys, "regions", str(report), *mine)
    assert code == 0, err
    assert [r.split(",")[0] for r in out.splitlines()[1:]] == ["sumy"]
    code, out, _ = cli(capsys, "regions", str(report))
    assert [r.split(",")[0] for r in out.splitlines()[1:]] == ["UA-59", "UA-63"]
    page = tmp_path / "m.html"
    code, _, err = cli(capsys, "map", str(report), "-o", str(page), "--by", "reports", *mine)
    assert code == 0 and "1 region(s) shaded" in err, err
    ext = geo.extract(geo.read_reports(report))
    table = geo.regions_frame(ext, boundaries=own, code_col="KOD")
    assert table["KOD"].tolist() == ["sumy"]
    m = geo.make_map(ext, boundaries=own, code_col="KOD", by="reports")
    m.save(tmp_path / "api.html")
    assert (tmp_path / "api.html").read_bytes() == page.read_bytes()
