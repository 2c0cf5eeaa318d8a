"""Translation matching for cross-links: the words of a German and an English passage that
translate each other (nouns, verbs through their action nouns, compounds the lexicon lacks
through their pieces), and the German words a passage is or translates, which the link index
posts to find candidates across the two languages. Apart from :class:`glossary.links.LinkIndex`
because it is one way words meet, with its own cache, and reads the index only through its term
statistics."""

from __future__ import annotations

from collections.abc import Mapping, Sized
from dataclasses import dataclass

from glossary.frequencies import at_least
from glossary.link_passages import Passage
from glossary.link_statistics import TermStatistics
from glossary.link_weights import LinkWeights
from glossary.link_words import (
    Match,
    both_or_neither_dated,
    compound_pieces,
    english_actions,
    german_action_noun,
    german_agent_noun,
    kept,
    nouns_of,
    one_each,
    same_cognate,
)
from glossary.synonyms import english_thesaurus, thesaurus
from glossary.translations import (
    Translations,
    action_nouns,
    phrase_words,
    phrases,
    translations,
)


@dataclass(frozen=True, slots=True)
class _Sides:
    """The two passages of one comparison as every way of matching their words reads them:
    which is German, the English one's terms (with its translations' phrases), the lexicon,
    and whether the German passage is the query's (the order a match is written in)."""

    german: Passage
    english: Passage
    english_terms: dict[str, float]
    lexicon: Translations
    german_first: bool

    def match(self, german_word: str, english_word: str, weight: float) -> Match:
        """A match of a German and an English word, in the order of the query's passage."""
        if self.german_first:
            return german_word, english_word, weight
        return english_word, german_word, weight


