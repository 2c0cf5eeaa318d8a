"""The weights of cross-links (:class:`glossary.links.LinkIndex`): what each kind of evidence
counts for. ``glossary.links`` tells how they combine; ``docs/links.md`` how they were chosen on
the tuning half of ``benchmarks/data/links`` (``benchmarks/links_eval.py --set NAME=VALUE``
overrides any of them)."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["LinkWeights"]


@dataclass(frozen=True)
class LinkWeights:
    """The scoring constants; see the docstring of :mod:`glossary.links` for why they are what
    they are."""

    date: float = 1.0
    entity: float = 1.0
    term: float = 6.0
    threshold: float = 0.4
    """The least total score of a link."""
    story: float = 0.65
    """Factor of ``threshold`` for a link between two documents each closest to the other in
    the library (two tellings of one story, ``DocumentAffinities.partner``): there two passages
    sharing a few words in translation ("accident" / "Unglück", "safety" / "Sicherheit") are
    likelier one question than in documents about other things. Tune half, 944 queries, at
    1.0 / 0.75 / 0.65 / 0.55: recall@3 635 / 646 / 649 / 649 (theme 111 / 119 / 122 / 122),
    P@1 0.53 / 0.54 / 0.54 / 0.54, stray passages 183 / 177 / 175 / 173 of 1,678 (the story's
    links take the slots), links 3,530 / 3,819 / 3,927 / 4,044."""
    inherited: float = 0.8
    """Factor of a reference time a sentence inherits from the sentence just before it, in its
    paragraph (own dates 1). Tune half, 388 queries, at 0.7 / 0.8 / 0.9: time 224 / 225 / 225
    of 262, P@1 0.62 / 0.63 / 0.63."""
    inherited_far: float = 0.5
    """Factor of a reference time set further back than the sentence before: the further a
    period is carried, the likelier the text has moved on in time without saying so, and
    the reader no longer sees where it was set."""
    decay: float = 0.85
    """Further factor of a carried period per sentence beyond the second before the one
    carrying it: the further back a period was set, the likelier the text has moved on."""
    thin: float = 6.0
    """A sentence with less term weight than this is read with its neighbours (a passage)."""
    context: float = 0.3
    """Weight of a neighbour's terms in a thin sentence's passage."""
    unseen: float = 0.35
    """Further factor of a period both passages carry from further back than the sentence
    before: neither passage shows it, so the reader cannot check it there."""
    cognate: float = 1.0
    """Factor of the word evidence between two languages, where words meet as cognates."""
    synonym: float = 0.3
    """Factor of two different words of one synonym set (times the set's specificity), against
    1 for the same lemma: a synonym is a likely, not a certain, sign of the same thing."""
    translation: float = 0.7
    """Factor of a German word and its English translation (times how sure the translation
    is), as two passages in the two languages meet."""
    translated_synonym: float = 0.6
    """Further factor of a German noun and an English word that translates a synonym of it
    ("Bergung" / "rescue": Rettung), times the synonym set's specificity. Tune recall@3 of 388
    queries at 0.3 / 0.45 / 0.6 / 0.75 / 1.0: 305 / 306 / 307 / 306 / 304 (stray passages
    37 / 37 / 37 / 38 / 41)."""
    word_family: float = 0.7
    """Factor of a German verb and its action noun in another German passage ("wählten" /
    "Landtagswahl", "bohrten" / "Bohrungen"), as a translation weighs: tune recall@3 of 482
    queries 355 -> 357 at 0.5, 0.7 and 1.0 alike (two Stuttgart 21 pairs; stray passages
    45 -> 44)."""
    other_sense: float = 0.5
    """Further factor of a translation of a German word that has its cognate among its
    translations too ("Marine": marine, navy): the cognate is its likelier sense, but not its
    only one."""
    affinity: float = 0.7
    """Share of a link's score that depends on how close its two documents are as a whole: a
    sentence of a document about other events keeps ``1 - affinity`` of its score against the
    closest document among the candidates (see ``link_documents.DocumentAffinities.closeness``)."""
    candidate_affinity: float = 0.95
    """Share of a rough score that depends on how close the two documents are, when the
    candidates to score exactly are chosen (``LinkIndex._weigh_by_documents``): more than
    ``affinity``, as a sentence of a far document needs a much higher score to outrank one of
    the closest after the document factor, and with 28 documents the judged targets of the
    closest one fell past the 25 scored behind sentences of other stories sharing a month or a
    common word. Tune recall@3 of 482 queries at 0.7 / 0.85 / 0.95 / 1.0: 353 / 353 / 355 /
    355 (stray passages 47 / 46 / 45 / 45); below 1.0 a far document's candidate keeps some
    rough score."""
    same_language_pivots: float = 0.5
    """Factor of the German-noun keys (``=`` and the noun a word is or translates) when two
    documents of one language are compared as wholes: their words meet already as themselves,
    and counted twice they made two English texts on unrelated events closer (Apollo 13 and
    Chernobyl, 0.106) than one story told in the two languages (Chernobyl, 0.099); at 0.5,
    0.062 against 0.099. (At 0.25 or 0 two tellings in German fall below ``affinity_floor``,
    which was chosen with the keys counted twice.) Two English documents count none of them:
    there the keys are translations, several per word, and at 0.5 two English commentaries on
    unrelated events (the Berlin Wall, the Genoa bridge: "open", "fall", "cross") were closer to
    each other (0.085) than to their German tellings (0.056, 0.089); tune half, 828 queries:
    recall@3 558 -> 559, stray passages 207 -> 165 of 1,510."""
    cross_language: float = 1.5
    """Factor of the affinity of two documents in two different languages: their words meet
    only through cognates and the lexicon's translations, which find a fraction of what two
    tellings in one language share word for word, so a German text on the nuclear exit was
    closer to a German one on a blackout (0.077) than to its English other side (0.073).
    Development library (58 tune documents): a document's closest is its own story's other
    telling for 51 at 1.0, 54 / 56 / 57 at 1.1 / 1.2 / 1.3 and 57 up to 2.0; no two
    documents of different stories become each other's closest at any of them. Tune half
    (1,022 queries) at 1.0 / 1.3 / 1.5 / 2.0: recall@3 708 / 719 / 722 / 722, stray passages
    206 / 191 / 184 / 185 of 1,829: the other telling now outranks the neighbour's sentences,
    and five more stories link as partners (the nuclear exit, the four-day week, the Berlin
    Wall, Rana Plaza, the clock change)."""
    affinity_floor: float = 0.08
    """Affinity (cosine of the two documents as a whole) from which a document counts as close
    in itself: below it, even the closest document among the candidates keeps only part of its
    score, so that a library of unrelated documents does not link on a common word. (0.1 until
    the documents held their entities and months: on the development set two tellings of one
    story are now 0.072-0.34 apart, two of different stories at most 0.06, but for two German
    texts on a collapsed bridge, 0.072.)"""
    theme_affinity: float = 0.8
    """Share of a theme link's score (shared words only) that depends on the documents'
    affinity: one common word of two documents about other things is no shared question."""
    lone_word: float = 0.1
    """Further factor of a theme link resting on one word or on words of everyday language
    only ("Besatzung"; "Folgen", "Chance"; "Menschen" and "Millionen"), and of a time link
    resting on the period alone (no name, no word but calendar words), and of an entity link
    resting on broad names alone (countries, ``LinkIndex.broad``) and such words, into a
    document that shares nothing with the source's (1 into the closest one): a passage shares
    such a word, a month or a country with many that ask no common question ("Die Besatzung
    durfte das Schiff nicht verlassen" of the Suez blockage and "Die Besatzung verkündete …" of
    a shipwreck); within one story it can be all that two tellings share. Into a document less
    close than the closest such a link keeps ``lone_word + (1 - lone_word) × closeness``: tune
    half (1,022 queries) at 0.3 / 0.1 / 0.0: recall@3 733 / 734 / 734, stray passages 181 /
    169 / 166 of 1,829 ("Und wir Kunden?" of a four-day-week commentary linked "Die Kunden
    haben es bezahlt" of one on the minimum wage at 1.07)."""
    adjacent: float = 0.5
    """Factor of two periods that meet end to start without overlapping, one of them the start,
    middle or end of a period ("Ende 2021" and "Anfang 2022", "Dezember 2021" and "Anfang
    2022"): one stretch of time told from its two ends. Two whole months in a row ("Februar",
    "März") are two times."""
    rare_period: float = 8.0
    """How much more a period coarser than a month that both passages state weighs when few
    sentences of their two documents are in it (see ``TimeEvidence._rare_period``; at most as a
    month): like a rare word, a period the two documents name once each tells which sentences
    belong together."""
    story_day: float = 0.1
    """How much less a shared day weighs the more sentences of the two documents are on it:
    divided by ``1 + story_day × ln(n_a × n_b)`` (see ``LinkIndex._story_day``). The story's
    own day, that a dozen sentences of each telling are on, tells which two belong together
    no more than a common word does; the words then decide."""
    near_days: int = 3
    """Two days at most this far apart lie in one week: they weigh as a shared week (an evening
    and the next morning told by two clocks, a rescue reported on the day and two days later)."""
    length_slope: float = 0.5
    """How much of a passage's own tf-idf norm its word evidence is divided by; the rest is
    the mean passage's norm (pivoted length normalisation, as in search engines: a plain cosine
    favours short passages, whose few words each weigh much). 0.5 is the textbook middle, not
    tuned further: 0.35-1.0 lie within what one tune text swings. Tune half (1,236 queries) at 1.0
    / 0.5 / 0.35: recall@3 869 / 875 / 870, P@1 0.538 / 0.549 / 0.546, stray passages 281 /
    243 / 246 of 2,466 (before a title was a heading, at 1.0 / 0.85 / 0.7 / 0.5: 858 / 860 /
    861 / 863)."""
    reason_share: float = 0.2
    """A shared term is named as a reason when it adds at least this share of the best one's."""
    precision: dict[str, float] = field(
        default_factory=lambda: {
            "day": 1.0,
            "week": 0.8,
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
