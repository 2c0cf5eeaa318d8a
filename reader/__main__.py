"""Entry point of the ``reader`` console command and ``python -m reader``."""

from __future__ import annotations

import sys

from reader.cli import main

if __name__ == "__main__":
    sys.exit(main())
