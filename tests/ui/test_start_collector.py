"""The app resumes the garbage collector the launch paused, once its first frame is drawn.

On a stand-in for the ``gc`` module (tests/unit/test_collector.py says why): the app's own
index and discovery workers pause the real collector while they write.
"""

from __future__ import annotations

import pytest

from reader import collector
from tests.unit.test_collector import StandInCollector


async def test_first_frame_resumes_the_paused_collector(
    make_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    stand_in = StandInCollector()
    monkeypatch.setattr(collector, "gc", stand_in)
    monkeypatch.setattr(collector, "_paused", [])
    app = make_app()
    collector.pause()
    assert not stand_in.isenabled()
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(200):
            if stand_in.isenabled():
                break
            await pilot.pause()
        assert stand_in.isenabled()
