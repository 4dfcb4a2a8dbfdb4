"""The news feeds: a production's (filters, pages, stats, previews), every open production's, one
news item, and who may read them."""

import uuid

from tests.crud.conftest import add_to_team, assign


def _ids(response) -> list[str]:
    assert response.status_code == 200, response.text
    return [row["id"] for row in response.json()["data"]]


async def test_project_news_page(client, admin_headers, studio, show, feed):
    response = await client.get(f"/data/projects/{studio.project}/news", headers=admin_headers)
    assert _ids(response) == [feed.shot_change, feed.asset_comment, feed.asset_change]
    page = response.json()
    assert (page["total"], page["nb_pages"], page["limit"], page["offset"], page["page"]) == (3, 1, 50, 0, 1)
    assert page["stats"] == {studio.wip: 1, studio.todo: 1}
    shot, _, asset = page["data"]
    assert shot["full_entity_name"] == "E01 / SQ_E / SH_E" and shot["episode_id"] == show.episode
    assert shot["task_entity_id"] == show.shot and shot["task_status_id"] == studio.todo
    assert asset == {
        "id": feed.asset_change,
        "type": "News",
        "author_id": studio.admin,
        "comment_id": asset["comment_id"],
        "task_id": studio.task,
        "task_type_id": studio.modeling,
        "task_status_id": studio.wip,
        "task_entity_id": studio.asset,
        "preview_file_id": feed.preview,
        "preview_file_extension": "mp4",
        "preview_file_revision": 1,
        "project_id": studio.project,
        "project_name": "Big Buck",
        "created_at": "2026-01-05T10:01:00",
        "change": True,
        "full_entity_name": "Character / Hero",
        "episode_id": None,
        "entity_preview_file_id": None,
        "person": {
            "id": studio.admin,
            "first_name": asset["person"]["first_name"],
            "last_name": asset["person"]["last_name"],
            "full_name": asset["person"]["full_name"],
            "has_avatar": False,
            "role": "admin",
        },
    }
    assert "preview_files" not in asset


async def test_project_news_stats_follow_comment_edits(client, admin_headers, studio, feed):
    """The counts by status read the comment's status as it is now (kept by migration 0006's
    triggers), as the page does."""
    url = f"/data/projects/{studio.project}/news"
    item = (await client.get(f"{url}/{feed.asset_change}", headers=admin_headers)).json()
    edit = {"task_status_id": studio.todo}
    response = await client.put(f"/data/comments/{item['comment_id']}", json=edit, headers=admin_headers)
    assert response.status_code == 200, response.text
    page = (await client.get(url, headers=admin_headers)).json()
    assert page["stats"] == {studio.todo: 2} and page["total"] == 3
    assert page["data"][2]["task_status_id"] == studio.todo


async def test_project_news_filters(client, admin_headers, studio, show, feed):
    url = f"/data/projects/{studio.project}/news"
    cases = {
        f"?task_status_id={studio.wip}": [feed.asset_change],
        f"?task_type_id={studio.animation}": [feed.shot_change],
        f"?person_id={studio.admin}": [feed.shot_change, feed.asset_comment, feed.asset_change],
        f"?person_id={uuid.uuid4()}": [],
        f"?episode_id={show.episode}": [feed.shot_change],
        "?after=2026-01-05T10:01:00": [feed.shot_change, feed.asset_comment],
        "?before=2026-01-05T10:03:00&after=2026-01-05": [feed.asset_comment, feed.asset_change],
        "?limit=1&page=2": [feed.asset_comment],
        "?only_preview=false": [feed.shot_change, feed.asset_comment, feed.asset_change],
    }
    for query, expected in cases.items():
        assert _ids(await client.get(url + query, headers=admin_headers)) == expected, query
    paged = (await client.get(f"{url}?limit=2&page=2", headers=admin_headers)).json()
    assert (paged["total"], paged["nb_pages"], paged["offset"], paged["page"]) == (3, 2, 2, 2)
    past_the_end = (await client.get(f"{url}?limit=2&page=9", headers=admin_headers)).json()
    assert (past_the_end["data"], past_the_end["total"]) == ([], 3)
    assert past_the_end["stats"] == {studio.wip: 1, studio.todo: 1}
    nothing = (await client.get(f"{url}?person_id={uuid.uuid4()}", headers=admin_headers)).json()
    assert (nothing["data"], nothing["total"], nothing["nb_pages"], nothing["stats"]) == ([], 0, 0, {})
    filtered = (await client.get(f"{url}?task_type_id={studio.animation}", headers=admin_headers)).json()
    assert filtered["stats"] == {studio.todo: 1}
    previews = (await client.get(f"{url}?only_preview=true", headers=admin_headers)).json()
    assert [row["id"] for row in previews["data"]] == [feed.asset_change]
    assert [(p["id"], p["position"], p["extension"]) for p in previews["data"][0]["preview_files"]] == [
        (feed.preview, 1, "mp4"),
        (feed.second_preview, 2, "png"),
    ]
    assert previews["stats"] == {studio.wip: 1}


