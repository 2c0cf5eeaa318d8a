"""The cores wired together once, for the app and the command line alike.

Each service is created on first use (``cached_property``), so a command that only lists
documents never loads the glossary, and the app can build the slow ones in workers. Every
location comes from ``reader.paths`` (READER_HOME relocates all of it).
"""

from __future__ import annotations

import bisect
import hashlib
import json
import threading
from dataclasses import replace
from functools import cached_property, partial
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from documents.model import BlockKind, SectionRole
from glossary.kept_patterns import keep_patterns_in
from reader import paths
from reader.job_slot import Cancelled, JobSlot
from reader.library import Library, open_library
from reader.memory_release import release_memory
from reader.offload import ChildJobFailed, run_in_child, worth_a_child

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from pathlib import Path

    from documents.model import Document
    from glossary.entities import Glossary
    from glossary.features import Analyzers, DocumentFeatures, FeatureCache, MentionLike
    from glossary.links import LinkIndex
    from glossary.mentions import MentionCache, MentionTable
    from glossary.wording import Word
    from index import SearchIndex, SyncReport, Unread
    from reader.notes import NoteStore

_P = ParamSpec("_P")
_R = TypeVar("_R")


def _worker_cancelled() -> bool:
    """Whether the Textual worker running this code was cancelled (False outside one)."""
    from textual.worker import NoActiveWorker, get_current_worker

    try:
        return get_current_worker().is_cancelled
    except NoActiveWorker:
        return False


LINK_TEXT_LIMIT = 3_000_000
"""Characters of text above which a document takes no part in cross-links and the timeline.
Its features (every sentence's dates, names and terms) take about 60 bytes a character while
they are extracted, and the link index keeps most of them: a 20 MB text alone would need more
than a gigabyte. The app and the commands name the documents left out."""


def too_long_for_links(document: Document) -> bool:
    """Whether ``document`` is left out of cross-links and the timeline (``LINK_TEXT_LIMIT``)."""
    return len(document.text) > LINK_TEXT_LIMIT


def _memo_key(document: Document) -> tuple[str, str, str]:
    """What the features in memory are kept by: as on disk (``feature_cache``), the
    publication date too, which anchors "heute" and which the reader may correct."""
    return (document.id, document.content_hash, document.published)


_LINK_DATA = ("analyzers", "_features_memo", "_link_index_memo")
"""The cached properties derived from the glossary and the library for cross-links."""


