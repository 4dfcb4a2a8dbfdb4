"""What the projects area needs of templates to create a project from one (see its `templating`)."""

from app.areas.project_templates.service import get_template
from app.areas.project_templates.snapshot import apply_to_project


class ProjectTemplating:
    get_template = staticmethod(get_template)
    apply_to_project = staticmethod(apply_to_project)


TEMPLATING = ProjectTemplating()
