"""Library management: adding by content hash, versions, removing, corrections."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from documents.errors import DocumentNotFound
from documents.loader import document_id
from reader import paths
from reader.library import LibraryError, open_library
from tests.conftest import SEEDS
from tests.data.fixtures.makers import write_epub, write_pdf

PAGE = Path(__file__).resolve().parents[1] / "data" / "pages" / "policy-article.html"
ESSAY = "# On Reading\n\nReading slowly is a habit worth keeping, and it rewards patience.\n"


def _essay(folder: Path, name: str = "essay.md", text: str = ESSAY) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_add_a_page_a_pdf_and_a_book(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "r.pdf", [[(18, "Bericht"), (11, "Ein Satz über die Lage.")]])
    book = write_epub(tmp_path / "b.epub", [("One", "<p>Once upon a time there was a book.</p>")])
    library = open_library()
    report = library.add([PAGE, pdf, book])
    assert [a.status for a in report.added] == ["added"] * 3
    assert report.skipped == []
    page_id = report.added[0].id
    assert page_id == "belarus-zwischen-moskau-und-bruessel"
    entry = library.entry(page_id)
    assert entry.meta.publisher == "Ostpolitik Aktuell"
    assert entry.origin == str(PAGE)
    assert entry.path.parent == paths.data_dir() / "documents"
    # a fresh library (the next start) sees the additions, readable like the seeds
    again = open_library()
    assert again.ids()[2:] == [a.id for a in report.added]
    assert "Vorzugspreisen" in again.get(page_id).text
    assert again.get(page_id).content_hash == entry.content_hash


def test_the_same_bytes_are_not_added_twice(tmp_path: Path) -> None:
    original = _essay(tmp_path / "a")
    copy = _essay(tmp_path / "b", "copy.md")
    library = open_library()
    first = library.add([original])
    second = library.add([original, copy, SEEDS / "000_cc7143100e28bed8.txt"])
    assert len(first.added) == 1 and second.added == []
    assert [s.reason for s in second.skipped] == [
        "already in the library as on-reading",
        "already in the library as on-reading",
        "already in the library as swp-belarus-2023",
    ]
    assert second.failed == []
    assert len(open_library().entries) == 3


def test_a_changed_file_is_a_new_version_and_the_old_one_is_put_aside(tmp_path: Path) -> None:
    path = _essay(tmp_path)
    library = open_library()
    library.add([path])
    library.set_meta("on-reading", "publisher", "Slow Press")
    path.write_text(ESSAY + "\nA paragraph added later, about reading aloud.\n", "utf-8")
    report = library.add([path])
    assert [(a.id, a.status, a.replaces) for a in report.added] == [
        ("on-reading", "new version", "on-reading-v1")
    ]
    assert [e.id for e in open_library().visible() if not e.bundled] == ["on-reading"]
    new = open_library().entry("on-reading")  # the id stays: scripts and positions name it
    assert (new.version, new.previous, new.meta.publisher) == (2, "on-reading-v1", "Slow Press")
    old = open_library().get("on-reading-v1")
    assert "aloud" not in old.text  # the stored copy keeps the first version readable
    assert "aloud" in open_library().get("on-reading").text
    assert "aloud" in library.get("on-reading").text  # the loaded first version is forgotten
    # The first version's bytes again (trial 22 #6: an older copy from another folder): not
    # shown again beside the new version, which made two documents of one title and
    # doubled every search hit; the reader is told where the old one is.
    older = _essay(tmp_path / "copy")
    report = open_library().add([older])
    assert report.added == []
    (skipped,) = report.skipped
    assert skipped.duplicate and "older version of on-reading" in skipped.reason
    assert [e.id for e in open_library().visible() if not e.bundled] == ["on-reading"]


def test_a_file_put_back_to_an_earlier_text_becomes_the_current_version_again(
    tmp_path: Path,
) -> None:
    """Trial 22c #3: a file edited twice, then put back to its second text, was refused as
    "an older version" and the newer text stayed current; the same file's earlier text is
    its newest version now (a copy from elsewhere is still refused, above)."""
    path = _essay(tmp_path)
    second = ESSAY + "\nA second thought, on reading aloud.\n"
    library = open_library()
    library.add([path])
    path.write_text(second, "utf-8")
    library.add([path])
    path.write_text(second + "\nA third thought, on rereading.\n", "utf-8")
    library.add([path])
    path.write_text(second, "utf-8")
    report = library.add([path])
    assert [(a.id, a.status) for a in report.added] == [("on-reading", "new version")]
    current = open_library().get("on-reading")
    assert "aloud" in current.text and "rereading" not in current.text
    # Older versions name the current document, not the next older one (v1 said "of v2").
    assert open_library().older_versions() == {
        "on-reading-v1": "on-reading",
        "on-reading-v2": "on-reading",
        "on-reading-v3": "on-reading",
    }
    again = open_library().add([path])  # the same bytes once more: already the current text
    assert again.added == [] and "already in the library as on-reading" in again.skipped[0].reason


def test_ids_are_unique_slugs_of_titles(tmp_path: Path) -> None:
    first = _essay(tmp_path / "a")
    second = _essay(tmp_path / "b", text=ESSAY + "\nAnother thought, in a second copy.\n")
    report = open_library().add([first, second])
    assert [a.id for a in report.added] == ["on-reading", "on-reading-2"]


def test_folders_are_added_recursively_without_hidden_files(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    _essay(folder / "deep" / "er")
    _essay(folder, "other.txt", "Eine andere Notiz über das Lesen, mit einem ganzen Satz.\n")
    _essay(folder / ".git", "config.md", "# hidden\n\nNot a document.\n")
    report = open_library().add([folder])
    assert sorted(a.path.name for a in report.added) == ["essay.md", "other.txt"]


def test_remove_hides_and_adding_again_restores_with_corrections(tmp_path: Path) -> None:
    path = _essay(tmp_path)
    library = open_library()
    library.add([path])
    library.set_meta("on-reading", "title", "On Reading Slowly")
    library.remove("on-reading")
    assert "on-reading" not in open_library().ids()
    with pytest.raises(DocumentNotFound, match="already removed"):
        open_library().remove("on-reading")
    report = open_library().add([path])
    assert [(a.id, a.status) for a in report.added] == [("on-reading", "restored")]
    assert open_library().get("on-reading").title == "On Reading Slowly"


def test_seeds_can_be_hidden_and_come_back() -> None:
    library = open_library()
    library.remove("swp-belarus-2023")
    assert open_library().ids() == ["rs-belarus-2024"]
    assert open_library().restore_seeds() == ["swp-belarus-2023"]
    assert open_library().ids() == ["swp-belarus-2023", "rs-belarus-2024"]


def test_corrections_survive_and_can_be_undone(tmp_path: Path) -> None:
    library = open_library()
    library.set_meta("rs-belarus-2024", "published", "2024-02-14")
    library.set_meta("rs-belarus-2024", "language", "de")
    assert open_library().get("rs-belarus-2024").published == "2024-02-14"
    stored = json.loads(paths.library_path().read_text("utf-8"))
    assert stored["seeds"]["rs-belarus-2024"]["corrections"]["published"] == "2024-02-14"
    open_library().reset_meta("rs-belarus-2024", "published")
    assert open_library().get("rs-belarus-2024").published == "2024-02-13T20:33"


def test_an_empty_correction_clears_the_field_until_reset(tmp_path: Path) -> None:
    text = (
        "# Ein Essay\n\nVon Anna Berg, 4. Mai 2021\n\nDie Lage im Land ist seit Jahren schwierig.\n"
    )
    dated = _essay(tmp_path, text=text)
    [added] = open_library().add([dated]).added
    assert open_library().get(added.id).published == "2021-05-04"
    entry = open_library().set_meta(added.id, "published", "")
    assert entry.meta.published == "" and entry.corrections == {"published": ""}
    assert open_library().get(added.id).published == ""  # not filled again from the byline
    open_library().reset_meta(added.id, "published")
    assert open_library().get(added.id).published == "2021-05-04"
    with pytest.raises(LibraryError, match="title cannot be empty"):
        open_library().set_meta(added.id, "title", " ")


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("colour", "red", "unknown field"),
        ("published", "last Tuesday", "ISO date"),
        ("language", "German", "code like de"),
    ],
)
def test_invalid_corrections_are_refused(key: str, value: str, message: str) -> None:
    with pytest.raises(LibraryError, match=message):
        open_library().set_meta("rs-belarus-2024", key, value)


def test_old_library_files_still_load(tmp_path: Path) -> None:
    path = _essay(tmp_path)
    paths.library_path().write_text(
        json.dumps({"documents": [{"id": "old", "path": str(path), "meta": {"title": "Old"}}]}),
        encoding="utf-8",
    )
    library = open_library()
    assert library.ids()[-1] == "old"
    assert library.get("old").title == "Old"


def test_progress_is_reported_per_file(tmp_path: Path) -> None:
    files = [_essay(tmp_path / str(n), text=f"# Essay {n}\n\nText number {n}.\n") for n in range(3)]
    seen: list[tuple[int, int]] = []
    open_library().add(files, progress=lambda done, total, _path: seen.append((done, total)))
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_a_moved_original_does_not_matter(tmp_path: Path) -> None:
    path = _essay(tmp_path / "a")
    open_library().add([path])
    shutil.rmtree(tmp_path / "a")
    assert "patience" in open_library().get("on-reading").text


def test_a_document_asked_for_by_several_threads_loads_once(monkeypatch) -> None:
    """The app's workers ask for a new document at the same time: one parse, one copy."""
    import threading
    import time

    import reader.library as library_module

    real_load = library_module.load_document
    calls: list[str] = []
    started = threading.Event()

    def slow_load(path, meta, doc_id, cache):
        calls.append(doc_id)
        started.set()
        time.sleep(0.05)  # a parse long enough for the other threads to ask meanwhile
        return real_load(path, meta, doc_id, cache)

    monkeypatch.setattr(library_module, "load_document", slow_load)
    library = open_library()
    doc_id = library.ids()[0]
    results: list[object] = []
    threads = [
        threading.Thread(target=lambda: results.append(library.get(doc_id))) for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert started.is_set()
    assert calls == [doc_id]
    assert len(results) == 4 and all(result is results[0] for result in results)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Kaffee ohne Koffein: Ludwig Roselius und die Kaffee-Handels-AG",
            "kaffee-ohne-koffein-ludwig-roselius-und-die",
        ),
        ("Über Brücken", "ueber-bruecken"),
        ("A" * 60, "a" * 48),
    ],
)
def test_a_long_title_gives_an_id_of_its_first_whole_words(title: str, expected: str) -> None:
    """The id reads as the title's start: no later short word after a skipped long one."""
    assert document_id(title, Path("x.txt")) == expected


