"""A corpus of hostile inputs, made at test time in a folder: every kind of file a batch or a scan can meet that is
not a clean label. Nothing large is committed; the 1 GB file is sparse and takes no disk.

`build(folder)` makes the files and returns what each must give: a batch status and, for errors, the start of
the error column ("code: message"). "any" means the file is a label of sorts and only a clear row is asked for
(ok, no_magnesium, or an error with a code).
"""

from __future__ import annotations

import os
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
CITRATE = (ROOT / "samples" / "texts" / "citrate.txt").read_text(encoding="utf-8")


@dataclass(frozen=True)
class Expect:
    status: str  # ok | no_magnesium | error | skipped | any
    error: str = ""  # the error column starts with this
    scan_exit: int | None = None  # `auditor scan FILE` exit code, when it is the file's own


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims width×height pixels (a decompression bomb as far as a decoder knows)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit greyscale
    idat = zlib.compress(b"\x00" * 64)
    return b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", idat) + _png_chunk(b"IEND", b"")


def build(folder: Path) -> dict[str, Expect]:
    """Make the corpus in `folder` (which must exist and be empty); returns file name → expectation."""
    out: dict[str, Expect] = {}

    def put(name: str, data: bytes, expect: Expect) -> None:
        (folder / name).write_bytes(data)
        out[name] = expect

    # label texts
    put("empty.txt", b"", Expect("error", "bad_input: the text is empty", 3))
    put("blank.txt", b" \n\t\r\n  ", Expect("error", "bad_input: the text is empty", 3))
    put("bom_only.txt", b"\xef\xbb\xbf", Expect("error", "bad_input: the text is empty", 3))
    put("binary.txt", bytes(range(256)) * 4, Expect("error", "bad_input: this is a binary file", 3))
    put("latin1.txt", "Magnesium (als Citrat) 200 mg pro Tagesdosis, Größe".encode("latin-1"), Expect("error", "bad_input: text is not UTF-8", 3))
    put("utf16le_no_bom.txt", CITRATE.encode("utf-16-le"), Expect("ok", scan_exit=0))
    put("utf16be_no_bom.txt", CITRATE.encode("utf-16-be"), Expect("ok", scan_exit=0))
    put("utf16_bom.txt", CITRATE.encode("utf-16"), Expect("ok", scan_exit=0))
    put("crlf.txt", CITRATE.replace("\n", "\r\n").encode(), Expect("ok", scan_exit=0))
    put("controls.txt", ("\x01\x02\x1b[31m" + CITRATE).encode(), Expect("any"))
    put("one_long_line.txt", ("Magnesium 200 mg " * 5000).encode(), Expect("any"))
    put("brackets.txt", ("(" * 5000 + "Magnesium citrate 200 mg" + ")" * 5000).encode(), Expect("any"))
    put("numbers.txt", " ".join(str(i) for i in range(20000)).encode(), Expect("any"))
    with open(folder / "sparse_2mb.txt", "wb") as f:  # a text over the 1 MB limit: refused before reading
        f.truncate(2 * 1024 * 1024)
    out["sparse_2mb.txt"] = Expect("error", "bad_input: text file is 2,097,152 bytes", 3)

    # photos that are not
    put("zero.jpg", b"", Expect("error", "bad_image:", 3))
    put("text.jpg", b"this is not a JPEG\n", Expect("error", "bad_image:", 3))
    put("png_header_only.png", b"\x89PNG\r\n\x1a\n", Expect("error", "bad_image:", 3))
    put("truncated.jpg", (ROOT / "samples" / "images" / "bisglycinate_rot5.jpg").read_bytes()[:3000], Expect("error", "bad_image:", 3))
    put("bomb.png", png_claiming(30000, 30000), Expect("error", "bad_image:", 3))
    put("text_named.heic", CITRATE.encode(), Expect("error", "bad_image:", 3))
    with open(folder / "sparse_1gb.jpg", "wb") as f:  # 1 GB that takes no disk: must not be read
        f.truncate(1 << 30)
    out["sparse_1gb.jpg"] = Expect("error", "bad_input: file is 1,073,741,824 bytes", 3)

    # things that are not files
    os.mkfifo(folder / "fifo.jpg")
    out["fifo.jpg"] = Expect("error", "bad_input: not a regular file", 3)
    os.symlink("/dev/zero", folder / "dev_zero.jpg")  # reading it would never end
    out["dev_zero.jpg"] = Expect("error", "bad_input: not a regular file", 3)
    os.symlink(folder / "nowhere.png", folder / "dangling.png")
    out["dangling.png"] = Expect("error", "not_found: dangling symlink", 3)
    os.symlink(folder / "loop.jpg", folder / "loop.jpg")
    out["loop.jpg"] = Expect("error", "not_found: symlink loop", 3)
    (folder / "folder.jpg").mkdir()
    out["folder.jpg/"] = Expect("skipped")

    # names
    put(os.fsdecode(b"caf\xff.txt"), CITRATE.encode(), Expect("ok", scan_exit=0))
    put("new\nline [bold]x.txt", CITRATE.encode(), Expect("ok", scan_exit=0))
    put("notes.csv", b"a,b\n", Expect("skipped"))
    return out


def report_name(name: str) -> str:
    """The name a report shows for a corpus file (undecodable bytes as \\xNN)."""
    return os.fsencode(name).decode("utf-8", "backslashreplace")
