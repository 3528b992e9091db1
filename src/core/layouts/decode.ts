export interface DecodedText {
  readonly text?: string;
  /** Why the bytes are not migration text. */
  readonly unreadable?: string;
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Bytes of a migration file as the readers want them: a leading BOM removed and CRLF turned into LF, so a
 * Windows checkout reads (and checksums) exactly like a Unix one. Binary and non-UTF-8 files are refused
 * with a reason instead of being read as garbage.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  // The same bytes are often decoded more than once in a command (the work tree's file standing in for
  // HEAD's blob, then the base's): read bytes are never written to, so the first answer holds.
  let decoded = decodedBytes.get(bytes);
  if (!decoded) {
    decoded = decode(bytes);
    decodedBytes.set(bytes, decoded);
  }
  return decoded;
}

const decodedBytes = new WeakMap<Uint8Array, DecodedText>();

function decode(bytes: Uint8Array): DecodedText {
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { unreadable: `it contains a NUL byte at offset ${nul}, so it looks binary` };
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let text: string;
  try {
    text = utf8.decode(bytes.subarray(start));
  } catch {
    return {
      unreadable: `it is not valid UTF-8 (first bad byte at offset ${firstInvalidByte(bytes, start)})`,
    };
  }
  return { text: text.replace(/\r\n/g, "\n") };
}

/** The offset of the first byte that breaks UTF-8 (a lead byte without its continuation bytes, or a stray one). */
function firstInvalidByte(bytes: Uint8Array, start: number): number {
  let i = start;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const width =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    if (width === 0) return i;
    for (let k = 1; k < width; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    i += width;
  }
  return i;
}
