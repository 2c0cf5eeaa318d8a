"""Quality of cross-links on the development set: recall@3, precision@1, per kind, reason fidelity.

The set (``benchmarks/data/links``) holds judged pairs between the two seeds and between pairs of
texts written for it (``catalog.toml``: English and German articles on the Suez Canal blockage of
2021, the Tham Luang cave rescue of 2018, the Chernobyl accident of 1986, the Notre-Dame fire
of 2019, the San José mine rescue of 2010 and the Eyjafjallajökull ash cloud of 2010, two German
texts on the Ahr valley flood of 2021).
Every pair is queried in both directions, against one link index over all the documents, as the
app builds it over its library:

- recall@3: the judged target is among the source sentence's (at most) three links;
- precision@1: the best link of a judged source sentence goes to one of its judged targets;
- reason fidelity: of all the words that the reasons of every link show (words and names as the
  passages write them, and the shared period as written), the share that stands as written in the
  source or target passage (the sentence and its neighbours in the same paragraph); a period that
  both passages only carry on is quoted from the sentence that set it earlier and marked so: the
  share counting it where it stands there is printed too;
- stray links: links between documents of two different topics (``topics.toml``: documents
  that have nothing to do with each other), per source passage: the share of passages with any
  such link and the share of the link slots they take. The held half's passages are the source
  sentences of held pairs, the tune half's all other sentences of the library;
- a plain TF-IDF cosine over sentences as the baseline.

Pairs marked ``half = "held"`` were kept aside while tuning. Run with
``python benchmarks/links_eval.py [--half tune|held|blind|all] [--misses] [--strays]``; ``blind``
scores pairs judged before any code saw their texts, once, before they join the tune half.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import tomllib
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from documents.catalog import read_catalog  # noqa: E402
from documents.loader import load_document  # noqa: E402
from documents.model import Document  # noqa: E402
from glossary.dates import tag_spans  # noqa: E402
from glossary.entities import load_glossary  # noqa: E402
from glossary.features import Analyzers, DocumentFeatures, extract_features  # noqa: E402
from glossary.links import Link, LinkIndex, LinkWeights  # noqa: E402
from glossary.mentions import find_mentions  # noqa: E402
from glossary.reference_time import reference_times  # noqa: E402
from glossary.wording import content_words  # noqa: E402
from reader.widgets.timeline_labels import period_words  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "links"
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Query:
    """One direction of a judged pair: a source sentence and the sentence it should link to."""

    kind: str
    half: str
    source: tuple[str, int]
    target: tuple[str, int]


def load_library() -> dict[str, Document]:
    entries = read_catalog() + read_catalog(DATA)
    return {entry.id: load_document(entry.path, entry.meta, entry.id) for entry in entries}


def sentence_with(document: Document, quote: str) -> int:
    """The one sentence of ``document`` that contains ``quote`` (a judged pair names it so)."""
    found = [
        index for index in range(len(document.sentences)) if quote in document.sentence_text(index)
    ]
    if len(found) != 1:
        raise SystemExit(f"{document.id}: {quote!r} is in {len(found)} sentences, not one")
    return found[0]


def load_queries(documents: dict[str, Document]) -> list[Query]:
    data = tomllib.loads((DATA / "pairs.toml").read_text(encoding="utf-8"))
    queries = []
    for pair in data["pair"]:
        a = (pair["source"][0], sentence_with(documents[pair["source"][0]], pair["source"][1]))
        b = (pair["target"][0], sentence_with(documents[pair["target"][0]], pair["target"][1]))
        queries += [
            Query(pair["kind"], pair["half"], a, b),
            Query(pair["kind"], pair["half"], b, a),
        ]
    return queries


def load_topics() -> dict[str, str]:
    """Each document's topic (``topics.toml``)."""
    data = tomllib.loads((DATA / "topics.toml").read_text(encoding="utf-8"))
    return {doc_id: topic for topic, docs in data["topic"].items() for doc_id in docs}


@dataclass
class Strays:
    """Stray links of a set of source passages: links to a document of another topic."""

    passages: int = 0
    straying: int = 0
    """Passages with at least one stray link."""
    slots: int = 0
    """Links (top-3 slots taken) of the passages."""
    stray_slots: int = 0

    def line(self) -> str:
        return (
            f"  stray links {self.straying}/{self.passages} passages = "
            f"{self.straying / max(self.passages, 1):.3f} with a link to another topic, "
            f"{self.stray_slots}/{self.slots} = {self.stray_slots / max(self.slots, 1):.3f}"
            " of the links"
        )


