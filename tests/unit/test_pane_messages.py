"""A pane's messages name the pane as their control, so handlers can select by its id
(``@on(DocumentPane.DocumentShown, "#left")``)."""

from __future__ import annotations

from typing import Any, cast

from reader.widgets.pane import DocumentPane


def test_each_pane_message_has_the_pane_as_control() -> None:
    pane = cast(Any, object())
    assert DocumentPane.DocumentShown(pane).control is pane
    assert DocumentPane.Mounted(pane).control is pane
