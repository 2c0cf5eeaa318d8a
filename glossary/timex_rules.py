"""Pattern rules of the date tagger: from text to raw candidates with partial values.

Each rule is one precompiled regex plus a handler that turns a match into candidates.
Years that the text leaves out stay ``None`` here; ``timex_resolve`` fills them in from
context. Patterns are assembled once per language from Babel's calendar names
(``timex_lexicon``) and the language's function-word table (``timex_lang_*``).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable
from functools import cache

from glossary.timex_lang_de import WORDS as GERMAN
from glossary.timex_lang_en import WORDS as ENGLISH
from glossary.timex_lexicon import Lexicon, lexicon
from glossary.timex_scan import LONG, MIXED, SHORT, TOKEN, Candidate, previous_word
from glossary.timex_values import duration_value
from glossary.timex_words import LanguageWords

TABLES = {"de": GERMAN, "en": ENGLISH}
"""The languages the tagger knows, by Babel code."""

_YEAR = r"(?<![\d.,:/])(?P<{0}>1\d{{3}}|20\d\d)(?![\d]|[.,:]\d)"
_WORD_END = r"(?![\w])"
_NAME_BEFORE = re.compile(r"(?<![\w-])([A-ZÄÖÜ]\w+)-\Z")

Handler = Callable[[re.Match[str]], list[Candidate]]


def _alt(words: Iterable[str], *, fold: bool = False) -> str:
    """A regex alternation of literal phrases, longest first, any whitespace between words."""
    parts = sorted({w for w in words if w}, key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(t) for t in p.split()) for p in parts)
    return f"(?i:{body})" if fold else f"(?:{body})"


def _first_words(phrases: Iterable[str]) -> set[str]:
    """The lower-cased first word of each phrase: the tokens a rule may start at."""
    return {words[0] for p in phrases if (words := TOKEN.findall(p.lower()))}


def _title(word: str) -> str:
    return word[:1].upper() + word[1:]


class Rules:
    """All compiled patterns of one language and the handlers that read them."""

    def __init__(self, words: LanguageWords, lex: Lexicon) -> None:
        self.words, self.lex = words, lex
        w = words
        year = _YEAR.format
        self.numbers = {**w.numbers, **{v: None for v in w.vague_numbers}}
        units = {**lex.units, **w.extra_unit_forms}
        self.units = units
        number = rf"(?P<num>\d{{1,3}}|{_alt(self.numbers, fold=True)})"
        unit = rf"(?P<unit>{_alt(units, fold=True)})"
        full_months = _alt(_title(m) for m in lex.full_months)
        abbreviated = _alt(_title(m) for m in lex.months if m not in lex.full_months)
        months = rf"(?P<mon>{full_months}|{abbreviated}\.?)"
        weekdays = _alt(lex.weekdays)
        ordinal = rf"(?P<ord>{_alt(w.ordinals, fold=True)})"
        optional = "?" if w.month_first_days else ""
        day = rf"(?P<{{0}}x>(?P<{{0}}>[12]\d|3[01]|0?[1-9]){w.ordinal_suffix}{optional})"
        joiner = rf"\s*(?:/|–|-|{_alt(w.connectors[:3])})\s*"
        day_part = (
            rf"(?:(?P<pod>{_alt(w.day_parts, fold=True)})\s+{w.day_part_link}"
            r"\s+(?:the\s+)?)?"
        )
        time = rf"(?:,?\s+{w.time_pattern})?"
        ref_year = _alt((p for p in w.reference_years if "jahr" in p or "year" in p), fold=True)
        eras = _alt((e for e in lex.eras if len(e) <= 8), fold=True)
        qualifiers = w.approx_words + w.more_words + w.less_words
        plural_units = [u for u in units if units[u] in ("Y", "M", "DE") and u.endswith(("n", "s"))]
        refs = w.present + w.past + w.future
        quarter = _alt([lex.quarter_word], fold=True)
        small, mixed = {SHORT}, {MIXED}
        ordinals = _first_words(w.ordinals)
        day_starts = small | mixed | _first_words(w.day_parts) | _first_words(lex.weekdays)
        ref_phrases = [p for p in w.reference_years if "jahr" in p or "year" in p]
        numbers = _first_words(self.numbers) | small | {LONG}
        rules: list[tuple[str, Handler, set[str]]] = [
            (
                r"(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
                r"(?:T(?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d))?(?![\d])",
                self._numeric,
                {LONG},
            ),
            (self._numeric_pattern(), self._numeric, small),
            (
                rf"{day_part}(?:(?P<wd>{weekdays}),?\s+(?:(?:den|the)\s+)?)?"
                rf"{day.format('d1')}(?:{joiner}{day.format('d2')})?\s*(?:of\s+)?{months}"
                rf"(?:,?\s+{year('y')})?{time}{_WORD_END}",
                self._day_month,
                day_starts,
            ),
            (
                rf"{_alt(w.first_last, fold=True)}\s+{number}\s+{unit}"
                rf"(?:\s+(?:{ref_year})(?:\s+{year('y')})?)?{_WORD_END}",
                self._first_months,
                _first_words(w.first_last),
            ),
            (
                rf"(?:(?:the\s+)?{ordinal}|(?P<n>[1-4]){w.ordinal_suffix})\s+"
                rf"(?:(?P<q>{quarter})|(?P<h>{_alt(w.halves, fold=True)}))"
                rf"(?:s|es)?(?:\s+(?:of\s+)?(?:(?:{ref_year})\s+)?{year('y')})?{_WORD_END}",
                self._part_of_year,
                ordinals | small | mixed | {"the"},
            ),
            (
                rf"(?P<qh>[QH])(?P<n>[1-4])(?:\s*/\s*|\s+){year('y')}",
                self._part_of_year,
                {"q1", "q2", "q3", "q4", "h1", "h2"},
            ),
            (rf"{w.decade_pattern}{_WORD_END}", self._decade, mixed | {"the"}),
            (
                rf"(?:(?P<n>\d{{1,2}}){w.ordinal_suffix}|{ordinal})\s+"
                rf"{_alt([lex.century_word], fold=True)}s?{_WORD_END}",
                self._century,
                small | mixed | ordinals,
            ),
            (
                rf"(?P<s>{_alt(w.seasons, fold=True)})(?:s)?"
                rf"(?:(?:\s+of)?\s+{year('y')}(?:/(?P<y2>\d{{2}}|\d{{4}}))?"
                rf"|\s+(?P<ref>{ref_year})(?:\s+{year('y3')})?)?{_WORD_END}",
                self._season,
                _first_words(w.seasons),
            ),
            (
                rf"{months}(?:(?:,)?\s+{year('y')}"
                rf"|\s+(?P<ref>{ref_year})(?:\s+{year('y2')})?)?{_WORD_END}",
                self._month,
                _first_words(lex.months),
            ),
            (
                rf"(?P<noun>{_alt(w.year_nouns, fold=True)})\s+"
                rf"(?P<y>\d{{3,4}})(?![\d]|[.,]\d)(?:\s+(?P<era>{eras}))?{_WORD_END}",
                self._year,
                _first_words(w.year_nouns),
            ),
            (
                rf"{year('y')}(?:\s*/\s*(?P<y2>\d{{2}}))?(?:\s+(?P<era>{eras}))?{_WORD_END}",
                self._year,
                {LONG},
            ),
            (rf"(?P<y>\d{{1,4}})\s+(?P<era>{eras})(?!\w)", self._year, small | {LONG}),
            (
                rf"(?P<phrase>{_alt(ref_phrases, fold=True)}|{_alt(w.anchor_years, fold=True)})"
                rf"(?!\s+\d){_WORD_END}",
                self._year_phrase,
                _first_words(ref_phrases) | _first_words(w.anchor_years),
            ),
            (
                self._relative_pattern(lex.past_pattern, number, unit),
                self._relative,
                _first_words([lex.past_pattern[0]]) or numbers,
            ),
            (
                self._relative_pattern(lex.future_pattern, number, unit, "future"),
                self._relative,
                _first_words([lex.future_pattern[0]]) or numbers,
            ),
            (
                rf"(?:(?P<pre>{_alt(w.duration_prefixes, fold=True)})\s+)?"
                rf"(?:(?P<q>{_alt(qualifiers, fold=True)})\s+)?"
                rf"{number}\s+{unit}(?:\s+(?P<suf>{_alt(w.duration_suffixes)}))?{_WORD_END}",
                self._duration,
                _first_words(w.duration_prefixes) | _first_words(qualifiers) | numbers,
            ),
            (
                rf"(?P<pre>{_alt(w.duration_prefixes[:1], fold=True)})\s+"
                rf"(?P<unit>{_alt(plural_units, fold=True)}){_WORD_END}",
                self._duration,
                _first_words(w.duration_prefixes[:1]),
            ),
            (
                rf"{_alt(w.set_prefixes, fold=True)}\s+(?:{number}\s+)?{unit}{_WORD_END}",
                self._set,
                _first_words(w.set_prefixes),
            ),
            (
                rf"(?P<phrase>{_alt(w.set_words, fold=True)}){_WORD_END}",
                self._set,
                _first_words(w.set_words),
            ),
            (
                rf"(?P<phrase>{_alt(refs, fold=True)}){_WORD_END}",
                self._reference,
                _first_words(refs),
            ),
        ]
        if w.month_first_days:
            rules.append(
                (
                    rf"{day_part}(?:(?P<wd>{weekdays}),?\s+)?{months}\s+{day.format('d1')}"
                    rf"(?:{joiner}{day.format('d2')})?(?!\d)(?:,?\s+{year('y')})?{time}{_WORD_END}",
                    self._day_month,
                    day_starts | _first_words(lex.months),
                )
            )
        self.rules = [(re.compile(p), h) for p, h, _ in rules]
        self.triggers: dict[str, list[int]] = {}
        for index, (_, _, starts) in enumerate(rules):
            for word in starts:
                self.triggers.setdefault(word, []).append(index)
        self.compounds = (
            (
                re.compile(
                    rf"(?P<mon>{full_months})(?P<head>{_alt(w.month_compound_heads)}){_WORD_END}"
                ),
                self._month,
            )
            if w.month_compound_heads
            else None
        )
        """German compounds such as ``Augustwahl``, found by one pass over the text."""
        self.blocker_tails = (*(" " + b for b in w.number_blockers), "$", "€")
        """Text a count ends with: a blocker word as a whole word, or a currency sign."""
        self.connector_after = re.compile(rf"\s*(?:{_alt(w.connectors)})\s*")
        self.prefix = re.compile(
            rf"(?:(?P<sig>{_alt(w.signals, fold=True)})"
            rf"(?:\s+{_alt(w.signal_articles, fold=True)})?\s+)?"
            rf"(?:(?P<approx>{_alt(w.approx_words, fold=True)})\s+)?"
            rf"(?:(?P<posx>(?:the\s+)?(?P<pos>{_alt(w.position_words, fold=True)}))"
            rf"(?:\s+{_alt(w.position_links, fold=True)})?[\s-]+)?\Z"
        )
        self.prefix_tails = {
            t.split()[-1].lower()
            for t in (
                *w.signals,
                *w.signal_articles,
                *w.approx_words,
                *w.position_words,
                *w.position_links,
            )
        }
        self.next_words = re.compile(r"[\s\-–]*([\w%$€.-]+)(?:\s+([\w%$€.-]+))?")

    def _numeric_pattern(self) -> str:
        sep = re.escape(self.lex.numeric_separator)
        fields = {
            "D": r"(?P<d>0?[1-9]|[12]\d|3[01])",
            "M": r"(?P<m>0?[1-9]|1[0-2])",
            "Y": r"(?P<y>\d{4}|\d{2})",
        }
        body = sep.join(fields[c] for c in self.lex.numeric_order)
        return rf"(?<![\d.,/]){body}(?![\d]|[.,/]\d)"

    def _relative_pattern(
        self, affixes: tuple[str, str], number: str, unit: str, direction: str = "past"
    ) -> str:
        before, after = affixes
        parts = [_alt([before], fold=True)] if before else []
        parts += [number, unit] + ([_alt([after], fold=True)] if after else [])
        body = r"\s+".join(parts)
        return rf"(?P<{direction}>){body}{_WORD_END}"

    # -- handlers -------------------------------------------------------------------------

    def _count(self, match: re.Match[str]) -> int | None:
        raw = match.groupdict().get("num")
        if raw is None:
            return None
        return int(raw) if raw.isdigit() else self.numbers.get(raw.lower())

    def _unit(self, match: re.Match[str]) -> str:
        return self.units[match["unit"].lower()]

    def _numeric(self, match: re.Match[str]) -> list[Candidate]:
        year = int(match["y"])
        if year < 100:
            year += 2000 if year < 50 else 1900
        month, day = int(match["m"]), int(match["d"])
        tail = f"-{month:02d}-{day:02d}"
        if match.groupdict().get("hh"):
            tail += f"T{match['hh']}:{match['mm']}"
        return [Candidate(match.start(), match.end(), year=year, tail=tail, month_day=(month, day))]

    def _month_number(self, name: str) -> int:
        return self.lex.months[name.lower().rstrip(".")]

    def _day_month(self, match: re.Match[str]) -> list[Candidate]:
        month = self._month_number(match["mon"])
        year = int(match["y"]) if match["y"] else None
        time = ""
        if match["hh"]:
            time = f"T{int(match['hh']):02d}:{match['mm'] or '00'}"
        elif match["pod"]:
            time = "T" + self.words.day_parts[match["pod"].lower()]
        first = int(match["d1"])
        out = []
        if match["d2"]:
            cut = match.end("d1x")
            start = match.start() if match["pod"] or match["wd"] else match.start("d1")
            out.append(
                Candidate(
                    start,
                    cut,
                    year=year,
                    tail=f"-{month:02d}-{first:02d}",
                    needs_year=year is None,
                    month_day=(month, first),
                )
            )
            second, start = int(match["d2"]), match.start("d2")
        else:
            second, start = first, match.start()
        out.append(
            Candidate(
                start,
                match.end(),
                year=year,
                tail=f"-{month:02d}-{second:02d}{time}",
                needs_year=year is None,
                month_day=(month, second),
            )
        )
        return [c for c in out if _valid_day(c.year, month, int(c.tail[4:6]))]

    def _month(self, match: re.Match[str]) -> list[Candidate]:
        name = match["mon"]
        year_text = match.groupdict().get("y") or match.groupdict().get("y2")
        explicit = bool(year_text or match.groupdict().get("ref"))
        if not explicit and name.lower().rstrip(".") not in self.lex.full_months:
            return []
        cand = Candidate(
            match.start(),
            match.end(),
            year=int(year_text) if year_text else None,
            tail=f"-{self._month_number(name):02d}",
        )
        cand.needs_year = cand.year is None
        cand.weak = not explicit and not match.groupdict().get("head")
        return [cand]

    def _season(self, match: re.Match[str]) -> list[Candidate]:
        year_text = match["y"] or match["y3"]
        cand = Candidate(
            match.start(),
            match.end(),
            year=int(year_text) if year_text else None,
            tail="-" + self.words.seasons[match["s"].lower()],
        )
        cand.needs_year = cand.year is None
        cand.weak = not year_text and not match["ref"]
        return [cand]

    def _first_months(self, match: re.Match[str]) -> list[Candidate]:
        count, unit = self._count(match), self._unit(match)
        which = self.words.first_last[match.group(0).split()[0].lower()]
        if unit != "M" or count is None or count > 12:
            return []
        year = int(match["y"]) if match["y"] else None
        if (
            which == "last"
            and year is None
            and "jahr" not in match.group(0).lower()
            and "year" not in match.group(0).lower()
        ):
            return [
                Candidate(
                    match.start(),
                    match.end(),
                    kind="DURATION",
                    value=f"P{count}M",
                    prefixable=False,
                )
            ]
        cand = Candidate(match.start(), match.end(), year=year, needs_year=year is None)
        if count in (3, 6):
            index = (1 if which == "first" else 12 // count) if count == 3 else None
            cand.tail = f"-Q{index}" if index else f"-H{1 if which == 'first' else 2}"
        elif count <= 2:
            cand.mod = "START" if which == "first" else "END"
        return [cand]

    def _part_of_year(self, match: re.Match[str]) -> list[Candidate]:
        groups = match.groupdict()
        n = (
            int(groups["n"])
            if groups.get("n")
            else self.words.ordinals.get((groups.get("ord") or "").lower(), 0)
        )
        is_half = bool(groups.get("h")) or groups.get("qh") == "H"
        if not 1 <= n <= (2 if is_half else 4):
            return []
        year = int(groups["y"]) if groups.get("y") else None
        article = re.match(r"the\s+", match.group(0), re.IGNORECASE)
        start = match.start() + (article.end() if article else 0)
        return [
            Candidate(
                start,
                match.end(),
                year=year,
                needs_year=year is None,
                tail=f"-{'H' if is_half else 'Q'}{n}",
            )
        ]

    def _decade(self, match: re.Match[str]) -> list[Candidate]:
        digits = match["d"]
        article = re.match(r"the\s+", match.group(0), re.IGNORECASE)
        if len(digits) == 1 and not (article or "Jahre" in match.group(0)):
            return []
        value = digits if len(digits) == 3 else f"19{digits}"
        start = match.start() + (article.end() if article else 0)
        return [Candidate(start, match.end(), value=value)]

    def _century(self, match: re.Match[str]) -> list[Candidate]:
        n = int(match["n"]) if match["n"] else self.words.ordinals.get(match["ord"].lower(), 0)
        if not 1 <= n <= 21:
            return []
        return [Candidate(match.start(), match.end(), value=f"{n - 1:02d}")]

    def _year(self, match: re.Match[str]) -> list[Candidate]:
        year = int(match["y"])
        era = match["era"]
        if era and not self.lex.eras[" ".join(era.lower().split())]:
            return [Candidate(match.start(), match.end(), value=f"BC{year:04d}")]
        if not match.groupdict().get("noun") and not era and self._not_a_year(match):
            return []
        if year < 1000 and not era and not match.groupdict().get("noun"):
            return []
        name = _NAME_BEFORE.search(match.string, max(0, match.start() - 40), match.start())
        if name and name.group(1).lower() not in self.lex.months:
            return [
                Candidate(name.start(), match.end(), year=year, narrative=False, prefixable=False)
            ]
        cand = Candidate(match.start(), match.end(), year=year)
        if not match.groupdict().get("noun"):
            if previous_word(match.string, match.start(), 0) in self.words.determiners:
                cand.narrative = False
        return [cand]

    def _not_a_year(self, match: re.Match[str]) -> bool:
        """A bare four-digit number that counts something, or numbers a page or item.

        After a word that introduces dates (``im``, ``seit``, ``early``) it is a year;
        otherwise a following unit (``Prozent``), plural noun (``Aktien``) or number
        shows a count.
        """
        text, start, end = match.string, match.start(), match.end()
        w = self.words
        head = " " + " ".join(text[max(0, start - 12) : start].lower().split())
        if head.endswith(self.blocker_tails):
            return True
        before = previous_word(text, start, 0)
        if before in w.month_triggers or before in w.signals or before in w.position_words:
            return False
        if before.isdigit() and text[start - 1].isspace():
            return True
        after = self.next_words.match(text, end, min(len(text), end + 40))
        if not after:
            return False
        first, second = after.group(1).rstrip("."), (after.group(2) or "").rstrip(".")
        if first.lower() in w.measure_words or first.startswith("%") or first.isdigit():
            return True
        if first.islower() and second.lower() in w.measure_words:
            return True
        noun = first[:1].isupper() if w.capitalised_nouns else first.islower()
        return noun and first.lower().endswith(w.plural_endings)

    def _year_phrase(self, match: re.Match[str]) -> list[Candidate]:
        phrase = " ".join(match["phrase"].lower().split())
        if phrase in self.words.anchor_years:
            offset = self.words.anchor_years[phrase]
            return [
                Candidate(match.start(), match.end(), year_offset=offset, extra={"anchored": "Y"})
            ]
        cand = Candidate(
            match.start(),
            match.end(),
            needs_year=True,
            year_offset=self.words.reference_years[phrase],
        )
        if phrase in self.words.prefixed_only:
            cand.extra["needs_position"] = "yes"
        return [cand]

    def _relative(self, match: re.Match[str]) -> list[Candidate]:
        count, unit = self._count(match), self._unit(match)
        future = match.groupdict().get("future") is not None
        cand = Candidate(match.start(), match.end(), prefixable=False, narrative=False)
        if count is None:
            cand.value = "FUTURE_REF" if future else "PAST_REF"
        else:
            cand.extra = {"anchored": unit, "amount": str(count if future else -count)}
            cand.mod = "APPROX"
        return [cand]

    def _duration(self, match: re.Match[str]) -> list[Candidate]:
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
        if match.groupdict().get("num") is None and not match.groupdict().get("pre"):
            return []
        return [
            Candidate(
                match.start(),
                match.end(),
                kind="DURATION",
                mod=mod,
                value=duration_value(count, unit),
                prefixable=False,
            )
        ]

    def _set(self, match: re.Match[str]) -> list[Candidate]:
        if match.groupdict().get("phrase"):
            value = self.words.set_words[" ".join(match["phrase"].lower().split())]
        else:
            count = self._count(match) if match["num"] else 1
            value = duration_value(count, self._unit(match))
        return [Candidate(match.start(), match.end(), kind="SET", value=value, prefixable=False)]

    def _reference(self, match: re.Match[str]) -> list[Candidate]:
        phrase = " ".join(match["phrase"].lower().split())
        w = self.words
        value = (
            "PRESENT_REF"
            if phrase in w.present
            else "PAST_REF"
            if phrase in w.past
            else "FUTURE_REF"
        )
        return [
            Candidate(
                match.start(), match.end(), value=value, narrative=False, extra={"ref": phrase}
            )
        ]


def _valid_day(year: int | None, month: int, day: int) -> bool:
    if day > (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31):
        return False
    leap = year is None or calendar.isleap(year)
    return not (month == 2 and day == 29 and not leap)


@cache
def rules_for(language: str) -> Rules | None:
    """The compiled rules of a language, built once per process.

    Args:
        language: A language code (``de``, ``en``, ``de-AT``).

    Returns:
        The rules, or ``None`` for a language without a word table: such text is not
        tagged rather than tagged with another language's words.
    """
    code = language.replace("-", "_").split("_")[0].lower()
    return Rules(TABLES[code], lexicon(code)) if code in TABLES else None
