"""Signals: a run stopped mid-write leaves no output and no temporary file (SIGTERM, Ctrl-C),
or only a temporary file the next run deletes (SIGKILL); worker processes go quietly."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import EXAMPLES, ROOT

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


@pytest.fixture(scope="module")
def feed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Reports enough for a run of many seconds."""
    text = (EXAMPLES / "kyiv_night.txt").read_text(encoding="utf-8")
    path = tmp_path_factory.mktemp("signals") / "feed.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i in range(3000):
            fh.write(json.dumps({"id": f"r{i}", "text": f"{text}\nReport {i}."}) + "\n")
    return path


def _as_from_a_terminal() -> None:
    """Let Ctrl-C through, as a terminal's shell does: tests run as a background job (``cmd
    &`` in a script) inherit SIGINT ignored, and Python then never raises KeyboardInterrupt."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start(feed: Path, out: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "geo", "extract", str(feed), "-o", str(out), *args],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a shell job
        preexec_fn=_as_from_a_terminal,
    )


def _temporaries(folder: Path, name: str) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.startswith(f".{name}.strikemap-"))


def _size(path: Path) -> int:
    """The size of ``path``; 0 when it is gone (the writer reserves its temporary name with
    an empty file that it removes at once and creates again when it opens it)."""
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def _mid_write(proc: subprocess.Popen[str], folder: Path, name: str) -> Path:
    """Wait until the run has written part of its temporary file."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()[1]
        temps = _temporaries(folder, name)
        if temps and _size(temps[0]) > 0:
            return temps[0]
        time.sleep(0.05)
    raise AssertionError("the run never started writing")


def _children(pid: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


def _gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0]
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return True
    return state == "Z"


@pytest.mark.parametrize(
    ("sig", "status", "jobs"),
    [(signal.SIGTERM, 143, "2"), (signal.SIGINT, 130, "1")],
)
def test_stopped_mid_write_leaves_nothing(
    feed: Path, tmp_path: Path, sig: signal.Signals, status: int, jobs: str
) -> None:
    out = tmp_path / "out.jsonl"
    proc = _start(feed, out, "--jobs", jobs)
    _mid_write(proc, tmp_path, out.name)
    workers = _children(proc.pid)
    os.killpg(proc.pid, sig)  # as a terminal's Ctrl-C, or `timeout`/docker's SIGTERM
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == status, err
    assert err.strip().splitlines() == [
        f"strikemap: {'stopped by SIGTERM' if sig == signal.SIGTERM else 'interrupted'}; "
        "no output file was written"
    ]
    assert list(tmp_path.iterdir()) == []
    assert all(_gone(w) for w in workers)


def test_killed_run_leaves_a_named_temporary_the_next_run_deletes(
    feed: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    proc = _start(feed, out, "--jobs", "2")
    temp = _mid_write(proc, tmp_path, out.name)
    workers = _children(proc.pid)
    assert len(workers) == 2
    proc.kill()  # SIGKILL to the parent alone: no handler runs
    _, err = proc.communicate(timeout=30)
    assert temp.name.startswith(f".out.jsonl.strikemap-{proc.pid}-") and temp.exists()
    deadline = time.monotonic() + 10
    while not all(_gone(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert all(_gone(w) for w in workers)  # the workers followed their parent
    assert "Traceback" not in err and "Error" not in err  # and said nothing
    done = subprocess.run(
        [sys.executable, "-m", "geo", "extract", str(EXAMPLES / "kyiv_night.txt"), "-o", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_interrupted_geopackage_leaves_no_file_or_journal(tmp_path: Path) -> None:
    from geo.output.export import write_gpkg
    from geo.records import Extraction, Place, Report, ResolvedPlace, Span

    kharkiv = Place("gn:706483", "Kharkiv", "settlement", "UA", "UA-63", 49.98, 36.25)

    def stream():
        for i in range(50):
            if i == 30:
                raise KeyboardInterrupt
            place = ResolvedPlace(f"r{i}", kharkiv, "impact", 1, 0.9, (Span("Kharkiv", 0, 7),))
            yield Extraction(Report(f"r{i}", "Kharkiv"), (place,))

    with pytest.raises(KeyboardInterrupt):
        write_gpkg(stream(), tmp_path / "out.gpkg", batch=4)
    assert list(tmp_path.iterdir()) == []
