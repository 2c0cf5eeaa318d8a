"""Textual's terminal driver, plus an end when the terminal goes away.

Closing a terminal window, or losing an ssh connection, hangs up the app's tty: the kernel
sends SIGHUP to the session's leader only, and every later read of the tty returns
end-of-file at once. Textual's input thread reads again whenever the tty is readable, so an
app that never receives the SIGHUP spins on that end-of-file at 60-75 % of a core for ever
(upstream: Textualize/textual#6690, open). That happens behind ``make run`` in a window of its
own: make is the session leader and, on SIGHUP, waits for its child.

So the driver ends the app the way ``q`` does (positions and settings saved, notes are
already on disk) on SIGHUP and SIGTERM, and when the tty itself reports the hang-up: an
epoll set that watches the input only for hang-ups and errors (it never reads, so typing
never wakes it) sits in the app's event loop. Once the tty is gone, nothing more is written to
it: a write would fail, and Textual's writer thread would stop, leaving the app to wait on it.
"""

from __future__ import annotations

import asyncio
import select
import signal

from textual.drivers.linux_driver import LinuxDriver
from textual.message import Message

END_SIGNALS = (signal.SIGHUP, signal.SIGTERM)
"""Signals that ask the app to end: its terminal hung up, or someone (make, kill) stops it."""


class TerminalGone(Message):
    """The terminal hung up or the app was told to end; the app exits as it does on ``q``."""


class TerminalDriver(LinuxDriver):
    """Textual's Linux/macOS driver that notices when its terminal goes away."""

    _hang_ups: select.epoll | None = None
    """Reports the input's hang-up (Linux only: elsewhere SIGHUP alone ends the app)."""
    _gone = False
    """The tty hung up: the app's last frames go nowhere."""

    def start_application_mode(self) -> None:
        super().start_application_mode()
        loop = asyncio.get_running_loop()
        for end_signal in END_SIGNALS:
            loop.add_signal_handler(end_signal, self._end)
        if self._hang_ups is None and hasattr(select, "epoll"):
            hang_ups = select.epoll()
            try:
                hang_ups.register(self.fileno, 0)  # hang-ups and errors are always reported
            except OSError:  # input that cannot be watched (a file): the signals remain
                hang_ups.close()
            else:
                self._hang_ups = hang_ups
                loop.add_reader(hang_ups.fileno(), self._end)

    def _end(self) -> None:
        """Stop writing if the tty is gone, and ask the app to end (once is enough)."""
        if self._hang_ups is not None:
            self._gone = self._gone or bool(self._hang_ups.poll(0))
            asyncio.get_running_loop().remove_reader(self._hang_ups.fileno())
        self.send_message(TerminalGone())

    def write(self, data: str) -> None:
        if not self._gone:
            super().write(data)

    def close(self) -> None:
        loop = asyncio.get_running_loop()
        for end_signal in END_SIGNALS:
            loop.remove_signal_handler(end_signal)
        if self._hang_ups is not None:
            loop.remove_reader(self._hang_ups.fileno())
            self._hang_ups.close()
        super().close()
