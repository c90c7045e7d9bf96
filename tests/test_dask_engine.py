"""``--engine dask`` on a LocalCluster of two processes and 10,000 short reports: the same
records, per-unit figures and events as the single-process run, bad records listed, and a
complete output after a worker process is killed mid-run."""

from __future__ import annotations

import io
import json
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("distributed")
pytest.importorskip("dask.dataframe")

from geo.engines import dask_engine as de
from geo.engines.batch import run_batch
from geo.engines.progress import Summary
from geo.events.corrections import events_with_corrections
from geo.events.grouping import sightings_of
from geo.events.table import event_counts, event_rows
from geo.output.export import write_csv
from geo.places.boundaries import aggregate
from geo.places.names import place_lookup, place_names
from geo.read.reports import iter_inputs
from geo.read.tables import group_by_date

from .conftest import EXAMPLES

N_REPORTS = 10_000
N_FILES = 16
CITIES = (
    "Kharkiv", "Sumy", "Odesa", "Dnipro", "Zaporizhzhia", "Kyiv", "Poltava", "Kherson",
    "Chernihiv", "Belgorod", "Kursk", "Kryvyi Rih",
)  # fmt: skip


def _report(i: int, rng: random.Random) -> dict:
    city, other = rng.sample(CITIES, 2)
    k = rng.randint(0, 4)
    text = (
        f"Russian drones struck {city} overnight, killing {k} and wounding {k + 1}. "
        f"Debris fell in the {other} region. Item {i % 3000}."
    )
    return {
        "id": f"r{i}",
        "date": f"2025-07-{1 + i % 20:02d}",
        "source": rng.choice(("Wire", "Governor", "Mayor", "Ministry")),
        "text": text,
    }


@pytest.fixture(scope="module")
def feed(tmp_path_factory) -> Path:
    """A folder of 16 JSONL files (10,000 reports, some repeated across files, two bad
    lines) and a CSV file."""
    folder = tmp_path_factory.mktemp("feed")
    rng = random.Random(14)
    rows = [_report(i, rng) for i in range(N_REPORTS)]
    per = N_REPORTS // N_FILES
    for f in range(N_FILES):
        lines = [json.dumps(r) for r in rows[f * per : (f + 1) * per]]
        if f == 3:
            lines.insert(5, "{not json")
            lines.append(json.dumps(rows[10]))  # a report given again
        if f == 9:
            lines.insert(2, json.dumps({"id": "x", "text": 7}))
        (folder / f"part{f:02d}.jsonl").write_text("\n".join(lines) + "\n")
    (folder / "zz.csv").write_text(
        "id,date,text\nc1,2025-07-02,A missile hit Odesa port and killed 3.\n"
        f'c2,2025-07-03,"{rows[0]["text"]}"\n'
    )
    return folder


@pytest.fixture(scope="module")
def single(feed):
    """The single-process run: extractions and summary."""
    summary = Summary()
    items = iter_inputs([str(feed)], on_skip=summary.skip, on_warn=summary.warn)
    exts = []
    for ext in run_batch(items, on_error=summary.skip):
        summary.add(ext)
        exts.append(ext)
    return exts, summary


SUBSET = "part0[2-4].jsonl"  # 1,875 reports with one bad line: regions and events


@pytest.fixture(scope="module")
def subset(feed):
    """The single-process extractions of three of the files."""
    return list(run_batch(iter_inputs(sorted(map(str, feed.glob(SUBSET))), on_skip=_ignore)))


def _ignore(_where: str, _reason: str) -> None:
    pass


@pytest.fixture(scope="module")
def client():
    """One LocalCluster of two single-threaded worker processes for the module."""
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as c,
    ):
        yield c


OPTS = de.Options(skip_bad=True)


def _csv(exts) -> str:
    buf = io.StringIO()
    write_csv(exts, buf)
    return buf.getvalue()


def _same_summary(a: Summary, b: Summary) -> None:
    for key in ("reports", "places", "impacts", "unresolved", "filtered", "skipped"):
        assert getattr(a, key) == getattr(b, key), key


def test_partitions_of_folders_globs_and_parquet(feed, tmp_path):
    parts = de.plan([str(feed)])
    assert len(parts) == N_FILES + 1 and all(len(p.paths) == 1 for p in parts)
    assert [p.number for p in parts] == list(range(len(parts)))
    assert len(de.plan([str(feed / "part0*.jsonl")])) == 10
    with pytest.raises(de.InputError, match="matches no file"):
        de.plan([str(feed / "nothing*.jsonl")])


