"""Find annotations again in the current text of their document (no database involved).

Order of attempts, after the W3C Web Annotation model and Hypothesis' client:

1. The stored position, if the text there still equals the quote: ``anchored``.
2. An exact search for the quote, near the expected position first; several occurrences are
   told apart by how well their surroundings match the stored ``prefix``/``suffix`` and by the
   distance to the expected position: ``moved``.
3. Approximate matching with rapidfuzz (``partial_ratio_alignment``) in a window around the
   expected position, then over the whole text, above a score threshold: ``moved``.
4. Otherwise ``orphaned``: the caller keeps and lists it, never deletes it.

``anchor_all`` anchors many targets of one document and carries the shift found for one target
over to the next (insertions and deletions shift everything after them alike), which keeps
10,000 annotations well under a second even after the document was edited.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader.notes.model import Anchor, Status, Target

if TYPE_CHECKING:
    from rapidfuzz import fuzz

FUZZY_MIN_SCORE = 80.0
"""rapidfuzz score (0-100) an approximate match needs; short quotes need more (see below)."""
SHORT_QUOTE = 20
"""Quotes shorter than this need ``SHORT_MIN_SCORE`` and are never searched approximately
over the whole text, where they would match by chance."""
SHORT_MIN_SCORE = 90.0
LOCATE_SLACK = 20.0
"""How far below the final threshold a window may score and still be refined."""
CONTEXT_PROBE = 8
"""Characters of the stored prefix/suffix that must continue at a refined end for a bonus."""
CONTEXT_BONUS = 10.0
NEAR = 2048
"""Characters either side of the expected position searched first."""
MAX_CANDIDATES = 2000
"""Exact occurrences scored at most (the ones nearest the expected position)."""
WHOLE_TEXT_BUDGET = 50_000_000
"""Characters of approximate whole-text scanning allowed per ``anchor_all`` call; beyond it
unmatched targets are reported orphaned for this load (they are kept and retried next time)."""


class _Budget:
    """What is left of ``WHOLE_TEXT_BUDGET`` during one ``anchor_all`` call."""

    def __init__(self, chars: int) -> None:
        self.chars = chars

    def spend(self, chars: int) -> bool:
        if chars > self.chars:
            return False
        self.chars -= chars
        return True


def anchor(target: Target, text: str, shift: int = 0) -> Anchor:
    """Find ``target`` in ``text``.

    Args:
        target: The stored selectors.
        text: The document's current ``Document.text``.
        shift: A guess of how far the quote moved (e.g. the shift of the previous target).

    Returns:
        Where the quote is now and how it was found.
    """
    _import_rapidfuzz()
    return _anchor(target, text, shift, _Budget(WHOLE_TEXT_BUDGET))


def anchor_all(targets: Sequence[Target], text: str) -> list[Anchor]:
    """Anchor many targets in one text; results are in the order of ``targets``."""
    _import_rapidfuzz()
    results: list[Anchor | None] = [None] * len(targets)
    budget = _Budget(WHOLE_TEXT_BUDGET)
    shift = 0
    for index in sorted(range(len(targets)), key=lambda i: targets[i].start):
        target = targets[index]
        found = _anchor(target, text, shift, budget)
        if found.status is not Status.ORPHANED and found.score == 100.0:
            shift = found.start - target.start
        results[index] = found
    return [r for r in results if r is not None]


def _import_rapidfuzz() -> None:
    """Bind the module-wide ``fuzz`` at the first anchoring, not at import: ``reader notes
    list`` with every note where it was taken never anchors, and rapidfuzz was about 1 % of
    it. A global, not an import in the functions that score, which run per candidate."""
    global fuzz
    if "fuzz" not in globals():
        from rapidfuzz import fuzz


def _anchor(target: Target, text: str, shift: int, budget: _Budget) -> Anchor:
    exact, start = target.exact, target.start
    if not exact:
        return Anchor(Status.ORPHANED, 0, 0, 0.0)
    if text.startswith(exact, start):
        return Anchor(Status.ANCHORED, start, start + len(exact))
    if shift and text.startswith(exact, start + shift) and _context_agrees(target, text, shift):
        return Anchor(Status.MOVED, start + shift, start + shift + len(exact))
    found = _exact_search(target, text, shift)
    if found is None:
        found = _fuzzy_search(target, text, shift, budget)
    return found or Anchor(Status.ORPHANED, 0, 0, 0.0)


def _context_agrees(target: Target, text: str, shift: int) -> bool:
    """Whether the stored prefix or suffix sits right next to the quote at ``start + shift``."""
    at = target.start + shift
    before = text[max(0, at - len(target.prefix)) : at]
    after = text[at + len(target.exact) : at + len(target.exact) + len(target.suffix)]
    return (bool(target.prefix) and before == target.prefix) or (
        bool(target.suffix) and after == target.suffix
    )


def _context_score(target: Target, text: str, pos: int) -> float:
    """How well the text around an occurrence at ``pos`` matches the stored prefix and suffix."""
    end = pos + len(target.exact)
    score = 0.0
    if target.prefix:
        score += fuzz.ratio(target.prefix, text[max(0, pos - len(target.prefix)) : pos])
    else:
        score += 100.0 if pos == 0 else 50.0
    if target.suffix:
        score += fuzz.ratio(target.suffix, text[end : end + len(target.suffix)])
    else:
        score += 100.0 if end == len(text) else 50.0
    return score


def _exact_search(target: Target, text: str, shift: int) -> Anchor | None:
    exact = target.exact
    expected = max(0, min(len(text), target.start + shift))
    lo = max(0, expected - NEAR)
    hi = min(len(text), expected + len(exact) + NEAR)
    near = _occurrences(exact, text, lo, hi)
    best = _best(target, text, near, expected)
    if best is not None and best[1] >= 200.0:
        return Anchor(Status.MOVED, best[0], best[0] + len(exact))
    everywhere = _occurrences(exact, text, 0, len(text))
    if len(everywhere) > MAX_CANDIDATES:
        everywhere.sort(key=lambda p: abs(p - expected))
        everywhere = everywhere[:MAX_CANDIDATES]
    best = _best(target, text, everywhere, expected)
    if best is None:
        return None
    return Anchor(Status.MOVED, best[0], best[0] + len(exact))


def _occurrences(exact: str, text: str, lo: int, hi: int) -> list[int]:
    """Start offsets of ``exact`` within ``text[lo:hi]`` (overlapping ones included)."""
    found, at = [], text.find(exact, lo, hi)
    while at != -1:
        found.append(at)
        at = text.find(exact, at + 1, hi)
    return found


def _best(
    target: Target, text: str, positions: list[int], expected: int
) -> tuple[int, float] | None:
    """The occurrence with the best context; distance to ``expected`` breaks near-ties."""
    best: tuple[int, float] | None = None
    best_key = (float("-inf"), 0.0)
    span = max(len(text), 1)
    for pos in positions:
        context = _context_score(target, text, pos)
        key = (context - 10.0 * abs(pos - expected) / span, -abs(pos - expected))
        if key > best_key:
            best, best_key = (pos, context), key
    return best


def _fuzzy_search(target: Target, text: str, shift: int, budget: _Budget) -> Anchor | None:
    exact = target.exact
    short = len(exact) < SHORT_QUOTE
    cutoff = SHORT_MIN_SCORE if short else FUZZY_MIN_SCORE
    reach = max(4 * len(exact), 512)
    centres = {max(0, min(len(text), target.start + shift)), min(len(text), target.start)}
    for centre in sorted(centres):
        lo, hi = max(0, centre - reach), min(len(text), centre + len(exact) + reach)
        found = _align(target, text, lo, hi, cutoff)
        if found is not None:
            return found
    if short or not budget.spend(len(text)):
        return None
    return _align(target, text, 0, len(text), cutoff)


def _align(target: Target, text: str, lo: int, hi: int, cutoff: float) -> Anchor | None:
    """The best approximate match of the quote in ``text[lo:hi]``, its ends refined.

    ``partial_ratio_alignment`` compares windows as long as the quote, which undervalues a
    quote with words inserted; so it only locates candidates (with a lower cutoff) and the
    refined match must reach ``cutoff``.
    """
    exact = target.exact
    if hi - lo < len(exact) // 2:
        return None
    result = fuzz.partial_ratio_alignment(exact, text[lo:hi], score_cutoff=cutoff - LOCATE_SLACK)
    if result is None:
        return None
    start, end, score = _refine(target, text, lo + result.dest_start, lo + result.dest_end)
    if score < cutoff:
        return None
    return Anchor(Status.MOVED, start, end, score)


def _refine(target: Target, text: str, start: int, end: int) -> tuple[int, int, float]:
    """Move both ends a little so the match covers the edited quote, not just its length.

    Ends are scored by the similarity of the quote to the text between them, plus a bonus
    where the stored prefix or suffix continues right there (the W3C context selectors).
    Only word boundaries are candidates: the quote "He listened" reworded to "For years he
    listened" scored best from "e listened" (a dropped letter costs less than a changed one),
    and a quote that starts inside a word is no quote a reader wrote a note on.
    """
    exact = target.exact
    slack = min(32, max(4, len(exact) // 4))
    after = target.suffix[:CONTEXT_PROBE]
    before = target.prefix[-CONTEXT_PROBE:]

    def end_score(candidate: int) -> float:
        bonus = CONTEXT_BONUS if after and text.startswith(after, candidate) else 0.0
        return fuzz.ratio(exact, text[start:candidate]) + bonus

    ends = range(max(start + 1, end - slack), min(len(text), end + slack) + 1)
    best_end = max(_on_boundaries(text, ends, at_end=True), key=end_score)

    def start_score(candidate: int) -> float:
        bonus = CONTEXT_BONUS if before and text.endswith(before, 0, candidate) else 0.0
        return fuzz.ratio(exact, text[candidate:best_end]) + bonus

    starts = range(max(0, start - slack), min(best_end - 1, start + slack) + 1)
    best_start = max(_on_boundaries(text, starts, at_end=False), key=start_score)
    return best_start, best_end, fuzz.ratio(exact, text[best_start:best_end])


def _on_boundaries(text: str, candidates: range, *, at_end: bool) -> Sequence[int]:
    """The candidate offsets that neither cut a word nor put a space at the quote's edge
    (all of them when none does, e.g. in a run of letters without spaces)."""

    def fits(at: int) -> bool:
        inner = text[at - 1] if at_end else text[at] if at < len(text) else ""
        if not inner or inner.isspace():
            return False
        if at <= 0 or at >= len(text):
            return True
        return not (text[at - 1].isalnum() and text[at].isalnum())

    fitting = [at for at in candidates if fits(at)]
    return fitting or candidates
