"""The English figure reader's shortcuts give what the full reading gives.

:class:`geo.understand.facts._Scan` tries a pattern only at the words it can start with, and
only where the lead of those words' patterns (``_START_LEADS``) matches; these tests check, on
texts written here, that it finds exactly the matches of the pattern's own ``finditer``.
"""

from __future__ import annotations

import re

import pytest

from geo.understand import facts as f
from geo.understand.facts import extract_facts

_TEXTS = [
    "A woman received minor cuts; 3 men sustained shrapnel wounds, and another suffered burns.",
    "Russia launched 45 Shahed drones and 3 Kh-101 cruise missiles; 40 were shot down.",
    "The ministry reported downing 12 drones over the region and intercepting 2 more.",
    "Two people were killed and 17 injured when a missile hit a 9-storey building on May 12.",
    "The strike killed a man aged 70 and wounded a third, injuring 5 more at 10:30.",
    "Air defences shot down or destroyed all 20 drones over the region, and two more in Kyiv.",
    "Of the 40 missiles, 38 were shot down; of them 12 were destroyed over the capital.",
    "A tenant, a boy of 9, was hurt; an elderly woman, aged 81, was also killed.",
    "Twenty-one drones and a dozen decoys were launched; 5-year-old boy injured, hurting two.",
    "At least 14 people died, more than a dozen were wounded, up to 30 were hurt.",
    "Ukraine's air force said it downed 60 of 70 drones; the toll rose to 12, now at 15 dead.",
    "Shot down: 3 missiles, 15 drones and 2 guided missiles plus 4 more over Odesa.",
    "Killing two, the attack left one man dead and another woman with burns to 40% of her body.",
    "The number of people killed has risen to 7, and 3 children were among 25 wounded.",
    "Drones hit 12.5 km from the border; 3/4 of them were destroyed, every one of them jammed.",
    "ſome 5 drones were ſhot down; KILLED 4 PEOPLE; Wounded A Woman.",
    "Overnight Russia fired 310 drones; air defence destroyed all of them, eliminated each one.",
    "In 2023 about 100 drones were suppressed by electronic warfare, 6 aircraft downed.",
    "It brought down 8 UAVs, neutralized 2 missiles and repelled one attack by 30 soldiers.",
    "Seven drones downed over the Kursk region, 2 of them near Sudzha; 11 persons injured.",
    "A man aged 70 was killed and another woman, 64, was seriously injured; one child died.",
    "The number of dead rose to 9; 4 more people with light injuries went to hospital.",
    "The strike on the market claimed 9 lives and wounded 31, officials said.",
    "Two residents of the Donetsk region were killed and 3 people from Velyka Pysarivka hurt.",
    "Gunners managed to shoot down 31 drones; crews were able to destroy 4 of 5 missiles.",
    "The driver was killed and his young passenger, aged 30, was badly injured; its owner too.",
    "Russia sent 112 Shahed, Gerbera, and other strike and decoy drones; 88 were downed.",
    "Two missiles were fired: one missile was shot down, and one more drone was intercepted.",
    "Air force: 47 of 63 drones downed over Odesa; 3 of the 5 missiles shot down.",
    "A missile killed an elderly couple in Kupiansk; 40 drones, 31 shot down or suppressed.",
    "The air force put the number shot down at 70 drones and two missiles.",
]


def _scanned() -> list[tuple[re.Pattern[str], frozenset[str]]]:
    """Every pattern :class:`_Scan` reads by words, with its set of start words."""
    by_id = {id(p): p for p in (*f._KILLED, *f._WOUNDED, *f._INTERCEPT)}
    pairs = [(by_id[i], starts) for i, starts in f._PATTERN_STARTS.items()]
    pairs += [
        (f._DRONES, f._COUNT_STARTS),
        (f._MISSILES, f._COUNT_STARTS),
        (f._ALL_OF_THEM, f._INTERCEPT_STARTS),
        (f._UPDATE, f._UPDATE_STARTS),
    ]
    return pairs


