"""Snapshot tests of the main screen, wide and narrow (SVGs committed under __snapshots__)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("size", [(120, 40), (80, 24)], ids=["wide", "narrow"])
def test_main_screen(snap_compare, make_app, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(), terminal_size=size)
