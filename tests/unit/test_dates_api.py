"""The date tagger's API: intervals, precision, ordering, spans, anchors and the gold score."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from documents.catalog import read_catalog
from documents.loader import load_document
from glossary.dates import Timex, sort_key, tag, tag_spans
from glossary.timex_eval import locate, score

GOLD = Path(__file__).resolve().parents[1] / "data" / "timex_gold.json"
D = dt.date


@pytest.mark.parametrize(
    ("value", "first", "last", "precision"),
    [
        ("2022-02-24", D(2022, 2, 24), D(2022, 2, 24), "day"),
        ("2024-02-13T20:33", D(2024, 2, 13), D(2024, 2, 13), "day"),
        ("2023-06-24TMI", D(2023, 6, 24), D(2023, 6, 24), "day"),
        ("2024-02", D(2024, 2, 1), D(2024, 2, 29), "month"),
        ("2021-SU", D(2021, 6, 1), D(2021, 8, 31), "season"),
        ("2021-WI", D(2021, 12, 1), D(2022, 2, 28), "season"),
        ("2023-Q3", D(2023, 7, 1), D(2023, 9, 30), "quarter"),
        ("2023-H1", D(2023, 1, 1), D(2023, 6, 30), "half"),
        ("2023", D(2023, 1, 1), D(2023, 12, 31), "year"),
        ("199", D(1990, 1, 1), D(1999, 12, 31), "decade"),
        ("19", D(1900, 1, 1), D(1999, 12, 31), "century"),
    ],
)
def test_interval_and_precision(value: str, first: D, last: D, precision: str) -> None:
    timex = Timex(0, 1, "x", value, "DATE", None, "de")
    assert timex.interval() == (first, last)
    assert timex.precision() == precision


@pytest.mark.parametrize(
    ("value", "type_", "anchor", "precision"),
    [
        ("P3Y", "DURATION", None, "duration"),
        ("P4Y", "SET", None, "duration"),
        ("PAST_REF", "DATE", "2024-02-13", "ref"),
        ("PRESENT_REF", "DATE", "2023", "ref"),
        ("XXXX-06-24", "DATE", None, "day"),
    ],
)
def test_values_without_interval(value: str, type_: str, anchor: str, precision: str) -> None:
    timex = Timex(0, 1, "x", value, type_, None, "de", anchor)
    assert timex.interval() is None
    assert timex.precision() == precision


def test_present_ref_covers_the_anchor_day() -> None:
    [timex] = tag("Heute ist das anders.", "de", "2024-02-13T20:33")
    assert timex.anchor == "2024-02-13T20:33"
    assert timex.interval() == (D(2024, 2, 13), D(2024, 2, 13))


def test_sort_key_is_chronological_with_refs_and_durations_last() -> None:
    values = ["P3Y", "PRESENT_REF", "2023", "2022-02-24", "199", "2021-SU", "PAST_REF", "2023-06"]
    assert sorted(values, key=sort_key) == [
        "199", "2021-SU", "2022-02-24", "2023", "2023-06", "PAST_REF", "PRESENT_REF", "P3Y",
    ]  # fmt: skip


def test_tag_spans_keeps_each_range_in_its_language_and_offsets_global() -> None:
    text = "Navigation 2019.\n\nIm Mai 2020 kam es.\n\nIn May 2021 it came."
    body, excerpt = text.index("Im"), text.index("In May")
    spans = [(body, excerpt, "de"), (excerpt, len(text), "en")]
    found = tag_spans(text, spans, "2024")
    assert [(t.text, t.value, t.language) for t in found] == [
        ("Mai 2020", "2020-05", "de"),
        ("May 2021", "2021-05", "en"),
    ]
    assert all(text[t.start : t.end] == t.text for t in found)


def test_excerpt_years_do_not_leak_into_the_body() -> None:
    text = "Im Mai war es kalt.\n\nIn May 2015 it was cold."
    cut = text.index("In May")
    [body] = tag_spans(text, [(0, cut, "de"), (cut, len(text), "en")], "2023")[:1]
    assert body.value == "2023-05"


def test_unknown_language_is_not_tagged() -> None:
    assert tag("En mars 2022, la guerre.", "fr", "2023") == []
    assert tag("", "de", "2023") == []


def test_regional_codes_use_the_language_table() -> None:
    assert [t.value for t in tag("Im März 2022.", "de-AT", None)] == ["2022-03"]


def test_gold_f1_on_the_seeds() -> None:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    catalog = {entry.id: entry for entry in read_catalog()}
    total = None
    for item in gold["documents"]:
        entry = catalog[item["catalog_id"]]
        doc = load_document(entry.path, meta=entry.meta)
        spans = [(s.start, s.end, s.language) for s in doc.sections]
        found = tag_spans(doc.text, spans, doc.published)
        result = score(found, locate(doc.text, item["timexes"]))
        total = result if total is None else total + result
    assert total is not None and total.f1 >= 0.95


def test_glossary_dates_does_not_import_the_ui() -> None:
    code = (
        "import sys, glossary.dates\n"
        "sys.exit(any(m in sys.modules for m in ('textual', 'rich', 'reader')))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_a_signal_stays_outside_the_extent_but_sets_the_mod() -> None:
    [since, until] = tag("Seit 1994 regiert er, bis zum 31. Dezember 2023 gilt es.", "de")
    assert (since.text, since.signal, since.mod) == ("1994", "seit", "AFTER")
    assert (until.text, until.signal, until.mod) == ("31. Dezember 2023", "bis", "BEFORE")


def test_a_range_start_names_its_end() -> None:
    found = tag("Vom 6. bis 15. September 1943 und von 1914 bis 1918 wurde gekämpft.", "de")
    assert [(t.text, t.value, t.range_end) for t in found] == [
        ("6.", "1943-09-06", "1943-09-15"),
        ("15. September 1943", "1943-09-15", None),
        ("1914", "1914", "1918"),
        ("1918", "1918", None),
    ]


def test_a_vague_count_of_days_or_hours_is_placed_near_the_story_day() -> None:
    text = (
        "Am 23. März 2021 lief das Schiff auf Grund. Binnen weniger Tage stauten sich die"
        " Frachter. Wenige Tage später kam ein Bagger. Einige Stunden später kam die Polizei."
        " Wenige Jahre danach war alles vergessen."
    )
    found = {timex.text: timex for timex in tag(text, "de")}
    within, later = found["weniger Tage"], found["Wenige Tage später"]
    # the TIMEX3 values stay what the annotation guidelines say ...
    assert (within.value, within.type, later.value) == ("PXD", "DURATION", "FUTURE_REF")
    # ... and the place near the story's day is kept beside them
    assert within.near == later.near == "2021-W12"
    assert found["Einige Stunden später"].near == "2021-03-23"
    assert found["Wenige Jahre danach"].near is None  # years: later, but not when
    placed = later.placed()
    assert placed is not None and (placed.value, placed.mod, placed.type) == (
        "2021-W12",
        "APPROX",
        "DATE",
    )
    assert tag("Wenige Tage später kam er.", "de")[0].near is None  # no day to count from


def test_a_count_of_days_or_weeks_after_nach_or_after_is_placed_that_far_on() -> None:
    text = "Am 14. April 2010 brach der Vulkan aus. Erst nach einer Woche einigten sie sich."
    later = {timex.text: timex for timex in tag(text, "de")}["einer Woche"]
    assert (later.value, later.type, later.signal) == ("P1W", "DURATION", "nach")  # TIMEX3
    assert later.near == "2010-04-21"
    english = tag("On 14 April 2010 the volcano erupted. After three days the ash came.", "en")
    assert english[-1].value == "P3D" and english[-1].near == "2010-04-17"
    assert tag("After two years of war, peace came.", "en")[0].near is None  # years: no day


def test_a_count_of_days_before_or_after_an_event_is_placed_from_the_story_day() -> None:
    text = "Am 5. August 2010 stürzte die Mine ein. Zwei Tage nach dem Unglück stürzte der Schacht."
    later = {timex.text: timex for timex in tag(text, "de")}["Zwei Tage"]
    assert (later.value, later.type, later.near) == ("P2D", "DURATION", "2010-08-07")
    english = tag("It lifted off on 11 April 1970. He joined three days before the launch.", "en")
    assert english[-1].value == "P3D" and english[-1].near == "1970-04-08"
    assert tag("Am 5. August 2010 blieb er drei Tage vor Ort.", "de")[-1].near is None


def test_a_count_beside_a_day_the_sentence_writes_is_no_second_date() -> None:
    """The count says how far the sentence's own day lies from an event told before."""
    text = (
        "Das Feuer brach am 4. Mai 1911 aus. Am 6. Mai kamen die Helfer, zwei Tage nach dem"
        " Brand. Am 24. Mai 1911, zwanzig Tage nach dem Brand, schloss die Fabrik."
    )
    counts = [timex for timex in tag(text, "de") if timex.type == "DURATION"]
    assert [(timex.text, timex.near) for timex in counts] == [
        ("zwei Tage", None),
        ("zwanzig Tage", None),
    ]
    english = tag(
        "The fire broke out on 4 May 1911. On May 7, three days after the fire, it ended.", "en"
    )
    assert [timex.near for timex in english if timex.type == "DURATION"] == [None]
    alone = tag("Das Feuer brach am 4. Mai 1911 aus. Zwei Tage nach dem Brand kamen Helfer.", "de")
    assert alone[-1].near == "1911-05-06"  # no day of its own: counted from the story's day
    clause = tag("The mill burnt on 4 May 1911, and two days after the fire it was sold.", "en")
    assert clause[-1].near == "1911-05-06"  # a clause of its own, no apposition


