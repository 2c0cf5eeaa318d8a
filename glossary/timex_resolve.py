"""Fill in what the text leaves out: years of partial dates, and anchor-relative values.

The year rule, in order (the first that applies wins):

1. Coordination: a year-less date joined by ``und``/``bis``/``,`` to a dated one shares
   its year ("Ende Februar und Anfang März 2022").
2. Echo: a day and month already seen with a year take that year again ("am 24. Juni
   2023 ... am Mittag des 24. Juni").
3. The passage's year (its narrative reference time, see ``glossary.reference_time``): the
   most recent narrative year before it, or the year after when the month falls more than
   half a year before the passage's month (a narrative runs forward over New Year); else,
   when the text has not yet named one, the first narrative year later in the same
   paragraph ("Am 18. November ... 1938"), else the text's first narrative year; only a
   text without any takes the anchor's year, since the document date says when the text
   was written, not when its story happens.
4. Dates counted from the passage's date (``zwei Wochen später``, ``am folgenden Morgen``,
   ``um fünf Uhr``) move its last narrative date, as precisely as it is known; a start point
   named in a later sentence (``Seit 2001 …``, ``Since 14 July …``) is the nearer date in
   reading order, and they count from its start instead ("Drei Wochen später" is 2001);
   so is a flashback's date ("had opened in June 1878. A year later" is 1879), and a year
   counted from the story's year ("a year later") counts from either as well.

"Narrative" years exclude flashbacks and attributes: dates after ``seit``/``vor``/``nach``/
``ab``, event attributes (``von 2008``, ``vom 27. Februar``, but not the start of a range
``vom 6. bis 15. September``), attributive years (``des 1999 gebildeten``), years in names
(``Sapad-2021``) and anchor-relative phrases.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, partial
from itertools import pairwise

from glossary.timex_candidate import Candidate, place_feast, previous_word
from glossary.timex_rules import Rules
from glossary.timex_tense import Tense, clause_tense
from glossary.timex_values import (
    NIGHT,
    PRESENT_REF,
    SEASON_MONTHS,
    YEAR_UNITS,
    Anchor,
    date_value,
    duration_value,
    interval,
    part_hours,
)
from glossary.timex_words import SEASON, SEASONS, LanguageWords

_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*")
_TAIL = re.compile(r"-(?P<m>\d\d)(?:-(?P<d>\d\d))?")
_MONTH_ONLY = re.compile(r"-\d\d")
"""The tail of a bare month (no day, no part)."""
_TWENTIETH = 1900
"""The first year of the century a decade word names when nothing names another."""
_WINTER = "-WI"
"""The tail of a winter, named by the year of its December (``1961-WI``: into 1962)."""
_WINTER_TURN = 3
"""The first month past a winter that began in the year before."""
_LAST_WORD = re.compile(r"(\w+)\s+\Z")
_VALUE = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d\d))?")
"""A year or a month: what a date counted back from the document date may name."""
_WEEK = re.compile(r"\d{4}-W\d\d")
"""An ISO week ("this week" counted back from the document date)."""
_NOT_AFTER_A_DAY = r"(?<!\s)(?<!\D\d)(?<!\D\d\d)"
"""Before a stop: no space, and no day's number (``21. März``); a year ends its sentence."""
_CLAUSE_BREAK = re.compile(r"[,;:!?()\n]|" + _NOT_AFTER_A_DAY + r"\.(?=\s)")
"""What ends a clause: punctuation, a line break, a stop not after a day's number (``21.
März``); a year ends its sentence ("on 2 September 1666. By the evening it had ...")."""
_FROM_ON = frozenset({"ab", "from"})
"""Words before a weekday from which a state holds on ("Ab Montag hat die Bibliothek geöffnet")."""
_SINCE = frozenset({"seit", "since"})
"""Words before a weekday from which a state has held up to now ("seit Montag geschlossen");
English "since" only in a perfect clause (:func:`_since_day`)."""
_BEEN = re.compile(r"\bbeen\b", re.IGNORECASE)
"""English "been": a clause with it before "since" is in the perfect ("have been searching")."""
_CLAUSE_OPENERS = frozenset(',;:.!?()\n"“„«»–')
"""Characters after which a word opens its clause."""
_CLAUSE_REACH = 150
"""Characters searched either side of a date for its clause's auxiliary."""
_CLAUSE_START = r"(?:\A|[.!?;:\n\"“„«»]|\b(?:and|und|but|aber|then|dann))\s*"
"""Where a start or end point opens its sentence or a clause after ``and``/``und``."""
_OPENING_REACH = 40
"""Characters looked at before a start or end point's signal word for its clause's start."""
_WRAP = 6
"""Months back from the passage's month beyond which a year-less month is in the next year."""
_WRITERS_WEEK = 7
"""Days from the date of writing within which the story's day is in the writer's week."""


