"""Bytes to text: BOMs honoured, UTF-8 first, other encodings detected by charset-normalizer."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


_SINGLE_BYTE_LATIN = {
    "cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "mac_roman", "mac_latin2", "cp850", "cp437",
    "iso8859_9", "cp1254", "iso8859_16", "iso8859_3", "iso8859_4", "iso8859_10", "iso8859_13", "cp1257",
}


class UndecodableError(ValueError):
    """The bytes are not text in any encoding we can trust."""


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters: an image, an archive, random junk."""
    sample = data[:8192]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(sample) > 0.05


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name). Raise UndecodableError for binary junk."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding), encoding
    if looks_binary(data):
        raise UndecodableError("binary content, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise UndecodableError("undecodable bytes: no text encoding fits")
    # Western news text that is not UTF-8 is nearly always Windows-1252. On short texts
    # charset-normalizer may name a sibling single-byte code page that maps accented letters
    # differently (cp1250, mac_roman...), so within that family prefer cp1252 when it decodes.
    if best.encoding in _SINGLE_BYTE_LATIN:
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    return str(best), best.encoding
