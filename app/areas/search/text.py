"""Word-prefix matching of a search query, done by the database: PostgreSQL full-text search
(`to_tsvector('simple', ...) @@ 'word:* & ...'`), and on SQLite the same rule with LIKE over the
text with its separators turned into spaces. Every word of the query must begin a word of the
document, as Meilisearch matches the last word of a query (Zou's search engine)."""

import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, String, Text, and_, cast, func, literal, literal_column, or_

from app.core.sql import is_postgres

# A word: letters and digits; underscores, dashes and punctuation separate words (Zou indexes
# `Hero_prop-x` as `Hero prop x` too).
WORD = re.compile(r"[^\W_]+")
SEPARATORS = "_-/.,:;()[]{}'\"!?&+@"
PG_JOINERS = "./@-"


def words(text: str | None) -> list[str]:
    return [word.lower() for word in WORD.findall(text or "")]


def matches(query_words: Iterable[str], text: str | None) -> bool:
    """Whether any query word begins a word of `text` (which fields matched: `matched_terms`)."""
    tokens = words(text)
    return any(token.startswith(word) for word in query_words for token in tokens)


def json_values(column: Any, table_name: str, skipped_keys: tuple[str, ...] = ()) -> ColumnElement[str]:
    """The values of a JSON object column as one text (neither its keys nor `skipped_keys`' values
    are searched). The keys are fixed names of ours, never user input."""
    keys = ", ".join(f"'{key}'" for key in skipped_keys)
    if is_postgres():
        source = column.op("-")(literal_column(f"ARRAY[{keys}]::text[]")) if skipped_keys else column
        return cast(func.jsonb_path_query_array(source, literal_column("'$.*'::jsonpath")), Text)
    where = f" WHERE key NOT IN ({keys})" if skipped_keys else ""
    return literal_column(
        f"(SELECT group_concat(value, ' ') FROM json_each({table_name}.data){where})", String
    )


def document(*parts: Any) -> ColumnElement[str]:
    """The searched text: the parts joined by spaces, NULLs skipped."""
    return func.concat_ws(" ", *parts) if is_postgres() else func.trim(_sqlite_concat(parts))


def _sqlite_concat(parts: tuple[Any, ...]) -> ColumnElement[str]:
    text: Any = literal(" ")
    for part in parts:
        text = text + func.coalesce(part, "") + literal(" ")
    return text


def condition(doc: ColumnElement[str], query_words: list[str]) -> ColumnElement[bool]:
    """Every word begins a word of `doc`."""
    if is_postgres():
        # The parser splits on underscores and most punctuation, but keeps `a.b`, `a/b`, `a@b`
        # whole and reads `-010` as a signed number: those characters become spaces (a short
        # translation: the text is built for every row).
        spaced = func.translate(doc, PG_JOINERS, " " * len(PG_JOINERS))
        tsquery = " & ".join(f"{word}:*" for word in query_words)
        return func.to_tsvector("simple", spaced).op("@@")(func.to_tsquery("simple", tsquery))
    spaced = func.lower(doc)
    for separator in SEPARATORS:
        spaced = func.replace(spaced, separator, " ")
    spaced = literal(" ") + spaced
    return and_(*[spaced.like(f"% {word}%") for word in query_words]) if query_words else or_()