@dataclass(slots=True)
class _Passage:
    """What has been read so far, kept incrementally so resolution stays linear."""

    last_year: int | None = None
    """The most recent narrative year: the passage's reference year."""
    last_month: int | None = None
    last_day: int | None = None
    """Month and day of the most recent narrative date, when it named them."""
    day_years: dict[tuple[int, int], int] = field(default_factory=dict)
    """The latest year seen with each (month, day)."""
    any_year: int | None = None
    """The latest year named at all, narrative or not: what "im selben Jahr" falls back to."""
    named_end: int = -1
    """Where the last date that the text is at ends: the story's or a start or end point
    that opens its clause ("From 1934"), not a date of another thing ("the cable of 1865")
    nor one in the background ("Rationing, in force since 1940, …")."""
    named: tuple[int, int | None, int | None] | None = None
    """Year, month and day of the latest date named at all: before the story states a date
    of its own, what a shift counts from ("Der Stromausfall vom August 2003 … im folgenden
    Frühjahr", "fünf Jahre nach dem Unglück" after "Vor 25 Jahren")."""
    last_hour: int | None = None
    """When in its day the most recent narrative date was (an hour), if it said."""
    last_clock: str | None = None
    """Its clock time (``09:40``), if it named one: what ``40 Minuten später`` counts from."""
    last_part: str = ""
    """Its part of day (``EV``), if it named one: "Eine Stunde später" is still that evening."""
    last_season: str = ""
    """Its season (``SU``), if it named one rather than a month: "Drei Tage später" is still
    in that season, not in its first month."""
    story_end: int = -1
    """Where the most recent narrative date ends in the text."""
    start_point: tuple[int, int | None, int | None] | None = None
    """Year, month and day of a start point (``seit 2001``) or a flashback's date (``had
    opened in June 1878``) named in a sentence after the most recent narrative date: what a
    later shift counts from, until the story names a date."""
    flashback_end: int = -1
    """Where the flashback date that is the start point ends, if it is one: it holds for the
    sentence after its own only ("had opened in March 1936. ... Er starb am folgenden Tag"
    is back in the story)."""
    night_into: bool = False
    """Whether the most recent narrative date is a night named by the day it leads into ("in
    der Nacht zum 15. April"): the next morning or day is that day, not the one after it."""
    past_at: int = -1
    """Where a text whose story names no year last marked it as past with a distal
    demonstrative ("In jenem Sommer wurden die Löhne zweimal am Tag ausgezahlt"): after it,
    and before "heute", its year-less dates are of that past ("Im Herbst kostete ein Brot
    Milliarden"), not of the date of writing."""
    present_at: int = -1
    """Where the text last said "heute"/"today" on its own (not "bis heute"): after it, and
    before the story names a date again, the text is at the date of writing."""
    days: list[int] = field(default_factory=list)
    """The story's days (narrative dates of a day, as ordinals) in reading order: what a
    count of days from a coarser date counts from (:meth:`_day_counted_from`)."""
    run: list[dt.date] = field(default_factory=list)
    """The days of the story's run of days so far (each at most ``_RUN_GAP`` days after the
    one before): what "am dritten Tag", "the second night" count from."""
    years: list[int] = field(default_factory=list)
    """The year of each narrative date so far, in reading order: what a count of years up to
    the date of writing may count from (:meth:`_counted_on`)."""
    writers_week: bool = False
    """Whether the story's day was last set by a weekday counted from the date of writing: a
    news report's weekdays all count from that date, not from each other."""
    told_of_writers_week: bool = False
    """Whether the text has told of the writer's week (a weekday counted from the date of
    writing): a report, whose "dieses Jahres" is the year of writing unless told in the past
    of a later month."""
    week: dt.date | None = None
    """The Monday of the week a commentary names its event by ("Seventy years ago this
    week"), while the story has named no day: where its weekdays fall ("It began on a
    Friday")."""

    def named_after_story(self, cand: Candidate) -> bool:
        """Whether a start or end point was named after the story's last date: "the same
        year" then means its year ("From 1934 the bridge was closed to vehicles, and in the
        same year it was listed", though the story's year before was 1795)."""
        return self.named_end > self.story_end and not cand.year_offset

    def year_for(
        self, cand: Candidate, looks_back: bool = False, ahead: bool = False
    ) -> int | None:
        """The year a year-less date takes: echo, else the reference year.

        A narrative runs forward: a month more than half a year before the passage's month
        ("Im Dezember 1942 ... Am 10. Januar") belongs to the next year, unless its clause
        ``looks_back`` ("Im Januar hatte er ...": earlier in the same year). A winter
        after a January or February is the one that month is in, unless its clause looks
        ``ahead`` ("Im Winter sollte der Bau beginnen": the coming one, of that year).
        """
        named = "year_ref" in cand.extra  # "im März des Vorjahres": no echo, no wrap
        if cand.year_offset and self.start_point is not None:  # "had opened in 1878. A year later"
            return self.start_point[0]
        if cand.month_day in self.day_years and not named:
            return self.day_years[cand.month_day]
        if self.last_year is None or self.last_month is None or cand.year_offset or named:
            return self.last_year
        if cand.tail == _WINTER and self.last_month < _WINTER_TURN and not ahead:
            # "Im Februar 1962 … Der Winter war mild": the winter that February is in, which
            # began in the December before (TIMEX3's 1961-WI)
            return self.last_year - 1
        match = _TAIL.match(cand.tail)
        month = int(match["m"]) if match else None
        if month is not None and self.last_month - month >= _WRAP:
            if looks_back:  # a flashback: earlier in the passage's year
                return self.last_year
            return self.last_year + 1
        return self.last_year

    def note(self, year: int, cand: Candidate, text: str) -> None:
        """Remember a dated expression of ``text`` for the ones that follow."""
        self.writers_week = "writers_week" in cand.extra
        self.told_of_writers_week |= self.writers_week
        self.any_year = year
        if cand.narrative or ("signal" in cand.extra and _opens_clause(text, cand)):
            # a start or end point opening its clause ("From 1934"), not "the cable of 1865"
            self.named_end = cand.end
        self.named = _date_parts(year, cand)
        moved_on = self.last_year is not None and year > self.last_year
        if cand.narrative and moved_on and _TAIL.match(cand.tail):
            # the story moved on into a later year's months ("In June 1858"): a day seen
            # before ("5 August 1857") no longer lends its year; a bare year ("wurde 1850
            # eröffnet") is often only a glance ahead, a step back ("für August 2020") a
            # glance back, and both keep them
            self.day_years.clear()
        if cand.month_day:
            self.day_years[cand.month_day] = year
        if cand.narrative:
            self.start_point, self.flashback_end = None, -1
            self.story_end = cand.end
            self.years.append(year)
            parts = _date_parts(year, cand)
            if parts[2] is None and self._holds_last_day(year, cand):
                # "waited for the spring tide, which … at the weekend": a season around the
                # story's day names no other day, and the day stays what later days count from
                parts = (year, self.last_month, self.last_day)
            self.last_year, self.last_month, self.last_day = parts
            if parts[1] is not None and parts[2] is not None:
                self.days.append(dt.date(year, parts[1], parts[2]).toordinal())
            self.last_season = cand.tail[1:] if cand.tail[1:] in SEASONS else ""
            self._run_on(parts, "ordinal" in cand.extra)
            clock = cand.tail.partition("T")[2]
            self.last_hour = _hour_of(clock)
            self.last_clock = clock if _CLOCK.fullmatch(clock) else None
            self.last_part = clock if part_hours(clock) else ""
            self.night_into = "into" in cand.extra

    def _run_on(self, parts: tuple[int, int | None, int | None], counted: bool) -> None:
        """Keep the days of the story's run of days: a day more than ``_RUN_GAP`` days after
        the last one, or before it, begins a new run; a counted day ("the third day") is
        inside its run whatever its gap."""
        year, month, day = parts
        if month is None or day is None:
            return
        at = dt.date(year, month, day)
        if not counted and not (self.run and 0 <= (at - self.run[-1]).days <= _RUN_GAP):
            self.run.clear()
        if not self.run or at > self.run[-1]:
            self.run.append(at)

    def _holds_last_day(self, year: int, cand: Candidate) -> bool:
        """Whether a month or season (not a year: "a year later" is often a step elsewhere)
        holds the story's day."""
        period = cand.tail.partition("T")[0]
        last = (self.last_year, self.last_month, self.last_day)
        if not period or last[0] is None or last[1] is None or last[2] is None:
            return False
        span = interval(f"{year:04d}{period}")
        day = dt.date(last[0], last[1], last[2])
        return span is not None and span[0] <= day <= span[1]

    def note_anchored(self, cand: Candidate, anchor: Anchor) -> None:
        """Remember a date counted back from the document date ("Vor 25 Jahren verlor
        Deutschland den Glauben an seine Bahn") as the date named last: a commentary that
        names its event so counts from it ("fünf Jahre nach dem Unglück")."""
        back = int(cand.extra.get("amount", cand.year_offset)) or int(cand.extra.get("years", 0))
        if back >= 0:
            return
        value, _ = anchored_value(cand, anchor)
        if _WEEK.fullmatch(value):
            self.week = dt.date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
            self.named = self.week.year, self.week.month, None
            return
        match = _VALUE.fullmatch(value)
        if match is not None:
            month = int(match["m"]) if match["m"] else None
            self.named = int(match["y"]), month, None

    def note_start_point(self, year: int, cand: Candidate, text: str, looks_back: bool) -> None:
        """Remember ``seit 2001`` or a flashback's date (``had opened in June 1878``) as where
        later shifts count from, when a sentence of its own names it: in "Im Juni 2010 begann
        der Bau, der seit 2001 geplant war" the story's date stays June 2010."""
        if cand.narrative or not (cand.mod == "AFTER" or looks_back):
            return
        if self.story_end >= 0 and not _SENTENCE_END.search(text, self.story_end, cand.start):
            return
        self.start_point = _date_parts(year, cand)
        self.flashback_end = cand.end if cand.mod != "AFTER" else -1

    def leave_flashback(self, text: str, at: int) -> None:
        """Forget a flashback's start point once a whole sentence has passed since its own."""
        if self.flashback_end < 0:
            return
        ends = _SENTENCE_END.finditer(text, self.flashback_end, at)
        if next(ends, None) is not None and next(ends, None) is not None:
            self.start_point, self.flashback_end = None, -1

    def origin(self) -> tuple[int | None, int | None, int | None, str | None, int | None, str]:
        """What a shift counts from: year, month, day, clock, hour and part of day."""
        if self.start_point is not None:
            return (*self.start_point, None, None, "")
        if self.last_year is None and self.named is not None:
            return (*self.named, None, None, "")
        return (
            self.last_year,
            self.last_month,
            self.last_day,
            self.last_clock,
            self.last_hour,
            self.last_part,
        )

    def weekday(
        self,
        cand: Candidate,
        looks_back: bool,
        anchor: Anchor | None,
        future: bool = False,
        tense: Callable[[], Tense | None] = lambda: None,
    ) -> None:
        """``am Montag``, ``that Friday``: the first such day from the passage's day on (a
        story runs forward), the last one up to it in a clause that looks back, the next
        after it or the last before it when a word says so (``kommenden``, ``last``); from
        the story's day even after a flashback ("Am Montag hatte er … Am kommenden Mittwoch").

        A text back at the date of writing ("Heute erinnert eine Tafel an die Opfer. Am
        Donnerstag lädt der Senat …") counts forward from that date, and one that has named
        no date of its own back from it (a report: "said on Friday"); without a day to count
        from the weekday stays a weekday of an unknown week (``XXXX-WXX-4``). A weekday in the
        future (``future``: "On Sunday the town will lay wreaths") or with a word of its own
        ("next Friday") is never one of the week an anniversary recalls; before the story has
        a day, one in the future counts on from the date of writing.

        Counted from the date of writing, the clause's ``tense`` says which way: a past
        ("Am Sonntag hatten Hunderte die Anlage besichtigt") the last such day up to it, the
        present or what is ahead the next one from it on (the day itself included: a report
        dated Monday says "on Monday" of that day). A weekday so counted is the writer's week,
        not a step of a story: the next one counts from the date of writing too ("Am
        Dienstag wird eröffnet. Am Montag herrschte Hochbetrieb"), as does one after a story
        that has named no day but has come up to the year before the date of writing ("Im
        Sommer 2021 … Am vergangenen Freitag", written in 2022).
        """
        wanted, step, part = int(cand.extra["weekday"]), int(cand.extra["step"]), cand.extra["part"]
        year, month, day = self.origin()[:3]
        # while the story is at no day, a weekday in the future is the writer's week ahead (a
        # present-tense chronicle's "wird … freigelassen" is passive, after its first day)
        ahead_of_story = future and self.last_day is None
        # "next Friday" before the story has a day counts from the date of writing too
        writers = ahead_of_story or (bool(step) and self.last_year is None)
        if ahead_of_story or (writers and self.week is not None):
            cand.narrative = False  # the writer's week, not the story's
        recalled = not (writers or self.present_at > self.story_end)
        if self.week is not None and self.last_year is None and recalled:
            # "Seventy years ago this week … It began on a Friday": that week's Friday
            cand.narrative = True
            self._on_day(cand, self.week + dt.timedelta(days=wanted - 1), part)
            return
        if "some" in cand.extra:  # "an einem Montagabend": some Monday evening
            cand.value = f"XXXX-WXX-{wanted}" + (f"T{part}" if part else "")
            return
        if self.last_year is not None:  # the story's day, not a flashback's: a week moves on
            year, month, day = self.last_year, self.last_month, self.last_day
        at_present = (
            self.present_at > self.story_end
            or writers
            or self.writers_week
            or self._near_writing(anchor)
        )
        back = step < 0 or (not step and looks_back)
        # a story that names no day and has come up to the year before the date of writing
        # ("Im Sommer 2021 … Am vergangenen Freitag" in 2022) is at the writer's weeks; one of
        # 1962 ("that Friday") is at a week of its own, unknown
        recent = year is None or (day is None and anchor is not None and anchor.year - year <= 1)
        if anchor is not None and anchor.day is not None and (at_present or recent):
            year, month, day = anchor.year, anchor.month, anchor.day
            read = None if step else tense()  # HanTa only where the tense decides
            told = not at_present if read is None else read == "past"
            back = step < 0 or (not step and told)
            cand.extra["writers_week"] = "1"
        if year is None or month is None or day is None:
            cand.value = f"XXXX-WXX-{wanted}" + (f"T{part}" if part else "")
            return
        origin = dt.date(year, month, day)
        ahead = (wanted - origin.isoweekday()) % 7
        days = (ahead - 7 if ahead or step else 0) if back else ahead or 7 * step
        self._on_day(cand, origin + dt.timedelta(days=days), part)

    def _near_writing(self, writing: Anchor | None) -> bool:
        """Whether the story's day is within the week up to the date of ``writing``: a
        report's story ("Am Samstag stürzte ein Kran um. Tags darauf …") is then in the
        writer's week, whose weekdays count from that date, not from the story's last day. A
        day ahead of it is not ("Am 18. Mai beginnt das Turnier. Am Freitag …" counts on)."""
        if writing is None or writing.month is None or writing.day is None:
            return False
        if self.last_year is None or self.last_month is None or self.last_day is None:
            return False
        story = dt.date(self.last_year, self.last_month, self.last_day)
        written = dt.date(writing.year, writing.month, writing.day)
        return 0 <= (written - story).days <= _WRITERS_WEEK

    @staticmethod
    def _at_writing(year: int | None, writing: Anchor) -> bool:
        """Whether a story that has named no day is at the date of ``writing``: it has named
        no year either, or none before the year before it (as for weekdays)."""
        if writing.month is None or writing.day is None:
            return False
        return year is None or writing.year - year <= 1

    @staticmethod
    def _writers_weekend(cand: Candidate, writing: Anchor, told_in_past: bool) -> None:
        """ "Der Bürgermeister zeigte sich am Wochenende erleichtert" in a report of Monday 3
        October 2022: the last weekend up to the date of writing in a clause told in the
        past, the next one from it on in any other."""
        written = dt.date(writing.year, writing.month or 1, writing.day or 1)
        weekday = written.isoweekday()
        days = -((weekday - 6) % 7) if told_in_past else (6 - weekday) % 7
        iso_year, week, _ = (written + dt.timedelta(days=days)).isocalendar()
        cand.value = f"{iso_year:04d}-W{week:02d}-WE"

    @staticmethod
    def _on_day(cand: Candidate, day: dt.date, part: str) -> None:
        """Date ``cand`` to ``day``, at its part of day if it names one."""
        cand.year, cand.tail = day.year, f"-{day.month:02d}-{day.day:02d}"
        cand.tail += f"T{part}" if part else ""

    def ordinal_day(self, cand: Candidate) -> None:
        """``am dritten Tag``, ``the second night``: counted from the first day of the story's
        run of days (the first day itself for "the first day"; "Am 8. Juli … am Tag darauf …
        Am dritten Tag" is 10 July), also in a clause that looks back ("Later it was said that
        the second day had been the worst"); "in the second week" counts from there too.
        Without any day, a day of no known date."""
        count, unit, part = int(cand.extra["ordinal"]), cand.extra["unit"], cand.extra["part"]
        year, month, day = self.origin()[:3]
        if year is None or month is None or day is None:
            cand.value = "XXXX-XX-XX" + (f"T{part}" if part else "")
            return
        story = dt.date(year, month, day)
        run = self.run or [story]
        if unit == "W":
            iso_year, week, _ = (run[0] + dt.timedelta(weeks=count - 1)).isocalendar()
            cand.value = f"{iso_year:04d}-W{week:02d}"
            return
        self._on_day(cand, run[0] + dt.timedelta(days=count - 1), part)

    def _night_before(self, last_part: str) -> bool:
        """Whether the story is at a night named by the day it leads into, whose date that
        day already is."""
        return last_part == NIGHT and self.night_into and self.start_point is None

    def day_of_month(self, cand: Candidate) -> None:
        """``am 9.``: that day of the passage's month; without a month, of an unknown one."""
        day = int(cand.extra["month_day"])
        if self.last_year is None or self.last_month is None:
            cand.value = f"XXXX-XX-{day:02d}"
            return
        cand.year, cand.tail = self.last_year, f"-{self.last_month:02d}-{day:02d}"

    def shift(
        self,
        cand: Candidate,
        looks_back: bool = False,
        written: int | None = None,
        writing: Anchor | None = None,
        told_in_past: Callable[[], bool] = lambda: False,
        ahead: Callable[[], bool] = lambda: False,
    ) -> None:
        """Resolve ``drei Jahre später`` / ``am folgenden Morgen`` from the passage's date.

        The result is as precise as both the unit and what the passage knows allow: a
        day needs the passage's day, a month its month; otherwise the year is moved. A count
        of years that would pass ``written``, the year of writing, may count up to it from an
        earlier year of the story (:meth:`_counted_on`).
        """
        shift = _SHIFT.fullmatch(cand.extra["shift"])
        if shift is None:
            return
        amount, unit = int(shift[1]), shift[2]
        part = cand.extra.get("part", "")
        year, month, day, clock, hour, last_part = self.origin()
        if unit in ("D", "W"):
            if amount < 0:
                cand.narrative = False  # "Am Vortag war … eingetroffen": a look back from the day
            named = None if day is not None else self._day_counted_from(year, month, amount < 0)
            if named is not None:  # "Am Vortag" after "im Jahr 1907" of a story at 2 May 1923
                year, month, day = named.year, named.month, named.day
                clock, hour, last_part = None, None, ""
        if unit == SEASON:
            # "im folgenden Sommer": the next summer to begin after the passage's month, "im
            # vergangenen Winter" the last one to end before it; a text that names no year
            # counts "nächsten"/"last" ones from the date of ``writing``, as does one that names
            # years when a "nächsten" season's clause is ``ahead`` ("Die Brücke wurde 1902
            # gebaut. Im nächsten Sommer wird sie saniert") and one not told in the past in a
            # report that told of the writer's week ("Der Chor plant für nächsten Sommer eine
            # Reise"); a season of a year the text never named ("Im Frühjahr darauf") is
            # still a season
            if (
                writing is not None
                and "writers" in cand.extra
                and (
                    year is None
                    or (amount > 0 and ahead())
                    or (self.told_of_writers_week and not told_in_past())
                )
            ):
                year, month = writing.year, writing.month
            later = amount > 0 and month is not None and month >= SEASONS[part]
            earlier = amount < 0 and month is not None and month <= SEASON_MONTHS[part][1]
            cand.year = None if year is None else year + later - earlier
            cand.tail = f"-{part}"
            return
        writers = writing is not None and self._at_writing(year, writing)
        if part == "WE" and not amount and day is None and writing is not None and writers:
            self._writers_weekend(cand, writing, told_in_past())
            return
        if year is None or (part and day is None):
            # a time of day needs its day: "XXXX-XX-XXTEV" rather than a wrong year
            cand.value = "XXXX-XX-XX" + (f"T{part}" if part else "") if unit == "D" else None
            return
        if unit in _CLOCK_UNITS and month is not None and day is not None and clock:
            # "Etwa 40 Minuten später" after "um 9.40 Uhr": the clock moves on
            at_hour, minute = map(int, clock.split(":"))
            moved_at = dt.datetime(year, month, day, at_hour, minute) + dt.timedelta(
                seconds=amount * _CLOCK_UNITS[unit]
            )
            cand.year = moved_at.year
            cand.tail = moved_at.strftime("-%m-%dT%H:%M")
        elif unit in ("D", "W", *_CLOCK_UNITS) and month is not None and day is not None:
            days = amount * (7 if unit == "W" else 1) if unit in ("D", "W") else 0
            if unit == "D" and amount == 1 and part != NIGHT and self._night_before(last_part):
                days = 0  # "In der Nacht zum 15. April … Am nächsten Morgen": the 15th
            if unit in _CLOCK_UNITS and abs(amount) * _CLOCK_UNITS[unit] < _SAME_PART:
                part = last_part  # "Eine Stunde später" after "am Abend": that evening
            if unit == "D" and not amount and not looks_back:
                # "Am Abend des 16. ... Um drei Uhr morgens": the night went on
                days = int(_earlier_in_day(part, hour))
            if part == "WE" and amount > 0 and dt.date(year, month, day).isoweekday() < 6:
                days -= 7  # "am folgenden Wochenende" after a Thursday: the first one after it
            moved = dt.date(year, month, day) + dt.timedelta(days=days)
            if unit == "W" and (not amount or part == "WE"):
                # "in derselben Woche": the week itself; "am Wochenende": its weekend
                iso_year, week, _ = moved.isocalendar()
                cand.value = f"{iso_year:04d}-W{week:02d}" + (f"-{part}" if part else "")
                return
            cand.year, cand.tail = moved.year, f"-{moved.month:02d}-{moved.day:02d}"
            cand.tail += f"T{part}" if part else ""
        elif unit in ("M", "Q") and month is not None:
            total = year * 12 + month - 1 + amount * (3 if unit == "Q" else 1)
            cand.year, cand.tail = total // 12, f"-{total % 12 + 1:02d}"
        elif unit in YEAR_UNITS:
            cand.year = self._counted_on(year, amount * YEAR_UNITS[unit], written)
        else:
            # hours, days or weeks on from a month, or from a season: still in it ("Im Sommer
            # 1976 … Drei Tage später"; its first month was June whatever the summer's day)
            cand.year = year
            season = self.last_season if self.start_point is None else ""
            cand.tail = f"-{season}" if season else f"-{month:02d}" if month is not None else ""

    def _day_counted_from(self, year: int | None, month: int | None, back: bool) -> dt.date | None:
        """The story's day a count of days from the period (``year``, ``month``) counts from
        (:func:`day_counted_from`): a later one only for a count ``back``."""
        if year is None:
            return None
        first = dt.date(year, month or 1, 1)
        last = dt.date(year, month or 12, calendar.monthrange(year, month or 12)[1])
        day = day_counted_from(self.days, (first.toordinal(), last.toordinal()), later=back)
        return None if day is None else dt.date.fromordinal(day)

    def _counted_on(self, year: int, years: int, written: int | None) -> int:
        """``years`` on from ``year``, unless that passes ``written`` (the year of writing, or
        ``None`` where the count may pass it: a clause about the future) from a passage not
        after it, and an earlier year of the story is exactly that many years (or one more)
        before the year of writing: then the writer counts from that year's event up to the
        present ("gegründet 1974 … 2015 verkauft … Fünfzig Jahre später" in 2024: 2024, not
        2065). Without such a year the count stays as it is: "1950 … 1970 … 2010 starb er.
        Zwanzig Jahre später" is 2030, never a year the story had passed."""
        counted = year + years
        if written is None or years <= 0 or year > written or counted <= written:
            return counted
        for told in reversed(self.years):
            if written - 1 <= told + years <= written:
                return told + years
        return counted

    def place_near(
        self, cand: Candidate, told: tuple[int, int | None, int | None] | None = None
    ) -> None:
        """Where a vague count from the passage's day falls (``extra["near"]``): "wenige Tage
        später" in the week a few days on, "einige Stunden später" on that day. Its value
        stays what TIMEX3 says (``FUTURE_REF``, ``PXD``); ``Timex.near`` holds the place.
        An exact count after ``nach``/``after`` (``extra["counted"]``: "nach einer Woche")
        falls on the day that many days or weeks on, or about the month when the passage knows
        no day. Without a month to count from it has none. A count from an event the text
        dated before (``told``: "Der Brand von 1962 …", then "zehn Jahre nach dem Brand") runs
        from that date, not from the passage's."""
        shift = _SHIFT.fullmatch(cand.extra.pop("near"))
        counted = cand.extra.pop("counted", None) is not None
        year, month, day = told or self.origin()[:3]
        if shift is None or year is None:
            return
        direction, unit = int(shift[1]), shift[2]
        if counted and unit in ("M", "Y"):
            # "fünf Jahre nach dem Unglück": that year; "zwei Monate nach …": that month
            cand.extra["near_value"] = _months_on(year, month, direction, unit)
            return
        if month is None:
            return
        if day is None:
            if counted and unit in ("D", "W"):
                # "nach rund einem Tag" after "vom August 2003": about that month
                cand.extra["near_value"] = f"{year:04d}-{month:02d}"
            return
        if unit in _CLOCK_UNITS:
            cand.extra["near_value"] = f"{year:04d}-{month:02d}-{day:02d}"
            return
        if counted:  # "nach einer Woche": that many days or weeks on, about that day
            days = direction * (7 if unit == "W" else 1)
            moved = dt.date(year, month, day) + dt.timedelta(days=days)
            cand.extra["near_value"] = moved.isoformat()
            return
        moved = dt.date(year, month, day) + dt.timedelta(days=direction * _FEW_DAYS)
        iso_year, week, _ = moved.isocalendar()
        cand.extra["near_value"] = f"{iso_year:04d}-W{week:02d}"


