"""German compound splitting over word frequencies (Koehn & Knight 2003).

A reader searching "Krieg" should find "Angriffskrieg". A compound is split into known words
(with linking elements such as -s-, -es-, -n- removed) when the geometric mean of the parts'
frequencies beats the frequency of the whole word; the frequencies come from ``wordfreq``'s German
list, so no lexicon has to be maintained here beyond a short list of two- and three-letter words.
"""

from __future__ import annotations

import hashlib
import json
import math
from bisect import bisect_left
from functools import lru_cache
from itertools import compress
from pathlib import Path
from typing import TypeGuard

from documents.atomic import write_cache_json
from index.installed import installed_version

__all__ = [
    "LEXICON_FILE",
    "compound_parts",
    "is_known_word",
    "is_lexicon_word",
    "keep_lexicon_in",
    "lexicon_ready",
    "lexicon_words",
    "prepare_lexicon",
    "prepare_stems",
    "split_compound",
]

MIN_PART = 4
"""Shortest part taken from the frequency list; shorter ones come from ``short_parts_de.txt``."""

MIN_WORD = 5
"""Shorter words are never split (cheap fast path for most tokens): "Ölpreis" has 7 letters."""

MIN_ZIPF = 2.5
"""Rarer parts (under ~300 per billion words) are mostly names, typos and fragments."""

MAX_PARTS = 4
"""Bounds the search; German compounds in running text rarely have more."""

_LINKS = ("", "s", "es", "n", "en", "er", "e", "ns", "ens")
"""Linking elements (Fugenelemente) that may end a non-final part."""

_SHORT_PARTS = Path(__file__).with_name("data") / "short_parts_de.txt"

_NOT_PARTS = frozenset(
    "aber alle also auch aufm auss beim dass denn doch eine einer eines etwa fast hier immer"
    " mehr nach noch oder ohne sehr sich sind über unter viel wenn wird durch gegen hinter"
    " zwischen heit keit lich isch chen lein schaft ität".split()
)
"""Function words, clitics and suffixes that frequency lists rank highly but never form a part."""

_PARTICLES = tuple(
    "ab an auf aus bei durch ein gegen hinter mit nach neben ober über um unter vor wider zu"
    " zwischen".split()
)
"""Prepositional prefixes. Frequency alone never splits them off (``vor`` beside ``kammer``
is no pair of nouns, and ``Vorteil`` must not be found by ``Teil``), so they are taken off
only a word too rare to be a lexicalised word of its own (:func:`_particle_split`)."""


LEXICON_FILE = "reader-lexicon.json"
"""The built lexicon, saved beside the index: reading it back takes a tenth of building it."""

_saved_in: list[Path] = []
"""The folder the lexicon is saved in and read from (set by :func:`keep_lexicon_in`)."""


def keep_lexicon_in(directory: Path) -> None:
    """Save the lexicon in ``directory`` once built, and read it from there when it is current.

    Building it from wordfreq's list takes most of a second in every process that meets a
    word the token cache does not know; the saved file (JSON data with a fingerprint of
    wordfreq's release and the rules above) takes a twentieth of that to read.
    """
    _saved_in[:] = [directory]


_FORMAT = 4
"""Of the saved file: 2 groups the words by their value (parsing one float per word was
three quarters of reading it); 3 adds the sorted stems (:func:`_stems`: sorting them took
four times as long as reading them); 4: no stem drops the -e after a vowel (:func:`_lemmas`)."""


def _fingerprint() -> str:
    frequencies = installed_version("wordfreq")
    rules = f"{MIN_PART}/{MIN_ZIPF}/{sorted(_NOT_PARTS)}/{_SHORT_PARTS.read_text(encoding='utf-8')}"
    digest = hashlib.sha256(rules.encode()).hexdigest()[:16]
    return f"wordfreq-{frequencies}/{digest}/{_FORMAT}"


