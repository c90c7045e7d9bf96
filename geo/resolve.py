"""Choose one place per mention and a role per place, for one report.

Candidates are ranked by the gazetteer's prior (kind, country, population) and by context:
a region named in the same sentence or heading ("Novoshakhtinsk, Rostov Oblast"), regions named
anywhere in the report, country cues ("in Russia", "Russian region"), nearness to other places
of the report, and the city a district belongs to. A name followed by "region" becomes the
first-level unit; "X district" or "X raion" the second-level unit around X.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from geo.damage import DAMAGE_KINDS, attacker_of, damage_kinds
from geo.extract import find_mentions, find_unknown_names
from geo.facts import extract_facts
from geo.gazetteer import Gazetteer
from geo.normalize import norm_key, skeleton_key
from geo.records import Extraction, Place, PlaceMention, Report, ResolvedPlace, Span, Unresolved
from geo.roles import (
    RoleDecision,
    anaphor_cue,
    block_cue,
    clause_of,
    decide_role,
    hard_impact_after,
)
from geo.text import sentence_spans

__all__ = ["extract_report", "resolve_mentions"]

_ROLE_RANK = {"impact": 0, "launch": 1, "mention": 2}
_RU_CUE = re.compile(r"\b(?:russia|russian|russia's|belgorod governor|kremlin)\b", re.I)
_UA_CUE = re.compile(r"\b(?:ukraine|ukrainian|ukraine's)\b", re.I)
_NEAR = re.compile(
    r"\b(?:near|outside|outskirts\s+of|close\s+to|around|vicinity\s+of|"
    r"north|south|east|west|kilometres|km)\s+(?:of\s+)?(?:the\s+)?(?:city\s+of\s+)?$",
    re.I,
)
_VILLAGE = re.compile(r"\b(?:village|hamlet|settlement)\s+(?:of\s+)?$", re.I)
_CYR = re.compile(r"[а-яіїєґё]", re.I)
_LAUNCH_BEFORE = re.compile(r"\b(?:launched|fired|took\s+off)\b[^.;]*\bfrom\b[^.;]*$", re.I)


def _launch_cue_before(sentence: str, offset: int) -> bool:
    """True when the words before ``offset`` launch something from the place."""
    return bool(_LAUNCH_BEFORE.search(sentence[max(0, offset - 120) : offset]))


_SEAT_CUES = ("officials", "authorities", "administration")
_CITYS = re.compile(r"\b(?:the|that)\s+city['’]s\b", re.I)
_DATELINE_END = re.compile(r"[—–]|\s-\s")


@lru_cache(maxsize=8192)
def _name_key(name: str) -> str:
    """:func:`norm_key` of a name, cached: the same names recur from report to report."""
    return norm_key(name)


def _km(a: Place, b: Place) -> float:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return math.inf
    if abs(a.lat - b.lat) > 2.0 or abs(a.lon - b.lon) > 3.0:
        return math.inf  # far apart: only distances under ~100 km matter here
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = (
        math.sin((la2 - la1) / 2) ** 2
        + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    )
    return 12742.0 * math.asin(math.sqrt(min(1.0, h)))


@dataclass
class _Context:
    """What the report as a whole tells about where it is."""

    report_admin1: set[str]
    # (mention key, admin1) of the unambiguous places named in each sentence
    sentence_hint: dict[int, set[tuple[str, str]]]
    anchors: list[tuple[str, Place]]  # (mention key, place) of names with one clear reading
    sentence_admin1: dict[int, set[str]]


def _sentence_index(spans: list[tuple[int, int]], pos: int) -> int:
    """Index of the sentence holding character ``pos`` (spans are sorted)."""
    i = bisect.bisect_right(spans, (pos, math.inf)) - 1
    return min(max(i, 0), max(0, len(spans) - 1))


def _admin1_reading(gaz: Gazetteer, m: PlaceMention) -> Place | None:
    """The first-level unit a region-qualified mention names."""
    for place in m.candidates:
        if place.kind == "admin1":
            return place
    for place in m.candidates:
        if place.admin1 and place.country in ("UA", "RU", "BY", "MD"):
            return gaz.admin1(place.admin1)
    return None


def _raion_reading(m: PlaceMention, best: Place) -> Place:
    """The second-level unit named after ``best`` ("Nikopol district")."""
    for place in m.candidates:
        if place.kind == "admin2":
            return place
    word = "Raion" if best.country == "UA" else "district"
    return Place(
        f"{best.id}:admin2",
        f"{best.name} {word}",
        "admin2",
        best.country,
        best.admin1,
        best.lat,
        best.lon,
        0,
        None,
    )


def _build_context(
    gaz: Gazetteer, mentions: list[PlaceMention], spans: list[tuple[int, int]], text: str
) -> _Context:
    report_admin1: set[str] = set()
    sentence_admin1: dict[int, set[str]] = defaultdict(set)
    sentence_hint: dict[int, set[tuple[str, str]]] = defaultdict(set)
    anchors: list[tuple[str, Place]] = []
    for m in mentions:
        si = _sentence_index(spans, m.span.start)
        if m.qualifier in ("region", "regional"):
            unit = _admin1_reading(gaz, m)
            if unit is not None and unit.admin1:
                report_admin1.add(unit.admin1)
                sentence_admin1[si].add(unit.admin1)
        elif m.candidates and m.candidates[0].kind == "admin1":
            report_admin1.add(m.candidates[0].admin1 or "")
            sentence_admin1[si].add(m.candidates[0].admin1 or "")
        elif len(m.candidates) == 1 or (m.candidates and m.candidates[0].population > 200_000):
            anchors.append((_name_key(m.span.text), m.candidates[0]))
            if m.candidates[0].admin1:
                sentence_hint[si].add((norm_key(m.span.text), m.candidates[0].admin1))
    # a heading line ("Kherson region." or "- Kharkiv region:") sets the context of its block
    for si, (s, e) in enumerate(spans):
        if si in sentence_admin1 and (
            (text[s:e].rstrip().endswith((".", ":")) and e - s < 40) or ":" in text[s:e][:40]
        ):
            block = sentence_admin1[si]
            nxt = si + 1
            while (
                nxt < len(spans)
                and text[spans[nxt][0] : spans[nxt][1]].lstrip()[:1] not in "-•🔴⚪"
            ):
                sentence_admin1[nxt] |= block
                nxt += 1
    return _Context(report_admin1, sentence_hint, anchors, sentence_admin1)


def _score(
    gaz: Gazetteer,
    place: Place,
    ctx: _Context,
    si: int,
    sentence: str,
    key: str,
    recent_city: Place | None,
    village: bool = False,
) -> float:
    score = gaz.prior(place)
    if place.kind == "district" and place.population > 100:
        score -= max(0.0, math.log10(place.population) - 2.0)  # context, not size, decides
    name_key = _name_key(place.name)
    if (
        place.kind == "settlement"
        and name_key != key
        and not name_key.startswith(key + " ")
        and skeleton_key(name_key) != skeleton_key(key)
    ):
        score -= 1.5  # matched through an alternate name only ("Paris" for a Ukrainian village)
    anchors = [a for k, a in ctx.anchors if k != key]
    if place.admin1 and place.admin1 in ctx.sentence_admin1.get(si, ()):
        score += 4.0
    elif place.admin1 and any(
        a == place.admin1 and k != key for k, a in ctx.sentence_hint.get(si, ())
    ):
        score += 2.5
    elif place.admin1 and place.admin1 in ctx.report_admin1:
        score += 1.5
    if village and place.population > 20_000:
        score -= 3.0  # "the village of X" is not the city of the same name
    if place.country == "RU" and _RU_CUE.search(sentence):
        score += 1.5
    if place.country == "UA" and _UA_CUE.search(sentence):
        score += 0.5
    if any(_km(a, place) < 60 for a in anchors):
        score += 1.0
    if place.parent:
        if recent_city is not None and place.parent == recent_city.id:
            score += 8.0
        elif any(place.parent in (a.id, a.name) for a in anchors):
            score += 2.0
        else:
            score -= 2.0
    return score


def _choose(
    gaz: Gazetteer,
    m: PlaceMention,
    ctx: _Context,
    si: int,
    sentence: str,
    recent_city: Place | None = None,
) -> tuple[Place | None, float]:
    """The place a mention names and the confidence of that choice."""
    if m.qualifier in ("region", "regional"):
        unit = _admin1_reading(gaz, m)
        return unit, 0.9 if unit else 0.0
    key = _name_key(m.span.text)
    at = sentence.find(m.span.text)
    village = at > 0 and bool(_VILLAGE.search(sentence[:at]))
    scored = sorted(
        ((_score(gaz, p, ctx, si, sentence, key, recent_city, village), p) for p in m.candidates),
        key=lambda sp: (-sp[0], sp[1].id),
    )
    if not scored:
        return None, 0.0
    best_score, best = scored[0]
    # a rival that is the same place in another form (Kyiv the city, Kyiv the city-region)
    # does not make the choice less certain
    rivals = [sc for sc, p in scored[1:] if p.admin1 != best.admin1 or _km(p, best) > 30]
    margin = best_score - rivals[0] if rivals else 5.0
    confidence = round(min(0.99, 0.55 + 0.09 * min(margin, 5.0)), 2)
    if m.qualifier == "raion" and best.kind in ("settlement", "admin2"):
        return _raion_reading(m, best), confidence
    if (
        best.kind == "district"
        and recent_city is not None
        and best.parent != recent_city.id
        and _CITYS.search(sentence)
    ):
        return _city_district(m, recent_city), 0.6
    return best, confidence


def _city_district(m: PlaceMention, city: Place) -> Place:
    """A district of ``city`` the gazetteer does not know ("the city's Dniprovskyi district"):
    placed at the city, so its precision is 2."""
    name = m.span.text if m.span.text.lower().endswith("district") else f"{m.span.text} district"
    slug = norm_key(name).replace(" ", "-")
    return Place(
        f"derived:{city.id}:{slug}",
        name,
        "district",
        city.country,
        city.admin1,
        city.lat,
        city.lon,
        0,
        city.id,
    )


def _precision(place: Place, sentence: str, offset: int) -> int:
    if place.id.startswith("derived:"):
        return 2  # a unit placed at its namesake or its city: near, not at, the place
    if place.kind in ("settlement", "district"):
        return 2 if _NEAR.search(sentence[max(0, offset - 40) : offset]) else 1
    return 2 if place.kind == "admin2" else 3


def _dateline_end(text: str) -> int:
    first = text.split("\n", 1)[0]
    m = _DATELINE_END.search(first[:120])
    return m.start() if m and first[: m.start()].strip() else -1


class _Resolver:
    """Resolves the mentions of one report in text order, keeping the running context."""

    def __init__(self, report: Report, mentions: list[PlaceMention], gaz: Gazetteer) -> None:
        self.report = report
        self.text = report.text
        self.mentions = mentions
        self.gaz = gaz
        self.spans = sentence_spans(self.text)
        self.ctx = _build_context(gaz, mentions, self.spans, self.text)
        self.dateline_end = _dateline_end(self.text)
        self.recent_city: Place | None = None
        self.rows: dict[str, list[tuple]] = {}
        self.unresolved: list[Unresolved] = []
        self.mention_sentences = {_sentence_index(self.spans, m.span.start) for m in mentions}

    def sentence(self, si: int) -> tuple[int, str]:
        s0, s1 = self.spans[si] if self.spans else (0, len(self.text))
        return s0, self.text[s0:s1]

    def run(self) -> tuple[list[ResolvedPlace], list[Unresolved]]:
        chosen = self.choose_all()
        for m, place, confidence in self.one_sense_per_name(chosen):
            si = _sentence_index(self.spans, m.span.start)
            s0, sentence = self.sentence(si)
            decision = self.role(m, place, si, s0, sentence)
            precision = _precision(place, sentence, m.span.start - s0)
            clause = clause_of(sentence, m.span.start - s0, m.span.end - s0)[:2]
            self.rows.setdefault(place.id, []).append(
                (m, place, confidence, decision, sentence.strip(), precision, clause)
            )
        places = [_merge(self.report.id, rows) for rows in self.rows.values()]
        return places, self.unresolved

    def choose_all(self) -> list[tuple[PlaceMention, Place, float]]:
        """Choose a place for every mention in text order (the city context runs along)."""
        out: list[tuple[PlaceMention, Place, float]] = []
        previous: tuple[PlaceMention, Place] | None = None
        for m in self.mentions:
            si = _sentence_index(self.spans, m.span.start)
            s0, sentence = self.sentence(si)
            place, confidence = self.choose(m, previous, si, sentence)
            if place is None:
                self.unresolved.append(
                    Unresolved(self.report.id, m.span, "no first-level unit for this name")
                )
                continue
            out.append((m, place, confidence))
            if (
                place.kind == "settlement"
                and place.population >= 50_000
                and not _launch_cue_before(sentence, m.span.start - s0)
            ):
                self.recent_city = place
            previous = (m, place)
        return out

    @staticmethod
    def one_sense_per_name(
        chosen: list[tuple[PlaceMention, Place, float]],
    ) -> list[tuple[PlaceMention, Place, float]]:
        """A name written the same way means the same place throughout a report: every
        unqualified mention of it takes the reading chosen with the most confidence."""
        best: dict[str, tuple[Place, float]] = {}
        for m, place, confidence in chosen:
            if m.qualifier is None and place.kind in ("settlement", "district"):
                key = _name_key(m.span.text)
                if key not in best or confidence > best[key][1]:
                    best[key] = (place, confidence)
        out = []
        for m, place, confidence in chosen:
            key = _name_key(m.span.text)
            if m.qualifier is None and key in best and place.kind in ("settlement", "district"):
                place, confidence = best[key]
            out.append((m, place, confidence))
        return out

    def choose(
        self, m: PlaceMention, previous: tuple[PlaceMention, Place] | None, si: int, sentence: str
    ) -> tuple[Place | None, float]:
        if previous is not None and self.is_gloss(previous[0], m, previous[1]):
            return previous[1], 0.9  # "Kyiv (Київ)": the same place in another script
        return _choose(self.gaz, m, self.ctx, si, sentence, self.recent_city)

    def is_gloss(self, prev: PlaceMention, m: PlaceMention, place: Place) -> bool:
        """``Kyiv (Київ)``: the same name again in brackets, in another script."""
        between = self.text[prev.span.end : m.span.start]
        if between.strip() != "(" or self.text[m.span.end : m.span.end + 1] != ")":
            return False
        other_script = bool(_CYR.search(prev.span.text)) != bool(_CYR.search(m.span.text))
        return other_script or place.id in {c.id for c in m.candidates}

    def role(self, m: PlaceMention, place: Place, si: int, s0: int, sentence: str) -> RoleDecision:
        decision = decide_role(
            sentence,
            m.span.start - s0,
            m.span.end - s0,
            kind=place.kind,
            dateline=m.span.end <= self.dateline_end,
            qualifier=m.qualifier,
        )
        if decision.role != "mention" or place.kind == "country":
            return decision
        if decision.cue.lower().startswith(_SEAT_CUES) and self.alone_in_sentence(m, si):
            verb = hard_impact_after(sentence[m.span.end - s0 :])
            if verb:  # "Officials in Novorossiysk ... after drones attacked the port"
                return RoleDecision("impact", f"{verb} (after {decision.cue})")
        if _is_heading(sentence, m):
            return block_cue(self.block_after(si))
        if (
            decision.cue == "no strike cue in the sentence"
            and si + 1 < len(self.spans)
            and si + 1 not in self.mention_sentences
        ):
            cue = anaphor_cue(self.sentence(si + 1)[1])
            if cue:
                return RoleDecision("impact", f"{cue} (next sentence refers back)")
        return decision

    def alone_in_sentence(self, m: PlaceMention, si: int) -> bool:
        """True when no other place (countries aside) is named in the sentence of ``m``."""
        return all(
            o is m
            or _sentence_index(self.spans, o.span.start) != si
            or (o.candidates and o.candidates[0].kind == "country")
            for o in self.mentions
        )

    def block_after(self, si: int) -> str:
        """The rest of the paragraph after sentence ``si``."""
        end = self.text.find("\n", self.spans[si][1])
        end = len(self.text) if end < 0 else end
        return self.text[self.spans[si][1] : end]


_HEADING_REST = re.compile(r"^[\W\d_]*(?:region|oblast|city|krai|province)?[\W\d_]*$", re.I)


def _is_heading(sentence: str, m: PlaceMention) -> bool:
    """A line or sentence that is only a place name ("🔴 Kherson region.")."""
    rest = sentence.replace(m.span.text, " ", 1)
    return len(sentence) < 60 and bool(_HEADING_REST.match(rest))


def resolve_mentions(
    report: Report, mentions: list[PlaceMention], gaz: Gazetteer
) -> tuple[list[ResolvedPlace], list[Unresolved]]:
    """Resolve the mentions of one report to places with roles.

    Returns
    -------
    (places, unresolved)
        One :class:`ResolvedPlace` per distinct place, in order of first mention, and the
        mentions that could not be tied to a place.
    """
    return _Resolver(report, mentions, gaz).run()


def _merge(report_id: str, rows: list) -> ResolvedPlace:
    best = min(rows, key=lambda r: (_ROLE_RANK[r[3].role], r[0].span.start))
    _m, place, _confidence, decision, sentence, _, clause = best
    chosen = [r for r in rows if r[3].role == decision.role]
    precision = min(r[5] for r in chosen)
    spans = tuple(Span(r[0].span.text, r[0].span.start, r[0].span.end) for r in rows)
    damage: tuple[str, ...] = ()
    attacker = None
    if decision.role == "impact":
        found = {k for r in chosen for k in damage_kinds(*r[6])}
        damage = tuple(k for k in DAMAGE_KINDS if k in found)
        attacker = attacker_of(clause[0], place.country, place.admin1)
    return ResolvedPlace(
        report_id,
        place,
        decision.role,
        precision,
        max(r[2] for r in rows),
        spans,
        decision.cue,
        sentence,
        damage,
        attacker,
    )


def extract_report(report: Report, gaz: Gazetteer) -> Extraction:
    """Run mention finding, resolution, roles and facts on one report."""
    mentions = find_mentions(report.text, gaz)
    places, unresolved = resolve_mentions(report, mentions, gaz)
    unknown = [
        Unresolved(report.id, span, "not in the gazetteer")
        for span in find_unknown_names(report.text, mentions, gaz)
    ]
    unresolved = sorted([*unresolved, *unknown], key=lambda u: u.span.start)
    return Extraction(report, tuple(places), extract_facts(report.text), tuple(unresolved))