def _event_origin(
    text: str, before: Sequence[Candidate], event: str
) -> tuple[int, int | None, int | None] | None:
    """The date of the last sentence before that names the event a count runs from (a word of
    ``event`` as a word or the end of a compound: "Großbrand" for "Brand"), or None."""
    if not event:
        return None
    named = re.compile(
        r"(?i)(?:\b|\w)(?:" + "|".join(map(re.escape, event.split())) + r")\w{0,3}\b"
    )
    for earlier in reversed(before):
        if earlier.year is None or earlier.value is not None:
            continue
        start = max(text.rfind(stop, 0, earlier.start) for stop in (". ", "! ", "? ", "\n"))
        closing = _SENTENCE_END.search(text, earlier.end)
        if named.search(text, start + 1, closing.start() if closing else len(text)):
            tail = _TAIL.match(earlier.tail)
            month = int(tail["m"]) if tail else None
            day = int(tail["d"]) if tail and tail["d"] else None
            return earlier.year, month, day
    return None


def _months_on(year: int, month: int | None, amount: int, unit: str) -> str:
    """The year ``amount`` years on (unit ``Y``), or the month ``amount`` months on from a
    known month (``M``; from a year only, the year about that many months on), as a TIMEX3
    value."""
    if unit == "Y":
        return f"{year + amount:04d}"
    if month is None:  # "zwei Monate nach dem Unglück" of a year: about that year
        return f"{year + round(amount / 12):04d}"
    total = year * 12 + month - 1 + amount
    return f"{total // 12:04d}-{total % 12 + 1:02d}"


