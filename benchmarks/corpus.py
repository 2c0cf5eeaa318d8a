"""A deterministic German-like corpus for benchmarks: same seed, same bytes.

Real German function words glue together generated content words (nouns with German
suffixes, compounds with linking -s-/-es-/-n-, umlauts, verbs, adjectives) and a few real
names. New words appear by Simon's model (each token is new with a small probability, else a
copy of an earlier token), so word frequencies follow Zipf's law and the vocabulary keeps
growing with the corpus (Heaps' law) as in real text.

Usage: ``python benchmarks/corpus.py SIZE_MB [--seed N] [--out DIR]`` writes one ``.txt`` per
document (without ``--out`` it prints statistics).
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from array import array
from collections.abc import Callable
from pathlib import Path

from documents.model import Document, DocumentMeta, Span

FUNCTION_WORDS = (
    "der die das und in von zu mit sich auf für ist im nicht ein eine als auch es an werden "
    "aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war "
    "haben nur oder aber vor zur bis mehr durch man sowie gegen seit unter zwischen doch "
    "dieser diese wurde wurden kann soll schon damit jedoch weil wenn denn ohne"
).split()
NAMES = (
    "Lukaschenka Minsk Moskau Putin Sapad Kyjiw Warschau Wagner-Söldner Tichanowskaja "
    "Brest Hrodna Litauen Polen Belarus Russland Ukraine"
).split()
ONSETS = "b d f g h k l m n p r s t w z br dr fr gr kr pr tr bl fl gl kl pl schl schm schn schw sch st sp str spr pf z ts".split()  # noqa: E501
NUCLEI = "a e i o u ä ö ü ei au eu ie a e i o u e a".split()
CODAS = ["", "", "n", "r", "l", "s", "t", "ch", "ck", "nd", "ng", "rt", "st", "ft", "lt", "rn"]
NOUN_ENDINGS = ["", "", "ung", "heit", "keit", "schaft", "er", "e", "en", "nis", "tum", "ling"]
LINKS = ["", "", "s", "es", "n", "en"]
PUNCTUATION = [".", ".", ".", ".", ".", "?", "!"]

_NEW_WORD = 0.15
"""Simon's model: the chance that a content word is new rather than a repeat."""

_PRIMED = 300
"""Words each lexicon starts with, so the first document is not a handful of words repeated."""


class _Lexicon:
    """Content words of one part of speech, growing by Simon's model."""

    def __init__(
        self, rng: random.Random, make: Callable[[], str], prime: Callable[[], str]
    ) -> None:
        self.rng = rng
        self.make = make
        self.words = [prime() for _ in range(_PRIMED)]
        self.tokens = array("I", range(_PRIMED))

    def draw(self) -> str:
        if self.rng.random() < _NEW_WORD:
            self.words.append(self.make())
            index = len(self.words) - 1
        else:
            index = self.tokens[self.rng.randrange(len(self.tokens))]
        self.tokens.append(index)
        return self.words[index]


class _Writer:
    """Sentences and documents from a seeded random generator."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.nouns = _Lexicon(self.rng, self._noun, self._simple_noun)
        self.verbs = _Lexicon(self.rng, self._verb, self._verb)
        self.adjectives = _Lexicon(self.rng, self._adjective, self._adjective)

    def _stem(self, syllables: int) -> str:
        rng = self.rng
        return "".join(
            rng.choice(ONSETS) + rng.choice(NUCLEI) + rng.choice(CODAS) for _ in range(syllables)
        )

    def _simple_noun(self) -> str:
        return (self._stem(self.rng.randint(1, 3)) + self.rng.choice(NOUN_ENDINGS)).capitalize()

    def _noun(self) -> str:
        """A new noun; a quarter are compounds of known nouns, as in German text."""
        rng = self.rng
        if rng.random() < 0.25:
            first, second = rng.choice(self.nouns.words), rng.choice(self.nouns.words)
            return first + rng.choice(LINKS) + second.lower()
        return self._simple_noun()

    def _verb(self) -> str:
        return self._stem(self.rng.randint(1, 2)) + self.rng.choice(["t", "en", "te", "ten"])

    def _adjective(self) -> str:
        return self._stem(self.rng.randint(1, 2)) + self.rng.choice(["ig", "lich", "isch", "e"])

    def sentence(self) -> str:
        rng = self.rng
        words: list[str] = []
        for _ in range(rng.randint(4, 22)):
            roll = rng.random()
            if roll < 0.42:
                words.append(rng.choice(FUNCTION_WORDS))
            elif roll < 0.70:
                words.append(self.nouns.draw())
            elif roll < 0.82:
                words.append(self.verbs.draw())
            elif roll < 0.93:
                words.append(self.adjectives.draw())
            elif roll < 0.97:
                words.append(rng.choice(NAMES))
            else:
                words.append(str(rng.randint(1900, 2030)))
            if rng.random() < 0.05:
                words[-1] += ","
        words[0] = words[0][:1].upper() + words[0][1:]
        return " ".join(words).rstrip(",") + rng.choice(PUNCTUATION)

    def document(self, size: int) -> str:
        paragraphs, length = [], 0
        while length < size:
            paragraph = " ".join(self.sentence() for _ in range(self.rng.randint(2, 8)))
            paragraphs.append(paragraph)
            length += len(paragraph.encode()) + 2
        return "\n\n".join(paragraphs)


def generate_corpus(size_bytes: int, seed: int = 0) -> list[tuple[str, str]]:
    """Documents of 10-90 KB, ``(doc_id, text)``, about ``size_bytes`` of UTF-8 in total.

    Args:
        size_bytes: Total size to reach (the last document may overshoot by a paragraph).
        seed: Different seeds give different corpora; the same seed the same one.
    """
    writer = _Writer(seed)
    corpus: list[tuple[str, str]] = []
    total = 0
    while total < size_bytes:
        target = min(writer.rng.randint(10_000, 90_000), size_bytes - total)
        text = writer.document(max(target, 200))
        corpus.append((f"gen-{seed}-{len(corpus):05d}", text))
        total += len(text.encode())
    return corpus


_SENTENCE = re.compile(r"\S[^.!?]*[.!?]")


def to_document(doc_id: str, text: str, language: str = "de") -> Document:
    """A ``Document`` of a generated text, split at its sentence ends."""
    return Document(
        id=doc_id,
        meta=DocumentMeta(title=doc_id, language=language),
        text=text,
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        paragraphs=[],
        sentences=[Span(m.start(), m.end()) for m in _SENTENCE.finditer(text)],
        outline=[],
        sections=[],
    )


def corpus_documents(size_bytes: int, seed: int = 0) -> list[Document]:
    """``generate_corpus`` as documents, ready to index."""
    return [to_document(doc_id, text) for doc_id, text in generate_corpus(size_bytes, seed)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("size_mb", type=float, nargs="?", default=1.0, help="corpus size (MB)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, help="write one .txt per document here")
    args = parser.parse_args(argv)
    corpus = generate_corpus(int(args.size_mb * 1_000_000), args.seed)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        for doc_id, text in corpus:
            (args.out / f"{doc_id}.txt").write_text(text + "\n", encoding="utf-8")
    words = [w.strip(",.?!").lower() for _, text in corpus for w in text.split()]
    size = sum(len(text.encode()) for _, text in corpus)
    print(
        f"{len(corpus)} documents, {size / 1e6:.2f} MB, {len(words)} words, "
        f"{len(set(words))} distinct (seed {args.seed})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
