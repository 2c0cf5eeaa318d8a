"""Cross-links: for a sentence, the sentences of other documents about the same time or question.

A pair's score adds three kinds of evidence (``docs/links.md`` tells how the weights were tuned):

- dates: each pair of overlapping intervals weighs as its coarser precision (a shared day 1.0,
  month 0.6, season 0.45, year 0.2) times a factor per mod (``BEFORE``/``AFTER`` 0.5, ``APPROX``
  0.7, ``START``/``MID``/``END`` 0.85); distinct shared values add with halving weights;
- entities: each shared glossary entity adds the square of its IDF over sentences normalised to
  0..1 by ``log N``: "Belarus" in a Belarus corpus adds ~0.05, a name seen twice ~0.75;
- words: 2.5 times the cosine of sublinear tf-idf vectors of the analysed terms, each shared
  term's share scaled by that same normalised IDF, so common words alone do not link.

A link needs 0.5: a common year with "Belarus" (~0.25) stays below; a shared day or month, a
rare entity, or a year with a shared rare word and entity clears it. These values make the
made-up cases of ``tests/unit/test_links.py`` hold and were then checked on 13 known pairs of
the seeds (the August 2020 election, February 2022, Sapad, the nuclear weapons, the migration
crisis...): 0.5 finds 10 of them with 51 links from the SWP text; 0.4 finds the same 10 with
81 links; 0.3 lets single filler words link ("veränderte", "bleibt").

Candidates never come from comparing all pairs: each source sentence walks the postings of its
date buckets (month level for dates up to half a year, year level up to a decade), entity ids and
terms, accumulating a rough score per target. Postings longer than ``max_postings`` are skipped
there, as search engines skip stop words: such a feature is too common to find a link by itself,
though it still counts when the best ``rescore`` candidates are scored exactly.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sized
from dataclasses import dataclass, field
from datetime import date

from glossary.features import DateFeature, DocumentFeatures, SentenceFeatures

MONTH_LEVEL_DAYS = 186
"""Dates covering at most half a year are bucketed by month, longer ones by year."""
YEAR_LEVEL_DAYS = 3653
"""Dates covering more than a decade are not bucketed: they find no candidates by themselves."""


@dataclass(frozen=True)
class LinkWeights:
    """The scoring constants; see the module docstring for why they are what they are."""

    date: float = 1.0
    entity: float = 1.0
    term: float = 2.5
    threshold: float = 0.5
    """The least total score of a link."""
    precision: dict[str, float] = field(
        default_factory=lambda: {
            "day": 1.0,
            "month": 0.6,
            "season": 0.45,
            "quarter": 0.45,
            "half": 0.35,
            "year": 0.2,
            "ref": 0.15,
            "decade": 0.06,
            "century": 0.02,
        }
    )
    """Weight of a shared date by its (coarser) precision; durations have no interval."""
    mod: dict[str | None, float] = field(
        default_factory=lambda: {
            None: 1.0,
            "START": 0.85,
            "MID": 0.85,
            "END": 0.85,
            "APPROX": 0.7,
            "BEFORE": 0.5,
            "AFTER": 0.5,
        }
    )
    """Factor per mod: an open-ended "seit 2020" shares only a boundary with "2020"."""


@dataclass(frozen=True, slots=True)
class SentenceRef:
    """A sentence of a document: its index in ``Document.sentences`` and its offsets."""

    doc: str
    index: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Reasons:
    """Why two sentences are linked, strongest first in each list."""

    dates: list[str]
    """Shared date values (the coarser of each overlapping pair)."""
    entities: list[str]
    """Shared glossary entity ids, rarest first."""
    terms: list[str]
    """Shared analysed terms, most telling first."""


@dataclass(frozen=True, slots=True)
class Link:
    """A scored link from a source sentence to a sentence of another document."""

    source: SentenceRef
    target: SentenceRef
    score: float
    reasons: Reasons


def _ref(sentence: SentenceFeatures) -> SentenceRef:
    return SentenceRef(sentence.doc, sentence.index, sentence.start, sentence.end)


def _buckets(feature: DateFeature) -> list[tuple[str, int]]:
    """The index keys of a date: the months or years it covers, none if it is too vague."""
    if feature.first is None or feature.last is None:
        return []
    span = feature.last - feature.first
    first, last = date.fromordinal(feature.first), date.fromordinal(feature.last)
    if span <= MONTH_LEVEL_DAYS:
        return [
            ("m", month)
            for month in range(first.year * 12 + first.month, last.year * 12 + last.month + 1)
        ]
    if span <= YEAR_LEVEL_DAYS:
        return [("y", year) for year in range(first.year, last.year + 1)]
    return []


class LinkIndex:
    """Inverted indexes over the sentences of many documents, answering link queries.

    Args:
        weights: The scoring constants.
        max_postings: Postings longer than this are skipped when gathering candidates; by
            default ``max(200, sentences // 200)``.
        rescore: How many of the best rough candidates per source are scored exactly.
    """

    def __init__(
        self,
        weights: LinkWeights | None = None,
        max_postings: int | None = None,
        rescore: int = 20,
    ) -> None:
        self.weights = weights or LinkWeights()
        self.max_postings = max_postings
        self.rescore = rescore
        self.scored = 0
        """How many pairs were scored exactly so far (tests check candidates stay few)."""
        self._sentences: list[SentenceFeatures] = []
        self._by_doc: dict[str, dict[int, int]] = {}
        self._dates: dict[tuple[str, int], list[tuple[int, DateFeature]]] = defaultdict(list)
        self._entities: dict[str, list[int]] = defaultdict(list)
        self._terms: dict[str, list[tuple[int, float]]] = defaultdict(list)
        self._sizes: list[float] = []
        """Square root of each sentence's number of distinct terms."""

    def __len__(self) -> int:
        return len(self._sentences)

    def add(self, features: DocumentFeatures) -> None:
        """Index a document's sentences (replacing nothing: add each document once)."""
        if features.doc in self._by_doc:
            raise ValueError(f"document {features.doc!r} is already indexed")
        positions = self._by_doc[features.doc] = {}
        for sentence in features.sentences:
            sid = len(self._sentences)
            self._sentences.append(sentence)
            positions[sentence.index] = sid
            self._sizes.append(math.sqrt(len(sentence.terms)) or 1.0)
            for feature in sentence.dates:
                for key in _buckets(feature):
                    self._dates[key].append((sid, feature))
            for entity in sentence.entities:
                self._entities[entity].append(sid)
            for term, count in sentence.terms.items():
                self._terms[term].append((sid, 1.0 + math.log(count)))

    def links_for(self, doc_id: str, sentence_index: int, limit: int = 3) -> list[Link]:
        """The best links (at most ``limit``) from one sentence to other documents."""
        sid = self._by_doc.get(doc_id, {}).get(sentence_index)
        return [] if sid is None else self._links(sid, limit)

    def links_for_document(self, doc_id: str, limit: int = 3) -> dict[int, list[Link]]:
        """Links of every sentence of ``doc_id`` that has any, by sentence index."""
        found = {}
        for index, sid in self._by_doc.get(doc_id, {}).items():
            if links := self._links(sid, limit):
                found[index] = links
        return found

    def score(self, source: SentenceFeatures, target: SentenceFeatures) -> tuple[float, Reasons]:
        """The exact score of a pair and its reasons, against the indexed statistics."""
        self.scored += 1
        weights = self.weights
        date_score, dates = self._date_evidence(source.dates, target.dates)
        shared_entities = sorted(
            source.entities & target.entities, key=lambda e: (-self._rarity(self._entities, e), e)
        )
        entity_score = sum(self._rarity(self._entities, e) ** 2 for e in shared_entities)
        term_score, terms = self._term_evidence(source.terms, target.terms)
        total = (
            weights.date * date_score + weights.entity * entity_score + weights.term * term_score
        )
        return total, Reasons(dates, shared_entities, terms)

    def _links(self, sid: int, limit: int) -> list[Link]:
        source = self._sentences[sid]
        rough = self._candidates(sid)
        best = sorted(rough, key=lambda t: (-rough[t], t))[: max(self.rescore, limit)]
        links = []
        for tid in best:
            target = self._sentences[tid]
            total, reasons = self.score(source, target)
            if total >= self.weights.threshold:
                links.append(Link(_ref(source), _ref(target), round(total, 4), reasons))
        links.sort(key=lambda link: (-link.score, link.target.doc, link.target.index))
        return links[:limit]

    def _candidates(self, sid: int) -> defaultdict[int, float]:
        """Rough scores of the sentences of other documents sharing a selective feature."""
        source = self._sentences[sid]
        own = self._by_doc[source.doc].values()
        cap = self.max_postings or max(200, len(self._sentences) // 200)
        weights, rough = self.weights, defaultdict[int, float](float)
        for feature in source.dates:
            reached: dict[int, float] = {}
            for key in _buckets(feature):
                dated = self._dates.get(key, ())
                if len(dated) <= cap:
                    for tid, other in dated:
                        reached[tid] = max(reached.get(tid, 0.0), self._pair_weight(feature, other))
            for tid, weight in reached.items():
                rough[tid] += weights.date * weight
        for entity in source.entities:
            naming = self._entities.get(entity, ())
            if len(naming) <= cap:
                rarity = weights.entity * self._rarity(self._entities, entity) ** 2
                for tid in naming:
                    rough[tid] += rarity
        # A target's norm is estimated from its length (as if its words were as rare as the
        # source's): computing exact norms for every sentence reached costs more than the rest.
        scale = self._sizes[sid] / self._vector_norm(source.terms) ** 2
        for term, count in source.terms.items():
            using = self._terms.get(term, ())
            if len(using) <= cap:
                idf = self._term_idf(term)
                factor = weights.term * (1.0 + math.log(count)) * idf * idf * scale
                factor *= self._rarity(self._terms, term)
                for tid, tf in using:
                    rough[tid] += factor * tf / self._sizes[tid]
        for tid in own:
            rough.pop(tid, None)
        return rough

    def _pair_weight(self, a: DateFeature, b: DateFeature) -> float:
        """The weight of two dates if their intervals overlap, else 0."""
        if a.first is None or b.first is None or a.last is None or b.last is None:
            return 0.0
        if a.first > b.last or b.first > a.last:
            return 0.0
        precision, mod = self.weights.precision, self.weights.mod
        coarser = min(precision.get(a.precision, 0.0), precision.get(b.precision, 0.0))
        return coarser * mod.get(a.mod, 0.5) * mod.get(b.mod, 0.5)

    def _date_evidence(
        self, ours: Iterable[DateFeature], theirs: list[DateFeature]
    ) -> tuple[float, list[str]]:
        """Distinct shared values, best first; each further value counts half the previous."""
        shared: dict[str, float] = {}
        for a in ours:
            for b in theirs:
                if weight := self._pair_weight(a, b):
                    value = a.value if a.days >= b.days else b.value  # what both share
                    shared[value] = max(shared.get(value, 0.0), weight)
        ranked = sorted(shared, key=lambda v: (-shared[v], v))
        return sum(shared[v] / 2**i for i, v in enumerate(ranked)), ranked

    def _term_evidence(self, ours: Counter[str], theirs: Counter[str]) -> tuple[float, list[str]]:
        """Cosine of the tf-idf vectors, each shared term scaled by its rarity.

        Plain cosine gives two short sentences of common words a high score; scaling each shared
        term's share by its rarity (0..1) keeps the score for words that tell something.
        """
        contributions = {
            term: (1.0 + math.log(ours[term]))
            * (1.0 + math.log(theirs[term]))
            * self._term_idf(term) ** 2
            * self._rarity(self._terms, term)
            for term in ours.keys() & theirs.keys()
        }
        if not contributions:
            return 0.0, []
        norm = self._vector_norm(ours) * self._vector_norm(theirs)
        ranked = sorted(contributions, key=lambda t: (-contributions[t], t))
        return sum(contributions.values()) / norm, ranked

    def _rarity(self, postings: Mapping[str, Sized], key: str) -> float:
        """IDF over sentences scaled to 0..1 by the largest possible IDF, ``log N``."""
        n = max(len(self._sentences), 2)
        df = max(len(postings.get(key, ())), 1)
        return min(1.0, math.log(n / df) / math.log(n))

    def _term_idf(self, term: str) -> float:
        df = max(len(self._terms.get(term, ())), 1)
        return math.log(1.0 + len(self._sentences) / df)

    def _vector_norm(self, terms: Counter[str]) -> float:
        return (
            math.sqrt(sum(((1.0 + math.log(c)) * self._term_idf(t)) ** 2 for t, c in terms.items()))
            or 1.0
        )
