"""The cheap tests that spare a role pattern's regex run never rule out a text it matches.

Texts are drawn at random from the patterns' own words, other words, punctuation and letters
that ignoring case takes for others ("ſ" for "s"); each test fails if a text the pattern matches
is ruled out by its precheck.
"""

from __future__ import annotations

import random
import re

import pytest

from geo.understand import roles

_PATTERNS = ("_AGENT_AFTER", "_SEAT_AFTER", "_DIPLOMACY_AFTER", "_TO_VERB", "_INSTITUTION_AFTER")


def _source_words(pattern: str) -> set[str]:
    """The words of a pattern's source, with the first letters that
    :func:`geo.language.text.alternation` puts in front of a group joined back on."""
    out = set(re.findall(r"[a-z]{2,}", pattern))
    for m in re.finditer(r"\(\?-i:\[(\w)[^\]]*\]\)\(\?:", pattern):
        depth, i, start = 1, m.end(), m.end()
        alternatives = []
        while depth:  # the group's top-level alternatives
            ch = pattern[i]
            if ch == "\\":
                i += 1
            elif ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
            if (ch == "|" and depth == 1) or depth == 0:
                alternatives.append(pattern[start:i])
                start = i + 1
            i += 1
        for rest in alternatives:
            out |= set(re.findall(r"[a-z]+", m.group(1).lower() + rest)[:1])
    return out


_OTHERS = (
    "the a an its not due away out councillors back more dozens over at least head of "
    "Kyiv Odesa 12 ſaid ſtruck KHARKIV Said HIT airports flights"
)
# the words of the patterns' own sources (not of the prechecks' word lists), and others
_WORDS = (
    sorted(
        {
            w
            for name in (*_PATTERNS, "_SEAT_BEFORE")
            for w in _source_words(getattr(roles, name).pattern)
        }
    )
    + sorted(roles._word_set(_OTHERS))
    # phrases that open matches of the patterns on the text after a name
    + ["for talks", "to attend talks", "for a summit", "struck targets", "hit the", "to order"]
    + ["has also struck dozens", "forces struck more", "Switzerland, for talks", "to hold talks"]
    + ["has been stepping up attacks", "is intensifying strikes", "did not say"]
    # ... and that end matches of the pattern on the text before it
    + ["talks in", "officials in the", "a visit to the", "according to", "backed by the"]
)
_GLUE = [" ", " ", " ", "  ", "\n", ", ", ",", "'s ", "’s ", "-", " - ", ". ", ": ", "\xa0"]


def _texts(seed: int, count: int, lead: bool) -> list[str]:
    """Random texts of the words above; ``lead``: each opens with glue, as text after a
    name does."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        parts = [rng.choice(_GLUE)] if lead else []
        for _ in range(rng.randint(1, 6)):
            parts += [rng.choice(_WORDS), rng.choice(_GLUE)]
        if lead and rng.random() < 0.5:
            parts.pop()
        out.append("".join(parts))
    return out


def _after_gates(after: str) -> dict[str, bool]:
    """Whether each pattern on the text after a name would run, as decide_role asks."""
    word = roles._next_word(after)
    apostrophe = after.startswith(roles._APOSTROPHES)
    space = after[:1].isspace()
    return {
        "_AGENT_AFTER": word is None or word in roles._AGENT_FIRST or apostrophe,
        "_SEAT_AFTER": word is None or word in roles._SEAT_AFTER_FIRST or word == "," or apostrophe,
        "_DIPLOMACY_AFTER": after[:1] == ","
        or (space and (word is None or word in roles._DIPLOMACY_FIRST)),
        "_TO_VERB": space and (word is None or word == "to"),
        "_INSTITUTION_AFTER": space
        and (
            word is None
            or word == "-"
            or word in roles._INSTITUTION_PREFIXES
            or word.startswith(roles._INSTITUTION_WORDS)
        ),
    }


@pytest.mark.parametrize("seed", range(2))
def test_after_prechecks_keep_every_match(seed: int) -> None:
    matched = dict.fromkeys(_after_gates(" "), 0)
    for after in _texts(seed, 10000, lead=True):
        for name, runs in _after_gates(after).items():
            if getattr(roles, name).match(after):
                matched[name] += 1
                assert runs, (name, after)
    assert all(matched.values()), matched  # every pattern was put to the test


@pytest.mark.parametrize("seed", range(2))
def test_seat_before_precheck_keeps_every_match(seed: int) -> None:
    matched = 0
    for before in _texts(seed, 5000, lead=False):
        tail = before[-roles._TAIL :]
        if roles._SEAT_BEFORE.search(tail):
            matched += 1
            assert roles._may_end_seat(tail), tail
    assert matched > 100


def test_next_word() -> None:
    assert roles._next_word("  Said that") == "said"
    assert roles._next_word(", which") == ","
    assert roles._next_word("") == ""
    assert roles._next_word(" ſaid") is None  # "ſ" is "s" to a case-blind pattern


_CLAUSE_WORDS = sorted(
    _source_words(roles._NEGATED.pattern)
    | _source_words(roles._PARENTHETICAL.pattern)
    | roles._word_set(
        "no one nobody none was were had been without causing any hurt Injured which where who "
        "whose Which when what killed people the drones hit"
    )
)
_CLAUSE_GLUE = [" ", " ", " ", ", ", " — ", " – ", "-", "\n", "; "]


def _clauses(seed: int, count: int) -> list[str]:
    """Random clauses of the words of the patterns on a whole clause."""
    rng = random.Random(seed)
    return [
        "".join(
            rng.choice(_CLAUSE_WORDS) + rng.choice(_CLAUSE_GLUE) for _ in range(rng.randint(2, 9))
        )
        for _ in range(count)
    ]


def test_negation_and_aside_prechecks_keep_every_match() -> None:
    negated = asides = 0
    for text in _clauses(0, 30000):  # (enough to hold 50 of each, with the patterns' words)
        low = text.lower()
        if roles._NEGATED.search(text):
            negated += 1
            assert ("no" in low or "without" in low or "escaped" in low) and any(
                map(low.__contains__, roles._NEGATED_WORDS)
            ), text
        if roles._PARENTHETICAL.search(text):
            asides += 1
            assert roles._parentheticals(text), text
    assert negated > 50 and asides > 50
