"""A link's label and the compare screen's key say only what the link's reasons hold."""

from __future__ import annotations

from reader.dialogs.links_list import LinkRow
from reader.screens.compare import _legend


def row(kind: str, **reasons: list[str]) -> LinkRow:
    """A link row of this kind with these reasons."""
    return LinkRow(title="t", colour="red", text="s", score=1.0, kind=kind, **reasons)


def test_a_theme_link_on_one_title_pair_is_labelled_by_its_shared_words() -> None:
    label = row("theme", terms=["Bürgermeisterin / mayor"]).label()
    assert label == "same words"
    assert "question" not in label


def test_a_theme_link_without_words_is_labelled_by_what_it_shares() -> None:
    assert row("theme", entities=["Oberhausen"]).label() == "same name"
    assert row("time", dates=["März 1911"]).label() == "same time"


def test_the_compare_key_names_only_the_marks_the_link_has() -> None:
    assert _legend(row("entity", entities=["Oberhausen"])).plain == "shared entities"
    assert _legend(row("time", dates=["März 1911"])).plain == "shared dates"
    both = row("time", dates=["März 1911"], entities=["Oberhausen"])
    assert _legend(both).plain == "shared dates · shared entities"
    assert _legend(row("theme", terms=["Hafen / harbour"])).plain == ""
