"""Encodings read by charset-normalizer: Cyrillic and Western code pages, confidence, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geo.errors import InputError
from geo.read.decoding import detect_encoding
from geo.read.reports import iter_inputs, iter_reports, read_reports

UK = (
    "Уночі російські дрони атакували Харків і Суми, повідомив голова обласної адміністрації. "
    "У Харкові пошкоджено житловий будинок, склад і кілька автомобілів. Двоє людей загинули, "
    "ще п'ятеро отримали поранення. Сили протиповітряної оборони збили більшість безпілотників "
    "над Полтавською областю, рятувальники гасили пожежу до ранку."
)
RU = (
    "Ночью российские беспилотники атаковали Одессу и Николаев, сообщил губернатор. "
    "В Одессе повреждены жилой дом и портовая инфраструктура, один человек погиб, еще "
    "четверо получили ранения. Силы противовоздушной обороны сбили большинство дронов над "
    "областью. Пожар на складе удалось потушить только к утру."
)
EN = (
    "Russian drones struck Zaporizhzhia overnight, the regional governor said on Saturday. "
    "A café, a pharmacy and a résidence for students were damaged; two people were killed and "
    "five injured, according to the prosecutor’s office. Air defence destroyed most of the "
    "drones over the Dnipropetrovsk region — rescuers worked until dawn."
)

CASES = [
    ("koi8_u", UK, "KOI8-U"),
    ("koi8_r", RU, "KOI8-R"),
    ("cp866", RU, "cp866"),
    ("mac_cyrillic", UK, "mac-cyrillic"),
    ("mac_cyrillic", RU, "mac-cyrillic"),
    ("iso8859_5", UK, "ISO-8859-5"),
    ("iso8859_5", RU, "ISO-8859-5"),
    ("cp1251", UK, "cp1251"),
    ("cp1251", RU, "cp1251"),
    ("cp1252", EN, "cp1252"),
]


def _warnings() -> tuple[list[tuple[str, str]], object]:
    got: list[tuple[str, str]] = []
    return got, lambda where, message: got.append((where, message))


@pytest.mark.parametrize(("encoding", "text", "label"), CASES)
def test_code_pages_are_read_right_and_without_doubt(
    tmp_path: Path, encoding: str, text: str, label: str
) -> None:
    data = text.encode(encoding)
    det = detect_encoding(data, "r.txt", complete=True)
    assert (det.label, det.confidence, det.note()) == (label, 1.0, None)
    path = tmp_path / "r.txt"
    path.write_bytes(data)
    warned, on_warn = _warnings()
    (report,) = iter_inputs([str(path)], on_warn=on_warn)
    assert report.text == text and warned == []


@pytest.mark.parametrize(("encoding", "text", "label"), CASES)
def test_streamed_tables_are_read_in_their_code_page(
    tmp_path: Path, encoding: str, text: str, label: str
) -> None:
    jl = tmp_path / "r.jsonl"
    lines = [json.dumps({"id": f"a{i}", "text": f"{text} ({i})"}, ensure_ascii=False) for i in "12"]
    jl.write_bytes("\n".join(lines).encode(encoding) + b"\n")
    cs = tmp_path / "r.csv"
    cs.write_bytes(f'id,text\nb1,"{text}"\n'.encode(encoding))
    assert [r.text for r in iter_reports([str(jl)])] == [f"{text} (1)", f"{text} (2)"]
    assert [r.text for r in iter_reports([str(cs)])] == [text]


def test_utf16_with_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_bytes(f"Title: Нічна атака\n\n{UK}\n".encode("utf-16"))
    det = detect_encoding(path.read_bytes(), "r.txt")
    assert (det.label, det.confidence) == ("UTF-16", 1.0)
    (report,) = read_reports([str(path)])
    assert (report.title, report.text) == ("Нічна атака", UK)


def test_code_pages_that_read_alike_keep_the_usual_name() -> None:
    """Russian text reads the same in cp866 and cp1125; English punctuation the same in cp1251
    and cp1252: the first of ``CODE_PAGES`` names the reading."""
    assert detect_encoding(RU.encode("cp866"), "x").encoding == "cp866"
    assert detect_encoding("Ночью дроны атаковали Одессу.".encode("koi8_u"), "x").label == "KOI8-R"


def test_capital_letters_tell_cp1251_from_mac_cyrillic() -> None:
    """The two code pages share the lower-case letters; a sentence's capitals decide."""
    text = "Утром обстрелу подверглись приграничные села. Пострадавших нет."
    for encoding in ("cp1251", "mac_cyrillic"):
        det = detect_encoding(text.encode(encoding), "x")
        assert det.encoding == encoding and det.confidence >= 0.9


def test_a_word_or_two_is_a_guess_with_a_note(tmp_path: Path) -> None:
    """Short texts are ambiguous between Cyrillic code pages: the guess says so."""
    path = tmp_path / "short.txt"
    path.write_bytes("Суми".encode("koi8_u"))
    det = detect_encoding(path.read_bytes(), str(path))
    assert det.confidence < 0.9
    warned, on_warn = _warnings()
    list(iter_inputs([str(path)], on_warn=on_warn))
    ((where, message),) = warned
    assert where == str(path)
    assert message.startswith("encoding guessed as ") and "encoding=" in message


def test_undecodable_bytes_are_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(0x80, 0x100)) * 8)
    with pytest.raises(InputError) as info:
        read_reports([str(path)])
    message = str(info.value)
    assert "\n" not in message and message.startswith(f"{path}: cannot decode the file")
    assert "convert it to UTF-8 or pass encoding=" in message
    skipped, on_skip = _warnings()
    assert list(iter_inputs([str(path)], on_skip=on_skip)) == []
    assert [w for w, _ in skipped] == [str(path)]


def test_a_file_mixing_encodings_is_named_so(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    sentences = [*UK.split(". "), *RU.split(". ")]
    lines = [
        json.dumps({"text": s}, ensure_ascii=False).encode("cp1251" if i % 2 else "utf-8")
        for i, s in enumerate(sentences)
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    with pytest.raises(InputError, match=r"mixed\.jsonl: cannot decode the file \(it seems to mix"):
        list(iter_inputs([str(path)]))
    skipped, on_skip = _warnings()
    got = list(iter_inputs([str(path)], encoding="utf-8", on_skip=on_skip))
    assert len(got) + len(skipped) == len(sentences) and len(skipped) == len(sentences) // 2


def test_given_encoding_is_used_as_is(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_bytes(RU.encode("cp866"))
    assert read_reports([str(path)], encoding="cp866")[0].text == RU
    det = detect_encoding(path.read_bytes(), "r.txt", "cp866")
    assert (det.confidence, det.strict) == (1.0, True)


def test_detection_is_deterministic() -> None:
    data = UK.encode("mac_cyrillic")
    assert len({detect_encoding(data, "x") for _ in range(5)}) == 1
