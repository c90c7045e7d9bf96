"""The ninth pass's shortcuts in the role readings give the answers of the full readings they
replace.

Each test holds a shortcut against the reading it spares, on texts made for the purpose and on
the evaluation reports of ``../shared`` (read at test time, skipped when absent), so that a
shortcut that changed an answer fails.
"""

from __future__ import annotations

import re

import pytest

from geo.language.text import lacks
from geo.understand import roles_uk_ru

from .conftest import evaluation_texts

# texts whose prepositions stand at a sentence's start, after other letters, in capitals, in
# the forms ignoring case takes for "с" and "о" (U+1C83, U+1C82), before a line break, and
# not followed by white space ("з-під", "зі,")
_PREPOSITION_TEXTS = [
    "З боку Курська запустили дрони.",
    "Дрони запустили зі сторони Брянська та із території Курщини.",
    "Ракеты выпустили СО стороны Белгорода, а также С территории Крыма.",
    "Ракеты выпустили \u1c83\u1c82 стороны Белгорода и \u1c83 территории Крыма.",
    "Дроны летели из\nКурска и из-под Брянска, зі, зісторони Орла, вниз Сум.",
    "Колиз Курська, раз Орла, рис Брянська, ізз Сум, сої Львова, зо Києва.",
    "Беспилотники запущены из Курска — Орла — Брянска.",
    "Атакували БпЛА З НАПРЯМКІВ: Курськ, Орел, Брянськ – РФ, Гвардійське – Крим.",
    "Запустили дроны с направлений Курск, Орел, Брянск, Миллерово и Приморско-Ахтарск.",
    "Удари по Харкову та Сумах, без жодного прийменника перед назвами.",
]


def _starts_in_full(sentence: str) -> set[int]:
    """Where a match of :data:`roles_uk_ru._FROM_BEFORE`, :data:`roles_uk_ru._LAUNCH_BEFORE`
    or :data:`roles_uk_ru._LIST_HEADING_BEFORE` starts in some text before a name of
    ``sentence`` (each of its starts)."""
    starts = set()
    for end in range(len(sentence) + 1):
        for pattern in (
            roles_uk_ru._FROM_BEFORE,
            roles_uk_ru._LAUNCH_BEFORE,
            roles_uk_ru._LIST_HEADING_BEFORE,
        ):
            m = pattern.search(sentence[:end])
            if m:
                starts.add(m.start())
    return starts


@pytest.mark.parametrize("sentence", _PREPOSITION_TEXTS)
def test_every_launch_match_starts_at_a_preposition_of_the_sentence(sentence: str) -> None:
    found = set(roles_uk_ru._launch_prepositions.__wrapped__(sentence))
    assert _starts_in_full(sentence) <= found


def test_the_prepositions_are_found_where_they_stand() -> None:
    starts = roles_uk_ru._launch_prepositions.__wrapped__
    assert starts("З боку Курська") == (0,)
    assert starts("Колиз Курська, раз Орла, ізз Сум") == ()
    assert starts("из-под Брянска, зі, із\nКурська") == (20,)
    assert starts("\u1c83\u1c82 стороны") == (0,)


def test_a_name_with_no_preposition_before_it_has_no_launch_cue() -> None:
    """The gate answers before the patterns run: with a pattern that matches anything, a
    name with no preposition before it still gets none (the patterns were not asked)."""
    # (since the twentieth pass "з Курська на Суми" makes Sumy the target, not a launch area)
    sentence = "Дрони запускали з Курська та Брянська."
    before = sentence[: sentence.index("Брянська")]
    assert roles_uk_ru._launch(sentence, before, "uk") == "launched from"
    everything = re.compile(r".*")
    original = roles_uk_ru._FROM_BEFORE, roles_uk_ru._LAUNCH_BEFORE
    try:
        roles_uk_ru._FROM_BEFORE = roles_uk_ru._LAUNCH_BEFORE = everything
        cut = "Дрони запускали на Суми та Харків."
        assert roles_uk_ru._launch(cut, cut[: cut.index("Суми")], "uk") is None
    finally:
        roles_uk_ru._FROM_BEFORE, roles_uk_ru._LAUNCH_BEFORE = original


def _report_sentences() -> list[str]:
    """The lines of the evaluation reports (dev and real) that hold Cyrillic letters."""
    return [
        line
        for text in evaluation_texts()
        for line in text.splitlines()
        if re.search(r"[а-яіїєґ]", line)
    ]


