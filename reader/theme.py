"""The reader's own colours as theme variables, so every theme (and a user's own) can set them.

Highlights, the two panes' document colours and the mention marks are named variables
(``$highlight-yellow``, ``$pane-left`` …) used in the .tcss of the widgets that draw them;
a ``textual.theme.Theme(variables={...})`` may override any of them. The defaults below fit
the theme in use: pastel highlight backgrounds under dark ink read the same on dark and light
themes, while the pane colours, drawn as text, are lightened or darkened until they stand out
from the theme's surface as well as body text should (WCAG contrast 4.5). Code that styles Rich
text itself (the timeline, link lists) reads them with ``theme_colour`` when it builds its text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.color import Color

if TYPE_CHECKING:
    from textual.app import App
    from textual.theme import Theme

HIGHLIGHT_COLOURS = ("yellow", "green", "blue", "pink", "purple")
"""The five highlight colours, in the order of the keys 1 to 5."""

_HIGHLIGHT_BACKGROUNDS = {
    "yellow": "#f7e48b",
    "green": "#a9e5bb",
    "blue": "#a8d4f2",
    "pink": "#f6b8c8",
    "purple": "#d3bdf0",
}
_PANE_COLOURS = {"pane-left": "#5fafff", "pane-right": "#ffaf5f", "pane-other": "#a8a8a8"}
"""A blue for the left pane's documents, an orange for the right one's, grey for the rest."""
MIN_CONTRAST = 4.5
"""WCAG's contrast for body text, between a pane colour and the theme's surface."""


def theme_variable_defaults(theme: Theme) -> dict[str, str]:
    """The reader's variables for ``theme`` (values the theme itself sets win)."""
    variables = {f"highlight-{name}": value for name, value in _HIGHLIGHT_BACKGROUNDS.items()}
    variables["highlight-ink"] = "#1b1b1b"
    surface = Color.parse(theme.to_color_system().generate()["surface"])
    if surface.a == 0:  # a terminal's own background (the ANSI themes): assume the usual one
        surface = Color(0, 0, 0) if theme.dark else Color(255, 255, 255)
    for name, colour in _PANE_COLOURS.items():
        variables[name] = readable(Color.parse(colour), surface).hex
    return variables


def contrast(first: Color, second: Color) -> float:
    """WCAG 2 contrast ratio of two opaque colours (1 to 21)."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _luminance(colour: Color) -> float:
    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.r) + 0.7152 * linear(colour.g) + 0.0722 * linear(colour.b)


def readable(colour: Color, background: Color) -> Color:
    """``colour`` lightened (on a dark background) or darkened until it reaches MIN_CONTRAST."""
    lighten = _luminance(background) < 0.18
    for _step in range(20):
        if contrast(colour, background) >= MIN_CONTRAST:
            break
        colour = colour.lighten(0.05) if lighten else colour.darken(0.05)
    return colour


def highlight_class(colour: str) -> str:
    """The document view's component class drawing a highlight of ``colour``."""
    return f"document-view--highlight-{colour}"


def theme_colour(app: App[object], name: str) -> str:
    """A colour variable of the current theme (``pane-left``), as a Rich colour string."""
    return app.theme_variables.get(name) or app.get_css_variables()[name]


def pane_colour(app: App[object], pane_id: str | None) -> str:
    """The colour of the documents in the pane ``left`` or ``right`` (else a neutral grey)."""
    name = f"pane-{pane_id}" if pane_id in ("left", "right") else "pane-other"
    return theme_colour(app, name)
