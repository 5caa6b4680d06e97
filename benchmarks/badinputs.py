"""Hostile and broken inputs, built at run time (nothing big is committed).

    python benchmarks/badinputs.py OUTDIR          # write every kind to OUTDIR
    python benchmarks/badinputs.py OUTDIR --run    # ... and run `cvparse FILE --json` on each

Two sets: BAD are inputs that must end with a typed error (non-zero exit),
QUIRKS are odd but readable PDFs that must give a record, never a crash.
All text is synthetic. The tests import the builders from here.
"""
from __future__ import annotations

import argparse
import hashlib
import random
import struct
import subprocess
import sys
import time
import zlib
from pathlib import Path
from typing import Callable

# ---------------------------------------------------------------- a tiny PDF writer


def pdf(objects: list[bytes], root: int = 1, trailer: bytes = b"", xref: bool = True) -> bytes:
    """A PDF file from its objects (object N is objects[N-1]) with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    start = len(out)
    if xref:
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
        out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, root, trailer, start)
    return bytes(out)


def stream(data: bytes, entries: bytes = b"", flate: bool = True) -> bytes:
    if flate:
        data = zlib.compress(data)
        entries += b" /Filter /FlateDecode"
    return b"<< /Length %d%s >>\nstream\n" % (len(data), entries) + data + b"\nendstream"


HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
SAMPLE_LINES = ["Alex Example", "alex@example.org", "Experience", "Analyst, Example Corp  2019 - 2021",
                "Education", "BSc Mathematics, Example University  2015 - 2019"]


def text_content(lines: list[str] = SAMPLE_LINES, size: int = 11) -> bytes:
    ops = [b"BT /F1 %d Tf 72 770 Td %d TL" % (size, size + 4)]
    for line in lines:
        escaped = line.encode("latin-1").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        ops.append(b"(" + escaped + b") Tj T*")
    ops.append(b"ET")
    return b"\n".join(ops)


def text_pdf(pages: int = 1, content: bytes | None = None, media_box: bytes = b"[0 0 595 842]",
             page_extra: bytes = b"", fonts: bytes = b"/F1 4 0 R", font_obj: bytes = HELVETICA,
             flate: bool = True, object_3: bytes = b"<< >>") -> bytes:
    """Catalog 1, Pages 2, a spare object 3, font 4, then per page: Page, Contents."""
    content = text_content() if content is None else content
    first_page = 5
    kids = b" ".join(b"%d 0 R" % (first_page + 2 * i) for i in range(pages))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
               object_3,
               font_obj]
    for i in range(pages):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox %s /Resources << /Font << %s >> >> "
                       b"/Contents %d 0 R %s>>" % (media_box, fonts, first_page + 2 * i + 1, page_extra))
        objects.append(stream(content, flate=flate))
    return pdf(objects)


# ---------------------------------------------------------------- bad inputs (typed errors)


def empty() -> bytes:
    return b""


def random_bytes() -> bytes:
    return random.Random(4).randbytes(8192)


def plain_text() -> bytes:
    return "\n".join(SAMPLE_LINES).encode() + b"\n"


def png() -> bytes:
    def chunk(tag: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + tag + body + struct.pack(">I", zlib.crc32(tag + body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0\0")) + chunk(b"IEND", b"")


def header_only() -> bytes:
    return b"%PDF-1.7\n"


def truncated() -> bytes:
    whole = text_pdf()
    return whole[: whole.index(b"stream\n") + 20]


_PAD = bytes.fromhex("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a")
PASSWORD = "secret"


def _rc4(key: bytes, data: bytes) -> bytes:
    from pdfminer.arcfour import Arcfour

    return Arcfour(key).encrypt(data)


def encrypted(password: str = PASSWORD) -> bytes:
    """A text PDF under the standard security handler (RC4, 40-bit, revision 2)."""
    user = (password.encode() + _PAD)[:32]
    owner_key = hashlib.md5((b"owner-" + password.encode() + _PAD)[:32]).digest()[:5]
    o_entry = _rc4(owner_key, user)
    permissions = -4
    file_id = hashlib.md5(b"cvparse bad input").digest()
    key = hashlib.md5(user + o_entry + struct.pack("<i", permissions) + file_id).digest()[:5]
    u_entry = _rc4(key, _PAD)

    def object_key(number: int) -> bytes:
        return hashlib.md5(key + struct.pack("<I", number)[:3] + b"\0\0").digest()[:10]

    content = zlib.compress(text_content())
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
               b"/Contents 4 0 R >>",
               stream(_rc4(object_key(4), content), b" /Filter /FlateDecode", flate=False),
               HELVETICA,
               b"<< /Filter /Standard /V 1 /R 2 /Length 40 /P %d /O <%s> /U <%s> >>"
               % (permissions, o_entry.hex().encode(), u_entry.hex().encode())]
    return pdf(objects, trailer=b"/Encrypt 6 0 R /ID [<%s> <%s>] " % (file_id.hex().encode(), file_id.hex().encode()))


def image_only() -> bytes:
    pixels = bytes(random.Random(1).randrange(256) for _ in range(64 * 64))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
               b"/Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
               stream(b"q 500 0 0 700 47 70 cm /Im1 Do Q"),
               stream(pixels, b" /Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray "
                              b"/BitsPerComponent 8")]
    return pdf(objects)


def many_pages(pages: int = 300) -> bytes:
    return text_pdf(pages=pages)


def _deflate_repeated(unit: bytes, total: int) -> bytes:
    packer = zlib.compressobj(9)
    block = unit * (1024 * 1024 // len(unit))
    out = [packer.compress(block) for _ in range(total // len(block))]
    return b"".join(out) + packer.flush()


def decompression_bomb(megabytes: int = 300) -> bytes:
    """A page whose content stream inflates from a few hundred kilobytes to hundreds of megabytes."""
    data = _deflate_repeated(b" ", megabytes * 1024 * 1024)
    return text_pdf(content=b"").replace(stream(b""), b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data)
                                         + data + b"\nendstream")


def operator_bomb(operators: int = 3_000_000) -> bytes:
    """Millions of text-show operators from a stream of a few tens of kilobytes."""
    content = b"BT /F1 1 Tf 72 770 Td " + b"(x) Tj " * operators + b"ET"
    return text_pdf(content=content)


def page_tree_loop() -> bytes:
    """A page tree whose only kid is itself: no page at all."""
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>"])


BAD: dict[str, tuple[Callable[[], bytes], int]] = {  # kind -> (builder, exit code)
    "empty": (empty, 3),
    "random": (random_bytes, 3),
    "text": (plain_text, 3),
    "png": (png, 3),
    "header-only": (header_only, 4),
    "truncated": (truncated, 4),
    "encrypted": (encrypted, 5),
    "image-only": (image_only, 6),
    "300-pages": (many_pages, 7),
    "decompression-bomb": (decompression_bomb, 7),
    "operator-bomb": (operator_bomb, 7),
    "page-tree-loop": (page_tree_loop, 4),
}

# ---------------------------------------------------------------- quirks (a record, maybe warnings)


def page_tree_loop_with_page() -> bytes:
    """A page tree that lists itself next to a real page."""
    return text_pdf().replace(b"/Kids [5 0 R]", b"/Kids [2 0 R 5 0 R 2 0 R]")


def broken_xref() -> bytes:
    """Every xref offset points to the wrong place; readers must rebuild it by scanning."""
    head, tail = text_pdf().split(b"\nxref\n", 1)
    rows = [b"%010d 00000 n " % (int(row[:10]) + 13) if row.endswith(b" n ") else row for row in tail.split(b"\n")]
    return head + b"\nxref\n" + b"\n".join(rows)


def missing_font() -> bytes:
    """Text set in a font the page's resources do not define."""
    return text_pdf(fonts=b"")


