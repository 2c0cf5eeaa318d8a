"""Cross-links: for a sentence, the sentences of other documents about the same time or question.

A pair's score adds three kinds of evidence (``docs/links.md`` tells how the weights were tuned):

- dates: each pair of overlapping intervals weighs as its coarser precision (a shared day 1.0,
  week 0.8, month 0.6, season 0.45, year 0.2) times a factor per mod (``BEFORE``/``AFTER`` 0.5,
  ``APPROX`` 0.7, ``START``/``MID``/``END`` 0.85; a start, middle or end covers only its third of
  the period) and, for a side that only carries the period on from earlier text, 0.8 when the
  sentence just before set it and 0.5 when it was set further back, 0.85 times less for each
  sentence beyond the second (and another 0.35 when both sides carry it from further back:
  neither passage shows it); distinct shared values add with halving weights; periods that meet
  end to start, one of them a start, middle or end ("Ende 2021" / "Anfang 2022"), weigh half;
  a day that many sentences of both documents are on (the story's day) weighs less, as a
  common word does;
- entities: each shared glossary entity adds the square of its IDF over sentences normalised to
  0..1 by ``log N``: "Belarus" in a Belarus corpus adds ~0.05, a name seen twice ~0.75;
- words: 6 times the cosine of sublinear tf-idf vectors of the passages' lemmas, each shared
  term's share scaled by that same normalised IDF, so common words alone do not link; synonyms
  (German), cognates and translations (between English and German) meet at lower weights.

Calendar words ("Juni", "summer", "Woche") are never theme evidence on their own: a shared
time is weighed by the dates. A link needs 0.4 after the document factor (a passage of a
document about other events keeps 0.3 of its score, a theme link 0.2; a document is close in
itself only from an affinity of 0.1, so a library of unrelated documents does not link on a
common word; a theme resting on one word or on words of everyday language only, "Folgen",
keeps 0.1 of its score into a document that shares nothing with the source's): a common year
with "Belarus" (~0.25) stays below; a shared day or month, a rare entity, or a year with a
shared rare word and entity clears it. Between two documents each closest to the other in the
library (two tellings of one story) a link needs 0.26: there a few words met in translation
are likelier one question. The made-up cases of
``tests/unit/test_links.py`` fix the order of things; the weights were chosen on the tuning half
of ``benchmarks/data/links`` (``benchmarks/links_eval.py``).

Candidates never come from comparing all pairs: each source sentence walks the postings of its
date buckets (month level for dates up to half a year, year level up to a decade), entity ids and
terms, accumulating a rough score per target. Postings longer than ``max_postings`` are skipped
there, as search engines skip stop words: such a feature is too common to find a link by itself,
though it still counts when the best ``rescore`` candidates are scored exactly.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Collection, Container

from glossary.cognates import cognate_key
from glossary.features import DocumentFeatures, SentenceFeatures
from glossary.link_dates import Dated, buckets, other_level_buckets, stated_in_years
from glossary.link_documents import DocumentAffinities, story_keys
from glossary.link_families import FamilyMatching
from glossary.link_passages import Passage, log_tf, passage_of
from glossary.link_statistics import TermStatistics
from glossary.link_synonyms import SynonymMatching
from glossary.link_times import TimeEvidence
from glossary.link_translations import TranslationMatching
from glossary.link_types import Link, LinkKind, Reasons, SentenceRef, SharedTime
from glossary.link_weights import LinkWeights
from glossary.link_words import (
    Match,
    cognate_terms,
    one_each,
    shown_once,
    spelled_alike_only,
    synonym_sets,
    telling_pairs,
    written_as,
)
from glossary.synonyms import thesaurus
from glossary.translations import phrases, translations

__all__ = [
    "Link",
    "LinkIndex",
    "LinkKind",
    "LinkWeights",
    "Passage",
    "Reasons",
    "SentenceRef",
    "SharedTime",
]
"""The link index, and what a link is and weighs (kept in ``link_types``, ``link_weights``)."""


SYNONYM_LANGUAGES = frozenset({"de"})
"""Languages of the shipped thesaurus (:mod:`glossary.synonyms`)."""

TRANSLATION_LANGUAGES = ("de", "en")
"""The two languages of the shipped translations (:mod:`glossary.translations`)."""

POOL = 10
"""Of the best ``POOL`` times as many rough candidates as are scored exactly, the ones to score
are chosen after weighing each by its document's closeness to the source's. A sentence of the
other telling whose words meet the source's only through translations ("Survivors" /
"Überlebende") ranks far behind sentences of other documents in the source's own language
before the weighing. Tune half (1,022 queries) at 3 / 10 / 20: recall@3 722 / 733 / 734,
stray passages 184 / 181 / 181 of 1,829; one document against 2,000 costs about 1.2 / 1.2 /
1.5 s of CPU under load."""


CLOSEST_ALSO = 5
"""How many more candidates of the source's closest document are scored exactly besides the
best rough ones."""


PIVOT_SAMPLE = 1000
"""How many passages, spread over the index, give the mean norm that passage norms are
pivoted to (``LinkWeights.length_slope``): the mean of a thousand is stable, and computing it
over a library of 2,000 documents would cost a norm per sentence."""


def _ref(sentence: SentenceFeatures) -> SentenceRef:
    return SentenceRef(sentence.doc, sentence.index, sentence.start, sentence.end)


class LinkIndex:
    """Inverted indexes over the sentences of many documents, answering link queries.

    Args:
        weights: The scoring constants.
        max_postings: Postings longer than this are skipped when gathering candidates; by
            default ``max(200, sentences // 200)``.
        rescore: How many of the best rough candidates per source are scored exactly (25:
            with 20 documents in the development library, 20 left the judged targets of an
            English text in its German telling at ranks 21-24, behind sentences of other
            English texts, whose words meet as themselves, not through the lexicon).
        broad: Ids of entities that many unrelated texts name, countries
            (:func:`glossary.entities.broad_entities`): a link resting on them alone, with no
            period and no more than one word or everyday words shared, is weak, as a theme on
            one word is ("Frankreich" and "USA" in an article on a coffee firm and in one on
            Belarus).
    """

    def __init__(
        self,
        weights: LinkWeights | None = None,
        max_postings: int | None = None,
        rescore: int = 25,
        broad: Collection[str] = (),
    ) -> None:
        self.weights = weights or LinkWeights()
        self.max_postings = max_postings
        self.rescore = rescore
        self.broad = frozenset(broad)
        self.scored = 0
        """How many pairs were scored exactly so far (tests check candidates stay few)."""
        self._sentences: list[SentenceFeatures] = []
        self._by_doc: dict[str, dict[int, int]] = {}
        self._dates: dict[tuple[str, int], list[tuple[int, Dated]]] = defaultdict(list)
        self._entities: dict[str, list[int]] = defaultdict(list)
        self._terms: dict[str, list[tuple[int, float]]] = defaultdict(list)
        self._stats = TermStatistics(self._sentences, self._terms)
        """How rare and weighty terms are over the indexed sentences."""
        self._translation = TranslationMatching(self.weights, self._stats, self._terms)
        """How words of German and English passages meet as translations."""
        self._synonyms = SynonymMatching(self.weights, self._stats)
        """How different nouns of German passages meet as synonyms."""
        self._families = FamilyMatching(self.weights.word_family, self._stats)
        """How verbs of German passages meet their action nouns in others."""
        self._cognates: dict[str, list[tuple[int, float]]] = defaultdict(list)
        """Postings by :func:`cognate_key`, for documents in another language."""
        self._synsets: dict[str, list[tuple[int, float]]] = defaultdict(list)
        """Postings by synonym set (``~`` and its id) of passages in a language of the
        thesaurus, by their nouns' sets."""
        self._translated_synsets: dict[str, list[tuple[int, float]]] = defaultdict(list)
        """Postings by synonym set of English passages, by their nouns' translations' sets:
        apart from :attr:`_synsets`, so that they change neither the candidates German
        passages find each other by (a set's length and rarity) nor the weight a pair is
        reached by in either direction."""
        self._norms: dict[tuple[int, bool], float] = {}
        """Cached passage norms; IDF changes with every document added, so ``add`` clears it."""
        self._mean_norms: dict[bool, float] = {}
        """The mean norm of the indexed passages (by ``cross``), cleared by ``add`` too."""
        self._cognate_views: dict[int, tuple[dict[str, float], dict[str, str]]] = {}
        self._time = TimeEvidence(self.weights)
        """The dates of the sentences, and what two of them weigh together."""
        self._whole = DocumentAffinities(self.weights)
        """The documents as wholes, and how close each two are."""
        self._pivots: dict[str, list[tuple[int, float]]] = defaultdict(list)
        """Postings by German word (``=`` and its key) of German passages holding it and of
        English passages holding one of its translations, to find candidates across the two."""
        self._languages: list[str] = []
        """Each sentence's language; "" when unknown (then it meets no other by cognates)."""
        self._passages: list[dict[str, float]] = []
        """Each sentence's terms, with its neighbours' when it is too thin alone."""
        self._words: list[dict[str, str]] = []
        """Each passage's terms as written."""
        self._parts: list[frozenset[str]] = []
        """Each passage's terms that are only parts of compounds."""
        self._dated: list[frozenset[str]] = []
        """Each passage's terms that are only in date expressions."""
        self._sizes: list[float] = []
        """Square root of each sentence's number of distinct terms."""
        self._everyday: set[str] = set()
        """Lemma keys of the words of everyday language, and their cognate keys."""

    def __len__(self) -> int:
        return len(self._sentences)

    def add(self, features: DocumentFeatures) -> None:
        """Index a document's sentences (replacing nothing: add each document once)."""
        if features.doc in self._by_doc:
            raise ValueError(f"document {features.doc!r} is already indexed")
        positions = self._by_doc[features.doc] = {}
        self._norms.clear()
        self._mean_norms.clear()
        whole: dict[str, float] = {}
        story: dict[str, float] = {}
        self._time.carry_factors(features)
        for number, sentence in enumerate(features.sentences):
            sid = len(self._sentences)
            self._sentences.append(sentence)
            positions[sentence.index] = sid
            passage = passage_of(features.sentences, number, self.weights)
            terms, words = passage.terms, passage.words
            self._passages.append(terms)
            self._words.append(words)
            self._parts.append(passage.parts)
            self._dated.append(passage.dated)
            self._languages.append(features.language)
            self._sizes.append(math.sqrt(len(terms)) or 1.0)
            if sentence.heading:
                continue  # no candidate for any link: a heading names a section
            for dated in self._time.times(sentence):
                keys = buckets(dated[0])
                for key in keys + stated_in_years(dated, keys):
                    self._dates[key].append((sid, dated))
            self._time.count(features.doc, sentence)
            for entity in sentence.entities:
                self._entities[entity].append(sid)
            for term in sentence.everyday - self._everyday:
                self._everyday.add(term)
                if cognate := cognate_key(term):
                    self._everyday.add(cognate)
            for term, weight in terms.items():
                self._terms[term].append((sid, log_tf(weight)))
            if features.language:
                for cognate, weight in cognate_terms(terms, words)[0].items():
                    self._cognates[cognate].append((sid, log_tf(weight)))
            if features.language in TRANSLATION_LANGUAGES:
                for pivot, weight in self._pivot_terms(sid).items():
                    self._pivots[pivot].append((sid, log_tf(weight)))
                    whole[pivot] = whole.get(pivot, 0.0) + weight
            if features.language:
                for cognate, weight in cognate_terms(sentence.terms, sentence.words)[0].items():
                    whole[cognate] = whole.get(cognate, 0.0) + weight
            else:
                for term, weight in sentence.terms.items():
                    whole[term] = whole.get(term, 0.0) + weight
            for story_key in story_keys(sentence):
                story[story_key] = story.get(story_key, 0.0) + 1.0
            if features.language in SYNONYM_LANGUAGES:
                self._synonyms.keep(sid, self._passage_at(sid), thesaurus())
            by_set = (
                self._synsets
                if features.language in SYNONYM_LANGUAGES
                else self._translated_synsets
            )
            for set_key, weight in self._set_keys(sid).items():
                by_set[set_key].append((sid, log_tf(weight)))
        self._whole.add(features.doc, features.language, whole, story)

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
        """The exact score of a pair and its reasons, against the indexed statistics.

        An indexed sentence is read as its passage; any other as the sentence alone.
        """
        total, reasons, *_ = self._evidence(self._read(source), self._read(target))
        return total, reasons

    def _read(self, sentence: SentenceFeatures) -> Passage:
        sid = self._by_doc.get(sentence.doc, {}).get(sentence.index)
        if sid is not None and self._sentences[sid] is sentence:
            return self._passage_at(sid)
        return Passage.alone(sentence)

    def _passage_at(self, sid: int) -> Passage:
        return Passage(
            self._sentences[sid],
            self._passages[sid],
            self._words[sid],
            sid,
            self._parts[sid],
            self._dated[sid],
        )

    def _evidence(
        self, ours: Passage, theirs: Passage
    ) -> tuple[float, Reasons, LinkKind, bool, LinkKind]:
        """Score, reasons and kind of a pair of passages, whether it is weak, and the kind it
        is shown as. Weak: a theme on one word or on words of everyday language only, a time
        link on the period alone (no name, no word but calendar words), an entity link on
        :attr:`broad` names alone that shares no more words than such a theme. The kind weighs
        the score; the kind shown is a time only where a period is stated near the passage."""
        self.scored += 1
        source, target = ours.sentence, theirs.sentence
        weights = self.weights
        date_score, times = self._time.evidence(
            self._time.times(source), self._time.times(target), (source.doc, target.doc)
        )
        dates = [time.value for time in times]
        shared_entities = sorted(
            source.entities & target.entities,
            key=lambda e: (-self._stats.rarity(self._entities, e), e),
        )
        entity_score = sum(self._stats.rarity(self._entities, e) ** 2 for e in shared_entities)
        cross = self._crosses(source, target)
        (ours_terms, ours_words), (theirs_terms, theirs_words) = (
            self._view(ours, cross),
            self._view(theirs, cross),
        )
        postings = self._cognates if cross else self._terms
        matches = self._shared_terms(ours_terms, theirs_terms, postings)
        lexical: list[Match] = []
        if not cross and self._synonymous(ours.sid, theirs.sid):
            lexical = one_each(
                self._synonyms.matches(ours, theirs, thesaurus())
                + self._families.matches(ours, theirs)
            )
        elif cross and (languages := self._translating(ours.sid, theirs.sid)):
            german_first = languages[0] == "de"
            german, english = (ours, theirs) if german_first else (theirs, ours)
            keys = {key for key, _, _ in matches}
            alike = spelled_alike_only(german, english, keys, translations())
            matches = [match for match in matches if match[0] not in alike]
            lexical = self._translation.matches(ours, theirs, translations(), german_first)
        matches += lexical
        term_score, matches = self._term_evidence(
            matches,
            lambda: self._norm(ours, ours_terms, cross) * self._norm(theirs, theirs_terms, cross),
        )
        term_score *= weights.cognate if cross else 1.0
        if not (date_score or entity_score) and not self._words_carry(
            source, target, matches, cross
        ):
            term_score, matches = 0.0, []  # neighbours' or calendar words only: no link of its own
        parts = {
            "time": weights.date * date_score,
            "entity": weights.entity * entity_score,
            "theme": weights.term * term_score,
        }
        named: LinkKind = "entity" if entity_score >= 0.25 else "theme"
        kind: LinkKind = "time" if date_score else named
        # a period that one side only carries on from far back weighs as any period does, but
        # the link is shown as one of names or words: the passage itself shows no time; with
        # neither name nor word it stays one of time (its reason says the period is carried)
        far_only = kind == "time" and all(t.far for t in times)
        shown: LinkKind = named if far_only and (entity_score or term_score) else kind
        from_lexicon = {(a, b) for a, b, _ in lexical}
        words = [
            (written_as(ours, a), written_as(theirs, b))
            if (a, b) in from_lexicon
            else (ours_words.get(a, a), theirs_words.get(b, b))
            for a, b, _ in matches
        ]
        words, keyed = shown_once(words, [a if a == b else f"{a}~{b}" for a, b, _ in matches])
        reasons = Reasons(
            dates,
            shared_entities,
            [ours for ours, _ in words],
            [(source.names.get(e, e), target.names.get(e, e)) for e in shared_entities],
            words,
            times,
            keyed,
        )
        one_word = len(matches) <= 1 or self._everyday_words_only(matches)
        broad_only = self.broad.issuperset(shared_entities)
        weak = (
            (kind == "theme" and one_word)
            or (kind == "time" and not entity_score and not telling_pairs(matches))
            or (kind == "entity" and broad_only and one_word)
        )
        return sum(parts.values()), reasons, kind, weak, shown

    def _links(self, sid: int, limit: int) -> list[Link]:
        source = self._sentences[sid]
        if source.heading:
            return []
        rough = self._candidates(sid)
        pool = sorted(rough, key=lambda t: (-rough[t], t))[: POOL * max(self.rescore, limit)]
        closest = self._weigh_by_documents(source.doc, pool, rough)
        best = sorted(pool, key=lambda t: (-rough[t], t))[: max(self.rescore, limit)]
        best += self._closest_also(closest, best, rough)
        scored = []
        least_story = self.weights.threshold * self.weights.story
        for tid in best:
            total, reasons, kind, weak, shown = self._evidence(
                self._passage_at(sid), self._passage_at(tid)
            )
            if total >= least_story:  # the document factor only lowers a score
                scored.append((tid, total, reasons, kind, weak, shown))
        closeness = self._whole.closeness(source.doc, {self._sentences[t].doc for t, *_ in scored})
        story = self._whole.partner(source.doc)
        # a period alone counts for less only when the source's document has a close one among
        # the candidates: a text too short to compare (a note) is far from everything
        placed = any(near >= 1.0 for near in closeness.values())
        links = []
        for tid, total, reasons, kind, weak, shown in scored:
            target = self._sentences[tid]
            near = closeness[target.doc]
            share = self.weights.theme_affinity if kind == "theme" else self.weights.affinity
            total *= 1.0 - share + share * near
            if weak and (kind != "time" or placed):  # weaker still the farther they are
                total *= 1.0 - (1.0 - self.weights.lone_word) * (1.0 - near)
            least = least_story if target.doc == story else self.weights.threshold
            if total >= least:
                links.append(Link(_ref(source), _ref(target), round(total, 4), reasons, shown))
        links.sort(key=lambda link: (-link.score, link.target.doc, link.target.index))
        return links[:limit]

    def _weigh_by_documents(self, doc: str, pool: list[int], rough: dict[int, float]) -> set[str]:
        """Scale the rough scores of the ``pool`` of candidates by how close each one's document
        is to ``doc``, as exact scores will be: else the sentences of the document that tells
        the same story fall behind those of other documents sharing a common year or word, and
        are never scored exactly (a second rescue story pushed the cave rescue's judged targets
        to rank 20-28); by ``weights.candidate_affinity``, more than exact scores are.
        Returns the closest documents (closeness 1)."""
        near = self._whole.closeness(doc, {self._sentences[tid].doc for tid in pool})
        share = self.weights.candidate_affinity
        for tid in pool:
            rough[tid] *= 1.0 - share + share * near[self._sentences[tid].doc]
        return {other for other, value in near.items() if value >= 1.0}

    def _closest_also(
        self, closest: set[str], best: list[int], rough: dict[int, float]
    ) -> list[int]:
        """The best ``CLOSEST_ALSO`` rough candidates of the ``closest`` documents that are not
        among ``best``: the days of another story of the same week ("August 2003") filled the
        candidates before a word of the same story's other telling ("screens", "Bildschirme")
        reached them, though its exact score was the best."""
        if not closest:
            return []
        taken = set(best)
        others = [
            tid
            for doc in closest
            for tid in self._by_doc[doc].values()
            if tid in rough and tid not in taken
        ]
        return sorted(others, key=lambda t: (-rough[t], t))[:CLOSEST_ALSO]

    def _candidates(self, sid: int) -> defaultdict[int, float]:
        """Rough scores of the sentences of other documents sharing a selective feature."""
        source = self._sentences[sid]
        own = self._by_doc[source.doc].values()
        cap = self.max_postings or max(200, len(self._sentences) // 200)
        weights, rough = self.weights, defaultdict[int, float](float)
        for dated in self._time.times(source):
            reached: dict[int, float] = {}
            for key in buckets(dated[0], margin=1):
                self._reach_dates(reached, source.doc, dated, key, cap)
            if dated[1] == 1.0:  # a period both state, kept at the other level (a year, a month)
                for key in other_level_buckets(dated[0]):
                    self._reach_dates(reached, source.doc, dated, key, cap)
            for tid, weight in reached.items():
                rough[tid] += weights.date * weight
        for entity in source.entities:
            naming = self._entities.get(entity, ())
            if len(naming) <= cap:
                rarity = weights.entity * self._stats.rarity(self._entities, entity) ** 2
                for tid in naming:
                    rough[tid] += rarity
        # A target's norm is estimated from its length (as if its words were as rare as the
        # source's): computing exact norms for every sentence reached costs more than the rest.
        # The words a thin passage borrows from its neighbours reach only targets that
        # something of the sentence itself reaches too: the exact score never links by the
        # neighbours alone, and their common words ("Kontakte") filled the slots.
        terms = self._passages[sid]
        lent = defaultdict[int, float](float)
        size, held = self._sizes[sid], source.terms
        self._reach(rough, terms, self._terms, size, cap, None, held=held, lent=lent)
        if self._languages[sid] and len(set(self._languages)) > 1:
            cognates = cognate_terms(terms, self._words[sid])[0]
            held = cognate_terms(held, self._words[sid])[0]
            factor = weights.cognate
            self._reach(rough, cognates, self._cognates, size, cap, sid, factor, held, lent)
            if self._languages[sid] in TRANSLATION_LANGUAGES:
                pivots = self._pivot_terms(sid)
                factor = weights.translation
                self._reach(rough, pivots, self._pivots, size, cap, sid, factor)
        translated = weights.translation * weights.translated_synonym
        if self._languages[sid] in SYNONYM_LANGUAGES:
            keys = self._set_keys(sid)
            self._reach(rough, keys, self._synsets, size, cap, None, weights.synonym)
            if self._translated_synsets:
                self._reach(rough, keys, self._translated_synsets, size, cap, sid, translated)
        elif self._languages[sid] in TRANSLATION_LANGUAGES and self._synsets:
            self._reach(rough, self._set_keys(sid), self._synsets, size, cap, sid, translated)
        for tid, score in lent.items():
            if tid in rough:
                rough[tid] += score
        for tid in own:
            rough.pop(tid, None)
        return rough

    def _reach_dates(
        self, reached: dict[int, float], doc: str, dated: Dated, key: tuple[str, int], cap: int
    ) -> None:
        """Weigh the dates posted under ``key`` against ``dated`` (a date of ``doc``): the best
        weight per target sentence. A rare period that both state weighs more, as in the exact
        score (a date the source carries on weighs its pair weight alone)."""
        stamped = self._dates.get(key, ())
        if len(stamped) > cap:
            return
        time, sentences = self._time, self._sentences
        stated = dated[1] == 1.0
        for tid, other in stamped:
            if stated:
                weight = time.rough_weight(dated, other, (doc, sentences[tid].doc))
            else:
                weight = time.pair_weight(dated, other)
            if weight > reached.get(tid, 0.0):
                reached[tid] = weight

    def _reach(
        self,
        rough: defaultdict[int, float],
        terms: dict[str, float],
        postings: dict[str, list[tuple[int, float]]],
        size: float,
        cap: int,
        across: int | None,
        factor: float = 1.0,
        held: Container[str] = (),
        lent: defaultdict[int, float] | None = None,
    ) -> None:
        """Add the rough term scores (times ``factor``) of the sentences sharing ``terms``
        through ``postings``; with ``across`` (a sentence id), only of sentences in another
        language than it; with ``lent``, those of the terms not in ``held`` to ``lent`` instead
        (the norm is that of all the terms)."""
        weights = self.weights
        scale = size / self._stats.vector_norm(terms, postings) ** 2
        factor_all = weights.term * factor * scale
        language = self._languages[across] if across is not None else None
        for term, weight in terms.items():
            using = postings.get(term, ())
            if len(using) <= cap:
                into = rough if lent is None or term in held else lent
                idf = self._stats.term_idf(term, postings)
                factor = (
                    factor_all * log_tf(weight) * idf * idf * self._stats.rarity(postings, term)
                )
                for tid, tf in using:
                    if language is None or self._languages[tid] != language:
                        into[tid] += factor * tf / self._sizes[tid]

    def _crosses(self, source: SentenceFeatures, target: SentenceFeatures) -> bool:
        """Whether the two are indexed sentences of documents in two different languages."""
        languages = [
            self._languages[sid]
            for sid in (
                self._by_doc.get(source.doc, {}).get(source.index),
                self._by_doc.get(target.doc, {}).get(target.index),
            )
            if sid is not None
        ]
        return len(languages) == 2 and all(languages) and languages[0] != languages[1]

    def _words_carry(
        self, source: SentenceFeatures, target: SentenceFeatures, matches: list[Match], cross: bool
    ) -> bool:
        """Whether shared words alone carry a link: not when only the neighbours in the
        passages share them, nor when they are calendar words only (time is weighed by the
        dates)."""
        return self._own_words_meet(source, target, matches, cross) and bool(telling_pairs(matches))

    def _everyday_words_only(self, matches: list[Match]) -> bool:
        """Whether the shared words (calendar words aside) are all words of everyday language:
        "Menschen" and "Millionen" tell no more of a shared question than one of them."""
        telling = telling_pairs(matches)
        return bool(telling) and all(key in self._everyday for pair in telling for key in pair)

    @staticmethod
    def _own_words_meet(
        source: SentenceFeatures, target: SentenceFeatures, matches: list[Match], cross: bool
    ) -> bool:
        """Whether each sentence itself, not only a neighbour in its passage, has a word of a
        match (the keys are cognate keys when ``cross``)."""

        def own(sentence: SentenceFeatures) -> set[str | None]:
            if cross:  # cognate keys, and lemmas and phrases that meet as translations
                return (
                    {cognate_key(t) for t in sentence.terms}
                    | set(sentence.terms)
                    | phrases(sentence.terms).keys()
                )
            return set(sentence.terms)

        ours, theirs = own(source), own(target)
        return any(a in ours for a, _, _ in matches) and any(b in theirs for _, b, _ in matches)

    def _translating(self, ours: int | None, theirs: int | None) -> tuple[str, str] | None:
        """The languages of two indexed passages when they are the two of the translations."""
        if ours is None or theirs is None:
            return None
        languages = (self._languages[ours], self._languages[theirs])
        return languages if sorted(languages) == sorted(TRANSLATION_LANGUAGES) else None

    def _set_keys(self, sid: int) -> dict[str, float]:
        """An indexed passage's weights under synonym sets (``~`` and the id), what ``add``
        posts and a query reaches by: a German passage's nouns' sets (as ``add`` kept them),
        an English passage's nouns' translations' sets (so that each finds the other as a
        candidate where a word meets a synonym of a translation)."""
        language = self._languages[sid]
        if language in SYNONYM_LANGUAGES:
            return synonym_sets(self._passages[sid], self._synonyms.kept(sid), thesaurus())
        if language in TRANSLATION_LANGUAGES:
            return self._translation.synonym_keys(self._passage_at(sid))
        return {}

    def _pivot_terms(self, sid: int) -> dict[str, float]:
        """An indexed passage's terms under the German words they are or translate."""
        return self._translation.pivots(self._passage_at(sid), self._languages[sid])

    def _synonymous(self, ours: int | None, theirs: int | None) -> bool:
        """Whether two indexed passages are both in a language of the thesaurus."""
        return (
            ours is not None
            and theirs is not None
            and self._languages[ours] in SYNONYM_LANGUAGES
            and self._languages[theirs] in SYNONYM_LANGUAGES
        )

    def _view(self, passage: Passage, cross: bool) -> tuple[dict[str, float], dict[str, str]]:
        """The passage's terms and forms as written, under cognate keys when ``cross``."""
        if not cross:
            return passage.terms, passage.words
        if passage.sid is None:
            return cognate_terms(passage.terms, passage.words)
        if passage.sid not in self._cognate_views:
            self._cognate_views[passage.sid] = cognate_terms(passage.terms, passage.words)
        return self._cognate_views[passage.sid]

    def _norm(self, passage: Passage, terms: dict[str, float], cross: bool) -> float:
        """The pivoted tf-idf norm of a passage's terms, cached for indexed ones until the next
        add: part ``length_slope`` its own norm, the rest the mean passage's, so that a short
        passage sharing one word ("Der Hafen war leer.") no longer outranks a longer one
        sharing four, as under a plain cosine (pivoted length normalisation)."""
        postings = self._cognates if cross else self._terms
        if passage.sid is None:
            return self._pivoted(self._stats.vector_norm(terms, postings), cross)
        key = (passage.sid, cross)
        if key not in self._norms:
            self._norms[key] = self._pivoted(self._stats.vector_norm(terms, postings), cross)
        return self._norms[key]

    def _pivoted(self, norm: float, cross: bool) -> float:
        """``norm`` pivoted towards the library's mean passage norm (``_norm`` says why)."""
        slope = self.weights.length_slope
        return norm if slope >= 1.0 else slope * norm + (1.0 - slope) * self._mean_norm(cross)

    def _mean_norm(self, cross: bool) -> float:
        """The mean tf-idf norm of at most ``PIVOT_SAMPLE`` passages spread over the index; like
        the idf it depends on what the library holds, so a score moves a little when an
        unrelated document is added."""
        if cross not in self._mean_norms:
            postings = self._cognates if cross else self._terms
            step = max(1, len(self._sentences) // PIVOT_SAMPLE)
            norms = [
                self._stats.vector_norm(self._view(self._passage_at(sid), cross)[0], postings)
                for sid in range(0, len(self._sentences), step)
            ]
            self._mean_norms[cross] = sum(norms) / len(norms) if norms else 1.0
        return self._mean_norms[cross]

    def _shared_terms(
        self,
        ours: dict[str, float],
        theirs: dict[str, float],
        postings: dict[str, list[tuple[int, float]]],
    ) -> list[Match]:
        """The terms of both passages, each with its share of the tf-idf dot product scaled by
        its rarity: plain cosine gives two short sentences of common words a high score; the
        rarity (0..1) keeps the score for words that tell something."""
        return [
            (
                term,
                term,
                log_tf(ours[term])
                * log_tf(theirs[term])
                * self._stats.term_idf(term, postings) ** 2
                * self._stats.rarity(postings, term),
            )
            for term in ours.keys() & theirs.keys()
        ]

    def _term_evidence(
        self, matches: list[Match], norm: Callable[[], float]
    ) -> tuple[float, list[Match]]:
        """The summed shares over the passages' norms (a rarity-scaled cosine), and the matches
        telling enough to name as reasons, best first."""
        if not matches:
            return 0.0, []
        ranked = sorted(matches, key=lambda match: (-match[2], match[0], match[1]))
        telling = ranked[0][2] * self.weights.reason_share
        score = sum(share for _, _, share in matches) / norm()
        return score, [match for match in ranked if match[2] >= telling]
