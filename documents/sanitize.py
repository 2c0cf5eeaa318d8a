"""Text from documents and users is data: strip what a terminal would execute or misrender.

Removes ANSI/VT escape sequences (CSI, OSC, DCS and two-character escapes), C0 and C1
control characters other than newline and tab, and Unicode bidi overrides that could
reorder what the reader sees. Invisible characters that only hint at a line break or a join
(soft hyphen, zero-width space, non-joiner, joiner, word joiner) go too: left in, they split
a word for search and the glossary ("Flut-wellen" with a soft hyphen is no Flutwelle), and every
offset is taken after cleaning, so removing them keeps offsets consistent. A soft hyphen at a
line's end was a used break, so it becomes a hyphen the re-flow mends. An unterminated
string sequence (OSC, DCS) ends at the line end, so a stray escape never swallows the rest of
a document. Markup-like text such as ``[bold]`` is *not* touched here: it stays literal text,
and the UI never interprets it.

``sanitize`` cleans a whole document on loading. ``clean_field`` is the boundary for every other
string that did not come from the program (notes, tags, titles, ids, imported data): the models
that hold them call it when they are built, so the CLI and the app only ever see clean text.
``json_safe`` escapes what JSON leaves raw (C1 controls, bidi overrides) for JSON on a terminal.
"""

from __future__ import annotations

import re
import unicodedata

_ESCAPES = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]            # CSI: colours, cursor movement
  | \x1b\][^\x07\x1b\n]*(?:\x07|\x1b\\)? # OSC: titles, hyperlinks, clipboard
  | \x1b[PX^_][^\x1b\n]*(?:\x1b\\)?      # DCS, SOS, PM, APC strings
  | \x1b[ -/]*[0-~]                    # other escapes: ESC 7, ESC c, ESC ( B
  | \x9b[0-?]*[ -/]*[@-~]              # 8-bit CSI
  | \x9d[^\x07\x9c\x1b\n]*(?:\x07|\x9c|\x1b\\)?  # 8-bit OSC
  | [\x90\x98\x9e\x9f][^\x9c\x1b\n]*(?:\x9c|\x1b\\)?  # 8-bit DCS, SOS, PM, APC
    """,
    re.VERBOSE,
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff]")
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff]")
"""Any character that starts an escape or is a control (CR included): the fast path's test."""
_JSON_RAW = re.compile(r"[\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff\u2028\u2029]")
_LINE_BREAKS = re.compile(r"[\n\t]+")
_INVISIBLE = re.compile(
    r"[\u00ad\u200b\u2060]|(?<=[A-Za-z\u00c0-\u024f])[\u200c\u200d]+(?=[A-Za-z\u00c0-\u024f])"
)
"""Soft hyphens, zero-width spaces and word joiners split a word for search and the glossary;
the zero-width (non-)joiner only between two Latin letters, since Persian and Indic spelling
and emoji sequences need it."""
_BREAK_AT_LINE_END = re.compile(r"\u00ad+[ \t]*\n[ \t]*(?=\w)")
"""A soft hyphen used as a line break inside a word: the word is joined, in every format
(Markdown, HTML and EPUB re-flow a line break to a space, which made "Flut- wellen")."""


_ANY_INVISIBLE = re.compile(r"[\u00ad\u200b\u2060\u200c\u200d]")
"""Every character ``_INVISIBLE`` and ``_BREAK_AT_LINE_END`` remove: the fast path's test."""


def sanitize(text: str) -> str:
    """Return ``text`` in NFC with newlines normalised and escapes, controls and invisible
    word-splitting characters removed.

    Each removal runs only where a one-class search finds a character it removes: most text
    has none, and the patterns themselves (alternatives, a lookbehind) try every position,
    four fifths of cleaning a 5 MB text (0.25 s) for nothing to remove.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _UNSAFE.search(text) is not None:
        text = _CONTROLS.sub("", _ESCAPES.sub("", text))
    text = text.replace("\t", "    ").replace("\u00a0", " ")
    if _ANY_INVISIBLE.search(text) is not None:
        text = _INVISIBLE.sub("", _BREAK_AT_LINE_END.sub("", text))
    return unicodedata.normalize("NFC", text)


def clean_field(text: str, *, multiline: bool = False) -> str:
    """``text`` without escape sequences and controls; one line unless ``multiline``.

    Unlike ``sanitize`` it keeps tabs and non-breaking spaces (a note is the user's own
    writing) and returns clean text unchanged without copying it, so models can call it on
    every field they are built with.

    Args:
        text: A note, tag, title or any other string from outside the program.
        multiline: Keep newlines and tabs (notes, quotes); otherwise they become spaces.
    """
    if _UNSAFE.search(text) is not None:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        text = _CONTROLS.sub("", _ESCAPES.sub("", text))
    if not multiline and ("\n" in text or "\t" in text):
        text = _LINE_BREAKS.sub(" ", text)
    return text


def json_safe(dumped: str) -> str:
    """JSON text with the characters ``json.dumps(ensure_ascii=False)`` leaves raw escaped.

    JSON already escapes C0 controls (ESC included); C1 controls, DEL and bidi overrides
    would reach a terminal as they are. As ``\\uXXXX`` escapes they still decode to the
    same strings, so scripts lose nothing.
    """
    return _JSON_RAW.sub(lambda match: f"\\u{ord(match.group()):04x}", dumped)