def count_strays(
    index: LinkIndex,
    documents: dict[str, Document],
    features: dict[str, DocumentFeatures],
    topics: dict[str, str],
    passages: set[tuple[str, int]] | None,
    excluded: set[tuple[str, int]],
    show: bool = False,
) -> Strays:
    """Stray links of the passages (every body sentence when ``passages`` is None) not in
    ``excluded``; with ``show``, print each stray link and its reasons."""
    counts = Strays()
    for doc_id, document in documents.items():
        by_sentence = index.links_for_document(doc_id)
        for sentence in features[doc_id].sentences:
            sentence_index = sentence.index
            key = (doc_id, sentence_index)
            if key in excluded or (passages is not None and key not in passages):
                continue
            links = by_sentence.get(sentence_index, [])
            stray = [link for link in links if topics[link.target.doc] != topics[doc_id]]
            counts.passages += 1
            counts.slots += len(links)
            counts.straying += bool(stray)
            counts.stray_slots += len(stray)
            for link in stray if show else []:
                target = documents[link.target.doc].sentence_text(link.target.index)
                source = document.sentence_text(sentence_index)
                print(f"  stray {link.score:.2f} {link.kind} {source[:80]}")
                print(f"    to  {link.target.doc}: {target[:80]}")
                print(f"    for {link.reasons.dates} {link.reasons.names} {link.reasons.words}")
    return counts


def build_index(
    documents: dict[str, Document], weights: LinkWeights | None = None
) -> tuple[LinkIndex, dict[str, DocumentFeatures]]:
    glossary = load_glossary(None)
    steps = (tag_spans, partial(find_mentions, glossary), content_words, reference_times)
    analyzers = Analyzers(*steps)
    features = {doc_id: extract_features(doc, analyzers) for doc_id, doc in documents.items()}
    index = LinkIndex(weights, broad=glossary.broad_entities())
    for item in features.values():
        index.add(item)
    return index, features


def passage_text(document: Document, features: DocumentFeatures, index: int) -> str:
    """The sentence and its neighbours in the same paragraph: what a link's reasons may quote."""
    by_index = {s.index: s for s in features.sentences}
    own = by_index[index]
    parts = [
        document.sentence_text(i)
        for i in (index - 1, index, index + 1)
        if i in by_index and by_index[i].paragraph == own.paragraph
    ]
    return " ".join(parts)


def reason_words(link: Link, language: str) -> dict[str, list[str]]:
    """Every word the reasons show, by kind: words and names of both passages, periods a
    passage states, and periods both passages only carry on from earlier text (in words)."""
    shown = {
        "words and names": [f for pair in (*link.reasons.words, *link.reasons.names) for f in pair],
        "stated periods": [period_words(t, language) for t in link.reasons.times if t.text],
        "carried periods": [period_words(t, language) for t in link.reasons.times if not t.text],
    }
    return {
        kind: [w for text in texts for w in _WORD.findall(text)] for kind, texts in shown.items()
    }


def earlier_quote(document: Document, offset: int, quote: str) -> str:
    """The text at ``offset`` as long as ``quote``: where a text set the period a later passage
    carries on (the quote is found when it stands there as written)."""
    return document.text[offset : offset + len(quote)]