def test_a_shift_restated_by_the_date_after_it_takes_that_date() -> None:
    text = "Im Juli 1902 reiste sie ab. Drei Wochen später, am 2. August 1902, schrieb sie."
    assert [t.value for t in tag(text, "de")] == ["1902-07", "1902-08-02", "1902-08-02"]
    english = tag("She sailed on 5 May 1921. A month later, in June 1921, she landed.", "en")
    assert [t.value for t in english] == ["1921-05-05", "1921-06", "1921-06"]
    # a date without its year restates nothing: the shift keeps the year it counts
    later = tag("Am 12. März 1945 fiel die Brücke. Ein Jahr später, am 12. März, stand sie.", "de")
    assert later[1].value == "1946"
    # a time of day restates no date: the shift is counted as before
    evening = tag("Er kam am 3. Mai 1990 an. Zwei Tage später, am Abend, ging er.", "de")
    assert evening[1].value == "1990-05-05"


def test_a_weekday_after_the_is_a_day_only_where_its_preposition_opens_a_clause() -> None:
    sank = "The barge sank on 2 June 1960. "
    days = tag(sank + "It ran by the Sunday Herald, then on the Sunday Herald website.", "en")
    assert [t.text for t in days] == ["2 June 1960"]
    later = tag(sank + "On the Sunday Dr Ames came, and until the Tuesday Ms Voss stayed.", "en")
    assert [t.value for t in later][1:] == ["1960-06-05", "1960-06-07"]


