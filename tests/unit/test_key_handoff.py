"""The book of keys handed out: a key waits while an earlier one is on its way."""

from __future__ import annotations

import pytest
from textual import events
from textual.widget import Widget

from reader import key_handoff
from reader.key_handoff import GIVE_UP, KeyHandoff


def key(name: str) -> events.Key:
    return events.Key(name, name)


def test_a_key_waits_for_the_one_before_and_keeps_its_order() -> None:
    handoff, widget = KeyHandoff(), Widget()
    first, second, third = key("a"), key("backspace"), key("c")
    assert not handoff.hold(first)
    handoff.handed(first, widget)
    assert handoff.hold(second) and handoff.hold(third)
    assert handoff.next_held() is None  # `a` is still on its way
    handoff.ended(first)
    assert handoff.next_held() is second
    handoff.handed(second, widget)
    assert handoff.next_held() is None
    handoff.ended(second)
    assert handoff.next_held() is third and not handoff.holding


def test_a_key_lost_on_the_way_holds_the_others_for_a_second_at_most(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    now = [100.0]
    monkeypatch.setattr(key_handoff.time, "monotonic", lambda: now[0])
    handoff = KeyHandoff()
    lost, waiting = key("x"), key("y")
    handoff.handed(lost, Widget())
    assert handoff.hold(waiting)
    now[0] += GIVE_UP / 2
    assert handoff.next_held() is None
    now[0] += GIVE_UP
    assert handoff.next_held() is waiting


def test_a_key_back_after_focus_moved_is_copied_for_the_new_focus() -> None:
    handoff, pane, query = KeyHandoff(), Widget(), Widget()
    typed = key("M")
    handoff.handed(typed, pane)
    assert handoff.pass_on(typed, pane) is None  # focus stayed: its bindings run
    copy = handoff.pass_on(typed, query)
    assert copy is not None and copy is not typed and copy.key == "M"
