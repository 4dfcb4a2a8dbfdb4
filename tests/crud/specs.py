"""What the generic tests send to each collection: a valid body, an edit, and who reads it."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tests.crud.conftest import Studio

Body = Callable[[Studio], dict[str, Any]]


@dataclass(frozen=True)
class Spec:
    create: Body
    update: dict[str, Any]
    # Who may list: "admin", "any" (every role), "non-vendor", "manager" (global manager+).
    list_by: str = "admin"
    # A field that must be of another JSON type (a string where an integer or id is expected).
    wrong_type: str | None = None


SPECS: dict[str, Spec] = {
    "asset-instances": Spec(
        lambda s: {"asset_id": s.asset, "name": "inst", "number": 1},
        {"description": "x"},
        wrong_type="number",
    ),
    "attachment-files": Spec(
        lambda s: {"name": "file", "extension": "png", "comment_id": s.comment},
        {"name": "f2"},
        wrong_type="size",
    ),
    "budget-entries": Spec(
        lambda s: {
            "budget_id": s.extra["budget"],
            "department_id": s.modeling_department,
            "start_date": "2024-01-01",
            "months_duration": 2,
            "daily_salary": 100.0,
        },
        {"months_duration": 3},
        wrong_type="months_duration",
    ),
    "budgets": Spec(lambda s: {"project_id": s.project, "name": "B2"}, {"name": "B3"}, wrong_type="revision"),
    "chat-messages": Spec(
        lambda s: {"chat_id": s.extra["chat"], "person_id": s.admin, "text": "hi"},
        {"text": "yo"},
        wrong_type="chat_id",
    ),
    "chats": Spec(lambda s: {"object_id": s.asset}, {"object_type": "entity"}, wrong_type="object_id"),
    "comments": Spec(
        lambda s: {
            "object_id": s.task,
            "object_type": "Task",
            "person_id": s.admin,
            "task_status_id": s.todo,
        },
        {"text": "edited"},
        wrong_type="person_id",
    ),
    "custom-actions": Spec(
        lambda s: {"name": "CA", "url": "http://x"}, {"url": "http://y"}, "non-vendor", "is_ajax"
    ),
    "day-offs": Spec(
        lambda s: {"date": "2024-05-01", "end_date": "2024-05-02", "person_id": s.admin},
        {"description": "holidays"},
        wrong_type="date",
    ),
    "departments": Spec(
        lambda s: {"name": "Lighting X", "color": "#000000"}, {"color": "#FFFFFF"}, "any", "archived"
    ),
    "entities": Spec(
        lambda s: {"name": "Villain", "project_id": s.project, "entity_type_id": s.character},
        {"description": "bad guy"},
        "any",
        "nb_frames",
    ),
    "entity-links": Spec(
        lambda s: {"entity_in_id": s.shot, "entity_out_id": s.asset},
        {"nb_occurences": 2},
        wrong_type="nb_occurences",
    ),
    "entity-types": Spec(lambda s: {"name": "Vehicle X"}, {"short_name": "vx"}, "any", "archived"),
    "events": Spec(lambda s: {"name": "custom:event"}, {"name": "custom:other"}, wrong_type="user_id"),
    "file-status": Spec(
        lambda s: {"name": "Approved", "color": "#000000"}, {"color": "#FFFFFF"}, "any", "name"
    ),
    "hardware-items": Spec(
        lambda s: {"name": "HW", "short_name": "hw"}, {"monthly_cost": 3}, wrong_type="monthly_cost"
    ),
    "metadata-descriptors": Spec(
        lambda s: {
            "project_id": s.project,
            "entity_type": "Asset",
            "name": "Difficulty",
            "field_name": "difficulty",
            "data_type": "string",
        },
        {"name": "Hardness"},
        "any",
        "position",
    ),
    "milestones": Spec(
        lambda s: {"project_id": s.project, "name": "M1", "date": "2024-06-01"},
        {"name": "M2"},
        wrong_type="date",
    ),
    "news": Spec(lambda s: {"author_id": s.admin, "task_id": s.task}, {"change": True}, wrong_type="change"),
    "notifications": Spec(
        lambda s: {"type": "comment", "person_id": s.admin, "author_id": s.admin, "task_id": s.task},
        {"read": True},
        wrong_type="read",
    ),
    "organisations": Spec(lambda s: {"name": "Org2"}, {"hours_by_day": 7}, "any", "hours_by_day"),
    "output-files": Spec(
        lambda s: {"name": "out", "revision": 1, "file_status_id": s.file_status, "entity_id": s.asset},
        {"comment": "v1"},
        "non-vendor",
        "revision",
    ),
    "output-types": Spec(
        lambda s: {"name": "Cache", "short_name": "ca"}, {"short_name": "cc"}, "any", "name"
    ),
    "persons": Spec(
        lambda s: {"first_name": "New", "last_name": "Person", "email": "new@example.com"},
        {"phone": "0102030405"},
        "any",
        "daily_salary",
    ),
    "playlists": Spec(
        lambda s: {"name": "PL", "project_id": s.project}, {"name": "PL2"}, "non-vendor", "for_client"
    ),
    "plugins": Spec(
        lambda s: {"plugin_id": "p1", "name": "P", "version": "1", "maintainer_name": "me", "license": "MIT"},
        {"version": "2"},
        wrong_type="frontend_project_enabled",
    ),
    "preview-background-files": Spec(lambda s: {"name": "BG"}, {"archived": True}, "any", "file_size"),
    "preview-files": Spec(
        lambda s: {"name": "pf", "task_id": s.task, "revision": 1}, {"description": "x"}, "any", "width"
    ),
    "production-schedule-version-task-links": Spec(
        lambda s: {"production_schedule_version_id": s.extra["version"], "task_id": s.task},
        {"estimation": 3},
        wrong_type="estimation",
    ),
    "production-schedule-versions": Spec(
        lambda s: {"name": "V2", "project_id": s.project}, {"locked": True}, wrong_type="locked"
    ),
    "project-status": Spec(
        lambda s: {"name": "Paused", "color": "#000000"}, {"color": "#FFFFFF"}, "any", "color"
    ),
    "project-templates": Spec(lambda s: {"name": "T1"}, {"fps": "24"}, "manager", "max_retakes"),
    "projects": Spec(lambda s: {"name": "New Project"}, {"fps": "24"}, "any", "nb_episodes"),
    "salary-scales": Spec(lambda s: {}, {"salary": 300}, wrong_type="salary"),
    "schedule-items": Spec(
        lambda s: {"project_id": s.project, "task_type_id": s.modeling, "object_id": s.asset},
        {"man_days": 4},
        wrong_type="start_date",
    ),
    "search-filter-groups": Spec(
        lambda s: {"list_type": "assets", "name": "G", "person_id": s.admin},
        {"color": "#fff"},
        wrong_type="is_shared",
    ),
    "search-filters": Spec(
        lambda s: {"list_type": "assets", "name": "F", "search_query": "x", "person_id": s.admin},
        {"search_query": "y"},
        wrong_type="is_shared",
    ),
    "softwares": Spec(
        lambda s: {"name": "Blender X", "short_name": "bx", "file_extension": ".blend"},
        {"version": "4"},
        "any",
        "monthly_cost",
    ),
    "status-automations": Spec(
        lambda s: {
            "entity_type": "asset",
            "in_task_type_id": s.modeling,
            "in_task_status_id": s.todo,
            "out_field_type": "status",
            "out_task_type_id": s.shading,
            "out_task_status_id": s.wip,
        },
        {"archived": True},
        "non-vendor",
        "archived",
    ),
    "studios": Spec(
        lambda s: {"name": "Studio B", "color": "#000000"}, {"color": "#FFFFFF"}, "any", "archived"
    ),
    "subscriptions": Spec(
        lambda s: {"person_id": s.admin, "task_id": s.task}, {"task_type_id": None}, wrong_type="task_id"
    ),
    "task-status": Spec(
        lambda s: {"name": "Paused", "short_name": "pse", "color": "#000000"},
        {"color": "#FFFFFF"},
        "any",
        "priority",
    ),
    "task-types": Spec(
        lambda s: {"name": "Grooming", "for_entity": "Asset"}, {"color": "#000000"}, "any", "priority"
    ),
    "tasks": Spec(
        lambda s: {"entity_id": s.asset, "task_type_id": s.shading, "project_id": s.project},
        {"priority": 2},
        "any",
        "priority",
    ),
    "time-spents": Spec(
        lambda s: {"task_id": s.task, "person_id": s.admin, "date": "2024-05-03", "duration": 60},
        {"duration": 30},
        wrong_type="duration",
    ),
    "working-files": Spec(
        lambda s: {"name": "wf", "task_id": s.task, "revision": 1},
        {"comment": "v1"},
        "non-vendor",
        "revision",
    ),
}
