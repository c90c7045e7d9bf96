"""Regional heads named in a report: the region a governor or a military administration's head
speaks for, where the report names no region itself.

Posts are often retold with the official's name and no region: "Александр Гусев: в Каменском
районе сбиты три беспилотника", "Губернатор Гладков сообщил ...", "голова ОВА Олег Синєгубов".
A district or village of a name several regions share is then read in the official's region.
An official counts only where the text tells who he is: a title before the surname
("губернатор", "голова ОВА", "governor"), his own given name before it, or his surname opening
a line before a colon or a dash (a channel's "Гладков: ...").

The table holds the heads of the regions reports name most, as of late 2025 (a name that left
office stays: reports of its time still name it). Facts only: names and the ISO 3166-2 code of
the region each head governs.
"""

from __future__ import annotations

import re

from geo.language.text import lacks
from geo.patterns import compiled

__all__ = ["SURNAME_STEMS", "named_officials", "official_regions", "told_at"]

# (region, surname stems in Russian, Ukrainian and Latin letters, given names likewise)
_OFFICIALS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("RU-BEL", ("Гладков", "Gladkov"), ("Вячеслав", "В'ячеслав", "В’ячеслав", "Vyacheslav")),
    ("RU-KRS", ("Хинштейн", "Хінштейн", "Khinshtein"), ("Александр", "Олександр", "Alexander")),
    ("RU-BRY", ("Богомаз", "Bogomaz"), ("Александр", "Олександр", "Alexander")),
    ("RU-VOR", ("Гусев", "Гусєв", "Gusev"), ("Александр", "Олександр", "Alexander")),
    ("RU-ROS", ("Слюсар", "Slyusar"), ("Юрий", "Юрій", "Yuri", "Yury")),
    ("RU-ORL", ("Клычков", "Klychkov"), ("Андрей", "Андрій", "Andrei", "Andrey")),
    ("RU-LIP", ("Артамонов", "Artamonov"), ("Игорь", "Ігор", "Igor")),
    ("RU-SMO", ("Анохин", "Анохін", "Anokhin"), ("Василий", "Василь", "Vasily")),
    ("RU-TUL", ("Миляев", "Міляєв", "Milyaev"), ("Дмитрий", "Дмитро", "Dmitry")),
    ("RU-KLU", ("Шапша", "Shapsha"), ("Владислав", "Vladislav")),
    ("RU-TAM", ("Первышов", "Первишов", "Pervyshov"), ("Евгений", "Євген", "Yevgeny")),
    ("RU-SAR", ("Бусаргин", "Бусаргін", "Busargin"), ("Роман", "Roman")),
    ("RU-PNZ", ("Мельниченко", "Melnichenko"), ("Олег", "Oleg")),
    ("RU-RYA", ("Малков", "Malkov"), ("Павел", "Павло", "Pavel")),
    ("RU-MOW", ("Собянин", "Собянін", "Sobyanin"), ("Сергей", "Сергій", "Sergei")),
    ("RU-MOS", ("Воробьев", "Воробьёв", "Воробйов", "Vorobyov"), ("Андрей", "Андрій", "Andrei")),
    ("RU-LEN", ("Дрозденко", "Drozdenko"), ("Александр", "Олександр", "Alexander")),
    ("RU-KDA", ("Кондратьев", "Кондратьєв", "Kondratyev"), ("Вениамин", "Веніамін", "Veniamin")),
    ("RU-NIZ", ("Никитин", "Нікітін", "Nikitin"), ("Глеб", "Гліб", "Gleb")),
    ("RU-VGG", ("Бочаров", "Bocharov"), ("Андрей", "Андрій", "Andrei")),
    ("RU-AST", ("Бабушкин", "Бабушкін", "Babushkin"), ("Игорь", "Ігор", "Igor")),
    ("RU-TA", ("Минниханов", "Мінніханов", "Minnikhanov"), ("Рустам", "Rustam")),
    (
        "UA-43",
        ("Аксенов", "Аксёнов", "Аксьонов", "Aksyonov", "Aksenov"),
        ("Сергей", "Сергій", "Sergei"),
    ),
    (
        "UA-40",
        ("Развожаев", "Развожаєв", "Razvozhayev", "Razvozhaev"),
        ("Михаил", "Михайло", "Mikhail"),
    ),
    ("UA-63", ("Синегубов", "Синєгубов", "Syniehubov", "Synegubov"), ("Олег", "Oleh", "Oleg")),
    ("UA-59", ("Григоров", "Hryhorov"), ("Олег", "Oleh", "Oleg")),
    (
        "UA-74",
        ("Чаус", "Chaus"),
        ("Вячеслав", "В'ячеслав", "В’ячеслав", "Viacheslav", "Vyacheslav"),
    ),
    ("UA-23", ("Федоров", "Fedorov"), ("Иван", "Іван", "Ivan")),
    ("UA-12", ("Лысак", "Лисак", "Lysak"), ("Сергей", "Сергій", "Serhii", "Serhiy")),
    ("UA-12", ("Гайваненко", "Haivanenko"), ("Владислав", "Vladyslav")),
    ("UA-65", ("Прокудин", "Прокудін", "Prokudin"), ("Александр", "Олександр", "Oleksandr")),
    ("UA-48", ("Ким", "Кім", "Kim"), ("Виталий", "Віталій", "Vitaliy", "Vitalii")),
    ("UA-51", ("Кипер", "Кіпер", "Kiper"), ("Олег", "Oleh", "Oleg")),
    ("UA-32", ("Калашник", "Kalashnyk"), ("Николай", "Микола", "Mykola")),
    ("UA-30", ("Ткаченко", "Tkachenko"), ("Тимур", "Tymur")),
    ("UA-46", ("Козицкий", "Козицький", "Kozytskyi", "Kozytskyy"), ("Максим", "Maksym")),
    ("UA-14", ("Филашкин", "Філашкін", "Filashkin"), ("Вадим", "Vadym")),
    ("UA-35", ("Райкович", "Raikovych"), ("Андрей", "Андрій", "Andrii")),
    ("UA-71", ("Табурец", "Табурець", "Taburets"), ("Игорь", "Ігор", "Ihor")),
    ("UA-05", ("Борзов", "Borzov"), ("Сергей", "Сергій", "Serhii")),
    ("UA-18", ("Бунечко", "Bunechko"), ("Виталий", "Віталій", "Vitalii")),
    ("UA-68", ("Тюрин", "Тюрін", "Tiurin"), ("Сергей", "Сергій", "Serhii")),
    ("UA-07", ("Рудницкий", "Рудницький", "Rudnytskyi"), ("Иван", "Іван", "Ivan")),
    ("UA-26", ("Онищук", "Onyshchuk"), ("Светлана", "Світлана", "Svitlana")),
)
_REGION_OF = {stem: region for region, stems, _ in _OFFICIALS for stem in stems}
SURNAME_STEMS: tuple[str, ...] = tuple(_REGION_OF)
"""The surname stems of the regional heads the table holds, in every spelling."""
_GIVEN_OF = {stem: given for _, stems, given in _OFFICIALS for stem in stems}
# a surname in any case: the stem and a case ending ("Гладкова", "Слюсаря", "Синєгубовим")
_SURNAME = compiled(
    r"(?<![\w'’])(?P<stem>"
    + "|".join(sorted(map(re.escape, _REGION_OF), key=len, reverse=True))
    + r")(?:ь|а|у|ом|ым|им|ем|е|ю|я|ой|ою|ої)?(?![\w'’-])"
)
# the words of an office before a surname (in lower case)
_TITLES = (
    "губернатор", "глава", "главы", "голова", "голови", "начальник", "мэр", "мер ", "мера",
    "врио", "т.в.о", "кмва", "оперштаб", "governor", "head", "mayor", "chief",
    # (a verb of saying right before: "сообщил Гусев", "написав Синєгубов")
    "сообщил", "написал", "заявил", "повідомив", "написав", "заявив", "said",
)  # fmt: skip
_LINE_HEAD = compiled(r"\s*[:—–]")  # "Гладков: ...", "Гладков — ..."


