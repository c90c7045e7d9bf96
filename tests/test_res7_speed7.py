"""The seventh pass on the resolver: each shortcut against the full reading it replaced.

The sentences of a stage's mentions are found in one call; a mention's candidates are scored
from what the report keeps of its name, with the settlement word and the country cues looked
for only when a candidate can take them; the best candidate and its rival are picked without
sorting. The texts are written for the purpose.
"""

from __future__ import annotations

import random

import pytest

import geo.places.resolve as resolve
from geo.language.document import read_document
from geo.places.gazetteer import Gazetteer
from geo.records import (
    Place,
    PlaceMention,
    Report,
    ResolvedPlace,
    Span,
    Unresolved,
    resolved_place,
)
from geo.understand.damage import DAMAGE_KINDS, attacker_of, damage_kinds
from geo.understand.mentions import find_mentions
from geo.understand.roles import RoleDecision

from .resolve_reference import ranked_in_full

_DOC_TEXTS = [
    "",
    "   \n\n  Leading blank lines. Then a second sentence!\nA third line",
    "One sentence only",
    "Kyiv was hit. Two were hurt.\n\n- Sumy: quiet.\n• Odesa: a port burned. End.",
    "Дрони атакували Полтаву. У Сумах пожежа.\nНовий рядок без крапки",
]


@pytest.mark.parametrize("text", _DOC_TEXTS)
def test_sentence_indices_answer_as_sentence_index_per_offset(text: str) -> None:
    every = list(range(-3, len(text) + 4))
    doc = read_document(text, "en")
    expected = [doc.sentence_index(pos) for pos in every]
    # the same answers by the full search, written out
    spans = doc.sentences
    full = [max([i for i, (s0, _s1) in enumerate(spans) if s0 <= pos] or [0]) for pos in every]
    assert expected == full
    shuffled = list(every)
    random.Random(7).shuffle(shuffled)
    for order in (every, shuffled, every[::3]):
        fresh = read_document(text, "en")
        got = fresh.sentence_indices(order)
        assert got == [full[pos + 3] for pos in order]
        # what was kept answers later questions alike
        assert [fresh.sentence_index(pos) for pos in every] == full
    assert read_document(text, "en").sentence_indices([]) == []


_TEXTS = [
    # a big town named after "the village of", and again without it
    "Shelling hit the village of Oleksandriia overnight. Later Oleksandriia itself was hit. "
    "In Kirovohrad region, Oleksandriia lost power.",
    # country cues, in the sentence or not, for names read in Russia and in Ukraine
    "Russian officials said drones struck Pokrovsk. Ukrainian troops held Pokrovsk, and "
    "Voznesensk was quiet. A fire broke out in Kirovsk.",
    # city districts, with and without their city named before them
    "A drone hit Kharkiv. Shevchenkivskyi district lost power. In Kyiv, Shevchenkivskyi "
    "was hit too, and debris fell in Slobidskyi.",
    # the same names under other regions, sentence by sentence
    "Troitske in Luhansk region was shelled. In Zaporizhzhia region, Troitske burned.\n"
    "Druzhba, Sumy region:\nDruzhba was hit twice. Kamianka and Druzhba lost power.",
]


def _resolver(gaz: Gazetteer, text: str) -> resolve._Resolver:
    doc = read_document(text, "en")
    return resolve._Resolver(Report("r", text), find_mentions(text, gaz, "en", doc=doc), gaz, doc)


def _checked(gaz: Gazetteer, res: resolve._Resolver, m: PlaceMention, si: int) -> int:
    _s0, sentence = res.sentence(si)
    tried = 0
    for city in (None, *m.candidates, *(a for _, a in res.ctx.anchors)):
        assert resolve._ranked(gaz, m, res.ctx, si, sentence, city) == ranked_in_full(
            gaz, m, res.ctx, si, sentence, city
        ), (m.span.text, si, city)
        tried += 1
    return tried


@pytest.mark.parametrize("text", _TEXTS)
def test_ranked_from_the_kept_readings_as_in_full(gaz: Gazetteer, text: str) -> None:
    res = _resolver(gaz, text)
    tried = 0
    for m, si in zip(res.mentions, res.sentence_ids, strict=True):
        if len(m.candidates) > 1:
            tried += _checked(gaz, res, m, si)
    assert tried >= 6