def _saved_lexicon(path: Path) -> tuple[dict[str, float], list[str]] | None:
    """The lexicon and its sorted stems as saved in ``path``; None when the file is missing,
    of another fingerprint or damaged."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("fingerprint") != _fingerprint():
        return None
    bands, stems = data.get("bands"), data.get("stems")
    if not (isinstance(bands, list) and isinstance(stems, str)):
        return None
    lexicon: dict[str, float] = {}
    for band in bands:
        if not (isinstance(band, list) and len(band) == 2 and isinstance(band[0], float)):
            return None
        value: float = band[0]
        words = band[1]
        if not _all_strings(words):
            return None
        lexicon.update(dict.fromkeys(words, value))
    return lexicon, stems.split(_STEM_SEPARATOR)


def _all_strings(words: object) -> TypeGuard[list[str]]:
    """Whether ``words`` (read from JSON) is a list of strings. JSON gives plain types, so a
    word is a string exactly when its type is str (checked in C: a generator over the 80,603
    words was a good part of reading the file)."""
    return isinstance(words, list) and {str}.issuperset(map(type, words))


def _saved_form(lexicon: dict[str, float]) -> list[list[object]]:
    """The lexicon as [value, [words]] pairs, in the words' first-seen order."""
    bands: dict[float, list[str]] = {}
    for word, value in lexicon.items():
        bands.setdefault(value, []).append(word)
    return [[value, words] for value, words in bands.items()]


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, float]:
    """Natural log of the frequency of every usable compound part (saved, when a folder is
    set, see :func:`keep_lexicon_in`, with its sorted stems)."""
    path = _saved_in[0] / LEXICON_FILE if _saved_in else None
    if path is not None and (saved := _saved_lexicon(path)) is not None:
        _stems_saved[:] = [saved]
        return saved[0]
    lexicon = _built_lexicon()
    if path is not None:
        stems = _sorted_stems(lexicon)
        _stems_saved[:] = [(lexicon, stems)]
        write_cache_json(
            path,
            {
                "fingerprint": _fingerprint(),
                "bands": _saved_form(lexicon),
                "stems": _STEM_SEPARATOR.join(stems),
            },
        )
    return lexicon


_STEM_SEPARATOR = "\n"
"""Between the saved stems, which are kept as one string (words hold no line breaks): JSON
writes and reads one long string in a tenth of the time of a list of 88,000 short ones."""

_stems_saved: list[tuple[dict[str, float], list[str]]] = []
"""The lexicon last read from or written to the saved file, with the stems saved beside it,
until :func:`_stems` takes them."""


def prepare_lexicon() -> None:
    """Read or build the lexicon now, saving it when a folder is set.

    A build that starts a helper process calls this first, so the helper reads the saved
    file (a twentieth of a second) instead of building the lexicon again from wordfreq.
    """
    _lexicon()


def prepare_stems() -> None:
    """Read or build the lexicon and sort its stems now (:func:`_stems`; the sort of about
    100,000 strings, some 350 M instructions).

    A process about to analyse a batch's new words in two halves, one of them in a forked
    child, calls this first, so that both halves inherit the sorted stems instead of each
    sorting them again.
    """
    _lexicon()  # first: the stems may be cached already, and the lexicon must be ready too
    _stems()


def lexicon_ready() -> bool:
    """Whether this process has the lexicon in memory already (:func:`prepare_lexicon`
    then costs nothing)."""
    return _lexicon.cache_info().currsize > 0


def _built_lexicon() -> dict[str, float]:
    """The lexicon from wordfreq's German list and ``short_parts_de.txt``.

    Read from the list's frequency bands (wordfreq's cBpack: the words of each centibel,
    most frequent first) rather than from ``wordfreq.get_frequency_dict``: the words below
    ``MIN_ZIPF``, seven in eight, need no entry of their own, only the short parts' look-up.
    """
    from wordfreq import available_languages, cB_to_freq, read_cBpack

    floor = 10 ** (MIN_ZIPF - 9)
    short = {}
    for line in _SHORT_PARTS.read_text(encoding="utf-8").splitlines():
        word = line.strip().replace("ß", "ss")
        if word and not word.startswith("#"):
            short[word] = 0.0
    lexicon: dict[str, float] = {}
    for index, band in enumerate(read_cBpack(available_languages("best")["de"])):
        # As get_frequency_dict: a word listed in two bands takes the later one's frequency.
        freq = cB_to_freq(-index)
        if freq < floor:
            # Below the floor a word only sets a short part's frequency or leaves the
            # lexicon: set operations instead of a loop over the seven words in eight here.
            short.update(dict.fromkeys(short.keys() & band, freq))
            for word in lexicon.keys() & band:
                del lexicon[word]
            continue
        log = math.log(freq)
        for word in band:
            if word in short:
                short[word] = freq
            if len(word) >= MIN_PART and word.isalpha() and word not in _NOT_PARTS:
                lexicon[word] = log
            elif word in lexicon:
                del lexicon[word]
    for word, freq in short.items():
        lexicon[word] = math.log(_rounded(freq) or floor)
    return lexicon


