"""Which table and hooks serve each `/data/<collection>`.

Areas declare their collections (`COLLECTIONS` in `app/areas/<area>/hooks`); the start-up
(`app.areas.assemble`) registers them here before any route is built. Zou's irregular nouns are
kept: `project-status`, `task-status`, `file-status` are singular; `softwares`, `news` are not.
"""

from collections.abc import Mapping
from functools import cache

from app.crud.engine import CrudEngine
from app.crud.hooks import CrudHooks

# path -> (model class name in app.models, hooks class). Filled in place, so importers of the
# name see every registered collection.
Collections = Mapping[str, tuple[str, type[CrudHooks]]]
COLLECTIONS: dict[str, tuple[str, type[CrudHooks]]] = {}


def register(collections: Collections) -> None:
    """Add an area's collections; a path claimed twice with another declaration is an error."""
    for path, declaration in collections.items():
        if COLLECTIONS.get(path, declaration) != declaration:
            raise ValueError(f"collection {path!r} is declared twice")
        COLLECTIONS[path] = declaration
    engine_for.cache_clear()


@cache
def engine_for(path: str) -> CrudEngine:
    import app.models as models

    class_name, hooks = COLLECTIONS[path]
    return CrudEngine(getattr(models, class_name), hooks)
