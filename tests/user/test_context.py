"""`GET /data/user/context` and `/data/user/projects/open`, and Kitsu's login sequence."""

from tests.auth.conftest import BROWSER_UA
from tests.helpers.seed import PASSWORD
from tests.user.conftest import add_row, add_to_team

CONTEXT_KEYS = {
    "asset_types",
    "custom_actions",
    "status_automations",
    "departments",
    "studios",
    "notification_count",
    "persons",
    "project_status",
    "project_roles",
    "projects",
    "task_types",
    "task_status",
    "search_filters",
    "search_filter_groups",
    "preview_background_files",
    "plugins",
}


async def test_artist_context(client, studio, desk, make_person):
    await make_person("manager")
    await add_row("Person", first_name="Guest", last_name="X", email="guest@example.com", is_guest=True)
    response = await client.get("/data/user/context", headers=desk.headers)
    assert response.status_code == 200
    context = response.json()
    assert set(context) == CONTEXT_KEYS
    assert [project["id"] for project in context["projects"]] == [studio.project]
    project = context["projects"][0]
    assert desk.artist["id"] in project["team"]
    assert {"descriptors", "task_types_priority", "task_statuses_link", "task_type_links"} <= set(project)
    # Artists get short cards of everyone but guests.
    persons = context["persons"]
    assert all("email" not in person for person in persons)
    assert "Guest" not in {person["first_name"] for person in persons}
    assert desk.artist["id"] in {person["id"] for person in persons}
    names = {row["name"] for row in context["asset_types"]}
    assert "Character" in names and "Shot" not in names
    assert all(row["type"] == "AssetType" and "task_types" in row for row in context["asset_types"])
    assert {row["name"] for row in context["project_status"]} == {"Open", "Closed"}
    assert context["notification_count"] == 0 and context["project_roles"] == {}
    assert context["search_filters"] == {} and context["plugins"] == []


async def test_context_by_role(client, admin_headers, studio, member, make_person):
    admin = (await client.get("/data/user/context", headers=admin_headers)).json()
    assert admin["user_limit"] == 100
    assert [project["id"] for project in admin["projects"]] == [studio.project]  # open ones only
    assert all("email" in person for person in admin["persons"])
    manager, manager_headers = await make_person("manager")
    managed = (await client.get("/data/user/context", headers=manager_headers)).json()
    assert "user_limit" not in managed and managed["projects"] == []
    assert manager["id"] in {person["id"] for person in managed["persons"]}
    client_person, client_headers = await member("client")
    supervisor, _ = await member("user", project_role="supervisor")
    seen = (await client.get("/data/user/context", headers=client_headers)).json()
    # Clients meet the teams of their productions only, and see no e-mail nor department.
    assert {person["id"] for person in seen["persons"]} == {client_person["id"], supervisor["id"]}
    assert all(set(person) >= {"full_name", "role"} and "email" not in person for person in seen["persons"])
    _, headers = await make_person("user")
    await add_to_team(studio.project, (await make_person("user"))[0]["id"])
    roles = (await client.get("/data/user/context", headers=headers)).json()
    assert roles["projects"] == [] and roles["project_roles"] == {}


async def test_context_roles_and_notification_count(client, studio, member):
    person, headers = await member("user", project_role="supervisor")
    await add_row(
        "Notification", person_id=person["id"], author_id=studio.admin, type="comment", task_id=studio.task
    )
    await add_row(
        "Notification",
        person_id=person["id"],
        author_id=studio.admin,
        type="mention",
        task_id=studio.task,
        read=True,
    )
    context = (await client.get("/data/user/context", headers=headers)).json()
    assert context["project_roles"] == {studio.project: "supervisor"}
    assert context["notification_count"] == 1


async def test_context_refusals(client, make_person):
    assert (await client.get("/data/user/context")).status_code == 401
    bad = await client.get("/data/user/context", headers={"Authorization": "Bearer nope"})
    assert bad.status_code == 422