def _rounded(frequency: float) -> float:
    """A frequency to three significant digits, as ``wordfreq.word_frequency`` reports it."""
    if not frequency:
        return 0.0
    return round(frequency, math.floor(-math.log(frequency, 10)) + 3)


_LINKS_BY_LAST_LETTER = {
    link[-1]: tuple(other for other in _LINKS if not other or other.endswith(link[-1]))
    for link in _LINKS
    if link
}
"""The linking elements a part ending in a letter may carry ("" for any part), in the order
of ``_LINKS``: most parts end in a letter no linking element ends in."""

_NO_LINK = ("",)

_VOWELS = frozenset("aeiouäöüy")
"""A word's final -e after one of these is no unstressed -e that a compound drops (See, Idee,
Linie, Treue: Seeufer, Ideengeschichte, Linienbus, Treuebruch; never "Se-", "Lini-")."""


def _drops_final_e(stem: str) -> bool:
    """Whether ``stem`` + e may be a word whose final -e a compound's first part drops
    (Grenz- for Grenze, Schul- for Schule): only where the stem ends in a consonant."""
    return stem[-1:] not in _VOWELS


@lru_cache(maxsize=1 << 16)
def _lemmas(surface: str) -> tuple[tuple[str, float], ...]:
    """Known words a non-final part may stand for, linking element removed, most frequent first.

    Tries each linking element and the dropped final -e (Grenz-schließung ← Grenze), which
    only an unstressed -e after a consonant is (not "se" for See: Milli-se-kunde is no lake).
    """
    frequency = _lexicon().get
    found: dict[str, float] = {}
    for link in _LINKS_BY_LAST_LETTER.get(surface[-1:], _NO_LINK):
        if not link:
            stem = surface
        elif surface.endswith(link):
            stem = surface[: -len(link)]
        else:
            continue
        for lemma in (stem, stem + "e") if _drops_final_e(stem) else (stem,):
            value = frequency(lemma)
            if value is not None:
                found[lemma] = value
    if len(found) < 2:
        return tuple(found.items())
    return tuple(sorted(found.items(), key=lambda item: -item[1]))


_LONGEST_LINK = max(map(len, _LINKS))


@lru_cache(maxsize=1)
def _stems() -> list[str]:
    """Every stem :func:`_lemmas` finds a known word for (a known word, or one without its
    final -e), sorted, so that :func:`_begins_a_stem` can bisect it; the saved file's, when
    the lexicon came from it."""
    lexicon = _lexicon()
    for saved_with, stems in _stems_saved:
        if saved_with is lexicon:
            _stems_saved.clear()  # the cache of this function holds them from now on
            # already in order: one pass of comparisons, and what the bisection needs
            # even from a file edited by hand
            stems.sort()
            return stems
    return _sorted_stems(lexicon)


def _sorted_stems(lexicon: dict[str, float]) -> list[str]:
    """The stems of :func:`_stems` for ``lexicon``, sorted (most of the time is the sort)."""
    stems = set(lexicon)
    stems.update(word[:-1] for word in lexicon if word.endswith("e") and _drops_final_e(word[:-1]))
    return sorted(stems)


def _begins_a_stem(start: str) -> bool:
    """Whether some stem of :func:`_stems` begins with ``start``.

    A head of a split is such a stem plus a linking element of at most ``_LONGEST_LINK``
    letters, so where its first letters begin no stem, no longer head begins there either:
    :func:`_splits` stops looking for heads there (a word that is no compound, most of a
    text's, tried every end for three and four parts: half of analysing new words).
    """
    stems = _stems()
    at = bisect_left(stems, start)
    return at < len(stems) and stems[at].startswith(start)


