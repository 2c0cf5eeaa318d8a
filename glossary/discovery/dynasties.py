"""The ruling houses and great merchant families of European history as German names them,
in the plural and for one member (``die Staufer``, ``den Habsburgern``, ``der Welfe Otto``).

Nothing else discovery asks tells them from a plural noun: the German Wiktionary lists many as
ordinary nouns (``Staufer``, ``Askanier``: a member of the house), HanTa knows none, and a text
writes them after an article as it writes ``die Weber``. They are a short, closed set of
world knowledge, as the titles and head nouns are. Names that are also a place's people
(``Luxemburger``, ``Hannoveraner``) are left out: those stay with the place's evidence.
"""

from __future__ import annotations

from functools import lru_cache

from glossary.folding import name_key

DYNASTIES = frozenset(
    """Merowinger Karolinger Ottonen Liudolfinger Salier Staufer Hohenstaufen Welfen Welfe
    Babenberger Zähringer Askanier Wettiner Albertiner Ernestiner Wittelsbacher Habsburger
    Hohenzollern Přemysliden Premysliden Piasten Jagiellonen Arpaden Árpáden Rurikiden
    Romanows Kapetinger Bourbonen Plantagenets Tudors Stuarts Oranier Medici Sforza Visconti
    Gonzaga Borgia Abbasiden Umayyaden Omaijaden Fatimiden Fugger Welser""".split()
)

_DATIVE_PLURAL = "n"
"""What the dative plural adds to a plural in ``-er`` (``unter den Karolingern``)."""


def is_dynasty(word: str) -> bool:
    """Whether a German word names a ruling house or a great family (``Wettiner``, in the
    dative ``Wettinern``)."""
    if word in DYNASTIES:
        return True
    stem = word.removesuffix(_DATIVE_PLURAL)
    return stem != word and stem.endswith("er") and stem in DYNASTIES


@lru_cache(maxsize=1)
def _dynasty_keys() -> frozenset[str]:
    """The name keys of ``DYNASTIES`` and of the dative plurals on ``-ern``, built once."""
    return frozenset(name_key(word) for word in DYNASTIES) | frozenset(
        name_key(word) + _DATIVE_PLURAL for word in DYNASTIES if word.endswith("er")
    )


def is_dynasty_key(key: str) -> bool:
    """Whether a word of a name key (``wittelsbacher``) is a dynasty's: it carries no
    inflection ending, and the house is not the founder (``Otto von Wittelsbach``)."""
    return key in _dynasty_keys()