def no_unicode_map() -> bytes:
    """Readable lines, then many more set in a composite font without ToUnicode (glyph ids only)."""
    font = (b"<< /Type /Font /Subtype /Type0 /BaseFont /Hidden /Encoding /Identity-H /DescendantFonts "
            b"[<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Hidden /DW 500 /CIDSystemInfo "
            b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>] >>")
    codes = b"".join(b"<%s> Tj T*" % bytes(range(1, 41)).hex().encode() for _ in range(6))
    garbage = b"BT /F2 11 Tf 72 500 Td 15 TL " + codes + b" ET"
    return text_pdf(content=text_content() + b"\n" + garbage, fonts=b"/F1 4 0 R /F2 3 0 R", object_3=font)


def rotated() -> bytes:
    return text_pdf(page_extra=b"/Rotate 90 ")


def zero_size() -> bytes:
    return text_pdf(media_box=b"[0 0 0 0]")


QUIRKS: dict[str, Callable[[], bytes]] = {
    "page-tree-loop-with-page": page_tree_loop_with_page,
    "broken-xref": broken_xref,
    "missing-font": missing_font,
    "no-unicode-map": no_unicode_map,
    "rotated": rotated,
    "zero-size": zero_size,
}


def write_all(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for kind, build in [(k, b) for k, (b, _) in BAD.items()] + list(QUIRKS.items()):
        path = folder / f"{kind}.pdf"
        path.write_bytes(build())
        paths.append(path)
    return paths


def run_cli(path: Path, timeout: float = 60.0, *args: str) -> tuple[int | None, float, str, str]:
    """(exit code or None on a hang, seconds, stdout, stderr) of `python -m cvparse FILE --json`."""
    t0 = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, "-m", "cvparse", str(path), "--json", *args],
                              capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, time.perf_counter() - t0, "", ""
    return (done.returncode, time.perf_counter() - t0,
            done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace"))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("--run", action="store_true", help="run the CLI on each file and report")
    args = ap.parse_args()
    paths = write_all(args.folder)
    if not args.run:
        print("\n".join(map(str, paths)))
        return 0
    failures = 0
    for path in paths:
        code, secs, _, err = run_cli(path)
        want = BAD[path.stem][1] if path.stem in BAD else 0
        ok = code == want and "Traceback" not in err
        failures += not ok
        first = err.strip().splitlines()[-1] if err.strip() else ""
        print(f"{'ok ' if ok else 'BAD'} {path.stem:<26} exit {code!s:>4} (want {want})  {secs:6.2f}s  {first[:90]}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
