"""Headline numbers: digits and words, totals, updates, and numbers that are not facts."""

from __future__ import annotations

import pytest

from geo.understand.facts import extract_facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # launched weapons, digits and words
        ("Overnight Russia launched 310 drones and 9 missiles.", {"drones": 310, "missiles": 9}),
        ("The enemy fired twelve cruise missiles.", {"missiles": 12}),
        ("They used at least a dozen Shahed-type attack drones.", {"drones": 12}),
        (
            "Forty-two drones and two Iskander-M ballistic missiles were used.",
            {"drones": 42, "missiles": 2},
        ),
        ("A single Kh-22 missile struck the plant.", {"missiles": 1}),
        # model numbers and stocks are not counts of an attack
        ("Two carriers of Kalibr missiles with a total salvo of 16 missiles are on duty.", {}),
        ("Bombers launched Kh-101 cruise missiles at dawn.", {}),
        # killed and wounded
        ("Four people were killed and 17 injured.", {"killed": 4, "wounded": 17}),
        ("The strike killed 6 and wounded 30.", {"killed": 6, "wounded": 30}),
        ("Seventy-two people were injured, nine of them teenagers.", {"wounded": 72}),
        ("A man was killed in his car.", {"killed": 1}),
        # ages, dates, times and house numbers are not facts
        # (the woman herself counts: one wounded)
        ("A 45-year-old woman was injured at 03:40 on 12 May in house No. 7.", {"wounded": 1}),
        # intercepted
        ("Air defences shot down 280 of them.", {"intercepted": 280}),
        ("In all, 96 drones were destroyed overnight.", {"intercepted": 96}),
        ("The army destroyed 40 of the missiles and six drones.", {"intercepted": 46}),
        (
            "It fired 20 missiles, 15 of which were intercepted.",
            {"missiles": 20, "intercepted": 15},
        ),
        ("Air defences shot down 56 out of 123 Shahed drones.", {"drones": 123, "intercepted": 56}),
        ("Of the 40 missiles, 38 were shot down.", {"missiles": 40, "intercepted": 38}),
        (
            "They launched 6 Iskander-M missiles and 45 Shahed and decoy drones.",
            {"drones": 45, "missiles": 6},
        ),
    ],
)
def test_facts(text: str, expected: dict[str, int]) -> None:
    assert extract_facts(text) == expected


def test_update_wins_over_first_figure() -> None:
    text = (
        "Officials first reported three dead. By the evening the death toll had risen to "
        "eleven. Twenty-five people were wounded."
    )
    assert extract_facts(text) == {"killed": 11, "wounded": 25}


def test_update_of_wounded_goes_to_wounded() -> None:
    text = "He first said 8 people were injured; later the figure had climbed to 14."
    assert extract_facts(text) == {"wounded": 14}


def test_earlier_attack_is_not_counted() -> None:
    text = (
        "A drone killed two people in the town on Monday. Last year a missile strike on "
        "the same street killed 40 people."
    )
    assert extract_facts(text) == {"killed": 2}


def test_stated_total_wins() -> None:
    text = (
        "One woman was wounded in the village. In total, 9 people were wounded across the region."
    )
    assert extract_facts(text)["wounded"] == 9


def test_nothing_stated() -> None:
    assert extract_facts("Sirens sounded in the capital for two hours.") == {}


# --- interceptions: lists, continuations, headline participles ---------------------------------


@pytest.mark.parametrize(
    ("text", "intercepted"),
    [
        # a list of counts after one verb is summed
        (
            "Gunners intercepted three missiles of the Kalibr type, 22 strike drones and one "
            "guided missile, the command said.",
            26,
        ),
        # "and N more" / "and N over X" continue the count
        ("Eleven drones were destroyed before dawn and four more after sunrise.", 15),
        (
            "Twenty drones were reportedly shot down over the Oryol region, which borders "
            "Bryansk, and two over the Lipetsk region.",
            22,
        ),
        # ... but not the parts of a total ("including 40 over X and 12 over Y")
        (
            "The ministry said 210 drones were intercepted, including 40 over the Tula region "
            "and 12 over the Kaluga region.",
            210,
        ),
        # an adverb between the auxiliary and the verb; a headline without "were"
        ("Six missiles were tentatively intercepted near the coast.", 6),
        ("Twelve drones from Belarus downed over the Volyn region", 12),
        ("Four unmanned aerial vehicles (UAVs) were neutralised at night.", 4),
        # "all of them": all the weapons the sentence counted
        ("Russia fired 14 drones and 3 missiles; gunners shot down all of them.", 17),
        # a nationwide figure and the part over the report's region
        (
            "The ministry reported 120 drones intercepted across the country, 17 of them above "
            "the Lipetsk region.",
            17,
        ),
    ],
)
def test_intercepted(text: str, intercepted: int) -> None:
    assert extract_facts(text)["intercepted"] == intercepted