async def test_project_news_bad_input(client, admin_headers, studio, feed):
    url = f"/data/projects/{studio.project}/news"
    for query in (
        "?task_status_id=nope",
        "?episode_id=nope",
        "?person_id=1",
        "?page=0",
        "?limit=0",
        "?limit=x",
        "?after=tomorrow",
        "?only_preview=maybe",
    ):
        response = await client.get(url + query, headers=admin_headers)
        assert response.status_code == 400, query
        assert response.json()["error"] is True
    assert (await client.get(f"/data/projects/{uuid.uuid4()}/news", headers=admin_headers)).status_code == 404
    assert (await client.get("/data/projects/nope/news", headers=admin_headers)).status_code == 404


async def test_project_news_permissions(client, studio, feed, member, make_person):
    url = f"/data/projects/{studio.project}/news"
    _, artist = await member("user")
    assert _ids(await client.get(url, headers=artist)) == [
        feed.shot_change,
        feed.asset_comment,
        feed.asset_change,
    ]
    _, vendor = await member("vendor")
    assert (await client.get(url, headers=vendor)).status_code == 200
    _, client_headers = await member("client")
    assert (await client.get(url, headers=client_headers)).status_code == 403
    # A studio artist who is a client of this production only.
    person, headers = await make_person("user")
    await add_to_team(studio.project, person["id"], "client")
    assert (await client.get(url, headers=headers)).status_code == 403
    _, outsider = await member("user", in_team=False)
    assert (await client.get(url, headers=outsider)).status_code == 403
    assert (await client.get(url)).status_code == 401
    # The production and the caller's access are checked before the query string, as Zou does.
    assert (await client.get(f"{url}?limit=0", headers=outsider)).status_code == 403
    assert (await client.get(f"{url}?limit=0", headers=client_headers)).status_code == 403
    assert (
        await client.get(f"/data/projects/{uuid.uuid4()}/news?limit=0", headers=artist)
    ).status_code == 404
    assert (await client.get(f"{url}?limit=0", headers=artist)).status_code == 400


async def test_open_projects_news(client, admin_headers, studio, feed, member):
    everything = await client.get("/data/projects/news", headers=admin_headers)
    # The closed production's news stays out.
    assert _ids(everything) == [feed.shot_change, feed.asset_comment, feed.asset_change]
    assert everything.json()["stats"] == {studio.wip: 1, studio.todo: 1}
    narrowed = await client.get(
        f"/data/projects/news?project_id={studio.project}&limit=1", headers=admin_headers
    )
    assert _ids(narrowed) == [feed.shot_change]
    ignored = await client.get(
        f"/data/projects/news?project_id={studio.closed_project}", headers=admin_headers
    )
    assert len(_ids(ignored)) == 3
    artist, artist_headers = await member("user")
    assert len(_ids(await client.get("/data/projects/news", headers=artist_headers))) == 3
    await add_to_team(studio.closed_project, artist["id"])
    assert len(_ids(await client.get("/data/projects/news", headers=artist_headers))) == 3
    _, outsider = await member("user", in_team=False)
    empty = (await client.get("/data/projects/news", headers=outsider)).json()
    assert (empty["data"], empty["total"], empty["stats"]) == ([], 0, {})
    _, client_headers = await member("client")
    assert _ids(await client.get("/data/projects/news", headers=client_headers)) == []
    bad = await client.get("/data/projects/news?task_type_id=x", headers=admin_headers)
    assert bad.status_code == 400


async def test_single_news(client, admin_headers, studio, feed, member):
    url = f"/data/projects/{studio.project}/news"
    one = await client.get(f"{url}/{feed.asset_change}", headers=admin_headers)
    assert one.status_code == 200
    listed = (await client.get(url, headers=admin_headers)).json()["data"][-1]
    assert one.json() == listed
    assert (await client.get(f"{url}/{feed.closed}", headers=admin_headers)).status_code == 404
    assert (await client.get(f"{url}/{uuid.uuid4()}", headers=admin_headers)).status_code == 404
    missing = await client.get(f"{url}/nope", headers=admin_headers)
    assert missing.status_code == 404 and missing.json()["error"] is True
    _, artist = await member("user")
    assert (await client.get(f"{url}/{feed.asset_change}", headers=artist)).status_code == 200
    _, client_headers = await member("client")
    assert (await client.get(f"{url}/{feed.asset_change}", headers=client_headers)).status_code == 200
    vendor, vendor_headers = await member("vendor")
    await assign(studio.task, vendor["id"])
    assert (await client.get(f"{url}/{feed.asset_change}", headers=vendor_headers)).status_code == 403
    _, outsider = await member("user", in_team=False)
    assert (await client.get(f"{url}/{feed.asset_change}", headers=outsider)).status_code == 403
