"""The installed release of a package, for the fingerprints of the files saved beside the index."""

from __future__ import annotations

from importlib.util import find_spec
from pathlib import Path

PINNED_WHOOSH = (2, 7, 4)
"""The Whoosh release (``whoosh.__version__``, pinned in requirements.lock) whose private
layout ``index`` reads where it is faster than the public API (``lazy_urllib``,
``search._stored_fields``, ``union.PreloadedUnion``, ``top_scores.TopScoresCollector``): with
any other release those places take Whoosh's own way."""


def whoosh_is_pinned() -> bool:
    """Whether the installed Whoosh is :data:`PINNED_WHOOSH`, whose privates may be read."""
    import whoosh

    return bool(whoosh.__version__ == PINNED_WHOOSH)


def installed_version(name: str) -> str:
    """The release of the installed distribution ``name`` ("unknown" when not installed).

    Read from the name of its ``.dist-info`` folder beside the package, as pip installs it;
    only without one is ``importlib.metadata`` asked. Importing that (email, zipfile, csv ...)
    and its scan of every installed distribution per call cost about 30 ms of CPU, a fifth of
    a ``reader index`` that finds nothing to do.

    Args:
        name: A distribution whose top-level package has the same name ("wordfreq").
    """
    spec = find_spec(name)
    if spec is not None and spec.origin:
        site = Path(spec.origin).parent.parent
        for folder in site.glob(f"{name}-*.dist-info"):
            return folder.name[len(name) + 1 : -len(".dist-info")]
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "unknown"
