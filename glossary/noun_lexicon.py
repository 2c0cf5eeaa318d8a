"""German nouns as the German Wiktionary knows them: lemma, gender, number, and whether a word is
an ordinary noun or a name (a place, a given name, a surname, another proper name).

Discovery has to tell a one-word name from an ordinary noun, and both are capitalised in German:
"Marchfeld", "Chiemsee" and "Eifel" are names, "Säle" and "Stufen" are plurals of ordinary
nouns. Word frequencies cannot tell them apart (a rare name and a rare compound look alike); a
dictionary can. The German Wiktionary's nouns, as listed by german-nouns 1.2.5 (CC BY-SA 4.0;
licence beside the file), ship in ``glossary/data/german-nouns.tsv``, trimmed by
``benchmarks/trim_nouns.py`` to one sorted line per form as written: about 100,000 lemmas in
274,000 forms, 5,900 of them toponyms. The file stays bytes in memory (5 MB) and a form is found
by bisecting it: held as 274,000 strings it would cost four times the memory and a tenth of a
second to read. A form may belong to several lemmas ("Oder" the
river and "Oder" the conjunction's noun; "Pfalz" the region and "Pfalz" a palace).

The gender of a noun is also what a name's nominative needs ("im Britischen Sektor" →
"Britischer Sektor": "Sektor" is masculine).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = [
    "ABBREVIATION",
    "ADJECTIVAL",
    "DATA",
    "FIELD",
    "NAME_TAGS",
    "NounEntry",
    "NounLexicon",
    "ORDINARY",
    "RECORD",
    "SURNAME",
    "TAGS",
    "TOPONYM",
    "lemma_change",
    "noun_lexicon",
]

DATA = Path(__file__).resolve().parent / "data" / "german-nouns.tsv"

FIELD = "|"
"""Separates a record's fields: lemma, genders, tags, number."""

RECORD = ";"
"""Separates the records of one form."""

_CUT = ","
"""Separates a lemma change's count of letters cut from the letters added."""

TAGS = {
    "T": "Toponym",
    "V": "Vorname",
    "L": "Nachname",
    "E": "Eigenname",
    "S": "Straßenname",
    "A": "Abkürzung",
    "W": "Wortverbindung",
    "J": "adjektivische Deklination",
}
"""The shipped tag codes and the Wiktionary part-of-speech names they stand for; ``N`` marks an
entry with none of them (an ordinary noun)."""

ORDINARY = "N"
"""The tag of an entry with none of :data:`TAGS`: an ordinary noun."""

ABBREVIATION = "A"
SURNAME = "L"
TOPONYM = "T"
ADJECTIVAL = "J"

NAME_TAGS = frozenset("TVLES")
"""Tags of names: place, given name, surname, other proper name, street."""


@dataclass(frozen=True, slots=True)
class NounEntry:
    """One lemma a form belongs to."""

    lemma: str
    genders: str
    """``m``, ``f``, ``n`` or several ("mn"); empty when Wiktionary gives none (plural-only
    words, many names)."""
    tags: str
    """Codes of :data:`TAGS`, after :data:`ORDINARY` for an ordinary noun."""
    number: str
    """``s`` when the form is a singular form, ``p`` a plural one, ``sp`` both."""

    @property
    def is_name(self) -> bool:
        """Whether Wiktionary lists the lemma as a name (place, person, other proper name)."""
        return not NAME_TAGS.isdisjoint(self.tags)

    @property
    def is_ordinary(self) -> bool:
        """Whether Wiktionary lists the lemma as an ordinary noun (also an abbreviation,
        a phrase or an adjective's noun may be one)."""
        return ORDINARY in self.tags

    @property
    def is_abbreviation(self) -> bool:
        return ABBREVIATION in self.tags

    @property
    def is_adjectival(self) -> bool:
        """Whether the noun is declined as an adjective (``Beamter``, ``Dreißigjährigen``)."""
        return ADJECTIVAL in self.tags

    @property
    def is_plural(self) -> bool:
        """Whether the form is only a plural form of the lemma."""
        return self.number == "p"


def lemma_change(form: str, lemma: str) -> str:
    """How the shipped file writes a lemma: the letters cut from the form's end and those added
    ("Säle" → "Saal": ``3,aal``), empty when the form is the lemma."""
    same = 0
    while same < min(len(form), len(lemma)) and form[same] == lemma[same]:
        same += 1
    if same == len(form) == len(lemma):
        return ""
    added = lemma[same:]
    return f"{len(form) - same}{_CUT}{added}" if added else str(len(form) - same)


def _lemma(form: str, change: str) -> str:
    """The lemma a :func:`lemma_change` of ``form`` stands for."""
    if not change:
        return form
    cut, _, added = change.partition(_CUT)
    return form[: len(form) - int(cut)] + added


def _entry(form: str, record: str) -> NounEntry:
    """A shipped record ``change|genders|tags|number``; trailing defaults (tags ``N``, number
    ``s``) are left out."""
    change, genders, tags, number = (record.split(FIELD) + ["", "", ""])[:4]
    return NounEntry(_lemma(form, change), genders, tags or ORDINARY, number or "s")


class NounLexicon:
    """German nouns by form as written."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._start = 0
        while data.startswith(b"#", self._start):
            self._start = data.index(b"\n", self._start) + 1
        self._found: dict[str, tuple[NounEntry, ...]] = {}

    def entries(self, form: str) -> tuple[NounEntry, ...]:
        """The lemmas ``form`` (exactly as written: "Säle", "Marchfeld") is a form of."""
        if form not in self._found:
            self._found[form] = tuple(_entry(form, record) for record in self._records(form))
        return self._found[form]

    def _records(self, form: str) -> list[str]:
        """The records of ``form``'s line, found by bisecting the file's bytes between line
        starts (UTF-8 bytes sort as the text's code points do; a tab before any key's letter)."""
        data, prefix = self._data, form.encode("utf-8") + b"\t"
        low, high = self._start, len(data)
        while low < high:
            line = max(low, data.rfind(b"\n", low, (low + high) // 2) + 1)
            end = data.index(b"\n", line)
            if data[line:end] < prefix:
                low = end + 1
            else:
                high = line
        if not data.startswith(prefix, low):
            return []
        return data[low + len(prefix) : data.index(b"\n", low)].decode("utf-8").split(RECORD)


@lru_cache(maxsize=1)
def noun_lexicon() -> NounLexicon:
    """The shipped lexicon, read once on first use (never at start)."""
    return NounLexicon(DATA.read_bytes())
