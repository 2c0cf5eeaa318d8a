"""The features cache follows each document's own mentions, not the whole glossary."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from glossary.decisions import accept
from glossary.entities import Alias, Entry, Kind
from reader import paths
from reader.services import Services


def _found(entry_id: str, name: str) -> Entry:
    return Entry(
        entry_id, name, "", Kind.PLACE, (Alias(name, exact=True),), "", source="discovered"
    )


def _feature_files() -> set[Path]:
    return set((paths.cache_dir() / "features").glob("features-*.json"))


def test_a_new_name_elsewhere_keeps_a_documents_features() -> None:
    documents = Services().library.documents()
    Services().features(documents)
    before = _feature_files()
    assert len(before) == len(documents)
    accept(paths.user_glossary_path(), _found("found-quark", "Quarkschnittenland"))
    Services().features(documents)
    assert _feature_files() == before  # no document names it: nothing extracted again
    accept(paths.user_glossary_path(), _found("found-verlust", "Souveränitätsverlust"))
    Services().features(documents)
    assert len(_feature_files() - before) == 1  # only the document that names it


def test_a_corrected_date_dates_the_text_again() -> None:
    """The publication date anchors "heute": correcting it must not keep the old features."""
    services = Services()
    [seed] = [d for d in services.library.documents() if d.id == "rs-belarus-2024"]
    services.features([seed])
    before = _feature_files()
    services.library.set_meta(seed.id, "published", "")
    Services().features([Services().library.get(seed.id)])
    assert len(_feature_files() - before) == 1


def test_the_memory_keys_features_by_the_date_as_the_disk_does() -> None:
    """Review 21 F3: the in-memory features were keyed by (id, content hash) while the disk's
    key has the publication date too; a path that kept the memory would date by the old one."""
    services = Services()
    [seed] = [d for d in services.library.documents() if d.id == "rs-belarus-2024"]
    [first] = services.features([seed])
    redated = replace(seed, meta=replace(seed.meta, published="2019-05-04"))
    [second] = services.features([redated])
    assert second is not first
    assert services.features([seed]) == [first]


def test_building_the_links_forgets_features_of_older_versions() -> None:
    """Each version bump left a features file per document in the reader's cache."""
    from glossary.features import FEATURES_VERSION

    folder = paths.cache_dir() / "features"
    folder.mkdir(parents=True, exist_ok=True)
    stale = folder / f"features-v{FEATURES_VERSION - 1}-abc-0000-p1.json"
    stale.write_text("{}", encoding="utf-8")
    services = Services()
    services.link_index()
    assert not stale.exists()
    assert len(_feature_files()) == len(services.library.documents())
