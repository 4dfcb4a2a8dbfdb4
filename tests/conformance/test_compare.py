"""The comparison machinery itself: symbols, differences and declared keys."""

from tests.conformance.compare import MISSING, Difference, diff_values, matches
from tests.conformance.runner import _at, _sorted_rows
from tests.conformance.symbols import Symbols

PROJECT = "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"
OTHER = "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d"


def test_symbols_name_saved_and_labelled_ids_and_keep_sent_dates():
    symbols = Symbols(kept_dates={"2025-01-06"})
    symbols.name(PROJECT, "project")
    symbols.learn([{"id": OTHER, "type": "TaskType", "name": "Animation"}])
    body = {
        "id": PROJECT,
        "task_type_id": OTHER,
        "message": f"Project {PROJECT} not found",
        "created_at": "2026-12-07T07:00:00",
        "start_date": "2025-01-06",
        "end_date": "2026-12-07",
        "last_presence": "2026-12-07T07:00:00.123456+00:00",
        "team": [OTHER, PROJECT],
        "unknown": "11111111-2222-4333-8444-555555555555",
    }
    assert symbols.value(body) == {
        "id": "<id:project>",
        "task_type_id": "<id:TaskType:Animation>",
        "message": "Project <id:project> not found",
        "created_at": "<datetime>",
        "start_date": "2025-01-06",
        "end_date": "<date>",
        "last_presence": "<datetime:0000-00-00T00:00:00.000000+00:00>",
        "team": ["<id:TaskType:Animation>", "<id:project>"],
        "unknown": "<uuid>",
    }


def test_a_label_naming_two_ids_names_neither():
    symbols = Symbols(kept_dates=set())
    symbols.learn([{"id": one, "type": "ApiEvent", "name": "x"} for one in (PROJECT, OTHER)])
    assert symbols.value(PROJECT) == "<uuid>"


def test_differences_report_types_missing_keys_and_rows_by_id():
    zou = {"a": None, "b": 0.0, "c": [], "rows": [{"id": "<id:x>", "v": 1}, {"id": "<id:y>", "v": 2}]}
    ours = {"a": [], "b": 0, "d": True, "rows": [{"id": "<id:y>", "v": 2}, {"id": "<id:x>", "v": 3}]}
    assert diff_values(zou, ours, "body") == [
        ("body.a", None, []),
        ("body.b", 0.0, 0),
        ("body.c", [], MISSING),
        ("body.d", MISSING, True),
        ("body.rows.order", ["<id:x>", "<id:y>"], ["<id:y>", "<id:x>"]),
        ("body.rows[<id:x>].v", 1, 3),
    ]


def test_lists_of_other_lengths_show_what_each_side_lacks():
    assert diff_values([1, 2], [2], "body") == [("body.length", 2, 1), ("body[?]", 1, MISSING)]


def test_declared_keys_match_with_stars():
    difference = Difference("crud", 3, "create entity probe", "body[<id:x>].checklist", None, [])
    assert matches(("crud", "create entit*", "*checklist"), difference)
    assert not matches(("crud", "create entity", "*checklist"), difference)
    assert not matches(("shots", "*", "*"), difference)


def test_unordered_paths_sort_nested_lists_only():
    body = {"p1": {"task_types": [{"a": 2}, {"a": 1}], "keep": [3, 1]}, "total": 0}
    assert _at(body, ["*", "task_types"], _sorted_rows) == {
        "p1": {"task_types": [{"a": 1}, {"a": 2}], "keep": [3, 1]},
        "total": 0,
    }
    assert _at([{"tasks": ["b", "a"]}], ["*", "tasks"], _sorted_rows) == [{"tasks": ["a", "b"]}]