_Part = tuple[str, int, int]
"""A part: the word found in the lexicon, its start and end in the compound."""


@lru_cache(maxsize=1 << 16)
def _splits(rest: str, count: int) -> tuple[tuple[_Part, ...], float] | None:
    """The best split of ``rest`` into exactly ``count`` known parts, with its summed log
    frequency, or None when there is none.

    "Best" is the highest sum; among equal sums the first in the order of a full enumeration
    (head end ascending, then the tail's own order, then the head's most frequent lemma), which
    is the split a ``max`` over every split would return. Keeping only the best tail per head
    is exact because adding the same head score preserves the tails' order, and it makes
    non-compounds (which try every count) cheap. Cached by the string, not the compound, so
    common heads ("...politik") are split once.
    """
    if count == 1:
        lexicon = _lexicon()
        return (((rest, 0, len(rest)),), lexicon[rest]) if rest in lexicon else None
    # The last part is a known word of two letters or more after count - 1 parts of two or
    # more: where the last such word starts bounds where the first part may end.
    starts = _known_ends(rest)
    if not starts or starts[-1] < 2 * count - 2:
        return None
    best: tuple[tuple[_Part, ...], float] | None = None
    # Two parts: the first ends where a known word ends the rest (most ends are no such place).
    ends = starts if count == 2 else range(2, starts[-1] - 2 * count + 5)
    for end in ends:
        if end > _LONGEST_LINK + 2 and not _begins_a_stem(rest[: end - _LONGEST_LINK]):
            break  # no head ends here or further on: each would begin with that stretch
        heads = _lemmas(rest[:end])
        if not heads:
            continue
        tail = _splits(rest[end:], count - 1)
        if tail is None:
            continue
        lemma, score = heads[0]
        total = score + tail[1]
        if best is None or total > best[1]:
            shifted = tuple((part, start + end, stop + end) for part, start, stop in tail[0])
            best = (((lemma, 0, end), *shifted), total)
    return best


@lru_cache(maxsize=1 << 16)
def _known_ends(rest: str) -> tuple[int, ...]:
    """Where a known word that ends ``rest`` may start after parts of two letters or more
    (from 2 to two letters before the end), ascending: one pass over the endings serves
    every count of parts ``_splits`` tries and every two-part split of ``rest``."""
    ends = range(2, len(rest) - 1)
    return tuple(compress(ends, map(_lexicon().__contains__, [rest[start:] for start in ends])))


_ENDINGS = ("", "e", "n", "s", "en", "es", "er", "ern", "ens")
"""Inflectional endings whose removal may give a more frequent form of the same word."""


def _base_forms(key: str) -> list[str]:
    """The word and its forms without an inflectional ending ("handlungen" → "handlung").

    A plural is rarer than its singular, so without this "Handlungen" loses to Hand + Lungen.
    """
    return [key[: len(key) - len(ending)] for ending in _ENDINGS if key.endswith(ending)]


@lru_cache(maxsize=1 << 18)
def _best_split(key: str) -> tuple[_Part, ...]:
    """The finest split of ``key`` into known parts, or () when the whole word wins.

    Koehn & Knight's criterion (the geometric mean of the parts' frequencies must beat the whole
    word's) decides whether to split; among the splits that pass, the one with the fewest parts
    wins (ties: the higher mean), and each of its parts is split again by the same rule. Taking the
    plain best mean instead prefers many short frequent words (Einkommensteuer → ei + kommen +
    teuer); measured on tests/data/compounds.tsv the hierarchical rule is better on both precision
    and recall. Trying two parts first also keeps the search cheap.
    """
    if len(key) < MIN_WORD or not key.isalpha():
        return ()
    if not _known_ends(key):
        return ()  # every split ends in a known word, and no ending of this one is one
    lexicon = _lexicon()
    whole = max(lexicon.get(form, -math.inf) for form in _base_forms(key))
    for count in range(2, MAX_PARTS + 1):
        best = _splits(key, count)
        if best is not None and best[1] / count > whole:
            finer: list[_Part] = []
            for lemma, start, end in best[0]:
                inner = _best_split(lemma)
                finer.extend(_placed(inner, start, end) if inner else [(lemma, start, end)])
            return tuple(finer)
    return _particle_split(key) if whole == -math.inf else ()