def official_regions(text: str, low: str | None = None) -> frozenset[str]:
    """The regions of :func:`named_officials`."""
    return frozenset(region for _, region in named_officials(text, low))


def named_officials(text: str, low: str | None = None) -> tuple[tuple[str, str], ...]:
    """The surname stem and region of each regional head ``text`` names as such (``low``:
    its lower case, when known): a title or a verb of saying within the few words before the
    surname, the head's own given name right before it, or the surname opening a line before
    a colon or a dash.

    Examples
    --------
    >>> named_officials("Губернатор Гладков: в Шебекино ранен мужчина.")
    (('Гладков', 'RU-BEL'),)
    >>> sorted(official_regions("Александр Гусев: в Каменском районе сбиты три беспилотника."))
    ['RU-VOR']
    >>> sorted(official_regions("В городе Гусев прошёл парад."))
    []
    """
    if low is None:
        low = text.lower()
    found: dict[str, str] = {}
    for m in _SURNAME.finditer(text):
        stem = m.group("stem")
        if stem in found:
            continue
        if _told(text, low, m):
            found[stem] = _REGION_OF[stem]
    return tuple(found.items())


def told_at(text: str, start: int, low: str | None = None) -> bool:
    """Whether a regional head's surname starts at ``start`` of ``text`` and is told as his
    (as in :func:`named_officials`): "Гусев" in "Гусев: в Каменском районе ...", not in "В
    городе Гусев ...".

    Examples
    --------
    >>> told_at("Гусев: в Каменском районе сбит беспилотник.", 0)
    True
    >>> told_at("В Гусеве прошёл парад.", 2)
    False
    """
    m = _SURNAME.match(text, start)
    return m is not None and _told(text, text.lower() if low is None else low, m)


def _told(text: str, low: str, m: re.Match[str]) -> bool:
    """Whether the surname matched by ``m`` is told as a regional head's: a title or a verb
    of saying within the 40 characters before it, his given name right before it, or the
    surname opening a line before a colon or a dash."""
    start = m.start()
    return (
        not lacks(low[max(0, start - 40) : start], _TITLES)
        or text[max(0, start - 40) : start].rstrip().endswith(_GIVEN_OF[m.group("stem")])
        or (_opens_line(text, start) and _LINE_HEAD.match(text, m.end()) is not None)
    )


def _opens_line(text: str, start: int) -> bool:
    """Whether only spaces and marks stand between the line's start and ``start``."""
    line_start = text.rfind("\n", 0, start) + 1
    return not any(ch.isalnum() for ch in text[line_start:start])
