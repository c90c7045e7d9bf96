"""What an impact damaged and who attacked, read from the clause that names the place."""

from __future__ import annotations

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