class Services:
    """The library plus lazily created glossary, search index, notes store and link data."""

    def __init__(
        self, library: Library | None = None, give_back_memory: bool = True, offload: bool = False
    ) -> None:
        """Args:
        library: The library (opened from READER_HOME when None).
        give_back_memory: Empty word caches and return freed memory after a long job;
            a command that ends right after its job has no use for it.
        offload: Run the heavy jobs of a long library (indexing, reading names, extracting
            features) in a child process (``reader.offload``), so this process never holds
            their peaks: for the app, which stays open with the library.
        """
        self.library = library or open_library()
        self.offload = offload
        # The date rules are compiled in every process that tags dates (index, timeline,
        # links): their compiled form is kept with the other rebuildable data.
        keep_patterns_in(paths.cache_dir() / "patterns")
        self._discovery_lock = threading.Lock()
        self.heavy_jobs = JobSlot(after_long_job=release_memory if give_back_memory else None)
        """Indexing, name discovery and feature extraction take turns: each grows with the
        text it reads, and side by side on a long new document they added up."""

    @cached_property
    def notes(self) -> NoteStore:
        """The notes store; never fails (a damaged file sets ``notes.problem``, see NoteStore)."""
        from reader.notes import NoteStore

        return NoteStore.open(paths.notes_db_path())

    @cached_property
    def curated_glossary(self) -> Glossary:
        """The bundled glossary merged with the user's file (problems are in ``.warnings``)."""
        from glossary.entities import load_glossary

        return load_glossary(paths.user_glossary_path())

    @cached_property
    def bundled_glossary(self) -> Glossary:
        """The catalogue that ships with the app, without the user's file: what discovery
        blanks out of a text, so the reader's decisions leave its cached readings valid."""
        from glossary.entities import load_glossary

        return load_glossary(None)

    @cached_property
    def glossary(self) -> Glossary:
        """The curated glossary plus the entries discovered in the library's documents.

        Slow the first time for a new document (its names are read once, then cached by
        content hash): the app builds it in a worker, never on the start-up path.

        Raises:
            Cancelled: the worker asking was cancelled (the app quits) while names were read.
        """
        from glossary.discovery import DiscoveryCancelled

        # Workers asking at once share one reading of the library. The slot before the lock:
        # a job holding the slot (features) may ask for the glossary.
        with self.heavy_jobs.hold("discovery", _worker_cancelled), self._discovery_lock:
            if "glossary" in self.__dict__:
                return self.__dict__["glossary"]
            documents = self.library.documents()
            if self.offload and worth_a_child(documents):
                try:
                    return run_in_child(glossary_in_child, (documents,), None, _worker_cancelled)
                except ChildJobFailed:
                    pass  # read here: the same glossary, only the memory stays with the app
            try:
                return discovered_glossary(
                    self.curated_glossary, self.bundled_glossary, documents, _worker_cancelled
                )
            except DiscoveryCancelled:
                raise Cancelled from None  # nothing is cached: the next caller reads on

    def forget_glossary(self) -> None:
        """Drop the glossary so the next use reads the user's file and the library again
        (after a decision, or when documents were added or removed), and with it the link data
        built on it: features depend on the glossary through their mentions.

        A link worker still running keeps the memo objects it started with, so what it builds
        after this call never lands in the new ones.
        """
        with self._discovery_lock:
            for name in ("glossary", "curated_glossary", *_LINK_DATA):
                self.__dict__.pop(name, None)

    @property
    def discovery_done(self) -> bool:
        """Whether ``glossary`` (with the discovered entries) is built already."""
        return "glossary" in self.__dict__

    @cached_property
    def mention_cache(self) -> MentionCache:
        """Mentions per document text and glossary version, kept in the cache directory."""
        from glossary.mentions import MentionCache

        return MentionCache(paths.cache_dir() / "mentions")

    def mentions(self, document: Document) -> MentionTable:
        """Every glossary mention in ``document``, sorted by offset (cached by content hash).

        Raises:
            Cancelled: the worker asking was cancelled while waiting for the names or its turn.
        """
        glossary = self.glossary
        with self.heavy_jobs.hold("mentions", _worker_cancelled):  # every name of a long text
            return outside_code(self.mention_cache.find(glossary, document.text), document)

    # Search ------------------------------------------------------------------------------

    @cached_property
    def search_index(self) -> SearchIndex:
        """The Whoosh index of every library document's sentences, in the data directory."""
        from index import SearchIndex

        return SearchIndex(paths.index_dir())

    def sync_index(
        self,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        rebuild: bool = False,
    ) -> SyncReport:
        """Bring the search index in line with the library (only changed documents).

        Args:
            progress: Called with (documents done, documents to index).
            cancelled: Polled between documents; True discards this run's changes.
            rebuild: Throw the index away and build it again (not cancellable).
        """
        from index import SyncReport, sentence_date_intervals

        # A child is sent the documents themselves; here the sync reads only the new ones.
        loaded = self.library.documents() if self.offload else None
        documents: Sequence[Document | Unread] = self._unread() if loaded is None else loaded
        try:
            with self.heavy_jobs.hold("index", cancelled):
                if loaded is not None and worth_a_child(loaded):
                    try:
                        report: SyncReport = run_in_child(
                            sync_in_child,
                            (self.search_index.path, loaded, rebuild),
                            (lambda done: progress(*done)) if progress else None,
                            None if rebuild else cancelled,  # as here: a rebuild runs on
                        )
                    except ChildJobFailed:
                        pass  # indexed here: the same index, only the memory stays here
                    else:
                        self.search_index.reopen()
                        return report
                if rebuild:
                    return self.search_index.rebuild(documents, progress, sentence_date_intervals)
                return self.search_index.sync(
                    documents, progress, sentence_date_intervals, cancelled
                )
        except Cancelled:
            return SyncReport(cancelled=True)

    def _unread(self) -> list[Document | Unread]:
        """The library's documents for a sync that reads only those the index lacks: each
        known by the hash recorded for its file and its (corrected) publication date, which
        anchors the sentence dates (a document whose file is gone is read now, so that its
        problem is told and it leaves the index)."""
        from index import Unread

        documents: list[Document | Unread] = []
        for entry in self.library.visible():
            content_hash = self.library.content_hash(entry.id)
            if content_hash is not None:
                read = partial(self.library.loaded, entry.id)
                documents.append(Unread(entry.id, content_hash, read, entry.meta.published))
            elif (document := self.library.loaded(entry.id)) is not None:
                documents.append(document)
        return documents

    # Cross-links and the timeline ------------------------------------------------------

    @cached_property
    def analyzers(self) -> Analyzers:
        """The date tagger, the mentions (from the same cache the marks use) and the content
        words (lemmas with their forms as written) and each sentence's reference time, for
        features."""
        return analyzers_with(partial(self.mention_cache.find, self.glossary))

    def feature_cache(self, document: Document, analyzers: Analyzers) -> FeatureCache:
        """Features on disk, keyed by content hash, the parsing pipeline's version (features
        are per sentence, and splitting may change) and the document's own mentions: features
        depend on the glossary only through them, so the names discovered in a new document
        leave the features of every other document valid. The mentions come from
        ``analyzers``, so the key and the features always rest on the same glossary. The
        publication date is in the key too: it anchors "heute" and "last Monday", and the
        user may correct or clear it (``reader meta``)."""
        found = analyzers.find_mentions(document.text)
        mentions = [(m.entry_id, m.start, m.end) for m in found]
        return keyed_feature_cache("features", document, mentions)

    @cached_property
    def _features_memo(self) -> dict[tuple[str, str, str], DocumentFeatures]:
        """Features read or extracted in this process, by ``_memo_key``."""
        return {}

    @cached_property
    def _link_index_memo(self) -> list[LinkIndex]:
        """The link index once built (a list so that building can be retried after a cancel)."""
        return []

    def features(
        self, documents: list[Document], cancelled: Callable[[], bool] | None = None
    ) -> list[DocumentFeatures]:
        """Dates, mentions and terms of each document, from memory or disk when unchanged.

        A document over ``LINK_TEXT_LIMIT`` gets features without sentences. Extraction
        waits its turn among the heavy jobs (``heavy_jobs``).

        Args:
            documents: The documents; the result follows their order.
            cancelled: Polled between sentences (a worker's ``is_cancelled``): extraction then
                stops with :class:`Cancelled`, and nothing half-done is cached.
        """
        from glossary.features import DocumentFeatures

        analyzers, memo = self.analyzers, self._features_memo  # one glossary throughout
        if cancelled is not None:

            def checked(step: Callable[_P, _R]) -> Callable[_P, _R]:
                def run(*args: _P.args, **kwargs: _P.kwargs) -> _R:
                    if cancelled():
                        raise Cancelled
                    return step(*args, **kwargs)

                return run

            analyzers = replace(
                analyzers,
                tag_dates=checked(analyzers.tag_dates),
                find_mentions=checked(analyzers.find_mentions),
                content_words=checked(analyzers.content_words),
            )
        new = [
            document
            for document in documents
            if _memo_key(document) not in memo and not too_long_for_links(document)
        ]
        if new and self.offload and worth_a_child(self.library.documents()):
            self._features_in_child(new, analyzers, memo, cancelled)
        found = []
        for document in documents:
            if cancelled is not None and cancelled():
                raise Cancelled
            key = _memo_key(document)
            if key not in memo and too_long_for_links(document):
                language = document.language or "de"
                memo[key] = DocumentFeatures(document.id, document.content_hash, [], language)
            elif key not in memo:
                with self.heavy_jobs.hold("features", cancelled):
                    cache = self.feature_cache(document, analyzers)
                    memo[key] = cache.features(document, analyzers)
            found.append(memo[key])
        return found

    def _features_in_child(
        self,
        documents: list[Document],
        analyzers: Analyzers,
        memo: dict[tuple[str, str, str], DocumentFeatures],
        cancelled: Callable[[], bool] | None,
    ) -> None:
        """Features of ``documents`` (read or extracted) from a child process, into ``memo``:
        extraction loads the lemma dictionaries and the date tagger (about 150 MB) that the
        app needs for nothing else. Their mentions are found here, with the matcher the app
        keeps anyway, and sent along. A failed child leaves ``memo`` as it was."""
        with self.heavy_jobs.hold("features", cancelled):
            tables = [analyzers.find_mentions(document.text) for document in documents]
            try:
                found = run_in_child(features_in_child, (documents, tables), None, cancelled)
            except ChildJobFailed:
                return  # extracted here, one by one
        for document, features in zip(documents, found, strict=True):
            memo[_memo_key(document)] = features

    def link_index(self, cancelled: Callable[[], bool] | None = None) -> LinkIndex:
        """The cross-link index over every document of the library, built on first use."""
        memo = self._link_index_memo  # forget_glossary() meanwhile leaves this one aside
        if not memo:
            from glossary.links import LinkIndex

            index = LinkIndex(broad=self.glossary.broad_entities())
            documents = self.library.documents()
            for features in self.features(documents, cancelled):
                index.add(features)
            memo.append(index)
            if documents:  # every file of an older version is read by no run again
                keyed_feature_cache("features", documents[0]).prune()
        return memo[0]


