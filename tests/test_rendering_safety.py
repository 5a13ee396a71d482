"""Article text in embeds is shown as the characters it is: no disguised links, markup or mentions.

Each case is a reporter's (or an attacker's) text in a quote, a candidate's name, a seat's name and a
suggestion; the checks read the embed as Discord would render it.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import discord
import pytest

from handlers.answers.answer import Answer
from handlers.answers.engine import Engine
from handlers.app.settings import PROJECT_DIR
from handlers.discord_ui.embeds import answer_embed, answer_pages
from handlers.discord_ui.inert import inert
from knowledge.records import Candidate, Provenance, Seat, SeatFact
from knowledge.store.database import load
from knowledge.store.ingest import ingest

ASHFIELD = PROJECT_DIR / "knowledge" / "articles" / "004_de5edb6b90c52eee.txt"

# (case, text an article may hold, what must not survive as markup)
CASES = [
    ("masked link", "see [the full count](https://evil.example/login) here", "masked_link"),
    ("two masked links", "[one](https://a.example) and [two](<https://b.example>)", "masked_link"),
    ("heading", "# VOTE FOR ME", "line_markup"),
    ("subtext", "-# small print", "line_markup"),
    ("block quote", ">>> everything after this", "line_markup"),
    ("code fence", "```py\nprint('x')\n```", "code"),
    ("inline code", "`rm -rf`", "code"),
    ("spoiler", "||a secret||", "spoiler"),
    ("bold", "**shouting**", "emphasis"),
    ("everyone", "@everyone look", "mention"),
    ("here", "@here now", "mention"),
    ("user mention", "<@123456789012345678> said so", "mention"),
    ("role mention", "<@&123456789012345678> members", "mention"),
    ("channel", "go to <#123456789012345678>", "mention"),
    ("timestamp", "at <t:1700000000:R>", "mention"),
    ("slash command", "run </reload:123456789012345678>", "mention"),
]


def live(kind: str, text: str) -> bool:
    """Whether `text`, rendered by Discord, still holds markup of `kind`."""
    if kind == "masked_link":
        return re.search(r"\]\s*\(", text) is not None  # `](` is what makes `[text](url)` a link
    if kind == "line_markup":
        return any(re.match(r"\s*(?:#{1,3} |-# |>>> |> )", line) for line in text.splitlines())
    if kind == "code":
        return re.search(r"(?<!\\)`", text) is not None
    if kind == "spoiler":
        return re.search(r"(?<!\\)\|(?<!\\)\|", text) is not None or "||" in text
    if kind == "emphasis":
        return re.search(r"(?<!\\)\*(?<!\\)\*shouting", text) is not None
    if kind == "mention":
        return re.search(r"@(?:everyone|here)|<[@#/]|<t:", text) is not None
    raise AssertionError(kind)


def rendered(embed: discord.Embed) -> list[str]:
    data = embed.to_dict()
    texts = [data.get("title", ""), data.get("description", "")]
    texts += [f"{f['name']}\n{f['value']}" for f in data.get("fields", [])]
    return texts


@pytest.mark.parametrize(("case", "text", "kind"), CASES, ids=[c[0] for c in CASES])
def test_inert_leaves_no_markup(case: str, text: str, kind: str) -> None:
    assert live(kind, text), "the check must see the markup in the raw text"
    shown = inert(text)
    assert not live(kind, shown), shown
    assert re.sub(r"[\\\u200b]", "", shown).split() == re.sub(r"[\\\u200b]", "", text.replace("\n", " ")).split()


@pytest.mark.parametrize(("case", "text", "kind"), CASES, ids=[c[0] for c in CASES])
def test_every_place_article_text_reaches_an_embed_is_inert(case: str, text: str, kind: str) -> None:
    p = Provenance("article", "a.txt", "2017-06-09", text)
    seat = Seat(f"Barset {text}", 2017)
    seat.facts = {"winner": SeatFact(f"Jo {text}", [p]), "winner_party": SeatFact("Labour", [p])}
    seat.candidates = [Candidate(f"Jo {text}", f"Party {text}", None, True, sources=[p])]
    answer = Answer(lead=f"Jo {text} won Barset {text}.", answered=True, intent="quote",
                    details=[f"Jo {text} said: “{text}”"] * 3, sources=[p], seat=seat,
                    suggestions=[f"who won {text}"])
    for embed in [answer_embed(answer), *answer_pages(answer, limit=200)]:
        for shown in rendered(embed):
            assert not live(kind, shown), shown


def test_a_quote_in_a_real_article_is_shown_inert(tmp_path: Path) -> None:
    """The reader keeps a quote as the reporter wrote it; the embed shows it without its link or ping."""
    folder = tmp_path / "articles"
    folder.mkdir()
    text = ASHFIELD.read_text(encoding="utf-8").replace(
        "It’s been a ride.", "It’s been a ride, [read my manifesto](https://evil.example/login) @everyone.")
    (folder / ASHFIELD.name).write_text(text, encoding="utf-8")
    shutil.copy(ASHFIELD.parent / "000_fef51d309493ca4a.txt", folder)
    db = tmp_path / "kb.sqlite3"
    ingest([folder], db)
    answer = Engine(load(db)).ask("what did Gail Turner say")
    assert any("(https://evil.example/login)" in line for line in answer.details), answer.details
    description = answer_embed(answer).description or ""
    assert "read my manifesto" in description and "evil.example/login" in description
    assert not live("masked_link", description) and not live("mention", description)
