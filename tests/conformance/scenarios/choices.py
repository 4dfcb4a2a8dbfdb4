"""Choice columns (Zou's ChoiceType): a value outside the column's values, on every collection where
Zou declares one and the API writes it, then a read of the row. Zou checks some itself (400 "Invalid
<field>"), stores the others and fails every later read of the row (500); we refuse them all."""

# fmt: off
from tests.conformance.scenarios._common import LOGIN_ADMIN, get, post, put

P = "/data/persons/{artist}"

SETUP = [
    post("create artist", "/data/persons", {"first_name": "Ada", "last_name": "Artist",
                                            "email": "ada@example.com"}, save={"artist": "id"}),
    post("create project", "/data/projects", {"name": "Choices"}, save={"project": "id"}),
    get("find asset type Character", "/data/asset-types", query={"name": "Character"},
        save={"character": "0.id"}),
    post("create asset", "/data/entities", {"name": "Hero", "project_id": "{project}",
                                            "entity_type_id": "{character}"}, save={"asset": "id"}),
    get("find task status Todo", "/data/task-status", query={"short_name": "todo"}, save={"todo": "0.id"}),
    get("find department Animation", "/data/departments", query={"name": "Animation"},
        save={"animation": "0.id"}),
]

REFUSED_BY_ZOU = [
    put("person contract type outside its values", P, {"contract_type": "gig"}),
    put("person role outside its values", P, {"role": "overlord"}),
    put("person two factor fields are not written by a PUT", P,
        {"preferred_two_factor_authentication": "sms", "totp_enabled": True, "fido_enabled": True}),
    post("project style outside its values", "/data/projects",
         {"name": "Opera", "production_style": "opera"}),
    put("project style update outside its values", "/data/projects/{project}", {"production_style": "opera"}),
    put("entity status outside its values", "/data/entities/{asset}", {"status": "lost"}),
    post("descriptor data type outside its values", "/data/metadata-descriptors",
         {"name": "Mood", "data_type": "colour", "entity_type": "Asset", "project_id": "{project}"}),
    post("status automation field outside its values", "/data/status-automations",
         {"entity_type": "asset", "in_task_status_id": "{todo}", "out_field_type": "colour"}),
    post("notification type outside its values", "/data/notifications",
         {"person_id": "{artist}", "author_id": "{artist}", "type": "telegram"}),
]

STORED_BY_ZOU = [
    put("person position outside its values", P, {"position": "wizard"}),
    get("person after a position outside its values", P),
    put("person position back", P, {"position": "artist"}),
    put("person seniority outside its values", P, {"seniority": "elder"}),
    get("person after a seniority outside its values", P),
    put("person seniority back", P, {"seniority": "mid"}),
    post("template style outside its values", "/data/project-templates",
         {"name": "Opera", "production_style": "opera"}),
    get("salary scales whatever the query string", "/data/salary-scales",
        query={"department_id": "{animation}", "page": "1"}, save={"scale": "0.id"}),
    put("salary scale position outside its values", "/data/salary-scales/{scale}", {"position": "wizard"}),
]

STEPS = [LOGIN_ADMIN, *SETUP, *REFUSED_BY_ZOU, *STORED_BY_ZOU]
# fmt: on