@pytest.mark.parametrize(
    "run",
    [
        lambda paths, _out: list(de.extract(paths)),
        lambda paths, _out: de.regions(paths),
        lambda paths, _out: de.unit_days(paths),
        lambda paths, _out: de.event_rows(paths),
        lambda paths, out: de.write_events_dataset(paths, str(out)),
        lambda paths, out: de.write_places_dataset(paths, str(out)),
    ],
    ids=["extract", "regions", "unit_days", "event_rows", "events_dataset", "places_dataset"],
)
def test_standard_input_is_refused_before_a_cluster_starts(run, tmp_path, monkeypatch):
    def no_cluster(*_args, **_kwargs):
        raise AssertionError("a cluster was started")

    monkeypatch.setattr(de, "connect", no_cluster)
    with pytest.raises(de.InputError, match=r"cannot read standard input \('-'\)"):
        run([str(EXAMPLES), "-"], tmp_path / "out")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "write",
    [de.write_events_dataset, de.write_places_dataset],
    ids=["events_dataset", "places_dataset"],
)
def test_a_target_not_ours_is_refused_before_a_cluster_starts(write, tmp_path, monkeypatch):
    def no_cluster(*_args, **_kwargs):
        raise AssertionError("a cluster was started")

    monkeypatch.setattr(de, "connect", no_cluster)
    target = tmp_path / "notes.txt"
    target.write_text("mine\n")
    with pytest.raises(de.InputError, match=r"notes\.txt: exists and is not a dataset"):
        write([str(EXAMPLES)], str(target))
    assert target.read_text() == "mine\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_a_target_not_ours_is_refused_before_extracting(tmp_path):
    read = []

    def extractions():
        read.append(1)
        yield from ()

    (tmp_path / "out").mkdir()  # a folder without the engine's marker
    with pytest.raises(de.InputError, match=r"out: exists and is not a dataset"):
        de.write_places_local(extractions(), str(tmp_path / "out"))
    assert read == []


def test_bad_record_stops_without_skip_bad(feed, client):
    with pytest.raises(de.InputError, match=r"part03\.jsonl:6: not valid JSON"):
        list(de.extract([str(feed / SUBSET)], client=client))


def test_regions_and_unit_days_are_identical(feed, subset, client):
    exts = subset
    table = de.regions([str(feed / SUBSET)], options=OPTS, client=client)
    want = aggregate(exts)
    assert table.drop(columns="geometry").equals(want.drop(columns="geometry"))
    assert table.geometry.equals(want.geometry)
    days = de.unit_days([str(feed / SUBSET)], options=OPTS, client=client)
    for date, group in group_by_date(exts).items():
        per = aggregate(group)
        per = per[per["reports"] > 0].set_index("code")
        mine = days[days["date"] == (date or "")].set_index("code")
        assert mine[per.columns[2:6]].sort_index().equals(per[per.columns[2:6]].sort_index())


def test_events_dataset_is_identical(feed, subset, client, gaz, tmp_path):
    import geopandas as gpd
    import pandas as pd

    from geo.events.table import event_frame

    exts = subset
    sightings = [s for n, e in enumerate(exts) for s in sightings_of(e, n)]
    events, _ = events_with_corrections(sightings, gaz.by_id, (), place_lookup(gaz))
    rows = event_rows(events, place_names(gaz))
    out = tmp_path / "events"
    counts = de.write_events_dataset([str(feed / SUBSET)], str(out), options=OPTS, client=client)
    assert counts == event_counts(e.reports for e in events)
    multi = [set(e.reports) for e in events if len(e.reports) > 1]
    assert counts.events == len(rows) and counts.several == len(multi) > 0
    assert counts.reports == len({r for e in events for r in e.reports})
    assert counts.merged == len(set().union(*multi))
    folders = sorted(p.name for p in out.iterdir() if p.is_dir())
    assert folders == sorted({f"event_date={r['event_date']}" for r in rows})
    want = event_frame(rows)
    got = pd.concat(
        gpd.read_parquet(out / f / "part-0.parquet").assign(event_date=f.split("=")[1])
        for f in folders
    )[list(want.columns)]
    want = want.sort_values("event_date", kind="stable")
    pd.testing.assert_frame_equal(got.reset_index(drop=True), want.reset_index(drop=True))


def test_events_dataset_on_a_scheduler_while_another_client_is_current(client, tmp_path):
    """The rows are persisted by the engine's own client, not by whichever client is
    current (``client`` here): they were lost about every other run."""
    address = client.scheduler.address
    for i in range(4):
        out = tmp_path / f"events{i}"
        counts = de.write_events_dataset([str(EXAMPLES)], str(out), scheduler=address)
        # (24 since the twentieth pass: the Black Sea, drones shot down over it, is a place)
        assert counts.events == 24 and len(list(out.glob("*/part-0.parquet"))) > 1


