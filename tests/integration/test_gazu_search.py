"""gazu 1.3.1 against a live server: `gazu.search.search_entities`, the global search."""


def test_search_entities(gazu_client):
    project = gazu_client.project.new_project("Gazu Search")
    character = gazu_client.asset.get_asset_type_by_name("Character")
    hero = gazu_client.asset.new_asset(project, character, "Hero_dragon", description="green scales")
    sequence = gazu_client.shot.new_sequence(project, "SQ01")
    shot = gazu_client.shot.new_shot(project, sequence, "SH010", data={"mood": "dragonfire"})
    found = gazu_client.search.search_entities("drag")
    assert [asset["id"] for asset in found["assets"]] == [hero["id"]]
    assert found["assets"][0]["matched_terms"] == ["name"]
    assert [row["id"] for row in found["shots"]] == [shot["id"]]
    assert found["shots"][0]["matched_terms"] == ["mood"]
    assert found["persons"] == []
    scoped = gazu_client.search.search_entities("scales", project=project, entity_types=[character])
    assert [asset["id"] for asset in scoped["assets"]] == [hero["id"]]
    admin = gazu_client.search.search_entities("super adm")["persons"]
    assert [person["full_name"] for person in admin] == ["Super Admin"]
    assert gazu_client.search.search_entities("dr") == {}
