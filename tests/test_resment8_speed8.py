"""The eighth speed pass on the mention finder: each shortcut against the reading it replaces.

The possessive ending of an unknown name is cut by a pattern compiled once; a Cyrillic
name's evidence
looks for the cue beside it only where the cue decides; the keys of several words are tried
without asking again whether the first word's key goes on. The texts are written for the
purpose; the evaluation reports of ``../shared/eval`` are read too when present.
"""

from __future__ import annotations

import re

import pytest

from geo.language.cyrillic import word_language
from geo.language.document import read_document
from geo.places.gazetteer import Gazetteer
from geo.places.resolve import _report_language
from geo.records import Place, PlaceMention
from geo.understand import mentions
from geo.understand.mentions import _Finder, find_mentions

from .conftest import evaluation_texts

_OWN_TEXTS = (
    "Drones struck Kharkiv and Odesa overnight; the Sumy, Chernihiv and Poltava regions lost "
    "power. Mayor Terekhov said the Kyiv's Obolon district was hit.",
    "Russian troops shelled the village of Bilozerka near Kherson. In Zaporizhzhia Oblast, "
    "Orikhiv burned; attacks on 10 oblasts: Kharkiv, Sumy and Dnipropetrovsk.",
    "Уночі дрони атакували Харків і Суми. Світла немає в Сумській, Полтавській та Харківській "
    "областях; у селі Велика Писарівка поранено двох.",
    "Над Брянской и Курской областями сбиты беспилотники. В Белгороде и Шебекино повреждены "
    "дома, сообщил Вячеслав Гладков.",
)


def _shared_texts() -> list[str]:
    """The evaluation reports (real and dev) of the shared folder, when present."""
    return evaluation_texts()


def _texts() -> list[str]:
    return [*_OWN_TEXTS, *_shared_texts()]


def _mentions(gaz: Gazetteer, text: str) -> list[PlaceMention]:
    lang = _report_language(text)
    return find_mentions(text, gaz, lang, doc=read_document(text, lang))


# cue words before every kind of gap: inside words, before white space of several kinds, at
# the text's ends, "into", and "in" before "to" that is no "into"
_CUE_TEXTS = (
    "Strikes in Kyiv, near Odesa, outside Lviv, from Belgorod, over Kursk, at Kherson and "
    "into Sumy; within Kharkiv, Berlin Poltava, Putin Moscow, begin Ternopil, in-depth Rivne.",
    "in\tKyiv in\nDnipro in\u00a0Uman in\u2003Irpin near\r\nBucha at\x0bBrovary into\tKupiansk "
    "into\u00a0Izium int Lozova in to Chuhuiv _in Balakliia 9in Vovchansk кin Kupiansk",
    "in",
    "over",
    "at Kyiv",
    "ended in the occupied Melitopol; a village of Kamianka, the outskirts of Huliaipole, "
    "areas of Vuhledar and the city of Zaporizhzhia; into the Donetsk region.",
)


@pytest.mark.parametrize("text", [*_CUE_TEXTS, *_shared_texts()])
def test_unknown_matches_as_finditer(text: str) -> None:
    got = [(m.span(), m.group()) for m in mentions._unknown_matches(text)]
    found = [*mentions._UNKNOWN_RE.finditer(text)]
    if not text.isascii() and mentions._CYRILLIC_RE.search(text):  # Cyrillic village words too
        found = sorted(
            [*found, *mentions._UNKNOWN_CYRILLIC_RE.finditer(text)], key=lambda m: m.start()
        )
    assert got == [(m.span(), m.group()) for m in found]


def test_possessive_end_as_re_sub() -> None:
    words = ["Kyiv's", "Kyiv’s", "Kyiv's'", "s", "'s", "Odesa", "Sumy'ss", "Lviv’S", "Kyiv's\n"]
    got = [mentions._POSSESSIVE_END.sub("", w) for w in words]
    assert got == [re.sub(r"['’]s$", "", w) for w in words]


class _FullEvidenceFinder(_Finder):
    """The finder whose :meth:`cyrillic_evidence` looks for the strong cue first, as first
    written."""

    def cyrillic_evidence(self, i: int, n: int, cands: tuple[Place, ...], lang: str) -> bool:
        if self.strong_place_cue(i, n, lang):
            return True
        best = cands[0]
        if best.kind in ("country", "admin1") or best.population >= 100_000:
            return not (n == 1 and self.beside_person(i, lang))
        if n > 1:
            return True
        return _Finder.cyrillic_evidence(self, i, n, cands, lang)


