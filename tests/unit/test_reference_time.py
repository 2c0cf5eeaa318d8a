"""Narrative reference time: the period each sentence of a document is "at"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from documents.loader import load_document
from documents.model import Document, DocumentMeta
from glossary.dates import tag
from glossary.reference_time import ReferenceTime, reference_times


def load(
    tmp_path: Path, text: str, published: str = "2011-05-04", language: str = "de"
) -> Document:
    path = tmp_path / "text.md"
    path.write_text(text, encoding="utf-8")
    return load_document(path, meta=DocumentMeta(language=language, published=published))


def values(tmp_path: Path, text: str) -> list[tuple[str | None, bool | None]]:
    document = load(tmp_path, text)
    return [(time.value, time.own) if time else (None, None) for time in reference_times(document)]


def test_one_entry_per_sentence_carried_through_the_text(tmp_path: Path) -> None:
    text = (
        "Die Stadt war klein. Im November 1942 begann der Angriff. Er dauerte lange. "
        "Am 21. Februar 1943 wendete sich das Blatt. Danach wurde es still."
    )
    assert values(tmp_path, text) == [
        ("1942-11", False),
        ("1942-11", True),
        ("1942-11", False),
        ("1943-02-21", True),
        ("1943-02-21", False),
    ]


def test_flashbacks_deadlines_and_attributes_do_not_move_the_time(tmp_path: Path) -> None:
    text = (
        "Im Mai 1938 kam er an. Seit 1920 hatte er dort gelebt. "
        "Der Vertrag von 1925 galt noch. Bis zum 1. Juni 1940 sollte alles fertig sein."
    )
    assert values(tmp_path, text) == [
        ("1938-05", True),
        ("1938-05", False),
        ("1938-05", False),
        ("1938-05", False),
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "A bridge fell. Shortly before noon on 14 August 2018 a stretch"
            " gave way. Forty-three people were killed. It had stood since 1967.",
            "2023-08-14",
            ["2018-08", "2018-08-14", "2018-08-14", "2018-08-14"],
            id="a_bound_within_a_day",
        ),
        pytest.param(
            "On the afternoon of 14 August 2003 the power went out. A line sagged in the summer"
            " heat. It tripped.",
            "2013-08-14",
            ["2003-08-14", "2003-SU", "2003-08-14"],
            id="a_season_around_the_day",
        ),
    ],
)
def test_a_period_around_the_story_day_leaves_the_story_on_that_day(
    tmp_path: Path, text: str, published: str, expected: list[str | None]
) -> None:
    """A bound within the day, or a season around it, is said of the story's day: the
    sentences after it are still on that day."""
    document = load(tmp_path, text, published, "en")
    assert [time.value if time else None for time in reference_times(document)] == expected


@pytest.mark.parametrize(
    ("opening", "value"),
    [
        ("Five years ago today, a bridge fell.", "2018-08-14"),
        ("Ten years ago this month, a ship ran aground.", "2013-08"),
        ("Heute vor fünf Jahren stürzte eine Brücke ein.", "2018-08-14"),
    ],
)
def test_an_anniversary_is_the_time_of_the_story(tmp_path: Path, opening: str, value: str) -> None:
    """An anniversary ("Five years ago today") names the time the story the text goes on to
    tell is at; a count back alone ("Vor fünf Jahren") is the writer looking back."""
    path = tmp_path / "text.md"
    path.write_text(f"{opening} Viele starben.", encoding="utf-8")
    language = "de" if opening.startswith("Heute") else "en"
    document = load_document(path, meta=DocumentMeta(language=language, published="2023-08-14"))
    found = [time.value if time else None for time in reference_times(document)]
    assert found == [value, value]


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        pytest.param(
            "Remembering the great fire of 1871",
            "The wind came from the south. Nobody had seen flames like it. Then the rain fell.",
            ["1871", "1871", "1871"],
            id="a_year_in_the_title",
        ),
        pytest.param(
            "",
            "Der Damm hielt nicht. Viele flohen. Am 3. Mai 1889 kam die Welle. Sie riss alles mit.",
            ["1889-05", "1889-05", "1889-05-03", "1889-05-03"],
            id="the_month_of_the_first_date_told",
        ),
    ],
)
def test_the_sentences_before_the_first_date_are_of_the_event(
    tmp_path: Path, title: str, text: str, expected: list[str]
) -> None:
    """A text that opens on its event before it dates it, or dates it only in its title:
    the opening sentences inherit the title's period, else the month of the first date."""
    path = tmp_path / "text.md"
    path.write_text(text, encoding="utf-8")
    language = "en" if title else "de"
    meta = DocumentMeta(language=language, published="2021-10-08", title=title)
    document = load_document(path, meta=meta)
    found = [(time.value, time.own) if time else None for time in reference_times(document)]
    assert [value for value, _ in found] == expected
    assert not found[0][1]


