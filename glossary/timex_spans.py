"""Handlers of spans and shifts: durations, sets, and dates counted from the passage's time.

Split from ``timex_handlers`` (points in time); ``timex_rules`` combines both.
"""

from __future__ import annotations

import re

from glossary.timex_candidate import Candidate, in_quotation, previous_word
from glossary.timex_handlers import Handlers
from glossary.timex_values import NIGHT, YEAR_UNITS, duration_value
from glossary.timex_words import SEASON

_CLOCK_UNITS = frozenset({"H", "MI", "S"})
_VAGUE_UNITS = _CLOCK_UNITS | {"D"}
"""Units a vague count of may still be placed: a few hours on the passage's day, a few days
in its week."""
_COUNTED_UNITS = frozenset({"D", "W"})
"""Units of an exact count after ``nach``/``after`` that the resolver places from the
passage's day: days and weeks ("nach drei Tagen", "after a week"; "nach zwei Jahren Krieg"
counts from a start the text need not have named)."""
_EVENT_UNITS = _COUNTED_UNITS | {"M", "Y"}
"""Units of an exact count from an event the text told, placed from the passage's date:
"zwei Tage nach dem Unglück", "fünf Jahre nach dem Unglück", "two months after the crash"."""
_DIGITS_BEFORE = re.compile(r"(\d{1,3})-\Z")
"""The digits of ``6-tägigen`` before the adjective."""
_PAUSE = re.compile(r"\s*[,;:.!?)–]")
"""Punctuation right after a match: a pause."""
_PLACEABLE_MODS = frozenset({None, "APPROX", "LESS_THAN", "MORE_THAN"})
"""Mods of a count from an event that still place it, about there ("fast drei Jahre nach dem
Brand" is about three years on)."""


def _shift_word(match: re.Match[str]) -> str:
    """The shift word of a count ("später", "years on"), lower case, single-spaced."""
    return " ".join(match["shift"].lower().split())


def _capitalised(following: re.Match[str] | None) -> bool:
    """Whether the word after a match begins with a capital letter."""
    return following is not None and following.group(1)[:1].isupper()


