"""The fifth pass's shortcuts in the role rules and the resolver give the answers of the full
readings they replace.

Each test holds a shortcut against the reading it spares, written out here, on texts made for
the purpose (English, Ukrainian, Russian), so that a shortcut that changed an answer fails.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

import geo.places.resolve as resolve
from geo.language.document import read_document
from geo.language.text import FOLDS_TO_ASCII, lacks, lowered
from geo.places.gazetteer import Gazetteer
from geo.records import Place
from geo.understand import roles, roles_uk_ru
from geo.understand.mentions import find_mentions


def _clause_breaks_in_full(text: str) -> tuple[tuple[int, int], ...]:
    """:func:`roles._clause_breaks` as it was: one pattern for every text without "while"."""
    if "while" not in text:
        return tuple(m.span() for m in roles._PUNCTUATION_BREAK_RE.finditer(text))
    return tuple(m.span() for m in roles._CLAUSE_BREAK.finditer(text))


_BREAK_TEXTS = [
    "Drones hit Kharkiv, as the sirens sounded; Sumy was shelled.",
    "Drones hit Kharkiv, hours after Sumy was shelled.",
    "Drones hit Kharkiv, two hours before Sumy was shelled.",
    "Drones hit Kharkiv, hours after midnight.",  # "after" with no capital after it
    "Drones hit Kharkiv, but Sumy was spared, whereas Poltava burned, although Lviv slept.",
    "Drones hit Kharkiv,as Sumy burned;Odesa too",
    "Drones hit Kharkiv while Sumy was shelled, after Odesa.",
    "A blast in Kharkiv, an AFTERSHOCK, a fire, Before Sumy",
    "Kharkiv and Sumy were hit.",
    "Kharkiv, Sumy, Poltava; Odesa",
    "Kharkiv, afterwards Sumy, beforehand Odesa",
    "Kharkiv,\n but Sumy; \t Odesa",
]


@pytest.mark.parametrize("text", _BREAK_TEXTS)
def test_clause_breaks_without_after_or_before_as_with_the_full_pattern(text: str) -> None:
    assert roles._clause_breaks.__wrapped__(text) == _clause_breaks_in_full(text)


def test_the_short_break_pattern_is_the_full_one_less_its_last_alternative() -> None:
    full = roles._PUNCTUATION_BREAK_RE.pattern
    short = roles._BREAK_BUT_AFTER_RE.pattern
    assert full.startswith(short[:-1] + "|")
    assert "after" in full[len(short) - 1 :] and "before" in full[len(short) - 1 :]
    assert "after" not in short and "before" not in short


def _launch_in_full(sentence: str, before: str, lang: str) -> str | None:
    """:func:`roles_uk_ru._launch` with the text before the name searched whole (a word of a
    strike between the launch's preposition and the name makes the name a target)."""
    m = (
        None
        if lacks(before, roles_uk_ru._LAUNCH_WORDS)
        else roles_uk_ru._LAUNCH_BEFORE.search(before)
    )
    if m is None:
        m = roles_uk_ru._LIST_HEADING_BEFORE.search(before)
    return roles_uk_ru._launch_of(
        sentence, before, m, lambda: roles_uk_ru._FROM_BEFORE.search(before), lang
    )


_LONG_UK = (
    "Уночі противник випустив по області ударні безпілотники, частину з них збили сили ППО, "
    "запуски здійснювали з районів міст Курськ, Брянськ, Орел, Міллерово, Приморсько-Ахтарськ "
    "та з тимчасово окупованого Криму, а також з Донецька, Горлівки і Макіївки, повідомили в "
    "Повітряних силах ЗСУ; у Харкові та Сумах було чути вибухи."
)
_LONG_RU = (
    "По данным Минобороны, беспилотники были запущены с территории Харьковской и Сумской "
    "областей, а также со стороны Черниговской области; обломки упали в Белгороде, Шебекино, "
    "Грайвороне, Валуйках и Короче, из них два — на жилые дома, еще один — в поле за "
    "Старым Осколом, сообщил губернатор."
)
_LAUNCH_TEXTS = [
    (_LONG_UK, "uk"),
    (_LONG_RU, "ru"),
    ("Дрони запустили з боку Курська, вони летіли над Сумщиною.", "uk"),
    ("Ракети випустили з " + "дуже " * 40 + "далекого Курська.", "uk"),
    ("Ракеты выпустили с " + "очень " * 3 + "далекого Курска у Белгорода.", "ru"),
    ("Дроны запустили из Курска — Орла — Брянска — Воронежа и Липецка.", "ru"),
    ("Дрони запускали з: Курськ, Орел, Брянськ, Міллерово, Шаталово, Халіно, Єйськ.", "uk"),
    ("З 20 дронів 12 збили над Київщиною, а запуски велись з Орла і Брянська.", "uk"),
    ("Беспилотник взлетел с аэродрома 1 в 2 Курской области, рядом с Льговом.", "ru"),
    ("Запуск з " + ", ".join(["Курськ"] * 12) + " і Орел.", "uk"),
    (
        "Протягом ночі та ранку "
        + "повітряні сили фіксували рух ударних дронів, " * 4
        + "які летіли з боку Бєлгорода, Курська, Брянська та Орла, а також з напрямку "
        + "Азовського моря і з акваторії Чорного моря на Одещину.",
        "uk",
    ),
    (
        "Ночью и утром "
        + "средства ПВО отражали атаку беспилотников, " * 4
        + "запуски производились со стороны Курской и Брянской областей и с территории "
        + "Крыма — по Белгороду, Шебекино и Валуйкам.",
        "ru",
    ),
    ("Дрони летіли з боку — — — — — — — — — — — — — Курська " * 4 + "на Суми.", "uk"),
    ("Со стороны !!! ??? ... … « » Брянска " * 6 + "и Курска.", "ru"),
]


@pytest.mark.parametrize(("sentence", "lang"), _LAUNCH_TEXTS)
def test_launch_cue_from_the_last_words_as_from_the_whole_text_before(
    sentence: str, lang: str
) -> None:
    for m in re.finditer(r"[А-ЯІЇЄҐ][а-яіїєґёʼ'-]+", sentence):
        before = sentence[: m.start()]
        got = roles_uk_ru._launch(sentence, before, lang)
        assert got == _launch_in_full(sentence, before, lang), m.group()


_PATTERN_RUNS = [
    (roles_uk_ru._FROM_BEFORE, roles_uk_ru._FROM_RUNS),
    (roles_uk_ru._LAUNCH_BEFORE, roles_uk_ru._LAUNCH_RUNS),
]


@pytest.mark.parametrize(("sentence", "lang"), _LAUNCH_TEXTS)
@pytest.mark.parametrize(("pattern", "runs"), _PATTERN_RUNS)
def test_launch_patterns_searched_from_the_last_runs_as_whole(
    sentence: str, lang: str, pattern: re.Pattern[str], runs: int
) -> None:
    """Every prefix of the texts, the search from the last runs of letters finds what the
    search of the whole prefix finds, where it finds it; and the words the gate looks for
    are in what is searched."""
    for end in range(len(sentence) + 1):
        before = sentence[:end]
        full = pattern.search(before)
        start = roles_uk_ru._last_letter_runs(before, runs)
        part = pattern.search(before, start)
        assert (full and full.span()) == (part and part.span()), before[-80:]
        if pattern is roles_uk_ru._LAUNCH_BEFORE and full:
            assert not lacks(before[start:], roles_uk_ru._LAUNCH_WORDS)


def test_the_long_texts_are_searched_from_their_last_runs() -> None:
    """The texts above try the shortcut: a match found from the last runs of a long text."""
    for pattern, runs in _PATTERN_RUNS:
        tried = 0
        for sentence, _lang in _LAUNCH_TEXTS:
            for end in range(len(sentence) + 1):
                start = roles_uk_ru._last_letter_runs(sentence[:end], runs)
                tried += bool(start and pattern.search(sentence[:end], start))
        assert tried > 5, pattern.pattern


def test_last_letter_runs_of_a_long_text() -> None:
    text = "з " + "слово " * 60 + "Курськ, Орел і Брянськ "
    start = roles_uk_ru._last_letter_runs(text, 3)
    assert text[start:] == "Орел і Брянськ "
    assert roles_uk_ru._last_letter_runs("з Курська", 3) == 0  # short: searched whole
    assert roles_uk_ru._last_letter_runs("1 " * 200, 3) == 0  # too few runs in the tail


@pytest.mark.parametrize("margin", [0.0, -0.0, 0.5, 1.0, 2.5, 3.14159, 4.99, 5.0, 7.5, 12.0])
def test_confidence_kept_per_margin_as_worked_out(margin: float) -> None:
    expected = round(min(0.99, 0.55 + 0.09 * min(margin, 5.0)), 2)
    assert resolve._confidence(margin) == expected
    assert resolve._confidence(margin) == expected  # the kept answer


def _precision_in_full(place: Place, sentence: str, offset: int) -> int:
    """:func:`resolve._precision` with the gate read by :func:`lacks`."""
    if place.id.startswith("derived:"):
        return 2
    if place.kind in ("settlement", "district"):
        before = sentence[max(0, offset - 40) : offset]
        return 2 if not lacks(before, resolve._NEAR_WORDS) and resolve._NEAR.search(before) else 1
    return 2 if place.kind == "admin2" else 3


_NEAR_TEXTS = [
    "Drones hit a depot near Kupiansk overnight.",
    "Shelling 10 km north of the city of Izium.",
    "Explosions were heard outside Sumy and in Okhtyrka.",
    "A missile struck the outskirts of Odesa.",
    "Debris fell CLOSE TO Brovary.",
    "Дрони атакували околиці Харкова, поблизу Чугуєва — вибухи.",
    "Беспилотник упал недалеко от Шебекино, возле Белгорода.",
    "The strike hit Kharkiv’s Saltivka — two killed near Kharkiv.",
    "Fires broke out around Zaporizhzhia and east of Dnipro.",
    "A ſtrike near Kherson",  # a long s: the gate reads every pattern
]


@pytest.mark.parametrize("sentence", _NEAR_TEXTS)
@pytest.mark.parametrize("kind", ["settlement", "district", "admin2", "admin1"])
def test_precision_with_the_inline_gate_as_with_lacks(sentence: str, kind: str) -> None:
    place = Place("p", "P", kind, "UA", "UA-63", 49.0, 36.0)
    for m in re.finditer(r"[A-ZА-ЯІЇЄҐ][\w’']+", sentence):
        assert resolve._precision(place, sentence, m.start()) == _precision_in_full(
            place, sentence, m.start()
        ), m.group()


_RECALL_TEXTS = [
    ", renamed Dnipro in 2016, was hit",
    " (formerly Dnipropetrovsk) was struck",
    ", known as the city of roses",
    ", the governor's hometown, was shelled",
    " where he was born in 1960",
    " was hit by drones overnight",
    " — NAMED AFTER a poet — was hit",
    " ſtill known",
    ", перейменоване місто",
    "",
]


@pytest.mark.parametrize("text", _RECALL_TEXTS)
def test_recalled_with_the_inline_gate_as_with_lacks(text: str) -> None:
    expected = not lacks(text, roles._RECALL_WORDS) and bool(roles._RECALL_ONLY.search(text))
    assert roles._recalled(text) == expected


def _context_in_full(gaz: Gazetteer, mentions: list, doc, sentence_ids: list[int]) -> tuple:
    """:func:`resolve._build_context`'s loop as it was, every reading of a mention spelled
    out."""
    report_admin1: set[str] = set()
    sentence_admin1: dict = defaultdict(set)
    sentence_hint: dict = defaultdict(dict)
    anchors = []
    for m, si in zip(mentions, sentence_ids, strict=True):
        if m.qualifier in ("region", "regional"):
            unit = resolve._admin1_reading(gaz, m)
            if unit is not None and unit.admin1:
                report_admin1.add(unit.admin1)
                sentence_admin1[si].add(unit.admin1)
        elif (m.candidates and m.candidates[0].kind == "admin1") or (
            m.qualifier in ("raion", "hromada") and resolve._one_admin1(m.candidates)
        ):
            report_admin1.add(m.candidates[0].admin1 or "")
            sentence_admin1[si].add(m.candidates[0].admin1 or "")
        elif len(m.candidates) == 1 or (m.candidates and m.candidates[0].population > 200_000):
            anchors.append((resolve._name_key(m.span.text), m.candidates[0]))
            if m.candidates[0].admin1:
                hints = sentence_hint[si].setdefault(m.candidates[0].admin1, set())
                hints.add(resolve._name_key(m.span.text))
    if sentence_admin1:
        resolve._spread_headings(doc, sentence_admin1)
    return report_admin1, dict(sentence_admin1), dict(sentence_hint), anchors


_REPORTS = [
    "Drones hit Kharkiv and Sumy overnight. In the Kharkiv region, Izium and Kupiansk were "
    "shelled; Kyiv and Lviv heard sirens.",
    "Kherson region.\nShelling hit Bilozerka and Antonivka.\n- Zaporizhzhia region: Orikhiv.",
    "Уночі дрони атакували Одесу та Одеський район; у Сумській області обстріляли Шостку.",
    "В Белгородском районе обстреляли поселок Дубовое, в Белгороде и Шебекино повреждены дома.",
    "Mykolaivka and Ivanivka were shelled in Donetsk Oblast, Moscow and Rostov said nothing.",
    "Kharkiv",
    "",
]


@pytest.mark.parametrize("text", _REPORTS)
def test_context_built_as_with_every_reading_spelled_out(gaz: Gazetteer, text: str) -> None:
    lang = "uk" if "Уночі" in text else "ru" if "Белгород" in text else "en"
    doc = read_document(text, lang)
    mentions = find_mentions(text, gaz, lang, doc=doc)
    ids = [doc.sentence_index(m.span.start) for m in mentions]
    ctx = resolve._build_context(gaz, mentions, doc, ids)
    expected = _context_in_full(gaz, mentions, read_document(text, lang), ids)
    assert (
        ctx.report_admin1,
        dict(ctx.sentence_admin1),
        dict(ctx.sentence_hint),
        ctx.anchors,
    ) == expected
    assert text == "" or text == "Kharkiv" or ctx.anchors or ctx.report_admin1


def _impact_cue_in_full(text: str) -> str | None:
    """:func:`roles.impact_cue` with the pattern that ignores case, on every text."""
    low = roles.lowered(text)
    if low is None or (
        ("no" in low or "without" in low) and any(map(low.__contains__, roles._NEGATED_WORDS))
    ):
        text = roles._NEGATED.sub(" ", text)
    m = roles._STRONG_IMPACT.search(text)
    return m.group() if m else None


_PLAIN_WORDS = [w for w in roles._STRONG_IMPACT_WORDS if re.fullmatch(r"[a-z ]+", w)]
_IMPACT_TEXTS = [
    f"{lead} {form} {tail}"
    for word in _PLAIN_WORDS
    for form in (word, word.title(), word.upper())
    for lead, tail in (("Drones", "Kharkiv overnight."), ("In Sumy,", "(2 people)"))
] + [
    "A MISSILE-STRIKE on Odesa; Air Defences were ACTIVE over Kyiv.",
    "air defense units were at work near Lviv",
    "Shaheds flew against Kharkiv, and drones 3 against Sumy",
    "Strikes were also reported in Izium; hits were heard in Kupiansk.",
    "They set two cars and a truck on fire in Dnipro",
    "Nobody was hurt, but debris fell on a roof in Irpin.",
    "No casualties were reported; the attack on Mykolaiv failed.",
    "without causing any damage, the drones were downed over Poltava",
    "talks aimed at reviving the deal; aimed at Kherson",
    "Victims of the blast in Bucha",
    "the hitman visited Kyiv; unhurt residents; ablaze-looking",
    "Kharkiv, Sumy and Poltava.",
    "",
    "Drones HIT Kharkiv — the city’s mayor said.",  # not ASCII: the full pattern
    "Дрони атакували Харків, hit by drones",
    "Беспилотник сбит над Курском",
    "Strike ſhelled Kyiv",  # a long s: every pattern runs, as before
]


@pytest.mark.parametrize("text", _IMPACT_TEXTS)
def test_impact_cue_in_lower_case_as_with_the_pattern_ignoring_case(text: str) -> None:
    assert roles.impact_cue.__wrapped__(text) == _impact_cue_in_full(text)


def test_the_ascii_pattern_leaves_out_only_words_of_other_letters() -> None:
    kept = [w for w in roles._STRONG_IMPACT_WORDS if not roles._non_ascii_letter(w[:1])]
    left = set(roles._STRONG_IMPACT_WORDS) - set(kept)
    assert left and all(re.match(r"[а-яіїєґ]", w) for w in left)
    assert len(_PLAIN_WORDS) > 40
    assert not roles._non_ascii_letter("ſ") and not roles._non_ascii_letter("K")
    assert roles._non_ascii_letter("а") and not roles._non_ascii_letter("(")
    found = sum(_impact_cue_in_full(t) is not None for t in _IMPACT_TEXTS)
    assert found > len(_IMPACT_TEXTS) * 0.8


def _parentheticals_in_full(sentence: str) -> tuple[tuple[int, int, bool], ...]:
    """:func:`roles._parentheticals` with the whole pattern on every sentence."""
    return tuple(
        (m.start(), m.end(), m.group().lstrip(", ").startswith("where"))
        for m in roles._PARENTHETICAL.finditer(sentence)
    )


_ASIDE_SENTENCES = [
    "KHARKIV, Ukraine — Russian drones hit Kharkiv overnight, officials said.",
    "Drones hit Kharkiv — and Sumy — overnight.",
    "Drones hit Kharkiv – the second city – and Sumy, which lost power, at night.",
    "Drones hit Izium, where two people died, and Kupiansk, whose mayor spoke — briefly.",
    "Drones hit Izium, where two people died — and Kupiansk.",
    "Drones hit Izium,where two died",
    "Odesa—Mykolaiv—Kherson were hit, which is new",
    "Sumy — Kharkiv — Poltava — Lviv — Kyiv",
    "Дрони атакували Харків — і Суми — вночі, who said it",
    "Kharkiv, Who knows — nobody.",
    "No aside at all in Lviv, nor in Sumy.",
    "",
]


def _random_asides(seed: int, count: int) -> list[str]:
    """Sentences of names, aside words, commas and dashes in random order."""
    import random

    rng = random.Random(seed)
    words = ["Kharkiv", "Sumy", "which", "where", "who", "whose", "hit", "the", "town", "2"]
    glue = [" ", " ", ", ", " — ", " – ", "—", "; ", ",  "]
    return [
        "".join(rng.choice(words) + rng.choice(glue) for _ in range(rng.randint(1, 10)))
        for _ in range(count)
    ]


@pytest.mark.parametrize("sentence", _ASIDE_SENTENCES)
def test_asides_with_the_dash_count_as_with_the_whole_pattern(sentence: str) -> None:
    assert roles._parentheticals.__wrapped__(sentence) == _parentheticals_in_full(sentence)


def test_asides_of_random_sentences_as_with_the_whole_pattern() -> None:
    found = 0
    for sentence in _random_asides(5, 3000):
        full = _parentheticals_in_full(sentence)
        assert roles._parentheticals.__wrapped__(sentence) == full, sentence
        found += bool(full)
    assert found > 300


_CUE_SENTENCES = [
    "Drones hit Belgorod in Russia and Kharkiv in Ukraine.",
    "The Kremlin said Ukrainian drones hit Kursk.",
    "RUSSIAN forces struck UKRAINE's east; the Belgorod governor spoke.",
    "Russia’s army hit Ukraine’s grid.",
    "Drones hit Kharkiv.",
    "Дрони атакували Росію та Україну.",
    "A ſtrike in Ruſſia",  # a long s: every pattern runs, as before
    "",
]


@pytest.mark.parametrize("sentence", _CUE_SENTENCES)
def test_country_cues_with_one_lowering_as_with_two(sentence: str) -> None:
    ctx = resolve._Context(set(), {}, [], {}, {})
    ru = not lacks(sentence, resolve._RU_WORDS) and bool(resolve._RU_CUE.search(sentence))
    ua = not lacks(sentence, resolve._UA_WORDS) and bool(resolve._UA_CUE.search(sentence))
    assert ctx.country_cues(0, sentence) == (ru, ua)


def test_no_empty_line_is_a_navigation_heading() -> None:
    """Blank lines are not tried as headings: the pattern matches no empty text."""
    for blank in ("", " ", "\t", "\u00a0", "\r"):
        assert not resolve._NAV_HEADING.fullmatch(blank.strip())
    text = "Drones hit Sumy.\n\n   \nSee also\n\n- Kharkiv\n\n" + "Prose. " * 40
    assert resolve._navigation_spans(text) == [(text.index("See"), text.index("Prose"))]


def test_every_break_word_holds_a_stem() -> None:
    words = roles._BREAK_WORDS.replace(r"\s+", "").split("|")
    assert len(words) == 4
    for word in words:
        assert any(stem in word for stem in roles._BREAK_WORD_STEMS), word


@pytest.mark.parametrize(
    "text",
    [
        "Drones hit Kharkiv, Sumy, Poltava, Odesa.",
        "Drones hit Kharkiv, then Sumy, the mayor said.",
        "Drones hit Kharkiv, As Sumy burned.",  # case kept: "As" starts no break
        "Drones hit Kharkiv, whereas Sumy slept.",
        "Drones hit Kharkiv,\tbut Sumy slept.",
        "Drones hit Kharkiv, although Sumy slept.",
        "Drones hit Kharkiv; Sumy slept.",
        "Drones hit Kharkiv , as\nSumy slept.",
        "Drones hit Kharkiv, Basra, Butovo",
    ],
)
def test_clause_breaks_of_a_text_without_a_stem_as_with_the_pattern(text: str) -> None:
    assert roles._clause_breaks.__wrapped__(text) == _clause_breaks_in_full(text)


def test_the_folds_to_ascii_are_every_character_taken_for_an_ascii_letter() -> None:
    others = "".join(map(chr, range(128, 0x30000)))
    found = set(re.findall("[a-z]", others, re.IGNORECASE))  # (a class matches as its letters)
    assert found == set(FOLDS_TO_ASCII)
    for char, letter in zip(FOLDS_TO_ASCII, "iisk", strict=True):
        assert re.fullmatch(letter, char, re.IGNORECASE)


_FOLD_SENTENCES = [
    "Air-raid sirens sounded in Kyiv, but no strikes were reported.",
    "An AIR RAID alert in Lviv; no hits.",
    "Sirens in Odesa — drones hit the port, launched from Crimea.",
    "The alarm in Sumy was not hit by anything",
    "Drones flying from Kursk hit Sumy, renamed once, known as Sumy.",
    "Drones hit Kharkiv, 20 km north of the city of Izium.",
    "Drones were shot down over the Kyiv region, the governor said.",
    "Siren in Lviv ᲀ, no strikes were reported",  # a Cyrillic fold: ASCII words still read
    "Ѕiren іn Lviv, no strikes were reported",  # Cyrillic look-alike letters
    "Alarm ın Lviv, no strikes",  # dotless i: every pattern runs
    "Sirens in Lviv, no ſtrikes",  # long s
    "Officials in Sumy, who said that 2 people were hurt — and Kharkiv, born in 1654.",
]


@pytest.mark.parametrize("sentence", _FOLD_SENTENCES)
def test_decisions_with_ascii_lowering_as_with_lowered(
    sentence: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = [m for m in re.finditer(r"[A-Z][a-z]+", sentence) if m.start() > 0]
    assert names
    got = [
        roles.decide_role(sentence, m.start(), m.end(), kind="settlement", dateline=False)
        for m in names
    ]
    alert = roles._alert_without_strike.__wrapped__(sentence)
    monkeypatch.setattr(
        roles, "_lowered_for_ascii", lambda t: t.lower() if t.isascii() else lowered(t)
    )
    roles.clause_of.cache_clear()
    roles.impact_cue.cache_clear()
    roles._alert_without_strike.cache_clear()
    expected = [
        roles.decide_role(sentence, m.start(), m.end(), kind="settlement", dateline=False)
        for m in names
    ]
    assert got == expected
    assert alert == roles._alert_without_strike.__wrapped__(sentence)
    assert alert == (
        not lacks(sentence, roles._ALERT_WORDS)
        and bool(roles._ALERT.search(sentence) and roles._NO_STRIKE.search(sentence))
    )
