"""The date tagger: temporal expressions of a text, normalised TIMEX3-style.

``tag`` finds dates, durations, sets and present/past/future references and gives each a
TIMEX3 value (``2022-02``, ``2021-SU``, ``2023-Q3``, ``199``, ``P3Y``, ``PRESENT_REF``), a
``mod`` (``START``, ``MID``, ``END``, ``BEFORE``, ``AFTER``, ``APPROX``; durations also
``MORE_THAN``/``LESS_THAN``) and a type (``DATE``, ``DURATION``, ``SET``).

Decisions worth knowing:

- Extents follow TimeML: signals (``seit``, ``bis zum``, ``ab``, ``im``, ``am``, ``since``)
  stay outside and are kept in ``Timex.signal``, and still set the mod (``seit 1994`` is
  ``1994`` with ``AFTER``); position and approximation words are inside (``Ende Februar``,
  ``etwa 1500``); ``vor`` meaning "ago" is part of ``vor drei Jahren``.
- ``seit drei Jahren`` is a ``DURATION`` ``P3Y`` (extent ``drei Jahren``) without mod;
  ``seit über einem Jahrzehnt`` is ``P10Y`` with ``MORE_THAN``. ``vor drei Jahren`` is the
  anchor's year minus three, mod ``APPROX``; ``vor einigen Jahren`` is ``PAST_REF``.
- Durations also come as words (``jahrelang`` PXY, ``sechstägigen`` P6D, ``über
  Jahrzehnte`` PXDE) and in clock units (``drei Minuten`` PT3M); ``jährlich(e)``, ``pro
  Jahr``, ``jeden Sommer`` are sets.
- Dates counted from the passage's own date are resolved against it, not against the
  document date: ``zwei Wochen später``, ``im Jahr darauf``, ``am folgenden Morgen``,
  ``noch am selben Abend``, ``um fünf Uhr morgens`` (see ``glossary.timex_resolve``).
- A vague count of days or hours from there (``wenige Tage später``, ``binnen weniger
  Tage``, ``a few hours later``) keeps its TIMEX3 value (``FUTURE_REF``, ``PXD``) and is
  placed near the passage's day in ``Timex.near`` (its week, its day); ``Ende der Woche``
  and ``the end of the month`` are the passage's week or month with ``END``.
- Years in lists and ranges (``1563, 1593 und 1603``, ``1623-25``, ``(865–915)``) are each
  a date; ``478/477 v. Chr.`` is one BC date; decades ``1970ern``/``880er``, centuries in
  coordination (``16. und 17. Jahrhundert``).
- Feasts on a fixed day (``Weihnachten 1914``, ``Christmas Day``) are dates; without a
  year they need a preposition, like a bare month.
- ``damals`` is ``PAST_REF``, ``bald``/``soon`` ``FUTURE_REF`` (not ``bald darauf``);
  vague references followed by a genitive (``in den letzten Jahren der Apartheid``) are
  not references. Month words in event names (``Februarrevolution``, ``Mai-Majewski``,
  ``River of May``) and adjectives in names (``Dreißigjähriger Krieg``) are not dates.
- ``in den ersten neun Monaten des Jahres 2023`` is ``2023`` (three or six months give
  ``2023-Q1``/``2023-H1``; one or two give the year with ``START``).
- ``heute``, ``derzeit``, ``gegenwärtig``, ``aktuell``, ``zurzeit``, ``jetzt``, ``bis heute``
  ("to this day", extent ``heute``) are ``PRESENT_REF`` without mod; ``nun``/``now`` are
  not tagged (mostly a narrative connective in past tense); adjectives (``derzeitige``) are
  not tagged either.
- ``seit``/``ab``/``nach``/``since``/``after`` give ``AFTER``, ``bis``/``vor``/``by``/
  ``until``/``before`` give ``BEFORE``, except ``bis`` ending a range (``März bis Mai``).
- Bare four-digit numbers are years unless a unit, a page or item word or another number
  shows a count (``30.000 Soldaten``, ``2000 Euro``, ``S. 2013``); before a plural noun only
  a round number or one of coordinated counts is a count (``in 2000 Dörfer``, ``1999 Aktien
  und 2000 Anleihen``), not ``präsentierte 2009 Beweise``.
- ``in diesem Jahr``, ``im Vorjahr`` and ``Ende des Jahres`` take the passage's year;
  ``letztes Jahr`` and ``vor drei Jahren`` are relative to the anchor.
- A year in a name (``Sapad-2021``) spans the whole name so the glossary can attach it.
- How year-less dates get their year is documented in ``glossary.timex_resolve``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from glossary import timex_values
from glossary.timex_candidate import Candidate
from glossary.timex_entries import anchors_along, date_today, entry_anchors
from glossary.timex_resolve import (
    anchored_value,
    counts_in_story,
    quotes_of_the_report,
    resolve_years,
    share_coordinated_years,
)
from glossary.timex_rules import rules_for
from glossary.timex_scan import scan
from glossary.timex_values import date_value, parse_anchor

__all__ = ["Timex", "sort_key", "tag", "tag_spans"]


@dataclass(frozen=True, slots=True)
class Timex:
    """One normalised temporal expression; offsets are half-open into the tagged string."""

    start: int
    end: int
    text: str
    value: str
    """TIMEX3 value: ``2022-02-24``, ``2021-SU``, ``199``, ``P3Y``, ``PRESENT_REF`` ..."""
    type: str
    """``DATE``, ``DURATION`` or ``SET``."""
    mod: str | None
    language: str
    anchor: str | None = None
    """The document date that references and relative phrases were resolved against."""
    narrative: bool = True
    """Whether it states the time the passage is at (not a flashback, attribute or name)."""
    signal: str | None = None
    """The TimeML signal before it (``seit``, ``bis``, ``since``), kept outside the extent."""
    range_end: str | None = None
    """For the start of a range (``vom 6. bis 15. September``, ``1914–1918``): the value of
    its end, which is the next expression."""
    near: str | None = None
    """Where a vague count of days or hours from the passage's time falls, a date value that
    TIMEX3's own value (``FUTURE_REF``, ``PXD``) cannot give: "wenige Tage später", "binnen
    weniger Tage" after 23 March 2021 are near ``2021-W12``, "a few hours later" that day."""

    def placed(self) -> Timex | None:
        """The expression as the approximate date it falls on (:attr:`near`), or None."""
        if self.near is None:
            return None
        return replace(self, value=self.near, type="DATE", mod="APPROX", near=None)

    def interval(self) -> tuple[dt.date, dt.date] | None:
        """The inclusive day range covered; ``None`` for durations, sets and vague refs."""
        if self.type != "DATE":
            return None
        return timex_values.interval(self.value, self.anchor)

    def precision(self) -> str:
        """``day``, ``month``, ``season``, ``quarter``, ``half``, ``year``, ``decade``,
        ``century``, ``ref`` or ``duration`` (sets count as durations)."""
        return timex_values.precision(self.value)


