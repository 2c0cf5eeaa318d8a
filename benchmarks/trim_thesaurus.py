"""Build ``glossary/data/openthesaurus-de.tsv`` from an OpenThesaurus text dump.

The dump (``openthesaurus.txt``, "German Thesaurus in text format", LGPL 2.1, from the
OpenThesaurus project's downloads) has one synonym set a line, words separated by ``;`` and
usage notes in parentheses ("abdüsen (ugs.)", "(militärische) Übung (Hauptform)"). Cross-links
meet synonyms between nouns only (verbs and adjectives have too many senses), so the shipped file
keeps each set's single nouns (words with a capital) with the notes removed, and only sets that
keep at least two, as a sorted index of word keys (``glossary.synonyms.index_lines``: a word's
sets are then found by bisection without parsing the file). The licence header goes along.

Run ``python benchmarks/trim_thesaurus.py path/to/openthesaurus.txt``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from glossary.synonyms import DATA, index_lines  # noqa: E402

_NOTE = re.compile(r"\([^)]*\)")
_SINGLE_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def trimmed(lines: list[str]) -> list[str]:
    """The licence header as it is, then the index of each set's single nouns (at least two)."""
    header = [line for line in lines if line.startswith("#")]
    header.append(
        "# Trimmed for the reading companion: single nouns only, usage notes removed, as an index"
        " of word keys: key<TAB>set:size … (benchmarks/trim_thesaurus.py)."
    )
    sets = []
    for line in lines:
        if line.startswith("#"):
            continue
        words: list[str] = []
        for entry in line.split(";"):
            word = _NOTE.sub("", entry).strip()
            if _SINGLE_WORD.fullmatch(word) and word[0].isupper() and word not in words:
                words.append(word)
        if len(words) >= 2:
            sets.append(";".join(words))
    return header + index_lines(sets)


def main() -> None:
    source = Path(sys.argv[1])
    lines = source.read_text(encoding="utf-8").splitlines()
    result = trimmed(lines)
    DATA.write_text("\n".join(result) + "\n", encoding="utf-8")
    print(f"{DATA}: {len(result)} lines")


if __name__ == "__main__":
    main()
