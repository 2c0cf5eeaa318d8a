"""A byline under the title dates the document when no metadata does."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents.byline import Byline, read_author_line, read_byline
from documents.loader import load_document
from glossary.dates import tag


@pytest.mark.parametrize(
    ("line", "language", "expected"),
    [
        ("*By Mara Quist, 2 October 2019*", "en", Byline("2019-10-02", "Mara Quist")),
        ("Von Ole Brandt · Erschienen am 5. Mai 2017", "de", Byline("2017-05-05", "Ole Brandt")),
        ("By Lucie de la Tour | June 3, 2020", "en", Byline("2020-06-03", "Lucie de la Tour")),
        ("Stand: 12.03.2024", "de", Byline("2024-03-12", "")),
        ("Published: 2021-03-14", "en", Byline("2021-03-14", "")),
    ],
)
def test_a_byline_gives_date_and_author(line: str, language: str, expected: Byline) -> None:
    assert read_byline(line, language) == expected


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Von April bis Juni 1911 ruhte die Arbeit.", "de"),  # prose opening with "Von"
        ("By the autumn of 1911 the yard was closed.", "en"),
        ("By Mara Quist", "en"),  # no date
        ("Von Ole Brandt, 2017", "de"),  # a bare year is no date of writing
        ("By Whit Monday, 5 June 1911, the strike had spread.", "en"),  # the sentence goes on
        ("Von Linz, am 3. Mai 1921, fuhr der Zug weiter.", "de"),
        ("Erschienen ist die Karte im Juli 1921 bei Perthes.", "de"),
        ("Stand der Arbeiten im Juni 1921: Rohbau fertig.", "de"),
    ],
)
def test_other_lines_are_no_byline(line: str, language: str) -> None:
    assert read_byline(line, language) is None


def test_a_markdown_byline_dates_the_document_and_its_story_keeps_its_year(
    tmp_path: Path,
) -> None:
    path = tmp_path / "harbour.md"
    path.write_text(
        "# The Harbour Fire\n\n*By Mara Quist, 2 October 2019*\n\n"
        "The fire broke out on 4 May 1911. The mayor, in office since April 20, came at once.\n",
        "utf-8",
    )
    document = load_document(path)
    assert (document.meta.published, document.meta.author) == ("2019-10-02", "Mara Quist")
    dates = tag(document.text, "en", anchor=document.meta.published)
    assert [t.value for t in dates if t.text == "April 20"] == ["1911-04-20"]


def test_a_web_pages_byline_gives_date_and_author(tmp_path: Path) -> None:
    path = tmp_path / "werft.html"
    body = "<p>Die Werft brannte am 4. Mai 1911 nieder. Niemand kam zu Schaden.</p>" * 6
    path.write_text(
        "<html lang='de'><head><title>Der Werftbrand</title></head><body>"
        "<article><h1>Der Werftbrand</h1>"
        "<p class='meta'>Von Ole Brandt · Veröffentlicht am 5. Mai 2017</p>"
        f"{body}</article></body></html>",
        "utf-8",
    )
    from documents.formats.html import describe
    from documents.loader import read_raw

    meta = describe(read_raw(path))
    assert (meta.published, meta.author) == ("2017-05-05", "Ole Brandt")


@pytest.mark.parametrize("front_matter", ["", "---\ndate: 2019-10-03\n---\n"])
def test_the_byline_paragraph_travels_in_the_parsed_record(
    tmp_path: Path, front_matter: str
) -> None:
    """The timeline leaves the byline's date out: it takes the byline's place from the
    document (read once, kept in the parse cache), also when the file declared its date."""
    from documents.cache import ParsedCache

    path = tmp_path / "harbour.md"
    path.write_text(
        f"{front_matter}# The Harbour Fire\n\n*By Mara Quist, 2 October 2019*\n\n"
        "The fire broke out on 4 May 1911.\n",
        "utf-8",
    )
    cache = ParsedCache(tmp_path / "cache")
    for _ in range(2):  # parsed, then from the cache
        document = load_document(path, cache=cache)
        assert document.byline is not None
        assert document.text[document.byline.start : document.byline.end].startswith("By Mara")
    plain = tmp_path / "plain.md"
    plain.write_text("# The Harbour Fire\n\nBy the harbour, 2 October 2019, it burned.\n", "utf-8")
    assert load_document(plain).byline is None


def test_a_corrected_language_reads_the_byline_again(tmp_path: Path) -> None:
    """A page that declares the wrong language: once the reader corrects it, its German
    byline is read as one (and not left in the text as a dated event), also from the cache."""
    from documents.cache import ParsedCache
    from documents.model import DocumentMeta

    path = tmp_path / "werft.html"
    body = "<p>Die Werft brannte am 4. Mai 1911 nieder. Niemand kam zu Schaden.</p>" * 6
    path.write_text(
        "<html lang='en'><head><title>Der Werftbrand</title></head><body>"
        "<article><h1>Der Werftbrand</h1><p>Von Ole Brandt, 5. Mai 2017</p>"
        f"{body}</article></body></html>",
        "utf-8",
    )
    cache = ParsedCache(tmp_path / "cache")
    assert load_document(path, cache=cache).byline is None
    for _ in range(2):  # read again in German, then from the cache
        document = load_document(path, DocumentMeta(language="de"), cache=cache)
        assert document.byline is not None
        assert document.meta.language == "de"
        assert document.text[document.byline.start : document.byline.end].startswith("Von Ole")


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("*By Hester Quayle, a retired ferry pilot*", "Hester Quayle"),
        ("By Hester Quayle", "Hester Quayle"),
        ("_Von Jonas Kettler und Ilka Sand_", "Jonas Kettler und Ilka Sand"),
        ("Von Jonas Kettler (Text)", "Jonas Kettler"),
        ("By Land and Sea", ""),  # a subtitle: no person of two names
        ("Von Kiel", ""),
        ("Von Kiel bis Flensburg", ""),
        ("By the spring of 1911 the quay was finished.", ""),
        ("By Hester Quayle's reckoning, the quay was older.", ""),
    ],
)
def test_a_byline_without_a_date_names_its_author(line: str, author: str) -> None:
    assert read_author_line(line, "en") == author


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("By Whitsun Monday, the ferries had stopped running.", "en"),  # a day, then prose
        ("By Friday Noon, the quay was flooded", "en"),  # a weekday is no surname
        ("By Special Request", "en"),  # no given name
        ("By Royal Charter", "en"),  # a given name in the lists, but a common word too
        ("Von Amts Wegen", "de"),
        ("Von Rostock Richtung Wismar", "de"),  # a place and a noun, not a person
        ("By Hester Quayle, who had piloted the ferry for thirty years.", "en"),  # a clause
    ],
)
def test_an_opening_phrase_that_names_no_person_gives_no_author(line: str, language: str) -> None:
    """Review 24 E3: the words after By/Von must be a person's name by the given-name lists,
    and the line a byline of its own, not the start of a sentence."""
    assert read_author_line(line, language) == ""


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("# The Quay\n\n*By Hester Quayle, a retired ferry pilot*\n\n{body}", "Hester Quayle"),
        ("# Der Kai\n\nVon Jonas Kettler\n\n{body}", "Jonas Kettler"),
        ("# The Quay\n\n{body}\n\nBy Hester Quayle\n", ""),  # not under the title
        ("# By Land and Sea\n\n## By Hester Quayle\n\n{body}", ""),  # a heading
        ("# The Quay\n\nBy Whitsun Monday, the quay was flooded and closed.\n\n{body}", ""),
    ],
)
def test_a_markdown_byline_under_the_title_gives_the_author(
    tmp_path: Path, text: str, author: str
) -> None:
    body = "The quay was built in 1911 of granite from the north. It still stands."
    path = tmp_path / "quay.md"
    path.write_text(text.format(body=body), "utf-8")
    document = load_document(path)
    assert document.meta.author == author
    assert (document.byline is not None) is bool(author)
    assert body in document.text
