"""Parties: one record per party with every way it is written, how answers name it, and finding it in text.

`PARTIES` is the one table; `PARTY_ALIASES`, `PARTY_NOUNS`, `SHORT_NAMES`, `TYPED_ALIASES` and
`COLUMN_ABBREVIATIONS` are views of it for the reader (articles, results tables) and the question side.
A new party or a new way of writing one is one change to its row.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from knowledge.lexicon.text import fold


@dataclass(frozen=True, slots=True)
class Party:
    """One party: its canonical name and how it is written and said.

    - `aliases`: how newspapers and results files write it (matched case-insensitively unless listed
      in `CASE_SENSITIVE_ALIASES`);
    - `typed`: further lower-case forms people type in questions ("lib-dem", "loonies");
    - `columns`: abbreviations seen only in a results table's party column ("ED", "Ref");
    - `noun`: how an answer names it as a sentence's subject or object ("the Conservatives");
      without one, its name ("Labour", "Plaid Cymru");
    - `short`: its name in long lists ("SNP", "Con").
    """

    name: str
    aliases: tuple[str, ...] = ()
    typed: tuple[str, ...] = ()
    columns: tuple[str, ...] = ()
    noun: str | None = None
    short: str | None = None


SPEAKER = "Speaker"  # the Speaker of the House standing for re-election: a role, written as a party
PARTIES: tuple[Party, ...] = (
    Party('Labour', aliases=('Labour Party', 'Lab', 'Welsh Labour', 'Scottish Labour', 'Labour and Co-operative', 'Labour Co-operative', 'Labour Co-op', 'Lab Co-op', 'Labour and Co-operative Party'), columns=('L', 'Lab Co-op', 'Lab/Co-op'), short='Lab'),
    Party('Conservative', aliases=('Conservatives', 'Conservative Party', 'Con', 'Tory', 'Tories', 'Conservative and Unionist', 'Conservative and Unionist Party', 'Scottish Conservative', 'Scottish Conservatives', 'Welsh Conservative', 'Welsh Conservatives'), typed=('tory party', 'the tories', 'conservative party'), columns=('C', 'Con/Unionist'), noun='the Conservatives', short='Con'),
    Party('Liberal Democrat', aliases=('Liberal Democrats', 'Lib Dem', 'Lib Dems', 'LibDem', 'LibDems', 'LD', 'Scottish Liberal Democrats', 'Welsh Liberal Democrats', 'Scottish Liberal Democrat', 'Welsh Liberal Democrat', 'Liberal Democrat Party'), typed=('libdem', 'lib-dem', 'lib dems', 'liberals democrats', 'liberal dems'), columns=('LDem', 'Lib Dem'), noun='the Liberal Democrats', short='Lib Dem'),
    Party('Scottish National Party', aliases=('SNP', 'Scottish Nationalists', 'Scottish National', 'Scottish Nationalist Party', 'Scottish Nationalist'), typed=('nationalists',), noun='the SNP', short='SNP'),
    Party('Plaid Cymru', aliases=('Plaid', 'PC', 'Plaid Cymru - The Party of Wales')),
    Party('Green', aliases=('Green Party', 'Greens', 'Grn', 'Scottish Green', 'Scottish Greens', 'Scottish Green Party', 'Green Party of England and Wales', 'Wales Green Party'), typed=('green', 'greens'), columns=('Green', 'Gre', 'Grn', 'G'), noun='the Greens'),
    Party('UKIP', aliases=('UK Independence Party', 'United Kingdom Independence Party'), typed=('ukip',), columns=('UKIP',)),
    Party('Democratic Unionist Party', aliases=('DUP', 'Democratic Unionist', 'Democratic Unionists'), noun='the DUP', short='DUP'),
    Party('Sinn Fein', aliases=('Sinn Féin', 'SF'), noun='Sinn Féin'),
    Party('SDLP', aliases=('Social Democratic and Labour Party', 'Social Democratic & Labour Party'), noun='the SDLP'),
    Party('Ulster Unionist Party', aliases=('UUP', 'Ulster Unionist', 'Ulster Unionists'), noun='the UUP', short='UUP'),
    Party('Alliance', aliases=('Alliance Party', 'Alliance Party of Northern Ireland', 'APNI'), typed=('alliance',), columns=('All', 'Alli', 'Alliance'), noun='the Alliance party'),
    Party('Independent', aliases=('Ind',), typed=('independent', 'independents'), columns=('Ind', 'Indep'), noun='independents'),
    Party('Brexit Party', aliases=('Brexit', 'The Brexit Party', 'Brex'), typed=('brexit party',), columns=('BXP', 'Brx'), noun='the Brexit Party'),
    Party('People Before Profit', aliases=('People Before Profit Alliance', 'PBP', 'PBPA'), columns=('PBP',)),
    Party("Women's Equality Party", aliases=('WEP', "Women's Equality"), noun="the Women's Equality Party"),
    Party('Christian Party', aliases=("Christian Party, Proclaiming Christ's Lordship", "Christian Party Proclaiming Christ's Lordship"), noun='the Christian Party'),
    Party('Monster Raving Loony Party', aliases=('Official Monster Raving Loony Party', 'Monster Raving Loony', 'Loony Party', 'MRLP'), typed=('loony', 'loonies', 'raving loony', 'official monster raving loony'), columns=('Loony', 'OMRLP'), noun='the Monster Raving Loony Party', short='Loony'),
    Party('Trade Unionist and Socialist Coalition', aliases=('TUSC',)),
    Party('Socialist Party of Great Britain', aliases=('The Socialist Party of Great Britain', 'SPGB')),
    Party('Christian Peoples Alliance', aliases=('Christian Peoples Alliance Party', "Christian People's Alliance", 'CPA')),
    Party('English Democrats', aliases=('English Democrat',), columns=('ED', 'Eng Dem'), noun='the English Democrats'),
    Party('Yorkshire Party', aliases=('The Yorkshire Party',), columns=('Yorks', 'YP'), noun='the Yorkshire Party'),
    Party('Social Democratic Party', aliases=('SDP',), noun='the SDP'),
    Party('Liberal', aliases=('Liberal Party',), columns=('Lib',), noun='the Liberals'),
    Party('British National Party', aliases=('BNP',), noun='the BNP'),
    Party('Traditional Unionist Voice', aliases=('TUV',), noun='the TUV'),
    Party('Mebyon Kernow'),
    Party('National Health Action Party', aliases=('National Health Action',)),
    Party('Pirate Party'),
    Party('Animal Welfare Party'),
    Party('Workers Revolutionary Party', aliases=('WRP',)),
    Party('Communist Party of Britain', columns=('COMM', 'Comm')),
    Party('Socialist Labour Party', columns=('Soc Lab',)),
    Party('Cannabis is Safer than Alcohol', aliases=('Cannabis is Safer than Alcohol Party', 'CISTA')),
    Party('Aontú', aliases=('Aontu',), columns=('Aon',)),
    Party(SPEAKER, aliases=('The Speaker', 'Spk', 'Speaker seeking re-election'), noun='the Speaker'),
    Party('Independent Group for Change', aliases=('Change UK', 'The Independent Group for Change'), noun='Change UK'),
    Party('Reform UK', aliases=('Reform', 'RUK', 'Reform UK Party', 'Reform Party'), typed=('reform uk',), columns=('Ref', 'RefUK', 'Reform UK')),
    Party('Workers Party of Britain', aliases=('Workers Party', 'WPB', "Workers' Party", "Workers' Party of Britain")),
    Party('Heritage Party'),
    Party('Scottish Socialist Party', columns=('SSP',)),
    Party('Respect', aliases=('Respect Party',)),
)

PARTY_ALIASES: dict[str, tuple[str, ...]] = {p.name: p.aliases for p in PARTIES}
PARTY_NOUNS: dict[str, str] = {p.name: p.noun for p in PARTIES if p.noun}
SHORT_NAMES: dict[str, str] = {p.name: p.short for p in PARTIES if p.short}
TYPED_ALIASES: dict[str, tuple[str, ...]] = {p.name: p.typed for p in PARTIES if p.typed}
COLUMN_ABBREVIATIONS: dict[str, str] = {abbr: p.name for p in PARTIES for abbr in p.columns}

# Short forms that are ordinary words or initials in lower case: only their exact capitals count.
CASE_SENSITIVE_ALIASES = frozenset({"Con", "Lab", "LD", "PC", "SF", "Ind", "Grn", "Brexit", "Plaid", "Reform",
                                    "Liberal", "Alliance", "Green", "Greens", "Independent", "Respect",
                                    "Speaker", "The Speaker", "CPA", "SDP", "WEP", "TUV", "WRP", "Brex", "RUK",
                                    "WPB", "Spk", "Workers Party"})
# Of those, the ones a question (typed in lower case) uses as ordinary words ("con", "say about brexit"):
# never a party in a question unless typed in a longer form.
ORDINARY_WORD_ALIASES = frozenset({"con", "lab", "ind", "pc", "sf", "brexit", "reform", "respect", "speaker",
                                   "the speaker", "cpa", "liberal", "grn"})
# Of those, the party names a question about seats and votes uses as they are ("which seats did reform
# win", "the speaker's majority"); the question reader says where they name the party. Initials ("con",
# "lab") never name one in a question.
ORDINARY_PARTY_NAMES = frozenset({"reform", "respect", "speaker", "the speaker"})


def party_noun(name: str) -> str:
    """How a sentence names the party called `name` ("the Conservatives", "Labour")."""
    full = canonical_party(name) or name
    return PARTY_NOUNS.get(full, full)


def short_name(name: str) -> str:
    """The party's name in long lists ("Scottish National Party" -> "SNP")."""
    full = canonical_party(name) or name
    return SHORT_NAMES.get(full, full)