def _pdf_created(path: Path, created: datetime, body: str, byline: str = "") -> Path:
    stamp = created.strftime("D:%Y%m%d%H%M%SZ")
    pages = [[(18, "Report"), *([(9, byline)] if byline else []), (11, body)]]
    return write_pdf(path, pages, metadata={"/CreationDate": stamp})


def test_a_pdfs_creation_date_is_a_fallback_whenever_added_and_its_text_comes_first(
    tmp_path: Path,
) -> None:
    """Review 21 F5: a PDF made today had no date when added today and its creation date
    when added tomorrow. It has the file's date either way, and adding it says whose."""
    now = datetime.now(UTC)
    body = "The situation in the country has been difficult for years."
    made_now = _pdf_created(tmp_path / "now.pdf", now, body)
    old = _pdf_created(tmp_path / "old.pdf", now - timedelta(days=900), body + " It stays so.")
    dated = _pdf_created(
        tmp_path / "dated.pdf",
        now - timedelta(days=900),
        body + " Nobody knows what comes next.",
        byline="By Anna Berg, 4 May 2021",
    )
    library = open_library()
    report = library.add([made_now, old, dated])
    added = [a.id for a in report.added]
    published = [library.entry(doc_id).meta.published for doc_id in added]
    old_day = (now - timedelta(days=900)).date().isoformat()
    assert published == [now.date().isoformat(), old_day, "2021-05-04"]
    assert [a.file_date for a in report.added] == published[:2] + [""]
    assert [open_library().get(doc_id).published for doc_id in added] == published
