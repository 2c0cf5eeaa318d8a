"""The tagger's answers read from HanTa's lexicon directly are the ones ``tag_word`` gives."""

from __future__ import annotations

import builtins
import subprocess
import sys
from typing import Any
from unittest import mock

import pytest

from glossary import tagger

SAMPLE = 3000
"""Lexicon entries checked per language (every 7th, from the start)."""


def reference_tag(word: str, language: str) -> str | None:
    """``known_tag`` through HanTa's own API."""
    model = tagger._tagger(language)
    if word.lower() not in model.cache:
        return None
    tags = model.tag_word(word)
    return str(tags[0][0]) if tags else None


def reference_evidence(word: str, language: str) -> float:
    """``proper_noun_evidence`` through HanTa's own API."""
    model = tagger._tagger(language)
    forms = [word]
    if language == "de" and "ss" in word:
        forms.append(word.replace("ss", "ß"))
    for form in list(forms):
        forms.extend(
            form[: -len(end)]
            for end in (tagger._ENDINGS if language == "de" else ("s", "es"))
            if form.endswith(end) and len(form) > 4 and _inflectable(form, end, language)
        )
    form = next((f for f in forms if f.lower() in model.cache), None)
    if form is None:
        return 0.0
    tags = model.tag_word(form, casesensitive=False)
    if tags and tags[0][0] == tagger._FOREIGN.get(language):
        return 0.0
    if not tags or tags[0][0] != tagger.PROPER[language]:
        return -2.0
    margin = tags[0][1] - tags[1][1] if len(tags) > 1 else 99.0
    return 2.0 if margin >= 1.5 else 0.5


def _inflectable(form: str, end: str, language: str) -> bool:
    """Whether ``form`` can be ``end`` on a stem: a stem in ``-en`` takes only an ``s``,
    unless it is a name."""
    stem = form[: -len(end)]
    if language == "en" and end == "es":
        return stem.endswith(("s", "x", "z", "ch", "sh", "o"))
    if end == "s" or not stem.endswith("en") or stem.lower() not in tagger._tagger(language).cache:
        return True
    tags = tagger._tagger(language).tag_word(stem, casesensitive=False)
    return bool(tags) and tags[0][0] == tagger.PROPER[language]


@pytest.mark.parametrize("language", ["de", "en"])
def test_direct_readings_match_hantas_api(language: str) -> None:
    lexicon = list(tagger._tagger(language).cache)[: 7 * SAMPLE : 7]
    words = [
        form
        for entry in lexicon
        if entry[:1].isalpha()
        for form in (entry, entry.capitalize(), entry.capitalize() + "s", entry + "en")
    ]
    words += ["Einfluss", "Strasse", "Qxzvbrt", "Westinghouse", "Kesseln", "Gelsenkirchener"]
    for word in words:
        assert tagger.known_tag.__wrapped__(word, language) == reference_tag(word, language)
        assert tagger.proper_noun_evidence.__wrapped__(word, language) == reference_evidence(
            word, language
        ), word


def test_a_noun_in_en_takes_no_second_ending() -> None:
    """``Eckener`` (a surname) is no form of ``Ecken``; ``Gelsenkirchener`` is one of a town."""
    assert tagger.proper_noun_evidence("Eckener", "de") == 0.0
    assert tagger.proper_noun_evidence("Gelsenkirchener", "de") > 0
    assert tagger.proper_noun_evidence("Kesseln", "de") < 0


def test_english_words_take_only_english_endings() -> None:
    """An English word is looked up without ``-s``, or ``-es`` after a hissing sound or an
    ``o``, never without German's ``-er`` or ``-en``: the surnames ``Bowes`` and ``Rainer``
    are no forms of ``bow`` and ``rain``; ``Boxes`` is one of ``box``."""
    assert tagger.proper_noun_evidence("Bowes", "en") == 0.0
    assert tagger.proper_noun_evidence("Rainer", "en") == 0.0
    assert tagger.proper_noun_evidence("Boxes", "en") < 0


def test_a_warm_start_leaves_hanta_and_numpy_unloaded() -> None:
    """Reading cached names, features and links needs no tagger model: the modules of that
    path load neither HanTa nor numpy (a seventh of a second of CPU at every start)."""
    probe = (
        "import sys, glossary.discovered, glossary.features, glossary.links\n"
        "print(','.join(m for m in ('HanTa', 'numpy') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "", f"loaded: {done.stdout.strip()}"


def test_known_tag_imports_nothing_once_the_model_is_loaded() -> None:
    """HanTa is imported lazily in one place, ``_tagger`` (review 21 discovery F6): a look-up
    of a word not yet cached runs no import statement of its own."""
    tagger._tagger("de")
    imported: list[str] = []
    real_import = builtins.__import__

    def noting_import(name: str, *args: Any, **kwargs: Any) -> Any:
        imported.append(name)
        return real_import(name, *args, **kwargs)

    with mock.patch("builtins.__import__", noting_import):
        tag = tagger.known_tag.__wrapped__("Haus", "de")
    assert imported == []
    assert tag == reference_tag("Haus", "de")
