"""Fitting text into a number of terminal cells: cut at word boundaries, always with "…".

Every place that shortens text for the screen goes through here, so a cut is always visible
(an ellipsis) and never splits a word unless a single word is wider than the room.
"""

from __future__ import annotations

from rich.cells import cell_len, set_cell_size

ELLIPSIS = "…"


def shorten(text: str, width: int) -> str:
    """``text`` on one line in at most ``width`` cells, cut after a whole word with "…".

    Args:
        text: Any text; runs of whitespace (newlines included) become one space.
        width: Cells available (at least 1).
    """
    flat = " ".join(text.split())
    if cell_len(flat) <= width:
        return flat
    room = max(width - 1, 0)
    head = set_cell_size(flat, room).rstrip()
    cut = head.rfind(" ")
    if cut > room // 2:
        head = head[:cut]
    return head.rstrip(" ,;:.-–—") + ELLIPSIS


def fit_lines(text: str, width: int, lines: int) -> list[str]:
    """``text`` wrapped at word boundaries into at most ``lines`` lines of ``width`` cells.

    When the text needs more lines, the last one shown ends with "…" where it is cut, so
    a box of that height never clips it silently.

    Args:
        text: Any text; runs of whitespace (newlines included) become one space.
        width: Cells per line (at least 1).
        lines: Lines available (at least 1).
    """
    wrapped: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if current and cell_len(candidate) > width:
            wrapped.append(current)
            candidate = word
            if len(wrapped) == lines:  # the rest is cut from the last line shown
                break
        current = candidate
    else:
        wrapped.append(current)
        if len(wrapped) <= lines:
            return [shorten(line, width) for line in wrapped if line]
    kept = wrapped[: lines - 1]
    rest = wrapped[lines - 1] + " " + candidate
    return [shorten(line, width) for line in kept] + [_cut(rest, width)]


def _cut(text: str, width: int) -> str:
    """``text`` shortened with "…" even when it would just fit (more text followed it)."""
    return shorten(text + " " + ELLIPSIS * width, width)


def window(text: str, focus: tuple[int, int], width: int) -> tuple[int, int]:
    """The part of ``text`` to show in ``width`` characters, centred on ``focus``.

    The window starts and ends at word boundaries where it cuts the text, leaving one
    character on each cut side for an ellipsis, and keeps the whole focus when it fits.

    Args:
        text: One line of text.
        focus: ``(start, end)`` offsets in ``text`` that must stay visible (the match).
        width: Characters available, ellipses included.

    Returns:
        ``(low, high)``: show ``text[low:high]``, with "…" before when ``low > 0`` and after
        when ``high < len(text)``.
    """
    if len(text) <= width:
        return 0, len(text)
    start, end = focus
    room = max(width - 2, 1)
    low = max(0, min(start - (room - (end - start)) // 2, len(text) - room))
    if low > 0:
        space = text.find(" ", low - 1, start)
        low = space + 1 if space != -1 else low
    high = min(len(text), low + room)
    if high < len(text):
        space = text.rfind(" ", max(end, low), high + 1)
        high = space if space > low else high
    return low, high
