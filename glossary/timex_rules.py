"""Pattern rules of the date tagger: from text to raw candidates with partial values.

Each rule is one precompiled regex plus a handler that turns a match into candidates.
Years that the text leaves out stay ``None`` here; ``timex_resolve`` fills them in from
context. Patterns are assembled once per language from Babel's calendar names
(``timex_lexicon``) and the language's function-word table (``timex_lang_*``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

from glossary.kept_patterns import PatternSet
from glossary.timex_candidate import LONG, MIXED, SHORT, TOKEN, Candidate
from glossary.timex_lang_de import WORDS as GERMAN
from glossary.timex_lang_en import WORDS as ENGLISH
from glossary.timex_lexicon import Lexicon, lexicon
from glossary.timex_spans import SpanHandlers
from glossary.timex_words import LanguageWords

TABLES = {"de": GERMAN, "en": ENGLISH}
"""The languages the tagger knows, by Babel code."""

_YEAR = r"(?<![\d.,:/])(?P<{0}>1\d{{3}}|20\d\d)(?![\d]|[.,:]\d)"
_WORD_END = r"(?![\w])"
_RANGE_END = r"(?:\s*[–-]\s*(?P<r2>\d{2,4})(?![\d]|[.,:]\d))"
"""The end of a year range: ``1623-25``, ``1858–1940``."""

Handler = Callable[[re.Match[str]], list[Candidate]]


def _alt(words: Iterable[str], *, fold: bool = False) -> str:
    """A regex alternation of literal phrases, longest first, any whitespace between words.

    Phrases of one length go in alphabetical order: which of them comes first changes no match
    (two of them can only match the same text), but a set's order changes from process to
    process, and the same source in every process is what lets ``PatternSet`` keep it."""
    parts = sorted({w for w in words if w}, key=lambda p: (-len(p), p))
    body = "|".join(r"\s+".join(re.escape(t) for t in p.split()) for p in parts)
    return f"(?i:{body})" if fold else f"(?:{body})"


def _prefixes(prefixes: Iterable[str]) -> str:
    """A case-blind regex alternation of prefixes glued to the word after them, or followed by
    whitespace when they end in a space (``Spät``sommer, ``high`` summer)."""
    parts = sorted(prefixes, key=lambda p: (-len(p), p))
    body = "|".join(re.escape(p.rstrip()) + (r"\s+" if p.endswith(" ") else "") for p in parts)
    return f"(?i:{body})"


def _first_words(phrases: Iterable[str]) -> set[str]:
    """The lower-cased first word of each phrase: the tokens a rule may start at."""
    return {words[0] for p in phrases if (words := TOKEN.findall(p.lower()))}


def _title(word: str) -> str:
    return word[:1].upper() + word[1:]


class Rules(SpanHandlers):
    """All compiled patterns of one language and the handlers that read them."""

    def __init__(self, words: LanguageWords, lex: Lexicon, kept: PatternSet) -> None:
        """Args:
        words: The language's function-word table.
        lex: Its calendar names.
        kept: Where the compiled patterns are kept between processes (saved by the caller).
        """
        self.words, self.lex = words, lex
        w = words
        year = _YEAR.format
        self.numbers = {**w.numbers, **{v: None for v in w.vague_numbers}}
        lose, take = w.decade_ending
        self.decade_words = {
            word.removesuffix(lose) + take: tens
            for word, tens in w.numbers.items()
            if tens in range(20, 100, 10) and word.endswith(lose)
        }
        """Decade words made from the tens' number words (``achtziger``, ``eighties``)."""
        self.decade_lead = kept.compile(w.decade_lead) if w.decade_lead else None
        self.decade_measure = kept.compile(w.decade_measures) if w.decade_measures else None
        units = {
            word: code
            for word, code in {**lex.units, **w.extra_unit_forms}.items()
            if word not in w.ordinals  # "a second attempt" is no duration
        }
        self.units = units
        multiplier = _alt(w.multipliers, fold=True) if w.multipliers else "(?!)"
        number = (
            rf"(?P<num>(?>\d{{1,3}}(?:\.\d{{3}})+|\d{{1,4}}+|{_alt(self.numbers, fold=True)}))"
            rf"(?:\s+(?P<mult>{multiplier}))?"
        )
        unit = rf"(?P<unit>{_alt(units, fold=True)})"
        full_months = _alt(_title(m) for m in lex.full_months)
        abbreviated = _alt(_title(m) for m in lex.months if m not in lex.full_months)
        months = rf"(?P<mon>{full_months}|{abbreviated}\.?)"
        weekdays = _alt(lex.weekdays)
        ordinal = rf"(?P<ord>{_alt(w.ordinals, fold=True)})"
        optional = "?" if w.month_first_days else ""
        day = rf"(?P<{{0}}x>(?P<{{0}}>[12]\d|3[01]|0?[1-9]){w.ordinal_suffix}{optional})"
        joiner = rf"\s*(?:/|–|-|{_alt(w.connectors[:3] + w.day_joiners)})\s*"
        day_part = (
            rf"(?:(?P<pod>{_alt(w.day_parts, fold=True)})\s+{w.day_part_link}"
            r"\s+(?:the\s+)?)?"
        )
        time = rf"(?:,?\s+{w.time_pattern})?"
        ref_year = _alt((p for p in w.reference_years if "jahr" in p or "year" in p), fold=True)
        self.eras = {
            **{name: common for name, common in lex.eras.items() if len(name) <= 8},
            **w.extra_eras,
        }
        eras = _alt(self.eras, fold=True)
        pair_joiner = _alt(w.connectors[:3], fold=True)
        era_pair = rf"\s+(?:{pair_joiner})\s+(?P<c2>\d{{1,4}})(?=\s+(?:{eras})(?!\w))"
        """"490 und 479 v. Chr.": the era after the second year applies to the first too."""
        qualifiers = w.approx_words + w.more_words + w.less_words
        plural_units = [
            u for u in units if u in lex.plural_units or (u in w.extra_unit_forms and u[-1] == "n")
        ]
        centuries = _alt([u for u in units if units[u] == "CE"], fold=True)
        connectors = _alt(w.connectors[:3], fold=True)
        suffix = w.ordinal_suffix
        any_ordinal = rf"(?:\d{{1,2}}{suffix}|{_alt(w.ordinals, fold=True)})"
        refs = w.present + w.past + w.future
        self.decade_century = kept.compile(
            rf"\s+(?:{_alt(w.genitives, fold=True)})\s+(?:the\s+)?"
            rf"(?:(?P<n>\d{{1,2}}){suffix}|(?P<ord>{_alt(w.ordinals, fold=True)}))"
            rf"\s+(?:{centuries})s?{_WORD_END}"
        )
        """The century a decade names after it ("sechziger Jahre des 19. Jahrhunderts", "the
        sixties of the nineteenth century")."""
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
                rf"{day_part}(?:(?P<wd>{weekdays}),?\s+(?:(?:den|dem|the)\s+)?)?"
                rf"{day.format('d1')}(?:{joiner}{day.format('d2')})?\s*(?:of\s+)?{months}"
                rf"(?:,?\s+{year('y')}|\s+(?P<ref>{ref_year}))?{time}{_WORD_END}",
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
                w.decade_word_pattern.format(words=_alt(self.decade_words, fold=True)) + _WORD_END,
                self._decade_word,
                set(self.decade_words)
                | {f"{word}jahre" for word in self.decade_words}
                | {f"{word}jahren" for word in self.decade_words},
            ),
            (
                rf"(?:(?P<n>\d{{1,2}}){suffix}|{ordinal})(?:\s+(?:{centuries})s?"
                rf"(?:\s+(?P<era>{eras}))?{_WORD_END}"
                rf"|(?=\s*(?:{connectors})\s+(?:the\s+)?{any_ordinal}\s+(?:{centuries})s?{_WORD_END}))",
                self._century,
                small | mixed | ordinals,
            ),
            *self._season_day_rules(w),
            (
                rf"(?P<sp>{_prefixes(w.season_positions)})?"
                rf"(?P<s>{_alt(w.seasons, fold=True)})(?:s)?"
                rf"(?:(?:\s+of)?\s+{year('y')}(?:[/–-](?P<y2>\d{{2}}|\d{{4}}))?"
                rf"|\s+(?P<ref>{ref_year})(?:\s+{year('y3')})?)?{_WORD_END}",
                self._season,
                _first_words(w.seasons)
                | _first_words(p + s for p in w.season_positions for s in w.seasons),
            ),
            (
                rf"{months}(?:(?:,)?\s+{year('y')}"
                rf"|\s+(?P<ref>{ref_year})(?:\s+{year('y2')})?)?{_WORD_END}",
                self._month,
                _first_words(lex.months),
            ),
            (
                rf"(?P<noun>{_alt(w.year_nouns, fold=True)})\s+"
                rf"(?P<y>\d{{3,4}})(?![\d]|[.,]\d)(?:{_RANGE_END}|\s*/\s*(?P<y2>\d{{1,4}}))?"
                rf"(?:\s+(?P<era>{eras}))?{_WORD_END}",
                self._year,
                _first_words(w.year_nouns),
            ),
            (
                rf"(?<![\d.,:/])(?P<y>\d{{3,4}})(?![\d]|[.,:]\d)(?:{_RANGE_END}|{era_pair}"
                rf"|\s*/\s*(?P<y2>\d{{2,4}}))?(?:\s+(?P<era>{eras}))?{_WORD_END}",
                self._year,
                {LONG},
            ),
            (
                rf"(?P<y>\d{{1,2}})(?:{_RANGE_END}|{era_pair}|\s*/\s*(?P<y2>\d{{1,2}}))?"
                rf"\s+(?P<era>{eras})(?!\w)",
                self._year,
                small,
            ),
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
                rf"{number}\s+{unit}(?:\s+(?:(?P<suf>{_alt(w.duration_suffixes)})"
                rf"|(?P<shift>{_alt(w.shift_words, fold=True)})))?{_WORD_END}",
                self._duration,
                _first_words(w.duration_prefixes) | _first_words(qualifiers) | numbers,
            ),
            (
                rf"(?P<pre>{_alt(w.duration_prefixes, fold=True)})\s+"
                rf"(?P<unit>{_alt(plural_units, fold=True)}){_WORD_END}",
                self._duration,
                _first_words(w.duration_prefixes),
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
        if w.duration_words:
            rules.append(
                (
                    rf"(?P<phrase>{_alt(w.duration_words, fold=True)}){_WORD_END}",
                    self._duration_word,
                    _first_words(w.duration_words),
                )
            )
        if w.unit_adjectives:
            stems = {**{k: v for k, v in self.numbers.items() if " " not in k}, "mehr": None}
            self.compound_numbers = stems
            endings = _alt(w.adjective_endings)
            rules.append(
                (
                    rf"(?i:(?P<num>{_alt(stems)})?"
                    rf"(?P<adj>{_alt(w.unit_adjectives)})(?:{endings})){_WORD_END}",
                    self._unit_adjective,
                    {
                        stem + adjective + ending
                        for stem in [*stems, ""]
                        for adjective in w.unit_adjectives
                        for ending in w.adjective_endings
                    },
                )
            )
        for feasts, feast_handler in (
            (w.movable_feasts, self._movable_feast),
            (w.holidays, self._holiday),
        ):
            if feasts:
                rules.append(
                    (
                        rf"(?P<feast>{_alt(feasts, fold=True)})(?:\s+{year('y')})?{_WORD_END}",
                        feast_handler,
                        _first_words(feasts),
                    )
                )
        if w.deictic:
            rules.append(
                (
                    rf"(?P<phrase>{_alt(w.deictic, fold=True)}){_WORD_END}",
                    self._deictic,
                    _first_words(w.deictic),
                )
            )
        if w.clock_words:
            # Words for one are articles ("ein", "a"): "1 Uhr" in digits is enough.
            hours: dict[str, int | None] = {
                k: v for k, v in self.numbers.items() if v is not None and 1 < v <= 24
            }
            self.hour_words = hours
            self.hour_before = kept.compile(
                rf"(?<![\w.])(?P<hh>[01]?\d|2[0-4]|{_alt(hours, fold=True)})"
                rf"(?:[.:](?P<mm>[0-5]\d))?\s*\Z"
            )
            """The hour before a clock word: rules start at ``Uhr``, rarer than numbers."""
            rules.append((rf"(?:{w.clock_words}){_WORD_END}", self._clock, set(w.clock_triggers)))
        # a definite article before an ordinal day or a weekday ("(?!)": none in the language)
        definite = _alt(w.definite_articles, fold=True) if w.definite_articles else "(?!)"
        if w.day_refs or w.weekdays:
            self.day_ref_lead = kept.compile(rf"(?<!\w)(?:{_alt(w.day_ref_leads, fold=True)})\s+\Z")
            """The preposition a German day reference needs ("am Abend", not "der Abend"), and
            a bare weekday ("am Montag", "on the Sunday")."""
            leads = _alt(w.day_leads, fold=True) if w.day_leads else "(?!)"
            openers = _alt(w.clause_openers, fold=True) if w.clause_openers else "(?!)"
            self.day_lead = kept.compile(
                rf"(?:\A|[.!?;:,(]\s*|\n\s*|(?<!\w)(?:{openers})\s+)(?:{leads})\s+\Z"
            )
            """A preposition that opens a clause and only a time follows ("On the Friday
            Parliament voted", ", and by the Tuesday Lloyd's had paid")."""
        if w.day_refs:
            rules.append(
                (
                    rf"(?P<phrase>{_alt(w.day_refs, fold=True)}){_WORD_END}",
                    self._day_reference,
                    _first_words(w.day_refs),
                )
            )
        if w.day_units:
            self.recurrence_leads = frozenset(w.set_prefixes) | _first_words(
                phrase for phrase in w.set_words if " " in phrase
            )
            """Words that open a recurrence ("jeden Tag", "every"): "jeden zweiten Tag"."""
            rules.append(
                (
                    rf"(?:(?:{definite})\s+)?(?P<ord>{_alt(w.ordinals, fold=True)})\s+"
                    rf"(?P<ounit>{_alt([*w.day_units, *w.day_parts], fold=True)}){_WORD_END}",
                    self._ordinal_day,
                    ordinals | _first_words(w.definite_articles),
                )
            )
        self.night_into = kept.compile(w.night_before) if w.night_before else None
        """A night named by the day it leads into ("Nacht zum 15. April")."""
        self.simile = None
        """A comparison with a thing up to a bare month ("slow as tar in ", "zäh wie Sirup
        im "): the simile word, the thing (``simile_thing``) and the month's preposition."""
        if w.simile_words and w.simile_thing:
            self.simile = kept.compile(
                rf"(?<!\w){_alt(w.simile_words, fold=True)}\s+{w.simile_thing}\s+"
                rf"{_alt(w.month_leads, fold=True)}\s+\Z"
            )
        if w.weekdays:
            parts = _alt(w.day_parts, fold=True)
            night = rf"(?:(?P<night>{w.night_before})\s+)?" if w.night_before else ""
            rules.append(
                (
                    rf"{night}(?:(?P<wstep>{_alt(w.weekday_steps, fold=True)})\s+)?"
                    rf"(?:(?P<wdef>{definite})\s+"
                    rf"|(?P<wart>{_alt(w.weekday_articles, fold=True)})\s+)?"
                    rf"(?P<wday>{_alt(_title(d) for d in w.weekdays)})"
                    rf"(?:(?P<wpart>{parts})|\s+(?P<wpart2>{parts}))?{_WORD_END}",
                    self._weekday,
                    _first_words(w.weekday_steps)
                    | set(w.weekdays)
                    | {day + part for day in w.weekdays for part in w.day_parts}
                    | _first_words([w.night_before, *w.definite_articles, *w.weekday_articles]),
                )
            )
        if w.month_day_leads:
            # the preposition is a lookbehind so that the many other small numbers fail fast
            leads = "|".join(
                r"(?<=(?<!\w)(?i:" + r"\s".join(map(re.escape, lead.split())) + r")\s)"
                for lead in w.month_day_leads
            )
            rules.append(
                (
                    rf"(?:{leads})(?P<d>0?[1-9]|[12]\d|3[01])\.(?:\s*(?:{w.month_words}))?"
                    r"(?=\s+[a-zäöüß]|\s*[,;)])",
                    self._month_day,
                    small,
                )
            )
        if w.month_first_days:
            rules.append(
                (
                    rf"{day_part}(?:(?P<wd>{weekdays}),?\s+)?{months}\s+{day.format('d1')}"
                    rf"(?:{joiner}{day.format('d2')})?(?!\d)(?:,?\s+{year('y')})?{time}{_WORD_END}",
                    self._day_month,
                    day_starts | _first_words(lex.months),
                )
            )
        self.rules = [(kept.compile(p), h) for p, h, _ in rules]
        self.triggers: dict[str, list[int]] = {}
        for index, (_, _, starts) in enumerate(rules):
            for word in starts:
                self.triggers.setdefault(word, []).append(index)
        self.compounds = (
            (
                kept.compile(
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
        self.connector_after = kept.compile(rf"\s*(?:{_alt(w.connectors)})\s*")
        self.prefix = kept.compile(
            rf"(?:(?<!\w)(?P<sig>{_alt(w.signals, fold=True)})"
            rf"(?:\s+{_alt(w.signal_articles, fold=True)})?\s+)?"
            rf"(?:(?<!\w)(?P<approx>{_alt(w.approx_words + w.date_approx_words, fold=True)})\s+)?"
            rf"(?:(?<!\w)(?P<posx>(?:the\s+)?(?P<pos>{_alt(w.position_words, fold=True)}))"
            rf"(?:\s+{_alt(w.position_links, fold=True)})?[\s-]+)?\Z"
        )
        self.prefix_tails = {
            t.split()[-1].lower()
            for t in (
                *w.signals,
                *w.signal_articles,
                *w.approx_words,
                *w.date_approx_words,
                *w.position_words,
                *w.position_links,
            )
        }
        self.next_words = kept.compile(r"[\s\-–]*([\w%$€.-]+)(?:\s+([\w%$€.-]+))?")

    def _season_day_rules(self, w: LanguageWords) -> list[tuple[str, Handler, set[str]]]:
        """The rule of a day in a season of a written year ("a spring day in 1952", "einem
        Herbstabend 1952"): that season of the year, as "spring of 1952" is."""
        if not w.season_day:
            return []
        days = [unit for unit, code in w.day_units.items() if code == "D"] + list(w.day_parts)
        link = w.season_day.format(parts=_alt(days, fold=True))
        triggers = set(w.seasons) | {
            f"{season}{joint}{day}" for season in w.seasons for joint in ("", "s") for day in days
        }
        pattern = rf"(?P<s>{_alt(w.seasons, fold=True)}){link}{_YEAR.format('y')}{_WORD_END}"
        return [(pattern, self._season_day, triggers)]

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
        approx = _alt(self.words.approx_words, fold=True)
        parts = [_alt([before], fold=True) + rf"(?:\s+{approx})?"] if before else []
        parts += [number, unit] + ([_alt([after], fold=True)] if after else [])
        body = r"\s+".join(parts)
        return rf"(?P<{direction}>){body}{_WORD_END}"

    # -- handlers -------------------------------------------------------------------------


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
    if code not in TABLES:
        return None
    kept = PatternSet(f"dates-{code}")
    rules = Rules(TABLES[code], lexicon(code), kept)
    kept.save()
    return rules
