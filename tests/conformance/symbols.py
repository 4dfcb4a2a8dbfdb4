"""Replace run-dependent values (ids, dates, tokens) of an answer by symbols, the same way on both sides."""

import re
from typing import Any

UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
UUID_FULL = re.compile(f"^{UUID}$", re.I)
UUID_ANY = re.compile(UUID, re.I)
JWT = re.compile(r"^eyJ[\w-]+\.[\w-]+\.[\w-]+$")
DATE = re.compile(r"^\d{4}-\d\d-\d\d$")
# Any ISO-looking datetime: the naive `YYYY-MM-DDTHH:MM:SS` Zou sends becomes `<datetime>`, any other
# shape keeps its shape in the symbol so a format difference still shows.
DATETIME = re.compile(r"^\d{4}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?$")
NAIVE_DATETIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$")
ID_SYMBOL = re.compile(r"^<(id:.*|uuid)>$")
# Keys whose value names an object well enough to give its id a readable symbol.
LABEL_KEYS = ("name", "email", "short_name")


def input_dates(steps: list[dict]) -> set[str]:
    """The dates a scenario sends: answers echoing them are deterministic, so they are kept."""
    found: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, str) and (DATE.match(value[:10]) and len(value) >= 10):
            found.add(value[:10])

    for step in steps:
        walk([step.get("path"), step.get("query"), step.get("body")])
    return found


class Symbols:
    """One side's table of raw id -> symbol, filled by saved names first, then by labelled objects."""

    def __init__(self, kept_dates: set[str]):
        self.kept_dates = kept_dates
        self.by_value: dict[str, str] = {}

    def name(self, raw: str, name: str) -> None:
        if isinstance(raw, str) and UUID_FULL.match(raw):
            self.by_value[raw.lower()] = f"<id:{name}>"

    def learn(self, body: Any) -> None:
        """Name the ids of objects carrying a type and a label (`<id:TaskType:Animation>`), unless
        already named: init data ids are then comparable without saving each one. A label that names
        two ids (events share their names) names neither: it would not say which is which."""
        found: dict[str, set[str]] = {}
        _labelled(body, found)
        taken = set(self.by_value.values())
        for symbol, ids in found.items():
            if len(ids) == 1 and symbol not in taken:
                self.by_value.setdefault(ids.pop(), symbol)

    def value(self, raw: Any) -> Any:
        if isinstance(raw, dict):
            return {self.text(key): self.value(item) for key, item in raw.items()}
        if isinstance(raw, list):
            items = [self.value(item) for item in raw]
            # A list of bare ids is a relation (team, asset_types, entities_out): Zou sends it in
            # database order, which follows the random ids, so it is compared as a set.
            if items and all(isinstance(item, str) and ID_SYMBOL.match(item) for item in items):
                return sorted(items)
            return items
        if isinstance(raw, str):
            return self.text(raw)
        return raw

    def text(self, raw: str) -> str:
        if JWT.match(raw):
            return "<token>"
        if DATETIME.match(raw) and raw[:10] not in self.kept_dates:
            if NAIVE_DATETIME.match(raw):
                return "<datetime>"
            return "<datetime:" + re.sub(r"\d", "0", raw) + ">"
        if DATE.match(raw) and raw not in self.kept_dates:
            return "<date>"
        return UUID_ANY.sub(lambda m: self.by_value.get(m.group(0).lower(), "<uuid>"), raw)


def _labelled(body: Any, found: dict[str, set[str]]) -> None:
    if isinstance(body, list):
        for item in body:
            _labelled(item, found)
    elif isinstance(body, dict):
        raw, kind = body.get("id"), body.get("type")
        label = next((body[k] for k in LABEL_KEYS if isinstance(body.get(k), str)), None)
        if isinstance(raw, str) and UUID_FULL.match(raw) and isinstance(kind, str) and label:
            found.setdefault(f"<id:{kind}:{label}>", set()).add(raw.lower())
        for item in body.values():
            _labelled(item, found)
