"""Each failure says what really happened, with a non-zero exit where the job was not done.

Covers a search while the index is rebuilt, impossible dates, a read-only index folder, an
``index`` path that is a file, link loops and unreadable folders given to ``reader add``.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage

import index.store
from index.schema import build_schema
from index.store import REBUILDING_FILE, SYNC_LOCK
from reader.cli import main
from reader.paths import index_dir

QUERY = ["search", "Lukaschenko", "--limit", "2"]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


@pytest.mark.parametrize(
    ("words", "message"),
    [
        (["von:2021-02-30"], "Not a date: 2021-02-30"),
        (["bis:2021-13"], "Not a date: 2021-13"),
        (["von:abcd"], "Not a date: abcd"),
        (["von:2021", "bis:2020"], "No day lies between"),
        (["--from", "2021", "--to", "2020"], "nothing to search"),
        (["von:2022", "--to", "2021-06"], "nothing to search"),
    ],
)
def test_impossible_dates_are_errors(
    capsys: pytest.CaptureFixture[str], words: list[str], message: str
) -> None:
    code, out, err = _run(capsys, "search", "Manöver", *words)
    assert code == 2 and out == "" and message in err and err.count("\n") == 1


def test_a_date_filter_in_the_query_filters(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "search", "Manöver", "von:2021", "bis:2021", "--json")
    assert code == 0 and out.strip() != "[]"


def test_a_search_during_a_rebuild_says_so(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _run(capsys, "index")[0] == 0
    folder = index_dir()
    lock = FileStorage(str(folder)).lock(SYNC_LOCK)  # what `reader index --rebuild` holds
    assert lock.acquire()
    try:
        (folder / REBUILDING_FILE).write_text("1", encoding="utf-8")
        whoosh_index.create_in(str(folder), build_schema())  # the rebuild's empty start
        monkeypatch.setattr(index.store, "try_for", lambda acquire, **_: acquire())
        code, out, err = _run(capsys, *QUERY)
    finally:
        lock.release()
    assert code == 1 and "No hits" not in out and "being rebuilt" in err


@pytest.fixture
def read_only_index(monkeypatch: pytest.MonkeyPatch) -> Path:
    """The built index, in a folder nothing can be written to (as root, by refusing opens)."""
    assert main(["index"]) == 0
    folder = index_dir()
    if os.geteuid() != 0:
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)
        return
    real_open = os.open

    def refuse_writes(path: object, flags: int, *args: object, **kwargs: object) -> int:
        writing = flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT)
        if writing and str(path).startswith(str(folder)):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse_writes)
    yield folder


def test_search_works_read_only(capsys: pytest.CaptureFixture[str], read_only_index: Path) -> None:
    before = sorted(p.name for p in read_only_index.iterdir())
    code, out, err = _run(capsys, *QUERY)
    assert code == 0 and "Lukaschenk" in out
    assert "cannot be updated" in err and "searching it as it is" in err
    assert sorted(p.name for p in read_only_index.iterdir()) == before


def test_an_index_path_that_is_a_file_is_repaired(capsys: pytest.CaptureFixture[str]) -> None:
    folder = index_dir()
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("not an index", encoding="utf-8")
    code, out, err = _run(capsys, *QUERY)
    assert code == 0 and "Lukaschenk" in out and "was a file" in err
    assert folder.is_dir()
    assert (folder.parent / "index.not-a-folder").read_text(encoding="utf-8") == "not an index"
    code, out, err = _run(capsys, *QUERY)
    assert code == 0 and err == ""


def test_link_loops_and_dangling_links_say_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    loop, dangling = tmp_path / "loop.txt", tmp_path / "dangling.txt"
    loop.symlink_to(loop)
    dangling.symlink_to(tmp_path / "gone.txt")
    code, _, err = _run(capsys, "add", str(loop), str(dangling))
    assert code == 1
    assert "symbolic link loop" in err and "gone.txt, which does not exist" in err
    assert "no such file" not in err


def test_an_unreadable_folder_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "locked"
    (folder / "inner").mkdir(parents=True)
    (folder / "inner" / "a.txt").write_text("Ein Satz. Noch ein Satz.\n", encoding="utf-8")
    real_scandir = os.scandir

    def refuse(path: object = ".") -> object:
        if Path(str(path)) == folder / "inner":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)
    code, _, err = _run(capsys, "add", str(folder))
    assert code == 1 and "inner: the folder cannot be read (Permission denied)" in err
    assert "holds no files" not in err
