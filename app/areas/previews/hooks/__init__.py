"""The `/data` collections of the previews area and their hooks."""

from app.areas.previews.hooks.preview_background_file import PreviewBackgroundFileHooks
from app.areas.previews.hooks.preview_file import PreviewFileHooks
from app.crud.registry import Collections

COLLECTIONS: Collections = {
    "preview-background-files": ("PreviewBackgroundFile", PreviewBackgroundFileHooks),
    "preview-files": ("PreviewFile", PreviewFileHooks),
}
