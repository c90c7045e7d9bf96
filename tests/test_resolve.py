"""Resolution and roles on short reports written for these tests."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from geo.places.gazetteer import Gazetteer
from geo.places.resolve import extract_report
from geo.records import Place, Report, ResolvedPlace, Span, resolved_place, with_facts
from geo.understand.roles import clause_of, decide_role


def places(text: str, gaz: Gazetteer) -> dict[str, tuple[str, str, str | None, int]]:
    """name -> (role, kind, admin1, precision) for a report text."""
    ext = extract_report(Report(id="t", text=text), gaz)
    return {p.place.name: (p.role, p.place.kind, p.place.admin1, p.precision) for p in ext.places}


def role_of(text: str, name: str, gaz: Gazetteer) -> str:
    return places(text, gaz)[name][0]


# --- roles -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("A missile hit a warehouse in Poltava.", "Poltava", "impact"),
        ("Debris fell on a house in Brovary.", "Brovary", "impact"),
        ("Russian jets bombed Vovchansk again.", "Vovchansk", "impact"),
        ("A blast tore through a depot in Fastiv.", "Fastiv", "impact"),
        ("Three drones were shot down over the Zhytomyr region.", "Zhytomyr Oblast", "impact"),
        ("The drones were launched from Millerovo overnight.", "Millerovo", "launch"),
        ("The missiles were fired from the Belgorod region.", "Belgorod Oblast", "launch"),
        (
            "Bombs were released by jets flying over the Kursk region at dawn.",
            "Kursk Oblast",
            "launch",
        ),
        ("Talks in Istanbul ended without a deal as drones hit Odesa.", "Istanbul", "mention"),
        ("Talks in Istanbul ended without a deal as drones hit Odesa.", "Odesa", "impact"),
        ("The strike came after a decision in Washington on aid.", "Washington", "mention"),
        ("Moscow denied targeting civilians after a missile hit Dnipro.", "Moscow", "mention"),
        ("Air-raid sirens sounded in Lviv, but no strikes were reported.", "Lviv", "mention"),
        ("A drone hit a farm in Kupiansk, 40 km south-east of Kharkiv.", "Kharkiv", "mention"),
        ("A drone hit a farm in Kupiansk, 40 km south-east of Kharkiv.", "Kupiansk", "impact"),
        # a reference point named with its kind, or a border
        (
            "Russian forces struck the village of Velyka Pysarivka, about 10 km from the "
            "Russian town of Graivoron.",
            "Grayvoron",
            "mention",
        ),
        (
            "Russian troops shelled Bilopillia, a town a few kilometres from the border with "
            "Russia's Kursk region.",
            "Kursk Oblast",
            "mention",
        ),
        (
            "Russian troops shelled Bilopillia, a town a few kilometres from the border with "
            "Russia's Kursk region.",
            "Bilopillia",
            "impact",
        ),
        # a place hit by weapons is their target, not their actor
        ("UPDATE: Zaporizhzhia hit by missiles, 3 dead.", "Zaporizhzhia", "impact"),
        # launches from aircraft over a region, and artillery firing from a town
        (
            "Russia struck Kharkiv with glide bombs dropped from aircraft over Belgorod region.",
            "Belgorod Oblast",
            "launch",
        ),
        (
            "Russian artillery firing from occupied Enerhodar across the Dnipro reservoir hit "
            "Nikopol, wounding a man.",
            "Enerhodar",
            "launch",
        ),
        # a reservoir named like a town
        (
            "Russian artillery firing from occupied Enerhodar across the Dnipro reservoir hit "
            "Nikopol, wounding a man.",
            "Dnipro",
            "mention",
        ),
        ("Drones hit Dnipro overnight.", "Dnipro", "impact"),
        # flown over on the way to the target, or shot down over
        (
            "A missile flew over the Cherkasy region and hit Vinnytsia.",
            "Cherkasy Oblast",
            "mention",
        ),
        ("A missile flew over the Cherkasy region and hit Vinnytsia.", "Vinnytsia", "impact"),
        ("Drones flying over Kyiv were shot down.", "Kyiv", "impact"),
        # the wounded taken to a town's hospitals, or to a town
        (
            "After a Russian strike on Kherson, wounded residents were taken to hospitals in "
            "Mykolaiv and Odesa.",
            "Odesa",
            "mention",
        ),
        (
            "After a Russian strike on Kherson, wounded residents were taken to hospitals in "
            "Mykolaiv and Odesa.",
            "Kherson",
            "impact",
        ),
        ("Three wounded were evacuated to Kyiv.", "Kyiv", "mention"),
        # a reference point across the border
        (
            "Drones hit Velyka Pysarivka, 5 km from Russia's Belgorod region.",
            "Belgorod Oblast",
            "mention",
        ),
        ("Shelling hit Velyka Pysarivka, across the border from Belgorod.", "Belgorod", "mention"),
        ("The Poltava regional administration said the fire was out.", "Poltava Oblast", "mention"),
    ],
)
def test_roles(text: str, name: str, role: str, gaz: Gazetteer) -> None:
    assert role_of(text, name, gaz) == role


def test_dateline_alone_is_a_mention(gaz: Gazetteer) -> None:
    text = "LVIV, Ukraine — Power was cut in the Volyn region after drones hit a substation."
    got = places(text, gaz)
    assert got["Lviv"][0] == "mention"
    assert got["Volyn Oblast"][0] == "impact"


def test_a_list_after_a_colon_on_the_first_line_is_no_dateline(gaz: Gazetteer) -> None:
    # the words before the first dash hold a colon: a sentence, not "KYIV, Ukraine —"
    text = "Поранено 6 людей: у Сумах – 4, у Шостці – 2."
    assert role_of(text, "Sumy", gaz) == "impact"


@pytest.mark.parametrize(
    "text",
    [
        "Над Тульской областью сбиты 4 БПЛА, над Калужской – 2.",
        "Над Полтавською областю збито 6 дронів, над Сумською – 3.",
    ],
)
def test_a_sentence_with_a_dash_on_the_first_line_is_no_dateline(text: str, gaz: Gazetteer) -> None:
    # a dateline opens with its place ("KYIV, ...", "Odesa (AP)"), not with "Над ..."
    assert {found[0] for found in places(text, gaz).values()} == {"impact"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("KHARKIV, Ukraine (AP) — Drones hit a warehouse in Izium.", "Kharkiv"),
        ("Запоріжжя, 5 серпня /Укрінформ/ – Ворог атакував Оріхів.", "Zaporizhzhia"),
        ("Odesa (Reuters) - Russian drones hit Izmail overnight.", "Odesa"),
    ],
)
def test_datelines_that_open_with_their_place(text: str, name: str, gaz: Gazetteer) -> None:
    assert places(text, gaz)[name][0] == "mention"


def test_dateline_city_hit_in_the_body_is_an_impact(gaz: Gazetteer) -> None:
    text = "ODESA, Ukraine — A missile hit a hotel in Odesa on Tuesday."
    assert role_of(text, "Odesa", gaz) == "impact"


def test_read_also_headline_is_a_mention(gaz: Gazetteer) -> None:
    text = "Drones hit Sumy overnight.\n\nRead also: Missile strike damages port in Izmail"
    got = places(text, gaz)
    assert got["Sumy"][0] == "impact"
    assert got["Izmayil"][0] == "mention"


def test_heading_block_and_alert_block(gaz: Gazetteer) -> None:
    text = (
        "* Kherson region. Artillery shelled a village; two houses burned.\n"
        "* Kyiv. The alert lasted an hour. No strikes were reported.\n"
    )
    got = places(text, gaz)
    assert got["Kherson Oblast"][0] == "impact"
    assert got["Kyiv"][0] == "mention"


def test_next_sentence_refers_back(gaz: Gazetteer) -> None:
    text = "Residents of Shebekino heard blasts at night. A drone damaged a shop in the town."
    assert role_of(text, "Shebekino", gaz) == "impact"


def test_relative_clause_belongs_to_its_own_names(gaz: Gazetteer) -> None:
    sentence = "Drones were downed over the Kursk region, where troops fight near Sudzha."
    clause, start, _ = clause_of(sentence, sentence.index("Sudzha"), sentence.index("Sudzha") + 6)
    assert clause.startswith(", where") and clause[start:].startswith("Sudzha")
    assert (
        decide_role(
            sentence,
            sentence.index("Sudzha"),
            sentence.index("Sudzha") + 6,
            kind="settlement",
            dateline=False,
        ).role
        == "mention"
    )


# --- resolution ------------------------------------------------------------------------------


def test_region_word_gives_the_first_level_unit(gaz: Gazetteer) -> None:
    got = places("Drones hit the Kharkiv region and the city of Kharkiv.", gaz)
    assert got["Kharkiv Oblast"][1:] == ("admin1", "UA-63", 3)
    assert got["Kharkiv"][1:] == ("settlement", "UA-63", 1)


def test_kyiv_city_and_kyiv_region(gaz: Gazetteer) -> None:
    got = places("Missiles hit Kyiv, and drones struck the Kyiv region.", gaz)
    assert got["Kyiv"][2] == "UA-30"
    assert got["Kyiv Oblast"][2] == "UA-32"


def test_village_in_a_region_is_the_region_not_a_point(gaz: Gazetteer) -> None:
    got = places("A woman was killed in a village near the border in the Rostov region.", gaz)
    assert list(got) == ["Rostov Oblast"]
    assert got["Rostov Oblast"] == ("impact", "admin1", "RU-ROS", 3)


def test_region_beside_a_settlement_disambiguates(gaz: Gazetteer) -> None:
    # there are several places called Pokrovske; the region named beside it decides
    got = places("Shelling hit Pokrovske, Dnipropetrovsk Oblast, at noon.", gaz)
    assert got["Pokrovske"][2] == "UA-12"


def test_district_belongs_to_the_city_of_the_report(gaz: Gazetteer) -> None:
    text = (
        "Drones hit Kharkiv overnight. A blast damaged a school in the city's Shevchenkivskyi "
        "district."
    )
    assert places(text, gaz)["Shevchenkivskyi district"][2] == "UA-63"


def test_unknown_city_district_is_placed_at_its_city(gaz: Gazetteer) -> None:
    # (the gazetteer knows Kherson's districts, not Cherkasy's)
    text = "Kherson was attacked again. Russian guns hit the city's Dniprovskyi district."
    got = places(text, gaz)
    assert got["Dniprovskyi district"] == ("impact", "district", "UA-65", 1)
    text = "Cherkasy was attacked again. Russian guns hit the city's Prydniprovskyi district."
    got = places(text, gaz)
    assert got["Prydniprovskyi district"] == ("impact", "district", "UA-71", 2)
    text = "Черкаси. Уламки дрона впали у Соснівському районі міста."
    assert places(text, gaz)["Sosnivskyi district"] == ("impact", "district", "UA-71", 2)


def test_raion_of_a_russian_town(gaz: Gazetteer) -> None:
    got = places("Mortar shells damaged a school in the Graivoron district on Monday.", gaz)
    (name,) = got
    assert got[name][1:] == ("admin2", "RU-BEL", 2)


def test_cyrillic_gloss_is_the_same_place(gaz: Gazetteer) -> None:
    got = places("A drone struck the Desnianskyi (Деснянський) district of Kyiv.", gaz)
    assert [n for n in got if "Desn" in n] == ["Desnianskyi district"]


def test_mentions_are_listed_with_spans(gaz: Gazetteer) -> None:
    text = "Drones hit Sumy. Later a missile hit Sumy again."
    ext = extract_report(Report(id="t", text=text), gaz)
    (sumy,) = ext.places
    assert [(s.start, s.end) for s in sumy.mentions] == [(11, 15), (37, 41)]
    assert sumy.cue and sumy.sentence == "Drones hit Sumy."


# --- damage and attacker ---------------------------------------------------------------------


def test_damage_is_tied_to_its_place(gaz: Gazetteer) -> None:
    text = (
        "Debris set a school on fire in Holosiivskyi, and burning wreckage destroyed cars "
        "in Obolon. A drone hit a substation in Brovary."
    )
    ext = extract_report(Report(id="d", text=text), gaz)
    damage = {p.place.name: p.damage for p in ext.impacts}
    assert damage["Holosiivskyi district"] == ("school",)
    assert damage["Obolon"] == ("vehicles",)
    assert damage["Brovary"] == ("energy",)


@pytest.mark.parametrize(
    ("text", "name", "attacker"),
    [
        ("Ukrainian drones struck an oil depot in Tuapse.", "Tuapse", "UA"),
        ("Shelling damaged homes in Shebekino.", "Shebekino", "UA"),
        ("A missile hit a school in Kharkiv.", "Kharkiv", "RU"),
        ("Russian drones hit a substation in Sevastopol.", "Sevastopol", "RU"),
    ],
)
def test_attacker(text: str, name: str, attacker: str, gaz: Gazetteer) -> None:
    ext = extract_report(Report(id="a", text=text), gaz)
    assert {p.place.name: p.attacker for p in ext.impacts}[name] == attacker


def test_ukrainian_text_with_inflected_names(gaz: Gazetteer) -> None:
    text = (
        "Вночі дрони атакували Харківщину. У Харкові пошкоджено школу. "
        "На Сумщині внаслідок обстрілу загинула жінка."
    )
    got = places(text, gaz)
    assert got["Kharkiv Oblast"][:3] == ("impact", "admin1", "UA-63")
    assert got["Kharkiv"][:3] == ("impact", "settlement", "UA-63")
    assert got["Sumy Oblast"][0] == "impact"


def test_region_in_brackets_is_not_a_gloss(gaz: Gazetteer) -> None:
    got = places("A strike on Kostiantynivka (Donetsk Oblast) killed two people.", gaz)
    assert got["Kostiantynivka"][2] == "UA-14"
    assert got["Donetsk Oblast"][:2] == ("impact", "admin1")


def test_district_follows_the_city_named_before_it(gaz: Gazetteer) -> None:
    text = (
        "A missile hit Poltava in the morning. At night drones struck Kharkiv's Kyivskyi "
        "district, the mayor said."
    )
    assert places(text, gaz)["Kyivskyi district"][2] == "UA-63"


def test_announced_list_of_oblasts(gaz: Gazetteer) -> None:
    got = places("Russia shelled 3 oblasts: Kherson, Mykolaiv and Sumy.", gaz)
    assert {n: v[1:3] for n, v in got.items() if n != "Russia"} == {
        "Kherson Oblast": ("admin1", "UA-65"),
        "Mykolaiv Oblast": ("admin1", "UA-48"),
        "Sumy Oblast": ("admin1", "UA-59"),
    }


def test_possessive_of_a_polity_is_a_mention(gaz: Gazetteer) -> None:
    text = "Drones attacked refineries that feed Moscow's war effort, Kyiv said."
    assert role_of(text, "Moscow", gaz) == "mention"


def test_region_heading_before_a_governor_clause(gaz: Gazetteer) -> None:
    text = (
        "In Donetsk Oblast, shelling killed two people in Druzhkivka, Governor Vadym "
        "Filashkin said."
    )
    got = places(text, gaz)
    assert got["Donetsk Oblast"][0] == "impact"
    assert got["Druzhkivka"][0] == "impact"


# --- places that act, speak or host: not targets --------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a capital's agencies speak for it
        (
            "Kyiv's air force reported that Russia sent 30 drones against the Sumy region.",
            "Kyiv",
            "mention",
        ),
        (
            "Kyiv's air force reported that Russia sent 30 drones against the Sumy region.",
            "Sumy Oblast",
            "impact",
        ),
        # a place that strikes, is the agent of "by", or is led to do something
        ("Kyiv struck targets in the Belgorod region overnight.", "Kyiv", "mention"),
        ("Kyiv struck targets in the Belgorod region overnight.", "Belgorod Oblast", "impact"),
        ("Kyiv struck back at a refinery in Tuapse.", "Kyiv", "mention"),
        ("Kharkiv hit again by drones at dawn.", "Kharkiv", "impact"),
        ("A depot in the Sumy region was hit by Moscow at dawn.", "Moscow", "mention"),
        ("A depot in the Sumy region was hit by Moscow at dawn.", "Sumy Oblast", "impact"),
        (
            "Losses at the front forced Moscow to call up reservists.",
            "Moscow",
            "mention",
        ),
        ("Drones hit the refinery that earns the revenue Moscow needs.", "Moscow", "mention"),
        # speakers and declarations
        (
            "The Odesa region declared a day of mourning after a missile killed 4 people in "
            "Izmail.",
            "Odesa Oblast",
            "mention",
        ),
        (
            "The Odesa region declared a day of mourning after a missile killed 4 people in "
            "Izmail.",
            "Izmayil",
            "impact",
        ),
        ("Orlov, deputy governor: four drones were destroyed at night.", "Orlov", "mention"),
        # a visit for talks; "talks aimed at reviving" aim at no place
        (
            "The president flew to Vilnius, Lithuania, for talks aimed at reviving the deal, "
            "as drones hit Uman.",
            "Vilnius",
            "mention",
        ),
        (
            "The president flew to Vilnius, Lithuania, for talks aimed at reviving the deal, "
            "as drones hit Uman.",
            "Uman",
            "impact",
        ),
    ],
)
def test_places_that_act_are_mentions(text: str, name: str, role: str, gaz: Gazetteer) -> None:
    assert role_of(text, name, gaz) == role


def test_official_speaking_of_the_own_region(gaz: Gazetteer) -> None:
    # the governor's words point back at the region: it was hit
    text = "Officials of the Kherson region said nine drones had been destroyed above the region."
    assert role_of(text, "Kherson Oblast", gaz) == "impact"
    text = "Speaking on television, the Kherson region's governor said a drone hit the region."
    assert role_of(text, "Kherson Oblast", gaz) == "impact"
    # figures without a word pointing back: the region is only the officials' seat
    text = "According to the Poltava regional administration, 4 people were injured."
    assert role_of(text, "Poltava Oblast", gaz) == "mention"


# --- launch areas: names after "from", not any words --------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "A statement came from the Brovary city council on Monday.",
            "Brovary",
            "mention",
        ),
        (
            "The drones were launched from airfields around the occupied city of Dzhankoi.",
            "Dzhankoy",
            "launch",
        ),
        ("Rockets were launched from the Oryol and Bryansk regions.", "Bryansk Oblast", "launch"),
        # a list of directions, its far village taken as one of them
        (
            "Overnight 90 drones came from the directions of Bryansk, Kursk and Shatalovo.",
            "Shatalovo",
            "launch",
        ),
        ("Missiles were fired from the directions of Kursk and Belgorod.", "Belgorod", "launch"),
    ],
)
def test_launch_needs_a_place_after_from(text: str, name: str, role: str, gaz: Gazetteer) -> None:
    assert role_of(text, name, gaz) == role


def test_from_with_any_words_between_is_not_a_launch(gaz: Gazetteer) -> None:
    text = "Belarus lets Russia use its soil, and from there drones aimed at Poltava are launched."
    assert role_of(text, "Poltava", gaz) != "launch"


def test_bank_of_a_river_is_a_reference_point(gaz: Gazetteer) -> None:
    got = places("Guns on the left bank of the Dnipro shelled Bilozerka.", gaz)
    assert got["Dnipro"][0] == "mention"
    assert got["Bilozerka"][0] == "impact"


# --- more words of strikes ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A house went up in flames in Bucha after the attack.", "Bucha"),
        ("Windows were shattered in dozens of flats in Irpin.", "Irpin"),
        ("The rocket strike in Uman was the third this week.", "Uman"),
        ("Residents of Uman were among the victims of the night.", "Uman"),
        ("Air defence was active over the Kyiv and Zhytomyr regions.", "Zhytomyr Oblast"),
        ("Air defence was active over the Kyiv and Zhytomyr regions.", "Kyiv Oblast"),
    ],
)
def test_more_strike_cues(text: str, name: str, gaz: Gazetteer) -> None:
    assert role_of(text, name, gaz) == "impact"


# --- headlines of other articles, datelines ------------------------------------------------


def test_read_also_glued_to_the_sentence_before(gaz: Gazetteer) -> None:
    text = "A drone damaged a barn in Bilozerka.Read also: Explosions heard in Uman overnight"
    got = places(text, gaz)
    assert got["Bilozerka"][0] == "impact"
    assert got["Uman"][0] == "mention"


def test_block_of_links_to_other_articles(gaz: Gazetteer) -> None:
    text = (
        "Drones hit a depot in Brovary overnight.\n\n"
        "See also\n"
        "- Missile strike damages port in Izmail\n"
        "- Shelling in Bilozerka kills two\n"
    )
    got = places(text, gaz)
    assert got["Brovary"][0] == "impact"
    assert got["Izmayil"][0] == "mention"
    assert got["Bilozerka"][0] == "mention"


def test_prose_after_a_block_of_links_is_read_again(gaz: Gazetteer) -> None:
    text = (
        "Latest news\n"
        "- Talks resume in Vilnius\n\n"
        "Later in the day a guided bomb hit a warehouse in Uman, damaging two lorries and "
        "the roof of a neighbouring shop, according to the regional police, who said that "
        "rescuers worked through the afternoon.\n"
    )
    assert role_of(text, "Uman", gaz) == "impact"


def test_dateline_after_a_headline(gaz: Gazetteer) -> None:
    text = "Depot burns after night attack\nLVIV, Ukraine — Drones hit a depot in Brovary."
    got = places(text, gaz)
    assert got["Lviv"][0] == "mention"
    assert got["Brovary"][0] == "impact"
    # a list item after a headline is not a dateline
    text = "Night attack\n• Uman — a drone hit a school"
    assert role_of(text, "Uman", gaz) == "impact"


# --- languages whose words are not read ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # German
        "In der Nacht haben russische Drohnen die Stadt Uman angegriffen. Nach Angaben der "
        "Behörden wurden dabei drei Menschen getötet und zwölf verletzt, mehrere Häuser "
        "wurden beschädigt. Auch in Brovary bei Kiew gab es Explosionen.",
        # Polish
        "W nocy rosyjskie drony zaatakowały miasto Uman. Według władz zginęły trzy osoby, a "
        "dwanaście zostało rannych; uszkodzone zostały domy. Eksplozje słychać było także w "
        "mieście Brovary, gdzie spadły szczątki drona.",
        # Portuguese
        "Durante a noite, drones russos atacaram a cidade de Uman. Segundo as autoridades, "
        "três pessoas morreram e doze ficaram feridas, e várias casas foram danificadas. "
        "Houve também explosões em Brovary, perto de Kiev, onde caíram destroços.",
    ],
)
def test_unread_language_gives_mentions_and_no_figures(text: str, gaz: Gazetteer) -> None:
    ext = extract_report(Report(id="x", text=text), gaz)
    assert ext.places, "the places are still found"
    assert {p.role for p in ext.places} == {"mention"}
    assert all(p.cue.startswith("language not read") for p in ext.places)
    assert ext.facts == {}


def test_unread_language_keeps_only_places_of_the_report_countries(gaz: Gazetteer) -> None:
    # "Triunfo" and "Vitória" are Portuguese words and Brazilian towns
    text = (
        "Vitória de Kiev? Um ataque com drones atingiu Uman durante a noite, e as autoridades "
        "falaram de um triunfo da defesa aérea. Triunfo inédito para a Ucrânia, disse o "
        "governador, que pediu calma aos moradores da região."
    )
    ext = extract_report(Report(id="p", text=text), gaz)
    assert {p.place.country for p in ext.places} <= {"UA", "RU", "BY", "MD"}
    assert any(u.reason.startswith("language not read") for u in ext.unresolved)


def test_short_english_text_is_read(gaz: Gazetteer) -> None:
    # too few words to tell the language: read as English
    assert role_of("A blast tore through a depot in Fastiv.", "Fastiv", gaz) == "impact"


def test_mayor_speaking_of_a_strike_alone_in_the_sentence(gaz: Gazetteer) -> None:
    assert role_of("Uman mayor Iryna Petrenko said a drone hit a school.", "Uman", gaz) == "impact"
    # a mayor in a sentence that names the place struck: the city is the seat only
    text = "Uman mayor Iryna Petrenko said a drone hit a school in Bilozerka."
    assert role_of(text, "Uman", gaz) == "mention"


def test_resolved_place_is_the_constructors() -> None:
    """The resolver's cheaper constructor makes a place equal to the class's own, with the
    same hash, repr, pickle and replace."""
    place = Place("gn:1", "Kyiv", "settlement", "UA", "UA-30", 50.45, 30.52, 2_900_000)
    args = ("r", place, "impact", 1, 0.9, (Span("Kyiv", 0, 4),), "hit", "Kyiv.", (), "RU")
    made = resolved_place(*args, ("impact",))
    own = ResolvedPlace(*args, mention_roles=("impact",))
    assert made == own and hash(made) == hash(own) and repr(made) == repr(own)
    assert pickle.dumps(made) == pickle.dumps(own)
    assert dataclasses.replace(made, role="mention") == dataclasses.replace(own, role="mention")
    assert made.facts == {} and made.facts is not own.facts
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.role = "mention"  # type: ignore[misc]
    given = with_facts(made, {"killed": 2})
    assert given == dataclasses.replace(own, facts={"killed": 2})
    assert pickle.dumps(given) == pickle.dumps(dataclasses.replace(own, facts={"killed": 2}))
    assert made.facts == {}  # the place it was made from is left as it was


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Обломки упали на окраине Николаевки в Белгородской области.", "Николаевки"),
        ("Обломки упали в Николаевке Белгородской области.", "Николаевке"),
        ("Drones hit Mykolaivka, Belgorod region.", "Mykolaivka"),
    ],
)
def test_a_village_in_a_region_of_another_country_is_unresolved(
    text: str, name: str, gaz: Gazetteer
) -> None:
    # the gazetteer knows only Ukrainian villages of that name: none is put on the map
    ex = extract_report(Report("t", text), gaz)
    assert {p.place.admin1 for p in ex.places} == {"RU-BEL"}
    assert [u.span.text for u in ex.unresolved] == [name]


def test_a_town_before_its_own_region_stays(gaz: Gazetteer) -> None:
    ex = extract_report(Report("t", "У Шебекиному Бєлгородської області пошкоджено будинок."), gaz)
    assert "Shebekino" in {p.place.name for p in ex.places} and not ex.unresolved


def test_people_relocated_to_a_city_do_not_make_it_struck(gaz: Gazetteer) -> None:
    text = "Families from shelled Nikopol are being relocated to Dnipro and Zaporizhzhia."
    ex = extract_report(Report("t", text), gaz)
    roles = {p.place.name: p.role for p in ex.places}
    assert roles["Dnipro"] == roles["Zaporizhzhia"] == "mention", roles


def test_the_region_a_target_was_struck_from(gaz: Gazetteer) -> None:
    text = "Russian troops shelled Kherson from the left bank town of Oleshky overnight."
    ex = extract_report(Report("t", text), gaz)
    roles = {p.place.name: p.role for p in ex.places}
    assert roles["Kherson"] == "impact" and roles["Oleshky"] == "launch", roles


def test_the_ends_of_a_trains_route(gaz: Gazetteer) -> None:
    text = (
        "Trains from Lviv to Kharkiv will terminate at Poltava after Russian strikes near "
        "Kharkiv's main station."
    )
    ex = extract_report(Report("t", text), gaz)
    roles = {p.place.name: p.role for p in ex.places}
    assert roles["Lviv"] == roles["Poltava"] == "mention", roles
    assert roles["Kharkiv"] == "impact", roles  # named again where the strikes were


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Drones hit Odesa overnight, the outlet reported, citing a source in Kyiv.", "Kyiv"),
        ("A missile damaged a depot in Brovary, while Kyiv city avoided damage.", "Kyiv"),
        ("Shelling hit Nikopol; Marhanets was spared.", "Marhanets"),
    ],
)
def test_where_a_source_is_and_a_place_spared(text: str, name: str, gaz: Gazetteer) -> None:
    ex = extract_report(Report("t", text), gaz)
    roles = {p.place.name: p.role for p in ex.places}
    assert roles[name] == "mention", roles


def test_a_target_named_after_the_launch_places_and_at(gaz: Gazetteer) -> None:
    text = "Russia fired drones from Primorsko-Akhtarsk and Crimea at Mykolaiv, damaging a pier."
    ex = extract_report(Report("t", text), gaz)
    roles = {p.place.name: p.role for p in ex.places}
    assert roles["Mykolaiv"] == "impact" and roles["Crimea"] == "launch", roles


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Russian drones struck the Krasnopillia community overnight.", "Krasnopillya hromada"),
        ("Shelling of the Nikopol hromada damaged a school.", "Nikopol hromada"),
    ],
)
def test_an_english_community_is_a_hromada(text: str, name: str, gaz: Gazetteer) -> None:
    found = places(text, gaz)
    assert found.get(name, ("",))[0] == "impact", found  # was the raion of that name


def test_the_only_town_of_its_name_is_taken_however_far(gaz: Gazetteer) -> None:
    # two towns 400 km apart, each the only place of its name: neither is a stray village
    found = places("Russia said it struck airfields near Starokostiantyniv and Myrhorod.", gaz)
    assert found["Myrhorod"][0] == "impact", found
    found = places("Drones hit Uman and Kovel overnight.", gaz)
    assert {"Uman", "Kovel"} <= set(found), found


def test_a_far_surname_that_is_also_a_town_stays_out(gaz: Gazetteer) -> None:
    # "Гусев" is the Voronezh governor here, not the town in the Kaliningrad region
    text = (
        "Беспилотники атаковали Лискинский район Воронежской области, сообщил губернатор "
        "Александр Гусев. Вечером Гусев написал, что пожар потушен."
    )
    assert "Gusev" not in places(text, gaz)


# --- a district of the city the report is about ------------------------------------------------


def _districts(text: str, gaz: Gazetteer) -> dict[str, tuple[str | None, int]]:
    """name -> (admin1, precision) of the districts found in a report text."""
    return {n: (a, p) for n, (_, kind, a, p) in places(text, gaz).items() if kind == "district"}


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        # the city the report is about has a district of that name: that one
        ("Харків. Уночі ворог вдарив по Київському району міста.", "Kyivskyi district", "UA-63"),
        ("Харків. Вибухи пролунали у Салтівському районі.", "Saltivskyi district", "UA-63"),
        ("Одеса. Уламки дрона впали у Київському районі.", "Kyivskyi district", "UA-51"),
        ("Запоріжжя: під ударом опинилися Олександрівський район і центр.", None, "UA-23"),
        # the namesake's own city named: its district still
        ("Полтава. Уночі дрон влучив у будинок у Київському районі.", None, "UA-53"),
    ],
)
def test_a_district_of_the_city_named_before(
    text: str, name: str | None, admin1: str, gaz: Gazetteer
) -> None:
    found = _districts(text, gaz)
    assert found and {a for a, _ in found.values()} == {admin1}, found
    if name is not None:
        assert name in found, found


@pytest.mark.parametrize(
    ("text", "struck", "supplied"),
    [
        (
            "Power was cut in parts of Poltava after a drone hit a substation in Myrhorod.",
            "Myrhorod",
            "Poltava",
        ),
        (
            "Missiles hit energy sites in Lviv Oblast, and scheduled outages were imposed in "
            "Odesa.",
            "Lviv Oblast",
            "Odesa",
        ),
    ],
)
def test_places_left_without_power_by_a_strike_elsewhere(
    text: str, struck: str, supplied: str, gaz: Gazetteer
) -> None:
    found = places(text, gaz)
    assert found[struck][0] == "impact", found
    assert found[supplied][0] == "mention", found


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # an attack that took place there
        ("The attack occurred overnight near the village of Hlushkovo.", "Glushkovo", "impact"),
        ("A missile strike took place in Kremenchuk on Sunday.", "Kremenchuk", "impact"),
        # explosions heard, no strike recorded there
        (
            "Explosions were heard in Rivne, but no hits were recorded in the city.",
            "Rivne",
            "mention",
        ),
        # a capital that acts, talks held somewhere
        ("Moscow has stepped up its drone attacks on the south.", "Moscow", "mention"),
        (
            "Kyiv intensified strikes on Russian refineries as talks in Istanbul stalled.",
            "Istanbul",
            "mention",
        ),
        # a governor's words about another district than the region named in the title (a
        # city's governor is its region's)
        (
            "Rostov Governor Yuri Slyusar said debris fell in the district, damaging a barn.",
            "Rostov Oblast",
            "mention",
        ),
    ],
)
def test_events_there_and_places_named_for_their_people(
    text: str, name: str, role: str, gaz: Gazetteer
) -> None:
    assert role_of(text, name, gaz) == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # explosions heard where the officials found nothing
        (
            "Blasts were heard across the river in Moldova's Cahul district, where officials "
            "said no debris was found.",
            "Cahul",
            "mention",
        ),
        (
            "A drone hit a house in Kharkiv; in Poltava explosions were heard but no hits were "
            "recorded in the city.",
            "Kharkiv",
            "impact",
        ),
        (
            "Rivne Mayor Oleksandr Tretiak said explosions were heard in the city but no strikes "
            "were recorded there.",
            "Rivne",
            "mention",
        ),
        # the regional capital named as a distance's reference
        (
            "The attack occurred near Rylsk, about 100 kilometres west of the regional capital, "
            "Kursk.",
            "Kursk",
            "mention",
        ),
    ],
)
def test_nothing_found_there_and_capitals_as_references(
    text: str, name: str, role: str, gaz: Gazetteer
) -> None:
    assert role_of(text, name, gaz) == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Missiles hit a substation near Zolochiv, leaving parts of the city of Kharkiv "
            "without power.",
            "Kharkiv",
        ),
        ("Emergency power cuts were introduced in Kyiv, Odesa and Dnipro.", "Dnipro"),
        (
            "The town of Pavlohrad was left without power after a drone hit a substation "
            "outside Ternivka.",
            "Pavlohrad",
        ),
    ],
)
def test_places_that_only_lost_power(text: str, name: str, gaz: Gazetteer) -> None:
    assert role_of(text, name, gaz) == "mention"
