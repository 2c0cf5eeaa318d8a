"""The launch pauses Python's cyclic garbage collector until the first frame, and only its own
pause is undone.

The checks run on a stand-in for the ``gc`` module: the real collector is one switch for the
whole process, and other tests' worker threads may hold it paused at any moment (the index
and name discovery pause it while they write), so its state is no place to read this module's
bookkeeping from.
"""

from __future__ import annotations

import pytest

from reader import collector


class StandInCollector:
    """The part of the ``gc`` module that ``reader.collector`` uses."""

    def __init__(self) -> None:
        self.enabled = True

    def isenabled(self) -> bool:
        return self.enabled

    def enable(self) -> None:
        self.enabled = True

    def disable(self) -> None:
        self.enabled = False


@pytest.fixture
def gc(monkeypatch: pytest.MonkeyPatch) -> StandInCollector:
    stand_in = StandInCollector()
    monkeypatch.setattr(collector, "gc", stand_in)
    monkeypatch.setattr(collector, "_paused", [])
    return stand_in


def test_resume_undoes_only_its_own_pause(gc: StandInCollector) -> None:
    collector.pause()
    assert not gc.isenabled()
    collector.resume()
    assert gc.isenabled()
    gc.disable()
    collector.resume()
    assert not gc.isenabled(), "a pause that is not the collector module's stands"


def test_pause_when_already_disabled_leaves_it_to_the_caller(gc: StandInCollector) -> None:
    gc.disable()
    collector.pause()
    collector.resume()
    assert not gc.isenabled()
