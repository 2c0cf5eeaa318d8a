"""Offline language identification (py3langid), loaded only when a document needs it.

The model takes most of a second to load, so it is imported lazily; parsed documents are
cached, so that cost is paid once per new document, not at every start.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

MIN_CHARS = 40
"""Shorter snippets (headings, labels) are too short to classify reliably."""
SAMPLE_CHARS = 300
"""Only this much of a paragraph is classified: a few sentences tell the language, and the
classifier's cost grows with the input (a 5 MB document has thousands of paragraphs)."""
DOMINANT_SAMPLES = 40
"""Paragraphs, spread over the document, that decide its main language."""


@lru_cache(maxsize=1)
def _classifier() -> Callable[[str], tuple[str, float]]:
    import py3langid

    classify: Callable[[str], tuple[str, float]] = py3langid.classify
    return classify


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of ``text``'s language, or None when it is too short to tell."""
    if len(text.strip()) < MIN_CHARS:
        return None
    code, _score = _classifier()(text[:SAMPLE_CHARS])
    return str(code)


def dominant_language(paragraphs: list[str]) -> str | None:
    """The language most of the text (by characters) is written in, from an even sample."""
    step = max(len(paragraphs) // DOMINANT_SAMPLES, 1)
    weight: dict[str, int] = {}
    for paragraph in paragraphs[::step]:
        code = detect_language(paragraph)
        if code:
            weight[code] = weight.get(code, 0) + len(paragraph)
    return max(weight, key=weight.__getitem__) if weight else None
