"""Opening the index does not compile Whoosh's English morphology; its variations, when
asked for, are Whoosh's own."""

from __future__ import annotations

import subprocess
import sys

import pytest

PROBE = """
import sys
import index
from whoosh import query
morphology = sys.modules["whoosh.lang.morph_en"]
from index.lazy_morphology import variations
print(hasattr(morphology, "_partitions"), query.terms.variations is variations)
"""


def test_importing_the_index_leaves_the_morphology_rules_uncompiled() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False True"


@pytest.mark.parametrize("word", ["pull", "rendering", "ponies", "children", "happily", "x"])
def test_the_stand_in_gives_whoosh_s_own_variations(word: str) -> None:
    import importlib.util

    from index.lazy_morphology import MODULE, variations

    spec = importlib.util.find_spec("whoosh.lang")
    assert spec is not None and spec.submodule_search_locations is not None
    real = importlib.util.spec_from_file_location(
        "morph_en_for_test", f"{spec.submodule_search_locations[0]}/morph_en.py"
    )
    assert real is not None and real.loader is not None
    module = importlib.util.module_from_spec(real)
    real.loader.exec_module(module)
    assert sorted(variations(word)) == sorted(module.variations(word))
    assert MODULE == "whoosh.lang.morph_en"
