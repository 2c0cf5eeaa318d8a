"""The merged timeline: order, what has no place on it, and the per-year counts."""

from __future__ import annotations

from datetime import date

import pytest

from documents.model import BlockKind, Document, DocumentMeta, Paragraph, Span
from glossary.dates import tag
from glossary.features import DateFeature
from glossary.timeline import timeline, year_histogram


def document(doc_id: str, sentences: list[str], published: str = "") -> Document:
    text, spans = "", []
    for sentence in sentences:
        spans.append(Span(len(text), len(text) + len(sentence)))
        text += sentence + " "
    return Document(doc_id, DocumentMeta(published=published), text, doc_id, [], spans, [], [])


def feature(
    doc: Document,
    phrase: str,
    value: str,
    first: date | None,
    last: date | None,
    type_: str = "DATE",
    precision: str = "month",
    mod: str | None = None,
) -> DateFeature:
    start = doc.text.index(phrase)
    return DateFeature(
        start,
        start + len(phrase),
        phrase,
        value,
        type_,
        mod,
        precision,
        first.toordinal() if first else None,
        last.toordinal() if last else None,
    )


def test_entries_are_chronological_across_documents() -> None:
    swp = document("swp", ["Im Februar 2022 begann der Krieg.", "Im Sommer 2021 kamen Migranten."])
    rs = document("rs", ["2022 war ein Wendejahr.", "Im August 2020 wurde gewählt."])
    entries = timeline(
        [
            (
                swp,
                [
                    feature(swp, "Februar 2022", "2022-02", date(2022, 2, 1), date(2022, 2, 28)),
                    feature(swp, "Sommer 2021", "2021-SU", date(2021, 6, 1), date(2021, 8, 31)),
                ],
            ),
            (
                rs,
                [
                    feature(
                        rs, "2022", "2022", date(2022, 1, 1), date(2022, 12, 31), "DATE", "year"
                    ),
                    feature(rs, "August 2020", "2020-08", date(2020, 8, 1), date(2020, 8, 31)),
                ],
            ),
        ]
    )
    assert [(e.doc, e.value) for e in entries] == [
        ("rs", "2020-08"),
        ("swp", "2021-SU"),
        ("rs", "2022"),
        ("swp", "2022-02"),
    ]
    first = entries[0]
    assert first.text == "Im August 2020 wurde gewählt."
    assert rs.text[first.start : first.end] == first.timex_text == "August 2020"
    assert rs.text[first.sentence_start : first.sentence_end] == first.text


def test_durations_sets_and_vague_references_have_no_place() -> None:
    doc = document("d", ["Seit drei Jahren übt man jährlich.", "Früher war alles anders."])
    entries = timeline(
        [
            (
                doc,
                [
                    feature(doc, "drei Jahren", "P3Y", None, None, "DURATION", "duration"),
                    feature(doc, "jährlich", "P1Y", None, None, "SET", "duration"),
                    feature(doc, "Früher", "PAST_REF", None, None, "DATE", "ref"),
                ],
            )
        ]
    )
    assert entries == []


def test_the_time_of_writing_is_no_event() -> None:
    """ "Derzeit ist es ruhig" says what holds as the text is written, not what happened then."""
    doc = document(
        "d", ["Derzeit ist es ruhig.", "Im Januar 2024 wurde verhandelt."], "2024-02-13T20:33"
    )
    entries = timeline(
        [
            (
                doc,
                [
                    feature(doc, "Derzeit", "PRESENT_REF", None, None, "DATE", "ref"),
                    feature(doc, "Januar 2024", "2024-01", date(2024, 1, 1), date(2024, 1, 31)),
                ],
            )
        ]
    )
    assert [(e.value, e.first) for e in entries] == [("2024-01", date(2024, 1, 1))]


def test_present_reference_without_a_document_date_is_left_out() -> None:
    doc = document("d", ["Derzeit ist es ruhig."])
    present = feature(doc, "Derzeit", "PRESENT_REF", None, None, "DATE", "ref")
    assert timeline([(doc, [present])]) == []


