"""The pattern cache (geo.patterns): patterns made from it are the patterns re.compile makes,
a damaged or unwritable cache only costs time, and a command's output does not depend on it."""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from geo import patterns

ROOT = Path(__file__).resolve().parents[1]

# Imports every module of the package, then prints, for each pattern geo.patterns made:
# whether it came from a cache entry, and whether it equals what re.compile makes (source,
# flags, code, groups and group names).
_SURVEY = """
import importlib, json, pkgutil, re, sys
import geo, geo.patterns as p
for info in pkgutil.walk_packages(geo.__path__, "geo."):
    if not info.name.endswith("__main__"):
        importlib.import_module(info.name)
out = []
for key, made in p._CACHE.made.items():
    _, source, flags = key
    fresh = re.compile(source, flags)
    same = (made == fresh and made.groups == fresh.groups
            and made.groupindex == fresh.groupindex and made.flags == fresh.flags)
    out.append([repr(source)[:60], key in p._CACHE.reused, same])
print(json.dumps(out))
"""


def _run(code: str, cache_dir: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "STRIKEMAP_CACHE_DIR": cache_dir, **env}
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env=env,
    )
    return done


def _survey(cache_dir: str, **env: str) -> list[list]:
    done = _run(_SURVEY, cache_dir, **env)
    assert done.stderr == ""  # nothing printed, not even by the cache's write at exit
    return json.loads(done.stdout)


def _cache_files(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir()) if directory.exists() else []


def test_patterns_made_from_the_cache_equal_those_re_compile_makes(tmp_path: Path) -> None:
    first = _survey(str(tmp_path))
    assert len(first) > 200  # the package's fixed patterns
    assert not any(held for _, held, _ in first)  # an empty cache: each one compiled
    assert all(same for _, _, same in first)
    assert len(_cache_files(tmp_path)) == 1  # written at exit, no temporary file left

    second = _survey(str(tmp_path))
    assert [name for name, _, _ in second] == [name for name, _, _ in first]
    assert all(held for _, held, _ in second)  # each one made from its entry
    assert [name for name, _, same in second if not same] == []


def test_a_damaged_cache_file_is_compiled_past_and_written_again(tmp_path: Path) -> None:
    _survey(str(tmp_path))
    (name,) = _cache_files(tmp_path)
    (tmp_path / name).write_bytes(b"\x00not marshal")
    survey = _survey(str(tmp_path))
    assert all(same for _, _, same in survey) and not any(held for _, held, _ in survey)
    assert all(held for _, held, _ in _survey(str(tmp_path)))


@pytest.mark.parametrize(
    "spoilt",
    [
        "(v[0], [999999], *v[2:])",  # code of another build: the engine refuses it
        "(*v[:3], {'x': 99})",  # valid marshal, but a group numbered past the groups
    ],
)
def test_an_entry_that_makes_no_pattern_is_compiled_again(tmp_path: Path, spoilt: str) -> None:
    _survey(str(tmp_path))
    (name,) = _cache_files(tmp_path)
    code = (
        "import marshal, sys; path = sys.argv[1]; entries = marshal.load(open(path, 'rb')); "
        f"entries = {{k: {spoilt} for k, v in entries.items()}}; "
        "marshal.dump(entries, open(path, 'wb'))"
    )
    _run(code, str(tmp_path), str(tmp_path / name))
    survey = _survey(str(tmp_path))
    assert all(same for _, _, same in survey) and not any(held for _, held, _ in survey)


def test_the_package_patterns_compile_without_warnings(tmp_path: Path) -> None:
    # a warning is given only when a pattern is compiled, never when it is made from the cache
    code = _SURVEY.replace("print(json.dumps(out))", "") + (
        "import warnings; re.purge(); warnings.simplefilter('error')\n"
        "for _, source, flags in p._CACHE.made: re.compile(source, flags)\n"
        "print(len(p._CACHE.made))"
    )
    assert int(_run(code, str(tmp_path)).stdout) > 200


def test_text_and_bytes_sources_are_not_compared(tmp_path: Path) -> None:
    code = (
        "from geo.patterns import compiled; "
        "a, b = compiled('[a-z]+'), compiled(b'[a-z]+'); print(repr(a.pattern), repr(b.pattern))"
    )
    env = {**os.environ, "STRIKEMAP_CACHE_DIR": str(tmp_path)}
    done = subprocess.run(  # -bb: comparing str with bytes is an error
        [sys.executable, "-bb", "-c", code], capture_output=True, text=True, env=env, cwd=ROOT
    )
    assert done.returncode == 0 and done.stdout.split() == ["'[a-z]+'", "b'[a-z]+'"], done.stderr


def test_a_source_that_is_no_text_is_refused_and_the_cache_stays_on() -> None:
    with pytest.raises(TypeError, match="str or bytes"):
        patterns.compiled(re.compile("x"))  # type: ignore[arg-type]
    assert patterns._CACHE.enabled == (patterns.cache_file() is not None)


