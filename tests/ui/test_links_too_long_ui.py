"""A pane whose document is too long for cross-links says so once the links are ready."""

from __future__ import annotations

import pytest

from reader import services
from reader.widgets.pane import DocumentPane
from tests.ui.links_cache import links_home, seed_cache  # noqa: F401 - fixtures


@pytest.mark.usefixtures("links_home")
async def test_the_too_long_documents_pane_says_it_has_no_links(
    make_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app()
    left, right = app.initial_documents
    assert len(right.text) < len(left.text)
    monkeypatch.setattr(services, "LINK_TEXT_LIMIT", len(left.text) - 1)
    seen = []
    async with app.run_test(size=(120, 40)) as pilot:
        app.notify = lambda message, **kwargs: seen.append(message)  # type: ignore[method-assign]
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        panes = {pane.document.id: pane for pane in app.screen.query(DocumentPane)}
        assert "no cross-links" in str(panes[left.id].border_subtitle)
        assert not panes[right.id].border_subtitle
        assert not panes[left.id].view._gutters.get("links")
    assert any(left.id in message and "Left out" in message for message in seen)
