"""How a new project takes a template (`POST /data/projects` with `project_template_id`).

The project_templates area builds on this one (a template is a snapshot of project settings), so
this area cannot import it: the start-up (`app.areas.assemble`) provides it here instead.
"""

from typing import Any, Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.identity import Identity
from app.models import Project, ProjectTemplate


class Templating(Protocol):
    async def get_template(self, session: AsyncSession, template_id: Any) -> ProjectTemplate:
        """The template, or a ZouError when there is none."""

    async def apply_to_project(
        self,
        session: AsyncSession,
        identity: Identity,
        project: Project,
        template: ProjectTemplate,
        overrides: dict[str, Any],
    ) -> None: ...


_provided: list[Templating] = []


def provide(templating: Templating) -> None:
    _provided[:] = [templating]


def templating() -> Templating:
    if not _provided:
        raise RuntimeError("project templates are not wired: call app.areas.assemble() at start-up")
    return _provided[0]
