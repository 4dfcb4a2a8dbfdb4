"""`/data/user/tasks-to-check` and its filter values: feedback requests as each role sees them."""

from tests.user.conftest import assign


async def _wfa(client, studio, admin_headers) -> str:
    wfa = (await client.get("/data/task-status?short_name=wfa", headers=admin_headers)).json()[0]["id"]
    for task in (studio.task, studio.shot_task):
        response = await client.put(
            f"/data/tasks/{task}", json={"task_status_id": wfa}, headers=admin_headers
        )
        assert response.status_code == 200
    return wfa


async def test_tasks_to_check_by_role(client, admin_headers, studio, desk, member, make_person):
    wfa = await _wfa(client, studio, admin_headers)
    every = (await client.get("/data/user/tasks-to-check", headers=admin_headers)).json()
    assert {row["id"] for row in every} == {studio.task, studio.shot_task}
    assert all(row["task_status_id"] == wfa for row in every)
    _, manager = await member("manager")
    assert len((await client.get("/data/user/tasks-to-check", headers=manager)).json()) == 2
    _, lone_manager = await make_person("manager")
    assert (await client.get("/data/user/tasks-to-check", headers=lone_manager)).json() == []
    supervisor, supervisor_headers = await member("supervisor")
    from tests.crud.conftest import add_department

    await add_department(supervisor["id"], studio.modeling_department)
    seen = (await client.get("/data/user/tasks-to-check", headers=supervisor_headers)).json()
    assert [row["id"] for row in seen] == [studio.task]
    assert (await client.get("/data/user/tasks-to-check", headers=desk.headers)).json() == []
    empty_page = (await client.get("/data/user/tasks-to-check?page=1", headers=desk.headers)).json()
    assert empty_page == {
        "data": [],
        "stats": {"total": 0, "total_duration": 0, "total_estimation": 0},
        "page": 1,
        "limit": 100,
        "is_more": False,
    }
    values = (await client.get("/data/user/tasks-to-check/filter-values", headers=desk.headers)).json()
    assert values == {
        key: [] for key in ("project_ids", "task_type_ids", "task_status_ids", "episode_ids", "person_ids")
    }


async def test_tasks_to_check_filters_and_pages(client, admin_headers, studio, desk):
    await _wfa(client, studio, admin_headers)
    url = "/data/user/tasks-to-check"

    async def ids(query: str) -> list[str]:
        response = await client.get(f"{url}?{query}", headers=admin_headers)
        assert response.status_code == 200
        return [row["id"] for row in response.json()]

    assert await ids(f"task_type_id={studio.modeling}") == [studio.task]
    assert await ids(f"person_id={desk.artist['id']}&order_by=entity_name") == [studio.shot_task, studio.task]
    assert await ids("person_id=unassigned") == []
    assert await ids(f"project_id={studio.closed_project}") == []
    assert await ids("due_date_since=2020-01-01") == []
    page = (await client.get(f"{url}?page=1&limit=1&order_by=priority", headers=admin_headers)).json()
    assert page["stats"]["total"] == 2 and page["is_more"] is True and len(page["data"]) == 1
    assert (page["page"], page["limit"]) == (1, 1)
    for query, message in (
        ("project_id=nope", "Wrong UUID format."),
        ("person_id=a,b", "Wrong UUID format."),
        (
            "due_date_until=soon",
            "Wrong date format for before argument.Expected format: 2020-01-05T13:23:10 or 2020-01-05",
        ),
        ("page=first", "Wrong value for parameter page."),
    ):
        response = await client.get(f"{url}?{query}", headers=admin_headers)
        assert response.status_code == 400 and response.json()["message"] == message


async def test_filter_values(client, admin_headers, studio, desk):
    await _wfa(client, studio, admin_headers)
    values = (await client.get("/data/user/tasks-to-check/filter-values", headers=admin_headers)).json()
    assert values["project_ids"] == [studio.project]
    assert values["task_type_ids"] == sorted([studio.modeling, studio.animation])
    assert values["person_ids"] == [desk.artist["id"]] and values["episode_ids"] == []
    assert len(values["task_status_ids"]) == 1


async def test_vendor_sees_only_assigned(client, studio, member):
    vendor, headers = await member("vendor")
    await assign(studio.task, vendor["id"])
    todos = (await client.get("/data/user/tasks", headers=headers)).json()
    assert [row["id"] for row in todos] == [studio.task]
    assert (await client.get(f"/data/user/shots/{studio.shot}/tasks", headers=headers)).json() == []
    assert (await client.get("/data/user/tasks-to-check", headers=headers)).json() == []
