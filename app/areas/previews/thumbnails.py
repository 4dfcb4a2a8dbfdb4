"""Thumbnails at Zou's sizes, made with libvips (pyvips): fit inside, centred on a transparent canvas.

Zou (Pillow, `zou/app/utils/thumbnail.py`) scales the picture to fit the target box keeping its
aspect ratio, pastes it centred on a transparent RGBA canvas of exactly the target size and saves
a PNG. libvips does the same in one streaming pass with far less memory, and also honours EXIF
orientation and embedded colour profiles, which Pillow's path ignored.
"""

import asyncio
import logging
import math
from functools import cache
from types import ModuleType


@cache
def _pyvips() -> ModuleType:
    """pyvips, imported on first use: libvips costs every API process ~8 MB resident otherwise,
    and only the picture routes and jobs need it."""
    import pyvips

    # libvips reports every finished threadpool at INFO level: pure noise in the API and worker logs.
    logging.getLogger("pyvips").setLevel(logging.WARNING)
    return pyvips


# Zou's sizes (width, height); a height of 0 means "keep the picture's aspect ratio".
RECTANGLE_SIZE = (150, 100)  # preview thumbnails
SQUARE_SIZE = (100, 100)  # thumbnails-square
PREVIEW_SIZE = (1200, 0)  # previews
BIG_SQUARE_SIZE = (400, 400)  # person, project and organisation avatars
BIG_RECTANGLE_SIZE = (300, 200)  # preview background thumbnails

# Zou refuses pictures above 20000 x 20000 pixels (Pillow's decompression-bomb guard).
MAX_IMAGE_PIXELS = 20000 * 20000

# Raster formats a studio uploads as pictures. libvips can also render PDF, SVG and others,
# which are neither expected here nor safe to rasterise from untrusted uploads.
ACCEPTED_LOADERS = frozenset(
    {
        "jpegload_buffer",
        "pngload_buffer",
        "webpload_buffer",
        "gifload_buffer",
        "tiffload_buffer",
        "heifload_buffer",
    }
)


class NotAnImageError(ValueError):
    """The bytes are not a picture we can turn into a thumbnail."""


def image_size(data: bytes) -> tuple[int, int]:
    """Width and height read from the header only: a cheap check of an upload before storing it."""
    pyvips = _pyvips()
    try:
        image = pyvips.Image.new_from_buffer(data, "")
        loader = image.get("vips-loader")
    except pyvips.Error as exc:
        raise NotAnImageError("unreadable image") from exc
    if loader not in ACCEPTED_LOADERS:
        raise NotAnImageError(f"unsupported image format ({loader})")
    if image.width * image.height > MAX_IMAGE_PIXELS:
        raise NotAnImageError("image is too large")
    return image.width, image.height


def target_size(size: tuple[int, int], source: tuple[int, int]) -> tuple[int, int]:
    width, height = size
    if height == 0:
        height = math.ceil(width * source[1] / source[0])
    return width, height


def make_thumbnail(data: bytes, size: tuple[int, int] = BIG_SQUARE_SIZE) -> bytes:
    """A PNG of exactly `size` (RGBA): the picture fitted inside, centred, transparent around it.

    Smaller pictures are scaled up to fit, like Zou does, but never stretched out of their
    aspect ratio (Zou stretches a picture smaller than the box in both directions).
    """
    width, height = target_size(size, image_size(data))
    pyvips = _pyvips()
    try:
        image = pyvips.Image.thumbnail_buffer(data, width, height=height, size="both")
        if image.interpretation != "srgb":
            # CMYK, greyscale and 16-bit pictures all end up as 8-bit sRGB, as Zou's PNGs are.
            image = image.colourspace("srgb")
        if image.format != "uchar":
            image = image.cast("uchar")
        if not image.hasalpha():
            image = image.bandjoin(255)
        image = image.gravity("centre", width, height, extend="background", background=[0, 0, 0, 0])
        return image.write_to_buffer(".png", keep="none")
    except pyvips.Error as exc:  # a header that parses over a body that does not
        raise NotAnImageError("unreadable image") from exc


async def make_thumbnail_async(data: bytes, size: tuple[int, int] = BIG_SQUARE_SIZE) -> bytes:
    # libvips releases the GIL: a worker thread keeps the event loop responsive meanwhile.
    return await asyncio.to_thread(make_thumbnail, data, size)