def test_the_settlement_word_counts_where_a_candidate_is_big(gaz: Gazetteer) -> None:
    res = _resolver(gaz, _TEXTS[0])
    m, si = res.mentions[0], res.sentence_ids[0]
    assert m.span.text == "Oleksandriia" and max(p.population for p in m.candidates) > 20_000
    _s0, sentence = res.sentence(si)
    at = sentence.find(m.span.text)
    assert resolve._village_before(sentence, at)  # the word the gate must not skip
    got = resolve._ranked(gaz, m, res.ctx, si, sentence, None)
    assert got == ranked_in_full(gaz, m, res.ctx, si, sentence, None)
    without = sentence.replace("the village of", "the edge of")
    assert got != ranked_in_full(gaz, m, res.ctx, si, without, None)  # the word counts


def test_a_name_with_other_candidates_is_read_again(gaz: Gazetteer) -> None:
    """The readings kept for a name hold for its own candidates only: a mention of the same
    name with other candidates (fewer, or in another order) is scored from its own."""
    text = _TEXTS[1]
    res = _resolver(gaz, text)
    (m, si), *_ = [
        (m, si)
        for m, si in zip(res.mentions, res.sentence_ids, strict=True)
        if m.span.text == "Pokrovsk"
    ]
    tried = _checked(gaz, res, m, si)
    for candidates in (m.candidates[::-1], m.candidates[1:], m.candidates[:1] * 2):
        other = PlaceMention(Span(m.span.text, m.span.start, m.span.end), candidates)
        if len(candidates) > 1:
            tried += _checked(gaz, res, other, si)
    tried += _checked(gaz, res, m, si)
    assert tried >= 9


def _best_of_sorted(rows: list, scores: list[float]) -> tuple[Place, float]:
    scored = sorted(
        zip(scores, (r[0] for r in rows), strict=True), key=lambda sp: (-sp[0], sp[1].id)
    )
    best_score, best = scored[0]
    rivals = [sc for sc, p in scored[1:] if p.admin1 != best.admin1 or resolve._km(p, best) > 30]
    return best, resolve._confidence(best_score - rivals[0] if rivals else 5.0)


def test_best_of_as_sorted_with_ties() -> None:
    rnd = random.Random(77)
    places = [
        Place(f"p{i}", "P", "settlement", "UA", rnd.choice(["UA-63", "UA-59", None]), lat, lon)
        for i, (lat, lon) in enumerate(
            (49.0 + rnd.random() * 0.6, 36.0 + rnd.random() * 0.6) for _ in range(12)
        )
    ]
    ties = 0
    for _ in range(3000):
        chosen = rnd.sample(places, rnd.randint(2, 6))
        rows = [(p, 0.0, False, False) for p in chosen]
        scores = [rnd.choice([-1.5, 0.0, 0.5, 1.0, 2.5, 4.0]) for _ in chosen]
        ties += len(set(scores)) < len(scores)
        assert resolve._best_of(rows, scores) == _best_of_sorted(rows, scores)
    assert ties > 1000  # ties are broken by id, as the sort did


def _merge_in_full(report_id: str, rows: list) -> ResolvedPlace:
    """:func:`resolve._merge` as it was: the best row by (role's rank, start) over every row,
    every clause's damage and attacker read afresh."""
    best = min(rows, key=lambda r: (resolve._ROLE_RANK[r[3].role], r[0].span.start))
    _m, place, _confidence, decision, sentence, _s0 = best
    chosen = [r for r in rows if r[3].role == decision.role]
    precision = min(map(resolve._row_precision, chosen))
    damage: tuple[str, ...] = ()
    attacker = None
    if decision.role == "impact":
        found: set[str] = set()
        for r in chosen:
            clause, offset = resolve._row_clause(r)
            found.update(damage_kinds(clause, offset))
            if r is best:
                attacker = attacker_of(clause, place.country, place.admin1)
        damage = tuple(k for k in DAMAGE_KINDS if k in found)
    return resolved_place(
        report_id,
        place,
        decision.role,
        precision,
        max(r[2] for r in rows),
        tuple(r[0].span for r in rows),
        decision.cue,
        sentence.strip(),
        damage,
        attacker,
        tuple(r[3].role for r in rows),
    )


_MERGE_TEXTS = [
    "The mayor of Kupiansk spoke at noon. Later a rocket struck a clinic in Kupiansk, and "
    "near Kupiansk two cars were burned. Kupiansk officials counted the damage.",
    "Drones struck Izium overnight; Izium lost power. In Balakliia, a depot burned. "
    "Balakliia and Izium were shelled again, the governor said. Sirens sounded in Izium.",
]


