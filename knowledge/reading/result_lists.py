"""Result lists: one candidate per line or per item, in the layouts newspapers use.

    SNP Angus MacNeil 6013                  Byron Davies, Conservative, 15,862
    CROWTHER, David (Liberal Democrat) 1,334    Pete Wishart (SNP) 21,804
    Charlie Allen | Green Party | 802        Wera Hobhouse – Liberal Democrat – 23,436
    Gloria De Piero Labour: 21,285, Tony Harper Conservative: 20,844; Arran Rangi, Green Party: 398
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.lexicon.numbers import parse_number
from knowledge.lexicon.parties import canonical_party, column_party
from knowledge.lexicon.text import name_key
from knowledge.reading.mentions import NOT_NAME_WORDS, PARTICLES, find_parties

# An item ends with its vote count; items in one line are separated by ',' or ';' after a number.
_ITEM_SPLIT = re.compile(r"(?<=\d)\s*[;,]\s+(?=[A-Z])|(?<=\d)\.\s+(?=[A-Z])")
# Searched in text with single spaces and no trailing space, so that no run of spaces is scanned twice.
_TRAILING_VOTES = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(?: ?votes?)?(?: ?\( ?\d+(?:\.\d+)? ?(?:%|per ?cent) ?\))?[.;]?$")
_FIELD_SPLIT = re.compile(r"\s*(?:\||–|—|\s-\s|,|\(|\)|:)\s*")
_ROW_SEPARATOR = re.compile(r"\s[-–—|]\s|[()|]|[–—]")
# The last word of a party's name that no person's name ends with.
_PARTY_WORD = re.compile(r"\b(?:Party|Independents?|Alliance|Democrats?|Movement|Unionists?|League|Coalition)$")
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’-]*|[A-Z]{2,}[\w'’-]*|[A-Z]\.)$")
_BULLET = re.compile(r"^\s*(?:[•·▪◦‣*]|-(?=\s)|\d{1,2}[.)](?=\s))\s*")
# What may follow a row's votes: its share and change ("45.1%", "(45.1%)", "+3.2") and an 'elected' mark.
_AFTER_VOTES = re.compile(
    r"^[,;–—-]?\(?(?:[+\-−±]\d+(?:\.\d+)?%?|\d+\.\d+%?|\d+%|elected|re-?elected|winner|per|cent|%)\)?[,;.]?$",
    re.IGNORECASE)
_LEAD_IN = re.compile(r"^.*?(?:results?|polled|follows|were|was|order|full|declared)[^:]*:\s*", re.IGNORECASE)
# A lead-in of an earlier election's figures ("Previous result (2017): ...", "Last time: ..."): not this result.
_PAST_LEAD_IN = re.compile(r"\b(?:previous|prior|earlier|last time|last election|notional|former|in (?:19|20)\d\d)\b",
                           re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ListEntry:
    name: str
    party: str | None
    votes: int


def parse_entries(text: str) -> list[ListEntry]:
    """Every candidate entry in a line of text; [] when the line is not a result list."""
    lead_in = _LEAD_IN.match(text) if ":" in text else None
    if lead_in and _PAST_LEAD_IN.search(lead_in.group()):
        return []
    body = text[lead_in.end():] if lead_in else text
    entries = []
    for chunk in _ITEM_SPLIT.split(body.strip()):
        entry = parse_entry(chunk)
        if entry is None:
            return []
        entries.append(entry)
    return entries


def parse_entry(chunk: str) -> ListEntry | None:
    """One 'name, party, votes' item in any common layout, or None."""
    chunk = _BULLET.sub("", chunk, count=1)
    chunk = " ".join(chunk.split())
    if len(chunk) > 160:
        return None  # an item is a name, a party and a figure, not a paragraph
    match = _TRAILING_VOTES.search(chunk)
    if not match:
        chunk = _without_share_and_change(chunk)
        match = _TRAILING_VOTES.search(chunk)
    if not match:
        return None
    votes = parse_number(match.group(1))
    head = chunk[:match.start()].strip(" :|,–—-")
    if not isinstance(votes, int) or not head or len(head) > 120:
        return None
    fields = [f for f in _FIELD_SPLIT.split(head) if f.strip()]
    name_fields, party = _split_fields(fields, separated=bool(_ROW_SEPARATOR.search(head)))
    if not name_fields:
        return None
    name = join_name(name_fields)
    if name is None:
        return None
    return ListEntry(name=name, party=party, votes=votes)


def _without_share_and_change(chunk: str) -> str:
    """'Jo Bloggs 21,012 45.1 +3.2 Elected' -> 'Jo Bloggs 21,012' (only when a whole number is left at the end)."""
    words = chunk.split()
    end = len(words)
    while end > 1 and (_AFTER_VOTES.match(words[end - 1]) or words[end - 1] in "-–—,;"):
        end -= 1
    if end == len(words) or not words[end - 1].rstrip(",;–—-").replace(",", "").isdigit():
        return chunk
    return " ".join(words[:end])


def _split_fields(fields: list[str], *, separated: bool = False) -> tuple[list[str], str | None]:
    """(the fields that make the name, the party) from an item's fields; `separated` when they are set apart
    by a row's dashes, pipes or brackets (not only commas, as prose would be)."""
    party: str | None = None
    names: list[str] = []
    if len(fields) == 1 and " " in fields[0] and not find_parties(fields[0]) and column_party(fields[0].split()[0]):
        first, rest = fields[0].split(" ", 1)  # "COMM Laura-Jane Rossington": a column abbreviation first
        if looks_like_name(rest):
            return [rest], column_party(first)
    for field in fields:
        parties = find_parties(field)
        whole = parties and parties[0].start == 0 and parties[0].end >= len(field.rstrip(": "))
        if whole and party is None:
            party = parties[0].party
        elif parties and party is None and len(fields) == 1 + len(names) and not names:
            # one field holding both: "SNP Angus MacNeil" or "Gloria De Piero Labour"
            p = parties[0]
            before, after = field[:p.start].strip(), field[p.end:].strip()
            if before and after:
                return [], None
            party = p.party
            names.append(before or after)
        elif (separated or _PARTY_WORD.search(field)) and looks_like_name(field) and names and party is None \
                and not _surname_first(names[0]):
            # "Kim Rose - Barset First 1,122": after a name in full, a capitalised field is the party
            party = canonical_party(field)
        elif looks_like_name(field):
            names.append(field)
        elif party is None and names and len(field.split()) <= 8:
            party = canonical_party(field)  # a party the lexicon does not know, in its own field
        else:
            return [], None
    return names, party