_RUN_GAP = 1
"""The most days a story's next day may lie after the one before and still continue its run
of days: a run is of consecutive days, which counted days count through."""
_FEW_DAYS = 3
"""How far "a few days" moves from the passage's day, to find the week it falls in."""
_SAME_PART = 3 * 3600
"""A shift of less than this many seconds stays in the passage's part of day."""

_SENTENCE_END = re.compile(_NOT_AFTER_A_DAY + r"[.!?](?=\s)")
"""A sentence's end: a stop, not one after a day's number (``21. März``)."""
_SHIFT = re.compile(r"(-?\d+)([A-Z]+)")
"""A shift as the rules write it: a count and a unit code (``-1D``, ``3DE``, ``40MI``)."""
_CLOCK_UNITS = {"H": 3600, "MI": 60, "S": 1}
"""Units of the clock, in seconds."""
_CLOCK = re.compile(r"\d\d:\d\d")
"""A clock time in a value (``09:40``), not a part of day: what minutes count from."""


def _date_parts(year: int, cand: Candidate) -> tuple[int, int | None, int | None]:
    """A dated candidate's year, month and day (the last two when it names them; a season
    is at its first month: "im folgenden Frühjahr" after "im Spätherbst" is in the next year)."""
    match = _TAIL.match(cand.tail)
    month = int(match["m"]) if match and match["m"] else SEASONS.get(cand.tail[1:])
    day = int(match["d"]) if match and match["d"] else None
    return year, month, day


def _hour_of(part: str) -> int | None:
    """The hour a time of day starts at: ``20:15`` -> 20, ``EV`` -> 17; a night belongs to
    both its days and has none."""
    if part[:2].isdigit():
        return int(part[:2])
    hours = part_hours(part) if part != NIGHT else None
    return hours[0] if hours else None


def _earlier_in_day(part: str, last_hour: int | None) -> bool:
    """Whether a time of day comes before the one the story was last at (so: the next day):
    a clock time before its hour, a part of day over by then ("am späten Abend" after "um
    20.33 Uhr" is that evening, which 20.33 is in, not the next one)."""
    if last_hour is None or not part or part == NIGHT:
        return False
    hours = part_hours(part)
    if hours is not None:
        return hours[1] <= last_hour
    hour = _hour_of(part)
    return hour is not None and hour < last_hour


def paragraph_starts(text: str) -> list[int]:
    """Offsets where paragraphs begin (after a blank line)."""
    return [0] + [m.end() for m in _PARAGRAPH.finditer(text)]