def _particle_split(key: str) -> tuple[_Part, ...]:
    """A rare word made of a prepositional prefix and a known word ("Vorkammer": vor +
    kammer), or () when it is not one.

    Common prefixed words have their own meaning and their own entry in the frequency list
    (Vorteil, Aufstand, Ausbau): only a word the list ranks below ``MIN_ZIPF`` is read as
    its parts, so that a search for "Kammer" finds the rare "Vorkammer" as it finds
    "Grabkammer". The accepted cost: a rare foreign name that happens to start with a particle
    is split too ("Mitford": mit + ford, so a search for "Ford" finds it).
    """
    lexicon = _lexicon()
    for particle in _PARTICLES:
        rest = key[len(particle) :]
        if not key.startswith(particle) or len(rest) < MIN_PART:
            continue
        if any(form in lexicon for form in _base_forms(rest)):
            return ((particle, 0, len(particle)), (rest, len(particle), len(key)))
        inner = _best_split(rest)
        if inner:
            return ((particle, 0, len(particle)), *_placed(inner, len(particle), len(key)))
    return ()


def _placed(inner: tuple[_Part, ...], start: int, end: int) -> list[_Part]:
    """The parts of a part, split again, placed in the whole word: their offsets count from the
    part's ``start`` ("flug" of "Kampfflugzeug" at 5, not at 0), the last ending where the
    part does (its lemma may be longer than the part as written: "passagiere")."""
    placed = [(lemma, start + first, min(start + last, end)) for lemma, first, last in inner]
    lemma, first, _ = placed[-1]
    placed[-1] = (lemma, first, end)
    return placed


def split_compound(word: str) -> tuple[str, ...]:
    """The finest parts of a German compound, or () when the word is better left whole.

    Args:
        word: One lowercase word (umlauts as written).

    Returns:
        The parts as found in the frequency list, ß spelled ss and inflected heads left inflected
        (the stemmer reduces them like any token), e.g. ("angriff", "krieg").
    """
    return tuple(lemma for lemma, _, _ in _best_split(word.replace("ß", "ss")))


@lru_cache(maxsize=1 << 18)
def compound_parts(word: str) -> tuple[str, ...]:
    """The finest parts plus every known run of neighbouring parts, for indexing.

    "Luftwaffenbasis" splits into luft, waffen, basis; the run "luftwaffe" is a word too, and a
    reader searching "Luftwaffe" should find the base.

    Args:
        word: One lowercase word (umlauts as written).
    """
    key = word.replace("ß", "ss")
    parts = _best_split(key)
    found = [lemma for lemma, _, _ in parts]
    lexicon = _lexicon()
    for first in range(len(parts)):
        for last in range(first + 1, len(parts)):
            if first == 0 and last == len(parts) - 1:
                continue
            surface = key[parts[first][1] : parts[last][2]]
            if last < len(parts) - 1:
                surface = next((lemma for lemma, _ in _lemmas(surface)), "")
            if surface in lexicon and surface not in found:
                found.append(surface)
    return tuple(found)


def lexicon_words() -> frozenset[str]:
    """Every word the splitter may take as a part (lowercase, ß spelled ss)."""
    return frozenset(_lexicon())


def is_lexicon_word(word: str) -> bool:
    """Whether ``word`` (lowercase) is a word of the splitter's lexicon as a whole, with or
    without an inflectional ending ("flut", "fluten", "bernstein"; not "melasseflut")."""
    lexicon = _lexicon()
    return any(form in lexicon for form in _base_forms(word.replace("ß", "ss")))


def is_known_word(word: str) -> bool:
    """Whether ``word`` (lowercase) is a part the splitter knows, with or without an
    inflectional ending, or a compound it splits into known parts ("flut", "fluten",
    "hafenarbeiter"; not "ino" or "te")."""
    return is_lexicon_word(word) or bool(_best_split(word.replace("ß", "ss")))
