"""The damage readings' shortcuts of the eighth speed pass give the answers of the full
readings they replace: a clause naming one kind by a word its pattern matches alone is not
searched, and curly quotes and dashes are put as spaces before a text's words are looked up.
Texts made for the purpose, and the sentences of the evaluation reports when present."""

from __future__ import annotations

import pytest

from geo.language.text import sentence_spans
from geo.understand import damage

from .conftest import evaluation_texts


def _damage_kinds_in_full(clause: str, offset: int | None = None) -> tuple[str, ...]:
    """:func:`damage.damage_kinds` read by the pattern of every kind, ignoring case."""
    if offset is not None:
        lo, hi = 0, len(clause)
        for m in damage._PART_BREAK.finditer(clause):
            if m.end() <= offset:
                lo = m.end()
            elif m.start() > offset:
                hi = m.start()
                break
        clause = clause[lo:hi]
    found = {m.lastgroup for m in damage._all_kinds_re().finditer(clause)}
    return tuple(k for k in damage.DAMAGE_KINDS if k in found)


def _kinds_held_in_full(low: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """:func:`damage._kinds_and_sure` with the words of ``low`` found by the regex engine,
    and each kind told sure by searching for it."""
    if (
        not low.isascii()
        and low.encode("ascii", "ignore").lower() == low.encode("ascii", "ignore").upper()
    ):
        return (), frozenset()
    held = damage._ALL_KEYWORDS.intersection(damage._WORD.findall(low))
    kinds = tuple(k for k in damage.DAMAGE_KINDS if held & damage._DAMAGE_KEYWORDS[k])
    sure = frozenset(
        k
        for k in damage.DAMAGE_KINDS
        if held & {w for w in held if damage._KIND_RES[k].fullmatch(w)}
    )
    return kinds, sure


_TEXTS = [
    "a drone hit a school and set parked cars on fire",
    "storey collapsed after the strike",  # a keyword its pattern does not match alone
    "the nine-storey building and a power line were hit",
    "power was cut in the city",
    "oil prices rose; grain prices fell",
    "air raid alert, military said nothing",
    "the freight was lost, a high wall fell",
    "Russia’s drones hit Kharkiv’s school — two killed",
    "the school’s roof burned",
    "the schoolʼs roof burned",  # a modifier letter apostrophe is a word character
    "“Cars” burned – and a «house» too…",
    "schoolé and carš were named",
    "a gas pipeline and a boiler house were damaged",
    "HOSPITAL and Clinics were shelled",
    "private house, apartment block and homes",
    "fire hit a school in Holosiivskyi, and cars burned in Podil",
    "Дрони атакували Київ, пошкоджено школу",
    "Дрони атакували Одесу — пошкоджено school № 5",
    "Удар по Сумах: ſchool",
    "the port terminal and silos; a railway station",
    "",
]


def _report_sentences() -> list[str]:
    """The sentences of the evaluation reports, when present."""
    out: list[str] = []
    for text in evaluation_texts("real", "dev"):
        out.extend(text[a:b] for a, b in sentence_spans(text))
    return out


def _clauses(texts: list[str]) -> list[str]:
    """Each text, and its pieces between commas."""
    out = list(texts)
    for text in texts:
        out.extend(piece for piece in text.split(",") if piece.strip())
    return out


def _offsets(clause: str) -> list[int | None]:
    """No offset, and the start of each word of ``clause``."""
    return [
        None,
        *(i for i, ch in enumerate(clause) if ch.isalnum() and (i == 0 or clause[i - 1] == " ")),
    ]


def _check(clauses: list[str]) -> None:
    for clause in clauses:
        if damage._lower_agrees(clause):
            low = clause.lower()
            assert damage._kinds_and_sure(low) == _kinds_held_in_full(low), clause
        for offset in _offsets(clause):
            assert damage.damage_kinds(clause, offset) == _damage_kinds_in_full(clause, offset), (
                clause,
                offset,
            )
        full = any(_damage_kinds_in_full(clause, o) for o in _offsets(clause))
        assert damage.names_damage(clause) or not full, clause


@pytest.mark.parametrize("text", _TEXTS)
def test_own_texts(text: str) -> None:
    _check(_clauses([text]))


def test_sure_keywords_are_matched_alone() -> None:
    for kind, words in damage._SURE_KEYWORDS.items():
        assert words <= damage._DAMAGE_KEYWORDS[kind]
        for word in damage._DAMAGE_KEYWORDS[kind]:
            alone = damage._KIND_RES[kind].fullmatch(word) is not None
            assert (word in words) == alone, (kind, word)
            assert damage.damage_kinds(f"x {word}, y") == _damage_kinds_in_full(f"x {word}, y")


def test_marks_are_no_word_characters() -> None:
    for mark in damage._NON_WORD_MARKS:
        assert damage._WORD.search(mark) is None
        text = f"school{mark}s car{mark}"
        assert damage._kinds_and_sure(text) == _kinds_held_in_full(text)


@pytest.mark.skipif(not evaluation_texts(), reason="no evaluation reports here")
def test_report_sentences() -> None:
    sentences = _report_sentences()
    if not sentences:
        pytest.skip("no evaluation reports here")
    _check(_clauses(sentences))