def test_years_on_before_a_clause_whose_first_verb_is_present_look_back_from_writing() -> None:
    opening = "The quarry shut when my aunt was a girl. "
    for clause in (
        "Sixty years on, the lane is still flooded.",
        "Sixty years on, a hundred sheep graze there.",
    ):
        assert tag(opening + clause, "en", anchor="2022-04-01")[0].value == "2022"
    assert (
        tag(opening + "Two years on, she rented a shop.", "en", anchor="2022-04-01")[0].value
        == "XXXX"
    )


def test_a_count_of_months_or_years_after_an_event_is_placed_in_that_month_or_year() -> None:
    text = "Am 3. Juni 1998 entgleiste der Zug. Der Prozess endete fünf Jahre nach dem Unglück."
    later = tag(text, "de")[-1]
    assert (later.value, later.type, later.near) == ("P5Y", "DURATION", "2003")
    english = tag("It crashed on 3 June 1998. Two months after the crash a report came.", "en")
    assert english[-1].value == "P2M" and english[-1].near == "1998-08"
    # after "nach" alone a count of years has no start the text need have named
    assert tag("Am 3. Juni 1998 fuhr er los. Nach zwei Jahren kam er an.", "de")[-1].near is None


def test_a_count_from_an_event_the_text_dated_earlier_runs_from_that_date() -> None:
    """Not from the last date the text named: the event is named by its noun."""
    text = (
        "Der Hochofen wurde 1961 stillgelegt. Beim Großbrand im März 1963 fiel die Halle."
        " 1970 kaufte die Stadt das Gelände. Zehn Jahre nach dem Brand stand dort ein Park."
    )
    assert tag(text, "de")[-1].near == "1973"
    english = tag(
        "A flood of 1927 took the dam. In 1931 the mill closed. Six years after the flood a"
        " new dam was built.",
        "en",
    )
    assert english[-1].near == "1933"
    # an event the text never named by that noun: from the story's date, as before
    verb = "Im März 1963 brannte die Halle. 1970 kaufte die Stadt sie. Drei Jahre nach dem Brand"
    assert tag(verb + " zog ein Museum ein.", "de")[-1].near == "1973"


