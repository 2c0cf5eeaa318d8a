"""A feature cache forgets the files of older versions (the timeline's dates cache grew by a
file per document at every release)."""

from __future__ import annotations

from pathlib import Path

from glossary.features import FEATURES_VERSION, FeatureCache


def test_prune_deletes_older_feature_and_pipeline_versions(tmp_path: Path) -> None:
    now = FEATURES_VERSION
    names = {
        "current": f"features-v{now}-abc-1234-p12.json",
        "older features": f"features-v{now - 1}-abc-1234-p12.json",
        "older pipeline": f"features-v{now}-abc-1234-p11.json",
        "newer checkout": f"features-v{now + 1}-abc-1234-p13.json",
        "other file": "calendar.json",
    }
    for name in names.values():
        (tmp_path / name).write_text("{}", encoding="utf-8")
    FeatureCache(tmp_path, salt="1234-p12").prune()
    left = {path.name for path in tmp_path.iterdir()}
    assert left == {names["current"], names["newer checkout"], names["other file"]}


def test_prune_of_a_missing_folder_does_nothing(tmp_path: Path) -> None:
    FeatureCache(tmp_path / "none").prune()
    assert not (tmp_path / "none").exists()