def test_temporary_files_of_killed_writers_are_swept(tmp_path: Path) -> None:
    stale, fresh = tmp_path / ".patterns-stale", tmp_path / ".patterns-fresh"
    for path in (stale, fresh):
        path.write_bytes(b"half written")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    _survey(str(tmp_path))
    assert _cache_files(tmp_path) == [".patterns-fresh", _cache_files(tmp_path)[1]]


def test_an_empty_cache_dir_turns_the_cache_off(tmp_path: Path) -> None:
    survey = _survey("", XDG_CACHE_HOME=str(tmp_path))
    assert all(same for _, _, same in survey) and not any(held for _, held, _ in survey)
    assert _cache_files(tmp_path) == []  # not written to the default place either


def test_an_unwritable_cache_costs_only_time(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    survey = _survey(str(blocker / "cache"))  # its parent is a file: nothing can be written
    assert all(same for _, _, same in survey)
    assert _cache_files(tmp_path) == ["file"]


def test_extract_writes_the_same_with_an_empty_and_a_full_cache(tmp_path: Path) -> None:
    reports = [str(p) for p in sorted((ROOT / "examples").glob("*.txt"))]
    code = "import sys; from geo.cli import main; sys.exit(main(sys.argv[1:]))"
    outputs = []
    for name in ("cold", "warm"):
        out = tmp_path / f"{name}.jsonl"
        _run(code, str(tmp_path / "cache"), "extract", *reports, "-o", str(out))
        outputs.append(out.read_bytes())
    assert len(_cache_files(tmp_path / "cache")) == 1
    assert outputs[0] == outputs[1] and outputs[0].count(b"\n") >= len(reports)


def test_same_source_and_flags_give_the_same_object_within_a_process() -> None:
    source = r"\bstrikemap-test-(?P<n>\d+)\b"
    made = patterns.compiled(source, re.I)
    assert made is patterns.compiled(source, re.IGNORECASE)
    assert made == re.compile(source, re.I) and made.groupindex == {"n": 1}
    found = made.search("A STRIKEMAP-TEST-42 b")
    assert found is not None and found.group("n") == "42" and found.lastgroup == "n"


def test_a_pattern_made_from_an_entry_knows_its_groups_by_name() -> None:
    source = r"(?P<kind>drones?)|(?P<count>\d+)"
    made = patterns._made(source, patterns._entry(source, 0))
    assert made == re.compile(source) and made.groupindex == {"kind": 1, "count": 2}
    assert [m.lastgroup for m in made.finditer("3 drones")] == ["count", "kind"]


def test_bytes_patterns_are_kept_apart_from_text_patterns() -> None:
    assert patterns.compiled(b"[a-z]+").pattern == b"[a-z]+"
    assert patterns.compiled("[a-z]+").pattern == "[a-z]+"


def _module_level_compiles(path: Path) -> list[int]:
    """Lines of ``re.compile`` calls outside functions in one module."""
    tree = ast.parse(path.read_text("utf-8"))
    inside = {
        id(node)
        for fn in ast.walk(tree)
        if isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
        for node in ast.walk(fn)
    }
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "compile"
        and getattr(node.func.value, "id", None) == "re"
        and id(node) not in inside
    ]


def test_fixed_patterns_are_made_through_the_cache() -> None:
    found = {
        str(path.relative_to(ROOT)): len(lines)
        for path in sorted((ROOT / "geo").rglob("*.py"))
        if path.name != "patterns.py" and (lines := _module_level_compiles(path))
    }
    assert found == {"geo/maps/popups.py": 1}  # BLOB_TOKEN: a per-process nonce


@pytest.mark.parametrize("value", ["", "relative/cache", None])
def test_cache_file_is_named_by_the_python_build(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, value: str | None
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    if value is None:
        monkeypatch.delenv("STRIKEMAP_CACHE_DIR", raising=False)
        path = patterns.cache_file()
        assert path is not None and path.parent == tmp_path / "strikemap"
        assert sys.implementation.cache_tag in path.name
    else:  # empty or not absolute: off
        monkeypatch.setenv("STRIKEMAP_CACHE_DIR", value)
        assert patterns.cache_file() is None


def test_the_cache_dir_may_start_at_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("STRIKEMAP_CACHE_DIR", "~/sm")
    path = patterns.cache_file()
    assert path is not None and path.parent == tmp_path / "sm"


def test_no_cache_where_no_absolute_folder_can_be_told(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("STRIKEMAP_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")  # ignored: not absolute
    monkeypatch.setenv("HOME", str(tmp_path))
    path = patterns.cache_file()
    assert path is not None and path.parent == tmp_path / ".cache" / "strikemap"
    monkeypatch.setattr(os.path, "expanduser", lambda p: p)  # a home that cannot be told
    assert patterns.cache_file() is None
