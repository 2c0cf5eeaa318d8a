"""The index on disk: open, check, build, update incrementally, search, report status.

One ``SearchIndex`` per directory. Writes are serialised by a file lock (threads and
processes alike), so two running instances never write at once; a held lock makes ``sync``
report "busy" instead of failing. Content hashes live in the index's own document records,
so they can never disagree with what was committed.
"""

from __future__ import annotations

import gc
import json
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.index import FileIndex, LockError
from whoosh.searching import Searcher
from whoosh.util.filelock import try_for

from documents.model import Document
from index.analysis import import_token_terms, token_cache_counts, trim_token_cache
from index.block_decoding import decode_blocks_in_c
from index.build import DateInterval, DatesFor, document_records, index_stamp
from index.gc_pause import collector_paused
from index.mapped_files import read_buffers_in_place
from index.parallel import SegmentHelper, can_fork, helper_share, part_dates, write_part
from index.query import AliasSource, Vocabulary
from index.schema import DOCUMENT, SCHEMA_VERSION, build_schema
from index.search import Filters, SearchResult, run_search
from index.skipping import skip_by_bisection
from index.term_cache import load_term_cache, save_term_cache
from index.vocabulary import analyse_in_two
from index.writer import BulkWriter

VERSION_FILE = "reader-index.json"
SYNC_LOCK = "READER_SYNC"
"""The file lock every sync holds (whoosh's own write lock is taken inside it)."""
BUSY = "The search index is busy (another window is updating it); try again in a moment."
REBUILDING_FILE = "reader-rebuilding"
"""Written while an index is built from scratch, so a waiting search can say so."""
REBUILDING = (
    "The search index is being rebuilt (by `reader index --rebuild` or another window); "
    "search again when that has finished."
)

Progress = Callable[[int, int], None]
"""Called with (documents done, documents to do) while indexing."""


@dataclass
class SyncReport:
    """What a ``sync`` changed, and anything the reader should be told."""

    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    rebuilt: bool = False
    """The whole index was built from scratch (first run, new schema, damage, ``rebuild``)."""
    busy: bool = False
    """Another writer held the lock past the timeout; nothing was done."""
    rebuilding: bool = False
    """The other writer is building the index from scratch: it is empty or partial now."""
    read_only: bool = False
    """The index folder cannot be written: searches use the index as it is."""
    cancelled: bool = False
    notice: str | None = None
    """Text for a notification: damage repaired, schema upgraded, index busy."""
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Unread:
    """A document known by its id, content hash and publication date, read only when the index
    lacks it in that version: a sync of a library whose documents are all indexed reads none."""

    id: str
    content_hash: str
    read: Callable[[], Document | None]
    """The document, or None when it can no longer be read (it is then left out)."""
    published: str = ""
    """The publication date the document will have (its anchor for relative dates)."""


@dataclass(frozen=True, slots=True)
class IndexStatus:
    """The index's state for ``reader index`` and the status line."""

    path: Path
    state: str
    """``ready``, ``missing``, ``outdated`` (other schema version) or ``damaged``."""
    documents: int = 0
    sentences: int = 0
    size_bytes: int = 0
    schema_version: int = SCHEMA_VERSION
    notice: str | None = None


