"""Handlers of the date tagger's rules: from one regex match to candidates.

Each handler reads the named groups of its rule's pattern (built in ``timex_rules``) and
returns zero or more candidates, leaving unknown years as ``None`` for ``timex_resolve``.
"""

from __future__ import annotations

import calendar
import re

from glossary.timex_candidate import Candidate, place_feast, previous_word
from glossary.timex_lexicon import Lexicon
from glossary.timex_words import LanguageWords

_NAME_BEFORE = re.compile(r"(?<![\w-])([A-ZÄÖÜ]\w+)-\Z")
"""A name glued to a year: ``Sapad-2021``."""
_CENTURIES = frozenset({*(str(n) for n in range(10, 20)), "20"})
"""First two digits of a four-digit year the tagger reads (1000-2099)."""
_COUNT_FOLLOWS = re.compile(r"\s*(?:,|und|oder|and|or)\s+\d[\d.,]*\s+\w")
"""Another count after the noun: the numbers are coordinated counts."""
_STOP_BEFORE_CAPITAL = re.compile(r"[.!?;:]\s+(?=[A-ZÄÖÜ])")
"""A stop, semicolon or colon before a capital: the clause of a stated figure starts after
it (unlike ``timex_resolve``'s sentence end, it also cuts after a day's number, which a
figure's clause seldom holds)."""


