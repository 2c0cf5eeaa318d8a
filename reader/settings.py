"""Settings and reading positions: one small JSON file in the data directory."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from documents.atomic import write_atomic


@dataclass(slots=True)
class Settings:
    """What the app remembers between runs."""

    language: str = ""
    left: str = ""
    right: str = ""
    single_pane: bool = False
    """The reader last read one document full width."""
    positions: dict[str, int] = field(default_factory=dict)
    """Per document id: the character offset of the sentence under the cursor."""
    tops: dict[str, int] = field(default_factory=dict)
    """Per document id: the character offset of the first line in view (scrolling with the
    arrow keys moves the text, not always the cursor)."""
    show_mentions: bool = True
    sync_links: bool = False
    """Sync mode (``y``) was on at quit: the next start has it on too (trial 24)."""
    theme: str = ""
    """The Textual theme last chosen (empty: the default)."""
    search_history: list[str] = field(default_factory=list)
    """Earlier search queries, oldest first (at most 50)."""
    selection: dict[str, str | int] = field(default_factory=dict)
    """The text selected at quit (``doc``, ``hash``, ``start``, ``end`` and ``text``, a hash
    of the selected words; empty: none), so that ``h`` after reopening highlights it, not the
    cursor sentence."""

    @classmethod
    def load(cls, path: Path) -> Settings:
        """Read settings; a missing or damaged file gives defaults (and is not overwritten
        until the next save)."""
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {k: v for k, v in raw.items() if k in cls.__dataclass_fields__}
        try:
            return cls(**known)
        except TypeError:
            return cls()

    def save(self, path: Path) -> None:
        """Write atomically so a crash never leaves half a file."""
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps(asdict(self), ensure_ascii=False, indent=1))
