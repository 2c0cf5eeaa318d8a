"""Calendar vocabulary of a language, read from Babel's CLDR data.

Month, weekday, quarter and era names, unit words (``Jahr``/``Jahre``/``Jahren``), the
relative-time phrasing (``vor {0} Jahren``, ``{0} years ago``) and the numeric date order
all come from the locale, so a new language needs no hand-written calendar lists.

Importing Babel and reading a locale cost about as much as compiling all the date rules
(some 210 million instructions, a tenth of a ``reader index`` run on a folder of articles),
so a lexicon is saved as JSON (data, never code) in the folder the application names
(:mod:`documents.kept_folders`) and read back from there while Babel's release and this
module are unchanged.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path
from typing import Any

from documents.atomic import write_cache_json
from documents.kept_folders import CALENDARS, kept_folder

_UNITS = {
    "Y": "duration-year",
    "M": "duration-month",
    "W": "duration-week",
    "D": "duration-day",
    "Q": "duration-quarter",
    "DE": "duration-decade",
    "CE": "duration-century",
    "H": "duration-hour",
    "MI": "duration-minute",
    "S": "duration-second",
}
_DELTAS = {
    "Y": dt.timedelta(days=3 * 365 + 1),
    "M": dt.timedelta(days=91),
    "W": dt.timedelta(weeks=3),
    "D": dt.timedelta(days=3),
}


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The CLDR-derived words of one language, keyed in lower case."""

    months: dict[str, int]
    """Wide and abbreviated month names, format and stand-alone, -> 1..12."""
    full_months: dict[str, int]
    """Only the wide names: the ones safe to read without a day or year."""
    weekdays: tuple[str, ...]
    units: dict[str, str]
    """Unit word in every form CLDR shows (``jahr``, ``jahre``, ``jahren``) -> unit code."""
    plural_units: frozenset[str]
    """The unit words CLDR uses for several units (``jahre``, ``jahren``, ``years``)."""
    past_pattern: tuple[str, str]
    """Words before and after the count in "n units ago" (``vor``, ``""``)."""
    future_pattern: tuple[str, str]
    quarter_word: str
    """The noun in the locale's quarter names (``Quartal``, ``quarter``)."""
    century_word: str
    eras: dict[str, bool]
    """Era names and abbreviations -> True for the common era (AD)."""
    numeric_order: str
    """Field order of the locale's short numeric date, e.g. ``DMY`` or ``MDY``."""
    numeric_separator: str


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text)


def _affixes(pattern: str) -> tuple[str, str]:
    before, _, after = pattern.partition("3")
    return before.strip(), " ".join(_words(after)[1:]) if after else ""


@cache
def lexicon(code: str) -> Lexicon:
    """The calendar vocabulary of a language (once per process): saved, or built from Babel.

    Args:
        code: A Babel locale code such as ``de`` or ``en``.
    """
    folder = kept_folder(CALENDARS)
    path = folder / f"calendar-{code}.json" if folder is not None else None
    fingerprint = _fingerprint()
    if path is not None and (saved := _saved(path, fingerprint)) is not None:
        return saved
    built = _from_babel(code)
    if path is not None:
        fields = {**asdict(built), "plural_units": sorted(built.plural_units)}
        write_cache_json(path, {"fingerprint": fingerprint, "lexicon": fields})
    return built


def _fingerprint() -> str:
    """What a saved lexicon depends on: the installed Babel (its package file: another
    release or installation is another file, found without reading package metadata, which
    would cost more than the lexicon) and this module's code."""
    import hashlib
    from importlib.util import find_spec

    spec = find_spec("babel")
    babel = Path(spec.origin).stat() if spec is not None and spec.origin else None
    installed = f"{babel.st_size}-{babel.st_mtime_ns}" if babel is not None else "unknown"
    code = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
    return f"babel-{installed}/{code}"


def _saved(path: Path, fingerprint: str) -> Lexicon | None:
    """The lexicon saved at ``path``, or None when missing, outdated or not one."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data["fingerprint"] != fingerprint:
            return None
        fields: dict[str, Any] = data["lexicon"]
        return Lexicon(
            **{
                **fields,
                "weekdays": tuple(fields["weekdays"]),
                "plural_units": frozenset(fields["plural_units"]),
                "past_pattern": tuple(fields["past_pattern"]),
                "future_pattern": tuple(fields["future_pattern"]),
            }
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _from_babel(code: str) -> Lexicon:
    """Build the calendar vocabulary from Babel's locale data."""
    from babel import Locale
    from babel.dates import format_timedelta, get_day_names, get_era_names, get_month_names
    from babel.units import format_unit

    locale = Locale.parse(code)
    months: dict[str, int] = {}
    for width in ("abbreviated", "wide"):
        for context in ("format", "stand-alone"):
            for number, name in get_month_names(width, context, locale).items():
                months[name.lower().rstrip(".")] = number
    full = {n.lower(): i for i, n in get_month_names("wide", "format", locale).items()}
    units: dict[str, str] = {}
    plurals: set[str] = set()
    singulars: set[str] = set()
    for unit, key in _UNITS.items():
        for count in (1, 3):
            for word in _words(format_unit(count, key, length="long", locale=locale)):
                units[word.lower()] = unit
                (plurals if count > 1 else singulars).add(word.lower())
        if unit in _DELTAS:
            for sign in (1, -1):
                phrase = format_timedelta(
                    sign * _DELTAS[unit], add_direction=True, threshold=1.0, locale=locale
                )
                tail = _words(phrase.split("3", 1)[1])
                if tail:
                    units[tail[0].lower()] = unit
                    plurals.add(tail[0].lower())
    past = format_timedelta(-_DELTAS["Y"], add_direction=True, threshold=1.0, locale=locale)
    future = format_timedelta(_DELTAS["Y"], add_direction=True, threshold=1.0, locale=locale)
    eras = {
        name.lower(): bool(index)
        for width in ("wide", "abbreviated")
        for index, name in get_era_names(width, locale=locale).items()
    }
    short = locale.date_formats["short"].pattern
    order = "".join(dict.fromkeys(c for c in short.upper() if c in "DMY"))
    separator = next((c for c in short if not c.isalpha()), ".")
    return Lexicon(
        months=months,
        full_months=full,
        weekdays=tuple(get_day_names("wide", "format", locale).values()),
        units=units,
        plural_units=frozenset(plurals - singulars),
        past_pattern=_affixes(past),
        future_pattern=_affixes(future),
        quarter_word=_words(locale.quarters["format"]["wide"][1])[-1],
        century_word=_words(format_unit(1, _UNITS["CE"], length="long", locale=locale))[0],
        eras=eras,
        numeric_order=order,
        numeric_separator=separator,
    )
