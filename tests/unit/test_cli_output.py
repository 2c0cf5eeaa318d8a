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


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["meta", "nope\x1b[2J"], 1, "no document with id 'nope"),
        (["search", "Brücke", "--from", "2024", "--to", "2020"], 2, "the dates leave nothing"),
    ],
)
def test_with_json_an_error_is_a_json_object_on_stderr(
    capsys: pytest.CaptureFixture[str], argv: list[str], code: int, message: str
) -> None:
    import json

    from reader.cli import main

    assert main([*argv, "--json"]) == code
    out, err = capsys.readouterr()
    [line] = err.splitlines()
    error = json.loads(line)
    assert out == "" and error["code"] == code and error["error"].startswith(message)
    assert "\x1b" not in err  # text from the user is data, never a control sequence
    assert main(argv) == code  # without --json: the plain line, as before
    assert capsys.readouterr().err.startswith(f"reader: {message}")


def test_with_json_a_mistake_on_the_command_line_is_a_json_object_too(
    capsys: pytest.CaptureFixture[str],
) -> None:
    import json

    from reader.cli import main

    with pytest.raises(SystemExit) as ended:
        main(["search", "Brücke", "--limit", "many", "--json"])
    assert ended.value.code == 2
    error = json.loads(capsys.readouterr().err)
    assert error["code"] == 2 and "invalid int value: 'many'" in error["error"]
    with pytest.raises(SystemExit):
        main(["search", "Brücke", "--limit", "many"])
    assert "usage: reader search" in capsys.readouterr().err  # argparse's own, as before


@pytest.mark.parametrize("shown", [True, False])
def test_slow_work_shows_a_passing_status_on_a_terminal_only_when_asked(
    monkeypatch: pytest.MonkeyPatch, shown: bool
) -> None:
    import io

    terminal = io.StringIO()
    monkeypatch.setattr(
        output, "error_console", Console(file=terminal, force_terminal=True), raising=False
    )
    with output.working("reading names", shown) as say:
        say("dating [bold]x[/bold] (1/2)")  # document ids are data: never markup
    written = terminal.getvalue()
    assert ("dating [bold]x[/bold] (1/2)" in written) is shown
    piped = io.StringIO()
    monkeypatch.setattr(output, "error_console", Console(file=piped), raising=False)
    with output.working("reading names", shown) as say:
        say("dating x")
    assert piped.getvalue() == ""  # no terminal: no status, with or without --json
