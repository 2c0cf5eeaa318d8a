"""A sync of the command line reads only the documents the index lacks."""

from __future__ import annotations

from pathlib import Path

from reader.library import open_library
from reader.services import Services

TEXT = "Der Hafen liegt still. Am 3. Mai 2021 kam das Schiff. Die Stadt feierte lange.\n"


def test_an_indexed_library_is_not_read_again_and_a_lost_file_leaves(tmp_path: Path) -> None:
    (tmp_path / "hafen.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "wald.txt").write_text(TEXT.replace("Hafen", "Wald"), encoding="utf-8")
    added = open_library().add([tmp_path])
    assert len(added.added) == 2
    assert Services(open_library(), give_back_memory=False).sync_index().added

    services = Services(open_library(), give_back_memory=False)
    report = services.sync_index()
    assert report.unchanged == len(services.library.ids()) and not report.added
    assert services.library._loaded == {}  # nothing was read to find that out

    lost = services.library.entry(added.added[1].id)
    lost.path.unlink()  # the library's copy of the file is gone
    services = Services(open_library(), give_back_memory=False)
    report = services.sync_index()
    assert report.removed == [lost.id]
    assert [problem.split(":")[0] for problem in services.library.problems] == [lost.id]
    hits = services.search_index.search("Wald").hits
    assert not hits


def test_a_corrected_date_is_indexed_again_and_then_left_alone(tmp_path: Path) -> None:
    """Review 21 F2: ``reader meta --set published=`` changes no byte, yet the sentence dates
    hang on it; the next sync indexes that document again, the one after reads nothing."""
    (tmp_path / "hafen.txt").write_text(TEXT, encoding="utf-8")
    [added] = open_library().add([tmp_path]).added
    Services(open_library(), give_back_memory=False).sync_index()
    library = open_library()
    library.set_meta(added.id, "published", "2021-05-04")
    report = Services(library, give_back_memory=False).sync_index()
    assert report.changed == [added.id]
    services = Services(open_library(), give_back_memory=False)
    assert not services.sync_index().changed
    assert services.library._loaded == {}