def test_destroyed_floors_and_storeys_are_not_interceptions() -> None:
    text = "The missile destroyed three floors of a nine-story block and 2 garages."
    assert "intercepted" not in extract_facts(text)
    assert extract_facts("Drones destroyed a 5-storey building.") == {}


@pytest.mark.parametrize(
    ("text", "drones"),
    [
        ("The governor said more than two dozen drones had been launched.", 24),
        ("Air defences downed 7 out of 9 “kamikaze” drones.", 9),
    ],
)
def test_drone_counts_in_words_and_quotes(text: str, drones: int) -> None:
    assert extract_facts(text)["drones"] == drones


# --- killed and wounded: zeros, single persons, ages, phrasing -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A drone hit a shed in the village. There were no casualties.",
            {"killed": 0, "wounded": 0},
        ),
        ("Debris fell on a car park; nobody was injured.", {"wounded": 0}),
        ("According to early reports, nobody was hurt.", {"killed": 0, "wounded": 0}),
        # a figure beats the zero, wherever it stands
        (
            "No one was hurt in Chuhuiv. In Izium three people were wounded.",
            {"killed": 0, "wounded": 3},
        ),
        # "no one else" says nothing of the others
        ("One man was injured; no one else was hurt.", {"wounded": 1}),
    ],
)
def test_nobody_hurt_is_zero(text: str, expected: dict[str, int]) -> None:
    assert extract_facts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rescuers said a woman aged 64 was hurt by glass.", {"wounded": 1}),
        ("Women of 52 and 48 were injured in the blast.", {}),
        ("Another resident was badly hurt by flying glass.", {"wounded": 1}),
        ("A drone killed a man on his bicycle.", {"killed": 1}),
        ("The rockets killed three men and wounded a fourth.", {"killed": 3, "wounded": 1}),
        ("A pensioner, born in 1948, was injured by the blast.", {"wounded": 1}),
        ("Five residents with shrapnel injuries were taken to hospital.", {"wounded": 5}),
        ("Three more people were hospitalised with light injuries.", {"wounded": 3}),
        (
            "By noon four residents were known to have died, and 23 were said to have been "
            "injured.",
            {"killed": 4, "wounded": 23},
        ),
        ("Police said nine people, five of them from one street, were killed.", {"killed": 9}),
    ],
)
def test_casualty_phrasing(text: str, expected: dict[str, int]) -> None:
    assert extract_facts(text) == expected


def test_headline_figure_gives_way_to_the_body() -> None:
    text = (
        "Missile strike on Uman kills three children\n"
        "Eleven people, three of them children, were killed when a missile hit Uman."
    )
    assert extract_facts(text)["killed"] == 11


def test_headline_figure_counts_when_the_body_has_none() -> None:
    text = "Glide bombs kill two in Kupiansk\nThe bombs hit a market at noon."
    assert extract_facts(text) == {"killed": 2}


# --- recalled attacks and live updates --------------------------------------------------------


def test_sentences_dated_days_before_the_report_are_recalled() -> None:
    text = (
        "Drones struck Nikopol overnight on March 14, injuring two people.\n"
        "- On March 3, a strike on the same district killed six people and injured 30."
    )
    assert extract_facts(text) == {"wounded": 2}


def test_the_day_before_is_not_a_recall() -> None:
    text = (
        "March 15. Officials gave the toll of the attack.\n"
        "On the evening of March 14 a missile killed four people in Nikopol."
    )
    assert extract_facts(text) == {"killed": 4}


@pytest.mark.parametrize(
    "recall",
    [
        "To recall, a drone injured 12 people in the city last spring.",
        "Earlier, 12 people were injured in a strike on the same port.",
        "The agency reported earlier that 12 people were injured in the port.",
    ],
)
def test_recalled_figures_do_not_count(recall: str) -> None:
    text = f"A missile hit the port of Izmail, injuring 4 dock workers. {recall}"
    assert extract_facts(text) == {"wounded": 4}


