"""The real gazu 1.3.1 client against a live server: the calls a pipeline script makes."""

import gazu
import pytest
import pyvips

from tests.helpers.seed import ADMIN_EMAIL, PASSWORD


def _png(path, width: int = 320, height: int = 200) -> str:
    image = pyvips.Image.black(width, height, bands=3) + [200, 80, 20]
    image.cast("uchar").write_to_file(str(path))
    return str(path)


def test_log_in_and_who_am_i(gazu_client):
    user = gazu_client.client.get_current_user()
    assert user["email"] == ADMIN_EMAIL
    assert "password" not in user
    assert gazu_client.client.host_is_valid()


def test_create_find_update_delete_through_data_filters(gazu_client):
    department = gazu_client.person.new_department("Gazu Department")
    assert gazu_client.person.new_department("Gazu Department")["id"] == department["id"]  # found by name

    person = gazu_client.person.new_person("Jane", "Doe", "jane@example.com", role="user")
    assert gazu_client.person.get_person_by_email("jane@example.com")["id"] == person["id"]

    task_type = gazu_client.task.new_task_type("Layout Bench", for_entity="Shot")
    assert gazu_client.task.get_task_type_by_name("Layout Bench")["id"] == task_type["id"]

    project = gazu_client.project.new_project("Gazu Film")
    assert gazu_client.project.get_project_by_name("Gazu Film")["id"] == project["id"]

    updated = gazu_client.client.update("persons", person["id"], {"phone": "+33 1 23"})
    assert updated["phone"] == "+33 1 23"

    gazu_client.client.delete(f"data/departments/{department['id']}")
    assert gazu_client.client.fetch_first("departments", {"name": "Gazu Department"}) is None


def test_pagination_walks_every_page(gazu_client):
    for index in range(7):
        gazu_client.client.create("output-types", {"name": f"Output {index}", "short_name": f"o{index}"})
    everything = gazu_client.client.fetch_all("output-types")
    paged = gazu_client.client.fetch_all("output-types", paginated=True, limit=3)
    assert len(paged) == len(everything) >= 7
    assert {row["id"] for row in paged} == {row["id"] for row in everything}


def test_avatar_upload_and_download(gazu_client, tmp_path):
    person = gazu_client.person.new_person("Avatar", "Owner", "avatar@example.com")
    gazu_client.person.set_avatar(person, _png(tmp_path / "face.png"))
    target = tmp_path / "downloaded.png"
    gazu_client.files.download_person_avatar(person, str(target))
    thumbnail = pyvips.Image.new_from_buffer(target.read_bytes(), "")
    assert (thumbnail.width, thumbnail.height) == (400, 400)
    assert gazu_client.person.get_person(person["id"])["has_avatar"] is True


def test_log_out_revokes_the_session(live_server):
    gazu.set_host(live_server + "/api")
    gazu.log_in(ADMIN_EMAIL, PASSWORD)
    gazu.log_out()
    with pytest.raises(gazu.exception.NotAuthenticatedException):
        gazu.client.get_current_user()
