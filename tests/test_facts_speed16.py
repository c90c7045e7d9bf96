"""English figure reading without work whose answer is known (sixteenth speed pass): each
fast path against the old behaviour, kept here as reference functions, on every sentence of
the texts written for these tests and of the evaluation reports (read at test time when
present).

* a day number (:data:`~geo.understand.facts._DAY_NUMBER`) is searched from its first digit;
* whether a sentence recalls an earlier attack is read with the lower case and the digit
  check its figures' reading made (:func:`~geo.understand.facts._recall_marks`), and each
  sentence's date of an attack once a report (:meth:`~geo.understand.facts._Recall.first_day`);
* a sentence's total and stock are looked up once for its killed and wounded, drones and
  missiles; a count is not searched for an interception's verb before it in a sentence that
  holds none (:func:`~geo.understand.facts._sentence_figures`);
* the sentences of a report read first have their lower case cut from the report's
  (:func:`~geo.understand.facts._sliced_lower`);
* a live blog's entries are matched only at lines that may start one
  (:func:`~geo.understand.facts._first_entry`).
"""

from __future__ import annotations

import itertools
import re
import sys

import pytest

from geo.language.text import sentence_spans
from geo.understand import facts as F
from geo.understand.facts import extract_facts

from .conftest import evaluation_texts, synthetic_texts

_OWN_TEXTS = (
    "Drones and missiles hit the city\nOn 3 May the army said 40 drones were launched; air "
    "defence shot down 31 of them. Earlier, on May 1, two people were killed in a strike.",
    "Last week a strike killed 4 people. In total, 6 people were killed and 12 wounded on "
    "June 9, the governor said. The toll rose to 8 later.",
    "19:45. The mayor said three people were injured.\n  20.10 Update: five are now hurt.\n"
    "update 21:05 The toll has risen to seven.\nuPDATE: 22:30 no more news.",
    "The fleet keeps carriers with a total salvo of 16 missiles on duty; 12 drones attacked.",
    "Forces destroyed 40 drones overnight, and 40 out of 60 drones were downed by noon.",
    "Air defence \u017fhot down 12 drones and 3 missiles over the region on 14 Aug.",
    "Units \u017fuppre\u017f\u017fed 12 drones near the border on 4 May; 3 missiles hit.",
    "Two people were \u212aILLED and 5 were wounded, the \u0130stanbul office said on 2 Sept.",
    "\u03a3\u039f\u03a6\u0399\u0391 said 9 drones and 2 missiles were launched; 7 drones "
    "were intercepted on 11 November, three days after 4 were killed on 8 November.",
    "Russia launched \u0663 drones and 2 missiles; one missile was shot down on 12/05.",
    "A man aged 45 was injured on 01.02; 12:30 marked the alarm. Since 2022 the area was hit.",
    "\u201cThe enemy launched 25 \u2018Shahed\u2019 drones,\u201d the air force said on "
    "Tuesday \u2013 19 were destroyed.\n\n7:05 Two more people died in hospital.",
)


def _texts() -> list[str]:
    return [*_OWN_TEXTS, *evaluation_texts("real", "dev"), *synthetic_texts(40)]


def _sentences() -> list[str]:
    out = []
    for text in _texts():
        out.extend(text[start:end] for start, end in sentence_spans(text))
    return out


# --- the old behaviour, as it was before this pass --------------------------------------

_OLD_DAY_NUMBER = re.compile(r"(?<![\d:.,/])\d{1,2}(?![\d:/])")


def _old_days(text: str, low: str | None, *, first_only: bool = False) -> list[int]:
    if low is not None and not any(map(low.__contains__, F._MONTH_STEMS)):
        return []
    days = []
    for m in _OLD_DAY_NUMBER.finditer(text):
        month = F._MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start())
        month = month or F._MONTH_AFTER.match(text, m.end())
        if month:
            days.append(31 * F._MONTH_INDEX[month.group("m")[:3].lower()] + int(m.group()))
            if first_only:
                break
    return days


def _old_recalls(sentence: str, low: str | None) -> bool:
    if low is None:
        return F._RECALL.search(sentence) is not None
    if not any(map(low.__contains__, F._RECALL_NEEDS)):
        return False
    if len(low) != len(sentence):
        return F._RECALL.search(sentence) is not None
    return (
        F._RECALL_LOW.search(" " + low) is not None or F._RECALL_OPENING_LOW.match(low) is not None
    )


def _old_recall_marks(sentence: str) -> bool | list[int]:
    low = sentence.lower() if F._lower_agrees(sentence) else None  # the old _agreeing_lower
    if _old_recalls(sentence, low):
        return True
    days = _old_days(sentence, low) if F._has_digit(sentence) else []
    # (since the twentieth pass, each month named alone, as its last day)
    return days + [
        31 * F._MONTH_INDEX[m.group("m")[:3].lower()] + 31
        for m in F._MONTH_ALONE.finditer(sentence)
    ]


