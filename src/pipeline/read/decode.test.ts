import { describe, expect, it } from 'vitest';
import { decodeText, looksBinary } from './decode.ts';
import { normalizeLine, normalizedLines } from './normalize.ts';

describe('decodeText', () => {
  it('reads UTF-8 as UTF-8', () => {
    expect(decodeText(new TextEncoder().encode('£5 – “ok” 😀'))).toBe('£5 – “ok” 😀');
  });
  it('reads a stray Windows-1252 byte without breaking the UTF-8 around it', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('“Cost: '), 0xa3, ...new TextEncoder().encode('5” – ok'), 0x93, 0x94]);
    expect(decodeText(bytes)).toBe('“Cost: £5” – ok“”');
  });
  it('drops a byte order mark', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe('A');
  });
  it('tells binary data from text', () => {
    expect(looksBinary(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toBe(true);
    expect(looksBinary(new TextEncoder().encode('Plain text\r\nwith lines\n'))).toBe(false);
  });
});

describe('normalizeLine', () => {
  it('turns every space character into one plain space and applies NFC', () => {
    expect(normalizeLine('\u00a0A\u2002 b\u202f\u3000c\t d \u00a0')).toBe('A b c d');
    expect(normalizeLine('Cafe\u0301')).toBe('Café');
  });
  it('splits CRLF, CR and LF lines alike', () => {
    expect(normalizedLines('a\r\nb\rc\nd')).toEqual(['a', 'b', 'c', 'd']);
  });
});
