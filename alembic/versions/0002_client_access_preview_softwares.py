"""Zou 1.0.97 client access settings, preview accounts and task type softwares

Zou's revisions d4f1b8a6c2e3 (person preview account columns), d2f6a8c1e3b7
(project_task_type_software_link), e5a2c7d9b1f4 (client visibility flags) and
f3b8d1a6c4e2 (per-production client allowed override of task statuses) in one step.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 23:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SOFTWARE_LINK = "project_task_type_software_link"
SOFTWARE_LINK_KEYS = ("project_id", "task_type_id", "software_id")
VISIBILITY_COLUMNS = (
    "is_client_stats_visible",
    "is_client_task_list_visible",
    "is_client_task_panel_visible",
)
PROJECT_TABLES = ("project", "project_template")
TASK_TYPE_LINKS = ("project_task_type_link", "project_template_task_type_link")
TASK_STATUS_LINKS = ("project_task_status_link", "project_template_task_status_link")


def _visible(name: str) -> sa.Column:
    # Existing rows stay visible to clients, as Zou's migration leaves them.
    return sa.Column(name, sa.Boolean(), server_default=sa.text("true"), nullable=True)


def upgrade() -> None:
    op.create_table(
        SOFTWARE_LINK,
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("project_id", sa.Uuid(), nullable=False),
        sa.Column("task_type_id", sa.Uuid(), nullable=False),
        sa.Column("software_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f(f"{SOFTWARE_LINK}_project_id_fkey"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["software_id"],
            ["software.id"],
            name=op.f(f"{SOFTWARE_LINK}_software_id_fkey"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["task_type_id"],
            ["task_type.id"],
            name=op.f(f"{SOFTWARE_LINK}_task_type_id_fkey"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("project_id", "task_type_id", "software_id", "id"),
        sa.UniqueConstraint(*SOFTWARE_LINK_KEYS, name="project_task_type_software_uc"),
    )
    for key in SOFTWARE_LINK_KEYS:
        op.create_index(op.f(f"ix_{SOFTWARE_LINK}_{key}"), SOFTWARE_LINK, [key], unique=False)

    with op.batch_alter_table("person") as batch:
        batch.add_column(sa.Column("preview_project_id", sa.Uuid(), nullable=True))
        batch.add_column(sa.Column("preview_opened_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("preview_open_until", sa.DateTime(), nullable=True))
        batch.create_index(op.f("ix_person_preview_project_id"), ["preview_project_id"], unique=True)
        batch.create_foreign_key(
            op.f("person_preview_project_id_fkey"), "project", ["preview_project_id"], ["id"]
        )

    for table in PROJECT_TABLES:
        with op.batch_alter_table(table) as batch:
            for name in VISIBILITY_COLUMNS:
                batch.add_column(_visible(name))
    for table in TASK_TYPE_LINKS:
        with op.batch_alter_table(table) as batch:
            batch.add_column(_visible("is_client_visible"))
    for table in TASK_STATUS_LINKS:
        with op.batch_alter_table(table) as batch:
            # Null: the link inherits the studio's task_status.is_client_allowed.
            batch.add_column(sa.Column("is_client_allowed", sa.Boolean(), nullable=True))


def downgrade() -> None:
    for table in TASK_STATUS_LINKS:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("is_client_allowed")
    for table in TASK_TYPE_LINKS:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("is_client_visible")
    for table in PROJECT_TABLES:
        with op.batch_alter_table(table) as batch:
            for name in reversed(VISIBILITY_COLUMNS):
                batch.drop_column(name)

    with op.batch_alter_table("person") as batch:
        batch.drop_constraint(op.f("person_preview_project_id_fkey"), type_="foreignkey")
        batch.drop_index(op.f("ix_person_preview_project_id"))
        batch.drop_column("preview_open_until")
        batch.drop_column("preview_opened_at")
        batch.drop_column("preview_project_id")

    for key in reversed(SOFTWARE_LINK_KEYS):
        op.drop_index(op.f(f"ix_{SOFTWARE_LINK}_{key}"), table_name=SOFTWARE_LINK)
    op.drop_table(SOFTWARE_LINK)