class Handlers:
    """The match handlers; ``Rules`` supplies the words, lexicon and helper patterns."""

    words: LanguageWords
    lex: Lexicon
    numbers: dict[str, int | None]
    units: dict[str, str]
    eras: dict[str, bool]
    next_words: re.Pattern[str]
    blocker_tails: tuple[str, ...]
    night_into: re.Pattern[str] | None
    simile: re.Pattern[str] | None
    decade_words: dict[str, int]
    decade_lead: re.Pattern[str] | None
    decade_measure: re.Pattern[str] | None
    decade_century: re.Pattern[str]

    def _count(self, match: re.Match[str]) -> int | None:
        """The count of a match; ``None`` when vague (``einige``, ``Millionen von``)."""
        groups = match.groupdict()
        raw = groups.get("num")
        if raw is None or groups.get("mult"):
            return None
        digits = raw.replace(".", "")
        return int(digits) if digits.isdigit() else self.numbers.get(" ".join(raw.lower().split()))

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
            hour = int(match["hh"])
            if hour < 12 and (match.groupdict().get("ampm") or "").lower().startswith("p"):
                hour += 12
            time = f"T{hour:02d}:{match['mm'] or '00'}"
        elif match["pod"]:
            time = "T" + self.words.day_parts[match["pod"].lower()]
        first = int(match["d1"])
        out = []
        joiner = match.string[match.end("d1x") : match.start("d2")] if match["d2"] else ""
        if match["pod"] and " ".join(joiner.split()) in self.words.day_joiners:
            # "in der Nacht vom 21. auf den 22. Juni": one night, dated by its evening
            cand = Candidate(
                match.start(),
                match.end(),
                year=year,
                tail=f"-{month:02d}-{first:02d}{time}",
                needs_year=year is None,
                month_day=(month, first),
            )
            return [cand] if _valid_day(year, month, first) else []
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
            joiner = match.string[cut:start].strip().lower()
            if joiner in self.words.range_connectors:  # "vom 6. bis 15. September"
                out[0].extra["range_next"] = "yes"
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
        ref = match.groupdict().get("ref")
        for cand in out:
            self._take_year_reference(cand, ref)
        if match["pod"] and self.night_into and self.night_into.match(match.string, match.start()):
            out[-1].extra["into"] = "1"  # "in der Nacht zum 15. April": the night before it
        return [c for c in out if _valid_day(c.year, month, int(c.tail[4:6]))]

    def _take_year_reference(self, cand: Candidate, phrase: str | None) -> None:
        """``März des Vorjahres``, ``3. Oktober des folgenden Jahres``: the year the phrase
        names, counted from the passage's year and not moved on by the narrative."""
        if phrase:
            words = phrase.lower().split()
            cand.year_offset = self.words.reference_years[" ".join(words)]
            cand.extra["year_ref"] = "yes"
            cand.extra["anaphor"] = "year"
            if words[0] in self.words.proximal:
                cand.extra["proximal"] = "yes"

    def _month(self, match: re.Match[str]) -> list[Candidate]:
        name, groups = match["mon"], match.groupdict()
        year_text = groups.get("y") or groups.get("y2")
        explicit = bool(year_text or groups.get("ref"))
        if not explicit and name.lower().rstrip(".") not in self.lex.full_months:
            return []
        cand = Candidate(
            match.start(),
            match.end(),
            year=int(year_text) if year_text else None,
            tail=f"-{self._month_number(name):02d}",
        )
        cand.needs_year = cand.year is None
        cand.weak = not explicit and not groups.get("head")
        if cand.needs_year and not explicit and self._in_simile(match.string, match.start()):
            return []
        self._take_year_reference(cand, groups.get("ref"))
        return [cand]

    def _in_simile(self, text: str, start: int) -> bool:
        """Whether a bare month qualifies the thing a comparison likens to ("slow as tar in
        January", "zäh wie Honig im Januar"): the kind of month, no date of the story."""
        return bool(self.simile and self.simile.search(text, max(0, start - 50), start))

    def _season(self, match: re.Match[str]) -> list[Candidate]:
        year_text = match["y"] or match["y3"]
        cand = Candidate(
            match.start(),
            match.end(),
            year=int(year_text) if year_text else None,
            tail="-" + self.words.seasons[match["s"].lower()],
        )
        if match["sp"]:  # "Spätsommer", "high summer": a part of the season
            cand.mod = self.words.season_positions[_prefix_key(match["sp"])]
        cand.needs_year = cand.year is None
        cand.weak = not year_text and not match["ref"] and not match["sp"]
        self._take_year_reference(cand, match["ref"])
        return [cand]

    def _season_day(self, match: re.Match[str]) -> list[Candidate]:
        """``a spring day in 1952``, ``Frühlingstag 1952``: the season of that year."""
        tail = "-" + self.words.seasons[match["s"].lower()]
        return [Candidate(match.start(), match.end(), year=int(match["y"]), tail=tail)]

    def _holiday(self, match: re.Match[str]) -> list[Candidate]:
        """``Weihnachten 1914``: a feast on a fixed day of the year."""
        month, day = self.words.holidays[" ".join(match["feast"].lower().split())]
        year = int(match["y"]) if match["y"] else None
        cand = Candidate(
            match.start(),
            match.end(),
            year=year,
            tail=f"-{month:02d}-{day:02d}",
            needs_year=year is None,
            month_day=(month, day),
        )
        cand.weak = year is None
        return [cand]

    def _movable_feast(self, match: re.Match[str]) -> list[Candidate]:
        """``Ostern 1848``, ``an Pfingsten``: a feast counted from Easter, placed once the
        year is known (``timex_values.place_feast``)."""
        offset = self.words.movable_feasts[" ".join(match["feast"].lower().split())]
        year = int(match["y"]) if match["y"] else None
        cand = Candidate(match.start(), match.end(), year=year, needs_year=year is None)
        cand.extra["feast"] = str(offset)
        before = previous_word(match.string, match.start(), 0)
        cand.weak = year is None and before not in self.words.day_ref_leads  # "am Karfreitag"
        place_feast(cand)
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
        """``1970er``/``the 1970s`` -> 197; ``880er`` -> 088; ``90er Jahre`` -> 199."""
        digits = match["d"]
        article = re.match(r"the\s+", match.group(0), re.IGNORECASE)
        if len(digits) == 1 and not (article or "Jahre" in match.group(0)):
            return []
        value = digits if len(digits) == 3 else f"19{digits}" if len(digits) == 1 else f"0{digits}"
        start = match.start() + (article.end() if article else 0)
        return [Candidate(start, match.end(), value=value)]

    def _decade_word(self, match: re.Match[str]) -> list[Candidate]:
        """``in den achtziger Jahren``, ``the eighties`` -> 198: as ``80er Jahre``, of the
        century named after it ("des 19. Jahrhunderts" -> 186), else of the passage's
        century when that is an earlier one (``extra["decade"]``), else the twentieth."""
        start = match.start()
        if self.decade_lead:
            lead = self.decade_lead.search(match.string, max(0, start - 20), start)
            if lead is None:
                return []
            if len(lead.group().split()) == 1:  # "the eighties", as "the 1980s"
                start = lead.start()
        if self.decade_measure and self.decade_measure.search(
            match.string, max(0, start - 80), start
        ):
            return []  # "temperatures in the seventies", "a round in the sixties": a quantity
        tens = self.decade_words[match["dw"].lower()]
        century = self.decade_century.match(match.string, match.end())
        if century:
            n = int(century["n"]) if century["n"] else self.words.ordinals[century["ord"].lower()]
            return [Candidate(start, match.end(), value=f"{n - 1:02d}{tens // 10}")]
        cand = Candidate(start, match.end(), value=f"19{tens // 10}")
        cand.extra["decade"] = str(tens // 10)
        return [cand]

    def _century(self, match: re.Match[str]) -> list[Candidate]:
        n = int(match["n"]) if match["n"] else self.words.ordinals.get(match["ord"].lower(), 0)
        if not 1 <= n <= 21:
            return []
        era = match.groupdict().get("era") or ""
        bc = bool(era) and not self._common_era(era)
        return [Candidate(match.start(), match.end(), value=f"{'BC' if bc else ''}{n - 1:02d}")]

    def _common_era(self, era: str) -> bool:
        """Whether an era name counts forward (AD, n. Chr.) rather than back (BC)."""
        return self.eras[" ".join(era.lower().split())]

    def _year(self, match: re.Match[str]) -> list[Candidate]:
        year = int(match["y"])
        era = match["era"]
        groups = match.groupdict()  # once: it builds a dict of every group of the rule
        if groups.get("r2") or groups.get("c2"):
            return self._year_range(match)
        noun = groups.get("noun")
        if not era and not noun and not 1000 <= year <= 2099:
            return []
        if era and not self._common_era(era):
            return [Candidate(match.start(), match.end(), value=f"BC{year:04d}")]
        if not noun and not era and self._not_a_year(match):
            return []
        if year < 1000 and not era and not noun:
            return []
        name = _NAME_BEFORE.search(match.string, max(0, match.start() - 40), match.start())
        if name and name.group(1).lower() not in self.lex.months:
            return [
                Candidate(name.start(), match.end(), year=year, narrative=False, prefixable=False)
            ]
        cand = Candidate(match.start(), match.end(), year=year)
        if not noun:
            if previous_word(match.string, match.start(), 0) in self.words.determiners:
                cand.narrative = False
        return [cand]

    def _year_range(self, match: re.Match[str]) -> list[Candidate]:
        """Two dates from ``1623-25``, ``1858–1940``, ``(865–915)``, ``Jahre 2001-02``.

        The second year takes the first one's century when it has two digits. A range
        must run forward by at most three centuries (BC ranges run backward); a range of
        three-digit numbers counts only in brackets (life dates) or with an era.
        """
        groups = match.groupdict()
        ends_range = bool(groups.get("r2"))
        first, raw = int(match["y"]), groups.get("r2") or groups["c2"]
        era = match["era"]
        bc = bool(era) and not self._common_era(era)
        second = first // 100 * 100 + int(raw) if len(raw) == 2 else int(raw)
        if len(raw) == 2 and second <= first:
            second += 100
        span = first - second if bc else second - first
        text, start = match.string, match.start("y")
        bracketed = start > 0 and text[start - 1] == "("
        if not 0 < span <= 300 or (first < 1000 and not (era or bracketed)):
            return []
        if not match.groupdict().get("noun") and not era and self._not_a_year(match):
            return []
        if bc:
            values = [f"BC{first:04d}", f"BC{second:04d}"]
            end = match.start("r2" if ends_range else "c2")
            return [
                Candidate(start, match.end("y"), value=values[0], extra={"range_next": "yes"}),
                Candidate(end, match.end(), value=values[1]),
            ]
        end = match.start("r2" if ends_range else "c2")
        pair = [
            Candidate(match.start(), match.end("y"), year=first),
            Candidate(end, end + len(raw), year=second),
        ]
        if ends_range:
            pair[0].extra["range_next"] = "yes"
        return pair

    def _plural_noun(self, word: str) -> bool:
        """Whether ``word`` looks like a plural noun (``Aktien``, ``Dörfer``, ``shares``)."""
        noun = word[:1].isupper() if self.words.capitalised_nouns else word.islower()
        return noun and word.lower().endswith(self.words.plural_endings)

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
        after = self.next_words.match(text, end, min(len(text), end + 40))
        if self._stated_quantity(text, start, after):
            return True
        first = after.group(1).rstrip(".").lower() if after else ""
        before = previous_word(text, start, 0)
        if before in w.month_triggers or before in w.signals or before in w.position_words:
            if after and self._plural_noun(after.group(1)):
                if before in w.count_prepositions:
                    return True  # "in 2000 Wohnungen"
                if before in w.determiners:  # "the 1800 workers", as "die 1200 Stufen" below
                    return self._round_count(match, after)
            return first in w.money_words  # "von 1200 Gulden" is an amount all the same
        if self._continues_year_list(text, start, before):
            return False  # "1563, 1593 und 1603", "zwischen 1975 und 1996"
        if before.isdigit() and text[start - 1].isspace():
            return True
        if not after:
            return False
        if first in w.money_words:
            return True
        first, second = after.group(1).rstrip("."), (after.group(2) or "").rstrip(".")
        if first.lower() in w.measure_words or first.startswith("%") or first.isdigit():
            return True
        if first.islower() and second.lower() in w.measure_words:
            return True
        if not self._plural_noun(first):
            return False
        return self._round_count(match, after)

    def _stated_quantity(self, text: str, start: int, after: re.Match[str] | None) -> bool:
        """Whether the number at ``start`` is the figure a verb of stating a quantity gives
        ("auf 1910 beziffert", "die Zahl … mit etwa 1910 angegeben", "toll put at 1910").

        The preposition alone does not decide ("auf 1910 datiert" is a date), nor a verb that
        also dates things ("Historians put its founding at 1350"): that one needs a noun of a
        count in the clause. One that only gives figures ("beziffert") needs none, but a noun
        of a point in time without one keeps a year ("Das Baujahr wird auf 1910 beziffert").
        """
        w = self.words
        clause = _STOP_BEFORE_CAPITAL.split(text[max(0, start - 160) : start])[-1]
        tokens = [t.strip(",;:()»«„“\"'-–").lower() for t in clause.split()]
        while tokens and tokens[-1] in w.approx_words:
            tokens.pop()
        if not tokens or tokens.pop() not in w.quantity_prepositions:
            return False
        following = [g.rstrip(".").lower() for g in after.groups() if g] if after else []
        verbs = tokens + following[:2]
        dated = [t for t in tokens if self._names(t, w.date_stems)]
        counted = any(self._names(t, w.count_stems) for t in tokens if t not in dated)
        if any(t in w.quantity_verbs for t in verbs):
            return counted or not dated
        return counted and any(t in w.estimate_verbs for t in verbs)

    def _names(self, token: str, stems: tuple[str, ...]) -> bool:
        """Whether ``token`` is one of the nouns ``stems`` with one of their endings, or in a
        language of compounds ends with one (``Opferzahlen``; not ``Zahlung``, ``county``)."""
        w = self.words
        forms = (stem + ending for stem in stems for ending in w.stem_endings)
        if w.compound_heads:
            return any(token.endswith(form) for form in forms)
        return any(token == form for form in forms)

    @staticmethod
    def _round_count(match: re.Match[str], after: re.Match[str]) -> bool:
        """Whether a number before a plural noun counts it: a round number ("in 2000
        Dörfer") or one of coordinated counts ("1999 Aktien und 2000 Anleihen");
        "präsentierte 2009 Beweise" is a year."""
        return int(match["y"]) % 50 == 0 or bool(_COUNT_FOLLOWS.match(match.string, after.end(1)))

    def _continues_year_list(self, text: str, start: int, before: str) -> bool:
        """Whether a year joined by a comma or a connector stands just before ``start``."""
        words = text[max(0, start - 20) : start].split()
        if before in self.words.connectors and len(words) >= 2:
            candidate = words[-2].rstrip(",")
        elif words and words[-1].endswith(","):
            candidate = words[-1][:-1]
        else:
            return False
        return len(candidate) == 4 and candidate.isdigit() and candidate[:2] in _CENTURIES

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
        cand.extra["anaphor"] = "year"  # "in demselben Jahr" refers to any year named last
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

    def _reference(self, match: re.Match[str]) -> list[Candidate]:
        phrase = " ".join(match["phrase"].lower().split())
        w = self.words
        following = self.next_words.match(match.string, match.end(), match.end() + 30)
        after = following.group(1).lower() if following else ""
        if after in w.genitives and phrase.count(" "):
            return []  # "in den letzten Jahren der Apartheid", "zur Zeit der Namensgebung"
        if after in w.connective_followers and not phrase.count(" "):
            return []  # "bald darauf", "soon after": a connective, not the future
        value = (
            "PRESENT_REF"
            if phrase in w.present
            else "PAST_REF"
            if phrase in w.past
            else "FUTURE_REF"
        )
        cand = Candidate(
            match.start(), match.end(), value=value, narrative=False, extra={"ref": phrase}
        )
        first, _, rest = phrase.partition(" ")
        if rest and first in w.lead_prepositions:  # "bis heute", "in der Vergangenheit"
            cand.start = match.start() + len(match.group(0)) - len(match.group(0).split(None, 1)[1])
            cand.extra["signal"] = first
            cand.prefixable = False  # the preposition is read: "bis heute" has no mod
        return [cand]


def _valid_day(year: int | None, month: int, day: int) -> bool:
    if day > (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31):
        return False
    leap = year is None or calendar.isleap(year)
    return not (month == 2 and day == 29 and not leap)


def _prefix_key(prefix: str) -> str:
    """A season's prefix as ``season_positions`` keys it: lower case, a space after it when it
    stood apart ("High  summer" -> ``high ``)."""
    key = prefix.lower()
    return key.rstrip() + " " if key[-1:].isspace() else key
