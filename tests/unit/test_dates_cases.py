"""Table-driven cases for the date tagger: ``tests/data/timex_cases.tsv``.

Each row gives a language, an anchor (``-`` for none), a text and every expression the
tagger must find in it, so a spurious extra expression fails the case as well.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pytest

from glossary.dates import tag

CASES = Path(__file__).resolve().parents[1] / "data" / "timex_cases.tsv"


class Expected(NamedTuple):
    text: str
    value: str
    mod: str | None
    type: str


def _expected(field: str) -> list[Expected]:
    if field.strip() == "-":
        return []
    items = []
    for item in field.split(" ; "):
        text, _, rest = item.partition(" => ")
        value, *extra = rest.split()
        mod = extra[0] if extra and extra[0] != "-" else None
        duration = value[:1] == "P" and value[1:2] in "0123456789X"
        kind = extra[1] if len(extra) > 1 else "DURATION" if duration else "DATE"
        items.append(Expected(text.replace("\\n", "\n"), value, mod, kind))
    return items


def _cases() -> list[pytest.param]:
    params = []
    for number, line in enumerate(CASES.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        language, anchor, text, expected = line.split("\t")
        params.append(
            pytest.param(
                language,
                None if anchor == "-" else anchor,
                text.replace("\\n", "\n"),
                _expected(expected),
                id=f"{number}-{text[:40]}",
            )
        )
    return params


def test_the_table_is_large() -> None:
    assert len(_cases()) >= 150


@pytest.mark.parametrize(("language", "anchor", "text", "expected"), _cases())
def test_case(language: str, anchor: str | None, text: str, expected: list[Expected]) -> None:
    found = [Expected(t.text, t.value, t.mod, t.type) for t in tag(text, language, anchor)]
    assert found == expected
    for timex in tag(text, language, anchor):
        assert text[timex.start : timex.end] == timex.text
        assert timex.language == language
