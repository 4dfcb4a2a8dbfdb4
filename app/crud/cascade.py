"""Zou's deletion service: what goes with a task, a project, a person, a comment, a preview or a
playlist when they are removed. Set-based statements, so a big project goes in a few queries.

Stored files are left to the storage purge (Zou only removes them with REMOVE_FILES or force)."""

from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app import events
from app.models import (
    ApiEvent,
    AssetInstance,
    AssetInstanceLink,
    AttachmentFile,
    Budget,
    BudgetEntry,
    BuildJob,
    ChatMessage,
    ChatParticipant,
    Comment,
    CommentPreviewLink,
    DayOff,
    DepartmentMetadataDescriptorLink,
    DesktopLoginLog,
    Entity,
    EntityConceptLink,
    EntityLink,
    EntityVersion,
    LoginLog,
    MetadataDescriptor,
    Milestone,
    News,
    Notification,
    OutputFile,
    Playlist,
    PlaylistShareLink,
    PreviewFile,
    ProductionScheduleVersion,
    ProductionScheduleVersionTaskLink,
    ProductionScheduleVersionTaskLinkPersonLink,
    Project,
    ProjectPersonLink,
    ScheduleItem,
    SearchFilter,
    SearchFilterGroup,
    Subscription,
    Task,
    TaskPersonLink,
    TimeSpent,
    WorkingFile,
    comment_acknoledgments,
    comment_department_mentions,
    comment_mentions,
)


def _ids(values: Iterable[Any]) -> list[Any]:
    return list(dict.fromkeys(values))


async def select_ids(session: AsyncSession, query) -> list[Any]:
    return list((await session.execute(query)).scalars().all())


async def unlink_preview_files(session: AsyncSession, preview_ids: list[Any]) -> None:
    """Detach previews from the entities, news and comments that show them."""
    for model, column in (
        (Entity, Entity.preview_file_id),
        (News, News.preview_file_id),
        (Comment, Comment.preview_file_id),
    ):
        await session.execute(update(model).where(column.in_(preview_ids)).values({column.key: None}))
    await session.execute(delete(CommentPreviewLink).where(CommentPreviewLink.preview_file.in_(preview_ids)))


async def refresh_last_previews(session: AsyncSession, task_ids: list[Any], removed_ids: list[Any]) -> None:
    """A task points at its last preview without a foreign key: move it to the newest one left."""
    for task_id in _ids(t for t in task_ids if t is not None):
        latest = (
            select(PreviewFile.id)
            .where(PreviewFile.task_id == task_id)
            .order_by(PreviewFile.created_at.desc())
            .limit(1)
            .scalar_subquery()
        )
        await session.execute(
            update(Task)
            .where(Task.id == task_id, Task.last_preview_file_id.in_(removed_ids))
            .values(last_preview_file_id=latest)
        )


async def remove_preview_files(session: AsyncSession, preview_ids: list[Any]) -> None:
    if not preview_ids:
        return
    task_ids = await select_ids(session, select(PreviewFile.task_id).where(PreviewFile.id.in_(preview_ids)))
    await unlink_preview_files(session, preview_ids)
    await session.execute(delete(PreviewFile).where(PreviewFile.id.in_(preview_ids)))
    await refresh_last_previews(session, task_ids, preview_ids)


async def comment_previews(session: AsyncSession, comment_ids: list[Any]) -> list[Any]:
    """Previews published with comments (linked, or the comment's own preview)."""
    linked = await select_ids(
        session, select(CommentPreviewLink.preview_file).where(CommentPreviewLink.comment.in_(comment_ids))
    )
    own = await select_ids(
        session,
        select(Comment.preview_file_id).where(
            Comment.id.in_(comment_ids), Comment.preview_file_id.is_not(None)
        ),
    )
    return _ids(linked + own)


async def clear_comment_dependents(session: AsyncSession, comment_ids: list[Any]) -> None:
    """Notifications, news, attachments, mentions and preview links of comments."""
    await session.execute(delete(Notification).where(Notification.comment_id.in_(comment_ids)))
    await session.execute(delete(News).where(News.comment_id.in_(comment_ids)))
    await session.execute(delete(AttachmentFile).where(AttachmentFile.comment_id.in_(comment_ids)))
    for table in (comment_mentions, comment_department_mentions, comment_acknoledgments):
        await session.execute(delete(table).where(table.c.comment.in_(comment_ids)))
    await session.execute(delete(CommentPreviewLink).where(CommentPreviewLink.comment.in_(comment_ids)))
    await session.execute(update(Comment).where(Comment.id.in_(comment_ids)).values(preview_file_id=None))


async def remove_comments(session: AsyncSession, comment_ids: list[Any], with_previews: bool = True) -> None:
    """A comment goes with what hangs on it and (by default) the previews it published."""
    if not comment_ids:
        return
    previews = await comment_previews(session, comment_ids) if with_previews else []
    await clear_comment_dependents(session, comment_ids)
    await remove_preview_files(session, previews)
    await session.execute(delete(Comment).where(Comment.id.in_(comment_ids)))


