"""How the words of two cross-linked passages meet besides as the same lemma: as cognates, as
synonyms of one set, as translations of a noun, verb or compound. The pure helpers live here;
:class:`glossary.links.LinkIndex` weighs the matches against its statistics."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from glossary.calendar_words import is_calendar_word
from glossary.cognates import cognate_key, evened
from glossary.discourse_words import is_discourse_word
from glossary.link_passages import Passage
from glossary.synonyms import Thesaurus
from glossary.translations import Translations, action_nouns, phrase_words
from glossary.word_keys import word_key

T = TypeVar("T")

Match = tuple[str, str, float]
"""Two terms that meet (the same key twice, or two synonyms) and what they add to the score."""


def telling_pairs(matches: list[Match]) -> list[tuple[str, str]]:
    """The shared words that are neither calendar words (time is weighed by the dates) nor
    discourse nouns ("Frage", "story": what a text is or asks, not what it is about)."""
    return [(a, b) for a, b, _ in matches if not (_untelling(a) or _untelling(b))]


def _untelling(key: str) -> bool:
    """Whether a matched key tells nothing alone: a calendar word or a discourse noun."""
    return is_calendar_word(key) or is_discourse_word(key)


def cognate_terms(
    terms: dict[str, float], words: dict[str, str]
) -> tuple[dict[str, float], dict[str, str]]:
    """Terms and forms as written under their :func:`cognate_key`, to meet another language."""
    keyed: dict[str, float] = {}
    written: dict[str, str] = {}
    for term, weight in terms.items():
        key = cognate_key(term)
        if key is not None:
            keyed[key] = keyed.get(key, 0.0) + weight
            written.setdefault(key, words.get(term, term))
    return keyed, written


def spelled_alike_only(
    german: Passage, english: Passage, keys: set[str], lexicon: Translations
) -> set[str]:
    """The cognate keys among ``keys`` at which a German and an English passage meet by
    spelling alone, not by sense (:func:`_one_sense`): German "Listen" (lists: "Liste" is
    "list") and English "listened" share the key "list" by the endings the two languages
    trade, "Brand" (a fire) and "brands" the key "brand"."""
    ours, theirs = _by_cognate(german, keys), _by_cognate(english, keys)
    return {
        key
        for key in keys
        if not any(
            _one_sense(word, other, key, lexicon)
            for word in ours.get(key, ())
            for other in theirs.get(key, ())
        )
    }


def _by_cognate(passage: Passage, keys: set[str]) -> dict[str, list[str]]:
    """The passage's terms under those of ``keys`` that are their cognate keys."""
    found: dict[str, list[str]] = {}
    for term in passage.terms:
        key = cognate_key(term)
        if key in keys:
            found.setdefault(key, []).append(term)
    return found


def _one_sense(german: str, english: str, key: str, lexicon: Translations) -> bool:
    """Whether a German and an English term under one cognate key may mean one thing: the same
    word as an English name (capitalised: "Müller", "Stresemann"), a German word the lexicon
    lacks (a verb, a rare term: it meets its cognates as before), or one the lexicon translates
    by a word of that key or spelt as the English one or its action noun ("Pandemie":
    "pandemic"; "Bomben": "bomb", "bombing"). A common word spelt alike means what the lexicon
    says: "Handy" is a mobile phone, not "handy"; "Stern" a star, not "stern"."""
    translated = lexicon.of(german, "de")
    if not translated or (german == word_key(english) and english[:1].isupper()):
        return True
    spelt = evened(english)
    return any(
        cognate_key(word) == key
        or any(evened(form) == spelt for form in (word, *action_nouns(word, "en")))
        for word in translated
    )


def same_cognate(a: str, b: str) -> bool:
    """Whether two terms meet as cognates already (then not again as a translation)."""
    key = cognate_key(a)
    return key is not None and key == cognate_key(b)


def written_as(passage: Passage, key: str) -> str:
    """A term or phrase key as the passage writes it ("supply chains" for ``supply_chain``)."""
    if key in passage.words:
        return passage.words[key]
    return " ".join(passage.words.get(word, word) for word in phrase_words(key))


