"""The mention finder's readings as first written, before the speed passes: the references
the shortcut tests compare the finder with."""

from __future__ import annotations

from geo.records import PlaceMention
from geo.understand import mentions
from geo.understand.mentions import _Finder


class FullListFinder(_Finder):
    """The finder with :meth:`spread_announced_lists` as first written: the 40 characters
    before every mention sliced from the text's lower case and searched for the plural region
    words."""

    def spread_announced_lists(self) -> None:
        ms = self.mentions
        low = mentions.lowered(self.text)
        if not ms or mentions.lacks(self.text, mentions._LIST_HEAD_WORDS, low):
            return
        j = 0
        while j < len(ms):
            lo, end = max(0, ms[j].span.start - 40), ms[j].span.start
            head = self.text[lo:end]
            if (
                ms[j].qualifier is None
                and not mentions.lacks(
                    head, mentions._LIST_HEAD_WORDS, "" if low is None else low[lo:end]
                )
                and mentions._LIST_HEAD_RE.search(head)
            ):
                match = mentions._LIST_HEAD_RE.search(head)
                single = (
                    "raion"
                    if match.group(1).lower().startswith(("district", "raion"))
                    else "region"
                )
                k = j
                while True:
                    ms[k] = PlaceMention(ms[k].span, ms[k].candidates, single)
                    if (
                        k + 1 >= len(ms)
                        or ms[k + 1].qualifier is not None
                        or not mentions._LIST_SEP_RE.match(
                            self.text[ms[k].span.end : ms[k + 1].span.start]
                        )
                    ):
                        break
                    k += 1
                j = k
            j += 1