def _surname_first(field: str) -> bool:
    """'CROWTHER' of 'CROWTHER, David': a surname in capitals, whose given names follow in the next field."""
    return field.replace(" ", "").replace("-", "").replace("'", "").isupper()


def looks_like_name(field: str) -> bool:
    words = field.split()
    if not words or len(words) > 6:
        return False
    ok = all(_NAME_WORD.match(w) or w in PARTICLES for w in words)
    return ok and not all(name_key(w) in NOT_NAME_WORDS for w in words)


def join_name(fields: list[str]) -> str | None:
    """'CROWTHER', 'David' -> 'David Crowther'; 'Wera Hobhouse' -> itself."""
    if len(fields) == 1:
        words = fields[0].split()
        return " ".join(tidy_case(w) if w.isupper() and len(w) > 1 else w for w in words)
    if len(fields) == 2 and _surname_first(fields[0]):
        surname = " ".join(tidy_case(w) for w in fields[0].split())
        return f"{fields[1].strip()} {surname}"
    return None


def tidy_case(word: str) -> str:
    """'MCCALLION' -> 'McCallion', "O'MARA" -> "O'Mara", 'LLOYD-JOHNSON' -> 'Lloyd-Johnson'."""
    parts = re.split(r"([-'’])", word.lower())
    out = []
    for part in parts:
        if part in ("-", "'", "’"):
            out.append(part)
            continue
        fixed = part[:1].upper() + part[1:]
        if fixed.startswith("Mc") and len(fixed) > 2:
            fixed = "Mc" + fixed[2].upper() + fixed[3:]
        out.append(fixed)
    return "".join(out)