def german_action_noun(verb: str, passage: Passage, lexicon: Translations) -> str | None:
    """The noun that names the action of a German verb of the passage, as the lexicon knows it
    ("bohren": Bohrung; "ausbrechen": Ausbruch; "wählen": Wahl), or ``None`` for a word that is
    no verb: German writes nouns with a capital, and a word of its own in the lexicon is read
    as itself. The regular noun comes first ("Bergung", not "Burg")."""
    if not passage.words.get(verb, "")[:1].islower() or lexicon.of(verb, "de"):
        return None
    return _known_action_noun(verb, lexicon)


def _known_action_noun(verb: str, lexicon: Translations) -> str | None:
    """The first of a German verb's action nouns (the regular one first) that the lexicon
    knows, if any: a made-up form names no action a text could share."""
    return next((noun for noun in action_nouns(verb, "de") if lexicon.of(noun, "de")), None)


ENGLISH_AGENT_ENDINGS = ("er", "or", "ent", "ant", "ist")
"""Endings of English nouns that name who does something ("donor", "rescuer", "proponent"):
a German noun in -er is the agent noun of its verb only when the lexicon gives it one of them
("Spender": donor, of "spenden"), not when it is a thing ("Messer": knife, "Lager": camp)."""

QUALITY_ENDINGS = ("heit", "keit")
"""Endings of German nouns that name the quality of an adjective ("Sicherheit": sicher)."""


def english_agent_roots(agent: str) -> tuple[str, ...]:
    """The English word an agent noun is built on, as the start of a word of its family
    ("donor": don, as in donation; "rescuer": rescu, as in rescue; "sinner": sin): the noun
    without its agent ending (:data:`ENGLISH_AGENT_ENDINGS`), and without a final consonant
    that English doubles before the ending. None for a word of no such ending, or whose rest
    is a letter ("ant" is no agent of anything)."""
    ending = next((e for e in ENGLISH_AGENT_ENDINGS if agent.endswith(e)), None)
    root = agent[: -len(ending)] if ending else ""
    if len(root) < 2:
        return ()
    if root[-1] == root[-2] and root[-1] not in "aeiou":
        return (root, root[:-1])
    return (root,)


def german_agent_noun(verb: str, lexicon: Translations) -> tuple[str, tuple[str, ...]] | None:
    """The noun in -er that names who does what a German verb names ("spenden": Spender,
    "retten": Retter, "wählen": Wähler), with its English translations that name someone who
    acts and are built on a word that translates the verb's action noun
    (:func:`english_agent_roots`: "donor" / donation, "rescuer" / rescue, "voter" / vote);
    ``None`` when it has none: a thing in -er is not who does it ("Messer" is a knife or a
    "meter", and no measurement begins with "met")."""
    if len(verb) < 5 or not verb.endswith("en") or verb.endswith(("eln", "ern")):
        return None
    noun = verb[:-2] + "er"
    actions = [sense for action in action_nouns(verb, "de") for sense in lexicon.of(action, "de")]
    senses = tuple(
        sense
        for sense in lexicon.of(noun, "de")
        if any(action.startswith(root) for root in english_agent_roots(sense) for action in actions)
    )
    return (noun, senses) if senses else None


def german_relatives(term: str, passage: Passage, lexicon: Translations) -> tuple[str, ...]:
    """The words of a German term's family that lemmas keep apart, as keys: a verb's action
    noun and agent noun ("spenden": Spende, Spender), an agent noun's verb and action noun
    ("Retter": retten, Rettung), a quality's adjective ("Sicherheit": sicher). Each relative is
    a word the lexicon knows, or the verb of a known agent noun; none the passage holds."""
    written = passage.words.get(term, "")
    found: list[str | None] = []
    if written[:1].islower() and not lexicon.of(term, "de"):  # a verb: adjectives are entries
        agent = german_agent_noun(term, lexicon)
        found += [_known_action_noun(term, lexicon), agent and agent[0]]
    elif written[:1].isupper() and term.endswith("er"):
        verb = term[:-2] + "en"
        if (agent := german_agent_noun(verb, lexicon)) and agent[0] == term:
            found += [verb, _known_action_noun(verb, lexicon)]
    elif written[:1].isupper() and term.endswith(QUALITY_ENDINGS):
        adjective = term[:-4]
        found.append(adjective if len(adjective) >= 3 and lexicon.of(adjective, "de") else None)
    return tuple(
        dict.fromkeys(k for k in found if k is not None and k != term and k not in passage.terms)
    )


