"""Pilot tests of the theme variables: every theme gets readable reader colours, and marks
drawn in the text take the current theme's colours, also after the theme changes."""

from __future__ import annotations

from rich.color import Color as RichColor
from textual.color import Color
from textual.theme import Theme

from reader.theme import HIGHLIGHT_COLOURS, MIN_CONTRAST, contrast
from reader.widgets.pane import DocumentPane
from tests.ui.test_glossary_ui import glossary_ready
from tests.ui.test_notes_ui import notes_ready

PERSON = "Lukaschenka"
"""A person the left seed names on its first screen (a mention in the theme's warning colour)."""


def variable(app, name: str) -> Color:
    return Color.parse(app.theme_variables[name])


def theme_variables(app, theme: Theme) -> dict[str, Color]:
    """The variables ``theme`` gives the app, combined as Textual combines them."""
    app.theme = theme.name
    return {
        name: Color.parse(value)
        for name, value in app.get_css_variables().items()
        if name.startswith(("pane-", "highlight-", "surface"))
    }


def on_surface(variables: dict[str, Color], dark: bool) -> Color:
    colour = variables["surface"]
    if colour.a == 0:  # the ANSI themes leave the terminal's background
        return Color(0, 0, 0) if dark else Color(255, 255, 255)
    return colour


def rich(colour: Color) -> RichColor:
    return RichColor.parse(colour.hex)


def styles_of(view, word: str) -> list:
    """The styles of the segments drawn for ``word`` in the visible lines of ``view``."""
    return [
        segment.style
        for y in range(view.size.height)
        for segment in view.render_line(y)
        if segment.text.strip() == word
    ]


def test_every_theme_gives_readable_pane_colours_and_highlights(make_app) -> None:
    app = make_app()
    assert len(app.available_themes) >= 10
    for name, theme in app.available_themes.items():
        variables = theme_variables(app, theme)
        background = on_surface(variables, theme.dark)
        for pane in ("pane-left", "pane-right", "pane-other"):
            assert contrast(variables[pane], background) >= MIN_CONTRAST, (name, pane)
        for colour in HIGHLIGHT_COLOURS:
            highlight = variables[f"highlight-{colour}"]
            assert contrast(variables["highlight-ink"], highlight) >= MIN_CONTRAST, name


async def test_marks_take_the_colours_of_the_theme_in_use(make_app) -> None:
    app = make_app()
    app.register_theme(
        Theme(
            name="reader-test",
            primary="#004578",
            dark=False,
            variables={"highlight-yellow": "#ff00ff"},
        )
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await glossary_ready(app, pilot)
        await notes_ready(app, pilot)
        view = app.screen.query_one("#left", DocumentPane).view
        await pilot.press("v", "w", "h")  # the first word, highlighted in yellow
        await pilot.pause()
        first = view.document.text[: view.document.text.index(" ")]
        assert styles_of(view, first)[0].bgcolor == rich(variable(app, "highlight-yellow"))
        assert styles_of(view, PERSON)[0].color == rich(variable(app, "text-warning"))
        app.theme = "reader-test"  # nothing is drawn again: the marks look their styles up
        await pilot.pause()
        assert styles_of(view, first)[0].bgcolor == rich(Color.parse("#ff00ff"))
        assert styles_of(view, PERSON)[0].color == rich(variable(app, "text-warning"))


async def test_a_name_in_a_highlight_is_drawn_in_the_highlights_ink(make_app) -> None:
    """Mentions lie under every other layer, whichever came first: a highlight drawn before
    the glossary's mentions (a restart) still inks the names it covers dark on its pastel."""
    from reader.features.glossary import MENTIONS_LAYER, GlossaryFeature
    from reader.features.notes_marks import HIGHLIGHTS_LAYER
    from reader.widgets.document_view import Mark

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await glossary_ready(app, pilot)
        await notes_ready(app, pilot)
        view = app.screen.query_one("#left", DocumentPane).view
        start = view.document.text.index(PERSON)
        highlight = Mark(start, start + len(PERSON), "document-view--highlight-yellow")
        view.set_mark_source(MENTIONS_LAYER, None)
        view.set_marks(HIGHLIGHTS_LAYER, [highlight])
        app.screen.query_one(GlossaryFeature).draw_mention_marks()  # the mentions come after
        await pilot.pause()
        style = styles_of(view, PERSON)[0]
        assert style.bgcolor == rich(variable(app, "highlight-yellow"))
        assert style.color == rich(variable(app, "highlight-ink"))
        assert style.underline  # still marked as a name