async def test_user_open_projects(client, admin_headers, studio, desk, make_person):
    own = await client.get("/data/user/projects/open", headers=desk.headers)
    assert [row["id"] for row in own.json()] == [studio.project]
    assert (await client.get("/data/user/projects/open?name=Nope", headers=desk.headers)).json() == []
    by_name = await client.get("/data/user/projects/open?name=Big Buck", headers=admin_headers)
    assert [row["id"] for row in by_name.json()] == [studio.project]
    _, outsider = await make_person("user")
    assert (await client.get("/data/user/projects/open", headers=outsider)).json() == []


async def test_kitsu_login_sequence(client, studio, desk):
    """Kitsu's first screens: cookie login from a browser, then every call they make."""
    headers = {"User-Agent": BROWSER_UA}
    assert (await client.get("/api/config", headers=headers)).status_code == 200
    assert (await client.get("/api/auth/authenticated", headers=headers)).status_code in (401, 422)
    login = await client.post(
        "/api/auth/login", json={"email": desk.artist["email"], "password": PASSWORD}, headers=headers
    )
    assert login.status_code == 200 and login.json()["login"] is True
    assert any(cookie.startswith("access_token_cookie=") for cookie in login.headers.get_list("set-cookie"))
    authenticated = await client.get("/api/auth/authenticated", headers=headers)
    assert authenticated.status_code == 200 and authenticated.json()["user"]["id"] == desk.artist["id"]
    context = (await client.get("/api/data/user/context", headers=headers)).json()
    assert set(context) == CONTEXT_KEYS
    project = context["projects"][0]
    for key in (
        "team",
        "asset_types",
        "task_types",
        "task_statuses",
        "status_automations",
        "preview_background_files",
        "descriptors",
        "task_types_priority",
        "task_statuses_link",
        "task_type_links",
    ):
        assert key in project
    organisations = (await client.get("/api/data/organisations", headers=headers)).json()
    assert organisations[0]["name"]
    # Artists land on their to-do list.
    todos = (await client.get("/api/data/user/tasks", headers=headers)).json()
    assert {task["id"] for task in todos} == {studio.task, studio.shot_task}
    assert (await client.get("/api/data/user/done-tasks", headers=headers)).json() == []


async def test_bots_are_refused(client, studio):
    """Zou's user routes answer people only: a bot's API token is refused everywhere."""
    from app.auth import tokens
    from tests.auth.conftest import update_person_row
    from tests.helpers.fixtures import create_person

    bot = await create_person("user", is_bot=True)
    token, jti = tokens.create_api_token(bot["id"], is_bot=True, expiration_date=None)
    await update_person_row(bot["id"], jti=jti)
    headers = {"Authorization": f"Bearer {token}"}
    for method, path in (
        ("GET", "/data/user/context"),
        ("GET", "/data/user/tasks"),
        ("GET", "/data/user/filters"),
        ("POST", "/actions/user/notifications/mark-all-as-read"),
        ("DELETE", "/actions/user/clear-avatar"),
    ):
        response = await client.request(method, path, headers=headers)
        assert response.status_code == 403, path


async def test_kitsu_admin_login_and_new_production(client, admin_id):
    """An admin lands on "My productions", rendered from the context; after the new-production
    wizard, the reloaded context holds the new production."""
    from tests.helpers.seed import ADMIN_EMAIL

    headers = {"User-Agent": BROWSER_UA}
    login = await client.post(
        "/api/auth/login", json={"email": ADMIN_EMAIL, "password": PASSWORD}, headers=headers
    )
    assert login.status_code == 200
    context = (await client.get("/api/data/user/context", headers=headers)).json()
    assert context["projects"] == [] and context["user_limit"] > 0
    open_status = next(status for status in context["project_status"] if status["name"] == "Open")
    created = await client.post(
        "/api/data/projects/",
        json={
            "name": "Wizard",
            "project_status_id": open_status["id"],
            "fps": 25,
            "ratio": "16:9",
            "resolution": "1920x1080",
            "production_type": "short",
            "production_style": "2d",
            "start_date": "2026-11-01T00:00:00.000Z",
            "end_date": "2026-12-11T00:00:00.000Z",
        },
        headers=headers,
    )
    assert created.status_code == 201
    reloaded = (await client.get("/api/data/user/context", headers=headers)).json()
    assert [project["name"] for project in reloaded["projects"]] == ["Wizard"]


