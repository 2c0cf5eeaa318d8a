"""Notes are written in Markdown and shown rendered, safely.

A note is the user's data: it is parsed as CommonMark only, never as Rich markup (``[bold]``
stays literal), raw HTML is shown as typed rather than interpreted or dropped, and a link is
shown as its text with its address after it, never as a terminal hyperlink that a click would
follow. Control sequences never get this far: ``documents.sanitize.clean_field`` removed them
when the note was loaded.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token
from rich.markdown import Markdown
from rich.text import Text

PARSER = MarkdownIt("commonmark", {"html": False}).enable("strikethrough").enable("table")
"""CommonMark with tables and ~~strikethrough~~; HTML off, so tags stay text."""

_INLINE_STYLES = {"em": "italic", "strong": "bold", "s": "strike"}
"""Opening token (without ``_open``) → style of the text up to its ``_close``."""


class NoteMarkdown(Markdown):
    """A note rendered as a block of Markdown (headings, lists, emphasis, code)."""

    def __init__(self, note: str) -> None:
        super().__init__(note, hyperlinks=False)
        self.parsed = PARSER.parse(note)  # Rich's own parser would read raw HTML as markup


def note_line(note: str) -> Text:
    """The note on one line: emphasis kept as styles, the syntax gone, links with their
    address (for lists, which cut it to their width)."""
    line = Text()
    for token in PARSER.parse(note):
        if token.type in ("fence", "code_block"):
            line.append(" ".join(token.content.split()) + " ", style="reverse")
        elif token.type == "inline":
            _append_inline(line, token.children or [])
            line.append(" ")
    line.rstrip()
    return line


def _append_inline(line: Text, children: list[Token]) -> None:
    styles: list[str] = []
    links: list[str] = []
    for child in children:
        kind = child.type.removesuffix("_open").removesuffix("_close")
        if kind in _INLINE_STYLES:
            if child.type.endswith("_open"):
                styles.append(_INLINE_STYLES[kind])
            elif styles:
                styles.pop()
        elif child.type == "link_open":
            links.append(str(child.attrs.get("href", "")))
        elif child.type == "link_close" and links:
            line.append(f" ({links.pop()})", style="dim")
        elif child.type in ("text", "image"):
            line.append(child.content, style=" ".join(styles))
        elif child.type == "code_inline":
            line.append(child.content, style="reverse")
        elif child.type in ("softbreak", "hardbreak"):
            line.append(" ")