def outside_code(found: MentionTable, document: Document) -> MentionTable:
    """``found`` without the mentions inside program code: a code block is kept verbatim and
    read for no names (trial 22c: "Silv'ry Tay" in a fenced block was underlined as the
    river), so the marks, counts and jumps leave it out too. The columns are sliced between
    the code ranges: no mention is made an object (a long text has hundreds of thousands)."""
    from glossary.mentions import MentionTable  # loaded with the glossary, not at start

    code = sorted(
        [(p.start, p.end) for p in document.paragraphs if p.kind is BlockKind.CODE]
        + [(s.start, s.end) for s in document.sections if s.role is SectionRole.CODE]
    )
    if not code:
        return found
    kept = MentionTable(found.text, found.entries)
    begin = 0  # the first mention not yet kept or dropped
    for code_start, code_end in code + [(len(found.text) + 1, len(found.text) + 1)]:
        first_inside = bisect.bisect_left(found.starts, code_start)
        if first_inside > begin:
            kept.numbers.extend(found.numbers[begin:first_inside])
            kept.starts.extend(found.starts[begin:first_inside])
            kept.ends.extend(found.ends[begin:first_inside])
        begin = max(begin, bisect.bisect_left(found.starts, code_end))
    return kept


def discovered_glossary(
    curated: Glossary,
    catalogue: Glossary,
    documents: list[Document],
    cancelled: Callable[[], bool] | None,
) -> Glossary:
    """``curated`` plus the entries discovered in ``documents`` (each document's names read
    once, then kept in the cache directory); ``catalogue`` is blanked out of each text.

    Raises:
        DiscoveryCancelled: ``cancelled`` returned True while names were read.
    """
    from glossary.discovered import DiscoveryCache, discovered_entries, sources, with_discovered

    cache = DiscoveryCache(paths.cache_dir() / "names")
    found = discovered_entries(
        curated, sources(documents), cache, curated.rejected, cancelled, catalogue=catalogue
    )
    cache.prune()
    return with_discovered(curated, found)