def _old_first_day(text: str, spans: list[tuple[int, int]]) -> list[int]:
    for start, end in spans:
        s = text[start:end]
        if not F._has_digit(s):
            continue
        low = s.lower()
        if any(map(low.__contains__, F._KIND_HINTS)):
            days = _old_days(s, low if F._lower_agrees(s) else None, first_only=True)
            if days:
                return days
    return []


def _old_first_entry(text: str, default: int) -> int:
    pos = 0
    while True:
        if F._TIMESTAMP.match(text, pos) is not None:
            return pos
        pos = text.find("\n", pos) + 1
        if not pos:
            return default


def _old_collect(
    base: int,
    patterns: list[tuple[re.Pattern[str], tuple[str, ...]]],
    strength: int,
    hits: list[F._Hit],
    scan: F._Scan,
) -> None:
    total = None
    sentence = scan.sentence
    for pattern, needs in patterns:
        starts = F._PATTERN_STARTS.get(id(pattern))
        if starts is None:
            found = list(pattern.finditer(sentence))
        else:
            found = scan.matches(pattern, starts, needs, F._STOPS.get(id(pattern)))
        for m in found:
            v = F._value(m, scan.agrees)
            if v is None:
                continue
            if total is None:
                total = scan.found(F._TOTAL_WORDS, F._TOTAL_NEEDS)
            # (or the whole country's count, told right after it: "10 people killed nationwide")
            wide = (
                total
                or F._NATIONWIDE_OPENING.match(sentence) is not None
                or F._NATIONWIDE_AFTER.match(sentence, m.end()) is not None
            )
            strong = max(strength, F._TOTAL) if wide and strength != F._EARLIER else strength
            hits.append(F._Hit(v, strong, base + m.start()))


def _old_weapons(
    base: int,
    pattern: re.Pattern[str],
    needs: tuple[str, ...],
    hits: list[F._Hit],
    scan: F._Scan,
) -> None:
    sentence = scan.sentence
    stock = None
    for m in scan.matches(pattern, F._COUNT_STARTS, needs):
        v = F._value(m, scan.agrees)
        if v is None:
            continue
        if stock is None:
            stock = scan.found(F._NOT_LAUNCHED, F._NOT_LAUNCHED_NEEDS)
        if stock:
            continue
        pre = sentence[max(0, m.start() - 40) : m.start()]
        if F._found(F._AFTER_INTERCEPT, F._INTERCEPT_HINTS, pre) and not F._OUT_OF.search(pre):
            continue
        if F._SHOT_DOWN_AFTER.match(sentence, m.end()):
            continue
        hits.append(F._Hit(v, 0, base + m.start()))


def _old_sentence_figures(s: str, start: int, low: str, strength: int) -> F._Figures:
    found = F._Figures()
    digit = F._has_digit(s)
    agrees = F._lower_agrees(s)
    counted = True
    if digit:
        has_number = True
    elif agrees:
        has_number, counted = F._number_words(low)
    else:
        has_number = any(map(low.__contains__, F._NUMBER_HINTS))
    has_killed = any(map(low.__contains__, F._KILLED_HINTS))
    has_wounded = any(map(low.__contains__, F._WOUNDED_HINTS))
    if any(map(low.__contains__, F._NEGATION_HINTS)) and (
        has_killed or has_wounded or any(map(low.__contains__, F._ZERO_HINTS))
    ):
        F._zeros(s, start, found.killed, found.wounded)
    if not has_number:
        return found
    scan = F._Scan(s, low, agrees)
    # (a first figure that a later one replaces is kept at the weakest strength of a count)
    provisional = (has_killed or has_wounded) and scan.found(F._PROVISIONAL, F._PROVISIONAL_NEEDS)
    people = F._EARLIER if provisional else strength
    if has_killed:
        killed = F._runnable(F._KILLED, F._KILLED_NEEDS, scan, counted)
        _old_collect(start, killed, people, found.killed, scan)
    if has_wounded:
        wounded = F._runnable(F._WOUNDED, F._WOUNDED_NEEDS, scan, counted)
        _old_collect(start, wounded, people, found.wounded, scan)
    if not counted:
        return found
    if has_killed or has_wounded:
        F._updates(start, found.killed, found.wounded, scan)
    if any(map(low.__contains__, F._INTERCEPT_HINTS)):
        F._intercepts(start, strength, found.intercepted, scan)
    if any(map(low.__contains__, F._DRONE_HINTS)):
        _old_weapons(start, F._DRONES, F._DRONE_HINTS, found.drones, scan)
    if any(map(low.__contains__, F._MISSILE_HINTS)):
        _old_weapons(start, F._MISSILES, F._MISSILE_HINTS, found.missiles, scan)
    return found


def _hits(found: F._Figures) -> list[list[F._Hit]]:
    """The hits of each kind, without whether each is told as more (which the old code did
    not tell)."""
    return [[h._replace(more=False) for h in getattr(found, kind)] for kind in F._Figures.__slots__]


# --- the tests ----------------------------------------------------------------------------


