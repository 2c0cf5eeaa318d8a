"""Per-year bars of the timeline: how much of each document falls in each year."""

from __future__ import annotations

from itertools import pairwise

from rich.text import Text
from textual.geometry import Size
from textual.widget import Widget

from reader.text_fit import shorten

BLOCKS = " ▁▂▃▄▅▆▇█"
"""Eight heights of a one-row bar; a year without entries stays blank."""
LABEL_WIDTH = 18


class YearBars(Widget):
    """One row per document, one column per year: the document's share of its dates there.

    The years and documents stay put while the timeline is filtered; only the counts change
    (``show``), so the bars always describe the entries listed below them.
    """

    DEFAULT_CSS = """
    YearBars { height: auto; padding: 0 1; }
    """

    def __init__(
        self,
        histogram: dict[str, dict[int, int]],
        titles: dict[str, str],
        colours: dict[str, str],
        *,
        id: str | None = None,
    ) -> None:
        """Args:
        histogram: Entries per year for each document (``glossary.timeline.year_histogram``)
            of the whole timeline: it fixes the rows and the years shown.
        titles: Document titles by id (cut to fit the label column).
        colours: Document colours by id.
        """
        super().__init__(id=id)
        self.documents = list(histogram)
        """One row each, in this order."""
        self.all_years = sorted({year for counts in histogram.values() for year in counts})
        """The columns: every year of the unfiltered timeline."""
        self.histogram = histogram
        """The counts drawn now (of the entries listed)."""
        self.titles = titles
        self.colours = colours

    def show(self, histogram: dict[str, dict[int, int]]) -> None:
        """Draw these counts (of the entries passing the filters) on the same axes."""
        self.histogram = histogram
        self.refresh()

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self.documents) + 1 if self.documents else 0

    def render(self) -> Text:
        years = self.all_years
        if not years:
            return Text("")
        room = max(self.size.width - LABEL_WIDTH, 2 * len(years))
        cell = 5 if 5 * len(years) <= room else 3
        gaps = _gaps_after(years)
        lines = Text()
        for doc in self.documents:
            counts = self.histogram.get(doc, {})
            colour = self.colours.get(doc, "white")
            label = shorten(self.titles.get(doc, doc), LABEL_WIDTH - 1)
            lines.append(label.ljust(LABEL_WIDTH), style=colour)
            most = max(counts.values(), default=1)
            for number, year in enumerate(years):
                count = counts.get(year, 0)
                height = max(1, round(count * 8 / most)) if count else 0
                lines.append(BLOCKS[height] * (cell - 1), style=colour)
                lines.append(BREAK if number in gaps else " ", style="dim")
            lines.append("\n")
        lines.append(" " * LABEL_WIDTH)
        lines.append(year_ruler(years, cell), style="dim")
        return lines


BREAK = "┊"
"""Drawn between two columns whose years are not consecutive: evenly spaced columns would
otherwise make a century look like a year."""


def _gaps_after(years: list[int]) -> set[int]:
    """Indexes of the columns followed by a jump of more than one year."""
    return {n for n, (year, after) in enumerate(pairwise(years)) if after - year > 1}


def year_ruler(years: list[int], cell: int) -> str:
    """The axis under the bars: whole years (a two-digit ``18`` over two centuries reads as
    2018), each under its column, left out where it would run into the one before.

    Args:
        years: The columns' years, ascending.
        cell: Cells per column.
    """
    ruler = ""
    for number, year in enumerate(years):
        column = number * cell
        if len(ruler) <= column:
            ruler = ruler.ljust(column) + str(year) + " "
    return ruler.rstrip()