def glossary_in_child(documents: list[Document], progress: Callable[[object], None]) -> Glossary:
    """``Services.glossary`` as a child process builds it (``reader.offload``): with its
    fingerprint, which the app needs for every cached mention, and without a matcher."""
    from glossary.entities import load_glossary

    curated = load_glossary(paths.user_glossary_path())
    glossary = discovered_glossary(curated, load_glossary(None), documents, None)
    glossary.__dict__.pop("matcher", None)  # compiled where it is used, never pickled
    assert glossary.fingerprint
    return glossary


def sync_in_child(
    path: Path, documents: list[Document], rebuild: bool, progress: Callable[[object], None]
) -> SyncReport:
    """``Services.sync_index`` as a child process runs it (``reader.offload``); progress
    goes back as (done, total)."""
    from index import SearchIndex, sentence_date_intervals

    def indexed(done: int, total: int) -> None:
        progress((done, total))

    index = SearchIndex(path)
    if rebuild:
        return index.rebuild(documents, indexed, sentence_date_intervals)
    return index.sync(documents, indexed, sentence_date_intervals)


def keyed_feature_cache(folder: str, document: Document, *keys: object) -> FeatureCache:
    """A feature cache in ``folder`` keyed by what the features rest on besides the text:
    the parsing pipeline's version, the publication date (it anchors "heute" and "last
    Monday", and the user may correct or clear it) and ``keys``. The app's features and the
    timeline's dates alone (``reader.cli.dating``) share this one recipe, so a new input to
    the key cannot reach one and miss the other."""
    from documents.cache import PIPELINE_VERSION
    from glossary.features import FeatureCache

    keyed = json.dumps([document.meta.published, *keys])
    digest = hashlib.sha256(keyed.encode()).hexdigest()[:16]
    return FeatureCache(paths.cache_dir() / folder, salt=f"{digest}-p{PIPELINE_VERSION}")


def analyzers_with(find_mentions: Callable[[str], Sequence[MentionLike]]) -> Analyzers:
    """The date tagger, ``find_mentions``, the content words (lemmas with their forms as
    written) and each sentence's reference time, for features."""
    from glossary.dates import tag_spans
    from glossary.features import Analyzers
    from glossary.reference_time import reference_times

    def content_words(text: str, language: str) -> list[Word]:
        # Imported on the first extraction: a warm feature cache never needs the lemma
        # dictionaries, whose import alone takes a good part of a second.
        from glossary.wording import content_words as words

        return words(text, language)

    return Analyzers(tag_spans, find_mentions, content_words, reference_times)


def features_in_child(
    documents: list[Document], mentions: list[MentionTable], progress: Callable[[object], None]
) -> list[DocumentFeatures]:
    """``Services.features`` as a child process finds them (``reader.offload``), with each
    document's mentions as the app found them."""
    from reader.library import Library

    by_text = {document.text: table for document, table in zip(documents, mentions, strict=True)}
    services = Services(Library([]), give_back_memory=False)
    services.__dict__["analyzers"] = analyzers_with(by_text.__getitem__)
    return services.features(documents)
