"""Dates as evidence between two sentences of the link index: the factor of a period a sentence
carries on from earlier text, what two dates weigh together, and how a period that few
sentences of the two documents share (or the story's own day, that most are on) weighs more or
less. Apart from :class:`glossary.links.LinkIndex` because it keeps its own statistics, per
document and period, and reads no words."""

from __future__ import annotations

import bisect
import math
from collections import defaultdict

from glossary.features import DateFeature, DocumentFeatures, SentenceFeatures, placed_only
from glossary.link_dates import (
    PART_OF,
    Dated,
    buckets,
    day_part,
    same_part_of_day,
    same_weekday,
    span,
    years_too,
)
from glossary.link_types import SharedTime
from glossary.link_weights import LinkWeights


class TimeEvidence:
    """The dates of the indexed sentences, and the date score of two sentences.

    Args:
        weights: The scoring constants.
    """

    def __init__(self, weights: LinkWeights) -> None:
        self.weights = weights
        self._documents: set[str] = set()
        """The documents indexed so far."""
        self._carried: dict[tuple[str, int], float] = {}
        """The factor of each indexed sentence's inherited period (by document and index)."""
        self._in_bucket: dict[tuple[str, tuple[str, int]], int] = defaultdict(int)
        """How many sentences of each document are in each month or year (stated or carried)."""
        self._on_day: dict[tuple[str, int], int] = defaultdict(int)
        """How many sentences of each document are on each day (stated or carried)."""
        self._keys: dict[str, list[tuple[str, int]]] = {}
        """The buckets of each period value weighed so far (a rough score weighs thousands)."""
        self._counted: dict[tuple[str, str], int] = {}
        """How many sentences of a document are in a period, by document and period value, as
        far as asked since the last sentence was counted."""

    def carry_factors(self, features: DocumentFeatures) -> None:
        """Each inheriting sentence's factor: lower unless the sentence just before it, in
        its paragraph, set the period (and the document is known from now on)."""
        self._documents.add(features.doc)
        starts = [sentence.start for sentence in features.sentences]
        for number, sentence in enumerate(features.sentences):
            if sentence.reference is None:
                continue
            setter = bisect.bisect_right(starts, sentence.reference.start) - 1
            near = (
                number - 1 <= setter < number
                and features.sentences[setter].paragraph == sentence.paragraph
            )
            weights = self.weights
            further = max(0, number - setter - 2)
            factor = weights.inherited if near else weights.inherited_far * weights.decay**further
            self._carried[(sentence.doc, sentence.index)] = factor

    def count(self, doc: str, sentence: SentenceFeatures) -> None:
        """Count an indexed sentence of ``doc`` in the months or years and on the day it is in
        (stated or carried), for how rare a shared period is; a sentence in a month is in its
        year too (a year that most sentences of a chronicle name by month is the story's)."""
        self._counted.clear()
        for key in {key for dated in self.times(sentence) for key in years_too(dated[0])}:
            self._in_bucket[(doc, key)] += 1
        for day in {d.first for d, _ in self.times(sentence) if d.days == 1 and d.first}:
            self._on_day[(doc, day)] += 1

    def times(self, sentence: SentenceFeatures) -> list[Dated]:
        """The sentence's own dates, and the reference time it inherits at a lower weight."""
        times = [(feature, 1.0) for feature in sentence.dates]
        if sentence.reference is not None:
            key = (sentence.doc, sentence.index)
            times.append((sentence.reference, self._carried.get(key, self.weights.inherited)))
        return times

    def pair_weight(self, ours: Dated, theirs: Dated) -> float:
        """The weight of two dates if their intervals overlap, else 0.

        Two days of one week (up to ``weights.near_days`` apart: one day's evening and the next
        morning, a night across midnight, an event and the report of it) weigh as a shared week.
        """
        (a, a_factor), (b, b_factor) = ours, theirs
        if a.first is None or b.first is None or a.last is None or b.last is None:
            return 0.0
        precision, mod = self.weights.precision, self.weights.mod
        (a_first, a_last, a_precision), (b_first, b_last, b_precision) = span(a), span(b)
        if a_first > b_last or b_first > a_last:
            if a.days == 1 and b.days == 1 and abs(a.first - b.first) <= self.weights.near_days:
                coarser = precision["week"]
            elif (a.mod in PART_OF or b.mod in PART_OF) and (
                a_first == b_last + 1 or b_first == a_last + 1
            ):
                coarser = self.weights.adjacent * min(
                    precision.get(a_precision, 0.0), precision.get(b_precision, 0.0)
                )
            else:
                return 0.0
        else:
            coarser = min(precision.get(a_precision, 0.0), precision.get(b_precision, 0.0))
            # a morning of that winter, and 17 February's morning; that Friday, and Friday 16th
            if same_part_of_day(a, b) or same_weekday(a, b):
                coarser = max(coarser, precision["week"])
        far = self.weights.inherited_far
        unseen = self.weights.unseen if a_factor <= far and b_factor <= far else 1.0
        bounds = mod.get(_day_mod(a), 0.5) * mod.get(_day_mod(b), 0.5)
        return coarser * bounds * a_factor * b_factor * unseen

    def rough_weight(self, ours: Dated, theirs: Dated, docs: tuple[str, str]) -> float:
        """What two dates weigh in the rough score that picks the candidates to score exactly:
        their pair weight, and more for a period that both state and few sentences of the two
        documents are in; :meth:`evidence` weighs the same and the story's day (without the
        rare period here, "fünf Jahre nach dem Unglück", a year, fell behind a hundred
        sentences sharing words with the source, and the rare year that made it a link was
        never weighed)."""
        weight = self.pair_weight(ours, theirs)
        if weight and ours[1] == 1.0 and theirs[1] == 1.0:
            coarser = ours[0] if ours[0].days >= theirs[0].days else theirs[0]
            weight *= self._rare_period(coarser, docs)
        return weight

    def evidence(
        self, ours: list[Dated], theirs: list[Dated], docs: tuple[str, str] = ("", "")
    ) -> tuple[float, list[SharedTime]]:
        """Distinct shared periods, best first; each further one counts half the previous.

        ``docs`` are the documents of ``ours`` and ``theirs``, to say where a period that both
        only carry on was set.
        """
        best: dict[str, tuple[float, SharedTime]] = {}
        for a in ours:
            for b in theirs:
                weight = self.rough_weight(a, b, docs)
                if not weight:
                    continue
                sides = [(a[0], a[1], docs[0]), (b[0], b[1], docs[1])]
                if a[0].days < b[0].days:
                    sides.reverse()
                coarser = sides[0][0]
                weight *= self._story_day(a[0], b[0], docs)
                if weight > best.get(coarser.value, (0.0, None))[0]:
                    # the period as a passage states it: the coarser side's words, else the
                    # date the other side states within it; only when neither states it, the
                    # words that set it earlier in the text, on the side that set it nearer
                    stated = next((side.text for side, own, _ in sides if own == 1.0), "")
                    setter = max(sides, key=lambda side: side[1])
                    earlier = "" if stated else setter[0].text
                    best[coarser.value] = (
                        weight,
                        SharedTime(
                            coarser.value,
                            coarser.first or 0,
                            coarser.last or 0,
                            stated,
                            a[1] < 1.0 or b[1] < 1.0,
                            earlier,
                            (setter[2], setter[0].start) if earlier else None,
                            min(a[1], b[1]) < self.weights.inherited,
                        ),
                    )
        # of two periods that weigh alike, the more precise is the better reason
        ranked = sorted(
            best.values(), key=lambda item: (-item[0], item[1].last - item[1].first, item[1].value)
        )
        score = sum(weight / 2**i for i, (weight, _) in enumerate(ranked))
        return score, [time for _, time in ranked]

    def _story_day(self, a: DateFeature, b: DateFeature, docs: tuple[str, str]) -> float:
        """Factor of two days by how many sentences of their documents are on them (1 for
        periods longer than a day): a day most sentences of both tellings are on is the
        story's day, and like a common word tells little of which two sentences belong
        together (a sentence of that night shares it with every sentence of the other telling
        about the night): the words then decide."""
        if a.days != 1 or b.days != 1 or a.first is None or b.first is None:
            return 1.0
        on_both = self._on_day.get((docs[0], a.first), 1) * self._on_day.get((docs[1], b.first), 1)
        return 1.0 / (1.0 + self.weights.story_day * math.log(max(on_both, 1)))

    def _rare_period(self, period: DateFeature, docs: tuple[str, str]) -> float:
        """Factor of a period coarser than a month that two passages both state, by how few
        sentences of their documents are in it: ``1 + weights.rare_period / (n_a × n_b)``, at
        most as much as makes it weigh as a month. A year that only these two sentences of the
        two tellings speak of ("closed the case in 2013" / "die Ermittlungen im Jahr 2013
        einstellte") tells as much as a month; the story's own year, that most sentences are in,
        no more than its precision says."""
        weight = self.weights.precision.get(span(period)[2], 0.0)
        cap = self.weights.precision["month"]
        if not weight or weight >= cap or any(doc not in self._documents for doc in docs):
            return 1.0
        keys = self._keys.get(period.value)
        if keys is None:
            # a part of a day or a weekday that its period places is no period (and its value,
            # one for any period, has no buckets of its own)
            placed = day_part(period.value) or placed_only(period.value)
            keys = self._keys[period.value] = [] if placed else buckets(period)
        if not keys:
            return 1.0
        counts = [self._sentences_in(doc, period.value, keys) for doc in docs]
        return min(cap / weight, 1.0 + self.weights.rare_period / (counts[0] * counts[1]))

    def _sentences_in(self, doc: str, value: str, keys: list[tuple[str, int]]) -> int:
        """How many sentences of ``doc`` are in the buckets ``keys`` of period ``value`` (at
        least 1)."""
        count = self._counted.get((doc, value))
        if count is None:
            count = max(1, sum(self._in_bucket.get((doc, key), 0) for key in keys))
            self._counted[(doc, value)] = count
        return count


_BOUNDS = frozenset({"BEFORE", "AFTER"})
"""Mods of a date that bound a time rather than state it."""


def _day_mod(feature: DateFeature) -> str | None:
    """The mod of a date as a period of days: a bound on a time of day ("shortly before noon
    on 14 August", "kurz nach 22 Uhr") still states its whole day, as the reference time
    reads it; only a bound on a day or longer period leaves it open-ended."""
    if feature.mod in _BOUNDS and feature.value[10:11] == "T":  # 2018-08-14TMI, …T11:36
        return None
    return feature.mod
