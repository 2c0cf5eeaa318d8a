"""The package installs on its own: a wheel of the project, in a fresh virtual environment.

The wheel is built from a copy of the tracked files (so nothing outside them can leak in) and
installed without the network: the fresh environment sees this environment's dependencies
through a ``.pth`` line, but not its editable install of the project, whose hook only runs
from a real site directory. Then the installed ``reader`` must run from an unrelated folder.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.e2e


def _tracked_copy(dest: Path) -> None:
    files = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, check=True, capture_output=True
    ).stdout.split(b"\0")
    for name in filter(None, files):
        source = ROOT / name.decode()
        if source.is_file():
            target = dest / name.decode()
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(source.read_bytes())


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ``bin`` folder of a fresh environment holding only the wheel."""
    work = tmp_path_factory.mktemp("wheel")
    _tracked_copy(work / "src")
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(work / "dist"), "."],
        cwd=work / "src", check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    (wheel,) = (work / "dist").glob("reader_companion-*.whl")
    env_dir = work / "env"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    site = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    (Path(site) / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [*pip, "--python", str(python), "install", "--no-deps", "--no-index", str(wheel)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    return env_dir / "bin"


def _reader(bin_dir: Path, home: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "READER_HOME": str(home), "PYTHONPATH": ""}
    return subprocess.run(
        [bin_dir / "reader", *argv], cwd=home.parent, env=env,
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def test_the_installed_reader_is_the_wheel(installed: Path, tmp_path: Path) -> None:
    code = (
        "import reader, documents.catalog as c, glossary.entities as g, index.decompound as d;"
        "from reader.i18n import translations; import gettext;"
        "print(reader.__file__); print(c.SEEDS_DIR);"
        "print(isinstance(translations('de'), gettext.GNUTranslations));"
        "from pathlib import Path; print((Path(reader.__file__).parent / 'app.tcss').is_file());"
        "print(g.BUNDLED_PATH.is_file(), d._SHORT_PARTS.is_file())"
    )
    done = subprocess.run(
        [installed / "python", "-c", code], cwd=tmp_path, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    module, seeds, german, css, data = done.stdout.splitlines()
    assert module.startswith(str(installed.parent)) and seeds.startswith(str(installed.parent))
    assert (german, css, data) == ("True", "True", "True True")


def test_docs_search_and_glossary_run_from_the_wheel(installed: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    docs = _reader(installed, home, "docs", "--json")
    assert docs.returncode == 0, docs.stderr
    assert {row["id"] for row in json.loads(docs.stdout)} == {
        "swp-belarus-2023",
        "rs-belarus-2024",
    }
    search = _reader(installed, home, "search", "Manöver", "--limit", "3", "--json")
    assert search.returncode == 0, search.stderr
    assert json.loads(search.stdout)
    glossary = _reader(installed, home, "glossary", "Sapad", "--json")
    assert glossary.returncode == 0, glossary.stderr
    assert "Sapad" in glossary.stdout
