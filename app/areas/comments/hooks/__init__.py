"""The `/data` collections of the comments area and their hooks."""

from app.areas.comments.hooks.attachment_file import AttachmentFileHooks
from app.areas.comments.hooks.comment import CommentHooks
from app.crud.registry import Collections

COLLECTIONS: Collections = {
    "attachment-files": ("AttachmentFile", AttachmentFileHooks),
    "comments": ("Comment", CommentHooks),
}
