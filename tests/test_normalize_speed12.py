"""The skeleton key's collapse of repeated characters, made without the regex engine, against
the regex it replaces."""

from __future__ import annotations

import random

from geo.language import normalize
from geo.places.gazetteer import Gazetteer


def _as_before(text: str) -> str:
    key = normalize.translit(normalize.norm_key(text))
    for old, new in normalize._SKELETON_RULES:
        key = key.replace(old, new)
    return normalize._DOUBLE_RE.sub(r"\1", key)


def test_skeleton_keys_of_the_gazetteers_names_as_before(gaz: Gazetteer) -> None:
    names = [gaz.place(i).name for i in range(0, len(gaz), 5)]
    assert len(names) > 8000
    assert [normalize.skeleton_key(n) for n in names] == [_as_before(n) for n in names]


def test_skeleton_keys_of_random_texts_as_before() -> None:
    rng = random.Random(12)
    letters = "aabbsszzhhккссщщії'’ -\n\t.Ёё"
    texts = ["".join(rng.choice(letters) for _ in range(rng.randrange(0, 30))) for _ in range(3000)]
    assert [normalize.skeleton_key(t) for t in texts] == [_as_before(t) for t in texts]
