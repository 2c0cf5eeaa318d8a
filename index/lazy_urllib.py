"""Whoosh's compatibility module loaded without ``urllib.request``.

``whoosh.compat`` takes ``urlretrieve`` from ``urllib.request`` for Python 2 compatibility,
and nothing in Whoosh calls it; but importing ``urllib.request`` brings in ``http.client``,
``email``, ``ssl`` and ``socket``: about 113 M instructions, a thirtieth of a ``reader
index`` of a folder of articles, in every process that opens the index. :func:`install`
executes ``whoosh.compat`` with an ``__import__`` of its own (in that module's builtins
only) that answers ``urllib.request`` with a stand-in whose ``urlretrieve`` imports the real
one at its first call; every other import of that module is the usual one. The module is
then registered as the import system would (in ``sys.modules`` and as ``whoosh.compat``).
Another thread or library importing ``urllib.request`` gets the real module, so this is safe
at any time (an earlier stand-in in ``sys.modules`` was not). It is done only for the Whoosh
it was checked against (``index.installed.PINNED_WHOOSH``: its only ``urllib.request`` use is
``urlretrieve``, and nothing else reads the module's builtins); another imports normally.
Importing this module installs it (``index/__init__`` imports it first).
"""

from __future__ import annotations

import builtins
import importlib.util
import sys
import types
from typing import Any

import whoosh

from index.installed import PINNED_WHOOSH

MODULE = "whoosh.compat"
LEFT_OUT = "urllib.request"


def install() -> None:
    """Load ``whoosh.compat`` as described above, unless it is loaded already. Atomic: a
    thread importing it at the same time gets one module or the other, and both work."""
    if MODULE in sys.modules or whoosh.__version__ != PINNED_WHOOSH:
        return
    spec = importlib.util.find_spec(MODULE)
    if spec is None or spec.loader is None:  # a check that ``python -O`` keeps, unlike assert
        raise ImportError(f"{MODULE} is not part of the installed Whoosh", name=MODULE)
    module = importlib.util.module_from_spec(spec)
    module.__builtins__ = {**vars(builtins), "__import__": _import}  # type: ignore[attr-defined]
    spec.loader.exec_module(module)
    whoosh.compat = sys.modules.setdefault(MODULE, module)


def urlretrieve(*args: Any, **kwargs: Any) -> Any:
    """``urllib.request.urlretrieve``, imported at the first call."""
    from urllib.request import urlretrieve as real

    return real(*args, **kwargs)


_STAND_IN = types.ModuleType(LEFT_OUT, "urllib.request as whoosh.compat sees it")
_STAND_IN.urlretrieve = urlretrieve  # type: ignore[attr-defined]


def _import(
    name: str,
    globals: dict[str, Any] | None = None,  # noqa: A002 - the names of builtins.__import__
    locals: dict[str, Any] | None = None,  # noqa: A002
    fromlist: tuple[str, ...] | list[str] | None = (),
    level: int = 0,
) -> types.ModuleType:
    if name == LEFT_OUT and not level:
        return _STAND_IN
    return builtins.__import__(name, globals, locals, fromlist, level)


install()
