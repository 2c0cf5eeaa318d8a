"""The key a word is compared by: one module without heavy imports, shared by the lemma analysis
(:mod:`glossary.wording`) and the thesaurus (:mod:`glossary.synonyms`), so both key words alike."""

from __future__ import annotations

__all__ = ["word_key"]


def word_key(lemma: str) -> str:
    """The key of a lemma: case and ``ß`` spelling do not matter."""
    return lemma.lower().replace("ß", "ss")