def test_year_histogram_counts_entries_per_document_and_year() -> None:
    swp = document("swp", ["2021 und 2022 und im März 2022."], "2023")
    rs = document("rs", ["Heute, 2020 und 2024."], "2024-02")
    entries = timeline(
        [
            (
                swp,
                [
                    feature(
                        swp, "2021", "2021", date(2021, 1, 1), date(2021, 12, 31), "DATE", "year"
                    ),
                    feature(
                        swp, "2022", "2022", date(2022, 1, 1), date(2022, 12, 31), "DATE", "year"
                    ),
                    feature(swp, "März 2022", "2022-03", date(2022, 3, 1), date(2022, 3, 31)),
                ],
            ),
            (
                rs,
                [
                    feature(rs, "Heute", "PRESENT_REF", None, None, "DATE", "ref"),
                    feature(
                        rs, "2020", "2020", date(2020, 1, 1), date(2020, 12, 31), "DATE", "year"
                    ),
                    feature(
                        rs, "2024", "2024", date(2024, 1, 1), date(2024, 12, 31), "DATE", "year"
                    ),
                ],
            ),
        ]
    )
    assert year_histogram(entries) == {"swp": {2021: 1, 2022: 2}, "rs": {2020: 1, 2024: 1}}


def test_a_bylines_date_is_no_event() -> None:
    lines = [
        "Die Schleuse am Kanal",
        "Von Anna Berg · 3. Mai 2019",
        "Am 3. Mai 2019 schloss die Stadt die Schleuse. Am 12. April 1908 war sie eröffnet worden.",
    ]
    text = "\n\n".join(lines)
    starts = [text.index(line) for line in lines]
    paragraphs = [
        Paragraph(start, start + len(line)) for start, line in zip(starts, lines, strict=True)
    ]
    sentences = [
        Span(starts[0], starts[0] + len(lines[0])),
        Span(starts[1], starts[1] + len(lines[1])),
    ]
    body = lines[2].index("Am 12.")
    sentences += [Span(starts[2], starts[2] + body - 1), Span(starts[2] + body, len(text))]
    meta = DocumentMeta(published="2019-05-03", language="de")
    doc = Document("d", meta, text, "d", paragraphs, sentences, [], [], byline=sentences[1])
    day, opened = date(2019, 5, 3), date(1908, 4, 12)
    byline = DateFeature(
        starts[1] + lines[1].index("3."),
        starts[1] + len(lines[1]),
        "3. Mai 2019",
        "2019-05-03",
        "DATE",
        None,
        "day",
        day.toordinal(),
        day.toordinal(),
    )
    told = feature(doc, "3. Mai 2019 schloss", "2019-05-03", day, day, precision="day")
    built = feature(doc, "12. April 1908", "1908-04-12", opened, opened, precision="day")
    entries = timeline([(doc, [byline, told, built])])
    # the byline's day is when the text was written; the same day told in the text is an event
    assert [(e.value, e.text[:12]) for e in entries] == [
        ("1908-04-12", "Am 12. April"),
        ("2019-05-03", "Am 3. Mai 20"),
    ]


def test_one_period_named_twice_in_a_sentence_is_one_entry() -> None:
    doc = document(
        "d", ["The canal opened in 1869, the same year as the railway.", "In 1869 it rained."]
    )
    year = (date(1869, 1, 1), date(1869, 12, 31))
    entries = timeline(
        [
            (
                doc,
                [
                    feature(doc, "1869", "1869", *year, precision="year"),
                    feature(doc, "the same year", "1869", *year, precision="year"),
                    feature(doc, "In 1869", "1869", *year, precision="year"),
                ],
            )
        ]
    )
    # the first sentence once; the second sentence names the year on its own
    assert [(e.timex_text, e.text[:10]) for e in entries] == [
        ("1869", "The canal "),
        ("In 1869", "In 1869 it"),
    ]


def test_the_present_is_no_event_in_an_essay_on_the_past_nor_in_news() -> None:
    essay = document("e", ["The dam broke in May 1889.", "Read today, the warnings look plain."])
    essay.meta.published = "2019-05-31"
    may = (date(1889, 5, 1), date(1889, 5, 31))
    today = date(2019, 5, 31)
    dates = [
        feature(essay, "May 1889", "1889-05", *may),
        feature(essay, "today", "PRESENT_REF", today, today, precision="day"),
    ]
    assert [e.value for e in timeline([(essay, dates)])] == ["1889-05"]
    news = document(
        "n", ["The dam broke in May 1889.", "Today, on 31 May 2019, the town remembers."]
    )
    news.meta.published = "2019-05-31"
    told = [
        feature(news, "May 1889", "1889-05", *may),
        feature(news, "Today", "PRESENT_REF", today, today, precision="day"),
        feature(news, "31 May 2019", "2019-05-31", today, today, precision="day"),
    ]
    # the day the text names is an event; its "Today" only says that it is written then
    assert [e.value for e in timeline([(news, told)])] == ["1889-05", "2019-05-31"]
    comment = document("c", ["Im Herbst 2023 kam die Wende.", "Heute ist alles anders."])
    comment.meta.published = "2024-02-13"
    written = date(2024, 2, 13)
    dates = [
        feature(comment, "Herbst 2023", "2023-FA", date(2023, 9, 1), date(2023, 11, 30)),
        feature(comment, "Heute", "PRESENT_REF", written, written, precision="day"),
    ]
    assert [e.value for e in timeline([(comment, dates)])] == ["2023-FA"]


