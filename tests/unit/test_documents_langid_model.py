"""py3langid's model unpacked into the cache folder classifies exactly as the package does."""

from __future__ import annotations

import shutil
from pathlib import Path

import py3langid
import pytest

from documents import kept_folders, langid_model

SAMPLES = [
    "Die Regierung hat in der vergangenen Woche beschlossen, die Truppen nicht zu schicken.",
    "The government decided last week that the troops would not be sent across the border.",
    "Le gouvernement a décidé la semaine dernière que les troupes ne seraient pas envoyées.",
    "Berlin, Minsk, Moskau, Warschau, Kiew, Vilnius, Riga, Tallinn, Prag, Wien",
    "Rząd zdecydował w zeszłym tygodniu, że wojska nie zostaną wysłane.",
    "ПРАВИТЕЛЬСТВО РЕШИЛО НА ПРОШЛОЙ НЕДЕЛЕ",
    "12345 — 678",
    "",
]


@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache folder with the model unpacked once for this module's tests."""
    folder = tmp_path_factory.mktemp("models")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(kept_folders, "_folders", {})
        kept_folders.keep_in(kept_folders.MODELS, folder)
        langid_model.classifier()
    return folder


@pytest.fixture(autouse=True)
def no_folder_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test sets its own folder; the process's (set by ``open_library``) comes back after."""
    monkeypatch.setattr(kept_folders, "_folders", {})


@pytest.fixture
def kept_in(models: Path) -> Path:
    kept_folders.keep_in(kept_folders.MODELS, models)
    return models


def test_the_unpacked_model_classifies_as_the_package(kept_in: Path) -> None:
    classify = langid_model.classifier()
    assert classify is not py3langid.classify
    for sample in SAMPLES:
        assert classify(sample) == py3langid.classify(sample), sample


def test_the_model_is_unpacked_once(kept_in: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def unpack(*args: object) -> None:
        raise AssertionError("the unpacked copy should be reused")

    monkeypatch.setattr(langid_model, "_unpack", unpack)
    assert langid_model.classifier()(SAMPLES[0]) == py3langid.classify(SAMPLES[0])
    assert len(list(kept_in.iterdir())) == 1  # one copy, no scratch folder left behind


def test_a_damaged_copy_is_unpacked_again(
    tmp_path: Path, models: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (copy,) = models.iterdir()

    def unpack(source: Path, target: Path) -> None:  # as the real one does, without the wait
        for path in copy.iterdir():
            shutil.copyfile(path, target / path.name)

    monkeypatch.setattr(langid_model, "_unpack", unpack)
    damaged = tmp_path / copy.name
    damaged.mkdir()
    for path in copy.iterdir():
        (damaged / path.name).write_bytes(path.read_bytes()[:100])
    kept_folders.keep_in(kept_folders.MODELS, tmp_path)
    classify = langid_model.classifier()
    assert classify is not py3langid.classify
    assert classify(SAMPLES[0]) == py3langid.classify(SAMPLES[0])
    assert sorted(path.name for path in damaged.iterdir()) == sorted(
        path.name for path in copy.iterdir()
    )
    assert all((damaged / path.name).read_bytes() == path.read_bytes() for path in copy.iterdir())


def test_a_folder_that_cannot_be_written_falls_back_to_the_package(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    kept_folders.keep_in(kept_folders.MODELS, blocked)
    assert langid_model.classifier() is py3langid.classify