def kept(cache: dict[int, T], passage: Passage, compute: Callable[[], T]) -> T:
    """``compute()`` for ``passage``, kept in ``cache`` when the passage is indexed (a query's
    own passages have no sentence id and are computed each time)."""
    if passage.sid is None:
        return compute()
    if passage.sid not in cache:
        cache[passage.sid] = compute()
    return cache[passage.sid]


def one_each(found: list[Match]) -> list[Match]:
    """The best matches such that each word of either side is in one match at most."""
    found.sort(key=lambda match: (-match[2], match[0], match[1]))
    used_ours: set[str] = set()
    used_theirs: set[str] = set()
    kept = []
    for a, b, share in found:
        if a not in used_ours and b not in used_theirs:
            used_ours.add(a)
            used_theirs.add(b)
            kept.append((a, b, share))
    return kept


def shown_once(
    words: list[tuple[str, str]], keys: list[str]
) -> tuple[list[tuple[str, str]], list[str]]:
    """Each pair of words as shown once, with the key of its first (most telling) match: a
    compound and its head are two keys of one word ("militärmanöver", "manöver"), and a reader
    saw "Militärmanöver / Militärmanövern" listed twice."""
    first: dict[tuple[str, str], str] = {}
    for pair, key in zip(words, keys, strict=True):
        first.setdefault(pair, key)
    return list(first), list(first.values())


def nouns_of(passage: Passage) -> list[str]:
    """The terms of a German passage written with a capital, its nouns; a compound's part
    meets the same word, but not its synonyms ("Punkt" in "Tiefpunkt" is no "Position")."""
    return [
        term
        for term in passage.terms
        if term not in passage.parts and passage.words.get(term, term)[:1].isupper()
    ]


SynonymView = dict[str, tuple[int, ...]]
"""A passage's nouns that the thesaurus knows, with the ids of their synonym sets."""


def synonym_view(passage: Passage, sets: Thesaurus) -> SynonymView:
    """The nouns of a passage (German writes them with a capital) with their synonym sets: verbs
    and adjectives have many senses each ("gehen" is in 40 sets), so only nouns meet."""
    return {term: found for term in nouns_of(passage) if (found := sets.sets(term))}


def all_set_ids(view: SynonymView) -> frozenset[int]:
    """All synonym sets of a passage's nouns."""
    return frozenset(set_id for set_ids in view.values() for set_id in set_ids)


def synonym_sets(terms: dict[str, float], view: SynonymView, sets: Thesaurus) -> dict[str, float]:
    """The weights of a passage's nouns under the keys of their synonym sets (``~`` and the
    set's id, so that they never meet a term), each times the set's specificity."""
    keyed: dict[str, float] = {}
    for term, set_ids in view.items():
        for set_id in set_ids:
            key = f"~{set_id}"
            keyed[key] = keyed.get(key, 0.0) + terms[term] * sets.specificity(set_id)
    return keyed


def english_actions(terms: dict[str, float]) -> dict[str, str]:
    """The action nouns of an English passage's words that it does not write itself, each
    with its word ("measurement": "measure"), for a German noun to meet the verb."""
    found: dict[str, str] = {}
    for term in terms:
        for noun in action_nouns(term, "en"):
            if noun not in terms:
                found.setdefault(noun, term)
    return found


def compound_pieces(noun: str, passage: Passage) -> tuple[str, str] | None:
    """A compound's modifier and head among the terms of its passage (a compound adds its
    parts): the longest other term it ends with, and one it starts with ("lösch" stands for
    "löschen")."""
    heads = [t for t in passage.terms if t != noun and len(t) >= 3 and noun.endswith(t)]
    if not heads:
        return None
    head = max(heads, key=len)
    rest = noun[: -len(head)]
    modifiers = [
        t for t in passage.terms if t not in (noun, head) and len(t) >= 3 and rest.startswith(t[:4])
    ]
    return (max(modifiers, key=len), head) if modifiers else None


def both_or_neither_dated(ours: Passage, term: str, theirs: Passage, other: str) -> bool:
    """Whether two words meeting as a translation both stand in dates ("drei Tagen" / "three
    days") or neither does: a word of a date ("March 1890") weighs by its period and must not
    meet another sense of a word outside one ("Züge", marches)."""
    return (term in ours.dated) == (other in theirs.dated)