def test_cli_on_a_scheduler_matches_default_engine(client, tmp_path, capsys):
    from geo.cli import main

    address = client.scheduler.address
    said = {}
    for command, suffix in (("events", ".csv"), ("regions", ".csv"), ("extract", ".geojson")):
        extra = ["--format", "geojson"] if command == "extract" else []
        one, two = tmp_path / f"{command}1{suffix}", tmp_path / f"{command}2{suffix}"
        assert main([command, str(EXAMPLES), *extra, "-o", str(one)]) == 0
        said[command] = capsys.readouterr().err
        argv = [command, str(EXAMPLES), *extra, "-o", str(two)]
        assert main([*argv, "--engine", "dask", "--scheduler", address]) == 0
        assert one.read_bytes() == two.read_bytes(), command
        assert capsys.readouterr().err == said[command], command
    argv = ["events", str(EXAMPLES), "--format", "parquet", "-o", str(tmp_path / "ev")]
    code = main([*argv, "--engine", "dask", "--scheduler", address])
    err = capsys.readouterr().err
    assert code == 0, err
    closing = said["events"].splitlines()[-1]  # "N event(s) from R report(s); M told by ..."
    assert "2 told by several reports (3 reports merged)" in closing
    assert err.splitlines()[-1] == closing
    one, two = tmp_path / "p1", tmp_path / "p2"
    assert main(["extract", str(EXAMPLES), "--format", "parquet", "-o", str(one)]) == 0
    argv = ["extract", str(EXAMPLES), "--format", "parquet", "-o", str(two)]
    assert main([*argv, "--engine", "dask", "--scheduler", address]) == 0
    for f in sorted(one.glob("*/*.parquet")):
        assert f.read_bytes() == (two / f.relative_to(one)).read_bytes(), f


def _own_units(tmp_path: Path) -> Path:
    """A user's boundary file of two boxes: one holding Sumy, one ending 4 km west of
    Kharkiv (which the nearest-unit fallback would reach, were it on)."""
    import geopandas as gpd
    from shapely.geometry import box

    frame = gpd.GeoDataFrame(
        {"KOD": ["near", "sumy"], "NAZVA": ["Beside Kharkiv", "Round Sumy"]},
        geometry=[box(36.0, 49.8, 36.2, 50.2), box(34.6, 50.8, 35.0, 51.0)],
        crs=4326,
    )
    path = tmp_path / "own.geojson"
    frame.to_file(path, driver="GeoJSON")
    return path


def test_cli_regions_in_own_units_match_default_engine(client, tmp_path):
    from geo.cli import main

    report = tmp_path / "night.txt"
    report.write_text(
        "Missiles hit Kharkiv, killing two. Drones struck Sumy; one man was wounded.\n", "utf-8"
    )
    own = str(_own_units(tmp_path))
    one, two = tmp_path / "one.csv", tmp_path / "two.csv"
    argv = ["regions", str(report), "--boundaries", own, "--code-col", "KOD", "--name-col", "NAZVA"]
    argv += ["--all"]
    assert main([*argv, "-o", str(one)]) == 0
    dask = ["--engine", "dask", "--scheduler", client.scheduler.address]
    assert main([*argv, "-o", str(two), *dask]) == 0
    assert one.read_bytes() == two.read_bytes()
    rows = one.read_text("utf-8").splitlines()
    # Kharkiv, just outside the user's box, counts nowhere: a user's file is taken as drawn.
    assert rows[1:] == ["near,Beside Kharkiv,,0,0,0,0", "sumy,Round Sumy,,1,1,0,1"]


def test_parquet_input_reads_as_jsonl(tmp_path, client):
    import pandas as pd

    rng = random.Random(3)
    rows = [_report(i, rng) for i in range(40)]
    pd.DataFrame(rows).to_parquet(tmp_path / "feed.parquet", row_group_size=15)
    (tmp_path / "j").mkdir()
    (tmp_path / "j" / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    assert len(de.plan([str(tmp_path / "feed.parquet")])) == 3
    got = list(de.extract([str(tmp_path / "feed.parquet")], client=client))
    want = list(run_batch(iter_inputs([str(tmp_path / "j")])))
    assert _csv(got) == _csv(want)


def test_default_install_imports_no_dask():
    code = (
        "import sys, geo.cli.app; geo.cli.app.build_parser(); import geo.engines.dask_engine; "
        "assert not [m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')]"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_killed_worker_partitions_are_recomputed(feed, single, client):
    """10,000 reports, and one worker process killed (SIGKILL) mid-run: its partitions are
    recomputed; the records, counts and bad records listed are those of the single-process
    run."""
    exts, expected = single
    summary = Summary()
    pids = client.run(os.getpid)
    killed = []

    def kill(done: int) -> None:
        if done == 2 and not killed:
            pid = next(iter(pids.values()))
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    got = list(de.extract([str(feed)], options=OPTS, summary=summary, client=client, on_part=kill))
    assert killed
    assert _csv(got) == _csv(exts)
    _same_summary(summary, expected)
    assert len(expected.skipped) == 2  # listed, not lost
    assert 9_000 < expected.reports < N_REPORTS  # a report given twice counts once
    client.wait_for_workers(2, timeout=30)
    assert killed[0] not in client.run(os.getpid).values()
