"""The compiled forms of a rule set's patterns kept on disk (glossary.kept_patterns)."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from glossary import kept_patterns
from glossary.kept_patterns import PatternSet, keep_patterns_in
from glossary.timex_lang_de import WORDS as GERMAN
from glossary.timex_lang_en import WORDS as ENGLISH
from glossary.timex_lexicon import lexicon
from glossary.timex_rules import Rules
from glossary.timex_words import LanguageWords

SOURCES = [
    r"(?<![\d.,:/])(?P<y>1\d{3}|20\d\d)(?![\d]|[.,:]\d)",
    r"(?i:im\s+Jahr|in)\s+(?P<n>\d+)\s*(?:bis|-)\s*(?P<m>\d+)?",
    r"[\s\-–]*([\w%$€.-]+)(?:\s+([\w%$€.-]+))?",
]


@pytest.fixture
def kept_in(tmp_path: Path) -> Iterator[Path]:
    keep_patterns_in(tmp_path)
    yield tmp_path
    kept_patterns._saved_in.clear()


def _compiled(sources: list[str]) -> list[re.Pattern[str]]:
    patterns = PatternSet("test")
    compiled = [patterns.compile(source) for source in sources]
    patterns.save()
    return compiled


def _patterns_of(rules: Rules) -> list[re.Pattern[str]]:
    found = [p for p, _ in rules.rules]
    found += [v for v in vars(rules).values() if isinstance(v, re.Pattern)]
    return found + ([rules.compounds[0]] if rules.compounds else [])


def test_a_second_process_builds_the_patterns_without_parsing_them(
    kept_in: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _compiled(SOURCES)
    assert (kept_in / "patterns-test.bin").is_file()
    expected = [re.compile(source) for source in SOURCES]

    def no_parse(*_: object) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(kept_patterns._parser, "parse", no_parse)
    re.purge()
    second = _compiled(SOURCES)
    assert second == first == expected
    assert [p.groupindex for p in second] == [p.groupindex for p in expected]
    assert second[1].match("im Jahr 12 bis 14").group("m") == "14"  # type: ignore[union-attr]


@pytest.mark.parametrize(("code", "words"), [("de", GERMAN), ("en", ENGLISH)])
def test_kept_date_rules_equal_the_compiled_ones(
    kept_in: Path, code: str, words: LanguageWords
) -> None:
    first = PatternSet(code)
    made = Rules(words, lexicon(code), first)
    first.save()
    patterns = _patterns_of(Rules(words, lexicon(code), PatternSet(code)))
    assert len(patterns) > 30
    assert patterns == _patterns_of(made)
    assert patterns == [re.compile(p.pattern) for p in patterns]


def test_a_damaged_or_foreign_file_is_compiled_again(kept_in: Path) -> None:
    path = kept_in / "patterns-test.bin"
    path.write_bytes(b"\x00not marshal")
    assert _compiled(SOURCES) == [re.compile(source) for source in SOURCES]
    assert path.read_bytes() != b"\x00not marshal"  # written anew
    packed = kept_patterns.marshal.dumps({SOURCES[0]: "junk"})
    foreign = ("another interpreter", kept_patterns._digest(packed), packed)
    path.write_bytes(kept_patterns.marshal.dumps(foreign))
    assert _compiled(SOURCES[:1]) == [re.compile(SOURCES[0])]


def _rewrite(path: Path, kept: dict[str, object]) -> None:
    """The file as a later run finds it, with ``kept`` and a matching digest."""
    packed = kept_patterns.marshal.dumps(kept)
    key = kept_patterns._interpreter()
    path.write_bytes(kept_patterns.marshal.dumps((key, kept_patterns._digest(packed), packed)))


def test_a_changed_opcode_is_a_miss(kept_in: Path) -> None:
    source = r"(?i:heute|today)"
    _compiled([source])
    path = kept_in / "patterns-test.bin"
    key, digest, packed = kept_patterns.marshal.loads(path.read_bytes())
    flags, code, *rest = kept_patterns.marshal.loads(packed)[source]
    code[code.index(ord("h"))] = ord("x")  # one LITERAL: the file's digest no longer fits
    damaged = kept_patterns.marshal.dumps({source: (flags, code, *rest)})
    path.write_bytes(kept_patterns.marshal.dumps((key, digest, damaged)))
    pattern = _compiled([source])[0]
    assert pattern == re.compile(source)
    assert pattern.match("Heute") and not pattern.match("xeute")
    assert kept_patterns.marshal.loads(path.read_bytes())[2] == packed  # written anew


@pytest.mark.parametrize("form", [(0,), (0, [1, 2, 3], 0, {}, ())])
def test_a_form_the_engine_refuses_is_compiled_anew(kept_in: Path, form: tuple[object]) -> None:
    path = kept_in / "patterns-test.bin"
    _rewrite(path, {SOURCES[0]: form})
    assert _compiled(SOURCES[:1]) == [re.compile(SOURCES[0])]
    _, _, packed = kept_patterns.marshal.loads(path.read_bytes())
    assert kept_patterns.marshal.loads(packed)[SOURCES[0]] != form  # written anew


def test_nothing_is_kept_outside_the_checked_versions(kept_in: Path) -> None:
    checked = sys.implementation.name == "cpython" and (3, 11) <= sys.version_info[:2] <= (3, 13)
    assert (PatternSet("test").path is not None) == checked


def test_without_a_folder_nothing_is_kept(tmp_path: Path) -> None:
    patterns = PatternSet("test")
    assert patterns.path is None
    assert patterns.compile(SOURCES[0]) == re.compile(SOURCES[0])
    patterns.save()
    assert not list(tmp_path.iterdir())


def test_the_file_holds_the_patterns_of_the_last_run(kept_in: Path) -> None:
    _compiled(SOURCES)
    path = kept_in / "patterns-test.bin"
    _compiled(SOURCES[1:])
    _, _, packed = kept_patterns.marshal.loads(path.read_bytes())
    kept = kept_patterns.marshal.loads(packed)
    assert sorted(kept) == sorted(SOURCES[1:])
    before = path.stat().st_mtime_ns
    _compiled(SOURCES[1:])
    assert path.stat().st_mtime_ns == before  # nothing new: not written
