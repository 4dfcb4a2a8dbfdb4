"""The `/data` collections of the files area and their hooks."""

from app.areas.files.hooks.file_status import FileStatusHooks
from app.areas.files.hooks.output_file import OutputFileHooks
from app.areas.files.hooks.output_type import OutputTypeHooks
from app.areas.files.hooks.working_file import WorkingFileHooks
from app.crud.registry import Collections

COLLECTIONS: Collections = {
    "file-status": ("FileStatus", FileStatusHooks),
    "output-files": ("OutputFile", OutputFileHooks),
    "output-types": ("OutputType", OutputTypeHooks),
    "working-files": ("WorkingFile", WorkingFileHooks),
}