def share_coordinated_years(text: str, rules: Rules, candidates: list[Candidate]) -> None:
    """Give year-less dates the year of the dated one they are coordinated with."""
    connectors = {c.lower() for c in rules.words.connectors}
    for index in range(len(candidates) - 2, -1, -1):
        cand, following = candidates[index], candidates[index + 1]
        if not cand.needs_year or cand.year is not None or following.year is None:
            continue
        if following.value is not None or following.kind != "DATE":
            continue
        if _PARAGRAPH.search(text, cand.end, following.start):
            continue  # the next row's year ("1961 | Mauerbau am 13. August" above "1989 | …")
        gap = " ".join(text[cand.end : following.start].lower().split())
        if gap in connectors or gap == "" or gap.rstrip(",") in connectors:
            cand.year, cand.needs_year = following.year, False
            cand.narrative = following.narrative


def resolve_years(
    text: str, rules: Rules, candidates: list[Candidate], anchor: Anchor | None
) -> None:
    """Give every year-less date the year its passage talks about (see the module doc)."""
    if not any(
        (c.needs_year and c.year is None) or "near" in c.extra or "decade" in c.extra
        for c in candidates
    ):
        return
    paragraphs = paragraph_starts(text)
    ahead = _first_narrative_years(candidates, paragraphs)
    passage = _Passage()
    auxiliaries = auxiliaries_at(text, rules.words.pluperfect)
    # The text's own first narrative year comes before the document date: a history
    # published in 2011 does not tell of "am 18. November" 2011; and so does the year a
    # commentary names its event by before it, counted back from the date of writing ("Vor
    # zwanzig Jahren erlebte Europa einen Sommer ... Anfang August") or as the event's date
    # ("Der große Stromausfall vom August 2003").
    fallback = _told_year(text, rules, candidates, anchor, auxiliaries)
    if fallback is None:
        fallback = next(iter(ahead.values()), anchor.year if anchor else None)
    # a text whose story names no year (its dates take the document's) and that names no
    # year of its own at all tells of the present only where nothing says that it looks back
    # ("in jenem Sommer", "Through the summer ... had been voting")
    storyless = anchor is not None and fallback == anchor.year and not ahead
    yearless = storyless and not any(c.year for c in candidates)
    # nor does a date a storyless text marks as past with a distal demonstrative ("that
    # November night", "in jenem Dezember"), though its other dates took the document's year,
    # nor the dates after it: they are of the last year the text wrote ("the flood of 1962 …
    # that February"), if any
    written: int | None = None
    plans = auxiliaries_at(text, rules.words.prospective)
    futures = auxiliaries_at(text, rules.words.future_auxiliaries)
    modals = auxiliaries_at(text, rules.words.modals)
    # auxiliaries run ahead with the candidates; only one within reach needs a closer look
    ahead_at, count = 0, len(auxiliaries)
    appositive = _counts_beside_a_day(text, candidates)
    restated = _shifts_restated(text, candidates)
    for index, cand in enumerate(candidates):
        while ahead_at < count and auxiliaries[ahead_at] < cand.start:
            ahead_at += 1
        passage.leave_flashback(text, cand.start)
        near = (ahead_at and cand.start - auxiliaries[ahead_at - 1] <= _CLAUSE_REACH) or (
            ahead_at < count and auxiliaries[ahead_at] - cand.end <= _CLAUSE_REACH
        )
        # a flashback needs a story time to look back from: a text that opens in the
        # pluperfect ("The ship had left Civitavecchia on 13 January 2012") starts its story
        looks_back = (
            near
            and passage.last_year is not None
            and cand.value is None
            and (cand.narrative or cand.needs_year)
            and _in_clause(text, auxiliaries, cand)
            and not _completed_by(text, rules, cand)
        )
        if looks_back:
            cand.narrative = False  # "nachdem er die Feldzüge von 1809 bis 1815 mitgemacht hatte"
        elif cand.narrative and cand.value is None and _in_clause(text, plans, cand, True):
            cand.narrative = False  # "Die Reise sollte am nächsten Morgen weitergehen"
        if "near" in cand.extra and index in appositive:
            del cand.extra["near"]  # the sentence names its day: the count is no second date
            cand.extra.pop("counted", None)
        elif "near" in cand.extra:
            told = _event_origin(text, candidates[:index], cand.extra.pop("event", ""))
            passage.place_near(cand, told)
        elif restated.get(index, index) < index:
            _restate(cand, candidates[restated[index]])  # before the passage moves on from it
        elif "shift" in cand.extra:
            ahead_of_writing = any(
                _in_clause(text, words, cand) for words in (futures, plans, modals)
            )
            written_in = None if anchor is None or ahead_of_writing else anchor.year
            # the clause's tense is read (HanTa) only where the shift's value depends on it
            told_in_past = partial(_weekday_told_in_past, text, rules, cand)
            planned = partial(_planned, text, rules.words, cand)
            passage.shift(cand, looks_back, written_in, anchor, told_in_past, planned)
        elif "weekday" in cand.extra:
            future = _in_clause(text, futures, cand) or (
                _in_clause(text, modals, cand) and not _ends_in_perfect(text, rules.words, cand)
            )
            back = looks_back or _since_day(text, rules, cand)
            tense = partial(_weekday_tense, text, rules, cand)
            passage.weekday(cand, back, anchor, future, tense)
        elif "decade" in cand.extra:
            _decade_of_passage(cand, passage.last_year or passage.any_year)
        elif "ordinal" in cand.extra:
            passage.ordinal_day(cand)
        elif "month_day" in cand.extra:
            passage.day_of_month(cand)
        elif (
            cand.needs_year
            and cand.year is None
            and anchor
            and (stepped := _writers_step(text, rules, cand))
        ):
            cand.narrative = False  # "im vergangenen Mai": counted from the date of writing
            cand.year = _stepped_month_year(int(cand.tail[1:]), stepped[0], anchor)
            cand.start = stepped[1]
        elif cand.needs_year and cand.year is None and _of_today(text, rules, passage, cand):
            # "1990 fuhr sie zum ersten Mal. Heute fährt die Gondel zwischen Mai und Oktober":
            # the present's months, at the date of writing, not the story's
            cand.narrative = False
            ahead_of_writing = _tense_at(text, rules.words, cand) in _AHEAD
            cand.year = None if anchor is None else _year_of_writing(cand, anchor, ahead_of_writing)
        elif cand.needs_year and cand.year is None:
            if storyless and _after_distal(text, rules, cand):
                passage.past_at = cand.start
            past = storyless and passage.past_at > passage.present_at
            ahead_of_story = cand.tail == _WINTER and any(
                _in_clause(text, words, cand) for words in (futures, plans, modals)
            )
            year = written if past else passage.year_for(cand, looks_back, ahead_of_story)
            if (
                anchor is not None
                and "proximal" in cand.extra
                and passage.told_of_writers_week
                and not _after_writing_in_past(text, rules, cand, anchor)
            ):
                year = anchor.year  # a report's "seit Februar dieses Jahres"
            if "anaphor" in cand.extra and not past and passage.named_after_story(cand):
                year = passage.any_year  # "From 1934 it was closed, and in the same year …"
            if year is None and not past and "anaphor" in cand.extra:
                year = passage.any_year
            if year is None and not past and passage.any_year is not None:
                # a clause in the pluperfect looks back from the text's past, never from the
                # date of writing: "The disaster of 1906 … who had become minister on March 14";
                # but in a paragraph of news (its days counted from the date of writing) from
                # the writer's recent past: "The Act of 1998 … who had promised on March 14 …
                # resigned yesterday"
                if _told_before(
                    text, rules, cand, bool(near), auxiliaries
                ) and not _in_paragraph_of_news(candidates, paragraphs, cand):
                    year = passage.any_year
            if year is None and not (
                past or (yearless and _told_before(text, rules, cand, bool(near), auxiliaries))
            ):
                year = _year_before_or_ahead(passage, ahead, paragraphs, cand, fallback)
            cand.year = None if year is None else year + cand.year_offset
            place_feast(cand)
        if not cand.needs_year and cand.year is not None:
            written = cand.year
        if cand.value == PRESENT_REF and "signal" not in cand.extra:
            if text[cand.start : cand.end].lower() in rules.words.today:
                passage.present_at = cand.end
        if cand.year is not None and cand.value is None and not dates_the_text(cand, anchor):
            passage.note(cand.year, cand, text)
            passage.note_start_point(cand.year, cand, text, looks_back)
        elif "anchored" in cand.extra and anchor is not None:
            passage.note_anchored(cand, anchor)
    for shifted, written_at in restated.items():
        _restate(candidates[shifted], candidates[written_at])
    _order_ranges(candidates)


def quotes_of_the_report(candidates: list[Candidate], anchor: Anchor | None) -> None:
    """A quoted "tonight" / "gestern Abend" in a dated text that tells no story of a year
    other than its date's (a news report: "'We will decide tonight,' she told reporters") is
    the report's day, as quotes there are said on the day of writing; in a story of its own
    time (fiction, memoirs, a history published later) it stays the speaker's present."""
    if anchor is None or any(
        cand.narrative and cand.value is None and cand.year not in (None, anchor.year)
        for cand in candidates
    ):
        return
    for cand in candidates:
        if "quoted" in cand.extra:
            cand.value = None


