"""Text from documents is data: strip what a terminal would execute or misrender.

Removes ANSI/VT escape sequences (CSI, OSC, DCS and two-character escapes), C0 and C1
control characters other than newline and tab, and Unicode bidi overrides that could
reorder what the reader sees. An unterminated string sequence (OSC, DCS) ends at the line
end, so a stray escape never swallows the rest of a document. Markup-like text such as
``[bold]`` is *not* touched here: it stays literal text, and the UI never interprets it.
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
    """,
    re.VERBOSE,
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff]")


def sanitize(text: str) -> str:
    """Return ``text`` in NFC with newlines normalised and escapes and controls removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ESCAPES.sub("", text)
    text = _CONTROLS.sub("", text)
    text = text.replace("\t", "    ").replace("\u00a0", " ")
    return unicodedata.normalize("NFC", text)
