"""A part of day without its day ("the next morning", "am nächsten Morgen") on the timeline:
it counts from the day named last that is not before the period its sentence is at."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents.loader import load_document
from documents.model import DocumentMeta
from glossary.dates import tag_spans
from glossary.features import Analyzers, extract_features
from glossary.reference_time import reference_times
from glossary.timeline import timeline

PIER = {
    "en": (
        "The Sandmouth Pier\n\nOn the evening of 9 November 1902 the old pier at Sandmouth was"
        " carried away by the sea. The pier opened on 12 May 1869 and was the pride of the town."
        " In August 1902 a steamer struck it. When the tide fell the next morning, only the"
        " iron stumps were left.\n"
    ),
    "de": (
        "Die Seebrücke von Sandmund\n\nAm Abend des 9. November 1902 riss die See die alte"
        " Seebrücke von Sandmund fort. Die Brücke wurde am 12. Mai 1869 eröffnet und war der"
        " Stolz der Stadt. Im August 1902 rammte sie ein Dampfer. Als am nächsten Morgen das"
        " Wasser fiel, standen nur noch die Stümpfe.\n"
    ),
}


def _entries(tmp_path: Path, language: str, text: str) -> dict[str, str]:
    path = tmp_path / "pier.txt"
    path.write_text(text, encoding="utf-8")
    document = load_document(path, DocumentMeta(language=language))
    analyzers = Analyzers(tag_spans, lambda _text: [], lambda _text, _lang: [], reference_times)
    features = extract_features(document, analyzers).dates()
    return {entry.timex_text: entry.first.isoformat() for entry in timeline([(document, features)])}


@pytest.mark.parametrize(
    ("language", "morning"), [("en", "the next morning"), ("de", "nächsten Morgen")]
)
def test_the_next_morning_is_not_counted_from_a_day_before_the_story_moved_on(
    tmp_path: Path, language: str, morning: str
) -> None:
    """After "In August 1902", the morning after 12 May 1869 is stale; the day the text
    opened on (9 November 1902) is the one it tells of."""
    entries = _entries(tmp_path, language, PIER[language])
    assert entries[morning] == "1902-11-10"
