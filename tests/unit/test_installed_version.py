"""The release read from a package's dist-info folder is the one importlib.metadata reports."""

from __future__ import annotations

from importlib.metadata import version

import pytest

from index.installed import installed_version


@pytest.mark.parametrize("name", ["wordfreq", "whoosh", "babel"])
def test_release_is_the_one_package_metadata_reports(name: str) -> None:
    assert installed_version(name) == version(name)


def test_a_package_not_installed_is_unknown() -> None:
    assert installed_version("no_such_package_here") == "unknown"
