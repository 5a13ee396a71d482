"""Answers as Discord embeds, always within Discord's limits whatever the data.

`answer_pages` lays an `Answer` out as one embed per page (its lead on every page, its detail lines
spread over the pages, lists of seats, suggestions, disagreements between sources, sources in the
footer); `answer_embed` is its first page. A seat's candidates are shown once: in the chart when
one is attached, else as text. `fit_embed` then clips any embed to the limits Discord enforces, so
a huge seat (60 candidates, 5000-character names) can never make a reply fail. Every text that
comes from an article or page is made inert first (`handlers.discord_ui.inert`).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import discord

from handlers.answers.answer import Answer
from handlers.answers.replies import candidate_line, short_party
from handlers.discord_ui.chart import party_colour
from handlers.discord_ui.inert import inert
from handlers.discord_ui.outcome import outcome_text
from knowledge.fields import embed_label
from knowledge.lexicon.text import format_votes
from knowledge.records import Candidate, Provenance, Seat

# https://discord.com/developers/docs/resources/message#embed-object-embed-limits
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELDS_LIMIT = 25
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FOOTER_LIMIT = 2048
AUTHOR_LIMIT = 256
TOTAL_LIMIT = 6000

CHART_FILENAME = "result.png"
BLANK = "\u200b"
ANSWERED_COLOUR = discord.Colour.blurple()
REFUSED_COLOUR = discord.Colour.dark_grey()
ERROR_COLOUR = discord.Colour.red()
MAX_SEAT_LINES = 40
# An answer's own text takes at most this much of an embed, leaving room for its fields and sources.
ANSWER_TEXT_LIMIT = 2000
MAX_NAME = 80
CONTINUED_LEAD = 160
# What /help lists (tests/e2e/test_help_command.py checks each is a command the bot registers).
SLASH_COMMANDS = ("/ask · /result · /winner · /margin · /recounts · /candidate · /compare · /closest · /party · "
                  "/national · /sources · /about · /help\n"
                  "Admins: /article add · /reload · /feed add · /feed list · /feed remove · /results channel · "
                  "/results off · /settings show · owner: /article promote\nOr mention me with a question: “@bot who won …?”")


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    value: str
    inline: bool = False


def clip(text: str, limit: int) -> str:
    """`text` cut to `limit` characters, ending with an ellipsis when cut."""
    return text if len(text) <= limit else text[: max(0, limit - 1)].rstrip() + "…"


def _name(text: str | None) -> str:
    return inert(clip(" ".join((text or "").split()), MAX_NAME))


def chunk_lines(title: str, lines: Iterable[str], *, limit: int = FIELD_VALUE_LIMIT) -> list[Field]:
    """Lines packed into as few fields as fit; later fields are titled "<title> (cont.)"."""
    fields: list[Field] = []
    current: list[str] = []
    size = 0
    for line in lines:
        line = clip(line, limit)
        if current and size + 1 + len(line) > limit:
            fields.append(Field(title if not fields else f"{title} (cont.)", "\n".join(current)))
            current, size = [], 0
        current.append(line)
        size += len(line) + (1 if size else 0)
    if current:
        fields.append(Field(title if not fields else f"{title} (cont.)", "\n".join(current)))
    return fields


def _share(candidate: Candidate, total: int | None) -> str:
    if candidate.share_percent is not None:
        return f" ({candidate.share_percent:.1f}%)"
    if total and candidate.votes is not None:
        return f" ({100 * candidate.votes / total:.1f}%)"
    return ""


def candidate_lines(seat: Seat) -> list[str]:
    """One line per candidate, most votes first: winner ticked, party, votes and share."""
    ordered = sorted(seat.candidates, key=lambda c: (not c.elected, c.votes is None, -(c.votes or 0)))
    votes = [c.votes for c in seat.candidates]
    total = sum(v for v in votes if v is not None) if votes and None not in votes else None
    lines = []
    for c in ordered:
        mark = "✅ " if c.elected else ""
        party = f" — {_name(c.party)}" if c.party else ""
        count = f" — {format_votes(c.votes)} votes{_share(c, total)}" if c.votes is not None else " — votes not reported"
        lines.append(f"{mark}**{_name(c.name)}**{party}{count}")
    return lines


def previous_text(previous: Seat) -> str | None:
    """'2015: Con, majority 7,361' for the seat's previous contest."""
    party = previous.get("winner_party")
    if not party:
        return None
    margin = previous.get("margin")
    return (f"{previous.election_year}: {_name(short_party(str(party)))}"
            + (f", majority {format_votes(margin)}" if isinstance(margin, int) else ""))  # type: ignore[arg-type]