def test_a_month_inside_a_simile_dates_nothing() -> None:
    """ "Zäh wie Sirup im Februar" says what kind of syrup, not when."""
    found = tag("Im Jahr 1911 kam der Bus. Er war zäh wie Sirup im Februar.", "de")
    assert [timex.text for timex in found] == ["Jahr 1911"]
    found = tag("The bus came in 1911. It crept like a snail in February.", "en")
    assert [timex.text for timex in found] == ["1911"]
    # a second comparison word or a name between: a date
    assert tag("In 1911 it ran as early as in February.", "en")[-1].value == "1911-02"
    assert tag("In 1911 came what is known as Black Friday in May.", "en")[-1].value == "1911-05"


def test_the_weekend_is_the_saturday_and_sunday_of_the_story_week() -> None:
    text = "Am 14. April 2010 brach er aus. Am Wochenende flogen Testflüge."
    weekend = tag(text, "de")[-1]
    assert weekend.value == "2010-W15-WE"
    assert weekend.interval() == (dt.date(2010, 4, 17), dt.date(2010, 4, 18))
    # "the following weekend" after a weekday is the first one after it
    later = tag("On Thursday, 9 November 1989, it fell. The following weekend crowds came.", "en")
    assert later[-1].value == "1989-W45-WE"
    assert tag("It ran aground on 23 March 2021. Over the weekend tugs pulled.", "en")[
        -1
    ].value == ("2021-W12-WE")


def test_a_part_of_day_followed_by_darauf_or_danach_is_on_the_next_day() -> None:
    text = "Am 14. April 2010 brach er aus. In der Nacht darauf schloss der Flughafen."
    assert tag(text, "de")[-1].value == "2010-04-15TNI"  # as "am Tag darauf"


def test_fall_or_march_after_to_is_the_verb_unless_a_stretch_opens_before() -> None:
    text = "On 23 June 2018 they went in. Heavy rain began to fall. The next morning help came."
    assert [t.value for t in tag(text, "en")] == ["2018-06-23", "2018-06-24TMO"]
    assert [t.value for t in tag("The dig ran from spring to fall 2019.", "en")] == [
        "2019-SP",
        "2019-FA",
    ]


def test_a_season_around_the_story_day_leaves_the_day_to_count_from() -> None:
    text = (
        "The ship ran aground on 23 March 2021. They waited for the spring tide, which raised"
        " the water at the weekend."
    )
    assert [t.value for t in tag(text, "en")][-1] == "2021-W12-WE"


