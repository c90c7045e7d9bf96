"""What an impact damaged and who attacked, read from the clause that names the place."""

from __future__ import annotations

import re

from geo.understand.damage import attacker_of, damage_kinds


def test_damage_kinds_in_order_of_the_kinds() -> None:
    clause = "Drones damaged a power substation, two cars and a nine-storey building"
    assert damage_kinds(clause) == ("residential", "energy", "vehicles")


def test_damage_kinds_of_the_part_around_the_place() -> None:
    clause = "a kindergarten burned in Podil — and trucks caught fire in Obolon"
    assert damage_kinds(clause, clause.index("Podil")) == ("school",)
    assert damage_kinds(clause, clause.index("Obolon")) == ("vehicles",)


def test_no_damage_words_in_a_cyrillic_clause_or_a_plain_one() -> None:
    assert damage_kinds("Унаслідок атаки пошкоджено будинок") == ()
    assert damage_kinds("Sirens sounded for three hours") == ()


def test_a_letter_that_folds_to_ascii_is_still_read() -> None:
    """A long s is matched as s, so the clause is not narrowed by its lower-case words."""
    assert damage_kinds("fire at the ſchool") == ("school",)


def test_attacker_from_the_words_or_from_where_the_place_lies() -> None:
    assert attacker_of("Ukrainian drones hit an oil depot", "RU", "RU-BEL") == "UA"
    assert attacker_of("Russia’s missiles struck the port", "UA", "UA-51") == "RU"
    assert attacker_of("a blast was heard", "RU", "RU-KUR") == "UA"
    assert attacker_of("a blast was heard", "UA", "UA-43") is None


def _expansions(tree: list) -> list[str]:
    """Every text a parsed damage word matches (a run of word characters read as one "x")."""
    out = [""]
    for op, av in tree:
        name = str(op)
        if name == "LITERAL":
            pieces = [chr(av)]
        elif name == "IN":
            pieces = [chr(a) for o, a in av if str(o) == "LITERAL"] or ["x"]
        elif name == "SUBPATTERN":
            pieces = _expansions(list(av[3]))
        elif name == "BRANCH":
            pieces = [text for branch in av[1] for text in _expansions(list(branch))]
        elif name == "MAX_REPEAT":
            lo, _hi, sub = av
            once = _expansions(list(sub))
            pieces = ([""] if lo == 0 else []) + once
        else:
            raise AssertionError(f"unexpected {name}")
        out = [a + b for a in out for b in pieces]
    return out


def test_every_damage_word_holds_a_key_word_of_its_kind() -> None:
    """The narrowing by words (``_kinds_held``) keeps every kind whose words a clause
    may hold."""
    import re._parser as parser

    from geo.understand import damage

    for kind, words in damage._DAMAGE_WORDS.items():
        for word in words:
            for text in _expansions(list(parser.parse(word))):
                held = set(re.findall(r"\w+", text.lower()))
                assert held & damage._DAMAGE_KEYWORDS[kind], (kind, word, text)
                assert damage_kinds(f"a {text} was hit") != (), text


def test_words_split_at_every_character_that_is_no_word_character() -> None:
    """An underscore joins a word ("car_park": no car); a dash, semicolon or bracket ends one."""
    text = "Shelling hit a school-yard; car_park, (bus) station and 9-storey homes."
    assert damage_kinds(text) == ("residential", "school", "railway", "vehicles")