def sort_key(value: str) -> tuple[int, int, int, str]:
    """Chronological ordering key of a value: dates first, then refs, then durations."""
    return timex_values.sort_key(value)


def tag(text: str, language: str = "de", anchor: str | None = None) -> list[Timex]:
    """Find and normalise the temporal expressions of ``text``.

    Args:
        text: Cleaned text (line breaks inside paragraphs are tolerated).
        language: The text's language; languages without a word table give no tags.
        anchor: The document's publication date, ``YYYY``, ``YYYY-MM-DD`` or
            ``YYYY-MM-DDThh:mm``; resolves ``heute``, ``vor drei Jahren`` and, as a last
            resort, year-less dates.

    Returns:
        The expressions in text order.
    """
    rules = rules_for(language)
    if rules is None or not text:
        return []
    parsed = parse_anchor(anchor)
    candidates = scan(rules, text)
    share_coordinated_years(text, rules, candidates)
    resolve_years(text, rules, candidates, parsed)
    quotes_of_the_report(candidates, parsed)
    counts_in_story(text, candidates, parsed)
    entries = entry_anchors(text, candidates, parsed)
    found = []
    for cand, local in zip(candidates, anchors_along(entries, candidates, parsed), strict=True):
        if local is not None:
            date_today(text, rules, cand, local, written=local is parsed)
        found.append(_timex(text, cand, rules.words.code, anchor, local))
    for index, cand in enumerate(candidates[:-1]):
        after = candidates[index + 1]
        if "range_next" in cand.extra or "range_prev" in after.extra:
            found[index] = replace(found[index], range_end=found[index + 1].value)
    return found


def tag_spans(text: str, spans: list[tuple[int, int, str]], anchor: str | None) -> list[Timex]:
    """Tag only inside the given ranges, each in its own language.

    Context (the passage's year) never crosses from one range into another, so an
    excerpt of the original cannot lend its years to the body.

    Args:
        text: The whole document text.
        spans: ``(start, end, language)`` ranges, e.g. the body and an excerpt.
        anchor: The document's publication date (see ``tag``).

    Returns:
        The expressions of all ranges in text order, with offsets into ``text``.
    """
    found: list[Timex] = []
    for start, end, language in sorted(spans):
        for timex in tag(text[start:end], language, anchor):
            found.append(replace(timex, start=timex.start + start, end=timex.end + start))
    return found


def _timex(
    text: str,
    cand: Candidate,
    language: str,
    anchor: str | None,
    parsed: timex_values.Anchor | None,
) -> Timex:
    mod = cand.mod
    if cand.value is not None:
        value = cand.value
    elif "anchored" in cand.extra:
        value, mod = anchored_value(cand, parsed)
    else:
        value = date_value(cand.year) + cand.tail if cand.year is not None else "XXXX" + cand.tail
    return Timex(
        cand.start,
        cand.end,
        text[cand.start : cand.end],
        value,
        cand.kind,
        mod,
        language,
        anchor,
        cand.narrative and cand.kind == "DATE" and _tells_story(cand),
        cand.extra.get("signal"),
        near=cand.extra.get("near_value"),
    )


def _tells_story(cand: Candidate) -> bool:
    """Whether a date may be the story's time: not one counted from the date of writing ("vor
    drei Jahren", "last week": the writer's present looking back), unless it names a period
    of the story itself, an anniversary ("Five years ago today", "Heute vor 30 Jahren": that
    day or month so many years back, where the story the text goes on to tell is)."""
    return "anchored" not in cand.extra or "years" in cand.extra
