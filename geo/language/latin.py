"""Place adjectives written in Latin letters: the raion or district a town names
("Bohodukhivskyi Raion", "the Millerovsky district"), read back to the town.

Examples
--------
>>> latin_district_towns("Millerovsky")[:2]
('Millerov', 'Millerovo')
>>> "Sudzha" in latin_district_towns("Sudzhansky"), "Kalach" in latin_district_towns("Kalachyovsky")
(True, True)
>>> "Krasnaya Yaruga" in latin_district_towns("Krasnoyaruzhsky")
True
>>> latin_district_towns("Kharkiv")
()
"""

from __future__ import annotations

import re

from geo.patterns import compiled

__all__ = [
    "ADJECTIVE_ENDING",
    "ADJECTIVE_ENDINGS",
    "LATIN_RAION_ENDING",
    "LATIN_RAION_K_ENDING",
    "latin_district_towns",
]

# the letters after the "k" of such an adjective
_AFTER_K = ("yi", "iy", "yy", "ii", "y", "i", "ij", "oye", "oe", "oy", "oi", "aya", "a", "e")
#: The ending of a raion's or district's adjective in Latin letters ("Kirovsky",
#: "Bohodukhivskyi", "Shebekinskiy"), as a pattern's text.
ADJECTIVE_ENDING = rf"s['’]?k(?:{'|'.join(_AFTER_K)})"
#: The same endings written out, for ``str.endswith`` (faster than a search), in the case
#: the words of a text write them: "Millerovsky", "Millerovskiy".
ADJECTIVE_ENDINGS = tuple(
    s + k + end for s in ("s", "s'", "s’") for k in ("k", "K") for end in _AFTER_K
)
#: :data:`ADJECTIVE_ENDING` at a word's end.
LATIN_RAION_ENDING = compiled(ADJECTIVE_ENDING + "$", re.I)
#: The same ending without its "s" (the town of "Kremenetskyi" is Kremenets).
LATIN_RAION_K_ENDING = compiled(rf"(?<=s)['’]?k(?:{'|'.join(_AFTER_K)})$", re.I)
# what a Russian adjective of a town ending in these adds before its ending: "Kalach" ->
# "Kalachyovsky", "Kalachevsky"
_SOFT_INFIXES = ("yov", "yev", "iov", "ev", "ov")
_VOWELS = frozenset("aeiouy")


# the first halves of compound town names, as they open the adjective ("Novooskolsky":
# Novy Oskol, "Krasnoyaruzhsky": Krasnaya Yaruga), with the forms each takes in a name
_COMPOUND_OPENINGS = (
    ("novo", ("Novy", "Novyy", "Novaya", "Novoye")),
    ("staro", ("Stary", "Staryy", "Staraya", "Staroye")),
    ("krasno", ("Krasny", "Krasnyy", "Krasnaya", "Krasnoye")),
    ("verkhne", ("Verkhny", "Verkhniy", "Verkhnyaya", "Verkhneye")),
    ("nizhne", ("Nizhny", "Nizhniy", "Nizhnyaya", "Nizhneye")),
    ("bolshe", ("Bolshoy", "Bolshaya", "Bolshoye")),
    ("malo", ("Maly", "Malaya", "Maloye")),
)


def latin_district_towns(word: str) -> tuple[str, ...]:
    """The names of the town a Russian district's adjective in Latin letters may be made
    from, the likeliest first: its stem ("Belgorodsky": Belgorod), with "o", "a", "sk", "ka"
    or "skaya" ("Shebekinsky": Shebekino, "Morozovsky": Morozovsk, "Borisovsky": Borisovka,
    "Kanevskoy": the stanitsa Kanevskaya),
    without the "n" of "-ansky"
    ("Sudzhansky": Sudzha), with a fleeting "e" dropped ("Vyazemsky": Vyazma) or without the
    vowel and "v" before its ending ("Kalachyovsky": Kalach), with "g" for the "zh" it
    turned into ("Yaruga"); after those, a compound name whose first half opens the stem
    ("Novooskolsky": Novy Oskol, "Krasnoyaruzhsky": Krasnaya Yaruga);
    none for a word without such an ending or with a stem shorter than three letters."""
    found = LATIN_RAION_ENDING.search(word)
    if found is None:
        return ()
    stem = word[: found.start()]
    if len(stem) < 3:
        return ()
    keys = _stem_keys(stem)
    low = stem.lower()
    for opening, forms in _COMPOUND_OPENINGS:
        rest = stem[len(opening) :]
        if low.startswith(opening) and len(rest) >= 3:
            halves = _stem_keys(rest[:1].upper() + rest[1:])
            keys.extend(f"{form} {half}" for half in halves for form in forms)
    return tuple(dict.fromkeys(keys))


def _stem_keys(stem: str) -> list[str]:
    """The names a town of an adjective's ``stem`` may have (see
    :func:`latin_district_towns`), the likeliest first."""
    keys = [stem, stem + "o", stem + "a", stem + "sk", stem + "ka", stem + "skaya"]
    if stem.endswith("n"):
        keys.append(stem[:-1])
    if len(stem) >= 4 and stem[-2] == "e" and stem[-1] not in _VOWELS:
        keys.append(stem[:-2] + stem[-1] + "a")  # "Vyazemsky": Vyazma, its "e" a fleeting one
    if stem.endswith("zh") and len(stem) >= 5:
        keys.append(stem[:-2] + "ga")  # "Yaruzh-": Yaruga, its "g" turned into "zh"
    for infix in _SOFT_INFIXES:
        if stem.endswith(infix) and len(stem) - len(infix) >= 3:
            keys.append(stem[: -len(infix)])
            break
    return keys