async def test_context_lists_what_each_listing_gives(client, studio, member):
    """The context reads its lists together (one round trip on PostgreSQL): each must be what
    its own route answers, filled: department links, plugins, visible filters and groups, team
    roles, workflow links and relations of the productions."""
    from app import models
    from app.core.unit_of_work import run_in_unit_of_work
    from tests.crud.conftest import add_department

    modeler, headers = await member("user", project_role="supervisor")
    await add_department(modeler["id"], studio.modeling_department)
    await add_department(modeler["id"], studio.animation_department)
    async with run_in_unit_of_work() as uow:  # not `add_row`: `plugin_id` is no uuid
        plugin = {"plugin_id": "tracker", "name": "Tracker", "version": "1.0", "maintainer_name": "M"}
        uow.get_session().add(models.Plugin(**plugin, license="MIT", frontend_studio_enabled=True))
    await add_row("ProjectTaskTypeLink", project_id=studio.project, task_type_id=studio.modeling, priority=3)
    await add_row("ProjectTaskStatusLink", project_id=studio.project, task_status_id=studio.wip, priority=2,
                  roles_for_board=["supervisor"])  # fmt: skip
    await add_row("ProjectTaskStatusLink", project_id=studio.project, task_status_id=studio.todo)
    manager, manager_headers = await member("manager")
    shared = {"name": "team", "list_type": "asset", "project_id": studio.project, "is_shared": True}
    shared_filter = {**shared, "query": "hero"}
    assert (
        await client.post("/data/user/filters", json=shared_filter, headers=manager_headers)
    ).status_code == 201
    assert (
        await client.post("/data/user/filter-groups", json=shared, headers=manager_headers)
    ).status_code == 201
    for name in ("first", "second"):
        group = {"name": name, "list_type": "asset", "project_id": studio.project}
        assert (await client.post("/data/user/filter-groups", json=group, headers=headers)).status_code == 201
    mine = {"name": "mine", "query": "x", "list_type": None}
    assert (await client.post("/data/user/filters", json=mine, headers=headers)).status_code == 201
    await add_row("SearchFilter", list_type="todo", name="dep", search_query="x", is_shared=True,
                  person_id=manager["id"], department_id=studio.modeling_department)  # fmt: skip

    context = (await client.get("/data/user/context", headers=headers)).json()
    assert context["search_filters"] == (await client.get("/data/user/filters", headers=headers)).json()
    assert len(context["search_filters"]["todo"]["all"]) == 2 and len(context["search_filters"]["asset"]) == 1
    groups = (await client.get("/data/user/filter-groups", headers=headers)).json()
    assert context["search_filter_groups"] == groups
    assert [group["name"] for group in groups["asset"][studio.project]] == ["second", "first", "team"]
    person = next(person for person in context["persons"] if person["id"] == modeler["id"])
    assert person["departments"] == [studio.modeling_department, studio.animation_department]
    assert context["plugins"] == [
        {
            "id": context["plugins"][0]["id"], "plugin_id": "tracker", "name": "Tracker", "description": None,
            "version": "1.0", "maintainer_name": "M", "maintainer_email": None,
            "frontend_project_enabled": False, "frontend_studio_enabled": True, "icon": None,
        }
    ]  # fmt: skip
    assert context["project_roles"] == {studio.project: "supervisor"}
    # The productions' listing reads its relations and links one query each.
    projects = (await client.get("/data/projects/open", headers=headers)).json()
    assert context["projects"] == projects
    assert projects[0]["task_statuses_link"][studio.wip] == {
        "priority": 2, "roles_for_board": ["supervisor"], "is_client_allowed": None
    }  # fmt: skip
    assert projects[0]["task_types_priority"] == {studio.modeling: 3}
    assert modeler["id"] in projects[0]["team"] and manager["id"] in projects[0]["team"]