# Cyrillic names beside settlement and region words, people's names and lists, famous and not
_CYRILLIC_TEXTS = (
    "Губернатор Вячеслав Гладков сообщил, что Белгород и Шебекино обстреляны. В селе Муром "
    "и посёлке Красная Яруга повреждены дома; Курск, Брянская область и Москва Сити.",
    "Сергій Лисак: у Дніпрі та Нікополі вибухи. Харків Терехов, Суми Артюх; у Кривому Розі, "
    "селище Велика Писарівка, смт Покровське, Полтава область, Київ Кличко.",
    "Москва Собянин заявил. Олег Синєгубов і Харків. Украинская власть, Белгородская "
    "область, село Рыбинск, город Ростов-на-Дону, Таганрог Ростовской области.",
)


def test_cyrillic_evidence_read_as_in_full(gaz: Gazetteer) -> None:
    """For every capitalised Cyrillic word, names of one to three words and candidates of
    every kind (famous and not), the evidence is what the first order of the rules gives."""
    tried = {True: 0, False: 0}
    for text in [*_CYRILLIC_TEXTS, *_shared_texts()]:
        lang = _report_language(text)
        if lang not in ("uk", "ru"):
            continue
        doc = read_document(text, lang)
        fast, full = _Finder(doc, gaz), _FullEvidenceFinder(doc, gaz)
        fast.run()
        full.run()  # the mentions the list rule reads, alike in both
        for i in range(len(fast.word)):
            if not (fast.capitalised[i] and fast.cyrillic[i]):
                continue
            word_lang = word_language(fast.bare[i], lang)
            for key in (fast.keys[i], "київ", "белгород", "рибне", "муром"):
                cands = gaz.places_of(key) if gaz.has_key(key) else ()
                if not cands:
                    continue
                for n in (1, 2, 3):
                    got = fast.cyrillic_evidence(i, n, cands, word_lang)
                    assert got == full.cyrillic_evidence(i, n, cands, word_lang), (i, n, key)
                    tried[got] += 1
    assert min(tried.values()) >= 20


def _gated_keys_at(finder: _Finder, i: int) -> list[tuple[int, str]]:
    """:meth:`_Finder.keys_at` as first written: longer keys tried only where the word's key
    goes on (:meth:`Gazetteer.continues`)."""
    gaz, keys = finder.gaz, finder.keys
    key = keys[i]
    found = [(1, key)]
    if gaz.continues(key):
        for j in range(i + 1, min(i + gaz.max_words, len(keys))):
            if not (
                (finder.capitalised[j] or finder.cyrillic[j] or keys[j] in mentions._CONNECTORS)
                and finder.space_between(j - 1, j)
            ):
                break
            key = f"{key} {keys[j]}"
            if gaz.has_key(key) or gaz.flag(key) is not None:
                found.append((j - i + 1, key))
            if not gaz.continues(key):
                break
        found.reverse()
    return found


def test_keys_at_without_the_gate_as_with_it(gaz: Gazetteer) -> None:
    """At every word, those whose key goes on and those whose key does not (which
    :meth:`match_at` no longer asks about), the keys are those the gated reading gives."""
    longer = alone = 0
    shared = _shared_texts()
    for text in [*_OWN_TEXTS, *_EN_NAMES, *shared]:
        lang = _report_language(text)
        finder = _Finder(read_document(text, lang), gaz)
        for i in range(len(finder.word)):
            got = finder.keys_at(i)
            assert got == _gated_keys_at(finder, i), (finder.word[i], text[:40])
            longer += len(got) > 1
            alone += not gaz.continues(finder.keys[i])
    if shared:  # how many of each the evaluation reports hold; without them, only ours
        assert longer >= 20 and alone >= 200


# names of several words, and their first words alone or before other words
_EN_NAMES = (
    "Kryvyi Rih, Nova Kakhovka and Velyka Pysarivka were hit; Kryvyi Lake, Nova Scotia, "
    "Rostov-on-Don, Rostov Oblast, New York, the Kyiv Oblast and Kamianets-Podilskyi.",
)
