"""PDF pages as images (PDFium): for the review page and for OCR.

Pages are rendered over their media box, the frame both engines measure word
boxes in, so a box in PDF points is the same box on the image times the scale.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator

from ..errors import PASSWORD_ADVICE, DamagedPDF, Encrypted
from ..limits import check_time

# A page is rendered with at most this many pixels, whatever size it claims to be
# (a 200-inch page at 300 dpi would take gigabytes).
MAX_PIXELS = 40_000_000


@dataclass
class PageImage:
    number: int  # 1-based
    width: float  # the media box in PDF points
    height: float
    scale: float  # pixels per PDF point
    image: Any  # PIL.Image.Image (RGB); Pillow is an optional extra


def render_pages(data: bytes, scale: float, password: str | None = None,
                 pages: set[int] | None = None) -> Iterator[PageImage]:
    """The pages (all, or the 1-based numbers in ``pages``) as RGB images at ``scale`` pixels
    per point, less where the page is too large for :data:`MAX_PIXELS`."""
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(data, password=password)
    except pypdfium2.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise Encrypted("encrypted PDF", advice=PASSWORD_ADVICE) from None
        raise DamagedPDF(f"cannot open PDF for rendering ({type(exc).__name__})") from None
    try:
        for index in range(len(pdf)):
            if pages is not None and index + 1 not in pages:
                continue
            check_time()
            page = pdf[index]
            try:
                x0, y0, x1, y1 = page.get_mediabox()
                page.set_cropbox(x0, y0, x1, y1)
                width, height = x1 - x0, y1 - y0
                fit = min(scale, (MAX_PIXELS / max(width * height, 1.0)) ** 0.5)
                image = page.render(scale=fit, rotation=0).to_pil().convert("RGB")
                # The bitmap's size is whole pixels: the true scale is what it holds per point.
                yield PageImage(index + 1, width, height, image.width / width if width else fit, image)
            finally:
                page.close()
    finally:
        pdf.close()
