"""The tense of a clause from its finite verb: strong and weak pasts, modals, infinitives."""

from __future__ import annotations

import pytest

from glossary import timex_tense
from glossary.dates import tag
from glossary.timex_tense import clause_tense


@pytest.mark.parametrize(
    ("clause", "tense"),
    [
        ("als der Damm im Winter zerbrach", "past"),
        ("dass man die Schleuse im Mai reparierte", "past"),
        ("weil die Gäste erst im Juni kamen", "past"),
        ("die Stadt will den Betrieb im Mai wieder starten", "modal"),
        ("man kann im März auf sie warten", "modal"),
        ("ob sie im Februar gesperrt wird", "ahead"),
        ("die Fähre hält im April dort", "present"),
        ("wenn der Pegel im Herbst wieder steigt", "present"),
        ("es wäre im Sommer zu spät", "subjunctive"),
        ("am Freitag weiß die Jury, wer gewinnt", "present"),
        ("am Freitag wusste die Jury mehr", "past"),
        ("sie könnte im Juli kommen", "subjunctive"),
    ],
)
def test_german_clauses(clause: str, tense: str) -> None:
    assert clause_tense(clause, 0, len(clause), "de") == tense


@pytest.mark.parametrize(
    ("clause", "tense"),
    [
        ("the roof blew off in May", "past"),
        ("the keeper rented a cottage in June", "past"),
        ("the ferry crosses the lake in April", "present"),
        ("the council will decide in March", "ahead"),
        ("the lock might reopen in spring", "modal"),
        ("the keepers would leave the island in autumn", "subjunctive"),
    ],
)
def test_english_clauses(clause: str, tense: str) -> None:
    assert clause_tense(clause, 0, len(clause), "en") == tense


def test_the_verb_nearest_before_the_date_decides() -> None:
    sentence = "Today the town says it will close the bridge in October"
    assert clause_tense(sentence, 0, len(sentence), "en") == "present"
    assert clause_tense(sentence, 0, len(sentence), "en", sentence.index("October")) == "ahead"


def test_no_finite_verb() -> None:
    assert clause_tense("im Mai des Jahres", 0, 17, "de") is None


@pytest.mark.parametrize(
    ("clause", "tense"),
    [
        ("the lock didn't open in May", "past"),
        ("the lock wasn’t open in May", "past"),
        ("the lock won't open in May", "ahead"),
        ("they'll open the lock in May", "ahead"),
    ],
)
def test_english_contractions(clause: str, tense: str) -> None:
    assert clause_tense(clause, 0, len(clause), "en") == tense


@pytest.mark.parametrize(
    ("clause", "language", "tense"),
    [
        ("am Dienstag hat die Feuerwehr den Keller ausgepumpt", "de", "perfect"),
        ("am Samstag ist die Fähre nach Föhr ausgelaufen", "de", "perfect"),
        ("dass der Kreistag am Mittwoch die Umgehung gebilligt hat", "de", "perfect"),
        ("am Donnerstag wird über die Umgehung abgestimmt", "de", "ahead"),
        ("on Tuesday the board has dismissed its treasurer", "en", "perfect"),
        ("the orchard has twelve old pear trees", "en", "present"),
    ],
)
def test_the_perfect_when_asked(clause: str, language: str, tense: str) -> None:
    assert clause_tense(clause, 0, len(clause), language, perfect=True) == tense


def test_the_perfect_is_its_auxiliary_unless_asked() -> None:
    clause = "heute ist die Halle von Mai bis Oktober geöffnet"
    assert clause_tense(clause, 0, len(clause), "de") == "present"


@pytest.mark.parametrize(
    ("language", "text", "anchor", "wanted"),
    [
        ("de", "Am 5. Mai 1931 schloss die Bank. Am Montag blieb alles zu.", None, ("1931-05-11",)),
        (
            "en",
            "The bank closed on 5 May 1931. On the Monday it stayed shut.",
            None,
            ("1931-05-11",),
        ),
        ("de", "Die Sitzung ist am kommenden Freitag.", "2024-03-13", ("2024-03-15",)),
        (
            "en",
            "The hall was built in 1968. Next summer it was painted.",
            None,
            ("1968-SU", "1969-SU"),
        ),
    ],
)
def test_no_tagger_where_the_tense_decides_nothing(
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    text: str,
    anchor: str | None,
    wanted: tuple[str, ...],
) -> None:
    """A weekday counted within a story, one with a word of its own ("kommenden") and a
    season of a story's year take their value without the clause's tense, so a process that
    only tags dates does not load HanTa for them; and the value is still the right one."""

    def refuse(words: list[str], language: str) -> None:
        raise AssertionError(f"HanTa asked for {words}")

    monkeypatch.setattr(timex_tense, "tag_words", refuse)
    timex_tense._tagged.cache_clear()
    found = tag(text, language, anchor)
    assert found and found[-1].value in wanted
