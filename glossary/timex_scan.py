"""Scanning: run the rules over a text and keep the best non-overlapping candidates.

A candidate is a raw match whose year may still be unknown; ``timex_resolve`` completes
it. Position and approximation words before a match (``Ende``, ``etwa``) are folded into it
here, and signals (``seit``, ``bis zum``) read for the mod, because they are shared by all
rules; signals stay outside the extent, as TimeML wants.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from glossary.timex_candidate import LONG, MIXED, SHORT, TOKEN, Candidate, previous_word

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
"""A blank line: the end of a paragraph, a heading or a table row in a document's text."""

if TYPE_CHECKING:
    from glossary.timex_rules import Rules


def scan(rules: Rules, text: str) -> list[Candidate]:
    """All non-overlapping candidates of ``text``, leftmost-longest, prefixes attached.

    Rules are only tried where a token that can start them occurs: one pass of
    ``\\w+`` over the lower-cased text instead of one regex pass per rule. No expression
    runs over a blank line (a hard-wrapped line break inside a paragraph it does): a table
    row's or a heading's day and month ("Baubeginn am 28. Januar") took the year that
    opened the next paragraph.
    """
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare character changed length when lower-cased
        lowered = "".join(c.lower()[:1] or c for c in text)
    triggers, patterns, found = rules.triggers, rules.rules, []
    short, long, mixed = (triggers.get(key, []) for key in (SHORT, LONG, MIXED))
    paragraph_end = -1
    for token in TOKEN.finditer(lowered):
        word = token.group()
        indices: list[int] | None
        if word[0].isdigit():
            indices = (short if len(word) < 3 else long) if word.isdigit() else mixed
        else:
            indices = triggers.get(word)
        if indices:
            at = token.start()
            if at > paragraph_end:  # an expression ends with its paragraph, heading or table row
                found_break = _PARAGRAPH_BREAK.search(text, at)
                paragraph_end = found_break.start() if found_break else len(text)
            for index in indices:
                pattern, handler = patterns[index]
                match = pattern.match(text, at, paragraph_end)
                if match:
                    found.extend(handler(match))
    if rules.compounds:
        compounds, handler = rules.compounds
        for match in compounds.finditer(text):
            if not match.start() or not text[match.start() - 1].isalnum():
                found.extend(handler(match))
    found.sort(key=lambda c: (c.start, -c.end))
    chosen: list[Candidate] = []
    for cand in found:
        if not chosen or cand.start >= chosen[-1].end:
            chosen.append(cand)
    for index, cand in enumerate(chosen):
        floor = chosen[index - 1].end if index else 0
        _attach_prefix(rules, text, cand, floor)
        if _in_brackets(text, cand) and not _heading_end(text, cand):
            cand.narrative = False  # an aside: "Paulus (1890–1957) ergab sich am 31. Januar"
    kept = _join_anniversaries(rules, text, [c for c in chosen if _keep(rules, text, c)])
    _mark_between(rules, text, kept)
    return kept


def _join_anniversaries(rules: Rules, text: str, candidates: list[Candidate]) -> list[Candidate]:
    """ "Ten years ago this month", "Heute vor 30 Jahren": a count of years back from the
    document date next to a period of the present (today, this week, this month) name one
    period, that one so many years back (``years``), not two."""
    joined: list[Candidate] = []
    for cand in candidates:
        before = joined[-1] if joined else None
        if before is not None and not text[before.end : cand.start].strip(" ,"):
            pair = (before, cand) if _years_ago(before) else (cand, before)
            present = _present_unit(rules, pair[1])
            if _years_ago(pair[0]) and present:
                extra = {"anchored": present, "amount": "0", "exact": "yes"}
                extra["years"] = pair[0].extra["amount"]
                joined[-1] = Candidate(before.start, cand.end, prefixable=False, extra=extra)
                continue
        joined.append(cand)
    return joined


def _years_ago(cand: Candidate) -> bool:
    """Whether ``cand`` is a count of years back from the document date ("vor 30 Jahren")."""
    extra = cand.extra
    return extra.get("anchored") == "Y" and int(extra.get("amount", "0")) < 0


def _present_unit(rules: Rules, cand: Candidate) -> str:
    """The unit of a period of the present ("heute" D, "this week" W, "this month" M), or ""."""
    extra = cand.extra
    if extra.get("ref") in rules.words.today:
        return "D"
    if extra.get("amount") == "0" and "exact" in extra and extra.get("anchored") in ("W", "M"):
        return extra["anchored"]
    return ""


def _mark_between(rules: Rules, text: str, candidates: list[Candidate]) -> None:
    """Mark the two ends of a range that the language's ``between`` words put around them
    ("between March 2022 and July 2023", "zwischen 2001 und 2003"), as ``von … bis`` marks
    its own: the first opens a range (``range_next``)."""
    opener, joiner = rules.words.between
    if not opener:
        return
    for cand, after in pairwise(candidates):
        if (
            previous_word(text, cand.start, 0) == opener
            and text[cand.end : after.start].strip().lower() == joiner
        ):
            cand.extra["range_next"] = "yes"


def _in_brackets(text: str, cand: Candidate) -> bool:
    """Whether ``cand`` stands inside round brackets opened shortly before it."""
    opened = text.rfind("(", max(0, cand.start - 40), cand.start)
    if opened < 0 or ")" in text[opened : cand.start]:
        return False
    closed = text.find(")", cand.end, cand.end + 40)
    return closed >= 0 and "(" not in text[cand.end : closed]