def test_the_bylines_date_does_not_make_a_history_tell_of_its_present() -> None:
    """A history whose dates end in 1978, written in 2021: its "Heute" is no event, although the
    byline names a day of 2021."""
    lines = [
        "Von Mara Beispiel, 12. Juni 2021",
        "Der Turm brannte 1978. Heute gehört er der Stadt.",
    ]
    text = "\n\n".join(lines)
    starts = [0, len(lines[0]) + 2]
    paragraphs = [
        Paragraph(start, start + len(line)) for start, line in zip(starts, lines, strict=True)
    ]
    told = lines[1].index("Heute")
    sentences = [
        Span(0, len(lines[0])),
        Span(starts[1], starts[1] + told - 1),
        Span(starts[1] + told, len(text)),
    ]
    meta = DocumentMeta(published="2021-06-12", language="de")
    doc = Document("d", meta, text, "d", paragraphs, sentences, [], [], byline=sentences[0])
    written, burned = date(2021, 6, 12), date(1978, 1, 1)
    dates = [
        feature(doc, "12. Juni 2021", "2021-06-12", written, written, precision="day"),
        feature(doc, "1978", "1978", burned, date(1978, 12, 31), precision="year"),
        feature(doc, "Heute", "PRESENT_REF", None, None, precision="ref"),
    ]
    assert [e.value for e in timeline([(doc, dates)])] == ["1978"]


def test_a_heading_whose_section_dates_its_events_is_no_entry() -> None:
    """ "Drei Nächte im Juli" over "Am 9. Juli 1902 …" names the time of its section, whose
    sentence is the event; a heading whose section states no date within it keeps its place."""
    lines = [
        "Drei Nächte im Juli",
        "Am 9. Juli 1902 stürzte der Glockenturm ein.",
        "Der Herbst 1903",
        "Die Trümmer lagen noch auf dem Platz.",
    ]
    text = "\n\n".join(lines)
    starts = [text.index(line) for line in lines]
    kinds = [BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH]
    paragraphs = [
        Paragraph(start, start + len(line), kind)
        for start, line, kind in zip(starts, lines, kinds, strict=True)
    ]
    sentences = [Span(start, start + len(line)) for start, line in zip(starts, lines, strict=True)]
    doc = Document("d", DocumentMeta(language="de"), text, "d", paragraphs, sentences, [], [])
    day = date(1902, 7, 9)
    dates = [
        feature(doc, "Juli", "1902-07", date(1902, 7, 1), date(1902, 7, 31)),
        feature(doc, "9. Juli 1902", "1902-07-09", day, day, precision="day"),
        feature(doc, "Herbst 1903", "1903-FA", date(1903, 9, 1), date(1903, 11, 30)),
    ]
    assert [e.timex_text for e in timeline([(doc, dates)])] == ["9. Juli 1902", "Herbst 1903"]


def test_a_bylines_date_restates_no_heading() -> None:
    """A headline naming a month over a byline dated in it: the byline is the time of writing,
    so the headline keeps its entry (the reviewer's finding A11)."""
    lines = ["Der Mai der Fischer", "Von Ole Brandt, 12. Mai 2021", "Die Boote blieben im Hafen."]
    text = "\n\n".join(lines)
    starts = [text.index(line) for line in lines]
    kinds = [BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]
    paragraphs = [
        Paragraph(start, start + len(line), kind)
        for start, line, kind in zip(starts, lines, kinds, strict=True)
    ]
    sentences = [Span(start, start + len(line)) for start, line in zip(starts, lines, strict=True)]
    meta = DocumentMeta(published="2021-05-12", language="de")
    doc = Document("d", meta, text, "d", paragraphs, sentences, [], [], byline=sentences[1])
    written = date(2021, 5, 12)
    dates = [
        feature(doc, "Mai", "2021-05", date(2021, 5, 1), date(2021, 5, 31)),
        feature(doc, "12. Mai 2021", "2021-05-12", written, written, precision="day"),
    ]
    assert [e.timex_text for e in timeline([(doc, dates)])] == ["Mai"]


