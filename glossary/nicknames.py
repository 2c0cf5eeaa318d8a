"""Short and familiar forms of given names (``Bill``/``William``, ``Ed``/``Edmund``,
``Fritz``/``Friedrich``), from the ``nicknames`` package (Apache 2.0; a hand-curated list of
English given names and their nicknames, inside the package).

The list is English. A German given name meets it through its English renderings in the
shipped Wiktionary lexicon (:mod:`glossary.translations`: ``Friedrich`` → ``Frederick``,
whose nicknames hold ``Fritz``). Only a name as written counts as the nickname: two formal
names that share a nickname (``Johannes``, ``Josef``: both may be called ``Joe``) are two
names. The list is loose (it gives ``Robert`` and ``Rupert`` as each other's nicknames), so a
familiar form must also be shorter than the name it stands for.
"""

from __future__ import annotations

from functools import cache

from nicknames import name_triplets

from glossary.folding import fold
from glossary.translations import translations


@cache
def _nicknames() -> dict[str, frozenset[str]]:
    """Every listed given name with its nicknames, lower case."""
    found: dict[str, set[str]] = {}
    for triplet in name_triplets():
        found.setdefault(triplet.name1, set()).add(triplet.name2)
    return {name: frozenset(short) for name, short in found.items()}


def _renderings(name: str) -> set[str]:
    """A given name and its English forms (``friedrich`` → ``frederick``, ``fred`` ...)."""
    return {name, *translations().of(name, "de")}


def is_nickname(short: str, full: str) -> bool:
    """Whether the given name ``short`` is a familiar form of the given name ``full``
    (``Ed`` of ``Edmund``, ``Fritz`` of ``Friedrich``), and shorter."""
    short, full = fold(short), fold(full)
    if len(short) >= len(full):
        return False
    table = _nicknames()
    return any(short in table.get(form, ()) for form in _renderings(full))
