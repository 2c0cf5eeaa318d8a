"""Whoosh's English word variations loaded at their first use, not with Whoosh's queries.

``whoosh.query.terms`` takes ``variations`` from ``whoosh.lang.morph_en`` for its
``Variations`` query, which this project never builds; importing that module compiles
fourteen large regular expressions of English endings: about 180 M instructions (a tenth of
a second on the benchmark machine) in every process that opens the index (``reader index``,
``reader search``, the app's index worker), a twentieth of a ``reader index`` of a folder of
articles. :func:`install` puts a stand-in of the same name in ``sys.modules`` before Whoosh
asks for it; its ``variations`` executes the real module (a private copy, outside
``sys.modules``) at its first call and answers as it does. Importing this module installs
it (``index/__init__`` imports it first); from then on the process has the stand-in under
Whoosh's name, for any other importer too.
"""

from __future__ import annotations

import importlib.util
import sys
import types
from collections.abc import Callable, Collection
from functools import cache
from importlib.machinery import PathFinder

MODULE = "whoosh.lang.morph_en"


def install() -> None:
    """Make ``whoosh.lang.morph_en`` the stand-in, unless the module is loaded already (then
    there is nothing left to save). Atomic: a thread importing it at the same time gets one or
    the other, and both answer alike."""
    if MODULE in sys.modules:
        return
    stand_in = types.ModuleType(MODULE, __doc__)
    stand_in.variations = variations  # type: ignore[attr-defined]
    sys.modules.setdefault(MODULE, stand_in)


def variations(word: str) -> Collection[str]:
    """``whoosh.lang.morph_en.variations``: the word with English endings added and taken
    away (the real module is executed at the first call)."""
    return _real_variations()(word)


@cache
def _real_variations() -> Callable[[str], Collection[str]]:
    package = importlib.util.find_spec(MODULE.rpartition(".")[0])
    spec = PathFinder.find_spec(MODULE, package.submodule_search_locations) if package else None
    if spec is None or spec.loader is None:  # a check that ``python -O`` keeps, unlike assert
        raise ImportError(f"{MODULE} is not part of the installed Whoosh", name=MODULE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    found: Callable[[str], Collection[str]] = module.variations
    return found


install()
