"""Notes, tags, titles and imports are data: no terminal control from them reaches any output.

Hostile strings go in every way a user or a shared file can put them in (the CLI, an import,
``reader meta --set``, hand edits of the database and of ``library.json``); every command that
shows them is then read byte for byte.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from documents.sanitize import clean_field, json_safe
from reader.cli import main
from reader.paths import library_path, notes_db_path, user_glossary_path

DOC = "rs-belarus-2024"

PAYLOADS = {
    "clipboard": "\x1b]52;c;SU5KRUNURUQ=\x07",
    "title": "\x1b]0;PWNED\x1b\\",
    "clear": "\x1b[2J",
    "c1-csi": "\x9b31m",
    "c1-osc": "\x9d0;PWNED\x9c",
    "bidi": "\u202etxt.exe",
    "isolate": "\u2066x\u2069",
    "nul-bell": "\x00\x07\x08",
}
FORBIDDEN = ["\x1b", "\x07", "\x00", "\x08", "\u202e", "\u2066", "\u2069", "\x9b", "\x9c", "\x9d"]


def _hostile(name: str) -> str:
    return f"vor {PAYLOADS[name]} nach"


def _assert_clean(output: str) -> None:
    for char in FORBIDDEN:
        assert char not in output, f"{char!r} reached the output: {output[:300]!r}"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    _assert_clean(out)
    _assert_clean(err)
    return code, out


@pytest.mark.parametrize("name", sorted(PAYLOADS))
def test_clean_field_removes_every_payload(name: str) -> None:
    assert clean_field(_hostile(name)) in ("vor  nach", "vor txt.exe nach", "vor x nach")
    _assert_clean(clean_field(_hostile(name), multiline=True))


def test_json_safe_keeps_the_data_and_escapes_what_json_leaves_raw() -> None:
    value = {"k": "a\x9bb\u202ec\x1bd"}
    dumped = json_safe(json.dumps(value, ensure_ascii=False))
    _assert_clean(dumped)
    assert json.loads(dumped) == value


@pytest.mark.parametrize("name", sorted(PAYLOADS))
def test_notes_and_tags_from_the_cli(capsys: pytest.CaptureFixture[str], name: str) -> None:
    hostile = _hostile(name)
    code, _ = _run(
        capsys, "notes", "add", "--doc", DOC, "--quote", "Belarus", "--occurrence", "2",
        "--note", hostile, "--tag", hostile,
    )  # fmt: skip
    assert code == 0
    for argv in (["list"], ["list", "--json"], ["export", "--format", "md"]):
        code, out = _run(capsys, "notes", *argv)
        assert code == 0 and "vor" in out and "nach" in out
    code, out = _run(capsys, "notes", "export", "--format", "w3c")
    assert code == 0


def test_notes_written_into_the_database_by_hand(capsys: pytest.CaptureFixture[str]) -> None:
    """Old or foreign rows are cleaned when read, not only new input."""
    assert (
        _run(capsys, "notes", "add", "--doc", DOC, "--quote", "Belarus", "--occurrence", "2")[0]
        == 0
    )
    hostile = "".join(PAYLOADS.values())
    with sqlite3.connect(notes_db_path()) as conn:
        conn.execute(
            "UPDATE annotations SET note = ?, tags = ?, exact = ?",
            (hostile, json.dumps([hostile]), "Belarus" + hostile),
        )
    conn.close()
    for argv in (
        ["list"],
        ["list", "--json"],
        ["export", "--format", "md"],
        ["export", "--format", "w3c"],
    ):
        assert _run(capsys, "notes", *argv)[0] == 0


def test_an_imported_w3c_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    hostile = "".join(PAYLOADS.values())
    item = {
        "id": "urn:uuid:" + "1" * 8 + hostile,
        "type": "Annotation",
        "created": "2024-01-01T00:00:00Z",
        "body": [
            {"type": "TextualBody", "value": hostile, "purpose": "commenting"},
            {"type": "TextualBody", "value": hostile, "purpose": "tagging"},
        ],
        "target": {
            "source": "urn:reader:doc:" + DOC,
            "selector": [{"type": "TextQuoteSelector", "exact": "Belarus" + hostile}],
        },
    }
    path = tmp_path / "shared.jsonld"
    path.write_text(json.dumps({"type": "AnnotationCollection", "items": [item]}), "utf-8")
    assert _run(capsys, "notes", "import", str(path))[0] == 0
    for argv in (["list"], ["list", "--json"], ["export", "--format", "md"]):
        code, out = _run(capsys, "notes", *argv)
        assert code == 0 and "11111111" in out


@pytest.mark.parametrize("name", sorted(PAYLOADS))
def test_titles_set_with_meta(capsys: pytest.CaptureFixture[str], name: str) -> None:
    assert _run(capsys, "meta", DOC, "--set", f"title={_hostile(name)}")[0] == 0
    for argv in (["docs"], ["docs", "--json"], ["meta", DOC], ["meta", DOC, "--json"]):
        code, out = _run(capsys, *argv)
        assert code == 0 and "vor" in out
    code, out = _run(capsys, "search", "Lukaschenko", "--doc", DOC, "--limit", "1")
    assert code == 0 and "vor" in out  # the title is part of each hit's heading


def test_library_json_edited_by_hand(capsys: pytest.CaptureFixture[str]) -> None:
    hostile = "".join(PAYLOADS.values())
    assert _run(capsys, "meta", DOC, "--set", "title=x")[0] == 0
    raw = json.loads(library_path().read_text(encoding="utf-8"))
    raw["seeds"][DOC]["corrections"] = {"title": hostile, "publisher": hostile}
    library_path().write_text(json.dumps(raw), encoding="utf-8")
    for argv in (["docs"], ["docs", "--json"], ["meta", DOC], ["meta", DOC, "--json"]):
        assert _run(capsys, *argv)[0] == 0


def test_the_users_glossary_file(capsys: pytest.CaptureFixture[str]) -> None:
    hostile = "".join(PAYLOADS.values())
    name, text = json.dumps(f"Boese{hostile}Name"), json.dumps(f"Text {hostile} hier")
    user_glossary_path().parent.mkdir(parents=True, exist_ok=True)
    user_glossary_path().write_text(  # JSON string escapes are TOML's too
        f'[[entry]]\nid = "boese"\nname = {name}\nkind = "person"\ndescription = {text}\n'
        f'dates = [{{ value = "2020", label = {json.dumps(hostile)} }}]\n',
        encoding="utf-8",
    )
    for argv in (["glossary", "Boese"], ["glossary", "Boese", "--json"]):
        code, out = _run(capsys, *argv)
        assert code == 0 and "Boese" in out
