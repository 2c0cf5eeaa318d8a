"""Per-year bars of the timeline: how much of each document falls in each year."""

from __future__ import annotations

from rich.text import Text
from textual.geometry import Size
from textual.widget import Widget

BLOCKS = " ▁▂▃▄▅▆▇█"
"""Eight heights of a one-row bar; a year without entries stays blank."""
LABEL_WIDTH = 18


class YearBars(Widget):
    """One row per document, one column per year: the document's share of its dates there."""

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
        histogram: Entries per year for each document (``glossary.timeline.year_histogram``).
        titles: Document titles by id (cut to fit the label column).
        colours: Document colours by id.
        """
        super().__init__(id=id)
        self.histogram = histogram
        self.titles = titles
        self.colours = colours

    def years(self) -> list[int]:
        return sorted({year for counts in self.histogram.values() for year in counts})

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self.histogram) + 1 if self.histogram else 0

    def render(self) -> Text:
        years = self.years()
        if not years:
            return Text("")
        room = max(self.size.width - LABEL_WIDTH, 2 * len(years))
        cell = 5 if 5 * len(years) <= room else 3
        lines = Text()
        for doc, counts in self.histogram.items():
            colour = self.colours.get(doc, "white")
            title = self.titles.get(doc, doc)
            label = title if len(title) < LABEL_WIDTH - 1 else title[: LABEL_WIDTH - 2] + "…"
            lines.append(label.ljust(LABEL_WIDTH), style=colour)
            most = max(counts.values(), default=1)
            for year in years:
                count = counts.get(year, 0)
                height = max(1, round(count * 8 / most)) if count else 0
                lines.append((BLOCKS[height] * (cell - 1)).ljust(cell), style=colour)
            lines.append("\n")
        lines.append(" " * LABEL_WIDTH)
        for year in years:
            label = str(year) if cell == 5 else f"{year % 100:02d}"
            lines.append(label.ljust(cell), style="dim")
        return lines