def tfidf_baseline(documents: dict[str, Document]) -> dict[tuple[str, int], list[tuple[str, int]]]:
    """Each sentence's three most similar sentences of other documents by TF-IDF cosine."""
    vectors: dict[tuple[str, int], Counter[str]] = {
        (doc_id, i): Counter(w.lower() for w in _WORD.findall(doc.sentence_text(i)))
        for doc_id, doc in documents.items()
        for i in range(len(doc.sentences))
    }
    df = Counter(term for vector in vectors.values() for term in vector)
    n = len(vectors)
    weighted = {}
    for key, vector in vectors.items():
        w = {t: (1 + math.log(c)) * math.log(n / df[t]) for t, c in vector.items()}
        norm = math.sqrt(sum(v * v for v in w.values())) or 1.0
        weighted[key] = {t: v / norm for t, v in w.items()}
    best = {}
    for key, w in weighted.items():
        scores = [
            (sum(v * other.get(t, 0.0) for t, v in w.items()), target)
            for target, other in weighted.items()
            if target[0] != key[0]
        ]
        best[key] = [target for _, target in sorted(scores, reverse=True)[:3]]
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=["tune", "held", "blind", "all"], default="all")
    parser.add_argument("--misses", action="store_true", help="print the pairs not found")
    parser.add_argument("--strays", action="store_true", help="print the tune half's stray links")
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument(
        "--set", action="append", default=[], metavar="NAME=VALUE", help="override a link weight"
    )
    args = parser.parse_args()
    overrides = {name: float(value) for name, value in (item.split("=") for item in args.set)}

    documents = load_library()
    queries = load_queries(documents)
    index, features = build_index(documents, replace(LinkWeights(), **overrides))
    baseline = {} if args.no_baseline else tfidf_baseline(documents)
    judged: dict[tuple[str, int], set[tuple[str, int]]] = defaultdict(set)
    for query in queries:
        judged[query.source].add(query.target)
    topics = load_topics()
    held_sources = {query.source for query in queries if query.half == "held"}

    halves = ["tune", "held"] if args.half == "all" else [args.half]
    for half in halves:
        chosen = [q for q in queries if q.half == half]
        found: Counter[str] = Counter()
        total: Counter[str] = Counter()
        base: Counter[str] = Counter()
        top1 = {}
        for query in chosen:
            links = index.links_for(*query.source)
            targets = [(link.target.doc, link.target.index) for link in links]
            total[query.kind] += 1
            hit = query.target in targets
            found[query.kind] += hit
            base[query.kind] += query.target in baseline.get(query.source, [])
            top1[query.source] = bool(targets) and targets[0] in judged[query.source]
            if args.misses and not hit:
                source, target = documents[query.source[0]], documents[query.target[0]]
                print(f"  miss [{query.kind}] {source.sentence_text(query.source[1])[:90]}")
                print(f"    want {target.sentence_text(query.target[1])[:90]}")
                for link in links:
                    got = documents[link.target.doc].sentence_text(link.target.index)[:70]
                    print(f"    got  {link.score:.2f} {link.kind} {got}")
        n = sum(total.values())
        kinds = ", ".join(
            f"{kind} {found[kind]}/{total[kind]} = {found[kind] / total[kind]:.2f}"
            for kind in sorted(total)
        )
        pairs: Counter[str] = Counter()
        pairs_found: Counter[str] = Counter()
        for query in chosen:
            group = " ~ ".join(sorted({query.source[0], query.target[0]}))
            pairs[group] += 1
            targets = [
                (link.target.doc, link.target.index) for link in index.links_for(*query.source)
            ]
            pairs_found[group] += query.target in targets
        print(f"{half}: {n} queries ({len(chosen) // 2} pairs, both directions)")
        print(
            "  by texts    " + ", ".join(f"{g} {pairs_found[g]}/{pairs[g]}" for g in sorted(pairs))
        )
        print(f"  recall@3    {sum(found.values()) / n:.2f}  ({kinds})")
        print(f"  precision@1 {sum(top1.values()) / len(top1):.2f}  ({len(top1)} source sentences)")
        if baseline:
            print(f"  TF-IDF cosine baseline recall@3 {sum(base.values()) / n:.2f}")
        if half == "tune":
            strays = count_strays(
                index, documents, features, topics, None, held_sources, args.strays
            )
        else:
            sources = {query.source for query in chosen}
            strays = count_strays(index, documents, features, topics, sources, set())
        print(strays.line())

    most = links_total = 0
    shown: Counter[str] = Counter()
    kept: Counter[str] = Counter()
    strict: Counter[str] = Counter()
    kinds_seen: Counter[str] = Counter()
    for doc_id, document in documents.items():
        for sentence_index, links in index.links_for_document(doc_id).items():
            most = max(most, len(links))
            for link in links:
                links_total += 1
                kinds_seen[link.kind] += 1
                target = documents[link.target.doc]
                text = passage_text(document, features[doc_id], sentence_index) + passage_text(
                    target, features[link.target.doc], link.target.index
                )
                earlier = " ".join(
                    earlier_quote(documents[time.earlier_at[0]], time.earlier_at[1], time.earlier)
                    for time in link.reasons.times
                    if time.earlier_at
                )
                for kind, words in reason_words(link, document.language or "de").items():
                    shown[kind] += len(words)
                    strict[kind] += sum(word in text for word in words)
                    kept[kind] += sum(
                        word in text or (kind == "carried periods" and word in earlier)
                        for word in words
                    )
    total_kept, total_shown = sum(kept.values()), sum(shown.values())
    print(f"library: {links_total} links ({dict(kinds_seen)}), at most {most} per source sentence")
    print(
        f"  reason words as written in the two passages: {sum(strict.values())}/{total_shown} = "
        f"{sum(strict.values()) / max(total_shown, 1):.3f}"
    )
    print(
        "  counting carried periods where the text set them:"
        f" {total_kept}/{total_shown} = "
        f"{total_kept / max(total_shown, 1):.3f} ("
        + ", ".join(f"{kind} {kept[kind]}/{shown[kind]}" for kind in shown)
        + ")"
    )


if __name__ == "__main__":
    main()
