"""Document-level structure shared by every format: title, excerpts, lead, truncation.

* A heading that opens the document is its title.
* Lines that only repeat an earlier heading with a few words around it are link labels.
* Paragraphs in another language than the document's form an excerpt section, together
  with the headings directly before them; the first of those headings labels the section.
* The last paragraph of the body and of each excerpt is marked truncated when it stops
  without sentence-final punctuation (a scraped page cut off mid-sentence).
* A lead (standfirst, abstract) is what the format parser marked as one
  (``documents.formats.leads``: a class, a type), and only where a lead stands: before the
  body's first ordinary paragraph. The first paragraph is no lead for its position alone:
  a chapter's or an article's opening is body text.

Blocks the format parser set apart from the body (notes, code, front matter) take part in
none of these rules: they are neither excerpts, nor labels, nor the lead.
"""

from __future__ import annotations

from documents.blocks import Block, ParsedText, repeats_title
from documents.language import detect_language, dominant_language
from documents.model import BlockKind, Removal, RemovedLines, SectionRole
from documents.webpage import is_link_label

_FINAL_PUNCTUATION = tuple(".!?…»«\"'“”‘’)]:")


def _take_title(parsed: ParsedText) -> None:
    blocks = parsed.blocks
    if blocks and blocks[0].kind is BlockKind.HEADING and _may_be_title(parsed, blocks[0].text):
        following = blocks[1] if len(blocks) > 1 else None
        if following is None or following.kind is not BlockKind.HEADING:
            parsed.title = parsed.title or blocks[0].text
            parsed.notes.append(f"title from the first heading: {blocks[0].text}")
            del blocks[0]


def _may_be_title(parsed: ParsedText, heading: str) -> bool:
    """Whether an opening heading can be the title: none is declared, or it is (part of) it.

    A declared title that the heading does not repeat (``blocks.repeats_title``) leaves the
    heading as the first section (a Markdown title taken from front matter or a heading
    before it, a chapter heading that shares words with a book's title).
    """
    if not parsed.title:
        return True
    return repeats_title(heading, parsed.title)


def _drop_link_labels(parsed: ParsedText, declared: str) -> None:
    """Drop short lines that repeat an earlier heading (or the title) with a few words around
    them. A heading the format marked is no link label of the title the file ``declared``
    (a book's chapter ``The Salt Road: Chapter One``); a heading the plain-text reader
    guessed from a short line may be one."""
    headings: list[str] = [parsed.title] if parsed.title else []
    kept, labels = [], []
    for block in parsed.blocks:
        earlier = headings
        if block.kind is BlockKind.HEADING and declared:
            earlier = [heading for heading in headings if heading != declared]
        if _in_body(block) and len(block.text.split()) <= 16 and is_link_label(block.text, earlier):
            labels.append(block.text)
            continue
        if block.kind is BlockKind.HEADING:
            headings.append(block.text)
        kept.append(block)
    parsed.blocks = kept
    if labels:
        parsed.removed.append(Removal.of(RemovedLines.LINK_LABELS, labels))


_PROSE = frozenset(
    {
        BlockKind.PARAGRAPH,
        BlockKind.LEAD,
        BlockKind.QUOTE,
        BlockKind.ROW,
        BlockKind.CAPTION,
        BlockKind.ASIDE,
    }
)
"""Blocks of running text, whose language tells the document's (a heading or code does not)."""


def _in_body(block: Block) -> bool:
    return block.role is SectionRole.BODY


def _mark_excerpts(parsed: ParsedText) -> None:
    paragraphs = [b.text for b in parsed.blocks if b.kind in _PROSE and _in_body(b)]
    language = parsed.language or dominant_language(paragraphs) or ""
    parsed.language = language
    pending_headings: list[Block] = []
    for block in parsed.blocks:
        if not _in_body(block):
            pending_headings = []
            continue
        if block.kind is BlockKind.HEADING:
            pending_headings.append(block)
            continue
        detected = detect_language(block.text, language)
        if detected and language and detected != language:
            run = [*pending_headings, block]
            for member in run:
                member.language = detected
            for heading in run[1:-1]:
                heading.level = run[0].level + 1
            run[0].section_label = run[0].section_label or run[0].text
        pending_headings = []
    _continue_excerpt_runs(parsed.blocks)


def _continue_excerpt_runs(blocks: list[Block]) -> None:
    """Short paragraphs inside an excerpt (too short to classify) stay in the excerpt."""
    for previous, block in zip(blocks, blocks[1:], strict=False):
        if (
            previous.language
            and _in_body(block)
            and block.language is None
            and detect_language(block.text, previous.language) is None
        ):
            if block.kind in _PROSE:
                block.language = previous.language


def _mark_truncation(parsed: ParsedText) -> None:
    runs: dict[str | None, Block] = {}
    for block in parsed.blocks:
        if block.kind is not BlockKind.HEADING and _in_body(block):
            runs[block.language] = block
    for block in runs.values():
        if len(block.text) >= 80 and not block.text.rstrip().endswith(_FINAL_PUNCTUATION):
            block.truncated = True
            parsed.notes.append(f"text breaks off: …{block.text[-40:]}")


def _keep_opening_leads(parsed: ParsedText) -> None:
    """A block marked as the lead after the body's first ordinary paragraph is body text (a
    ``summary`` box further down is no standfirst); so is one in another language."""
    opened = False
    for block in parsed.blocks:
        if not _in_body(block):
            continue
        if block.kind is BlockKind.LEAD and (opened or block.language):
            block.kind = BlockKind.PARAGRAPH
        opened = opened or block.kind is BlockKind.PARAGRAPH


def shape(parsed: ParsedText) -> ParsedText:
    """Apply the document-level rules, in order, to a format parser's output."""
    declared = parsed.title
    _take_title(parsed)
    _drop_link_labels(parsed, declared)
    _mark_excerpts(parsed)
    _mark_truncation(parsed)
    _keep_opening_leads(parsed)
    return parsed
