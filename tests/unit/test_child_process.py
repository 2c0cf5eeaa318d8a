"""Starting a fresh interpreter on a pickled job: a job that can't be written leaves nothing."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import pytest

from index.child_process import START_ERRORS, start_module


def test_an_unpicklable_job_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with pytest.raises(START_ERRORS):
        start_module("index.parallel", lambda: None, subprocess.DEVNULL)
    assert list(tmp_path.iterdir()) == []
