"""Build ``glossary/data/german-nouns.tsv`` from german-nouns' ``nouns.csv``.

german-nouns 1.2.5 (Gregor Weichbrodt; CC BY-SA 4.0, data of the German Wiktionary) lists about
100,000 German nouns, each row a lemma with its part-of-speech tags (``Substantiv``,
``Toponym``, ``Vorname``, ``Nachname``, ``Eigenname``, ``Abkürzung`` ...), its gender(s) and its
forms in the four cases, singular and plural. The package itself cannot be installed beside the
project: its code needs an old lxml for parsing Wiktionary dumps, and the project reads only the
data. The shipped file keeps, for every form as written, the rows it is a form of: lemma,
genders, tags and number, as a sorted index (:mod:`glossary.key_index`).

Run ``python benchmarks/trim_nouns.py german_nouns/nouns.csv`` on the file of the unpacked wheel
(``pip download --no-deps german-nouns==1.2.5``).
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from glossary.key_index import index_text  # noqa: E402
from glossary.noun_lexicon import DATA, FIELD, NAME_TAGS, ORDINARY, RECORD, TAGS, lemma_change  # noqa: E402

HEADER = [
    "# German nouns and their forms from the German Wiktionary, as listed by german-nouns 1.2.5",
    "# (Gregor Weichbrodt); Wiktionary contributors, licensed CC BY-SA 4.0 (german-nouns.LICENSE).",
    "# Trimmed for the reading companion (benchmarks/trim_nouns.py): one line per form as written,",
    "# form<TAB>change|genders|tags|number;... (glossary/noun_lexicon.py reads it): the lemma as",
    "# letters cut from the form and letters added; tags N ordinary noun, T toponym, V given name,",
    "# L surname, E other proper name, S street, A abbreviation, W phrase, J adjectival noun;",
    "# number s singular, p plural, sp both; N and s are left out.",
]
_GENUS = ("genus", "genus 1", "genus 2", "genus 3", "genus 4")
_CASES = ("nominativ", "genitiv", "dativ", "akkusativ")


def _tags(pos: str) -> str:
    """The shipped tags of a row's part-of-speech field, in :data:`TAGS` order, after ``N`` when
    the row names no name."""
    parts = set(pos.split(","))
    codes = "".join(code for code, name in TAGS.items() if name in parts)
    return codes if not NAME_TAGS.isdisjoint(codes) else ORDINARY + codes


def records(rows: Iterator[dict[str, str]]) -> Iterator[tuple[str, str]]:
    """``(form, record)`` for every form of every row."""
    for row in rows:
        lemma = row["lemma"].strip()
        if not lemma or FIELD in lemma or RECORD in lemma or "\t" in lemma:
            continue
        genders = "".join(sorted({row[key] for key in _GENUS if row.get(key)} & {"m", "f", "n"}))
        numbers: dict[str, set[str]] = {lemma: set()}
        for column, form in row.items():
            if not form or column is None or not column.startswith(_CASES):
                continue
            number = "p" if " plural" in column else "s"
            numbers.setdefault(form.strip(), set()).add(number)
        tags = _tags(row["pos"])
        for form, found in numbers.items():
            if form and FIELD not in form and RECORD not in form and "\t" not in form:
                number = "".join(sorted(found, reverse=True)) or "s"
                fields = [lemma_change(form, lemma), genders, "" if tags == ORDINARY else tags]
                fields.append("" if number == "s" else number)
                yield form, FIELD.join(fields).rstrip(FIELD)


def main() -> None:
    with open(sys.argv[1], encoding="utf-8", newline="") as source:
        found: dict[str, list[str]] = {}
        for form, record in records(csv.DictReader(source)):
            if record not in found.setdefault(form, []):
                found[form].append(record)
    lines = HEADER + index_text((form, RECORD.join(kept)) for form, kept in found.items())
    DATA.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{DATA}: {len(lines)} lines")


if __name__ == "__main__":
    main()
