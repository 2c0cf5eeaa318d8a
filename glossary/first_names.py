"""Given names and surnames in the Latin-script languages of Europe and the Americas, from
Faker's person providers (MIT; lists of real names per locale, inside the package).

A given name at the start of a multi-word name says it is a person (``Bennie Fowler``, not a
place), and a given name after a word that is none starts a second name (German puts
subject and object side by side: ``ernannte Nixon William E. Simon``).

The lists are read from the providers' source as data (their string constants): importing
``faker`` would import every provider of every locale first, which takes seconds.
"""

from __future__ import annotations

import ast
import threading
from functools import cache
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

from glossary.tagger import proper_noun_evidence

LOCALES = """
    cs_CZ da_DK de_AT de_CH de_DE en en_GB en_IE en_NZ en_US es es_ES es_MX et_EE fi_FI fr_FR
    hr_HR hu_HU it_IT lt_LT lv_LV nl_BE nl_NL no_NO pl_PL pt_BR pt_PT ro_RO sk_SK sl_SI sv_SE
    tr_TR
""".split()
"""Locales whose names are written in the Latin alphabet, as German and English texts cite
them."""

_LISTS = frozenset(("first_names", "first_names_male", "first_names_female"))
_SURNAME_LISTS = frozenset(("last_names", "last_names_male", "last_names_female"))
_LOCK = threading.Lock()


@cache
def _listed_first_names() -> frozenset[str]:
    return frozenset(name for given, _ in _person_names() for name in given)


@cache
def _first_names() -> frozenset[str]:
    # a given name the taggers know as a common word ("Mark", "Sky") proves nothing
    return frozenset(
        name
        for name in _listed_first_names()
        if proper_noun_evidence(name, "en") >= 0 and proper_noun_evidence(name, "de") >= 0
    )


@cache
def _surnames() -> frozenset[str]:
    return frozenset(name for _, surnames in _person_names() for name in surnames)


@cache
def _person_names() -> tuple[tuple[set[str], set[str]], ...]:
    """Each locale's given names and surnames, its provider's source parsed once for both
    (parsing is most of the loading)."""
    with _LOCK:
        return tuple(_listed_names(locale) for locale in LOCALES)


def _listed_names(locale: str) -> tuple[set[str], set[str]]:
    """The strings assigned to the given-name lists and to the surname lists of one locale's
    person provider."""
    try:
        located = distribution("faker").locate_file(f"faker/providers/person/{locale}/__init__.py")
        tree = ast.parse(Path(str(located)).read_text(encoding="utf-8"))
    except (PackageNotFoundError, OSError, SyntaxError, ValueError):
        return set(), set()
    return _assigned(tree, _LISTS), _assigned(tree, _SURNAME_LISTS)


def _assigned(tree: ast.AST, lists: frozenset[str]) -> set[str]:
    """The names among the strings assigned to the given lists in a parsed module."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id in lists for target in node.targets
        ):
            names.update(
                constant.value
                for constant in ast.walk(node.value)
                if isinstance(constant, ast.Constant) and isinstance(constant.value, str)
            )
    return {name for name in names if name[:1].isupper() and name.replace("-", "").isalpha()}


def is_first_name(word: str) -> bool:
    """Whether ``word`` (as written, capitalised) is a given name in one of the ``LOCALES``."""
    return word in _first_names()


def is_listed_first_name(word: str) -> bool:
    """Whether ``word`` is a given name in the lists, also one that is a common word too
    (``Ernst``, ``Mark``): before a surname it still opens the person's name (``Ernst
    Reuter``), where alone it proves nothing."""
    return word in _listed_first_names()


def is_surname(word: str) -> bool:
    """Whether ``word`` is a surname in one of the ``LOCALES`` (``Collins``): a plural-looking
    last word that is one makes no team of a town's name before it (``David Collins``)."""
    return word in _surnames()