def test_between_one_date_and_another_is_a_range() -> None:
    found = tag("The Fed raised rates between March 2022 and July 2023.", "en")
    assert [(t.value, t.range_end) for t in found] == [("2022-03", "2023-07"), ("2023-07", None)]
    german = tag("Zwischen 2001 und 2003 wurde gebaut.", "de")
    assert [(t.value, t.range_end) for t in german] == [("2001", "2003"), ("2003", None)]


@pytest.mark.parametrize(
    ("text", "anchor", "expression", "value", "near"),
    [
        (
            "Der Stromausfall vom August 2003 war kein Naturereignis. Der Bericht kam im"
            " folgenden Frühjahr.",
            "2023-08-14",
            "folgenden Frühjahr",
            "2004-SP",
            None,
        ),
        (
            "Vor 25 Jahren verlor das Land den Glauben an die Bahn. Der Prozess endete fünf"
            " Jahre nach dem Unglück.",
            "2023-06-03",
            "fünf Jahre",
            "P5Y",
            "2003",
        ),
        (
            "Der Stromausfall vom August 2003 war lang. New York hatte nach rund einem Tag"
            " wieder Strom.",
            "2023-08-14",
            "rund einem Tag",
            "P1D",
            "2003-08",
        ),
    ],
)
def test_counts_before_any_story_date_count_from_the_date_named_last(
    text: str, anchor: str, expression: str, value: str, near: str | None
) -> None:
    """A commentary names its event by an attribute ("vom August 2003") or a count back from
    the document date ("Vor 25 Jahren"): the counts after it count from that date."""
    found = {timex.text: timex for timex in tag(text, "de", anchor)}
    assert found[expression].value == value
    assert found[expression].near == near


def test_a_count_of_years_back_names_the_year_of_a_commentarys_year_less_dates() -> None:
    """A commentary that names its event only by a count back from the date of writing tells
    of that year, title included, not of the year it was written."""
    text = (
        "Der Sommer, der nicht aufhören wollte\n\nVor zwanzig Jahren erlebte Europa einen"
        " heißen Sommer. Anfang August kam die Hitze."
    )
    found = {timex.text: timex.value for timex in tag(text, "de", "2023-07-20")}
    assert found["Sommer"] == "2003-SU" and found["Anfang August"] == "2003-08"
    # a flashback in the pluperfect looks back from a story of the text's own time
    flashback = "Vor zwanzig Jahren hatte es schon einmal gebrannt. Im August brannte es wieder."
    assert tag(flashback, "de", "2023-07-20")[-1].value == "2023-08"


def test_an_approximate_count_after_an_event_is_placed_as_nearly() -> None:
    text = "It opened on 9 March 1999. It reopened almost three years after the fire."
    assert tag(text, "en")[-1].near == "2002"
    german = "Am 24. März 1999 brannte es. Fast drei Jahre nach dem Brand fuhren wieder Autos."
    assert tag(german, "de")[-1].near == "2002"


def test_a_count_of_months_after_an_event_of_a_known_year_only_is_about_that_year() -> None:
    text = "Twenty years ago a lorry burned. Two months after the disaster another one burned."
    assert tag(text, "en", "2019-03-24")[-1].near == "1999"


def test_a_number_before_a_unit_of_measure_is_no_year() -> None:
    assert tag("Die Hitze stieg auf über 1000 Grad.", "de") == []
    assert tag("The tunnel is 1200 metres under the summit, 1500 feet.", "en") == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Im Frühsommer 1999 legte sie den Bericht vor.", "de", ("1999-SU", "START")),
        (
            "Im Sommer 2003 war es heiß. Mitten im Hochsommer fiel ein Fels.",
            "de",
            ("2003-SU", "MID"),
        ),
        ("Im Sommer 2003 war es heiß. Im Spätherbst kam der Bericht.", "de", ("2003-FA", "END")),
        ("It was 2003. In high summer the rock fell.", "en", ("2003-SU", "MID")),
        ("It was 1999. In midwinter it snowed.", "en", ("1999-WI", "MID")),
    ],
)
def test_a_part_of_a_season_is_that_season_with_its_mod(
    text: str, language: str, expected: tuple[str, str]
) -> None:
    last = tag(text, language)[-1]
    assert (last.value, last.mod) == expected


