"""The commands' shared output: Rich's console made on first use, its width known without it."""

from __future__ import annotations

import pytest
from rich.console import Console

from reader.cli import output


@pytest.mark.parametrize("columns", [None, "57", "0", "wide"])
def test_the_plain_width_is_the_width_richs_console_takes(
    monkeypatch: pytest.MonkeyPatch, columns: str | None
) -> None:
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    assert output.terminal_width() == Console(highlight=False).width


def test_say_prints_user_text_as_it_is(capsys: pytest.CaptureFixture[str]) -> None:
    output.say("[bold]nicht fett[/bold] :smile:")
    output.say("auf stderr", err=True)
    out, err = capsys.readouterr()
    assert out == "[bold]nicht fett[/bold] :smile:\n" and err == "auf stderr\n"


def test_a_table_to_a_pipe_is_wide_unless_columns_says_otherwise(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from reader.cli import output

    monkeypatch.delenv("COLUMNS", raising=False)
    assert output._piped_width() == output.PIPED_WIDTH  # pytest's stdout is no terminal
    monkeypatch.setenv("COLUMNS", "90")
    assert output._piped_width() is None