def _decade_of_passage(cand: Candidate, year: int | None) -> None:
    """A decade word of a passage told in an earlier century is of that century ("Napoleon fell
    in 1815. In the twenties …" -> 182); from 1900 on, "the twenties" are still the 1920s,
    as the later ones are written in digits ("the 2020s")."""
    if year is not None and year < _TWENTIETH:
        cand.value = f"{year // 100}{cand.extra['decade']}"


def _order_ranges(candidates: list[Candidate]) -> None:
    """Put a range's year-less end after its start, whatever year each took on its own: "Heute
    verkehrt sie von April bis September" in a November text is April to September of one
    year, not the April ahead and the September past; "von November bis Februar" ends in the
    start's next year. A year-less start before a written end likewise ("from October to
    March 1850": October 1849), and before an end whose phrase names its year ("Von Juni bis
    August dieses Jahres": that year's June, whatever year the story was at)."""
    for start, end in pairwise(candidates):
        if "range_next" not in start.extra and "range_prev" not in end.extra:
            continue
        if start.year is None or end.year is None or start.value or end.value:
            continue
        first, last = _month_and_day(start.tail), _month_and_day(end.tail)
        if first is None or last is None:
            continue
        if "year_ref" in end.extra and start.needs_year and "year_ref" not in start.extra:
            start.year = end.year - (first > last)
            continue
        if (end.year, last) >= (start.year, first):
            continue
        if end.needs_year:
            end.year = start.year + (last < first)
        elif start.needs_year:
            start.year = end.year - (first > last)


def _month_and_day(tail: str) -> tuple[int, int] | None:
    """The month and day (0 for none) of a date's tail (``-09``, ``-03-12``), or None."""
    match = _TAIL.match(tail)
    if match is None:
        return None
    return int(match["m"]), int(match["d"] or 0)


_AHEAD = frozenset({"ahead", "modal", "subjunctive"})
"""Tenses of a clause that speaks of what may come ("wird", "will", "könnte")."""
_PLANNED = frozenset({"ahead", "modal"})
"""Tenses of a clause that speaks of what is to come from the date of writing ("wird", "will");
not the subjunctive, which a story uses for its own future ("würde im nächsten Sommer")."""
_DAY_TAIL = re.compile(r"-\d\d-\d\d")
"""A candidate's tail that names a day of a month (``-03-12``)."""
_DERIVED = ("near", "shift", "weekday", "ordinal")
"""Extras of a candidate whose day is worked out from another date, not written."""


_APPOSITION_WORDS = 5
"""The most words after a count, to its clause's end, of an apposition ("nach der Explosion",
"after the blast at the pit"); a clause goes on to its verb ("nach dem Unglück endete der
Prozess")."""


def _set_off(text: str, cand: Candidate) -> bool:
    """Whether a count stands apart after a comma and ends at the next comma or stop within a
    few words: an apposition to its sentence's day ("Am 30. März, zwanzig Tage nach der
    Explosion, …"), not a clause of its own ("…, and five years after the crash the trial
    ended")."""
    if not text[: cand.start].rstrip().endswith(","):
        return False
    end = _CLAUSE_BREAK.search(text, cand.end)
    stop = end.start() if end else len(text)
    return len(text[cand.end : stop].split()) <= _APPOSITION_WORDS


_MONTH_TAIL = re.compile(r"-\d\d")
"""A candidate's tail that names a month, with or without its day (not ``TEV``, ``-SU``)."""
_BARE_COMMA = re.compile(r",\s*")
"""Between a written date and the count that restates it after it."""
_RESTATING_GAP = re.compile(r",\s*(?:[^\W\d_A-Z]+\s+){0,2}")
"""Between a shift and the date that restates it: a comma and at most two lower-case words
(``, am``, ``, on the``)."""


def _shifts_restated(text: str, candidates: list[Candidate]) -> dict[int, int]:
    """Shifts followed by the date they lead to, set off by a comma ("Zwei Wochen später, am
    13. August 1865, starb er"; "Two years later, in May 1852, …"), a date that writes its
    year: the shift's index and the date's. The writer gives the day: counted on from the
    passage's last date the shift would make a second, false one (14 August, when 31 July +
    14 days is meant loosely)."""
    found: dict[int, int] = {}
    for index, (cand, after) in enumerate(pairwise(candidates)):
        if (
            "shift" in cand.extra
            and _written_date(after)
            and _RESTATING_GAP.fullmatch(text, cand.end, after.start)
        ):
            found[index] = index + 1
        elif (
            "shift" in after.extra
            and _written_date(cand)
            and _BARE_COMMA.fullmatch(text, cand.end, after.start)
            and _set_off(text, after)
        ):
            # the other order, "came only in June 1970, fourteen years later.": the count
            # says how far the written date lies from the last one, it is that date
            found[index + 1] = index
    return found


def _restate(cand: Candidate, day: Candidate) -> None:
    """Give a shift the value of the written date that restates it."""
    cand.year, cand.tail, cand.value, cand.mod = day.year, day.tail, day.value, day.mod


def _written_date(cand: Candidate) -> bool:
    """Whether a date writes its year and names a month or only the year ("am 13. August
    1865", "in May 1852", "1970"); "Ein Jahr später, am 12. März": the shift gives the year."""
    return (
        cand.kind == "DATE"
        and not cand.needs_year
        and bool(_MONTH_TAIL.match(cand.tail) or (cand.year is not None and not cand.tail))
        and not any(key in cand.extra for key in _DERIVED)
    )


def _counts_beside_a_day(text: str, candidates: list[Candidate]) -> set[int]:
    """The indexes of exact counts ("zwei Tage nach der Explosion", "three days after the
    blast", "nach einer Woche") set off as an apposition in a sentence that writes its own
    day ("Am 12. März trafen sie ein, zwei Tage nach der Explosion"). There the count says
    how far that day lies from an event told before; counted on from the sentence's day it
    would make a second, false date (14 March)."""

    def written_day(other: Candidate) -> bool:
        return (
            other.kind == "DATE"
            and _DAY_TAIL.fullmatch(other.tail) is not None
            and not any(key in other.extra for key in _DERIVED)
        )

    found: set[int] = set()
    for index, cand in enumerate(candidates):
        if "counted" not in cand.extra or not _set_off(text, cand):
            continue
        for step in (-1, 1):
            at = index + step
            while 0 <= at < len(candidates):
                other = candidates[at]
                first, last = sorted((cand.start, other.start))
                if _SENTENCE_END.search(text, first, last):
                    break
                if written_day(other):
                    found.add(index)
                    break
                at += step
    return found


def counts_in_story(text: str, candidates: list[Candidate], anchor: Anchor | None) -> None:
    """``in elf Wochen`` told of the past is how long something took, not a future date.

    A count after ``in`` points from the document date into the future only where the text
    is at that date; in a story told before it (or in a text with no date at all) it
    measures a span: "In elf Wochen übersetzte er das Neue Testament" is P11W.
    """
    story_year: int | None = None
    for cand in candidates:
        if cand.year is not None and cand.value is None and cand.narrative:
            story_year = cand.year
        if "anchored" not in cand.extra or "exact" in cand.extra:
            continue
        amount = int(cand.extra.get("amount", "0"))
        if amount <= 0:
            continue
        if anchor is not None and (story_year is None or story_year >= anchor.year):
            continue
        signal, _, rest = text[cand.start : cand.end].partition(" ")
        cand.start = cand.end - len(rest.lstrip())
        cand.kind, cand.mod = "DURATION", None
        cand.value = duration_value(amount, cand.extra.pop("anchored"))
        cand.extra["signal"] = signal.lower()


def _opens_clause(text: str, cand: Candidate) -> bool:
    """Whether ``cand`` with its signal word opens its sentence or a clause after ``and``/
    ``und`` ("From 1934 the bridge was closed, and in the same year …"): the year a sentence
    is at, not one in a relative clause, a parenthesis or a phrase set off by commas ("Its
    owner, who had run it from 1931, died the same year")."""
    signal = r"\s+".join(map(re.escape, cand.extra.get("signal", "").split()))
    head = text[max(0, cand.start - _OPENING_REACH) : cand.start]
    return re.search(_CLAUSE_START + signal + r"\s*\Z", head, re.IGNORECASE) is not None


def dates_the_text(cand: Candidate, anchor: Anchor | None) -> bool:
    """Whether ``cand`` is the document date itself (a news text's date line).

    That day says when the text was written, not when its story happens: later year-less
    dates neither echo its year nor take it as the passage's.
    """
    if anchor is None or anchor.day is None or cand.year != anchor.year:
        return False
    return cand.tail[:6] == f"-{anchor.month:02d}-{anchor.day:02d}"


def auxiliaries_at(text: str, words: tuple[str, ...]) -> list[int]:
    """Offsets of the text's auxiliaries ``words`` (of the pluperfect: ``hatte``, ``had``; of a
    plan: ``sollte``, ``was to``), in order.

    Lower case only: an auxiliary opening a sentence is a question or a condition ("Hatte
    er je gefragt?", "Had he known", "Sollte es regnen"), and a pattern of plain words runs
    at memory speed, a word boundary before it (checked by hand below) does not. The date
    resolver and the link features (``glossary.features``) both ask this for the pluperfect,
    so they agree on what looks back.
    """
    pattern = _pluperfect_pattern(words)
    if pattern is None:
        return []
    return [
        m.start()
        for m in pattern.finditer(text)
        if not m.start() or not text[m.start() - 1].isalnum()
    ]


