"""Does the floor answer what the API answers? Both bodies parsed and compared, once per scenario
before it is timed: a floor that builds less than the API would flatter the API's ratio."""

from typing import Any

import orjson


def first_difference(api: Any, floor: Any, path: str = "$") -> str:
    """Where the two JSON values first differ ("" when they are equal). Lists compare in order,
    except lists of plain ids (link lists), whose order the database does not promise."""
    if isinstance(api, dict) and isinstance(floor, dict):
        if api.keys() != floor.keys():
            return f"{path}: keys {sorted(api.keys() ^ floor.keys())[:5]} on one side only"
        for key in api:
            found = first_difference(api[key], floor[key], f"{path}.{key}")
            if found:
                return found
        return ""
    if isinstance(api, list) and isinstance(floor, list):
        if len(api) != len(floor):
            return f"{path}: {len(api)} items (API) vs {len(floor)} (floor)"
        if all(isinstance(v, str) for v in api + floor):
            api, floor = sorted(api), sorted(floor)
        for n, (a, f) in enumerate(zip(api, floor, strict=True)):
            found = first_difference(a, f, f"{path}[{n}]")
            if found:
                return found
        return ""
    if api != floor:
        return f"{path}: {str(api)[:60]!r} (API) vs {str(floor)[:60]!r} (floor)"
    return ""


def compare(api_body: bytes, floor_body: bytes) -> str:
    """ "same" or where they differ."""
    try:
        found = first_difference(orjson.loads(api_body), orjson.loads(floor_body))
    except orjson.JSONDecodeError as exc:
        return f"not JSON: {exc}"
    return found or "same"
