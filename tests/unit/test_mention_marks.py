"""Mention marks made per drawn stretch are exactly the marks a whole layer would draw."""

from __future__ import annotations

from glossary.mentions import Mention, MentionTable
from reader.features.mention_marks import MentionMarks
from reader.widgets.document_view import Mark, _Layer

TEXT = "Der Unionsstaat von Belarus und Russland: Lukaschenka traf Putin, Putin traf ihn."


def _mentions() -> MentionTable:
    spans = [("unionsstaat", "Unionsstaat von Belarus"), ("belarus", "Belarus")]
    spans += [("russland", "Russland"), ("lukaschenka", "Lukaschenka"), ("putin", "Putin")]
    found = []
    for entry_id, name in spans:
        start = TEXT.find(name)
        while start >= 0:
            found.append(Mention(entry_id, start, start + len(name), name))
            start = TEXT.find(name, start + 1)
    table = MentionTable(TEXT)
    for mention in sorted(found, key=lambda mention: (mention.start, -mention.end)):
        table.append(mention)
    return table


def _style(entry_id: str) -> str:
    return "document-view--mention-person" if entry_id == "putin" else "document-view--mention"


def test_every_stretch_gets_the_marks_of_the_whole_layer() -> None:
    mentions = _mentions()
    whole = _Layer([Mark(m.start, m.end, _style(m.entry_id)) for m in mentions])
    lazy = MentionMarks(mentions, _style)
    for start in range(len(TEXT)):
        for end in range(start + 1, len(TEXT) + 1, 7):
            assert lazy.overlapping(start, end) == whole.overlapping(start, end)
    assert len(lazy.overlapping(0, len(TEXT))) == len(mentions) == 6


def test_no_mentions_no_marks() -> None:
    assert MentionMarks(MentionTable(TEXT), _style).overlapping(0, 100) == []
