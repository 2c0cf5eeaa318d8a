"""Sentence splitting: German ordinal dates, abbreviations, quotes and brackets stay whole.

Made-up paragraphs first (every case issue 2 names, plus more), then the two seeds: no
sentence of either document ends inside a date.
"""

from __future__ import annotations

import re
from functools import cache

import pytest

from documents.dateparse import month_numbers
from documents.loader import load_document
from documents.model import Document
from documents.sentences import HARD_LIMIT, split_sentences
from tests.conftest import SEEDS


def sentences(text: str, language: str = "de") -> list[str]:
    return [text[start:end] for start, end in split_sentences(text, language)]


def assert_valid_spans(text: str, spans: list[tuple[int, int]]) -> None:
    """Half-open, inside ``text``, sorted, disjoint, whitespace-trimmed, non-empty."""
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        previous_end = end


# --- the cases issue 2 names --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Russland griff am 24. Februar 2022 die Ukraine an. Belarus diente als Basis.",
            ["Russland griff am 24. Februar 2022 die Ukraine an.", "Belarus diente als Basis."],
            id="am-24-februar-2022",
        ),
        pytest.param(
            "Das Abkommen vom 10. Oktober 2023 gilt weiter. Minsk hat es bestätigt.",
            ["Das Abkommen vom 10. Oktober 2023 gilt weiter.", "Minsk hat es bestätigt."],
            id="vom-10-oktober-2023",
        ),
        pytest.param(
            "Die Wahl am 9. August 2020 war gefälscht. Proteste folgten am 10. August.",
            ["Die Wahl am 9. August 2020 war gefälscht.", "Proteste folgten am 10. August."],
            id="two-ordinal-dates",
        ),
        pytest.param(
            "Bis zum 31. Dezember 2023 sollten die Roadmaps umgesetzt sein. Das gelang nicht.",
            [
                "Bis zum 31. Dezember 2023 sollten die Roadmaps umgesetzt sein.",
                "Das gelang nicht.",
            ],
            id="bis-zum-31-dezember",
        ),
        pytest.param(
            "Am 1. März beginnt die Übung. Sie endet am 15. März.",
            ["Am 1. März beginnt die Übung.", "Sie endet am 15. März."],
            id="ordinal-date-without-year",
        ),
        pytest.param(
            "Das betrifft Minsk bzw. Moskau gleichermaßen. Der Rest folgt später.",
            ["Das betrifft Minsk bzw. Moskau gleichermaßen.", "Der Rest folgt später."],
            id="bzw",
        ),
        pytest.param(
            "Es gibt Manöver, z. B. Sapad und Schtschit. Beide sind groß.",
            ["Es gibt Manöver, z. B. Sapad und Schtschit.", "Beide sind groß."],
            id="z-b-spaced",
        ),
        pytest.param(
            "Es gibt Manöver, z.B. Sapad und Schtschit. Beide sind groß.",
            ["Es gibt Manöver, z.B. Sapad und Schtschit.", "Beide sind groß."],
            id="z-b-unspaced",
        ),
        pytest.param(
            "Beteiligt waren u. a. Polen und Litauen. Das war neu.",
            ["Beteiligt waren u. a. Polen und Litauen.", "Das war neu."],
            id="u-a",
        ),
        pytest.param(
            "Das Manöver »Sapad« (Westen) fand 2021 statt. Es war das größte seit Jahren.",
            [
                "Das Manöver »Sapad« (Westen) fand 2021 statt.",
                "Es war das größte seit Jahren.",
            ],
            id="guillemets-and-parentheses",
        ),
        pytest.param(
            "Er sprach von einem „Milchkrieg“ zwischen beiden Ländern. Der Streit dauerte.",
            [
                "Er sprach von einem „Milchkrieg“ zwischen beiden Ländern.",
                "Der Streit dauerte.",
            ],
            id="german-low-high-quotes",
        ),
    ],
)
def test_issue_cases_split_where_they_should(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


# --- more German cases --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Er sagte: „Wir sind bereit. Wir warten.“ Dann ging er.",
            ["Er sagte: „Wir sind bereit. Wir warten.“", "Dann ging er."],
            id="full-stops-inside-low-high-quote",
        ),
        pytest.param(
            "Das Manöver »Sapad. Westen« fand statt. Danach geschah nichts.",
            ["Das Manöver »Sapad. Westen« fand statt.", "Danach geschah nichts."],
            id="full-stop-inside-guillemets",
        ),
        pytest.param(
            "Die Kosten (siehe unten. Dort steht mehr.) sind hoch. Das ist klar.",
            ["Die Kosten (siehe unten. Dort steht mehr.) sind hoch.", "Das ist klar."],
            id="full-stops-inside-parentheses",
        ),
        pytest.param(
            "Dr. Müller kam um zehn Uhr. Prof. Schmidt folgte ihm.",
            ["Dr. Müller kam um zehn Uhr.", "Prof. Schmidt folgte ihm."],
            id="titles",
        ),
        pytest.param(
            "Die Roadmaps (vgl. Abschnitt drei) sind geheim. Niemand kennt sie.",
            ["Die Roadmaps (vgl. Abschnitt drei) sind geheim.", "Niemand kennt sie."],
            id="vgl",
        ),
        pytest.param(
            "Im 20. Jahrhundert war das anders. Heute nicht mehr.",
            ["Im 20. Jahrhundert war das anders.", "Heute nicht mehr."],
            id="ordinal-century",
        ),
        pytest.param(
            "Er kam im Dezember 2023. 2024 folgte der nächste Besuch.",
            ["Er kam im Dezember 2023.", "2024 folgte der nächste Besuch."],
            id="sentence-starting-with-a-year",
        ),
        pytest.param(
            "Am Ende kam es. Dann war Ruhe. 12 Soldaten blieben dort.",
            ["Am Ende kam es.", "Dann war Ruhe.", "12 Soldaten blieben dort."],
            id="two-letter-word-and-number-starts",
        ),
        pytest.param(
            "Es kostet ca. Hundert Euro mehr. Das ist viel.",
            ["Es kostet ca. Hundert Euro mehr.", "Das ist viel."],
            id="two-letter-abbreviation",
        ),
        pytest.param(
            "Hamburg, 16. Februar 2022. Als in der Nacht zum 17. Februar 1962 die Deiche "
            "brachen, schliefen alle.",
            [
                "Hamburg, 16. Februar 2022.",
                "Als in der Nacht zum 17. Februar 1962 die Deiche brachen, schliefen alle.",
            ],
            id="two-dates-are-no-numbered-list",
        ),
        pytest.param(
            "Es geschah in der Nacht vom 14. auf den 15. Juli 1986. Am 2. oder 3. Mai kam er an.",
            [
                "Es geschah in der Nacht vom 14. auf den 15. Juli 1986.",
                "Am 2. oder 3. Mai kam er an.",
            ],
            id="a-day-before-another-is-no-list-item",
        ),
        pytest.param(
            "Warum hat sich Belarus verbündet? Hätte man das verhindern können! Vielleicht.",
            [
                "Warum hat sich Belarus verbündet?",
                "Hätte man das verhindern können!",
                "Vielleicht.",
            ],
            id="question-and-exclamation",
        ),
        pytest.param(
            "Ein Satz ohne Punkt am Ende",
            ["Ein Satz ohne Punkt am Ende"],
            id="no-final-punctuation",
        ),
        pytest.param(
            "Die Gespräche begannen am 3. Juli 2021 in Minsk, bzw. in Sotschi, z. B. "
            "über Gas (u. a. den Preis). Sie endeten ergebnislos.",
            [
                "Die Gespräche begannen am 3. Juli 2021 in Minsk, bzw. in Sotschi, z. B. "
                "über Gas (u. a. den Preis).",
                "Sie endeten ergebnislos.",
            ],
            id="everything-at-once",
        ),
    ],
)
def test_german_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_english_paragraph() -> None:
    text = (
        "The war began on 24 February 2022. Mr. Smith said so (see p. 4). "
        "The U.S. government acted on Feb. 13, 2024, e.g. with sanctions. "
        "Why did Minsk join Moscow? Nobody knows!"
    )
    assert sentences(text, "en") == [
        "The war began on 24 February 2022.",
        "Mr. Smith said so (see p. 4).",
        "The U.S. government acted on Feb. 13, 2024, e.g. with sanctions.",
        "Why did Minsk join Moscow?",
        "Nobody knows!",
    ]


