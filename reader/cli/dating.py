"""The timeline's dates alone, without the analysis cross-links need.

``Services.features`` gives each sentence its dates, its glossary names and its content
words, cached as one. The timeline reads only the dates, yet a first ``reader timeline``
paid for the rest: the names of every document in the library (name discovery and the
gazetteer) and the lemma dictionaries, nearly all of its time. Dates depend neither on the
names nor on the words (``glossary.features.extract_features`` tags them first), so the
entries are the same; the cache's key is the app's recipe (``keyed_feature_cache``).
"""

from __future__ import annotations

from collections.abc import Sequence

from documents.model import Document
from glossary.features import Analyzers, DateFeature, MentionLike, WordLike
from reader.cli.output import working
from reader.services import keyed_feature_cache, too_long_for_links


def _no_mentions(_text: str) -> Sequence[MentionLike]:
    return []


def _no_words(_text: str, _language: str) -> list[WordLike]:
    return []


def _analyzers() -> Analyzers:
    from glossary.dates import tag_spans
    from glossary.reference_time import reference_times

    return Analyzers(tag_spans, _no_mentions, _no_words, reference_times)


def document_dates(documents: list[Document], *, show_progress: bool) -> list[list[DateFeature]]:
    """Each document's dates (none for one too long for cross-links and the timeline).

    Args:
        documents: The documents; the result follows their order.
        show_progress: Name each document on stderr while it is dated (a passing line, and
            only on a terminal: Rich shows no status elsewhere).
    """
    analyzers = _analyzers()
    if documents:  # files of an older features or pipeline version are never read again
        keyed_feature_cache("dates", documents[0]).prune()
    found: list[list[DateFeature]] = []
    with working("dating", show_progress) as say:
        for number, document in enumerate(documents, 1):
            say(f"dating {document.id} ({number}/{len(documents)})")
            if too_long_for_links(document):
                found.append([])
                continue
            found.append(
                keyed_feature_cache("dates", document).features(document, analyzers).dates()
            )
    return found
