"""Thumbnails: Zou's sizes, PNG with alpha, picture fitted and centred on a transparent canvas."""

import pytest
import pyvips

from app.areas.previews.thumbnails import (
    BIG_SQUARE_SIZE,
    PREVIEW_SIZE,
    RECTANGLE_SIZE,
    NotAnImageError,
    image_size,
    make_thumbnail,
)
from tests.helpers.backends import picture


def load(png: bytes) -> pyvips.Image:
    image = pyvips.Image.new_from_buffer(png, "")
    assert image.get("vips-loader") == "pngload_buffer"
    return image


def test_avatar_is_a_400_square_png_with_transparent_margins():
    image = load(make_thumbnail(picture(800, 200), BIG_SQUARE_SIZE))
    assert (image.width, image.height, image.bands) == (400, 400, 4)
    assert image.getpoint(0, 0)[3] == 0  # above the picture: transparent
    assert image.getpoint(200, 200)[3] == 255  # the picture, centred
    assert image.getpoint(200, 149)[3] == 0 and image.getpoint(200, 150)[3] == 255  # 100 px high band


def test_small_picture_is_scaled_up_keeping_its_ratio():
    image = load(make_thumbnail(picture(20, 40, ".png"), BIG_SQUARE_SIZE))
    assert (image.width, image.height) == (400, 400)
    assert image.getpoint(99, 200)[3] == 0 and image.getpoint(100, 200)[3] == 255  # 200 px wide
    assert image.getpoint(200, 0)[3] == 255


def test_rectangle_and_width_only_sizes():
    rectangle = load(make_thumbnail(picture(), RECTANGLE_SIZE))
    assert (rectangle.width, rectangle.height) == (150, 100)
    preview = load(make_thumbnail(picture(640, 360), PREVIEW_SIZE))
    assert (preview.width, preview.height) == (1200, 675)


def test_greyscale_and_cmyk_become_srgb():
    grey = pyvips.Image.black(30, 30).copy(interpretation="b-w").write_to_buffer(".png")
    cmyk = pyvips.Image.black(30, 30, bands=4).copy(interpretation="cmyk").write_to_buffer(".tif")
    for data in (grey, cmyk):
        image = load(make_thumbnail(data, BIG_SQUARE_SIZE))
        assert image.bands == 4 and image.interpretation == "srgb"


@pytest.mark.parametrize(
    "data",
    [
        b"not a picture at all",
        b"%PDF-1.4\n%broken",
        b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>',
        picture()[:100],
    ],
)
def test_non_pictures_are_refused(data):
    with pytest.raises(NotAnImageError):
        make_thumbnail(data)


def test_image_size_reads_the_header():
    assert image_size(picture(321, 123, ".webp")) == (321, 123)
