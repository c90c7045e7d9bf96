"""The resolver's candidate scoring as it was before the speed passes, every part worked out
for each candidate of each mention: the reference the shortcut tests compare the resolver with."""

from __future__ import annotations

from itertools import islice

import geo.places.resolve as resolve
from geo.places.gazetteer import Gazetteer
from geo.records import Place, PlaceMention


def score_in_full(
    gaz: Gazetteer,
    place: Place,
    ctx: resolve._Context,
    key: str,
    recent_city: Place | None,
    village: bool,
    si: int,
    sentence: str,
) -> float:
    """A candidate's score, summed part by part for this candidate alone."""
    score = resolve._static_score(gaz, place, key)
    sentence_admin1 = ctx.sentence_admin1.get(si, ())
    hints = ctx.sentence_hint.get(si, {})
    ru_cue, ua_cue = ctx.country_cues(si, sentence)
    if place.admin1 and place.admin1 in sentence_admin1:
        score += 4.0
    elif (
        place.admin1
        and (keys := hints.get(place.admin1))  # a place of its region named in the sentence
        and (len(keys) > 1 or key not in keys)  # ... under another name
    ):
        score += 2.5
    elif place.admin1 and place.admin1 in ctx.report_admin1:
        score += 1.5
    if village and place.population > 20_000:
        score -= 3.0
    if place.country == "RU" and ru_cue:
        score += 1.5
    if place.country == "UA" and ua_cue:
        score += 0.5
    if ctx.index.near(place, key):
        score += 1.0
    if place.parent:
        if recent_city is not None and place.parent == recent_city.id:
            score += 8.0
        elif ctx.index.names_parent(place, key):
            score += 2.0
        else:
            score -= 2.0
    return score


def ranked_in_full(
    gaz: Gazetteer,
    m: PlaceMention,
    ctx: resolve._Context,
    si: int,
    sentence: str,
    recent_city: Place | None,
) -> tuple[Place, float]:
    """:func:`geo.places.resolve._ranked` as it was: every candidate scored by
    :func:`score_in_full`, the settlement word and the cues always read, the scores sorted,
    the first rival that is another place taken."""
    key = resolve._name_key(m.span.text)
    at = sentence.find(m.span.text)
    village = at > 0 and resolve._village_before(sentence, at)
    scored = sorted(
        (
            (score_in_full(gaz, p, ctx, key, recent_city, village, si, sentence), p)
            for p in m.candidates
        ),
        key=lambda sp: (-sp[0], sp[1].id),
    )
    best_score, best = scored[0]
    rival = next(
        (
            sc
            for sc, p in islice(scored, 1, None)
            if p.admin1 != best.admin1 or resolve._km(p, best) > 30
        ),
        None,
    )
    margin = 5.0 if rival is None else best_score - rival
    return best, resolve._confidence(margin)
