"""Markdown: headings become the outline; inline markup is reduced to its text.

The title is the first heading, as a Markdown author writes it (``# Title``), even when
sub-headings follow it directly; a YAML front matter ``title:`` comes first, and its
``author:``, ``date:`` and ``lang:`` are the document's author, date and language.

Every block keeps what the author marked it as:

* A table's rows are rows of their own, cells joined by `` | `` (GitHub-flavoured tables:
  without them a table ran together into one paragraph of pipes and dashes).
* A list item opens with its marker (``2.``, ``•``): a numbered list keeps its order.
* A block quote's paragraphs are quotes.
* Code is kept verbatim, line by line, and set apart: it is no prose to read names, dates
  or links from. A fence is code; an indented block only when it looks like code (an
  indented paragraph of a converted text file is prose).
* Footnotes (``[^1]``) are set apart as notes after the body, each opening with its
  number (``[1]``, numbered as GitHub shows them); the reference in the sentence shows that
  number as a mark no analysis reads as a word or number (``Satz ¹``,
  ``documents.note_marks``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

from documents.blocks import Block, ParsedText, table_row
from documents.byline import date_above_title
from documents.dateparse import parse_published
from documents.formats.common import BULLET, language_code
from documents.model import BlockKind, SectionRole
from documents.note_marks import note_placeholder, show_note_marks


def _inline_text(token: Token, notes: Mapping[str, int]) -> str:
    """The visible text of an inline token: links and emphasis lose their markup, a
    footnote reference shows its number (``documents.note_marks``)."""
    pieces = []
    for child in token.children or []:
        if child.type in {"text", "code_inline"}:
            pieces.append(child.content)
        elif child.type in {"softbreak", "hardbreak"}:
            pieces.append(" ")
        elif child.type == "image":
            pieces.append(child.content)
        elif child.type == "footnote_ref" and child.meta.get("label") in notes:
            pieces.append(note_placeholder(str(notes[child.meta["label"]])))
    return show_note_marks(" ".join("".join(pieces).split()))


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FIELD_LINE = re.compile(r"^([A-Za-z_]+):[ \t]*(.+?)[ \t]*$", re.MULTILINE)
_DATE_FIELDS = ("date", "published")
_LANGUAGE_FIELDS = ("lang", "language")
_AUTHOR_FIELDS = ("author", "authors", "creator")


def _front_matter(block: str) -> dict[str, str]:
    """The one-line ``key: value`` fields of a YAML front matter, keys lower-cased and quotes
    taken off the values (lists and nested maps are not metadata the reader shows)."""
    return {key.lower(): value.strip("\"'") for key, value in _FIELD_LINE.findall(block)}


def parse_markdown_document(text: str, language: str = "") -> ParsedText:
    """Blocks and title of a Markdown file (front matter is metadata, not text).

    The first heading is the title when no other heading is as high (sub-headings may
    follow it directly, or a badge line precede it); it then leaves the outline.
    """
    fields: dict[str, str] = {}
    front = _FRONT_MATTER.match(text)
    if front:
        fields = _front_matter(front.group(1))
        text = text[front.end() :]
    title = fields.get("title", "")
    declared = next((language_code(fields[k]) for k in _LANGUAGE_FIELDS if k in fields), "")
    language = declared or language
    date = next((fields[k] for k in _DATE_FIELDS if k in fields), "")
    author = next((fields[k] for k in _AUTHOR_FIELDS if k in fields), "")
    published = parse_published(date, language or "en") if date else ""
    blocks = parse_markdown(text)
    notes = []
    if not published:  # "Dundee, 28 November 2026" above "# Title", as in plain text
        heading = blocks[1:2]
        above, published = date_above_title(blocks, language or "en")
        if published:
            if title:  # the front matter's title: the heading stays in the text
                blocks[1:1] = heading
            title = title or above
            notes.append(f"publication date {published} from the date line above the title")
    headings = [i for i, block in enumerate(blocks) if block.kind is BlockKind.HEADING]
    if not title and headings:
        first = blocks[headings[0]]
        if all(blocks[i].level > first.level for i in headings[1:]):
            title = first.text
            del blocks[headings[0]]
            notes.append(f"title from the first heading: {title}")
    return ParsedText(
        blocks, title=title, published=published, author=author, language=language, notes=notes
    )


def parse_markdown(text: str) -> list[Block]:
    """Parse Markdown into blocks: headings, paragraphs, list items with their markers,
    quotes, table rows, code (verbatim, set apart) and footnotes (set apart, at the end)."""
    env: dict[str, Any] = {}
    tokens = _PARSER.parse(text, env)
    walk = _Walk(_note_numbers(env))
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        walk.visit(token, following)
    return walk.blocks + [block for _, block in sorted(walk.notes, key=lambda n: n[0])]


_PARSER = (
    MarkdownIt("commonmark").enable("table").use(footnote_plugin, inline=False, move_to_end=False)
)
"""Footnote definitions stay where they stand (the plugin's tail would drop those nobody
refers to, and all but the last of one label); Pandoc's inline notes ``^[…]`` are off, as
they would eat prose such as ``^[a-z]+``."""


def _note_numbers(env: dict[str, Any]) -> dict[str, int]:
    """Each footnote label's number: by first reference, those nobody refers to after them
    in the order they are defined."""
    refs: dict[str, int] = env.get("footnotes", {}).get("refs", {})
    numbers = {key: at + 1 for key, at in refs.items() if at >= 0}
    for key, at in refs.items():
        if at < 0:
            numbers[key] = len(numbers) + 1
    return {key.removeprefix(":"): number for key, number in numbers.items()}


_BLANK_LINES = re.compile(r"\n[ \t]*\n")
_CODE_SIGNS = re.compile(r"[{}\[\]();=<>]")
_CODE_SHARE = 0.04
"""The share of code signs (brackets, ``;``, ``=``, ``<>``) among the visible characters from
which an indented block is code: prose has a pair of parentheses in a paragraph at most."""


def _looks_like_code(text: str) -> bool:
    """Whether an indented block (Markdown's code without a fence) is code, not prose
    indented as a text file's paragraphs often are: many code signs, or few letters."""
    visible = "".join(text.split())
    if not visible:
        return False
    letters = sum(char.isalpha() for char in visible)
    signs = len(_CODE_SIGNS.findall(visible))
    return signs >= _CODE_SHARE * len(visible) or letters < len(visible) / 2


class _Walk:
    """Markdown's block tokens in order, with the containers they stand in (lists, quotes,
    footnotes): a paragraph's kind, marker and role depend on them."""

    def __init__(self, note_numbers: dict[str, int]) -> None:
        self.blocks: list[Block] = []
        self.notes: list[tuple[int, Block]] = []
        """The footnotes' blocks with their numbers, to follow the text in number order."""
        self._note_numbers = note_numbers
        self._note = 0
        self._cells: list[str] = []
        self._lists: list[str] = []
        """The open lists' kinds, innermost last (``ordered_list_open`` …)."""
        self._marker = ""
        """The marker of the list item or footnote whose first paragraph comes next."""
        self._quotes = 0
        self._in_footnote = False

    def visit(self, token: Token, following: Token | None) -> None:
        kind = token.type
        if kind in {"bullet_list_open", "ordered_list_open"}:
            self._lists.append(kind)
        elif kind in {"bullet_list_close", "ordered_list_close"}:
            self._lists.pop()
        elif kind == "list_item_open":
            ordered = self._lists[-1:] == ["ordered_list_open"]
            self._marker = f"{token.info}{token.markup} " if ordered else BULLET
        elif kind == "list_item_close":
            self._marker = ""  # an item that held no paragraph (a fence) leaves no marker
        elif kind in {"blockquote_open", "blockquote_close"}:
            self._quotes += 1 if kind == "blockquote_open" else -1
        elif kind in {"footnote_reference_open", "footnote_reference_close"}:
            self._in_footnote = kind == "footnote_reference_open"
            self._note = self._note_numbers.get(token.meta.get("label", ""), 0)
            self._marker = f"[{self._note}] " if self._in_footnote else ""
        elif kind in {"th_open", "td_open"} and following is not None:
            self._cells.append(_inline_text(following, self._note_numbers))
        elif kind == "tr_close":
            self._add(table_row(self._cells))
            self._cells = []
        elif kind == "heading_open" and following is not None:
            content = _inline_text(following, self._note_numbers)
            if content:
                self._add(Block(BlockKind.HEADING, content, level=int(token.tag[1])))
        elif kind == "paragraph_open" and following is not None:
            self._paragraph(_inline_text(following, self._note_numbers))
        elif kind == "code_block" and not _looks_like_code(token.content):
            for paragraph in _BLANK_LINES.split(token.content):
                self._paragraph(" ".join(paragraph.split()))
        elif kind in {"fence", "code_block"} and token.content.strip():
            code = token.content.rstrip("\n")
            self._add(Block(BlockKind.CODE, code, role=SectionRole.CODE))

    def _paragraph(self, content: str) -> None:
        if not content:
            return
        kind = BlockKind.QUOTE if self._quotes else BlockKind.PARAGRAPH
        self._add(Block(kind, self._marker + content))
        self._marker = ""

    def _add(self, block: Block | None) -> None:
        if block is not None:
            if self._in_footnote:
                block.role = SectionRole.NOTES
                self.notes.append((self._note, block))
            else:
                self.blocks.append(block)
