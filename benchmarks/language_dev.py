"""How often the function-word shortcut of language detection disagrees with py3langid.

``documents.language.detect_language`` decides a paragraph from its function words when they
leave no doubt and asks py3langid otherwise. This script runs both on real paragraphs and
sentences: the XQuAD Wikipedia paragraphs of ``benchmarks/data/timex_dev.json`` (German and
English, tuning and held-aside halves reported apart), the town chronicle passages of
``timex_narrative.json`` and the bundled seeds, each as whole paragraphs and as single
sentences (short text is where the shortcut is most tempted). Reported per set: how many
samples the function words decided alone, and knowing the document's language (as excerpt
detection does; "no prose to tell by" counts as decided, not as a disagreement), how many
of those py3langid labels otherwise, and the time of both paths.

Usage: python benchmarks/language_dev.py
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from documents import language as detection  # noqa: E402
from documents.catalog import read_catalog  # noqa: E402
from documents.language import MIN_CHARS, SAMPLE_CHARS, _classifier, clear_language  # noqa: E402
from documents.loader import load_document  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"


def samples_of(texts: list[str]) -> tuple[list[str], list[str]]:
    """Paragraphs and sentences (crudely cut at '. ') of at least ``MIN_CHARS`` characters."""
    paragraphs = [p.strip() for t in texts for p in t.split("\n") if len(p.strip()) >= MIN_CHARS]
    sentences = [s for p in paragraphs for s in p.split(". ") if len(s) >= MIN_CHARS]
    return paragraphs, sentences


def without_model(sample: str, expected: str) -> str | None:
    """What ``detect_language`` answers for ``sample`` in a document of ``expected`` language
    without asking the model ("?" when it would ask it)."""
    asked = detection._classifier
    detection._classifier = lambda: lambda text: ("?", 0.0)  # type: ignore[assignment]
    try:
        return detection.detect_language(sample, expected)
    finally:
        detection._classifier = asked


def compare(label: str, samples: list[str], expected: str) -> None:
    """One table row: shortcut coverage and disagreements with py3langid."""
    classify = _classifier()
    started = time.process_time()
    fast = [clear_language(s[:SAMPLE_CHARS]) for s in samples]
    fast_cpu = time.process_time() - started
    started = time.process_time()
    model = [str(classify(s[:SAMPLE_CHARS])[0]) for s in samples]
    model_cpu = time.process_time() - started
    decided = [(f, m) for f, m in zip(fast, model, strict=True) if f is not None]
    differ = [(f, m, s) for f, m, s in zip(fast, model, samples, strict=True) if f and f != m]
    known = [without_model(s, expected) for s in samples]
    settled = [(k, m, s) for k, m, s in zip(known, model, samples, strict=True) if k != "?"]
    wrong = [(k, m, s) for k, m, s in settled if k is not None and k != m]
    share = len(samples) or 1
    print(
        f"| {label} | {len(samples)} | {len(decided)} ({len(decided) / share:.0%})"
        f" | {len(differ)} | {len(settled)} ({len(settled) / share:.0%}) | {len(wrong)}"
        f" | {fast_cpu * 1e6 / share:.0f} | {model_cpu * 1e6 / share:.0f} |"
    )
    for f, m, s in [*differ, *wrong][:3]:
        print(f"|   function words {f}, model {m}: {s[:90]!r} | | | | | | | |")


def main() -> None:
    _classifier()("warm up the model")
    dev = json.loads((DATA / "timex_dev.json").read_text(encoding="utf-8"))["documents"]
    narrative = json.loads((DATA / "timex_narrative.json").read_text(encoding="utf-8"))
    print(
        "| set | samples | decided by function words | disagree with py3langid "
        "| decided knowing the document's language | disagree | µs fast | µs model |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for language in ("de", "en"):
        for split in sorted({d["split"] for d in dev}):
            texts = [d["text"] for d in dev if d["language"] == language and d["split"] == split]
            paragraphs, sentences = samples_of(texts)
            compare(f"XQuAD {language} {split}, paragraphs", paragraphs, language)
            compare(f"XQuAD {language} {split}, sentences", sentences, language)
    chronicle = [d["text"] for d in narrative.get("documents", narrative)]
    for kind, samples in zip(("paragraphs", "sentences"), samples_of(chronicle), strict=True):
        compare(f"chronicle de, {kind}", samples, "de")
    seeds = [load_document(entry.path).text for entry in read_catalog()]
    for kind, samples in zip(("paragraphs", "sentences"), samples_of(seeds), strict=True):
        compare(f"seeds, {kind}", samples, "de")


if __name__ == "__main__":
    main()
