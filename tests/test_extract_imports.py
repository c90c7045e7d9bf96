"""What `strikemap extract` imports: the Ukrainian and Russian figure and role rules (most of
the patterns compiled at start-up) only once a Ukrainian or Russian text needs them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
UK_RU_RULES = ("geo.understand.facts_uk_ru", "geo.understand.roles_uk_ru")


def _modules_after_extract(tmp_path: Path, text: str) -> tuple[list[str], str]:
    report = tmp_path / "r.txt"
    report.write_text(text, "utf-8")
    code = (
        "import sys; from geo.cli import main; "
        f"rc = main(['extract', {str(report)!r}, '--format', 'jsonl']); "
        f"print(sorted(m for m in {UK_RU_RULES!r} if m in sys.modules), rc)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    *lines, last = out.stdout.strip().splitlines()
    return lines, last


def test_an_english_report_loads_no_ukrainian_or_russian_rules(tmp_path: Path) -> None:
    lines, last = _modules_after_extract(
        tmp_path, "Shelling hit a depot in Nikopol overnight; three people were wounded.\n"
    )
    assert last == "[] 0"
    assert '"wounded": 3' in lines[0] and "Nikopol" in lines[0]


@pytest.mark.parametrize(
    "text",
    [
        "Вночі ворожі дрони атакували Суми. Поранено трьох людей.\n",
        "Ночью беспилотники атаковали Белгород. Ранены три человека.\n",
    ],
)
def test_a_cyrillic_report_loads_them_and_reads_its_figures(tmp_path: Path, text: str) -> None:
    lines, last = _modules_after_extract(tmp_path, text)
    assert last == f"{sorted(UK_RU_RULES)} 0"
    assert '"wounded": 3' in lines[0]
