"""Place adjectives written in Latin letters: the raion or district a town names
("Bohodukhivskyi Raion", "the Millerovsky district"), read back to the town.

Examples
--------
>>> latin_district_towns("Millerovsky")[:2]
('Millerov', 'Millerovo')
>>> "Sudzha" in latin_district_towns("Sudzhansky"), "Kalach" in latin_district_towns("Kalachyovsky")
(True, True)
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
_AFTER_K = ("yi", "iy", "yy", "ii", "y", "i", "ij", "oye", "oe", "aya", "a", "e")
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


def latin_district_towns(word: str) -> tuple[str, ...]:
    """The names of the town a Russian district's adjective in Latin letters may be made
    from, the likeliest first: its stem ("Belgorodsky": Belgorod), with "o", "a", "sk" or
    "ka" ("Shebekinsky": Shebekino, "Morozovsky": Morozovsk, "Borisovsky": Borisovka),
    without the "n" of "-ansky"
    ("Sudzhansky": Sudzha), with a fleeting "e" dropped ("Vyazemsky": Vyazma) or without the
    vowel and "v" before its ending ("Kalachyovsky": Kalach);
    none for a word without such an ending or with a stem shorter than three letters."""
    found = LATIN_RAION_ENDING.search(word)
    if found is None:
        return ()
    stem = word[: found.start()]
    if len(stem) < 3:
        return ()
    keys = [stem, stem + "o", stem + "a", stem + "sk", stem + "ka"]
    if stem.endswith("n"):
        keys.append(stem[:-1])
    if len(stem) >= 4 and stem[-2] == "e" and stem[-1] not in _VOWELS:
        keys.append(stem[:-2] + stem[-1] + "a")  # "Vyazemsky": Vyazma, its "e" a fleeting one
    for infix in _SOFT_INFIXES:
        if stem.endswith(infix) and len(stem) - len(infix) >= 3:
            keys.append(stem[: -len(infix)])
            break
    return tuple(dict.fromkeys(keys))
