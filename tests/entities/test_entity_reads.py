"""An entity's news, previews and time spents."""

import datetime
import uuid

from app.models import News, PreviewFile, TimeSpent
from tests.assets.support import add, make_entity
from tests.crud.conftest import assign


async def test_entity_news(client, studio, member):
    await add(
        News(
            author_id=uuid.UUID(studio.admin),
            task_id=uuid.UUID(studio.shot_task),
            comment_id=uuid.UUID(studio.comment),
            change=True,
        )
    )
    _, headers = await member("user")
    response = await client.get(f"/data/entities/{studio.shot}/news", headers=headers)
    assert response.status_code == 200
    page = response.json()
    assert (page["total"], page["limit"], page["page"]) == (1, 2000, 1)
    (news,) = page["data"]
    assert news["full_entity_name"] == "SQ01 / SH010" and news["task_entity_id"] == studio.shot
    assert news["person"]["full_name"] == "Super Admin" and news["project_name"] == "Big Buck"
    assert news["task_status_id"] == studio.todo and news["change"] is True
    asset_news = (await client.get(f"/data/entities/{studio.asset}/news", headers=headers)).json()
    assert asset_news["data"] == [] and asset_news["total"] == 0


async def test_entity_news_full_names(client, studio, admin_headers):
    episode = await make_entity(studio.project, "Episode", "E01")
    sequence = await make_entity(studio.project, "Sequence", "SQ10", parent_id=episode)
    shot = await make_entity(studio.project, "Shot", "SH100", parent_id=sequence)
    from tests.assets.support import make_task

    task = await make_task(studio.project, shot, studio.animation, studio.todo)
    await add(News(author_id=uuid.UUID(studio.admin), task_id=uuid.UUID(task)))
    await add(News(author_id=uuid.UUID(studio.admin), task_id=uuid.UUID(studio.task)))
    (news,) = (await client.get(f"/data/entities/{shot}/news", headers=admin_headers)).json()["data"]
    assert news["full_entity_name"] == "E01 / SQ10 / SH100" and news["episode_id"] == episode
    (news,) = (await client.get(f"/data/entities/{studio.asset}/news", headers=admin_headers)).json()["data"]
    assert news["full_entity_name"] == "Character / Hero" and news["comment_id"] is None


async def test_entity_preview_files(client, studio, member):
    first = await add(PreviewFile(task_id=uuid.UUID(studio.task), revision=1, name="v1", extension="png"))
    second = await add(PreviewFile(task_id=uuid.UUID(studio.task), revision=2, name="v2", extension="png"))
    _, headers = await member("client")
    response = await client.get(f"/data/entities/{studio.asset}/preview-files", headers=headers)
    assert response.status_code == 200
    assert [row["id"] for row in response.json()] == [second, first]
    assert set(response.json()[0]) >= {"validation_status", "file_size", "token_in", "task_id"}


async def test_entity_time_spents(client, studio, member):
    spent = await add(
        TimeSpent(
            duration=60,
            date=datetime.date(2024, 5, 2),
            task_id=uuid.UUID(studio.task),
            person_id=uuid.UUID(studio.admin),
        )
    )
    _, headers = await member("supervisor")
    response = await client.get(f"/data/entities/{studio.asset}/time-spents", headers=headers)
    assert response.status_code == 200
    (row,) = response.json()
    assert row["id"] == spent and row["date"] == "2024-05-02" and row["type"] == "TimeSpent"


async def test_entity_reads_refusals(client, studio, member, make_person):
    _, outsider = await make_person("user")
    _, client_headers = await member("client")
    person, vendor = await member("vendor")
    await assign(studio.task, person["id"])
    for suffix in ("news", "preview-files", "time-spents"):
        assert (
            await client.get(f"/data/entities/{studio.asset}/{suffix}", headers=outsider)
        ).status_code == 403
        assert (await client.get(f"/data/entities/{studio.shot}/{suffix}", headers=vendor)).status_code == 403
        assert (
            await client.get(f"/data/entities/{studio.asset}/{suffix}", headers=vendor)
        ).status_code == 200
        missing = await client.get(f"/data/entities/{uuid.uuid4()}/{suffix}", headers=vendor)
        assert missing.status_code == 404
    refused = await client.get(f"/data/entities/{studio.asset}/time-spents", headers=client_headers)
    assert refused.status_code == 403