def test_a_count_of_years_back_alone_sets_no_time_of_the_story(tmp_path: Path) -> None:
    path = tmp_path / "text.md"
    path.write_text("Vor fünf Jahren stürzte eine Brücke ein. Viele starben.", encoding="utf-8")
    document = load_document(path, meta=DocumentMeta(language="de", published="2023-08-14"))
    assert reference_times(document) == [None, None]


def test_a_dated_heading_sets_the_time_of_its_section(tmp_path: Path) -> None:
    text = "# Chronik\n\n## 1985\n\nIm Februar kam es zu Streiks. Sie dauerten an.\n"
    got = values(tmp_path, text)
    assert got[-3:] == [("1985", True), ("1985-02", True), ("1985-02", False)]


def test_year_less_dates_take_the_reference_year_not_the_document_date(
    tmp_path: Path,
) -> None:
    text = "Am 18. November begann die Verfolgung. Sie dauerte bis 1938 an."
    [day, _] = tag(text, "de", "2011-05-04")
    assert day.value == "1938-11-18"
    assert values(tmp_path, text)[0] == ("1938-11-18", True)


def test_the_reference_time_spans_its_period() -> None:
    [timex] = tag("Im Februar 1943 war es kalt.", "de")
    assert ReferenceTime.of(timex) == ReferenceTime(
        "1943-02", dt.date(1943, 2, 1), dt.date(1943, 2, 28), True
    )
    [clock] = tag("Am 9. August 2020 um 20:33 Uhr kam es.", "de")
    time = ReferenceTime.of(clock)
    assert time is not None and time.value == "2020-08-09"


def test_anaphoric_dates_move_the_time_forward(tmp_path: Path) -> None:
    text = (
        "Am 21. Februar 1943 griffen sie an. Am folgenden Morgen kam der Gegenangriff. "
        "Zwei Wochen später war es vorbei. Im Dezember 1943 fror es. Am 10. Januar zogen sie ab."
    )
    assert values(tmp_path, text) == [
        ("1943-02-21", True),
        ("1943-02-22", True),
        ("1943-03-08", True),
        ("1943-12", True),
        ("1944-01-10", True),
    ]


def test_an_opening_on_the_present_is_not_of_the_event_it_recalls(tmp_path: Path) -> None:
    """The sentences before the first date inherit the event's month only back to one that
    speaks of today."""
    text = (
        "Kaum jemand liest heute noch Briefe von Hand. Das war lange anders. "
        "Im Mai 1871 schrieb die Gräfin ihren ersten Brief. Er kam nie an."
    )
    assert [value for value, _ in values(tmp_path, text)] == [None, "1871-05", "1871-05", "1871-05"]


def test_an_opening_paragraph_before_the_dated_one_is_not_of_the_event(tmp_path: Path) -> None:
    """The month of a date the text states only later reaches back through its own paragraph,
    not into the paragraphs before it: an essay muses before it comes to its event."""
    text = (
        "Auf dem Marktplatz steht ein Brunnen aus grauem Stein. Kinder spielen an ihm.\n\n"
        "Die Leute ahnten nichts. Im März 1642 brannte die halbe Stadt nieder. Nur er blieb."
    )
    assert [value for value, _ in values(tmp_path, text)] == [
        None,
        None,
        "1642-03",
        "1642-03",
        "1642-03",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Im Winter 1953 brach der Damm. Die Niederlande haben 1958 den Deltaplan beschlossen"
        " und ihn 1986 und 1997 erweitert. Der Sturm hatte in der Nacht begonnen.",
        "In the winter of 1953 the dyke broke. The Dutch passed the Delta Act in 1958 and have"
        " extended it since, in 1986 and 1997. The storm rose in the night.",
    ],
)
def test_a_sentence_surveying_decades_is_no_time_the_text_stays_at(
    tmp_path: Path, text: str
) -> None:
    """An outlook from the present (perfect, or since) across three years of its own states its
    own time only: the sentence after it is back at the story's winter, not at 1958."""
    document = load(tmp_path, text, language="de" if text.startswith("Im") else "en")
    times = reference_times(document)
    assert [time.value if time else None for time in times] == ["1953-WI", "1958", "1953-WI"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Im Winter 1835 wanderte die Familie nach Ohio aus. Der Vater kaufte 1840 Land,"
            " baute 1842 eine Mühle und gründete 1848 eine Schule. Danach wurde es ruhig im Tal.",
            "de",
        ),
        (
            "In the winter of 1835 the family left for Ohio. The father bought land in 1840,"
            " built a mill in 1842 and founded a school in 1848. After that the valley was quiet.",
            "en",
        ),
    ],
)
def test_a_chain_of_years_told_in_the_past_moves_the_text_on(
    tmp_path: Path, text: str, language: str
) -> None:
    """A past-tense chain of years is a story going on, not a survey (review 23 A4): the
    sentence after it is at that chain's time, never back at the winter before it."""
    times = reference_times(load(tmp_path, text, language=language))
    assert times[0] is not None and times[0].value == "1835-WI"
    assert times[2] is not None and times[2].value in ("1840", "1848")
