"""A fresh Python interpreter that runs one of the project's modules on a pickled job.

Both the index build's helper and the app's offloaded heavy jobs start a child this way, not
by forking (unsafe beside threads, unavailable on some systems) nor with multiprocessing's
"spawn" (which re-runs the caller's main module): the job goes through a temporary file and
the child finds the project's packages wherever they are installed or checked out.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import IO

PACKAGES_ROOT = str(Path(__file__).resolve().parents[1])
"""Where ``reader``, ``documents``, ``index`` and ``glossary`` are, for the child's imports."""

START_ERRORS = (OSError, pickle.PicklingError, AttributeError, TypeError)
"""What ``start_module`` raises when the job can't be written or the child can't start."""


def start_module(
    module: str, job: object, stderr: int | IO[bytes]
) -> tuple[Path, subprocess.Popen[bytes]]:
    """``python -m module JOB_FILE`` with ``job`` pickled into ``JOB_FILE``; the file (the
    caller removes it once the child has read it) and the child, whose standard output is a
    pipe. Raises one of ``START_ERRORS``, leaving no file behind."""
    with tempfile.NamedTemporaryFile("wb", suffix=".pickle", delete=False) as file:
        job_file = Path(file.name)
        try:
            pickle.dump(job, file, protocol=pickle.HIGHEST_PROTOCOL)
        except BaseException:
            file.close()
            job_file.unlink(missing_ok=True)
            raise
    python_path = os.pathsep.join(filter(None, [PACKAGES_ROOT, os.environ.get("PYTHONPATH")]))
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", module, str(job_file)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=stderr,
            env={**os.environ, "PYTHONPATH": python_path},
        )
    except BaseException:
        job_file.unlink(missing_ok=True)
        raise
    return job_file, process