@pytest.mark.parametrize("text", _MERGE_TEXTS)
def test_merge_finds_the_best_row_among_its_role_as_over_every_row(
    gaz: Gazetteer, text: str
) -> None:
    res = _resolver(gaz, text)
    for m, place, confidence, si in res.one_sense_per_name(res.choose_all()):
        s0, sentence = res.sentence(si)
        decision = res.role(m, place, si, s0, sentence)
        res.rows.setdefault(place.id, []).append((m, place, confidence, decision, sentence, s0))
    rnd = random.Random(len(text))
    roles = ["impact", "launch", "mention"]
    tried = 0
    for rows in res.rows.values():
        variants = [rows, rows[::-1]]
        for _ in range(30):  # other roles and confidences, in any order
            other = [
                (r[0], r[1], rnd.choice([0.6, 0.9]), RoleDecision(rnd.choice(roles), "cue"), *r[4:])
                for r in rows
            ]
            rnd.shuffle(other)
            variants.append(other)
        for variant in variants:
            assert resolve._merge("r", variant) == _merge_in_full("r", variant)
            tried += len(variant) > 1
    assert tried >= 30


def test_kept_statics_and_region_units_hold_for_their_own_candidates(gaz: Gazetteer) -> None:
    """What the gazetteer's memo keeps by name answers only for the candidates it was read
    for: the same text with other candidates is read again."""
    text = "Drones hit the Kyiv and Donetsk regions at dawn; Pokrovsk and Kirovsk were shelled."
    res = _resolver(gaz, text)
    tried = 0
    for m in res.mentions * 2:  # the second time from what was kept
        others = [m.candidates, m.candidates[::-1], m.candidates[1:], m.candidates[:1]]
        for candidates in others:
            if not candidates:
                continue
            other = PlaceMention(m.span, candidates, m.qualifier)
            assert resolve._region_unit(gaz, other) == resolve._admin1_reading(gaz, other)
            key = resolve._name_key(m.span.text)
            _kept, statics, big, cued = resolve._statics(gaz, key, candidates)
            assert statics == [resolve._static_score(gaz, p, key) for p in candidates]
            assert big is any(p.population > 20_000 for p in candidates)
            assert cued is any(p.country in ("RU", "UA") for p in candidates)
            tried += 1
    assert tried >= 16
    assert any(m.qualifier == "region" and len(m.candidates) > 1 for m in res.mentions)


def _choose_all_in_full(res: resolve._Resolver) -> list:
    """:meth:`resolve._Resolver.choose_all` as it was: :meth:`choose` asked for every
    mention."""
    out = []
    previous = None
    for m, si in zip(res.mentions, res.sentence_ids, strict=True):
        s0, sentence = res.sentence(si)
        place, confidence = res.choose(m, previous, si, sentence)
        if place is None:
            res.unresolved.append(
                Unresolved(res.report.id, m.span, "no first-level unit for this name")
            )
            continue
        if place.kind == "settlement" and res.far_from_report(m, place):
            place = res.nearer_homonym(m)
            if place is None:
                res.unresolved.append(Unresolved(res.report.id, m.span, resolve._FAR_REASON))
                continue
            confidence = 0.6
        out.append((m, place, confidence, si))
        if (
            place.kind == "settlement"
            and place.population >= 50_000
            and not resolve._launch_cue_before(sentence, m.span.start - s0)
        ):
            res.recent_city = place
        previous = (m, place)
    return out


_CHOOSE_TEXTS = [
    "Drones hit Kyiv (Київ) overnight. In Kharkiv, debris fell on Slobidskyi district and "
    "Shevchenkivskyi district of that city.",
    "Shelling hit the Nikopol district and Marhanets hromada; Pokrovsk and Kirovsk burned.",
    "Дрони атакували Суми (Sumy) та Охтирку; в Одеському районі пошкоджено порт.",
    "The Kyiv and Donetsk regions were shelled, and a depot near Bilohorivka burned.",
    # a district of another city named after a city, without the word "district"
    "A drone hit Kyiv at night. The city's Slobidskyi lost power, officials said.",
]


@pytest.mark.parametrize("text", _CHOOSE_TEXTS)
def test_choose_all_reads_plain_single_readings_as_choose_does(gaz: Gazetteer, text: str) -> None:
    ours, theirs = _resolver(gaz, text), _resolver(gaz, text)
    chosen = ours.choose_all()
    assert chosen == _choose_all_in_full(theirs)
    assert ours.unresolved == theirs.unresolved
    assert ours.recent_city == theirs.recent_city
    assert any(m.qualifier or m.candidates[0].kind == "district" for m, *_ in chosen)
