"""Jobs for the tests of ``reader.offload``: module-level, so a child process imports them."""

from __future__ import annotations

import os
import time
from collections.abc import Callable


def counted(items: list[str], progress: Callable[[object], None]) -> list[str]:
    """Report each item, then return them sorted."""
    for number, _ in enumerate(items, 1):
        progress(number)
    return sorted(items)


def failing(progress: Callable[[object], None]) -> None:
    raise ValueError("no such page\nsecond line")


def dying(progress: Callable[[object], None]) -> None:
    print("lost its way")
    os._exit(3)


def waiting(progress: Callable[[object], None]) -> None:
    """Report, then wait for the parent to end this process."""
    progress("started")
    while True:
        time.sleep(0.05)
