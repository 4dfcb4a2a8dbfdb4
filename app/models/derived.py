"""The tables triggers keep from Zou's tables: not models, never written by the application."""

from app.models.news_scope import NEWS_SCOPE
from app.models.task_json import TASK_JSON

DERIVED_TABLES = frozenset((TASK_JSON.name, NEWS_SCOPE.name))


def is_derived_table(name: str) -> bool:
    return name in DERIVED_TABLES
