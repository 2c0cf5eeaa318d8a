"""The launch pauses Python's cyclic garbage collector until the first frame, and only its own
pause is undone."""

from __future__ import annotations

import gc

from reader import collector


def test_resume_undoes_only_its_own_pause() -> None:
    try:
        collector.pause()
        assert not gc.isenabled()
        collector.resume()
        assert gc.isenabled()
        gc.disable()
        collector.resume()
        assert not gc.isenabled(), "a pause that is not the collector module's stands"
    finally:
        gc.enable()


def test_pause_when_already_disabled_leaves_it_to_the_caller() -> None:
    gc.disable()
    try:
        collector.pause()
        collector.resume()
        assert not gc.isenabled()
    finally:
        gc.enable()