async def remove_output_files(session: AsyncSession, condition) -> None:
    output_ids = await select_ids(session, select(OutputFile.id).where(condition))
    if output_ids:
        await session.execute(
            update(PreviewFile).where(PreviewFile.source_file_id.in_(output_ids)).values(source_file_id=None)
        )
        await session.execute(delete(OutputFile).where(OutputFile.id.in_(output_ids)))


async def clear_task_dependents(session: AsyncSession, task_ids: list[Any]) -> None:
    """Zou's remove_task(force=True) minus the task row: files, comments, previews, time, news."""
    if not task_ids:
        return
    working_ids = await select_ids(session, select(WorkingFile.id).where(WorkingFile.task_id.in_(task_ids)))
    if working_ids:
        await remove_output_files(session, OutputFile.source_file_id.in_(working_ids))
        await session.execute(delete(WorkingFile).where(WorkingFile.id.in_(working_ids)))
    comment_ids = await select_ids(session, select(Comment.id).where(Comment.object_id.in_(task_ids)))
    await remove_comments(session, comment_ids, with_previews=False)
    await session.execute(delete(Subscription).where(Subscription.task_id.in_(task_ids)))
    previews = await select_ids(session, select(PreviewFile.id).where(PreviewFile.task_id.in_(task_ids)))
    await remove_preview_files(session, previews)
    await session.execute(delete(TimeSpent).where(TimeSpent.task_id.in_(task_ids)))
    await session.execute(delete(Notification).where(Notification.task_id.in_(task_ids)))
    await session.execute(delete(News).where(News.task_id.in_(task_ids)))


async def _remove_schedule_links(session: AsyncSession, condition) -> None:
    link_ids = await select_ids(session, select(ProductionScheduleVersionTaskLink.id).where(condition))
    if link_ids:
        link_column = ProductionScheduleVersionTaskLinkPersonLink.production_schedule_version_task_link_id
        await session.execute(
            delete(ProductionScheduleVersionTaskLinkPersonLink).where(link_column.in_(link_ids))
        )
        await session.execute(
            delete(ProductionScheduleVersionTaskLink).where(
                ProductionScheduleVersionTaskLink.id.in_(link_ids)
            )
        )


async def remove_tasks(session: AsyncSession, tasks: list[Task], user_id: Any, persist: bool = True) -> None:
    """Delete tasks with everything attached, one `task:delete` event each, as Zou does."""
    task_ids = [task.id for task in tasks]
    if not task_ids:
        return
    await clear_task_dependents(session, task_ids)
    await _remove_schedule_links(session, ProductionScheduleVersionTaskLink.task_id.in_(task_ids))
    await session.execute(delete(TaskPersonLink).where(TaskPersonLink.task_id.in_(task_ids)))
    await session.execute(delete(Task).where(Task.id.in_(task_ids)))
    for task in tasks:
        data = task_event_data(task)
        events.emit(
            session, "task:delete", data, project_id=task.project_id, user_id=user_id, persist=persist
        )


def task_event_data(task: Any) -> dict[str, Any]:
    get = task.get if isinstance(task, dict) else lambda name: getattr(task, name)
    return {"task_id": get("id"), "entity_id": get("entity_id"), "task_type_id": get("task_type_id")}


async def remove_playlist_dependents(session: AsyncSession, playlist_ids: list[Any]) -> None:
    """Notifications, build jobs and share links of playlists (their files are left to the purge)."""
    if not playlist_ids:
        return
    await session.execute(delete(Notification).where(Notification.playlist_id.in_(playlist_ids)))
    await session.execute(delete(BuildJob).where(BuildJob.playlist_id.in_(playlist_ids)))
    await session.execute(delete(PlaylistShareLink).where(PlaylistShareLink.playlist_id.in_(playlist_ids)))


async def remove_playlists(session: AsyncSession, playlist_ids: list[Any]) -> None:
    await remove_playlist_dependents(session, playlist_ids)
    if playlist_ids:
        await session.execute(delete(Playlist).where(Playlist.id.in_(playlist_ids)))


async def clear_entity_links(session: AsyncSession, entity_ids: list[Any]) -> None:
    """Casting and concept links both ways, before entities go."""
    for model in (EntityLink, EntityConceptLink):
        await session.execute(delete(model).where(model.entity_in_id.in_(entity_ids)))
        await session.execute(delete(model).where(model.entity_out_id.in_(entity_ids)))


