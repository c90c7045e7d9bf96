"""Where extraction spends its time in a long run: the steady state, by stage.

Reads the evaluation reports of ``--eval DIR`` (default ``../shared/eval/real``; ``--lang``
keeps one language), extracts each once so that every table a long run fills is filled (the
per-word memos, pymorphy3's dictionaries), then extracts them ``--repeat`` times more and
counts only those readings. The texts are read from that folder at run time; none is kept in
the project.

Two ways to look:

- ``python benchmarks/profile_steady.py --stages``: cProfile of the repeated readings, and each
  stage's share of ``extract_report`` (mention finding, resolution, the report's figures,
  figures per place, ...). cProfile inflates code that makes many small calls, so the shares
  are a guide, not a measure;
- ``py-spy record -r 1000 -f raw -o out.raw -- python benchmarks/profile_steady.py``: the same
  loop alone, for a sampling profiler (the figures in ``benchmarks/README.md``, "Profile of
  the final state", were taken so, counting only the samples of the repeated readings).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_languages import _language  # noqa: E402

from geo.places.gazetteer import load_gazetteer  # noqa: E402
from geo.places.resolve import extract_report  # noqa: E402
from geo.records import Report  # noqa: E402

#: The stages of ``extract_report``, by the function each calls.
STAGES = {
    "read_document": "reading the report once",
    "find_mentions": "mention finding",
    "find_unknown_names": "names not in the gazetteer",
    "resolve_mentions": "resolution (roles, candidates, merging)",
    "extract_facts": "the report's figures",
    "link_place_facts": "figures per place",
}


def texts_of(eval_dir: Path, lang: str | None) -> list[str]:
    """The reports of ``eval_dir``, of language ``lang`` only when given."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(eval_dir.glob("*.txt"))]
    if lang:
        texts = [t for t in texts if _language(t) == lang]
    if not texts:
        raise SystemExit(f"--eval {eval_dir}: no .txt reports there (of --lang {lang})")
    return texts


def read_all(texts: list[str], gaz, rounds: int) -> None:
    """Extract every text ``rounds`` times."""
    for _ in range(rounds):
        for i, text in enumerate(texts):
            extract_report(Report(str(i), text), gaz)


def stage_shares(stats: pstats.Stats) -> list[tuple[str, float]]:
    """Each stage's time as a share of ``extract_report``'s, counting only the calls that
    ``extract_report`` makes itself (the figures per place call the figure reader again:
    that time is theirs)."""
    cumulative: dict[str, float] = {}
    whole = 0.0
    for (_, _, name), (_, _, _, cum, callers) in stats.stats.items():  # type: ignore[attr-defined]
        if name == "extract_report":
            whole += cum
        elif name in STAGES:
            direct = sum(
                c[3] for (_, _, caller), c in callers.items() if caller == "extract_report"
            )
            cumulative[name] = cumulative.get(name, 0.0) + direct
    return [(STAGES[name], cumulative.get(name, 0.0) / (whole or 1.0)) for name in STAGES]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval" / "real")
    ap.add_argument("--lang", choices=["en", "uk", "ru"], help="one language only")
    ap.add_argument("--repeat", type=int, default=20, help="readings counted after the first")
    ap.add_argument("--stages", action="store_true", help="cProfile and each stage's share")
    a = ap.parse_args(argv)
    texts = texts_of(a.eval, a.lang)
    gaz = load_gazetteer()
    read_all(texts, gaz, 1)  # the tables a long run fills, filled
    if not a.stages:
        read_all(texts, gaz, a.repeat)
        return 0
    profile = cProfile.Profile()
    profile.enable()
    read_all(texts, gaz, a.repeat)
    profile.disable()
    stats = pstats.Stats(profile)
    print(f"{len(texts)} reports, read once, then {a.repeat} times under cProfile\n")
    print("| stage | share of extract_report |")
    print("| --- | ---: |")
    for stage, share in stage_shares(stats):
        print(f"| {stage} | {share:.1%} |")
    print()
    stats.sort_stats("tottime").print_stats(15)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
