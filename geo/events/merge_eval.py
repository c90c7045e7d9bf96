"""Merge quality: pairwise precision and recall of events against hand-made gold labels.

Gold says, for some (report, place) pairs, which true event each belongs to. Two pairs with
the same gold label should be in one event (a merge found is a true positive, one missed a
false negative); two pairs with different labels should not (a merge made is a false
positive). A gold pair whose place no event holds counts as an event of its own.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

from geo.events.grouping import Event

__all__ = ["MergeScores", "merge_scores", "predicted_labels"]


@dataclass(frozen=True)
class MergeScores:
    """Pairwise merge counts and scores."""

    true_merges: int
    false_merges: int
    missed_merges: int

    @property
    def precision(self) -> float:
        """Merges made that are right (1.0 when none were made)."""
        made = self.true_merges + self.false_merges
        return self.true_merges / made if made else 1.0

    @property
    def recall(self) -> float:
        """Right merges that were made (1.0 when there are none to make)."""
        due = self.true_merges + self.missed_merges
        return self.true_merges / due if due else 1.0


def predicted_labels(events: Sequence[Event]) -> dict[tuple[str, str], str]:
    """(report id, place name) → the id of the event that holds it; a region-only
    mention is held by the event it joined when it joined one only."""
    out: dict[tuple[str, str], str] = {}
    for event in events:
        for s in event.sightings:
            out.setdefault((s.report, s.place.name), event.id)
        for s in event.joined:
            if s.report not in event.shared:
                out.setdefault((s.report, s.place.name), event.id)
    return out


def merge_scores(events: Sequence[Event], gold: Mapping[tuple[str, str], str]) -> MergeScores:
    """Score the events against gold labels.

    Parameters
    ----------
    events : sequence of Event
        The events to score.
    gold : mapping
        (report id, place name) → true event label.

    Returns
    -------
    MergeScores

    Examples
    --------
    >>> merge_scores([], {("a", "Kyiv"): "k", ("b", "Kyiv"): "k"}).recall
    0.0
    """
    predicted = predicted_labels(events)
    tp = fp = fn = 0
    for x, y in combinations(sorted(gold), 2):
        same_gold = gold[x] == gold[y]
        px, py = predicted.get(x, f"none:{x}"), predicted.get(y, f"none:{y}")
        same = px == py
        tp += same and same_gold
        fp += same and not same_gold
        fn += same_gold and not same
    return MergeScores(tp, fp, fn)
