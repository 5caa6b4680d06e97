"""pdfminer under resource limits: streams, glyphs, paths and pages are counted as they are read.

A hostile PDF can inflate a few kilobytes into gigabytes, or draw millions of
glyphs from a small content stream. Checking sizes after pdfminer has done the
work is too late (the memory is gone), so:

- every stream of the document gets a decode step that first measures the
  decoded size with a bounded inflate and charges it to the document's budget;
- pages come from a device that counts glyphs and paths while the interpreter
  draws them and stops at the limit;
- pages are listed lazily and the listing stops one past the page limit.
"""
from __future__ import annotations

import copy
import zlib
from io import BytesIO
from itertools import islice
from typing import Any, Callable

from pdfminer.lzw import LZWDecoder
from pdfminer.pdfpage import PDFPage
from pdfminer.pdftypes import LITERALS_FLATE_DECODE, LITERALS_LZW_DECODE, PDFStream
from pdfplumber.page import Page, PDFPageAggregatorWithMarkedContent

from ..errors import TooLarge
from ..limits import Limits, check_time
from .marks import MarkingInterpreter, MarkRecorder

_CLOCK_EVERY = 4096  # glyphs between two looks at the clock
_INFLATE_CHUNK = 64 * 1024  # compressed bytes fed at a time, so a damaged tail still counts what came before


class Budget:
    """What one document may still spend: decoded stream bytes, glyphs, paths."""

    def __init__(self, limits: Limits):
        self.limits = limits
        self.stream_bytes = 0
        self.chars = 0
        self.paths = 0

    def stream_room(self) -> int:
        return self.limits.max_stream_bytes - self.stream_bytes

    def spend_stream(self, size: int) -> None:
        self.stream_bytes += size
        if self.stream_bytes > self.limits.max_stream_bytes:
            raise TooLarge(f"streams decompress to more than {self.limits.max_stream_bytes} bytes")

    def spend_char(self) -> None:
        self.chars += 1
        if self.chars > self.limits.max_chars:
            raise TooLarge(f"more than {self.limits.max_chars} characters of text")
        if self.chars % _CLOCK_EVERY == 0:
            check_time()

    def spend_path(self) -> None:
        self.paths += 1
        if self.paths > self.limits.max_paths:
            raise TooLarge(f"more than {self.limits.max_paths} drawn paths")
        if self.paths % _CLOCK_EVERY == 0:
            check_time()


def _inflate(data: bytes, cap: int) -> bytes:
    """At most ``cap`` bytes of a deflate stream; a damaged part ends it (pdfminer keeps at most that)."""
    inflater = zlib.decompressobj()
    out = bytearray()
    try:
        for start in range(0, len(data), _INFLATE_CHUNK):
            out += inflater.decompress(data[start:start + _INFLATE_CHUNK], cap - len(out))
            if len(out) >= cap or inflater.eof:
                break
    except zlib.error:
        pass
    return bytes(out)


def _lzw(data: bytes, cap: int) -> bytes:
    out = bytearray()
    for chunk in LZWDecoder(BytesIO(data)).run():
        out += chunk
        if len(out) >= cap:
            break
    return bytes(out[:cap])


def decoded_size(stream: PDFStream, cap: int) -> int:
    """The size of the stream once decoded, counted up to ``cap`` (a value >= cap means "too big").

    The two filters that can expand a small input without bound (Flate, LZW) are
    run with an output cap; the others grow their input at most a few times.
    """
    data = stream.rawdata if stream.rawdata is not None else b""
    if stream.decipher and stream.objid is not None and stream.genno is not None:
        data = stream.decipher(stream.objid, stream.genno, data, stream.attrs)
    for name, _params in stream.get_filters():
        if name in LITERALS_FLATE_DECODE:
            data = _inflate(data, cap)
        elif name in LITERALS_LZW_DECODE:
            data = _lzw(data, cap)
        else:
            break  # ASCII85/Hex, RunLength and image codecs: bounded by the input size
        if len(data) >= cap:
            break
    return len(data)


def guard_streams(doc: Any, budget: Budget) -> None:
    """Give every stream of the document a decode that is charged to the budget first.

    Every object pdfminer reads goes through the document's ``getobj`` (references,
    pages, fonts, forms, and the object streams holding other objects), so a
    wrapper there guards each stream as it is met and before anything decodes it;
    objects read while the file was opened are already cached and guarded at once.
    Only the objects a parse touches are visited, not the whole file.
    """
    for obj, _genno in list(getattr(doc, "_cached_objs", {}).values()):
        _guard(obj, budget)
    read = doc.getobj

    def getobj(objid: int) -> object:
        obj = read(objid)
        _guard(obj, budget)
        return obj

    doc.getobj = getobj


def _guard(obj: object, budget: Budget) -> None:
    if isinstance(obj, PDFStream) and obj.data is None and "decode" not in vars(obj):
        obj.decode = _charged_decode(obj, budget)  # type: ignore[method-assign]


def _charged_decode(stream: PDFStream, budget: Budget) -> Callable[[], None]:
    def decode() -> None:
        room = budget.stream_room()
        budget.spend_stream(decoded_size(stream, room + 1))
        PDFStream.decode(stream)

    return decode


class _CountingDevice(MarkRecorder, PDFPageAggregatorWithMarkedContent):
    """pdfplumber's page device, charging each glyph and path to the budget as it is drawn
    (and recording what decides whether each glyph shows)."""

    def __init__(self, *args: Any, budget: Budget, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.budget = budget
        self.init_marks()

    page_chars = 0

    def render_char(self, *args: Any, **kwargs: Any) -> float:
        self.page_chars += 1
        if self.page_chars > self.budget.limits.max_page_chars:
            raise TooLarge(f"page {self.pageno} draws more than {self.budget.limits.max_page_chars} characters")
        self.budget.spend_char()
        return super().render_char(*args, **kwargs)

    def paint_path(self, *args: Any, **kwargs: Any) -> None:
        self.budget.spend_path()
        super().paint_path(*args, **kwargs)


class BoundedPage(Page):
    """A pdfplumber page whose content is interpreted by the counting device."""

    def __init__(self, pdf: Any, page_obj: PDFPage, page_number: int, budget: Budget):
        super().__init__(pdf, page_obj, page_number=page_number)
        self.budget = budget

    @property
    def layout(self) -> Any:  # same as pdfplumber's, with the counting device and no exception wrapping
        if not hasattr(self, "_layout"):
            device = _CountingDevice(self.pdf.rsrcmgr, pageno=self.page_number,
                                     laparams=self.pdf.laparams, budget=self.budget)
            MarkingInterpreter(self.pdf.rsrcmgr, device).process_page(self.page_obj)
            self._layout = device.get_result()
            self.inks, self.paints = device.inks, device.paints
        return self._layout


def list_pages(doc: Any, limit: int) -> list[PDFPage]:
    """The document's pages, listing at most one past ``limit`` (a page tree can be huge)."""
    pages = list(islice(PDFPage.create_pages(doc), limit + 1))
    if len(pages) > limit:
        raise TooLarge(f"more than {limit} pages (limit {limit})")
    return pages


def unrotated(page_obj: PDFPage) -> PDFPage:
    """The page without its /Rotate entry, for content that was drawn already turned."""
    plain = copy.copy(page_obj)
    plain.rotate = 0
    plain.attrs = {k: v for k, v in page_obj.attrs.items() if k != "Rotate"}
    return plain