async def remove_project_content(session: AsyncSession, project_id: Any, user_id: Any) -> None:
    """Zou's remove_project without the project row (the CRUD engine deletes it and its links)
    nor its preview account (the projects area removes that first)."""
    tasks = list((await session.execute(select(Task).where(Task.project_id == project_id))).scalars().all())
    # Zou journals these events, then deletes the project's journal: they are only published.
    await remove_tasks(session, tasks, user_id, persist=False)
    entities = select(Entity.id).where(Entity.project_id == project_id)
    entity_ids = await select_ids(session, entities)
    if entity_ids:
        await clear_entity_links(session, entity_ids)
        await session.execute(delete(EntityVersion).where(EntityVersion.entity_id.in_(entity_ids)))
        await session.execute(delete(Subscription).where(Subscription.entity_id.in_(entity_ids)))
        await session.execute(delete(AssetInstanceLink).where(AssetInstanceLink.entity_id.in_(entity_ids)))
        instance_ids = await select_ids(
            session, select(AssetInstance.id).where(AssetInstance.asset_id.in_(entity_ids))
        )
        await remove_output_files(
            session,
            OutputFile.entity_id.in_(entity_ids)
            | OutputFile.temporal_entity_id.in_(entity_ids)
            | OutputFile.asset_instance_id.in_(instance_ids),
        )
        await session.execute(
            delete(AssetInstanceLink).where(AssetInstanceLink.asset_instance_id.in_(instance_ids))
        )
        await session.execute(delete(AssetInstance).where(AssetInstance.id.in_(instance_ids)))
        await session.execute(delete(WorkingFile).where(WorkingFile.entity_id.in_(entity_ids)))
    playlists = await select_ids(session, select(Playlist.id).where(Playlist.project_id == project_id))
    await remove_playlists(session, playlists)
    await session.execute(delete(ApiEvent).where(ApiEvent.project_id == project_id))
    await session.execute(
        update(Entity).where(Entity.project_id == project_id).values(parent_id=None, source_id=None)
    )
    await session.execute(delete(Entity).where(Entity.project_id == project_id))
    descriptors = select(MetadataDescriptor.id).where(MetadataDescriptor.project_id == project_id)
    await session.execute(
        delete(DepartmentMetadataDescriptorLink).where(
            DepartmentMetadataDescriptorLink.metadata_descriptor_id.in_(descriptors)
        )
    )
    for model in (MetadataDescriptor, Milestone, ScheduleItem, SearchFilter, SearchFilterGroup):
        await session.execute(delete(model).where(model.project_id == project_id))
    budgets = select(Budget.id).where(Budget.project_id == project_id)
    await session.execute(delete(BudgetEntry).where(BudgetEntry.budget_id.in_(budgets)))
    await session.execute(delete(Budget).where(Budget.project_id == project_id))
    await session.execute(
        update(Project).where(Project.id == project_id).values(from_schedule_version_id=None)
    )
    versions = select(ProductionScheduleVersion.id).where(ProductionScheduleVersion.project_id == project_id)
    await _remove_schedule_links(
        session, ProductionScheduleVersionTaskLink.production_schedule_version_id.in_(versions)
    )
    await session.execute(
        update(ProductionScheduleVersion)
        .where(ProductionScheduleVersion.project_id == project_id)
        .values(production_schedule_from=None)
    )
    await session.execute(
        delete(ProductionScheduleVersion).where(ProductionScheduleVersion.project_id == project_id)
    )


async def remove_person_content(session: AsyncSession, person_id: Any) -> None:
    """Zou's remove_person(force=True): what the person wrote goes, what they touched is unlinked."""
    comments = await select_ids(session, select(Comment.id).where(Comment.person_id == person_id))
    await remove_comments(session, comments)
    for table in (comment_acknoledgments, comment_mentions):
        await session.execute(delete(table).where(table.c.person == person_id))
    await session.execute(delete(ApiEvent).where(ApiEvent.user_id == person_id))
    await session.execute(delete(Notification).where(Notification.person_id == person_id))
    await session.execute(delete(Notification).where(Notification.author_id == person_id))
    await session.execute(delete(News).where(News.author_id == person_id))
    for model in (
        SearchFilter,
        SearchFilterGroup,
        DesktopLoginLog,
        LoginLog,
        Subscription,
        TimeSpent,
        DayOff,
    ):
        await session.execute(delete(model).where(model.person_id == person_id))
    await session.execute(delete(ProjectPersonLink).where(ProjectPersonLink.person_id == person_id))
    await session.execute(delete(TaskPersonLink).where(TaskPersonLink.person_id == person_id))
    await session.execute(delete(PlaylistShareLink).where(PlaylistShareLink.created_by == person_id))
    await session.execute(delete(ChatParticipant).where(ChatParticipant.person_id == person_id))
    messages = select(ChatMessage.id).where(ChatMessage.person_id == person_id)
    await session.execute(delete(AttachmentFile).where(AttachmentFile.chat_message_id.in_(messages)))
    await session.execute(delete(ChatMessage).where(ChatMessage.person_id == person_id))
    for column in (
        Task.assigner_id,
        OutputFile.person_id,
        WorkingFile.person_id,
        PreviewFile.person_id,
        Entity.created_by,
        EntityVersion.person_id,
        Playlist.created_by,
        Comment.editor_id,
        BudgetEntry.person_id,
    ):
        await session.execute(update(column.class_).where(column == person_id).values({column.key: None}))