def _news(language: str, sentences: list[str], published: str) -> list[tuple[str, str]]:
    """(expression, value) of the timeline of a news text, as the tagger dates it."""
    doc = document("news", sentences, published)
    timexes = tag(doc.text, language, published)
    entries = timeline([(doc, [DateFeature.from_timex(t) for t in timexes])])
    return [(e.timex_text, e.first.isoformat()) for e in entries]


@pytest.mark.parametrize(
    ("language", "sentences", "published", "expected"),
    [
        (
            "de",
            [
                "Heute Morgen ist in der Bamberger Altstadt ein Dachstuhl in Brand geraten.",
                "Bereits am Montag hatte es in derselben Straße gebrannt.",
            ],
            "2024-03-14",
            [("Montag", "2024-03-11"), ("Heute Morgen", "2024-03-14")],
        ),
        (
            "en",
            [
                "The river Ouse burst its banks today, closing Skeldergate Bridge.",
                "On Monday the council had warned residents.",
            ],
            "2024-02-09",
            [("Monday", "2024-02-05"), ("today", "2024-02-09")],
        ),
        (
            "de",
            [
                "Die Lokführer streiken seit heute früh.",
                "Am Dienstag waren die Gespräche gescheitert.",
                "Bis heute gibt es kein neues Angebot.",
            ],
            "2024-03-14",
            [("Dienstag", "2024-03-12"), ("heute", "2024-03-14")],
        ),
        (
            "en",
            [
                "Heavy snow cut off three villages in the dale today.",
                "Yesterday the ploughs were still in their depot.",
                "Now the villagers wait, and the school is currently shut.",
            ],
            "2025-01-22",
            [("Yesterday", "2025-01-21"), ("today", "2025-01-22")],
        ),
        (
            "de",
            [
                "Am Montag rutschte ein Hang auf die Landstraße.",
                "Heute ist die Straße wieder frei.",
            ],
            "2024-03-14",
            [("Montag", "2024-03-11")],
        ),
        (
            "de",
            [
                "Die Mühle am Bach wurde 1840 gebaut.",
                "Heute gehört sie dem Heimatverein, der sie 2024 renovierte.",
            ],
            "2025-01-22",
            [("1840", "1840-01-01"), ("2024", "2024-01-01")],
        ),
    ],
)
def test_todays_news_is_at_its_date_of_writing(
    language: str, sentences: list[str], published: str, expected: list[tuple[str, str]]
) -> None:
    """'heute'/'today' is the day of writing in a text that names another day within two
    weeks of it; 'bis heute', 'now', a state ('Heute ist die Straße wieder frei') and a text
    with bare years keep none."""
    assert _news(language, sentences, published) == expected


@pytest.mark.parametrize(
    ("language", "sentence", "day"),
    [
        (
            "de",
            "Am Mittwoch, dem 4. März 1931, brannte am Abend die Scheune nieder.",
            "Mittwoch, dem 4. März 1931",
        ),
        ("en", "On 4 March 1931, in the evening, the barn burnt down.", "4 March 1931"),
    ],
)
def test_a_time_of_a_day_the_sentence_dates_is_no_second_entry(
    language: str, sentence: str, day: str
) -> None:
    """Trial 23: "am Mittag" after "15. Januar 1919" in one sentence was a second row of
    that day; a part of day or clock time of a day its sentence names is that entry."""
    doc = document("barn", [sentence])
    timexes = tag(doc.text, language)
    assert len(timexes) == 2
    entries = timeline([(doc, [DateFeature.from_timex(t) for t in timexes])])
    assert [e.timex_text for e in entries] == [day]


@pytest.mark.parametrize(
    ("language", "sentences", "shown"),
    [
        (
            "de",
            [
                "Am 14. Oktober 1951 begann der Prozess.",
                "Sieben Wochen später, am 2. Dezember 1951, fiel das Urteil.",
            ],
            "2. Dezember 1951",
        ),
        (
            "en",
            [
                "The mill closed in 1931.",
                "The strike ended only in May 1945, fourteen years later.",
            ],
            "May 1945",
        ),
    ],
)
def test_a_sentence_is_shown_by_the_date_it_writes(
    language: str, sentences: list[str], shown: str
) -> None:
    """Trial 24: the row of a sentence that writes its date beside a count of the same days
    showed the count ("Sieben Wochen später"), not the date the sentence states."""
    doc = document("trial", sentences)
    entries = timeline([(doc, [DateFeature.from_timex(t) for t in tag(doc.text, language)])])
    assert [e.timex_text for e in entries][-1] == shown
    assert len(entries) == 2