class TranslationMatching:
    """Pairs of German and English words that translate each other, weighted as shared terms.

    Args:
        weights: The scoring constants (``translation``, ``other_sense``).
        stats: The index's term statistics.
        terms: The index's postings by lemma key, by which a phrase's rarest word is chosen.
    """

    def __init__(
        self, weights: LinkWeights, stats: TermStatistics, terms: Mapping[str, Sized]
    ) -> None:
        self.weights = weights
        self._stats = stats
        self._terms = terms
        self._english_views: dict[int, dict[str, float]] = {}
        """Each English passage's terms with the translations' phrases it writes."""
        self._english_sets: dict[int, dict[int, list[tuple[str, str]]]] = {}
        """Each English passage's :meth:`_translated_sets`."""
        self._german_verbs: dict[int, VerbSenses] = {}
        """Each German passage's :meth:`_verb_senses`."""
        self._english_nouns: dict[int, dict[int, list[str]]] = {}
        """Each English passage's nouns by their English synonym sets."""

    def pivots(self, passage: Passage, language: str) -> dict[str, float]:
        """A passage's terms under the German words they are or translate (``=`` and the key):
        a German passage's translatable words themselves, an English passage's words' German
        translations."""
        lexicon = translations()
        pivots: dict[str, float] = {}
        if language == "de":
            for term in passage.terms:
                if term not in passage.dated and lexicon.of(term, "de"):
                    pivot = f"={lexicon.entry(term, 'de')}"  # as English words name it
                    pivots[pivot] = pivots.get(pivot, 0.0) + passage.terms[term]
        else:
            for term, weight in self._english_terms(passage).items():
                if term in passage.dated:
                    continue
                for german in lexicon.of(term, "en"):
                    pivots[f"={german}"] = pivots.get(f"={german}", 0.0) + weight
        return pivots

    def synonym_keys(self, english: Passage) -> dict[str, float]:
        """An English passage's weights under the synonym sets of its nouns' German
        translations (``~`` and the set's id, as German passages post their nouns' sets),
        each times the set's specificity: a German passage finds it as a candidate when its
        word is another name of a translation ("Strom" / "electricity": Elektrizität)."""
        english_terms = self._english_terms(english)
        sets = thesaurus()
        keyed: dict[str, float] = {}
        for set_id, pairs in self._translated_sets(english, english_terms, translations()).items():
            weight = max(english_terms[term] for term, _ in pairs) * sets.specificity(set_id)
            keyed[f"~{set_id}"] = keyed.get(f"~{set_id}", 0.0) + weight
        return keyed

    def _english_terms(self, passage: Passage) -> dict[str, float]:
        """An English passage's terms and the phrases of the translations that it writes word
        after word ("supply chains" for "Lieferkette"), each phrase at its words' least weight;
        kept for indexed passages."""
        return kept(self._english_views, passage, lambda: _with_phrases(passage))

    def matches(
        self, ours: Passage, theirs: Passage, lexicon: Translations, german_first: bool
    ) -> list[Match]:
        """A German passage's words and the English words of the other that translate them and
        are no cognates of them (those already met), each word in one pair at most, weighted as
        a shared term of their mean rarity times ``weights.translation`` and the closeness.

        A German word with its cognate among its translations is likelier read in that sense:
        its other translations weigh ``weights.other_sense`` ("Funktion" is rather "function"
        than "map", "Marine" rather "marine" than "navy")."""
        german, english = (ours, theirs) if german_first else (theirs, ours)
        english_terms = self._english_terms(english)
        sides = _Sides(german, english, english_terms, lexicon, german_first)
        actions = english_actions(english_terms)
        found = []
        for noun in german.terms:
            translated = lexicon.of(noun, "de")
            cognates = [word for word in translated if same_cognate(noun, word)]
            sense = self.weights.other_sense if cognates else 1.0
            for word in translated:
                if _function_like(noun, word):
                    continue
                # the English word itself as a noun or adjective may be written, or a verb
                # whose action noun it is ("measured" / "Messungen": measurement)
                written = english.words.get(word, word)
                term = word if word in english_terms and not _verb_form(word, written) else None
                term = actions.get(word) if term is None else term
                closeness = lexicon.closeness(noun, word)
                if term is None and closeness == 1.0:
                    # a sure translation's head ("Gewitter": thunderstorm, a storm)
                    term, closeness = _english_head(word, english_terms, lexicon), ENGLISH_HEAD
                if (
                    term is not None
                    and word not in cognates
                    and both_or_neither_dated(german, noun, english, term)
                ):
                    # a phrase is as rare as its rarest word
                    rarest = max(
                        phrase_words(term), key=lambda w: self._stats.rarity(self._terms, w)
                    )
                    share = self._stats.pair_share(
                        noun, german.terms[noun], rarest, english_terms[term]
                    )
                    weight = self.weights.translation * (closeness * sense) * share
                    found.append(sides.match(noun, term, weight))
        found += self._german_heads(sides)
        found += self._verb_terms(sides)
        found += self._compound_terms(sides)
        found += self._synonym_terms(sides)
        found += self._english_synonym_terms(sides)
        return one_each(found)

    def _german_heads(self, sides: _Sides) -> list[Match]:
        """The English words whose sure translation is a German compound whose head the German
        passage writes alone ("pay": Arbeitslohn, a Lohn), at :data:`ENGLISH_HEAD` of a
        translation, as an English compound's head meets the other way round."""
        german, lexicon = sides.german, sides.lexicon
        found = []
        for term, weight in sides.english_terms.items():
            if term in sides.english.dated:
                continue
            for word in lexicon.of(term, "en"):
                if lexicon.closeness(word, term) < 1.0:
                    continue
                head = _german_head(word, german, lexicon)
                if head is None:
                    continue
                share = self._stats.pair_share(head, german.terms[head], term, weight)
                found.append(
                    sides.match(head, term, self.weights.translation * ENGLISH_HEAD * share)
                )
        return found

    def _synonym_terms(self, sides: _Sides) -> list[Match]:
        """A German noun and an English word that translates a synonym of it ("Reisende" /
        "passengers": Passagier; "Bergung" / "rescue": Rettung), as a translation times
        ``weights.translated_synonym`` and the synonym set's specificity: the lexicon gives
        each word a few translations, the thesaurus their other names."""
        by_set = self._translated_sets(sides.english, sides.english_terms, sides.lexicon)
        if not by_set:
            return []
        sets = thesaurus()
        closest: dict[tuple[str, str], float] = {}
        for noun in nouns_of(sides.german):
            for set_id in sets.sets(noun):
                for term, word in by_set.get(set_id, ()):
                    if word != noun and noun not in sides.lexicon.of(term, "en"):
                        key = (noun, term)
                        closest[key] = max(closest.get(key, 0.0), sets.specificity(set_id))
        return self._synonym_matches(closest, sides)

    def _synonym_matches(self, closest: dict[tuple[str, str], float], sides: _Sides) -> list[Match]:
        """The German nouns and English words that meet through a synonym set, with the set's
        specificity, as matches: a translation times ``weights.translated_synonym``."""
        german, english_terms = sides.german, sides.english_terms
        found: list[Match] = []
        for (noun, term), closeness in closest.items():
            if both_or_neither_dated(german, noun, sides.english, term):
                share = self._stats.pair_share(noun, german.terms[noun], term, english_terms[term])
                weights = self.weights
                weight = weights.translation * weights.translated_synonym * closeness * share
                found.append(sides.match(noun, term, weight))
        return found

    def _english_synonym_terms(self, sides: _Sides) -> list[Match]:
        """A German noun and an English noun that is a synonym of one of its translations
        ("Lohn" / "salary": wage; "Auto" / "automobile": car), weighed as
        :meth:`_synonym_terms` weighs the other way round: the German thesaurus gives a German
        word's other names, the English one those of its translations."""
        english = sides.english
        by_set = kept(self._english_nouns, english, lambda: _english_nouns_by_set(english))
        if not by_set:
            return []
        sets = english_thesaurus()
        closest: dict[tuple[str, str], float] = {}
        for noun in nouns_of(sides.german):
            translated = sides.lexicon.of(noun, "de")
            for word in translated:
                for set_id in sets.sets(word):
                    for term in by_set.get(set_id, ()):
                        if term not in translated:
                            key = (noun, term)
                            closest[key] = max(closest.get(key, 0.0), sets.specificity(set_id))
        return self._synonym_matches(closest, sides)

    def _translated_sets(
        self, english: Passage, english_terms: dict[str, float], lexicon: Translations
    ) -> dict[int, list[tuple[str, str]]]:
        """The synonym sets of the German translations of an English passage's words written
        as nouns, each with the word and its translation; kept for indexed passages."""
        return kept(
            self._english_sets, english, lambda: _synonym_sets(english, english_terms, lexicon)
        )

    def _verb_senses(self, german: Passage, lexicon: Translations) -> VerbSenses:
        """A German passage's :func:`_german_verb_senses`, kept for indexed passages (a passage is
        compared with some 25 others per query, in both directions)."""
        return kept(self._german_verbs, german, lambda: _german_verb_senses(german, lexicon))

    def _compound_terms(self, sides: _Sides) -> list[Match]:
        """A German compound the lexicon lacks and two English words that translate its
        modifier and its head, one after the other ("Eichenbalken" / "oak beams",
        "Kanalbehörde" / "canal authority"), as a translation of the whole: the two languages
        build such words alike."""
        german, english, lexicon = sides.german, sides.english, sides.lexicon
        found: list[Match] = []
        runs: dict[str, tuple[str, ...]] | None = None
        for noun, weight in german.terms.items():
            if noun in german.parts or lexicon.of(noun, "de"):
                continue
            pieces = compound_pieces(noun, german)
            if pieces is None:
                continue
            runs = phrases(english.terms) if runs is None else runs
            for key, (first, second) in ((k, r) for k, r in runs.items() if len(r) == 2):
                closeness = min(
                    lexicon.closeness(pieces[0], first), lexicon.closeness(pieces[1], second)
                )
                if closeness and both_or_neither_dated(german, noun, english, second):
                    rarest = max((first, second), key=lambda w: self._stats.rarity(self._terms, w))
                    least = min(english.terms[first], english.terms[second])
                    share = self._stats.pair_share(noun, weight, rarest, least)
                    found.append(
                        sides.match(noun, key, self.weights.translation * closeness * share)
                    )
        return found

    def _verb_terms(self, sides: _Sides) -> list[Match]:
        """A German verb and an English word that its action noun translates, itself or as
        its own action noun ("bohrten" / "bore": Bohrung; "entschied" / "decided":
        Entscheidung / decision), or that its agent noun translates ("spenden" / "donors":
        Spender), as a translation."""
        german, lexicon = sides.german, sides.lexicon
        found: list[Match] = []
        for verb, senses in self._verb_senses(german, lexicon).items():
            verb_weight = german.terms[verb]
            for term, term_weight in sides.english_terms.items():
                if not both_or_neither_dated(german, verb, sides.english, term):
                    continue
                forms = (term, *action_nouns(term, "en"))
                closeness = max(
                    (
                        lexicon.closeness(german_noun, form)
                        for german_noun, english_nouns in senses
                        for form in forms
                        if form in english_nouns
                    ),
                    default=0.0,
                )
                if closeness:
                    share = self._stats.pair_share(verb, verb_weight, term, term_weight)
                    found.append(
                        sides.match(verb, term, self.weights.translation * closeness * share)
                    )
        return found


