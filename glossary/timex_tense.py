"""The tense of a clause, read from its finite verb as HanTa tags it in context.

A year-less month after "heute" or a weekday in a news report takes its year or its week from
whether its clause tells of the past, the present or what is ahead. Word lists of verb forms
cannot say that for most verbs (German weak pasts in -te, English -ed adjectives, infinitives
in -ten after a modal); the tagger reads the clause in context and splits each German word
into its morphemes, so the tense follows from the finite verb's form:

- German: a weak past suffix (``-te``, ``-ten``, ``-ete`` …: ``einstürzte``, ``arbeiteten``)
  or a strong verb's changed stem without a present ending (``fuhr``, ``hielt``, ``fanden``) is
  past; the same with an umlaut the lemma lacks is the subjunctive (``hätte``, ``würde``,
  ``könnte``); a stem that changes only by umlaut or ``e`` → ``i`` in the present (``hält``,
  ``gilt``, ``wird``) and every other finite form is present; a present form of ``werden``
  is what lies ahead, a present modal (``kann``, ``will``) a modal. A present form of
  ``haben``/``sein`` whose clause has a past participle is the Perfekt, the usual past of
  German news ("Am Montag hat der Rat beschlossen"); ``werden`` with one stays ahead (a
  passive or a future: "Am Freitag wird abgestimmt").
- English: CLAWS past tags (``VVD``, ``VBD``, ``VHD``, ``VDD``) are past, ``will``/``shall``
  what lies ahead, ``would`` the subjunctive (a past's future), the other modals modal, the
  other finite tags present; ``has``/``have`` with a past participle is the perfect.
- The perfect is "perfect" only when the caller asks (``perfect=True``); else its finite
  verb's present, as ``sein`` with a participle is as often a state ("Heute ist es von Mai
  bis Oktober geöffnet") as a past, and after "ab Montag" a state from then on.
Infinitives and participles are no finite verbs: "Heute will die Stadt im Mai starten" is
told in the present by ``will``, whatever ``starten`` looks like.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from glossary.tagger import Tagged, tag_words

Tense = Literal["past", "present", "ahead", "modal", "subjunctive", "perfect"]

_WORD = re.compile(r"n['’]t\b|['’](?:ll|s|re|ve|d|m)\b|[^\W\d_]+?(?=n['’]t\b)|[^\W\d_]+")
"""Words, with English clitics apart as the tagger was trained on them (``did`` ``n't``,
``it`` ``'ll``): "didn't" whole is an unknown word to it."""
_WEAK_PAST = frozenset({"te", "ten", "test", "tet", "ete", "eten", "etest", "etet"})
"""German suffixes of the weak past (HanTa's ``SUF_FIN`` after a regular stem)."""
_UMLAUTS = frozenset("äöü")
_CONJUNCTIONS = {"de": frozenset({"KOUS"}), "en": frozenset({"CJS", "CJT"})}
"""Tags of subordinating conjunctions (``dass``, ``ob``, ``weil``; ``that``, ``whether``)."""
_PLAIN_E = re.compile(r"(?<![aei])e(?![iu])")
"""An ``e`` of a lemma that is no diphthong's (``gelt``, ``tret``; not ``reit``, ``heiß``)."""
_PLAIN_I = re.compile(r"(?<![ae])i(?!e)")
"""An ``i`` of a stem that is no diphthong's nor ``ie`` (``gilt``; not ``hielt``)."""
_PRETERITE_PRESENTS = frozenset({"wiss"})
"""Full verbs whose present has a past's stem without ending (``weiß``), as the modals do."""
_ENGLISH_PAST = frozenset({"VVD", "VBD", "VHD", "VDD"})
_ENGLISH_PRESENT = frozenset({"VVZ", "VBZ", "VHZ", "VDZ", "VVB", "VBB", "VHB", "VDB"})
_PERFECT_AUXILIARIES = {"de": frozenset({"hab", "sei"}), "en": frozenset({"VHZ", "VHB"})}
"""Present forms that make the perfect with a past participle: German by lemma (``hat``,
``ist``), English by tag (``has``, ``have``)."""
_STATE_VERBS = {
    "de": _PERFECT_AUXILIARIES["de"],
    "en": _PERFECT_AUXILIARIES["en"] | {"VBZ", "VBB"},
}
"""Present forms that tell of a state when they alone are the verb: the perfect's
auxiliaries (``ist``, ``hat``; ``has``) and English ``is``/``are``; not the perfect, which
has a participle."""
_PARTICIPLES = {"de": frozenset({"VV(PP)", "VA(PP)", "VM(PP)"}), "en": frozenset({"VVN"})}
_ENGLISH_FUTURE = frozenset({"will", "shall", "'ll", "wo", "won't"})
"""English modals (``VM0``) that tell what lies ahead (HanTa's lemma of ``would`` is ``will``)."""


def clause_tense(
    text: str,
    start: int,
    end: int,
    language: str,
    at: int | None = None,
    *,
    perfect: bool = False,
) -> Tense | None:
    """The tense of the first finite verb in ``text[start:end]``, or None without one. With
    ``at``, of the clause ``at`` stands in: from the last subordinating conjunction before it
    ("it is worth remembering that the men of that autumn were lucky": past), the last finite
    verb before ``at`` ("Today the town says it will close the bridge in October": what lies
    ahead), else the first after it. The perfect is "present" unless ``perfect``."""
    tense = _clause_tense(text, start, end, language, at)
    return "present" if tense == "perfect" and not perfect else tense


def tells_of_a_state(text: str, start: int, end: int, language: str) -> bool:
    """Whether the first finite verb in ``text[start:end]`` is a present ``sein``/``haben``
    (``be``/``have``) without a participle: a state ("Heute sind beide Hebewerke zu sehen",
    "Today the river is high"), not an event ("Heute Morgen ist ein Dachstuhl in Brand
    geraten", "Techniker prüfen heute")."""
    words = _words(list(_WORD.finditer(text, start, end)))
    code = _code(language)
    read = _tenses(words, code)
    finite = next((i for i, (tense, _) in enumerate(read) if tense is not None), None)
    if finite is None or read[finite][0] != "present":
        return False
    return _verb_key(_tagged(words, code)[finite], code) in _STATE_VERBS[code]


def _clause_tense(text: str, start: int, end: int, language: str, at: int | None) -> Tense | None:
    matches = list(_WORD.finditer(text, start, end))
    if not matches:
        return None
    read = _tenses(_words(matches), _code(language))
    tenses = [tense for tense, _ in read]
    if at is not None:
        before = sum(1 for m in matches if m.start() < at)
        opening = max((i for i in range(before) if read[i][1]), default=0)
        inside = tenses[opening:before]
        if (last := next((t for t in reversed(inside) if t is not None), None)) is not None:
            return last
        tenses = tenses[opening:]
    return next((tense for tense in tenses if tense is not None), None)


def _words(matches: list[re.Match[str]]) -> tuple[str, ...]:
    """The matched words with the apostrophe the tagger was trained on."""
    return tuple(m.group().replace("’", "'") for m in matches)


def _verb_key(tagged: Tagged, language: str) -> str:
    """What an auxiliary is known by: its German lemma (``hab``), its English CLAWS tag."""
    return tagged.lemma if language == "de" else tagged.tag


def _code(language: str) -> str:
    return "en" if language.startswith("en") else "de"


@lru_cache(maxsize=4096)
def _tagged(words: tuple[str, ...], language: str) -> tuple[Tagged, ...]:
    """The tagger's reading of ``words``, kept so that :func:`tells_of_a_state` reads the
    verb :func:`_tenses` found without tagging the sentence again."""
    return tuple(tag_words(list(words), language))


@lru_cache(maxsize=4096)
def _tenses(words: tuple[str, ...], language: str) -> tuple[tuple[Tense | None, bool], ...]:
    """For each word, its tense if it is a finite verb (else None) and whether it is a
    subordinating conjunction (``dass``, ``ob``; ``that``, ``whether``)."""
    tagged = _tagged(words, language)
    conjunctions = _CONJUNCTIONS[language]
    if language == "de":
        german = tuple((_german(word), word.tag in conjunctions) for word in tagged)
        return _perfects(german, tagged, language)
    read: list[tuple[Tense | None, bool]] = []
    auxiliary = False
    for word in tagged:
        tense = _english(word)
        if word.tag == "VVN" and not auxiliary:
            tense = "past"  # "she rented a shop": HanTa often reads a past as a participle
        auxiliary = auxiliary or word.tag[:2] in ("VB", "VH", "VD", "VM")
        read.append((tense, word.tag in conjunctions))
    return _perfects(tuple(read), tagged, language)


def _perfects(
    read: tuple[tuple[Tense | None, bool], ...], tagged: tuple[Tagged, ...], language: str
) -> tuple[tuple[Tense | None, bool], ...]:
    """``read`` with each present ``hat``/``ist``/``has``/``have`` "perfect" when its clause
    (between subordinating conjunctions: "dass der Rat den Haushalt beschlossen hat") has a
    past participle; ``werden`` is no such auxiliary, so its passive stays ahead."""
    auxiliaries = _PERFECT_AUXILIARIES[language]
    participles = _PARTICIPLES[language]
    openings = [i for i, (_, opens) in enumerate(read) if opens]
    out = list(read)
    for i, (tense, opens) in enumerate(read):
        if tense != "present" or _verb_key(tagged[i], language) not in auxiliaries:
            continue
        start = max((o for o in openings if o <= i), default=0)
        end = min((o for o in openings if o > i), default=len(read))
        if any(tagged[j].tag in participles for j in range(start, end) if j != i):
            out[i] = ("perfect", opens)
    return tuple(out)


def _english(tagged: Tagged) -> Tense | None:
    if tagged.tag in _ENGLISH_PAST:
        return "past"
    if tagged.tag == "VM0":
        word = tagged.word.lower()
        if word == "would":  # the future of a past: "they would rebuild it next summer"
            return "subjunctive"
        return "ahead" if word in _ENGLISH_FUTURE else "modal"
    return "present" if tagged.tag in _ENGLISH_PRESENT else None


def _german(tagged: Tagged) -> Tense | None:
    if not tagged.tag.endswith("(FIN)"):
        return None
    stems = [(morph, kind) for morph, kind in tagged.parts if kind[:2] in ("VV", "VA", "VM")]
    if not stems:
        return None
    stem, kind = stems[-1]
    suffix = next((m for m, k in reversed(tagged.parts) if k == "SUF_FIN"), "")
    umlaut = bool(_UMLAUTS & set(stem)) and not _UMLAUTS & set(tagged.lemma)
    if kind.endswith("_IRR"):  # sein
        return "past" if stem.startswith("war") else "subjunctive" if "ä" in stem else "present"
    changed = kind.endswith("_VAR")
    if suffix in _WEAK_PAST or (changed and suffix in ("e", "en")):
        modal_umlaut = kind.startswith("VM") and bool(_UMLAUTS & set(stem))  # könnte, müsste
        return "subjunctive" if umlaut or modal_umlaut else "past"
    if tagged.lemma == "werd":  # wird, werden
        return "ahead"
    if kind.startswith("VM"):
        return "modal"
    present = _present_stem(stem, tagged.lemma, umlaut)
    return "past" if changed and not suffix and not present else "present"


def _present_stem(stem: str, lemma: str, umlaut: bool) -> bool:
    """Whether a strong verb's changed stem without ending is of the present: changed only by
    ``umlaut`` (``hält``: one the lemma lacks, as :func:`_german` reads it) or by ``e`` → ``i``
    before a final ``t`` (``gilt``, ``tritt``, ``wird``; not ``ritt`` of ``reiten``, nor
    ``ging``), or a preterite-present's (``weiß``)."""
    if umlaut or lemma in _PRETERITE_PRESENTS:
        return True
    plain_e = _PLAIN_E.search(lemma) is not None
    plain_i = _PLAIN_I.search(stem) is not None
    return plain_e and plain_i and stem.endswith("t")
