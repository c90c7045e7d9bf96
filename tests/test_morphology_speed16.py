"""The sixteenth speed pass in morphology: a word the dictionary knows is read without the
rest of pymorphy3's first group of units.

``analyse`` reads a word that holds a Cyrillic letter, is not an initial and is known to the
dictionary through ``morphology._readings``, which builds the dictionary unit's readings (and
the probability estimate) itself without running the readers of initials, Roman numbers and
Latin words, and parses any other word in full. Its readings are compared here with those
``analyse`` made before of pymorphy3's own ``MorphAnalyzer.parse`` (lemma, part of speech,
case, grammemes, score, in order) on every word of the evaluation reports, read when the test
runs, in their own case and in lower case, on every form of the dictionaries under a few
prefixes, and on made-up words where each unit of the first group, the dictionaries' letter
substitutes (е/ё, г/ґ) and the later units matter.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from geo.language import morphology

_EVAL = Path("/work/shared/eval")
_TOKENS = (
    re.compile(r"[^\W\d_]+"),  # runs of letters, as the project's readers take words
    re.compile(r"[^\W_]+(?:['ʼ’\-][^\W_]+)*"),  # with digits, apostrophes and hyphens
    re.compile(r"\S+"),  # as written between spaces, punctuation and all
)


def _split(words: str) -> list[str]:
    """The words of ``words``, split at spaces."""
    return words.split()


# made-up words: each line is here for a unit of the first group or for what follows it
_HARD_WORDS = [
    *_split(
        # е/ё (the Russian dictionary's substitute) and г/ґ (the Ukrainian one's)
        "ёлка елка Ёлка всё все ВСЕ ещё еще Ёжиков ежиков берёза берeза "
        "ганок ґанок Ґанок гудзик ґудзик ГУДЗИК гава Гетьманівка "
        # apostrophes: ASCII, the Ukrainian modifier letter and the typographic one
        "об'єкт обʼєкт об’єкт п'ять пʼять П'ЯТЬ м'ясо Мʼясо сім'я 'ять п' ʼ '' ʼʼ "
        # hyphenated words and particles
        "будь-який Будь-якого хто-небудь кто-то по-русски Ростов-на-Дону северо-западе "
        "північно-східний дрон-камікадзе скажи-ка -то що- "
        # single letters: initials (capitals) and not (lower case), each language's own
        "А В Є Ё Ґ Ї Э І Й Я Ы Ь а в є ё ґ ї э і й я ы ь "
        # Roman numbers in Latin letters, in Cyrillic look-alikes, and mixed
        "II ii XIV xiv MCMXCIV IV ІІ ІV XІ ХІ Х ХХІ ХXI МСМ СІ I i V L M D C "
        # Latin, Cyrillic and both
        "Kиїв Хaрків Xарків kyiv Kyiv fpv FPV-дрон Shahed-и Шахед-и ВМС BMC Вмс pdf ТЕЦ TEЦ ОВА "
        # names the dictionaries do not know (the guessers read them)
        "Синєгубов синєгубова Бзбзбзівка Пупкінцівка Хрюндель Шмурдяков Задрищенськ Кукуєво "
        "ЖЖЖ щщщщ ъъ ьо "
        # digits, with letters or alone, and punctuation
        "2-й 10-ти Су-34 Ту-22М3 С-300 1-го 3д Х-101 12 12,5 1.5 5G МіГ-29 т.ч. ст. ... — « № "
        # letters of other scripts, and marks, that the shape readers look at
        "ǅ ﬁ Ⅻ ⅻ K İ ı ſ ß ȷ а́ и̂ ѣ ї\u0301 \u0456\u0308"
    ),
    *["", " ", "ї\n", "II\n", "а б"],
]


def _eval_words() -> list[str]:
    """Every word of the evaluation reports (real and dev), as written and in lower case."""
    words: set[str] = set()
    paths = sorted(_EVAL.glob("real/*.txt")) + sorted(_EVAL.glob("dev/*.txt"))
    for path in paths:
        text = path.read_text(encoding="utf-8")
        for pattern in _TOKENS:
            for word in pattern.findall(text):
                words.add(word)
                words.add(word.lower())
    return sorted(words)


def _full_parse(lang: str, word: str) -> list[tuple]:
    """pymorphy3's own readings of ``word`` (``MorphAnalyzer.parse``), as plain tuples."""
    return [tuple(p) for p in morphology._analyser(lang).parse(word)]