def test_later_live_blog_entry_updates_the_figure() -> None:
    text = (
        "A missile hit a shopping centre in Kremenchuk.\n"
        "14:10. The mayor said two people were injured.\n"
        "15:25. Eight people are now injured and one was killed, police said.\n"
        "16:40. Rescuers said 11 people were injured."
    )
    assert extract_facts(text) == {"killed": 1, "wounded": 11}


# --- languages ------------------------------------------------------------------------------


def test_unread_language_gives_no_figures() -> None:
    polish = "W nocy Rosja wystrzeliła 40 dronów; 5 osób zostało rannych, 2 osoby nie żyją."
    assert extract_facts(polish) == {}
    assert extract_facts(polish, lang="other") == {}
    assert extract_facts("Drones hit Sumy; 5 people were injured.", lang="en") == {"wounded": 5}


def test_publication_date_alone_is_not_the_date_of_the_attack() -> None:
    text = "June 9, 2025\n\nOn June 6, a missile killed five people in Sumy and wounded 31."
    assert extract_facts(text) == {"killed": 5, "wounded": 31}


def test_one_person_died() -> None:
    text = "The governor said a pensioner died when a drone struck her house in the village."
    assert extract_facts(text)["killed"] == 1


@pytest.mark.parametrize(
    "text",
    [
        "Overnight Russia's drones killed two people in Kharkiv; 5 were injured. "
        "Air defence shot down 40 of 52 drones, the air force said on May 3.",
        "A man, aged 70, was killed and a woman was injured. No one else was hurt.",
        "Eleven drones and three missiles were launched at the city.",
    ],
)
def test_typographic_marks_do_not_change_the_figures(text: str) -> None:
    """Curly apostrophes, dashes and no-break spaces (text outside ASCII) are read like
    their plain forms: the shortcuts that skip sentences and patterns hold for them too."""
    fancy = "KYIV \u2014 " + text.replace("'", "\u2019")
    plain = "KYIV - " + text
    assert extract_facts(fancy, "en") == extract_facts(plain, "en") != {}
    assert extract_facts(fancy, "en", {}) == extract_facts(plain, "en")


def test_letters_that_fold_to_ascii_keep_the_full_reading() -> None:
    """A dotless i or long s is matched by the patterns as i or s, so a sentence holding one
    is read in full rather than narrowed by its lower-case words."""
    assert extract_facts("Four people were killed in the ſtrike on the dıstrict.", "en") == {
        "killed": 4
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one person named by the part they had, or by kin, without any count
        ("A drone hit a minibus, killing the driver.", {"killed": 1}),
        ("The shelling wounded her husband.", {"wounded": 1}),
        ("A missile killed the pilot and wounded three crew members.", {"killed": 1, "wounded": 3}),
    ],
)
def test_one_person_without_a_count(text: str, expected: dict[str, int]) -> None:
    assert extract_facts(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of a count given in the same breath, with the weapons' participle
        (
            "Officials said 51 of the 60 drones launched at the region were shot down.",
            {"drones": 60, "intercepted": 51},
        ),
        (
            "In all, 7 of the 9 missiles fired overnight were destroyed.",
            {"missiles": 9, "intercepted": 7},
        ),
    ],
)
def test_a_part_of_the_weapons_launched_was_shot_down(text: str, expected: dict[str, int]) -> None:
    assert extract_facts(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moscow fired 7 Iskander-M ballistic missiles and 19 Kh-101 cruise missiles "
            "overnight, together with 410 drones.",
            {"drones": 410, "missiles": 26},
        ),
        (
            "The strike package held 140 Shahed-type drones, 85 decoy drones and two Kinzhal "
            "missiles, plus one Kalibr missile.",
            {"drones": 225, "missiles": 3},
        ),
        # a total stated before its parts is not raised by them
        (
            "Russia launched 12 missiles, including 4 Iskander-M missiles and 8 Kh-101 missiles.",
            {"missiles": 12},
        ),
        # the second count says what was shot down, not what was launched
        (
            "The enemy launched 60 drones and 45 drones were shot down by mobile fire groups.",
            {"drones": 60, "intercepted": 45},
        ),
    ],
)
def test_counts_of_one_weapon_listed_by_type_are_summed(
    text: str, expected: dict[str, int]
) -> None:
    assert extract_facts(text) == expected