VerbSenses = dict[str, list[tuple[str, tuple[str, ...]]]]
"""A German passage's verbs, each with its action noun and the noun of who does it, each
noun with its English translations."""


def _german_verb_senses(german: Passage, lexicon: Translations) -> VerbSenses:
    """The verbs of a German passage with a known action noun, each with that noun and the
    agent noun (:func:`german_agent_noun`) if it has one, and their English senses."""
    found: VerbSenses = {}
    for verb in german.terms:
        noun = german_action_noun(verb, german, lexicon)
        if noun is not None:
            found[verb] = [(noun, lexicon.of(noun, "de"))]
            if (agent := german_agent_noun(verb, lexicon)) is not None:
                found[verb].append(agent)
    return found


def _with_phrases(passage: Passage) -> dict[str, float]:
    """An English passage's terms and the translations' phrases it writes word after word,
    each phrase at its words' least weight."""
    lexicon = translations()
    terms = dict(passage.terms)
    for key, run in phrases(passage.terms).items():
        if lexicon.of(key, "en"):
            terms[key] = min(passage.terms[word] for word in run)
    return terms


def _synonym_sets(
    english: Passage, english_terms: dict[str, float], lexicon: Translations
) -> dict[int, list[tuple[str, str]]]:
    """The synonym sets of the German translations of the English words written as nouns,
    each with the word and its translation."""
    sets = thesaurus()
    by_set: dict[int, list[tuple[str, str]]] = {}
    for term in english_terms:
        if _noun_form(term, english.words.get(term, term)):
            for word in lexicon.of(term, "en"):
                for set_id in sets.sets(word):
                    by_set.setdefault(set_id, []).append((term, word))
    return by_set