@pytest.mark.parametrize("text", _TEXTS)
def test_scan_finds_the_matches_of_a_full_scan(text: str) -> None:
    for low in (" " + text.lower(), None):
        scan = f._Scan(text, low)
        for pattern, starts in _scanned():
            got = [m.span() for m in scan.finditer(pattern, starts)]
            assert got == [m.span() for m in pattern.finditer(text)], pattern.pattern[:60]
            for stop in (len(text) // 2, len(text) - 5):  # the part before a position
                got = [m.span() for m in scan.finditer(pattern, starts, stop)]
                assert got == [m.span() for m in pattern.finditer(text, 0, stop)]


def test_the_texts_hold_matches_of_every_scanned_pattern() -> None:
    """The check above means something: each pattern matches in some text."""
    for pattern, _starts in _scanned():
        assert any(pattern.search(text) for text in _TEXTS), pattern.pattern[:60]


@pytest.mark.parametrize("text", _TEXTS)
def test_each_lead_matches_where_its_patterns_do(text: str) -> None:
    for pattern, starts in _scanned():
        lead = f._START_LEADS.get(starts)
        for m in pattern.finditer(text):
            assert lead is None or lead.match(text, m.start()), pattern.pattern[:60]


def test_only_count_patterns_are_tried_at_digits() -> None:
    """A pattern of a word set other than the counts' starts with a letter, never a digit."""
    for pattern, starts in _scanned():
        if starts is not f._COUNT_STARTS:
            assert not any(pattern.match(f"{n} x", 0) for n in ("5", "12", "2,000")), pattern


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia launched 12 drones overnight; air defence destroyed all of them.", 12),
        ("Russia launched 12 drones overnight; air defence destroyed every one of THEM.", 12),
        ("Russia launched 12 drones overnight; the air force ſhot down all of them.", 12),
    ],
)
def test_all_of_them(text: str, expected: int | None) -> None:
    assert extract_facts(text, "en").get("intercepted") == expected


_REPORT = (
    "Drones kill 3 in Odesa\n"
    "Russia launched 45 drones and 3 missiles overnight, the air force said on May 14. "
    "Air defences shot down 40 drones; in Odesa three people were killed, while 12 were "
    "injured in Izmail. The city was calm by noon. Last week 9 people died in a strike on "
    "Kherson. İzmail's mayor said the toll rose to 4. No one was hurt in Reni."
)


def _pieces(text: str) -> list[str]:
    """Texts made of a report's sentences and clauses, as the figures per place are read."""
    sentences = [text[a:b] for a, b in f.sentence_spans(text)]
    clauses = [c for s in sentences for c in re.split(r";\s*|,\s+(?=while\s)", s)]
    return [
        *sentences,
        *clauses,
        "\n".join(sentences[1:3]),
        "\n".join(sentences[:3]),
        "\n".join([sentences[-1], sentences[0], sentences[1]]),
        "\n".join(clauses[2:6]),
        "\n".join([*clauses[::2], "A new sentence about 7 drones, not read before."]),
        "The city was calm by noon.\nAnother calm day İn the town.",
    ]


# a live blog: a later entry's figure replaces an earlier one's
_BLOG = (
    "12:00 Two people were killed in Kharkiv.\n"
    "13:30 Five people were killed in Kharkiv, the mayor said; 20 were wounded.\n"
    "14:10 The number of injured reached 23."
)


@pytest.mark.parametrize(
    ("report", "piece"), [(r, p) for r in (_REPORT, _BLOG) for p in (r, *_pieces(r))]
)
def test_sentences_read_before_give_what_a_fresh_reading_gives(report: str, piece: str) -> None:
    memo: dict[tuple, object] = {}
    extract_facts(report, "en", memo)  # the report first, as extract_report reads it
    assert memo
    assert extract_facts(piece, "en", memo) == extract_facts(piece, "en")


def test_a_sentence_without_a_word_of_a_figure_is_not_read_nor_kept() -> None:
    memo: dict[tuple, object] = {("en", "unrelated"): f._Figures()}
    assert extract_facts("The city was calm by noon. Killed: 4 people died.", "en", memo) == {
        "killed": 4
    }
    assert ("en", "The city was calm by noon.") not in memo
    assert ("en", "Killed: 4 people died.") in memo