def _heading_end(text: str, cand: Candidate) -> bool:
    """Whether ``cand`` closes a line of its own (``Zehnte Periode (1869).``, ``Kapitel 3
    (1942)``): a heading's date in brackets sets the time its section tells of."""
    line_start = text.rfind("\n", 0, cand.start) + 1
    line_end = text.find("\n", cand.end)
    line_end = len(text) if line_end < 0 else line_end
    after = text[cand.end : line_end].strip()
    return (
        line_end - line_start <= 80
        and after in (")", ").", "):")
        and (line_start == 0 or text[max(0, line_start - 2) : line_start].strip() == "")
    )


def _attach_prefix(rules: Rules, text: str, cand: Candidate, floor: int) -> None:
    """Fold approximation and position words before ``cand`` into it; a signal before them
    (``seit``, ``bis zum``, ``since``) only sets the mod and is kept as ``signal``."""
    if not cand.prefixable:
        return
    before = previous_word(text, cand.start, floor)
    match = None
    if before in rules.prefix_tails:
        match = rules.prefix.search(text, max(floor, cand.start - 60), cand.start)
    if not match or match.start() == match.end():
        _mark_attribute(rules, text, cand, before)
        return
    sig = (match["sig"] or "").lower()
    gap = text[floor : match.start()].strip().lower()
    if (
        sig
        and floor
        and gap in ("", *rules.words.connectors)
        and sig in rules.words.range_connectors
    ):
        sig = ""  # the end of a range ("März bis Mai"), not a deadline
        cand.extra["range_prev"] = "yes"
    if match["approx"]:
        cand.start, cand.mod = match.start("approx"), "APPROX"
    elif match["pos"]:
        cand.start = match.start("posx")
    if sig:  # a TimeML signal: it sets the mod but stays outside the extent
        cand.mod = rules.words.signals[sig]
        cand.narrative = cand.narrative and not _breaks_narrative(rules, sig, cand)
        cand.extra["signal"] = sig
    if match["pos"]:
        cand.extra["position"] = match["pos"].lower()
        if not sig:
            cand.mod = rules.words.position_words[match["pos"].lower()]
    _mark_attribute(rules, text, cand, previous_word(text, cand.start, floor))


def _mark_attribute(rules: Rules, text: str, cand: Candidate, before: str) -> None:
    """A date introduced by ``von``/``of`` names an event's date, not the story's time,
    unless it opens a range ("vom 6. bis 15. September", "von 1914 bis 1918"); so does one
    whose preposition stands before an article ("eine Bibel aus dem Jahr 1534", "a charter
    of the year 1200")."""
    word = before
    if before in rules.words.signal_articles:
        head = text[: cand.start].rstrip()
        word = previous_word(text, len(head) - len(head.split()[-1]), 0)
    if _breaks_narrative(rules, word, cand) and not _opens_range(rules, text, cand):
        cand.narrative = False
    cand.extra["before"] = before


def _breaks_narrative(rules: Rules, word: str, cand: Candidate) -> bool:
    """Whether ``word`` before ``cand`` makes it no step of the story: "vor dem Krieg", "since
    1990", "of 1914"; but a signal bounding a time of day leaves the story on that day
    ("shortly before noon on 14 August", "after midnight on 5 May")."""
    if word not in rules.words.narrative_breakers:
        return False
    return word not in rules.words.signals or "T" not in (cand.value or cand.tail)


def _opens_range(rules: Rules, text: str, cand: Candidate) -> bool:
    if "range_next" in cand.extra:
        return True
    following = text[cand.end : cand.end + 12].split(None, 1)
    return bool(following) and following[0].lower() in rules.words.range_connectors


def _keep(rules: Rules, text: str, cand: Candidate) -> bool:
    """Drop bare month and season names and bare ``des Jahres`` without a trigger or a
    range's start right before them."""
    if cand.extra.get("needs_position") and "position" not in cand.extra:
        return False
    if not cand.weak:
        return True
    if _infinitive(rules, text, cand):
        return False
    if cand.mod or cand.extra.get("position") or cand.extra.get("signal"):
        return True
    if "range_prev" in cand.extra:
        return True  # the end of a range right after its start: "from April to September"
    if text[cand.end : cand.end + 1] == "-" and text[cand.end + 1 : cand.end + 2].isalpha():
        return False  # glued to a name: "General Mai-Majewski", "Juli-Krise"
    before = cand.extra.get("before", "")
    if before == "of" and _name_before_of(rules, text, cand.start):
        return False  # "River of May": part of a name
    if before in rules.words.month_triggers:
        return True
    return bool(rules.connector_after.match(text, cand.end, cand.end + 12))


def _infinitive(rules: Rules, text: str, cand: Candidate) -> bool:
    """Whether a bare season or month name is a verb after the infinitive marker ("heavy rain
    began to fall"), not the end of a stretch that a season or month opens ("from spring to
    fall", "from May to fall")."""
    words, written = rules.words, text[cand.start : cand.end]
    if (
        not words.infinitive_marker
        or cand.extra.get("before") != words.infinitive_marker
        or written not in words.verb_homographs
    ):
        return False
    marker = text.rfind(words.infinitive_marker, 0, cand.start)
    opener = text[max(0, marker - 30) : marker].split()[-1:] or [""]
    return opener[0] not in words.seasons and not opener[0][:1].isupper()


def _name_before_of(rules: Rules, text: str, start: int) -> bool:
    """Whether ``start`` follows "<Capitalised noun> of", as in "River of May"."""
    words = text[max(0, start - 40) : start].split()
    return (
        len(words) >= 2
        and words[-2][:1].isupper()
        and words[-2].lower() not in rules.words.position_words
    )