def _english_nouns_by_set(english: Passage) -> dict[int, list[str]]:
    """The English synonym sets of an English passage's words written as nouns, each with its
    words."""
    sets = english_thesaurus()
    by_set: dict[int, list[str]] = {}
    for term in english.terms:
        if term not in english.dated and _noun_form(term, english.words.get(term, term)):
            for set_id in sets.sets(term):
                by_set.setdefault(set_id, []).append(term)
    return by_set


FUNCTION_LIKE_ZIPF = 6.0
"""A German word and its translation both at least this frequent (about the frequency of
"Jahr", where ``wording`` gives a word's rarity as 0) are function-like: "Mal" is mostly the
particle "mal", "time" a word of every other page; "zum ersten Mal" and "for the first time"
share no topic."""


def _function_like(german: str, english: str) -> bool:
    """Whether a translation pair is of two words of :data:`FUNCTION_LIKE_ZIPF`."""
    return at_least(german, "de", FUNCTION_LIKE_ZIPF) and at_least(
        english, "en", FUNCTION_LIKE_ZIPF
    )


def _verb_form(key: str, written: str) -> bool:
    """Whether an English word is written as a verb form of its lemma ("seeing" of "see",
    "districted"): the lexicon's nouns and adjectives do not translate it, the Holy See is
    not "seeing". A word whose lemma ends so itself ("meeting", "building") is not one."""
    lowered = written.lower()
    return lowered != key and not lowered.startswith(f"{key}s") and lowered.endswith(("ing", "ed"))


def _noun_form(key: str, written: str) -> bool:
    """Whether an English word is written as a noun may be: its lemma or a plural in lower
    case ("rescue", "passengers"), not a verb's past or participle ("sounded", "ran") nor a
    name ("Earth"), whose synonyms are no other name of the thing."""
    return written in (key, f"{key}s", f"{key}es")


MIN_HEAD = 4
"""Least length of a compound's head and of what stands before it (:func:`_english_head`,
:func:`_german_head`)."""

ENGLISH_HEAD = 0.7
"""Factor of the head of an English compound against the whole word, as a German compound's
head weighs (``wording.HEAD_WEIGHT``, not imported here: the link index loads no lemmatiser);
and of a German compound's head against the English word its whole translates
(:meth:`TranslationMatching._german_heads`)."""


def _german_head(word: str, german: Passage, lexicon: Translations) -> str | None:
    """The head of a German compound that a passage writes alone, as a noun ("Lohn" of
    "Arbeitslohn"); what stands before it, its linking "s" aside, must be a word of the lexicon
    (the link index loads no lemmatiser to split it)."""
    for cut in range(MIN_HEAD, len(word) - MIN_HEAD + 1):
        head, modifier = word[cut:], word[:cut]
        if head not in german.terms or not german.words.get(head, "")[:1].isupper():
            continue
        if lexicon.of(modifier, "de") or lexicon.of(modifier.removesuffix("s"), "de"):
            return head
    return None


def _english_head(word: str, terms: Mapping[str, object], lexicon: Translations) -> str | None:
    """The head of an English closed compound that a passage writes alone ("storm" of
    "thunderstorm", "plant" of "powerplant", "hole" of "borehole"): English builds such words
    head last, as German does, and a thunderstorm is a storm. What stands before the head
    must be a word of the lexicon too ("knowl" + "ledge" is no compound)."""
    if "_" in word:
        return None
    for cut in range(MIN_HEAD, len(word) - MIN_HEAD + 1):
        head, modifier = word[cut:], word[:cut].rstrip("-")
        if head in terms and len(modifier) >= MIN_HEAD and lexicon.of(modifier, "en"):
            return head
    return None