class SearchIndex:
    """A Whoosh index of sentences in ``path``; safe to share between threads.

    Args:
        path: The index directory (created when needed).
        lock_timeout: Seconds to wait for another writer before reporting "busy".
        limitmb: Memory per writer for building; more is faster for large libraries.
    """

    def __init__(self, path: Path, lock_timeout: float = 5.0, limitmb: int = 128) -> None:
        read_buffers_in_place()  # a segment's files are read from the mapping, not copied
        skip_by_bisection()  # an AND or phrase finds its next match without stepping
        decode_blocks_in_c()  # a block's document numbers and weights without generators
        self.path = Path(path)
        self.lock_timeout = lock_timeout
        self.limitmb = limitmb
        self._lock = threading.RLock()
        self._terms_lock = threading.Lock()
        """Held while the saved word analyses are taken in (a search and a sync may race)."""
        self._searcher: Searcher | None = None
        self._vocabulary: tuple[Searcher, Vocabulary] | None = None
        self._damage: str | None = None
        """Why the index could not be used, until the next ``sync`` rebuilds it."""
        self._terms_loaded = False
        self._saved_tokens: dict[str, int] | None = None
        """Tokens per language the saved analysis cache holds (None: no current file)."""

    # -- reading --------------------------------------------------------------------------

    def search(
        self,
        query: str,
        docs: list[str] | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        limit: int = 50,
        aliases: AliasSource | None = None,
    ) -> SearchResult:
        """Sentences matching ``query``, best first.

        Args:
            query: Whoosh syntax: words (AND), OR, NOT, "phrases", prefix*, fuzzy~.
            docs: Only these document ids (None: all).
            date_from: Only sentences mentioning a time that ends on or after this day.
            date_to: Only sentences mentioning a time that starts on or before this day.
            limit: Most hits returned.
            aliases: Other names of query words (the glossary).

        Raises:
            QueryError: The query has nothing to search for; the message says why.
        """
        with self._lock:
            searcher = self._current_searcher()
            if searcher is None:
                return SearchResult(query=query, notes=[self._unavailable()])
            self._load_terms()
            filters = Filters(docs, date_from, date_to)
            try:
                return run_search(searcher, query, filters, limit, aliases, self._vocabulary_of)
            except _DAMAGE as error:
                self._forget(_describe(error))
                return SearchResult(query=query, notes=[self._unavailable()])

    def status(self) -> IndexStatus:
        """Counts and state, without changing anything."""
        with self._lock:
            searcher = self._current_searcher()
            if searcher is None:
                problem = self._damage or self._problem() or "missing"
                state = problem if problem in ("missing", "outdated") else "damaged"
                return IndexStatus(self.path, state, notice=self._unavailable())
            documents = sum(1 for _ in searcher.document_numbers(kind=DOCUMENT))
            return IndexStatus(
                self.path,
                "ready",
                documents=documents,
                # Every record is a document's or a sentence's: counting the few document
                # records is enough (walking every sentence record: ~25 ms at 10 MB).
                sentences=searcher.doc_count() - documents,
                size_bytes=sum(f.stat().st_size for f in self.path.iterdir() if f.is_file()),
            )

    def reopen(self) -> None:
        """Forget the open searcher and any damage seen: another process (a sync run in a
        child process) has just written the index."""
        with self._lock:
            self._forget(None)
            self._damage = None

    def close(self) -> None:
        """Release open files (the searcher); the index stays usable and reopens on demand."""
        with self._lock:
            self._forget(None)

    def _vocabulary_of(self) -> Vocabulary:
        searcher = self._searcher
        assert searcher is not None, "vocabulary is only read during a search"
        if self._vocabulary is None or self._vocabulary[0] is not searcher:
            self._vocabulary = (searcher, Vocabulary.from_reader(searcher.reader()))
        return self._vocabulary[1]

    def _current_searcher(self) -> Searcher | None:
        """An up-to-date searcher, or None if the index is missing, outdated or damaged."""
        if self._searcher is not None:
            try:
                self._searcher = self._searcher.refresh()
                return self._searcher
            except _DAMAGE as error:
                self._forget(_describe(error))
        if self._damage is not None:
            return None
        ix = self._open()
        if ix is not None:
            self._searcher = ix.searcher()
        return self._searcher

    def _forget(self, damage: str | None) -> None:
        if self._searcher is not None:
            self._searcher.close()
        self._searcher, self._vocabulary = None, None
        if damage:
            self._damage = damage

    def _unavailable(self) -> str:
        problem = self._damage or self._problem()
        if problem == "outdated":
            return "The search index is from an older version; it is rebuilt on the next update."
        if problem and problem != "missing":
            return f"The search index is damaged ({problem}); it is rebuilt on the next update."
        return "The search index is not built yet."

    # -- opening and checking ----------------------------------------------------------------

    def _problem(self) -> str | None:
        """None if an index of this schema version seems to be there, else what is wrong:
        ``missing``, ``outdated`` or a description of the damage."""
        if not any(self.path.glob("_MAIN_*.toc")):
            leftovers = any(self.path.glob("MAIN_*.seg"))
            return "its table of contents is missing" if leftovers else "missing"
        try:
            stored = json.loads((self.path / VERSION_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return "outdated"
        if not isinstance(stored, dict) or stored.get("schema_version") != SCHEMA_VERSION:
            return "outdated"
        return None

    def _open(self) -> FileIndex | None:
        """The index if present, current and readable; damage is remembered for ``sync``."""
        if self._problem() is not None:
            return None
        try:
            ix = whoosh_index.open_dir(str(self.path))
            _verify(ix)
        except Exception as error:  # noqa: BLE001 - any failure to read derived data means rebuild
            self._damage = _describe(error)
            return None
        return ix

    # -- writing ---------------------------------------------------------------------------

    def sync(
        self,
        documents: Sequence[Document | Unread],
        progress: Progress | None = None,
        dates_for: DatesFor | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> SyncReport:
        """Bring the index in line with ``documents``: only added, changed, removed ones.

        Builds from scratch when the index is missing, of another schema version or
        damaged (the report's ``notice`` says so). Run it in a worker: it can take a while.

        Args:
            documents: Every document that should be searchable (those not read yet are
                read if the index lacks them).
            progress: Called after each indexed document with (done, total).
            dates_for: The dates each sentence mentions (see ``sentence_date_intervals``).
            cancelled: Polled between documents; True discards this sync's changes.
        """
        return self._locked(partial(self._sync, documents, progress, dates_for, cancelled, False))

    def rebuild(
        self,
        documents: Sequence[Document | Unread],
        progress: Progress | None = None,
        dates_for: DatesFor | None = None,
    ) -> SyncReport:
        """Throw the index away and build it again from ``documents``."""
        return self._locked(partial(self._sync, documents, progress, dates_for, None, True))

    def _locked(self, sync: Callable[[], SyncReport]) -> SyncReport:
        """Run ``sync`` holding the on-disk sync lock, so two processes never write at once.

        Args:
            sync: The actual work (``_sync`` with its arguments bound).

        Returns:
            Its report, or a ``busy`` one when another process holds the lock.
        """
        moved = self._move_aside_a_file()
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            lock = FileStorage(str(self.path)).lock(SYNC_LOCK)
            acquired = try_for(lock.acquire, timeout=self.lock_timeout, delay=0.05)
        except OSError as error:
            return self._read_only(error)
        if not acquired:
            if (self.path / REBUILDING_FILE).exists():
                return SyncReport(busy=True, rebuilding=True, notice=REBUILDING)
            return SyncReport(busy=True, notice=BUSY)
        try:
            with self._lock:
                self._forget(None)
            report = sync()
        finally:
            lock.release()
        with self._lock:
            self._damage = None
        if moved is not None:
            report.notice = (
                f"The search index path was a file; it was kept as {moved.name} "
                "and the index was built in a new folder."
            )
        return report

    def _move_aside_a_file(self) -> Path | None:
        """An ``index`` path that is a file can never hold an index: keep it under a new name."""
        if not self.path.is_file():
            return None
        aside = self.path.with_name(f"{self.path.name}.not-a-folder")
        number = 1
        while aside.exists():
            number += 1
            aside = self.path.with_name(f"{self.path.name}.not-a-folder-{number}")
        try:
            self.path.rename(aside)
        except OSError:
            return None  # the read-only report below says why nothing can be done
        return aside

    def _read_only(self, error: OSError) -> SyncReport:
        """The folder cannot be written: search what is there, and say why nothing changes."""
        why = error.strerror or type(error).__name__
        if self._problem() is None:
            notice = (
                f"The search index at {self.path} cannot be updated ({why}); "
                "searching it as it is, so recently changed documents may be missing."
            )
        else:
            notice = (
                f"The search index at {self.path} cannot be built ({why}); "
                "make the folder writable or set READER_HOME to a writable folder."
            )
        return SyncReport(read_only=True, notice=notice)

    def _sync(
        self,
        documents: Sequence[Document | Unread],
        progress: Progress | None,
        dates_for: DatesFor | None,
        cancelled: Callable[[], bool] | None,
        fresh: bool,
    ) -> SyncReport:
        report = SyncReport()
        ix = None if fresh or self._damage else self._open()
        indexed = _indexed_hashes(ix) if ix is not None else None
        if ix is None or indexed is None:
            problem = "rebuild" if fresh else self._damage or self._problem() or "unreadable"
            report.rebuilt = True
            report.notice = _rebuild_notice(problem)
            (self.path / REBUILDING_FILE).write_text(str(os.getpid()), encoding="utf-8")
            try:
                with collector_paused():
                    return self._fill(
                        self._create(), {}, documents, progress, dates_for, cancelled, report
                    )
            finally:
                (self.path / REBUILDING_FILE).unlink(missing_ok=True)
        with collector_paused():
            return self._fill(ix, indexed, documents, progress, dates_for, cancelled, report)

    def _fill(
        self,
        ix: FileIndex,
        indexed: dict[str, str],
        documents: Sequence[Document | Unread],
        progress: Progress | None,
        dates_for: DatesFor | None,
        cancelled: Callable[[], bool] | None,
        report: SyncReport,
    ) -> SyncReport:
        """Index what is added or changed and drop what is gone, in one commit."""
        wanted, texts = _to_index(documents, indexed)
        report.removed = [doc for doc in indexed if doc not in wanted]
        report.added = [doc for doc in wanted if doc not in indexed]
        report.changed = [doc for doc, h in wanted.items() if doc in indexed and indexed[doc] != h]
        report.unchanged = len(wanted) - len(report.added) - len(report.changed)
        todo = report.added + report.changed
        if not (todo or report.removed):
            return report
        try:
            writer = BulkWriter(ix, timeout=self.lock_timeout, limitmb=self.limitmb)
        except LockError:
            return SyncReport(busy=True, notice=BUSY)
        self._load_terms()
        steps = (progress, dates_for, cancelled)
        try:
            for doc in report.removed + report.changed:
                writer.delete_by_term("doc", doc)
            if not self._add_documents(writer, [texts[doc] for doc in todo], *steps, report):
                writer.cancel()
                return SyncReport(cancelled=True)
            writer.commit()
        except BaseException:
            writer.cancel()
            raise
        self._save_terms()
        if trim_token_cache():  # the next sync reads the saved analyses again
            self._terms_loaded, self._saved_tokens = False, None
        return report

    def _load_terms(self) -> None:
        """Take in the word analyses saved beside the index, once: before a sync, which adds
        to them, and before the first search, whose highlights then look the hit sentences'
        words up (every one was analysed when it was indexed) instead of analysing them
        again, which built the whole compound lexicon in each process that only searched."""
        with self._terms_lock:
            if self._terms_loaded:
                return
            self._terms_loaded = True
            if load_term_cache(self.path):
                self._saved_tokens = token_cache_counts()

    def _save_terms(self) -> None:
        """Append the word analyses made since the last save to the index's saved ones."""
        if save_term_cache(self.path, self._saved_tokens):
            self._saved_tokens = token_cache_counts()

    def _add_documents(
        self,
        writer: BulkWriter,
        documents: list[Document],
        progress: Progress | None,
        dates_for: DatesFor | None,
        cancelled: Callable[[], bool] | None,
        report: SyncReport,
    ) -> bool:
        """Index ``documents``, a large batch on both cores; False when cancelled."""
        forked = can_fork()
        share = helper_share(documents, forked)
        own = documents[: len(documents) - share]
        first_dates: list[DateInterval] | None = None
        if share and forked:
            # Every new word analysed once, on both cores, before indexing; meanwhile this
            # process tags its first document's dates, compiling the date rules, which the
            # helper forked after it inherits instead of compiling them again.
            first_dates = analyse_in_two(
                documents, lambda: part_dates(own[0], dates_for, report.warnings)
            )
        helper: SegmentHelper | None = None

        def report_progress(done: int) -> None:
            if progress:
                progress(done + (helper.done if helper else 0), len(documents))

        def index_here(part: list[Document]) -> bool:
            for done, document in enumerate(part, 1):
                if cancelled and cancelled():
                    return False
                if done == 1 and first_dates is not None:
                    dates = first_dates
                else:
                    dates = part_dates(document, dates_for, report.warnings)
                for record in document_records(document, dates):
                    writer.add_document(**record)
                if helper:
                    helper.poll()
                report_progress(done)
            return True

        report_progress(0)
        if not share:
            return index_here(own)
        helper = SegmentHelper(self.path, documents[-share:], dates_for, self.limitmb, forked)
        try:
            if not index_here(own):
                return False
            writer.finish_segment()  # written while the helper is still at work
            # Saved while the helper finishes (the analyses hold whether or not this sync
            # commits); the sync then appends only the few words the helper met first.
            self._save_terms()
            # The containers this sync made with the collector paused (the word analyses
            # and their caches, about a million at 10 MB) are walked once by the first
            # collection after it: here, while the helper works, not after it has finished
            # (0.17 s of CPU at the end of a 10 MB build).
            gc.collect(0)
            result = helper.result(cancelled, lambda: report_progress(len(own)))
        finally:
            helper.stop()
        if result.problem == "cancelled":
            return False
        if result.segment is None:  # the helper failed: its part is indexed here
            helper.done = 0
            written = write_part(
                self.path,
                helper.documents,
                dates_for,
                self.limitmb,
                lambda count: report_progress(len(own) + count),
                cancelled,
            )
            if written is None:
                return False
            segment, warnings = written
        else:
            segment, warnings = result.segment, result.warnings
            import_token_terms(result.tokens)
        writer.add_segment(segment)
        report.warnings += warnings
        return True

    def _create(self) -> FileIndex:
        """A new, empty index with its version file (called under the sync lock)."""
        ix = whoosh_index.create_in(str(self.path), build_schema())
        version = self.path / VERSION_FILE
        scratch = version.with_suffix(".tmp")
        scratch.write_text(json.dumps({"schema_version": SCHEMA_VERSION}), encoding="utf-8")
        os.replace(scratch, version)
        return ix


_DAMAGE = (OSError, EOFError, ValueError, KeyError, IndexError, whoosh_index.IndexError)
"""What reading a damaged index raises (truncated or missing segment files)."""


def _to_index(
    documents: Sequence[Document | Unread], indexed: dict[str, str]
) -> tuple[dict[str, str], dict[str, Document]]:
    """Each searchable document's stamp (``index_stamp``), and those the index lacks in that
    version, read (one that cannot be read any more is left out of both, so it is dropped).

    An unread document whose stamp differs is read, and indexed again only if the document
    read still differs (its date may come from its text where the library has none)."""
    wanted: dict[str, str] = {}
    texts: dict[str, Document] = {}
    for document in documents:
        stamp = index_stamp(document.content_hash, document.published)
        if indexed.get(document.id) != stamp:
            read = document.read() if isinstance(document, Unread) else document
            if read is None:
                continue
            stamp = index_stamp(read.content_hash, read.published)
            if indexed.get(read.id) != stamp:
                texts[read.id] = read
            document = read
        wanted[document.id] = stamp
    return wanted, texts


def _describe(error: Exception) -> str:
    """A short reason for a notice: no full paths, no multi-line messages."""
    if isinstance(error, OSError) and error.filename:
        return f"{error.strerror}: {Path(str(error.filename)).name}"
    return f"{type(error).__name__}: {error}".splitlines()[0][:120]


def _verify(ix: FileIndex) -> None:
    """Touch every segment's files so damage shows up now rather than mid-search."""
    with ix.searcher() as searcher:
        for reader, _ in searcher.reader().leaf_readers():
            if reader.doc_count_all():
                reader.stored_fields(0)
                reader.stored_fields(reader.doc_count_all() - 1)
            for fieldname in ("kind", "doc"):
                list(reader.lexicon(fieldname))


def _indexed_hashes(ix: FileIndex) -> dict[str, str] | None:
    """The stamp (``index_stamp``) per indexed document, or None if it cannot be read."""
    try:
        with ix.searcher() as searcher:
            return {f["doc"]: f["hash"] for f in searcher.documents(kind=DOCUMENT)}
    except _DAMAGE:
        return None


def _rebuild_notice(problem: str | None) -> str | None:
    if problem in (None, "missing", "rebuild"):
        return None
    if problem == "outdated":
        return "The search index was from an older version and has been rebuilt."
    return f"The search index was damaged ({problem}) and has been rebuilt."
