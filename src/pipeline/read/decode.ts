// Turning bytes into text: real-world files are mostly UTF-8 with the odd Windows-1252 byte (a lone 0xA3 is "£").

/** Windows-1252 code points for bytes 0x80–0x9F (the rest of the range equals Latin-1). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

function cp1252Char(byte: number): string {
  return String.fromCharCode(byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80]! : byte);
}

/** Length of the valid UTF-8 sequence starting at i, or 0 when the byte there does not start one. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const need = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? (b <= 0xef ? 3 : 0) : b >= 0xc2 && b <= 0xdf ? 2 : 0;
  if (need === 0 || i + need > bytes.length) return 0;
  for (let k = 1; k < need; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return 0;
  return need;
}

/** Decodes UTF-8, reading any byte that is not part of a valid UTF-8 sequence as Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  try {
    return strict.decode(bytes);
  } catch {
    // mixed file: decode run by run so valid UTF-8 stays intact
  }
  const lenient = new TextDecoder('utf-8');
  let out = '';
  let runStart = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    const n = utf8SequenceLength(bytes, i);
    if (n > 0) { i += n; continue; }
    out += lenient.decode(bytes.subarray(runStart, i)) + cp1252Char(b);
    i++;
    runStart = i;
  }
  out += lenient.decode(bytes.subarray(runStart));
  return out.charCodeAt(0) === 0xfeff ? out.slice(1) : out;
}

/** Binary data (images, archives, executables): NUL bytes, or many control characters. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}