def _before(lang: str, word: str) -> tuple[morphology.Analysis, ...]:
    """``analyse`` as it was before the pass: its readings made of ``MorphAnalyzer.parse``."""
    return tuple(
        morphology.Analysis(f, t.POS, t.case, frozenset(t.grammemes), float(s))
        for _, t, f, s, _ in _full_parse(lang, word)
    )


def _now(lang: str, word: str) -> tuple[morphology.Analysis, ...]:
    return morphology.analyse.__wrapped__(word, lang)  # not its cache


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_the_shortcut_is_taken(lang: str) -> None:
    # the comparisons below would hold trivially if the shortcut were never built
    assert morphology._readings(lang) is not morphology._no_readings


@pytest.mark.parametrize("lang", ["uk", "ru"])
@pytest.mark.parametrize("fault", ["a wrong lemma", "an error"])
def test_a_shortcut_that_reads_otherwise_is_not_used(
    lang: str, fault: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # as a release of pymorphy3 that built its readings otherwise would make it
    right = morphology._dictionary_readings(lang)

    def wrong(word: str) -> tuple[morphology.Analysis, ...] | None:
        found = right(word)
        if fault == "an error":
            raise AttributeError("_str")
        return found and (found[0]._replace(lemma=found[0].lemma + "x"), *found[1:])

    monkeypatch.setattr(morphology, "_dictionary_readings", lambda _lang: wrong)
    morphology._readings.cache_clear()
    try:
        assert morphology._readings(lang) is morphology._no_readings
    finally:
        monkeypatch.undo()
        morphology._readings.cache_clear()
    # built again for both languages here, before a later test patches pymorphy3's units
    assert morphology._readings("uk") is not morphology._no_readings
    assert morphology._readings("ru") is not morphology._no_readings


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_the_shortcut_reads_known_words_without_the_other_units(
    lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a known word read in full would go through every unit of the first group
    def not_here(*args: object) -> list:
        raise AssertionError("a unit other than the dictionary was asked")

    readings = morphology._readings(lang)  # built (and checked by full parses) before the patch
    for unit, _ in morphology._analyser(lang)._units[1:]:
        monkeypatch.setattr(unit, "parse", not_here)
    known = {"uk": "Харків області ракети вулиці Ґанок", "ru": "Белгород области ракеты еще Ёлка"}
    for word in known[lang].split():
        assert morphology._analyser(lang).word_is_known(word)
        assert readings(word)


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_shortcut_reads_made_up_words_as_pymorphy3_does(lang: str) -> None:
    for word in _HARD_WORDS:
        for w in {word, word.lower(), word.upper(), word.capitalize()}:
            assert _now(lang, w) == _before(lang, w), w


@pytest.mark.skipif(not _EVAL.exists(), reason="no evaluation reports here")
@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_shortcut_reads_every_report_word_as_pymorphy3_does(lang: str) -> None:
    words = _eval_words()
    assert len(words) > 1000
    differ = [w for w in words if _now(lang, w) != _before(lang, w)]
    assert differ == []


# prefixes of dictionary forms with and without the letters the dictionaries substitute
_PREFIXES = {"uk": ["ґ", "гал", "хар", "зах", "бел"], "ru": ["гал", "ёж", "хар", "бел", "зах"]}


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_shortcut_reads_dictionary_forms_as_pymorphy3_does(lang: str) -> None:
    # every form of the dictionary under a few prefixes, and every tenth one capitalized
    words = morphology._analyser(lang).dictionary.words
    forms = sorted({w for prefix in _PREFIXES[lang] for w in words.keys(prefix)})
    assert len(forms) > 10_000
    for word in [*forms, *(w.capitalize() for w in forms[::10])]:
        assert _now(lang, word) == _before(lang, word), word
    # the forms, all known to the dictionary, are read by the shortcut
    assert all(morphology._readings(lang)(w) is not None for w in forms[::10])


_AMBIGUOUS = {
    "uk": ["мати", "три", "стали", "білі", "села", "вести"],
    "ru": ["стали", "души", "вести", "три", "печи", "стекло"],
}


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_scores_and_order_match_on_ambiguous_words(lang: str) -> None:
    # words of many readings, whose scores and order (the estimator's sort) must match
    for word in _AMBIGUOUS[lang]:
        now, before = _now(lang, word), _before(lang, word)
        assert len(now) > 1, word
        assert [a.score for a in now] == [a.score for a in before]
        assert now == before