@pytest.mark.parametrize("language", ["de", "en", "xx", ""])
def test_spans_are_trimmed_sorted_and_disjoint(language: str) -> None:
    text = "  Erster Satz am 24. Februar 2022.   Zweiter Satz, z. B. hier.\n Dritter Satz.  "
    spans = split_sentences(text, language)
    assert_valid_spans(text, spans)
    assert [text[s:e] for s, e in spans][0].startswith("Erster Satz")


@pytest.mark.parametrize("text", ["", "   ", "\n\n"])
def test_blank_text_has_no_sentences(text: str) -> None:
    assert split_sentences(text, "de") == []


def test_overlong_piece_without_boundaries_is_cut_into_bounded_spans() -> None:
    text = ("wort " * (HARD_LIMIT // 2)).strip()
    spans = split_sentences(text, "de")
    assert len(spans) >= 2
    assert_valid_spans(text, spans)
    assert all(end - start <= HARD_LIMIT for start, end in spans)
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == text.replace(" ", "")


def test_many_sentences_keep_every_character() -> None:
    text = " ".join(f"Satz Nummer {i} steht am {i % 28 + 1}. Mai hier." for i in range(300))
    spans = split_sentences(text, "de")
    assert len(spans) == 300
    assert_valid_spans(text, spans)


# --- dates on the seeds --------------------------------------------------------------------

_MONTHS = sorted(
    {name for name in {**month_numbers("de"), **month_numbers("en")} if len(name) >= 3},
    key=len,
    reverse=True,
)
_MONTH = "(?:" + "|".join(re.escape(m) for m in _MONTHS) + ")"
_ENDS_WITH_ORDINAL = re.compile(r"(?<!\d)\d{1,2}\.$")
_ENDS_WITH_MONTH = re.compile(rf"(?i)\b{_MONTH}\.?$")
_STARTS_WITH_MONTH = re.compile(rf"(?i)^{_MONTH}\b")
_STARTS_WITH_YEAR = re.compile(r"^\d{4}\b")
_PRECEDED_BY_ORDINAL = re.compile(rf"(?i)(?<!\d)\d{{1,2}}\.(?:\s+{_MONTH})?\s*$")


def date_breaks(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """Sentence boundaries that fall inside a date ("24." | "Februar", "Februar" | "2022")."""
    problems = []
    for start, end in spans:
        sentence = text[start:end]
        after = text[end : end + 20].lstrip()
        before = text[max(0, start - 30) : start]
        if _ENDS_WITH_ORDINAL.search(sentence) and _STARTS_WITH_MONTH.match(after):
            problems.append(f"ends with a day ordinal: …{sentence[-30:]} | {after}")
        if _ENDS_WITH_MONTH.search(sentence) and _STARTS_WITH_YEAR.match(after):
            problems.append(f"ends with a month: …{sentence[-30:]} | {after}")
        if (
            _STARTS_WITH_MONTH.match(sentence) or _STARTS_WITH_YEAR.match(sentence)
        ) and _PRECEDED_BY_ORDINAL.search(before):
            problems.append(f"starts inside a date: {before} | {sentence[:30]}")
    return problems


def test_date_break_detector_finds_a_broken_date() -> None:
    text = "Es geschah am 24. Februar 2022 in Kiew."
    broken = [(0, 17), (18, len(text))]  # "… am 24." | "Februar 2022 …"
    assert date_breaks(text, broken)
    assert date_breaks(text, [(0, 25), (26, len(text))])  # "… Februar" | "2022 …"
    assert date_breaks(text, split_sentences(text, "de")) == []


@cache
def _seed(name: str) -> Document:
    return load_document(SEEDS / name)


@pytest.mark.parametrize("name", ["000_cc7143100e28bed8.txt", "004_3a07e2c5eac569ce.txt"])
def test_no_seed_sentence_ends_inside_a_date(name: str) -> None:
    document = _seed(name)
    spans = [(s.start, s.end) for s in document.sentences]
    assert len(spans) > 50
    assert date_breaks(document.text, spans) == []


@pytest.mark.parametrize("name", ["000_cc7143100e28bed8.txt", "004_3a07e2c5eac569ce.txt"])
def test_seed_sentences_are_valid_spans_within_paragraphs(name: str) -> None:
    document = _seed(name)
    spans = [(s.start, s.end) for s in document.sentences]
    assert_valid_spans(document.text, spans)
    for span in document.sentences:
        assert any(p.start <= span.start and span.end <= p.end for p in document.paragraphs)


def test_seed_ordinal_dates_stay_inside_one_sentence() -> None:
    document = _seed("000_cc7143100e28bed8.txt")
    dated = list(re.finditer(rf"(?i)\b\d{{1,2}}\. {_MONTH}(?: \d{{4}})?", document.text))
    assert dated, "the SWP analysis mentions ordinal dates"
    for match in dated:
        assert any(s.start <= match.start() and match.end() <= s.end for s in document.sentences)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        pytest.param(
            "Die Brücke wurde 1911 eröffnet.¹ Sie steht bis heute.",
            "de",
            ["Die Brücke wurde 1911 eröffnet.¹", "Sie steht bis heute."],
            id="mark-after-a-word",
        ),
        pytest.param(
            "The mill burned down in 1887.² It was never rebuilt.",
            "en",
            ["The mill burned down in 1887.²", "It was never rebuilt."],
            id="mark-after-a-year",
        ),
        pytest.param(
            "Der Wirt rief „Feierabend!“.³ Danach wurde es still.",
            "de",
            ["Der Wirt rief „Feierabend!“.³", "Danach wurde es still."],
            id="mark-after-a-quote",
        ),
        pytest.param(
            'He wrote that the dam was "safe for a century."³ It failed in 1889.',
            "en",
            ['He wrote that the dam was "safe for a century."³', "It failed in 1889."],
            id="mark-after-a-stop-inside-quotes",
        ),
        pytest.param(
            "The bridge opened in 1887.[4] It was the longest in the county.",
            "en",
            ["The bridge opened in 1887.[4]", "It was the longest in the county."],
            id="bracketed-mark",
        ),
    ],
)
def test_a_footnote_mark_ends_the_sentence_it_follows(
    text: str, language: str, expected: list[str]
) -> None:
    assert sentences(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Abb. 2: Die alte Mühle am Bach, Sommer 1911 (Foto)",
            "de",
            ["Abb. 2: Die alte Mühle am Bach, Sommer 1911 (Foto)"],
        ),
        (
            "Die Werte stehen in Tab. 3 unten. Sie sind geschätzt.",
            "de",
            ["Die Werte stehen in Tab. 3 unten.", "Sie sind geschätzt."],
        ),
        (
            "Wie Kap. 4 zeigt, kam der Zug zu spät. Niemand wartete.",
            "de",
            ["Wie Kap. 4 zeigt, kam der Zug zu spät.", "Niemand wartete."],
        ),
        (
            "Figs. 5 and 6 show the mill. It burned down.",
            "en",
            ["Figs. 5 and 6 show the mill.", "It burned down."],
        ),
        (
            "The barman wiped the last glass and closed the tab. 40 sailors had gone home.",
            "en",
            ["The barman wiped the last glass and closed the tab.", "40 sailors had gone home."],
        ),
        (
            "The new clerk was a quiet chap. 2 winters later he ran the office.",
            "en",
            ["The new clerk was a quiet chap.", "2 winters later he ran the office."],
        ),
        (
            "The levels are given in tab. 4, and they rose.",
            "en",
            ["The levels are given in tab. 4, and they rose."],
        ),
    ],
)
def test_a_figure_or_table_label_keeps_its_number(
    text: str, language: str, expected: list[str]
) -> None:
    assert sentences(text, language) == expected