@cache
def _pluperfect_pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not words:
        return None
    return re.compile("(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")(?!\w)")


def _in_clause(
    text: str, auxiliaries: list[int], cand: Candidate, before_only: bool = False
) -> bool:
    """Whether ``cand``'s clause has one of the ``auxiliaries`` (offsets): of the pluperfect,
    it tells of an earlier time; of a plan, of where the story was meant to go.

    The clause is what no comma, colon, bracket or sentence end separates from ``cand``;
    only the nearest auxiliary on each side can share it. A plan's auxiliary must stand
    ``before_only`` the date: "Die Reise sollte am nächsten Morgen weitergehen" dates the
    plan's goal, "Im April 1970 sollte die dritte Mondlandung Routine sein" the time at which
    it was expected.
    """
    index = bisect.bisect_left(auxiliaries, cand.start)
    if index and cand.start - auxiliaries[index - 1] <= _CLAUSE_REACH:
        if not _CLAUSE_BREAK.search(text, auxiliaries[index - 1], cand.start):
            return True
    if before_only:
        return False
    if index < len(auxiliaries) and auxiliaries[index] - cand.end <= _CLAUSE_REACH:
        return not _CLAUSE_BREAK.search(text, cand.end, auxiliaries[index])
    return False


def _completed_by(text: str, rules: Rules, cand: Candidate) -> bool:
    """Whether ``cand`` is the time by which something was done ("By 1925 he had moved",
    "By the Monday most mills had closed"): the pluperfect then tells where the story is."""
    leads = rules.words.completion_leads
    return cand.extra.get("signal") in leads or previous_word(text, cand.start, 0) in leads


def _told_year(
    text: str,
    rules: Rules,
    candidates: list[Candidate],
    anchor: Anchor | None,
    auxiliaries: list[int],
) -> int | None:
    """The year a text names its event by before its first narrative year: a count of years
    back from the document date ("vor zwanzig Jahren", "twenty years ago"; not in a flashback
    in the pluperfect) or an event's month or day ("Der große Stromausfall vom August 2003";
    a year alone, "Der Krieg von 2014", names a period rather than the text's event).

    In a text that writes no year, a count of years on before a pause ("Thirty years on, the
    scenes remain": ``pause_shift_words``) looks back from the date of writing: the event is
    that many years before it, and the count itself is the writer's present, not a step of
    the story. ("Fourteen years later a higher flood came" is a step of the story.)"""
    words = rules.words
    yearless = not any(c.year is not None for c in candidates)
    attributes = words.narrative_breakers - words.signals.keys()  # "vom", "von", "of"
    for cand in candidates:
        shift = _SHIFT.fullmatch(cand.extra.get("shift", ""))
        if (
            anchor is not None
            and yearless
            and shift
            and "retrospect" in cand.extra
            and not _told_in_past(text, words, cand)
        ):
            del cand.extra["shift"]
            cand.value, cand.needs_year, cand.narrative = date_value(anchor.year), False, False
            return anchor.year - int(shift[1]) * YEAR_UNITS.get(shift[2], 0)
        if cand.year is not None and cand.value is None:
            if cand.narrative:
                return None
            if (
                cand.mod is None
                and cand.extra.get("before") in attributes
                and _TAIL.match(cand.tail)
            ):
                return cand.year
        unit = cand.extra.get("anchored")
        if unit not in YEAR_UNITS or int(cand.extra.get("amount", cand.year_offset)) >= 0:
            continue
        if anchor is not None and not _in_clause(text, auxiliaries, cand):
            return int(anchored_value(cand, anchor)[0][:4])
    return None


def _told_in_past(text: str, words: LanguageWords, cand: Candidate) -> bool:
    """Whether ``cand``'s clause tells in the past tense (:func:`_tense_at`)."""
    return _tense_at(text, words, cand) == "past"


def _weekday_told_in_past(text: str, rules: Rules, cand: Candidate) -> bool:
    """Whether a weekday or weekend counts by the past (:func:`_weekday_tense`)."""
    return _weekday_tense(text, rules, cand) == "past"


def _after_writing_in_past(text: str, rules: Rules, cand: Candidate, writing: Anchor) -> bool:
    """Whether ``cand``'s month of the year of ``writing`` would be after the date of writing
    while its clause is told in the past: a report's flashback ("1962 zog er nach Bonn, und im
    Oktober dieses Jahres eröffnete er eine Praxis", written in April) is of the story's year."""
    match = _TAIL.match(cand.tail)
    if match is None or writing.month is None or int(match["m"]) <= writing.month:
        return False
    return _weekday_told_in_past(text, rules, cand)


def _since_day(text: str, rules: Rules, cand: Candidate) -> bool:
    """Whether ``cand`` is a weekday after ``seit``/``since``: the day a state began that
    holds up to now. German "seit" is always temporal; English "since" only in a clause in
    the perfect ("The ferry has been idle since Tuesday", "had been waiting since Monday"),
    for it is often causal ("Since Tuesday is market day, the bus will run late")."""
    before = previous_word(text, cand.start, 0)
    if before not in _SINCE:
        return False
    if before != "since":
        return True
    opening = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, cand.start)), default=0)
    progressive = _BEEN.search(text, opening, cand.start) is not None  # "have been searching"
    return progressive or _tense_at(text, rules.words, cand, perfect=True) == "perfect"


def _ends_in_perfect(text: str, words: LanguageWords, cand: Candidate) -> bool:
    """Whether ``cand``'s clause ends in a perfect infinitive (a participle and ``haben`` or
    ``sein``): with a modal it reports a claim about the past ("Der Kassierer will am
    Freitag nichts bemerkt haben"), so its weekday is of the past week."""
    if not words.perfect_infinitives:
        return False
    stop = _CLAUSE_BREAK.search(text, cand.end)
    clause = text[cand.end : stop.start() if stop else len(text)].rstrip(" .").split()
    if len(clause) < 2 or clause[-1].lower() not in words.perfect_infinitives:
        return False
    participle = clause[-2]  # lower-case: "mehr Zeit haben" is no perfect
    return participle.islower() and (
        participle.endswith("t") or (participle.startswith("ge") and participle.endswith("en"))
    )


def _planned(text: str, words: LanguageWords, cand: Candidate) -> bool:
    """Whether a "nächsten"/"next" season counted from the date of writing is in a clause
    that tells what lies ahead or is planned ("Im nächsten Sommer wird sie saniert"); only
    :meth:`_Passage.shift` asks, of a season it counts from the date of writing."""
    return _tense_at(text, words, cand) in _PLANNED


def _weekday_tense(text: str, rules: Rules, cand: Candidate) -> Tense | None:
    """The tense a weekday or weekend counts by: its clause's (:func:`_tense_at`), the
    perfect as the past ("Am Montag hat der Rat beschlossen") but after ``ab``/``from`` as the
    present: the state from that day on ("Ab Montag hat die Bibliothek wieder geöffnet");
    after ``seit``/``since`` the past whatever the verb: the state began on that day up to
    now ("Das Bad ist seit Montag geschlossen")."""
    before = previous_word(text, cand.start, 0)
    if _since_day(text, rules, cand) or _ends_in_perfect(text, rules.words, cand):
        return "past"
    tense = _tense_at(text, rules.words, cand, perfect=True)
    if tense != "perfect":
        return tense
    return "present" if before in _FROM_ON else "past"


def _tense_at(
    text: str, words: LanguageWords, cand: Candidate, perfect: bool = False
) -> Tense | None:
    """The tense of ``cand``'s clause (what no comma, colon or stop separates from it: "Heute
    erinnert eine Tafel daran, dass sie im Mai einstürzte" is past), or, when the clause has
    no finite verb of its own, of the rest of its sentence ("Thirty years on, the scenes
    remain"); the perfect as "perfect" only with ``perfect``."""
    opening = max(0, cand.start - _CLAUSE_REACH)
    for before in _CLAUSE_BREAK.finditer(text, opening, cand.start):
        opening = before.end()
    after = _CLAUSE_BREAK.search(text, cand.end)
    closing = after.start() if after else len(text)
    tense = clause_tense(text, opening, closing, words.code, cand.start, perfect=perfect)
    if tense is None:
        end = _SENTENCE_END.search(text, cand.end)
        closing = end.start() if end else len(text)
        tense = clause_tense(text, cand.end, closing, words.code, perfect=perfect)
    return tense


def _of_today(text: str, rules: Rules, passage: _Passage, cand: Candidate) -> bool:
    """Whether a year-less date follows "heute"/"today" on its own in its sentence, and the
    sentence goes on in the present tense ("Heute fährt die Gondel zwischen Mai und
    Oktober"; "Today the lift runs from May"): it is of the date of writing. One in the past
    tense, after "heute" or in its own clause ("Heute erinnert man sich, dass sie im Mai
    fuhr"), one that counts from another date ("im Mai des Vorjahres") and one set off after
    "heute" as the name of its day (a diary's "Heute, an Allerheiligen, läuten die Glocken":
    the entry's day) keep the story's year."""
    if passage.present_at < 0 or cand.start < passage.present_at or "year_ref" in cand.extra:
        return False
    if "anaphor" in cand.extra or _SENTENCE_END.search(text, passage.present_at, cand.start):
        return False
    if _RESTATING_GAP.fullmatch(text, passage.present_at, cand.start):
        return False  # "Heute, an Allerheiligen": it names the day of the entry's "heute"
    if _past_from(text, rules.words, passage.present_at):
        return False
    return not _told_in_past(text, rules.words, cand)  # "Heute will sie im Mai starten"


