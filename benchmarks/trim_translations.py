"""Build ``glossary/data/wiktionary-de-en.tsv`` from de-wiktionary-parser's translations.

The sources are ``de_noun_translations.json`` and ``de_adj_translations.json`` (in ``data/*.zip``
of Károly Varasdi's de-wiktionary-parser, generated from the German Wiktionary dump of 1 July 2018;
CC BY-SA 3.0 like Wiktionary): for each German noun or adjective, its usages and their English
translations. Cross-links compare words as keys, so the shipped file keeps the translations of
single German words that are one English word or a phrase of two or three content words ("supply
chain", "rainy season"; stop words in it dropped, each word as its lemma key, joined by
``glossary.translations.phrase_key``), notes in brackets removed and a leading "the" dropped,
keyed as ``glossary.word_keys`` keys, as a sorted index both ways
(``glossary.translations.index_lines``).

Run ``python benchmarks/trim_translations.py de_noun_translations.json de_adj_translations.json``.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from glossary.translations import DATA, PHRASE_SIZES, index_lines, phrase_key  # noqa: E402
from glossary.word_keys import word_key  # noqa: E402
from glossary.wording import content_words  # noqa: E402

_NOTE = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_SINGLE_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_PHRASE = re.compile(r"[^\W\d_]+(?:[-' ][^\W\d_]+){1,4}")
HEADER = [
    "# English translations of German nouns and adjectives from the German Wiktionary",
    "# (dump of 1 July 2018), as extracted by de-wiktionary-parser (Károly Varasdi);",
    "# Wiktionary contributors, licensed CC BY-SA 3.0 (wiktionary-de-en.LICENSE). Trimmed for the",
    "# reading companion to single words and English phrases of two or three content words",
    "# (keys joined by _), as a sorted index of word keys both ways:",
    "# de:key<TAB>english … / en:key<TAB>german … (benchmarks/trim_translations.py).",
]


def _leaves(tree: object) -> Iterator[str]:
    """The strings under a nested dict of lists."""
    if isinstance(tree, list):
        yield from (item for item in tree if isinstance(item, str))
    elif isinstance(tree, dict):
        for value in tree.values():
            yield from _leaves(value)


def english_key(english: str) -> str | None:
    """The key of an English translation: a single word's key, or the phrase key of two or
    three content words; ``None`` for anything else."""
    if _SINGLE_WORD.fullmatch(english):
        return word_key(english)
    if not _PHRASE.fullmatch(english):
        return None
    keys = [word.key for word in content_words(english, "en")]
    return phrase_key(keys) if len(keys) in PHRASE_SIZES else None


def pairs(entries: dict[str, dict]) -> Iterator[tuple[str, str]]:
    """``(german key, english key)`` for every translation of a single word into one English
    word or a short phrase."""
    for noun, usages in entries.items():
        if not _SINGLE_WORD.fullmatch(noun):
            continue
        for usage in usages.values():
            for english in _leaves(usage.get("translations", {}).get("en", {})):
                english = _NOTE.sub("", english).strip()
                english = english[4:] if english.lower().startswith("the ") else english
                if key := english_key(english):
                    yield word_key(noun), key


def main() -> None:
    found = []
    for source in sys.argv[1:]:
        found += pairs(json.loads(Path(source).read_text(encoding="utf-8")))
    lines = HEADER + index_lines(found)
    DATA.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{DATA}: {len(lines)} lines")


if __name__ == "__main__":
    main()
