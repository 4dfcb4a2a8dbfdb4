"""The `/data` collections of the tasks area and their hooks."""

from app.areas.tasks.hooks.task import TaskHooks
from app.areas.tasks.hooks.task_status import TaskStatusHooks
from app.areas.tasks.hooks.task_type import TaskTypeHooks
from app.areas.tasks.hooks.time_spent import TimeSpentHooks
from app.crud.registry import Collections

COLLECTIONS: Collections = {
    "task-status": ("TaskStatus", TaskStatusHooks),
    "task-types": ("TaskType", TaskTypeHooks),
    "tasks": ("Task", TaskHooks),
    "time-spents": ("TimeSpent", TimeSpentHooks),
}