def test_an_events_month_names_the_year_of_a_commentarys_earlier_year_less_dates() -> None:
    """The event a commentary is about, dated to its month ("vom August 2003"), says which
    year its title's and lead's year-less dates are in; a year alone ("Der Krieg von 2014")
    names a period and does not (tests/data/timex_cases.tsv)."""
    text = (
        "Man stelle sich einen Nachmittag im Hochsommer vor.\n\nDer große Stromausfall vom"
        " August 2003 war kein Naturereignis.\n\nIm November 2006 fiel das Netz erneut aus."
    )
    assert tag(text, "de", "2023-08-14")[0].value == "2003-SU"


def test_the_following_spring_after_an_autumn_is_in_the_next_year() -> None:
    text = "Im Spätherbst 2003 nannte sie die Schuldigen. Der Bericht kam im folgenden Frühjahr."
    assert tag(text, "de")[-1].value == "2004-SP"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("1887 | Baubeginn am 28. Januar\n\n1889 | Eröffnung", "de"),
        ("Der Bau begann am 28. Januar\n\n1889 wurde er eröffnet.", "de"),
        ("Work began on 28 January\n\n1889 saw the opening.", "en"),
    ],
)
def test_no_date_runs_over_a_blank_line(text: str, language: str) -> None:
    """A row's or a heading's day and month took the year that opened the next paragraph (a
    hard-wrapped line inside a paragraph is still read across: tests/data/timex_cases.tsv)."""
    assert all("\n\n" not in timex.text for timex in tag(text, language, "2019-03-31"))


def test_a_byline_naming_the_document_date_is_no_diary_entry() -> None:
    """Under "Von A. B., 12. Juni 2021" the text's "heute" is the time of writing, as without a
    byline; a diary's date line of another day still dates its entry's "heute"."""
    byline = (
        "Von Mara Beispiel, 12. Juni 2021\n\nDer Turm wurde 1908 gebaut. Heute gehört er der Stadt."
    )
    assert [t.value for t in tag(byline, "de", anchor="2021-06-12")][-1] == "PRESENT_REF"
    english = "By Tom Hale, 3 March 2020\n\nThe mill burned in 1911. Today it is a museum."
    assert [t.value for t in tag(english, "en", anchor="2020-03-03")][-1] == "PRESENT_REF"
    diary = "Innsbruck, den 5. September 1827.\n\nHeute regnet es."
    assert [t.value for t in tag(diary, "de", anchor="1830")][-1] == "1827-09-05"


def test_a_season_told_in_the_past_is_not_after_the_date_of_writing() -> None:
    """A report's flashback (review 23 B6): "im nächsten Sommer" in a clause told in the past
    follows the flashback's year, not the date of writing."""
    text = (
        "Am Montag wurde die alte Mühle abgerissen. Sie war 1998 verkauft worden, und im"
        " nächsten Sommer zog eine Töpferei ein."
    )
    values = {t.text: t.value for t in tag(text, "de", "2024-04-17")}
    assert values["Montag"] == "2024-04-15"
    assert values["nächsten Sommer"] in ("1998-SU", "1999-SU")


def test_a_claim_about_the_past_after_a_flashback_is_no_next_weekday() -> None:
    """ "wollen" with a perfect infinitive (review 23 A3) reports a claim about the past: after
    a year of long ago its weekday is that week's or unknown, never the week after the date of
    writing."""
    text = "Das Museum wurde 1911 gebaut. Der Zeuge will am Montag einen Schuss gehört haben."
    values = {t.text: t.value for t in tag(text, "de", "2025-03-12")}
    assert values["Montag"] in ("XXXX-WXX-1", "2025-03-10")
