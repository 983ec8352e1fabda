"""Reads the 24-bit BMP files that the keystone client writes (SDL_SaveBMP) without any image
library: used by the GUI smoke test to check that screenshots are not blank, and to turn them
into PNG files for a person to look at."""

import struct
import sys
import zlib


def read_bmp(path):
    """Returns (width, height, rows) where rows are bytes objects in RGB order, top row first."""
    with open(path, "rb") as handle:
        data = handle.read()
    if data[:2] != b"BM":
        raise ValueError(f"{path}: not a BMP file")
    offset = struct.unpack_from("<I", data, 10)[0]
    width, height = struct.unpack_from("<ii", data, 18)
    bits = struct.unpack_from("<H", data, 28)[0]
    if bits not in (24, 32):
        raise ValueError(f"{path}: {bits}-bit BMP not supported")
    step = bits // 8
    stride = (width * step + 3) & ~3
    top_down = height < 0
    height = abs(height)
    rows = []
    for y in range(height):
        source_row = y if top_down else height - 1 - y
        start = offset + source_row * stride
        raw = data[start:start + width * step]
        row = bytearray(width * 3)
        # BMP stores blue, green, red
        row[0::3] = raw[2::step]
        row[1::3] = raw[1::step]
        row[2::3] = raw[0::step]
        rows.append(bytes(row))
    return width, height, rows


def distinct_colours(rows, limit=100000):
    seen = set()
    for row in rows[::2]:
        for x in range(0, len(row), 6):
            seen.add(row[x:x + 3])
        if len(seen) >= limit:
            break
    return len(seen)


def write_png(path, width, height, rows):
    def chunk(kind, payload):
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + row for row in rows)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b"")
    with open(path, "wb") as handle:
        handle.write(png)


if __name__ == "__main__":
    # usage: bmp_tools.py topng IN.bmp OUT.png
    if len(sys.argv) == 4 and sys.argv[1] == "topng":
        w, h, r = read_bmp(sys.argv[2])
        write_png(sys.argv[3], w, h, r)
    else:
        print(__doc__)
        sys.exit(2)
