"""Build ``glossary/data/wordnet-en.tsv`` from the WordNet 3.0 database files.

The source is WordNet's ``dict`` folder (``index.noun`` and ``data.noun``; Debian's
``wordnet-base`` package installs it as ``/usr/share/wordnet``; Princeton University, WordNet
3.0 licence, which the shipped file's header repeats). Cross-links meet English synonyms between
nouns only, as the German thesaurus does, and only in the senses a reader would think of first:
WordNet lists every sense of a word, most frequent first ("drill" is a tool before it is a
practice session, "second" a unit of time before a moment), and a rare sense joins words that
a text hardly ever means alike. So a synonym set keeps each of its single words for which it
is among the word's first ``SENSES`` senses, and only sets that keep at least two words, as a
sorted index of word keys (``glossary.synonyms.index_lines``, the German thesaurus's format).

Run ``python benchmarks/trim_wordnet.py [/usr/share/wordnet]``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from glossary.synonyms import ENGLISH_DATA, index_lines  # noqa: E402

SENSES = 2
"""How many of a word's most frequent senses may join it to other words."""

_WORD = re.compile(r"[a-z]+")
"""A single word in lower case (no phrase, hyphen, digit or name)."""

HEADER = [
    "# English noun synonym sets from WordNet 3.0, Copyright 2006 by Princeton University.",
    "# All rights reserved. Permission to use, copy, modify and distribute this database for any",
    "# purpose and without fee or royalty is granted under the WordNet 3.0 licence",
    "# (wordnet-en.LICENSE), which includes the disclaimer: THIS SOFTWARE AND DATABASE IS",
    '# PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES.',
    "# Trimmed for the reading companion: single nouns, each in the sets of its first two senses,",
    "# as an index of word keys: key<TAB>set:size … (benchmarks/trim_wordnet.py).",
]


def first_senses(index_lines_: list[str]) -> dict[str, set[str]]:
    """The synset offsets of each lemma's first :data:`SENSES` senses (``index.noun``: lemma,
    part of speech, count of senses, …, then the offsets most frequent first)."""
    found: dict[str, set[str]] = {}
    for line in index_lines_:
        if line.startswith(" "):
            continue
        fields = line.split()
        senses = int(fields[2])
        found[fields[0]] = set(fields[len(fields) - senses :][:SENSES])
    return found


def synonym_sets(data_lines: list[str], senses: dict[str, set[str]]) -> list[str]:
    """The sets of ``data.noun`` (offset, file, type, count of words in hex, words …), each
    with its single words whose first senses it is among, written one a line (``;``)."""
    sets = []
    for line in data_lines:
        if line.startswith(" "):
            continue
        fields = line.split()
        offset, count = fields[0], int(fields[3], 16)
        words = [fields[4 + 2 * i].lower() for i in range(count)]
        kept = [w for w in dict.fromkeys(words) if _WORD.fullmatch(w) and offset in senses[w]]
        if len(kept) >= 2:
            sets.append(";".join(kept))
    return sets


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    senses = first_senses((folder / "index.noun").read_text(encoding="latin-1").splitlines())
    data = (folder / "data.noun").read_text(encoding="latin-1").splitlines()
    result = HEADER + index_lines(synonym_sets(data, senses))
    ENGLISH_DATA.write_text("\n".join(result) + "\n", encoding="utf-8")
    print(f"{ENGLISH_DATA}: {len(result)} lines")


if __name__ == "__main__":
    main()
