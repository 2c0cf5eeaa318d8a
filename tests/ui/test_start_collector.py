"""The app resumes the garbage collector the launch paused, once its first frame is drawn."""

from __future__ import annotations

import gc

from reader import collector


async def test_first_frame_resumes_the_paused_collector(make_app) -> None:
    app = make_app()
    collector.pause()
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            for _ in range(200):
                if gc.isenabled():
                    break
                await pilot.pause()
            assert gc.isenabled()
    finally:
        collector.resume()
        gc.enable()