def column_party(cell: str) -> str | None:
    """The party a results table's party cell names by abbreviation ("ED", "COMM"), else None."""
    cell = " ".join(cell.split())
    return COLUMN_ABBREVIATIONS.get(cell) or COLUMN_ABBREVIATIONS.get(cell.title() if cell.isupper() else cell)


@lru_cache(maxsize=1)
def _alias_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for canonical, aliases in PARTY_ALIASES.items():
        for alias in (canonical, *aliases):
            table[_party_key(alias)] = canonical
    return table


def _party_key(text: str) -> str:
    key = re.sub(r"[^a-z0-9' ]+", " ", fold(text))
    key = re.sub(r"\s+", " ", key).strip()
    return key[4:] if key.startswith("the ") else key


def canonical_party(name: str | None) -> str | None:
    """The canonical name of a party written as `name`; a party we do not know keeps its own name.

    >>> canonical_party("Lib Dems"), canonical_party("tories"), canonical_party("Pirate Party")
    ('Liberal Democrat', 'Conservative', 'Pirate Party')
    """
    if name is None:
        return None
    cleaned = " ".join(name.split()).strip(" ,;:-")
    if not cleaned:
        return None
    table = _alias_table()
    key = _party_key(cleaned)
    if key in table:
        return table[key]
    # "Scottish Labour Party", "Scottish Conservative and Unionist Party": a national branch of a known party
    core = re.sub(r"^(?:scottish|welsh|ulster|northern ireland) | party$", "", key)
    core = re.sub(r" party$", "", core)
    return table.get(core, cleaned)


