"""Search area: POST /data/search over persons, assets and shots, its scope per role and bad bodies."""

# fmt: off
from tests.conformance.scenarios._common import UNKNOWN_ID, content, post

SEARCH = "/data/search"

STEPS = [
    *content(),
    post("search assets", SEARCH, {"query": "Hero", "index_names": ["assets"]}),
    post("search shots", SEARCH, {"query": "SH010", "index_names": ["shots"]}),
    post("search persons", SEARCH, {"query": "Person", "index_names": ["persons"], "limit": 10}),
    post("search every index", SEARCH, {"query": "Hero"}),
    post("search in project", SEARCH,
         {"query": "Chair", "project_id": "{project}", "index_names": ["assets"]}),
    post("search in unknown project", SEARCH, {"query": "Chair", "project_id": UNKNOWN_ID}),
    post("search with offset", SEARCH, {"query": "Person", "index_names": ["persons"], "offset": 2}),
    post("search short query", SEARCH, {"query": "He"}),
    post("search missing query", SEARCH, {"index_names": ["assets"]}),
    post("search not an object", SEARCH, ["Hero"]),
    post("search bad index names", SEARCH, {"query": "Hero", "index_names": "assets"}),
    post("search unknown index", SEARCH, {"query": "Hero", "index_names": ["edits"]}),
    post("search bad limit", SEARCH, {"query": "Hero", "limit": 0}),
    post("search malformed project", SEARCH, {"query": "Hero", "project_id": "not-a-uuid"}),
    post("search as artist", SEARCH, {"query": "Hero"}, as_="user"),
    post("search as vendor outside team", SEARCH, {"query": "Hero"}, as_="vendor"),
    post("search as client outside team", SEARCH, {"query": "Person", "index_names": ["persons"]},
         as_="client"),
]