def seat_fields(seat: Seat, previous: Seat | None = None) -> list[Field]:
    """The outcome written out and the previous result (inline); the rest is in the answer's text."""
    fields: list[Field] = []
    outcome = outcome_text(seat, previous)
    if outcome:
        fields.append(Field(embed_label("outcome"), _name(outcome), True))
    before = previous_text(previous) if previous is not None else None
    if before:
        fields.append(Field("Previous result", before, True))
    return fields


def conflict_lines(seat: Seat) -> list[str]:
    return [f"{c.field}{f' ({_name(c.candidate)})' if c.candidate else ''}: {_name(str(c.kept))} "
            f"({_name(c.kept_source.file)}) vs {_name(str(c.other))} ({_name(c.other_source.file)})"
            for c in seat.conflicts]


def seat_list_lines(seats: list[Seat], limit: int | None = MAX_SEAT_LINES) -> list[str]:
    """One line per seat: name, year, winner, margin (the first `limit`, then '… and N more')."""
    lines = []
    for seat in seats[:limit]:
        year = f" ({seat.election_year})" if seat.election_year else ""
        winner = seat.get("winner")
        margin = seat.get("margin")
        details = [_name(str(winner)) if winner else None,
                   f"margin {format_votes(margin)}" if margin is not None else None,  # type: ignore[arg-type]
                   f"{seat.get('recounts')} recount(s)" if seat.get("recounts") else None]
        text = ", ".join(d for d in details if d)
        lines.append(f"**{_name(seat.constituency)}**{year}" + (f": {text}" if text else ""))
    if limit is not None and len(seats) > limit:
        lines.append(f"… and {len(seats) - limit} more")
    return lines


def sources_footer(sources: Iterable[Provenance]) -> str | None:
    """'Sources: article a.txt, 2017-06-10; …' with each file once, or None without sources."""
    seen: dict[tuple[str, str], str] = {}
    for p in sources:
        seen.setdefault((p.origin, p.file), p.cite())
    if not seen:
        return None
    return clip("Sources: " + "; ".join(seen.values()), FOOTER_LIMIT)


def answer_title(answer: Answer) -> str:
    if answer.seat is not None:
        year = f" — {answer.seat.election_year}" if answer.seat.election_year else ""
        return inert(f"{answer.seat.constituency}{year}")
    if not answer.answered:
        return "I can't answer that"
    return {"about": "About this bot", "help": "Help", "closest": "Closest results",
            "recounts": "Recounts", "party": "Party results", "sources": "Sources"}.get(answer.intent,
                                                                                         "Election results")


def fit_lines(lines: Iterable[str], limit: int) -> str:
    """Whole lines joined within `limit` characters; lines that do not fit become '… and N more lines'."""
    lines = [line for line in lines if line]
    out: list[str] = []
    used = 0
    for i, line in enumerate(lines):
        left = len(lines) - i
        reserve = 0 if left == 1 else 30
        if used + len(line) + 1 + reserve > limit:
            if not out:
                out.append(clip(line, limit - reserve))
                left -= 1
            if left:
                out.append(f"… and {left} more line{'s' if left != 1 else ''}")
            break
        out.append(line)
        used += len(line) + 1
    return "\n".join(out)


def detail_lines(answer: Answer, *, chart: bool = False) -> list[str]:
    """The answer's detail lines as shown, made inert; with a chart, the candidate lines it replaces are left out."""
    lines = list(answer.details)
    if chart and answer.seat is not None:
        listed = {candidate_line(c, answer.seat) for c in answer.seat.candidates}
        kept = [line for line in lines if line not in listed]
        if len(kept) < len(lines):
            kept.append("The candidates' votes and shares are in the chart below.")
        lines = kept
    return [inert(line) for line in lines if line]


def page_lines(lines: list[str], limit: int) -> list[list[str]]:
    """Whole lines grouped into pages of at most `limit` characters (a longer line is clipped)."""
    pages: list[list[str]] = [[]]
    used = 0
    for line in lines:
        line = clip(line, limit)
        if pages[-1] and used + len(line) + 1 > limit:
            pages.append([])
            used = 0
        pages[-1].append(line)
        used += len(line) + 1
    return pages


def answer_description(answer: Answer, limit: int = ANSWER_TEXT_LIMIT) -> str:
    """The answer's lead and details on one page (its sources go in the footer)."""
    return fit_lines([inert(answer.lead), *detail_lines(answer)], limit)


def answer_embed(answer: Answer, *, chart: bool = False, previous: Seat | None = None) -> discord.Embed:
    """The first page of an answer; with `chart`, it shows attachment://result.png as its image."""
    return answer_pages(answer, chart=chart, previous=previous)[0]