def test_day_numbers_as_before() -> None:
    """Every string of up to six characters of digits and the characters either side that
    the pattern tells, and every sentence: the same matches, from the first digit on."""
    alphabet = "1a:.,/ 2\u0663-"
    for n in range(7):
        for chars in itertools.product(alphabet, repeat=n):
            text = "".join(chars)
            old = [(m.span(), m.group()) for m in _OLD_DAY_NUMBER.finditer(text)]
            assert [(m.span(), m.group()) for m in F._DAY_NUMBER.finditer(text)] == old
    for sentence in _sentences():
        old = [m.span() for m in _OLD_DAY_NUMBER.finditer(sentence)]
        assert [m.span() for m in F._DAY_NUMBER.finditer(sentence)] == old


def test_recall_marks_as_before() -> None:
    """Given or not the lower case and the digit check, each sentence's marks are the old."""
    for sentence in _sentences():
        old = _old_recall_marks(sentence)
        assert F._recall_marks(sentence) == old, sentence
        low, digit = " " + sentence.lower(), F._has_digit(sentence)
        assert F._recall_marks(sentence, low, digit) == old, sentence


def test_first_day_as_before() -> None:
    """With a report's memo (asked twice, the second time from it) or without, over all of a
    text's sentences or those with hints, the first date of an attack is the old."""
    for text in _texts():
        whole = sentence_spans(text)
        for spans in (whole, F._hinted_spans(text, whole, text.lower())):
            old = _old_first_day(text, spans)
            memo: dict[tuple, object] = {}
            assert F._Recall(text, spans, None).first_day() == old
            assert F._Recall(text, spans, memo).first_day() == old
            assert F._Recall(text, spans, memo).first_day() == old


def test_first_entry_as_before() -> None:
    for text in _texts():
        for default in (len(text) + 1, 0):
            assert F._first_entry(text, default) == _old_first_entry(text, default)


@pytest.mark.parametrize("rest", ["pdate 9:30", "pdated, 12.45 x", "9:30", "2.05", "", "u"])
def test_entry_starts_with_its_characters(rest: str) -> None:
    """No other character starts a live blog's entry: every code point tried before the rest
    of one (a character that is no digit nor one of :data:`_ENTRY_STARTS` fails at once)."""
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        if char in F._ENTRY_STARTS or char.isdecimal():
            continue
        assert F._TIMESTAMP.match(char + rest) is None, hex(code)


def test_sentence_figures_as_before() -> None:
    """Each sentence's hits, as a body's and a headline's figures, with or without the digit
    check given: a sentence's total and stock asked once, the verbs before a count only in a
    sentence that may hold one (non-agreeing sentences among the texts here)."""
    for sentence in _sentences():
        low = " " + sentence.lower()
        for strength in (F._FIRST, F._HEADLINE):
            old = _hits(_old_sentence_figures(sentence, 5, low, strength))
            assert _hits(F._sentence_figures(sentence, 5, low, strength)) == old, sentence
            digit = F._has_digit(sentence)
            assert _hits(F._sentence_figures(sentence, 5, low, strength, digit)) == old


def test_sliced_lower() -> None:
    """Where :func:`_sliced_lower` says so, every piece of the lower case of a text is the
    lower case of the piece; a capital sigma's lower case depends on the letters around."""
    for text in (*_texts(), "\u0130stanbul strike"):
        low = text.lower()
        if F._sliced_lower(text, low):
            for start, end in sentence_spans(text):
                assert low[start:end] == text[start:end].lower()
                for cut in range(start, end, 7):
                    assert low[start:cut] == text[start:cut].lower()
    text = "\u0391\u03a3\u0391 said 3 drones"
    assert text.lower()[:2] != text[:2].lower()
    assert not F._sliced_lower(text, text.lower())
    assert not F._sliced_lower("\u0130 3 drones", "\u0130 3 drones".lower())


def test_report_memo_gives_the_figures_read_without() -> None:
    """A report's texts read with one memo (the whole, then its paragraphs and halves, as
    place figures are read) give what each gives read alone without a memo."""
    for text in _texts():
        pieces = [text, *text.split("\n\n"), text[: len(text) // 2], text[len(text) // 3 :]]
        memo: dict[tuple, object] = {}
        for piece in pieces:
            assert extract_facts(piece, "en", memo) == extract_facts(piece, "en"), piece[:80]


def test_the_reports_lower_case_from_its_document_reads_the_same() -> None:
    # extract_facts takes the report's lower case from its Document (made once for every
    # stage) instead of lowering the text again; a text whose Document has none (a
    # character ignoring case takes for another letter) lowers it itself
    from geo.language.document import read_document

    texts = [*_OWN_TEXTS, *evaluation_texts(), *synthetic_texts(40)]
    texts += ["The Kelvin sign \u212a: 3 people were killed and 2 wounded by drones."]
    lowered = 0
    for text in texts:
        doc = read_document(text, "en")
        lowered += doc.lowered is not None
        assert extract_facts(text, "en", doc=doc) == extract_facts(text, "en"), text[:60]
        assert extract_facts(text, "en", {}, doc=doc) == extract_facts(text, "en", {}), text[:60]
    assert lowered < len(texts)  # both paths were taken
    assert lowered > len(texts) // 2