def test_every_launch_match_of_report_texts_starts_at_a_preposition() -> None:
    lines = _report_sentences()
    if not lines:
        pytest.skip("the evaluation reports are not present")
    matched = 0
    for line in lines:
        starts = _starts_in_full(line)
        matched += len(starts)
        assert starts <= set(roles_uk_ru._launch_prepositions.__wrapped__(line)), line
    assert matched > 20


# clauses with a hospital, an authority or a word of nearness near a name, in any case (and
# with the forms ignoring case takes for "с" and "о"), and without one
_GATE_CLAUSES = [
    ("Поранених доставили до ЛІКАРНІ в Харкові", "Харкові", (True, False, False, False, False)),
    (
        "Пострадавших в Шебекино доставили в больницу в Белгороде",
        "Белгороде",
        (True, True, False, False, False),
    ),
    ("В Харькове городскую Больницу повредили", "Харькове", (True, False, False, False, False)),
    ("У Києві пошкоджено Госпіталь", "Києві", (True, False, False, False, False)),
    ("Медзаклади Сум працюють", "Сум", (True, False, False, False, False)),
    (
        "Очільник Харківської ОВА та Сумської Обласної ради",
        "Сумської",
        (False, True, False, False, False),
    ),
    ("Губернатор Курской области, ДУМА Курской", "Курской", (False, True, False, False, False)),
    ("Прокуратура Харківщини", "Харківщини", (False, True, False, False, False)),
    ("Уряд Криму в Сімферополі", "Сімферополі", (False, True, False, False, False)),
    ("В селе Веселое под Рыльском", "Рыльском", (False, False, True, False, False)),
    ("В селе Веселое ПОД Рыльском и неподалік Сум", "Сум", (False, False, True, False, False)),
    ("ᲃуд в Курске", "Курске", (False, True, False, False, False)),
    ("У Москві ЗАЯВИЛИ про удар по Курську", "Курську", (False, False, False, True, False)),
    ("Если ВСУ ударят по Курской АЭС", "Курской", (False, False, False, False, True)),
    ("Погрожують ударами по Львову", "Львову", (False, False, False, True, True)),
    ("Дрони атакували Суми та Харків", "Суми", (False, False, False, False, False)),
]


def _near_words_of(clause: str, name: str) -> tuple[bool, bool, bool, bool, bool]:
    """What the rules read of the words around ``name`` in ``clause``: whether they may name
    a hospital, an authority after it, a word of nearness before it, a verb of saying after
    it, a threat or a condition before it (the readings the gates spare)."""
    start = clause.index(name)
    before = clause[max(0, start - 80) : start]
    before_words = roles_uk_ru._last_words(before)
    after = clause[start + len(name) : start + len(name) + 60]
    return (
        roles_uk_ru._may_name_hospital(before_words)
        or roles_uk_ru._may_name_hospital([after.lower()]),
        not lacks(after, roles_uk_ru._AUTHORITY_WORDS),
        any(map(before.__contains__, roles_uk_ru._NEAR_REFERENCE_WORDS)),
        any(map(after.lower().__contains__, roles_uk_ru._SAID_STEMS)),
        any(map(before.lower().__contains__, roles_uk_ru._UNREAL_WORDS)),
    )


@pytest.mark.parametrize(("clause", "name", "gates"), _GATE_CLAUSES)
def test_the_clause_gates_pass_every_clause_whose_names_may_need_the_reading(
    clause: str, name: str, gates: tuple[bool, ...]
) -> None:
    got = roles_uk_ru._clause_gates.__wrapped__(clause)
    assert got == gates
    for gate, near in zip(got, _near_words_of(clause, name), strict=True):
        assert gate or not near


def test_the_clause_gates_pass_report_clauses_whose_names_may_need_the_reading() -> None:
    """In every line of the reports, at every capitalised word: where the words around it
    may need a reading, its clause's gate passes."""
    lines = _report_sentences()
    if not lines:
        pytest.skip("the evaluation reports are not present")
    needed = [0] * 5
    for line in lines:
        for m in re.finditer(r"[А-ЯІЇЄҐ][а-яіїєґ'’ʼ-]+", line):
            clause, off, end = roles_uk_ru._clause(line, m.start(), m.end())
            gates = roles_uk_ru._clause_gates.__wrapped__(clause)
            cut = clause[:off] + "\x00" + clause[end:]  # (the name, once, as a marker)
            for k, near in enumerate(_near_words_of(cut, "\x00")):
                needed[k] += near
                assert gates[k] or not near, line
    assert min(needed[:4]) > 0, needed  # (threats and conditions: the texts above)