class SpanHandlers(Handlers):
    """Durations, sets, shifted dates (``drei Jahre später``) and anaphoric days."""

    compound_numbers: dict[str, int | None]
    hour_words: dict[str, int | None]
    hour_before: re.Pattern[str]
    day_ref_lead: re.Pattern[str]
    day_lead: re.Pattern[str]
    recurrence_leads: frozenset[str]

    def _clock(self, match: re.Match[str]) -> list[Candidate]:
        """``um fünf Uhr morgens``, ``at 5 p.m.``: a time on the passage's day."""
        start = match.start()
        before = self.hour_before.search(match.string, max(0, start - 24), start)
        if not before:
            return []
        raw = before["hh"].lower()
        hour = int(raw) if raw.isdigit() else self.hour_words.get(raw)
        part = (match.groupdict().get("cp") or match.groupdict().get("cp2") or "").lower()
        if hour is None:
            return []
        if hour < 12:
            hour += self.words.clock_parts.get(part, 0)
        cand = Candidate(before.start(), match.end(), needs_year=True, prefixable=False)
        cand.extra["shift"] = "0D"
        cand.extra["part"] = f"{hour % 24:02d}:{before['mm'] or '00'}"
        return [cand]

    def _deictic(self, match: re.Match[str]) -> list[Candidate]:
        """``gestern``, ``vergangene Woche``: counted from the document date, to the day."""
        following = self.next_words.match(match.string, match.end(), match.end() + 30)
        if following and following.group(1).lower() in self.words.genitives:
            return []  # "the last week of February 1974", "der letzten Woche des Krieges"
        phrase = " ".join(match["phrase"].lower().split())
        amount, unit = self.words.deictic[phrase]
        part = self.words.deictic_parts.get(phrase)
        extra = {"anchored": unit, "amount": str(amount), "exact": "yes"}
        value = None
        if part:
            extra["day_part"] = part
            if in_quotation(match.string, match.start()):
                # the speaker's "tonight": the report's day only in a text that tells no
                # story of another year (resolve.quotes_of_the_report)
                extra["quoted"] = "1"
                value = "PAST_REF" if amount < 0 else "FUTURE_REF" if amount > 0 else "PRESENT_REF"
        return [Candidate(match.start(), match.end(), value=value, narrative=False, extra=extra)]

    def _duration_word(self, match: re.Match[str]) -> list[Candidate]:
        value = self.words.duration_words[match["phrase"].lower()]
        return [
            Candidate(match.start(), match.end(), kind="DURATION", value=value, prefixable=False)
        ]

    def _unit_adjective(self, match: re.Match[str]) -> list[Candidate]:
        before = match.string[: match.start()].rstrip()
        if match.group(0)[0].isupper() and before and before[-1] not in '.!?:"„«»':
            return []  # inside a name: "des Dreißigjährigen Krieges"
        start = match.start()
        if match["num"]:
            count = self.compound_numbers.get(match["num"].lower())
        elif digits := _DIGITS_BEFORE.search(match.string, max(0, start - 5), start):
            count, start = int(digits.group(1)), digits.start()
        else:
            return []
        unit = self.words.unit_adjectives[match["adj"].lower()]
        return [
            Candidate(
                start,
                match.end(),
                kind="DURATION",
                value=duration_value(count, unit),
                prefixable=False,
            )
        ]

    def _shift(self, match: re.Match[str]) -> list[Candidate]:
        """``drei Jahre später``: the passage's time moved by a count of units."""
        count = self._count(match)
        word = _shift_word(match)
        direction = self.words.shift_words[word]
        if count is None:
            return [self._vague_shift(match.start(), match.end(), direction, self._unit(match))]
        cand = Candidate(match.start(), match.end(), needs_year=True, prefixable=False)
        cand.extra["shift"] = f"{direction * count}{self._unit(match)}"
        if word in self.words.pause_shift_words and self._unit(match) in YEAR_UNITS:
            cand.extra["retrospect"] = "1"  # "Thirty years on, …": looking back from now
        return [cand]

    def _vague_shift(self, start: int, end: int, direction: int, unit: str) -> Candidate:
        """``wenige Jahre danach``: later or earlier, but not when (``FUTURE_REF``,
        ``PAST_REF``). A few days or hours are still near the passage's time: the resolver
        places them (``Timex.near``)."""
        value = "FUTURE_REF" if direction > 0 else "PAST_REF"
        cand = Candidate(start, end, value=value, narrative=False)
        if unit in _VAGUE_UNITS:
            cand.extra["near"] = f"{direction}{unit}"
        return cand

    def _day_reference(self, match: re.Match[str]) -> list[Candidate]:
        """``am folgenden Morgen``, ``im selben Monat``: counted from the passage's date."""
        start = match.start()
        phrase = " ".join(match["phrase"].lower().split())
        if (
            self.words.day_refs_need_lead
            and phrase not in self.words.free_day_refs
            and not self._writers_season(phrase, match.string, start)
            and not self.day_ref_lead.search(match.string, max(0, start - 24), start)
        ):
            return []
        following = self.next_words.match(match.string, match.end(), match.end() + 30)
        if following and following.group(1).lower() in self.words.genitives:
            return []  # "the morning of 6 September", "am Abend des Tages": the date rules' turn
        if (
            following
            and phrase.endswith(" before")
            and following.group(1).lower() in self.words.determiners
        ):
            return []  # "the night before the vote": counted from an event, not a day
        amount, unit, part = self.words.day_refs[phrase]
        cand = Candidate(start, match.end(), needs_year=True, prefixable=False)
        cand.extra["shift"] = f"{amount}{unit}"
        cand.extra["part"] = part
        if phrase.split()[0] in self.words.writers_season_leads:
            cand.extra["writers"] = "yes"
        if phrase in self.words.end_refs:
            cand.mod = "END"
        return [cand]

    def _writers_season(self, phrase: str, text: str, start: int) -> bool:
        """Whether ``phrase`` is a season counted from the date of writing ("nächsten Sommer")
        that needs no preposition: "Der Chor probt nächsten Winter in der Aula",
        "Nächsten Sommer wird saniert"; not after an article ("den letzten Sommer seines
        Lebens")."""
        words = self.words
        if (
            phrase.split()[0] not in words.writers_season_leads
            or words.day_refs[phrase][1] != SEASON
        ):
            return False
        return previous_word(text, start, 0) not in words.determiners

    def _ordinal_day(self, match: re.Match[str]) -> list[Candidate]:
        """``am dritten Tag``, ``the second night``, ``in the second week``: a day or week
        counted from the first day of the story's run of days, found by the resolver.

        Not when what follows names what it counts in ("the first day of school": the date
        rules' turn, or no date), nor after a word of recurrence ("every second day")."""
        start, words = match.start(), self.words
        following = self.next_words.match(match.string, match.end(), match.end() + 30)
        if following and following.group(1).lower() in words.genitives:
            return []
        if previous_word(match.string, start, 0) in self.recurrence_leads:
            return []
        unit = match["ounit"].lower()
        cand = Candidate(start, match.end(), needs_year=True, prefixable=False)
        cand.extra["ordinal"] = str(words.ordinals[match["ord"].lower()])
        cand.extra["unit"] = words.day_units.get(unit, "D")
        cand.extra["part"] = words.day_parts.get(unit, "")
        return [cand]

    def _weekday(self, match: re.Match[str]) -> list[Candidate]:
        """``am Samstagmorgen``, ``on the Sunday``, ``that Friday``, ``in der Nacht zum
        Montag``: a day of the story's week, found from the passage's day by the resolver.

        A bare weekday needs a preposition before it ("Der Montag war ruhig" is no date);
        a word saying which one (``kommenden``, ``that``) stands for it.
        """
        start, words = match.start(), self.words
        step = " ".join((match["wstep"] or "").lower().split())
        if not step and not self.day_ref_lead.search(match.string, max(0, start - 24), start):
            return []
        following = self.next_words.match(match.string, match.end(), match.end() + 30)
        if following and following.group(1).lower() in words.genitives:
            return []  # "the Sunday of the race": named by what follows
        part = (match["wpart"] or match["wpart2"] or "").lower()
        if (
            match["wdef"]
            and not (part or words.capitalised_nouns)
            and _capitalised(following)
            and not self.day_lead.search(match.string, max(0, start - 24), start)
        ):
            return []  # "in the Sunday Times", "the Monday Club": a name
        night = match.groupdict().get("night")  # only a language with night_before has it
        code = NIGHT if night else words.day_parts.get(part, "")
        weekday = words.weekdays[match["wday"].lower()]
        cand = Candidate(start, match.end(), needs_year=True, prefixable=False)
        if match["wart"]:  # "an einem Montagabend": some Monday evening, unless the week is known
            cand.narrative = False
            cand.extra["some"] = "1"
        cand.extra["weekday"] = str(weekday)
        cand.extra["step"] = str(words.weekday_steps.get(step, 0))
        cand.extra["part"] = code
        if night:
            cand.extra["into"] = "1"
        return [cand]

    def _month_day(self, match: re.Match[str]) -> list[Candidate]:
        """``am 9.``, ``am 26. d. M.``: a day of the passage's month, as chronicles write.

        The rule wants a day preposition before and a lower-case word or punctuation after:
        a capitalised noun makes the number an ordinal (``am 3. Spieltag``).
        """
        cand = Candidate(match.start(), match.end(), needs_year=True, prefixable=False)
        cand.extra["month_day"] = match["d"]
        return [cand]

    def _steps(self, match: re.Match[str]) -> bool:
        """Whether the shift word after a count is a step in time: one that is so only before
        a pause is none before a word ("two years on the run")."""
        return _shift_word(match) not in self.words.pause_shift_words or bool(
            _PAUSE.match(match.string, match.end())
        )

    def _duration(self, match: re.Match[str]) -> list[Candidate]:
        shift = match.groupdict().get("shift")
        if shift and self._steps(match):
            return self._shift(match)
        end = len(match.string[: match.start("shift")].rstrip()) if shift else match.end()
        count, unit = self._count(match), self._unit(match)
        qualifier = (match.groupdict().get("q") or "").lower()
        words = self.words
        mod = None
        if qualifier:
            mod = (
                "APPROX"
                if qualifier in words.approx_words
                else "MORE_THAN"
                if qualifier in words.more_words
                else "LESS_THAN"
            )
        groups = match.groupdict()
        if groups.get("num") is None and not groups.get("pre"):
            return []
        if unit == "Q" and self._next_word(match) in words.fraction_followers:
            return []  # "a quarter of the flights", "a quarter to ten"
        near = count is None and not qualifier and self._unit(match) in _VAGUE_UNITS
        start = match.start()
        if groups.get("pre"):  # "seit", "innerhalb": a signal, outside the extent
            start = (
                match.start("q")
                if qualifier
                else match.start("num")
                if groups.get("num")
                else match.start("unit")
            )
        cand = Candidate(
            start,
            end,
            kind="DURATION",
            mod=mod,
            value=duration_value(count, unit),
            prefixable=False,
        )
        if groups.get("pre"):
            cand.extra["signal"] = " ".join(groups["pre"].lower().split())
        if near and cand.extra.get("signal") in words.within_prefixes:
            cand.extra["near"] = f"1{self._unit(match)}"  # "binnen weniger Tage": after it
        elif count is not None and mod in _PLACEABLE_MODS and unit in _EVENT_UNITS:
            signal = cand.extra.get("signal")
            # "nach einer Woche"; "zwei Tage nach dem Unglück", "three days before the launch";
            # "nach rund einem Tag", "almost three years after the fire" are placed as nearly
            # (the placed date is APPROX anyway)
            direction = (
                int(signal in words.after_prefixes and unit in _COUNTED_UNITS)
                if signal
                else self._event(match)
            )
            if direction:
                cand.extra["near"] = f"{direction * count}{unit}"
                cand.extra["counted"] = "1"
            if direction and not signal:
                cand.extra["event"] = self._event_noun(match)
        return [cand]

    @staticmethod
    def _next_word(match: re.Match[str]) -> str:
        """The word after ``match``, in lower case ("" at the end of the text)."""
        following = match.string[match.end() : match.end() + 12].split(None, 1)
        return following[0].lower() if following else ""

    def _event(self, match: re.Match[str]) -> int:
        """1 or -1 when a count is followed by a signal and an article that count it from an
        event the text told ("zwei Tage nach dem Unglück", "three days before the launch"),
        else 0."""
        following = match.string[match.end() : match.end() + 24].lower().split()
        if len(following) < 2 or following[1] not in self.words.signal_articles:
            return 0
        return self.words.event_signals.get(following[0], 0)

    def _event_noun(self, match: re.Match[str]) -> str:
        """The words that may name the event a count runs from, space-separated: "Brand" in
        "zehn Jahre nach dem großen Brand" (German nouns are capitalised), "great fire" in
        "ten years after the great fire"; words of fewer than four letters are left out."""
        phrase = re.match(r"\s*\w+\s+\w+((?:\s+[^\W\d]+){1,2})", match.string[match.end() :])
        words = [word for word in (phrase.group(1).split() if phrase else []) if len(word) > 3]
        if self.words.capitalised_nouns:
            words = [word for word in words if word[:1].isupper()]
        return " ".join(words)

    def _set(self, match: re.Match[str]) -> list[Candidate]:
        if match.groupdict().get("unit") and self._unit(match) in _CLOCK_UNITS:
            return []  # "70 Meilen pro Stunde" is a speed, not a recurrence
        if match.groupdict().get("phrase"):
            value = self.words.set_words[" ".join(match["phrase"].lower().split())]
        else:
            count = self._count(match) if match["num"] else 1
            value = duration_value(count, self._unit(match))
        return [Candidate(match.start(), match.end(), kind="SET", value=value, prefixable=False)]