def answer_pages(answer: Answer, *, chart: bool = False, previous: Seat | None = None,
                 limit: int = ANSWER_TEXT_LIMIT) -> list[discord.Embed]:
    """An answer as pages: each repeats the lead and the fields, and carries the next detail lines."""
    lead = clip(inert(answer.lead), limit // 2)
    # An answer about many seats without lines of its own (a party's seats) lists every seat, paged.
    lines = detail_lines(answer, chart=chart) if answer.details or not answer.seats else \
        seat_list_lines(answer.seats, limit=None)
    first = page_lines(lines, limit - len(lead) - 1)[0]
    # Later pages open with the lead shortened, so a long lead leaves them room for their lines.
    later_lead = clip(lead, CONTINUED_LEAD)
    groups = [first, *page_lines(lines[len(first):], limit - len(later_lead) - 1)] if lines[len(first):] else [first]
    pages = [_page(answer, "\n".join([lead if number == 0 else later_lead, *group]), chart, previous)
             for number, group in enumerate(groups)]
    if len(pages) > 1:
        for number, page in enumerate(pages, 1):
            footer = f"Page {number} of {len(pages)}" + (f" · {page.footer.text}" if page.footer.text else "")
            page.set_footer(text=clip(footer, FOOTER_LIMIT))
    return pages


def _page(answer: Answer, description: str, chart: bool, previous: Seat | None) -> discord.Embed:
    colour = ANSWERED_COLOUR if answer.answered else REFUSED_COLOUR
    if answer.seat is not None and answer.seat.get("winner_party"):
        colour = discord.Colour.from_rgb(*party_colour(str(answer.seat.get("winner_party"))))
    embed = discord.Embed(title=answer_title(answer), description=description or BLANK, colour=colour)
    fields: list[Field] = []
    if answer.seat is not None:
        fields += seat_fields(answer.seat, previous)
        lists_candidates = any(candidate_line(c, answer.seat) in answer.details for c in answer.seat.candidates)
        if not chart and not lists_candidates:
            fields += chunk_lines("Candidates", candidate_lines(answer.seat))
        fields += chunk_lines("Sources disagree", conflict_lines(answer.seat))
    if answer.intent == "help":
        fields += [Field("Slash commands", SLASH_COMMANDS)]
    elif answer.suggestions:
        fields += chunk_lines("Did you mean", [_name(s) for s in answer.suggestions[:20]])
    for field in fields:
        embed.add_field(name=field.name, value=field.value, inline=field.inline)
    sources = list(answer.sources) or (answer.seat.sources if answer.seat is not None else [])
    footer = sources_footer(sources)
    if footer:
        embed.set_footer(text=footer)
    if chart:
        embed.set_image(url=f"attachment://{CHART_FILENAME}")
    return fit_embed(embed)


def message_embed(title: str, text: str, *, error: bool = False) -> discord.Embed:
    """A plain titled message (refusals, errors, admin reports)."""
    return fit_embed(discord.Embed(title=title, description=text or BLANK,
                                   colour=ERROR_COLOUR if error else ANSWERED_COLOUR))


def fit_embed(embed: discord.Embed) -> discord.Embed:
    """Clip `embed` in place to every Discord limit (per part and 6000 in total) and return it."""
    if embed.title:
        embed.title = clip(embed.title, TITLE_LIMIT)
    if embed.description:
        embed.description = clip(embed.description, DESCRIPTION_LIMIT)
    if embed.footer.text:
        embed.set_footer(text=clip(embed.footer.text, FOOTER_LIMIT), icon_url=embed.footer.icon_url)
    if embed.author.name:
        embed.set_author(name=clip(embed.author.name, AUTHOR_LIMIT), url=embed.author.url,
                         icon_url=embed.author.icon_url)
    fields = [(clip(f.name or BLANK, FIELD_NAME_LIMIT) or BLANK, clip(f.value or BLANK, FIELD_VALUE_LIMIT) or BLANK,
               bool(f.inline)) for f in embed.fields]
    if len(fields) > FIELDS_LIMIT:
        more = len(fields) - FIELDS_LIMIT + 1
        fields = fields[: FIELDS_LIMIT - 1] + [("More", f"… {more} more sections not shown", False)]
    embed.clear_fields()
    for name, value, inline in fields:
        embed.add_field(name=name, value=value, inline=inline)
    _fit_total(embed)
    return embed


def _fit_total(embed: discord.Embed) -> None:
    """Drop fields from the end, then shorten the description and footer, until the total fits."""
    while len(embed) > TOTAL_LIMIT and embed.fields:
        embed.remove_field(len(embed.fields) - 1)
    if len(embed) > TOTAL_LIMIT and embed.footer.text:
        keep = max(1, len(embed.footer.text) - (len(embed) - TOTAL_LIMIT))
        embed.set_footer(text=clip(embed.footer.text, keep), icon_url=embed.footer.icon_url)
    if len(embed) > TOTAL_LIMIT and embed.description:
        keep = max(1, len(embed.description) - (len(embed) - TOTAL_LIMIT))
        embed.description = clip(embed.description, keep)
