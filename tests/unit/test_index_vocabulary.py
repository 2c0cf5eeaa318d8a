"""A batch's new words analysed before indexing, half in a forked child, as they would be
analysed where they are met."""

from __future__ import annotations

import os
import sys

import pytest
from test_index_records import make_document

from documents.model import Document, Section, SectionRole
from index import analysis, decompound, vocabulary
from index.analysis import known_tokens, token_terms
from index.vocabulary import analyse_in_two, new_tokens

TEXT = "Die Quirnbalkenschaft tagte. Der Flurmspeicher brannte. The zorbling ships sailed."


def _document(name: str) -> Document:
    excerpt = Section(TEXT.index("The"), len(TEXT), SectionRole.EXCERPT, "en")
    return make_document(name, TEXT, sections=[excerpt])


def test_new_tokens_are_read_in_their_sections_language_and_folded_for_words() -> None:
    listed = new_tokens([_document("a"), _document("b")])
    assert len(listed) == len(set(listed))  # each once, however many documents have it
    assert ("de", "Quirnbalkenschaft") in listed and ("en", "zorbling") in listed
    assert ("en", "Quirnbalkenschaft") not in listed and ("de", "zorbling") not in listed
    assert {("", "Quirnbalkenschaft"), ("", "zorbling")} <= set(listed)


def test_new_tokens_include_the_notes_which_are_indexed_too() -> None:
    """A footnote is searched like the body: its words are analysed with the batch's, not one
    at a time later while the records are written."""
    text = f"{TEXT} Anmerkung: Die Wurzelklimpe steht im Archiv."
    notes = Section(len(TEXT) + 1, len(text), SectionRole.NOTES, "de")
    excerpt = Section(TEXT.index("The"), len(TEXT), SectionRole.EXCERPT, "en")
    listed = new_tokens([make_document("n", text, sections=[excerpt, notes])])
    assert ("de", "Wurzelklimpe") in listed


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks a child")
def test_analysing_in_two_caches_what_each_token_gets_where_it_is_met(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(vocabulary, "MIN_NEW_TOKENS", 1)
    monkeypatch.setattr(vocabulary, "MIN_CHUNK", 1)  # many turns, taken by both processes
    listed = new_tokens([_document("c")])
    assert analyse_in_two([_document("c")], lambda: os.getpid()) == os.getpid()  # head: here
    cached = {(language, token): known_tokens(language)[token] for language, token in listed}
    for language, token in listed:  # analysed again here, from nothing
        del analysis._TOKEN_TERMS[language][token]
        assert token_terms(token, language) == cached[language, token], token
    assert cached["de", "Quirnbalkenschaft"][0] == "quirnbalkenschaft"
    assert not new_tokens([_document("c")])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks a child")
def test_new_tokens_are_listed_in_a_child_while_the_lexicon_is_made_here(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lexicon = decompound._lexicon()
    monkeypatch.setattr(decompound, "_saved_in", [])
    monkeypatch.setattr(decompound, "_built_lexicon", lambda: lexicon)
    decompound._lexicon.cache_clear()
    try:
        assert not decompound.lexicon_ready()
        listed = vocabulary._new_tokens_beside_lexicon([_document("d")])
        assert decompound.lexicon_ready()
        assert listed == new_tokens([_document("d")])
    finally:
        decompound._lexicon.cache_clear()  # made again as usual once the patches are undone


def test_without_a_pipe_for_the_turns_the_words_wait_to_be_analysed_where_met(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_pipe() -> tuple[int, int]:
        raise OSError("too many open files")

    monkeypatch.setattr(vocabulary, "MIN_NEW_TOKENS", 1)
    document = make_document("e", "Die Wumpelkrontaste schnarrte im Glibberhof.")
    listed = new_tokens([document])
    assert ("de", "Wumpelkrontaste") in listed
    monkeypatch.setattr(os, "pipe", no_pipe)
    assert analyse_in_two([document], lambda: "dated") == "dated"
    assert new_tokens([document]) == listed
