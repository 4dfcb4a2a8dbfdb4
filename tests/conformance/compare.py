"""Compare our exchanges with Zou's recorded ones: one difference per JSON path, declared ones set apart."""

import json
import re
from dataclasses import dataclass
from typing import Any

MISSING = "<missing>"


@dataclass(frozen=True)
class Difference:
    area: str
    index: int
    step: str
    path: str  # `status`, `content_type`, `request`, `body`, `body.key`, `body[0].key`
    zou: Any
    ours: Any

    def __str__(self) -> str:
        where = f"{self.area} #{self.index} {self.step!r} {self.path}"
        return f"{where}: zou {_show(self.zou)} | ours {_show(self.ours)}"


def _show(value: Any) -> str:
    text = value if value == MISSING else json.dumps(value, sort_keys=True)
    if len(text) > 90:
        text = text[:87] + "..."
    kind = {
        dict: "object",
        list: "array",
        str: "string",
        bool: "bool",
        type(None): "null",
        float: "float",
    }.get(type(value), "int")
    return text if value == MISSING else f"{text} ({kind})"


def diff_values(zou: Any, ours: Any, path: str) -> list[tuple[str, Any, Any]]:
    if isinstance(zou, dict) and isinstance(ours, dict):
        found = []
        for key in zou.keys() | ours.keys():
            sub = f"{path}.{key}"
            if key not in ours:
                found.append((sub, zou[key], MISSING))
            elif key not in zou:
                found.append((sub, MISSING, ours[key]))
            else:
                found.extend(diff_values(zou[key], ours[key], sub))
        return sorted(found, key=lambda item: item[0])
    if isinstance(zou, list) and isinstance(ours, list):
        if _by_id(zou) is not None and _by_id(ours) is not None:
            return _diff_rows(zou, ours, path)
        if len(zou) != len(ours):
            return [(f"{path}.length", len(zou), len(ours)), *_diff_items(zou, ours, path)]
        found = []
        for index, (left, right) in enumerate(zip(zou, ours, strict=True)):
            found.extend(diff_values(left, right, f"{path}[{index}]"))
        return found
    # Types first: 1 == True == 1.0 in Python, not on the wire (gazu sees an int, a bool, a float).
    if type(zou) is not type(ours) or zou != ours:
        return [(path, zou, ours)]
    return []


def _by_id(items: list) -> dict | None:
    """Rows keyed by their (symbolised) id, or None when the list is not one of uniquely-id'd rows."""
    if not items or not all(isinstance(item, dict) and isinstance(item.get("id"), str) for item in items):
        return None
    rows = {item["id"]: item for item in items}
    return rows if len(rows) == len(items) else None


def _diff_rows(zou: list, ours: list, path: str) -> list[tuple[str, Any, Any]]:
    """Rows matched by id (`body[<id:project>].name`): a missing row is one difference, not a shift
    of every later index; the order is one more difference when the common rows come in another."""
    left, right = _by_id(zou) or {}, _by_id(ours) or {}
    found = []
    for key in left.keys() | right.keys():
        sub = f"{path}[{key}]"
        if key not in right:
            found.append((sub, _label(left[key]), MISSING))
        elif key not in left:
            found.append((sub, MISSING, _label(right[key])))
        else:
            found.extend(diff_values(left[key], right[key], sub))
    found.sort(key=lambda item: item[0])
    common_left = [key for key in left if key in right]
    common_right = [key for key in right if key in left]
    if common_left != common_right:
        found.append((f"{path}.order", common_left, common_right))
    return found


def _diff_items(zou: list, ours: list, path: str) -> list[tuple[str, Any, Any]]:
    """For lists of different lengths: up to three items each side lacks, whole (`path[?]`)."""
    left = [json.dumps(item, sort_keys=True) for item in zou]
    right = [json.dumps(item, sort_keys=True) for item in ours]
    only_zou = [json.loads(text) for text in left if text not in right][:3]
    only_ours = [json.loads(text) for text in right if text not in left][:3]
    return [(f"{path}[?]", item, MISSING) for item in only_zou] + [
        (f"{path}[?]", MISSING, item) for item in only_ours
    ]


def _label(row: dict) -> str:
    """A short stand-in for a whole missing row."""
    return next((str(row[key]) for key in ("name", "email", "type") if key in row), "row")


def diff_exchanges(area: str, recorded: list[dict], ours: list[dict]) -> list[Difference]:
    found = []
    for index, (zou, mine) in enumerate(zip(recorded, ours, strict=True)):
        for key in ("request", "status", "content_type"):
            if zou[key] != mine[key]:
                found.append(Difference(area, index, zou["step"], key, zou[key], mine[key]))
        for path, left, right in diff_values(zou["body"], mine["body"], "body"):
            found.append(Difference(area, index, zou["step"], path, left, right))
    return found


def pattern(path: str) -> re.Pattern:
    """A declared path: exact, or with `*` standing for any run of characters (`body[*].checklist`)."""
    return re.compile("^" + re.escape(path).replace(r"\*", ".*") + "$")


def matches(key: tuple[str, str, str], difference: Difference) -> bool:
    area, step, path = key
    return (
        bool(pattern(area).match(difference.area))
        and bool(pattern(step).match(difference.step))
        and bool(pattern(path).match(difference.path))
    )