def _writers_step(text: str, rules: Rules, cand: Candidate) -> tuple[int, int] | None:
    """A bare month after a word that counts it from the date of writing ("im vergangenen
    Mai", "next March"): the step (-1 or 1) and where the word starts; else None."""
    if not _MONTH_ONLY.fullmatch(cand.tail):
        return None
    before = _LAST_WORD.search(text, max(0, cand.start - 20), cand.start)
    if before is None or before.group(1).lower() not in rules.words.writers_season_leads:
        return None
    return rules.words.weekday_steps[before.group(1).lower()], before.start()


def _stepped_month_year(month: int, step: int, anchor: Anchor) -> int:
    """The year of ``month`` before (``step`` -1) or after (+1) the document date's month."""
    if anchor.month is None:
        return anchor.year
    if step < 0:
        return anchor.year - (month >= anchor.month)
    return anchor.year + (month <= anchor.month)


def _year_of_writing(cand: Candidate, anchor: Anchor, ahead: bool) -> int:
    """The year of a month the writer speaks of in the present ("Today the council decides
    whether she runs again in March"): of the occurrence nearest the document date, within
    six months either way, or of the next one when its clause speaks of what is ahead
    (``will``, ``wird``, a modal). Without a month or the anchor's, the anchor's year."""
    match = _TAIL.match(cand.tail)
    if match is None or anchor.month is None or cand.year_offset:
        return anchor.year + cand.year_offset
    months_on = int(match["m"]) - anchor.month
    if ahead:
        return anchor.year + (months_on < 0)
    return anchor.year - (months_on > _WRAP) + (months_on < -_WRAP)


def _past_from(text: str, words: LanguageWords, start: int) -> bool:
    """Whether the sentence from ``start`` on tells in the past tense: its first finite verb
    is past (:func:`glossary.timex_tense.clause_tense`)."""
    end = _SENTENCE_END.search(text, start)
    return clause_tense(text, start, end.start() if end else len(text), words.code) == "past"


def _told_before(
    text: str, rules: Rules, cand: Candidate, near: bool, auxiliaries: list[int]
) -> bool:
    """Whether a year-less date is of a past the text looks back on rather than of the date
    of writing: after a distal demonstrative ("in jenem Sommer", "that winter") or in a
    clause in the pluperfect (``near`` an auxiliary: "Through the summer East Germans had
    been voting with their feet")."""
    if _after_distal(text, rules, cand):
        return True
    return near and _in_clause(text, auxiliaries, cand)


def _after_distal(text: str, rules: Rules, cand: Candidate) -> bool:
    """Whether a distal demonstrative stands before ``cand`` ("in jenem Sommer", "of that
    winter"). One that is also a conjunction (English "that": "she said that November would
    be cold") counts only where a conjunction cannot stand: at the start of its clause or
    after a preposition ("That winter the river froze", "the fear of that March evening")."""
    words = rules.words
    word = previous_word(text, cand.start, 0)
    if word not in words.distal:
        return False
    if word not in words.distal_conjunctions:
        return True
    head = text[: cand.start].rstrip()
    before = head[: len(head) - len(word)].rstrip()
    if not before or before[-1] in _CLAUSE_OPENERS:
        return True
    return previous_word(before, len(before), 0) in words.prepositions


def _year_before_or_ahead(
    passage: _Passage,
    ahead: dict[int, int],
    paragraphs: list[int],
    cand: Candidate,
    fallback: int | None,
) -> int | None:
    """The year of a year-less date before the story's first narrative year: the first
    narrative year of its paragraph, which comes after it, unless a year named before it
    (an attribute, ``von 1989``; a start, ``seit 1989``) is nearer than that: "Die Proteste
    von 1989 führten zur Einheit am 3. Oktober. 1990 begann der Umbau" is at 1989, not at
    the year of the next sentence. Without either, the text's or the document's year."""
    paragraph = bisect.bisect_right(paragraphs, cand.start) - 1
    if paragraph in ahead and passage.any_year is not None:
        return passage.any_year
    return ahead.get(paragraph, fallback)


_NEWS_UNITS = frozenset({"D"})
"""Units of a count from the date of writing that tell of its days ("gestern", "yesterday"):
a week ("a plaque unveiled this week") is also how an anniversary piece dates its memorial,
whose paragraph still tells of the story's year."""


def _in_paragraph_of_news(
    candidates: list[Candidate], paragraphs: list[int], cand: Candidate
) -> bool:
    """Whether ``cand``'s paragraph names a day or week counted from the date of writing
    ("yesterday", "vorgestern"): it tells of the days around the date of writing, not of a
    past the text looks back on."""
    paragraph = bisect.bisect_right(paragraphs, cand.start)
    start = paragraphs[paragraph - 1]
    end = paragraphs[paragraph] if paragraph < len(paragraphs) else None
    return any(
        other.extra.get("anchored") in _NEWS_UNITS
        and other.start >= start
        and (end is None or other.start < end)
        for other in candidates
    )


def _first_narrative_years(candidates: list[Candidate], paragraphs: list[int]) -> dict[int, int]:
    """The first narrative year the text states in each paragraph."""
    first: dict[int, int] = {}
    for cand in candidates:
        if cand.year is not None and cand.value is None and cand.narrative:
            first.setdefault(bisect.bisect_right(paragraphs, cand.start) - 1, cand.year)
    return first


def _years_back(anchor: Anchor, years: int) -> Anchor:
    """The document date moved by ``years`` (29 February to the 28th in a common year)."""
    day = anchor.day
    if day == 29 and anchor.month == 2 and not calendar.isleap(anchor.year + years):
        day = 28
    return replace(anchor, year=anchor.year + years, day=day)


def anchored_value(cand: Candidate, anchor: Anchor | None) -> tuple[str, str | None]:
    """The value and mod of a phrase relative to the document date (``vor drei Jahren``).

    Without an anchor such phrases become ``PAST_REF``/``FUTURE_REF``; the unit decides
    how precise the result is (years give a year, months a month if the anchor has one).
    Deictic words (``gestern``, ``vergangene Woche``) give the day or ISO week when the
    anchor names a day; counts of days (``vor drei Tagen``, mod APPROX) stay at the month.
    """
    unit = cand.extra["anchored"]
    amount = int(cand.extra.get("amount", cand.year_offset))
    if anchor is not None and "years" in cand.extra:  # "Ten years ago this month"
        anchor = _years_back(anchor, int(cand.extra["years"]))
    if anchor is None:
        direction = amount or int(cand.extra.get("years", "0"))
        return (
            "PAST_REF" if direction < 0 else "FUTURE_REF" if direction > 0 else "PRESENT_REF",
            cand.mod,
        )
    if unit == "Y":
        return date_value(anchor.year + amount), cand.mod
    if unit in ("DE", "CE"):
        return date_value(anchor.year + amount * (10 if unit == "DE" else 100)), cand.mod
    if "exact" in cand.extra and anchor.day is not None and unit in ("D", "W"):
        day = dt.date(anchor.year, anchor.month or 1, anchor.day)
        day += dt.timedelta(days=amount * (7 if unit == "W" else 1))
        if unit == "D":
            part = cand.extra.get("day_part")
            return day.isoformat() + (f"T{part}" if part else ""), cand.mod
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}", cand.mod
    months = {"M": amount, "Q": 3 * amount}.get(unit)
    if months is None:  # weeks and days: the month is as precise as we honestly get
        months = round(amount * (7 if unit == "W" else 1) / 30.4)
    if anchor.month is None:
        return date_value(anchor.year + round(months / 12)), cand.mod
    total = anchor.year * 12 + anchor.month - 1 + months
    return date_value(total // 12, total % 12 + 1), cand.mod


def day_counted_from(
    days: Sequence[int], period: tuple[int, int] | None, later: bool
) -> int | None:
    """The story's day (ordinal) named last that a count of days from ``period`` (first and
    last ordinal; ``None``: no period) counts from, since a year or month is no day to count
    a day from. A day inside the period is it; a ``later`` one too where the count returns
    to the story: a count backwards ("Die Brücke war seit 1907 geplant. Am Vortag …" of a
    story at 2 May 1923 is 1 May 1923). A count forward from a period before the story's day
    stays in that period ("Die Orgel war 1890 bestellt worden; drei Wochen später …" is of
    1890), and a day before the period is stale ("Am 3. Mai 1990 … 1992 … Zwei Tage später"
    stays in 1992)."""
    for day in reversed(days):
        if period is None or period[0] <= day <= period[1] or (later and day >= period[0]):
            return day
    return None