def is_known_party(name: str) -> bool:
    """Whether `name` is a party in the table (by its name or an alias)."""
    return _party_key(name) in _alias_table()


@lru_cache(maxsize=1)
def party_pattern() -> re.Pattern[str]:
    """A regex that finds any party name or alias in running text (longest alias first).

    Case-sensitive short aliases only match in their exact capitals or all capitals ("CON", "LAB").
    The aliases are grouped by first letter behind a one-letter lookahead, so at each word only
    the few aliases that can start there are tried (about 2.5 times faster than one flat list).
    """
    by_letter: dict[str, list[str]] = {}
    aliases = sorted({a for c, al in PARTY_ALIASES.items() for a in (c, *al)}, key=len, reverse=True)
    for alias in aliases:
        escaped = re.escape(alias).replace(r"\ ", r"\s+").replace("'", "['\u2019]")
        if alias in CASE_SENSITIVE_ALIASES:
            upper = re.escape(alias.upper()).replace(r"\ ", r"\s+")
            part = f"(?:{escaped}|{upper})"
        else:
            part = f"(?i:{escaped})"
        by_letter.setdefault(alias[0].lower(), []).append(part)
    groups = [f"(?=[{re.escape(letter)}{re.escape(letter.upper())}])(?:{'|'.join(parts)})"
              for letter, parts in by_letter.items()]
    return re.compile(r"(?<![\w'])(?:" + "|".join(groups) + r")(?![\w])")
