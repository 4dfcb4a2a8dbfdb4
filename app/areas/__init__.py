"""The API areas, one package per Zou area, and their assembly.

Each area declares its routers (`routes`), its `/data` collections (`hooks.COLLECTIONS`) and its
jobs (`jobs.JOBS`); `assemble()` registers the collections and jobs, `routers()` lists the
routers in the order the app includes them. Only the app factory, the worker start-up and the
CLI call these: an area never imports this module's functions, nor another area's internals.
"""

from typing import Any


def assemble() -> None:
    """Register every area's collections and jobs (idempotent): before any CRUD route is built."""
    from app.areas.breakdown import hooks as breakdown
    from app.areas.chats import hooks as chats
    from app.areas.comments import hooks as comments
    from app.areas.crud import hooks as crud
    from app.areas.departments import hooks as departments
    from app.areas.entities import hooks as entities
    from app.areas.events import hooks as events
    from app.areas.files import hooks as files
    from app.areas.news import hooks as news
    from app.areas.persons import hooks as persons
    from app.areas.playlists import hooks as playlists
    from app.areas.previews import hooks as previews
    from app.areas.previews import jobs as preview_jobs
    from app.areas.project_templates import hooks as project_templates
    from app.areas.project_templates.templating import TEMPLATING
    from app.areas.projects import hooks as projects
    from app.areas.projects.templating import provide as provide_templating
    from app.areas.tasks import hooks as tasks
    from app.areas.user import hooks as user
    from app.crud.registry import register
    from app.worker.jobs import register_jobs

    for hooks in (
        breakdown, chats, comments, crud, departments, entities, events, files, news, persons,
        playlists, previews, project_templates, projects, tasks, user,
    ):  # fmt: skip
        register(hooks.COLLECTIONS)
    register_jobs(preview_jobs.JOBS)
    provide_templating(TEMPLATING)


def routers() -> list[Any]:
    """Every area's routers. The generic CRUD routes come first (the bulk of the traffic) yet give
    way to any other route matching the same request (`GenericRoute`); `boards` precedes the
    entity routers: `/data/assets/with-tasks` is not an asset id."""
    assemble()
    from app.areas.assets import routes as assets
    from app.areas.auth import routes as auth
    from app.areas.boards import routes as boards
    from app.areas.breakdown import routes as breakdown
    from app.areas.chats import routes as chats
    from app.areas.comments.routes import files as comment_files
    from app.areas.comments.routes import replies as comment_replies
    from app.areas.comments.routes import thread as comment_thread
    from app.areas.concepts import routes as concepts
    from app.areas.crud import actions as crud_actions
    from app.areas.crud import routes as crud
    from app.areas.departments import routes as departments
    from app.areas.edits import routes as edits
    from app.areas.entities import routes as entities
    from app.areas.events import routes as events
    from app.areas.index import routes as index
    from app.areas.news import routes as news
    from app.areas.openapi_spec import routes as openapi_spec
    from app.areas.persons.routes import accounts as persons_accounts
    from app.areas.persons.routes import day_offs as persons_day_offs
    from app.areas.persons.routes import quotas as persons_quotas
    from app.areas.persons.routes import time_spents as persons_time_spents
    from app.areas.previews import routes as previews
    from app.areas.project_templates import routes as project_templates
    from app.areas.projects.routes import budgets, metadata, schedule, settings
    from app.areas.projects.routes import projects as projects
    from app.areas.search import routes as search
    from app.areas.shots.routes import projects as shots_projects
    from app.areas.shots.routes import sequences, shots
    from app.areas.tasks.routes import actions as task_actions
    from app.areas.tasks.routes import open_tasks
    from app.areas.tasks.routes import reads as task_reads
    from app.areas.tasks.routes import time_spents as task_time_spents
    from app.areas.user.routes import filters as user_filters
    from app.areas.user.routes import inbox as user_inbox
    from app.areas.user.routes import personal as user_personal
    from app.areas.user.routes import views as user_views

    modules = (
        crud, crud_actions, index, auth, previews, boards, events, news, chats, search,
        comment_thread, comment_replies, comment_files,
        open_tasks, task_reads, task_actions, task_time_spents,
        user_views, user_filters, user_inbox, user_personal,
        projects, settings, metadata, schedule, budgets, project_templates,
        assets, breakdown, entities, concepts, shots, sequences, shots_projects, edits,
        persons_time_spents, persons_day_offs, persons_quotas, persons_accounts, departments,
        openapi_spec,
    )  # fmt: skip
    return [module.router for module in modules]
