/**
 * Hand-built zip files for the bad-input tests: entries with any declared size, and a genuine deflate
 * stream of zeros that inflates to gigabytes from a few megabytes (built bit by bit, so the test does
 * not spend seconds compressing).
 */

export interface FixtureEntry {
  name: string;
  /** The bytes stored in the zip (already deflated when method is 8). */
  data: Uint8Array;
  method: 0 | 8;
  /** Uncompressed size written in the headers: the truth, or a lie. */
  declaredSize: number;
}

/** A zip (local headers, data, central directory, end record); CRCs left 0, as no reader here checks them. */
export function buildZip(entries: FixtureEntry[]): Uint8Array {
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = enc.encode(e.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, e.method, true);
    local.setUint32(18, e.data.length, true);
    local.setUint32(22, e.declaredSize, true);
    local.setUint16(26, name.length, true);
    chunks.push(new Uint8Array(local.buffer), name, e.data);
    const dir = new DataView(new ArrayBuffer(46));
    dir.setUint32(0, 0x02014b50, true);
    dir.setUint16(4, 20, true);
    dir.setUint16(6, 20, true);
    dir.setUint16(10, e.method, true);
    dir.setUint32(20, e.data.length, true);
    dir.setUint32(24, e.declaredSize, true);
    dir.setUint16(28, name.length, true);
    dir.setUint32(42, offset, true);
    central.push(new Uint8Array(dir.buffer), name);
    offset += 30 + name.length + e.data.length;
  }
  const dirSize = central.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, dirSize, true);
  end.setUint32(16, offset, true);
  const parts = [...chunks, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(parts.reduce((n, c) => n + c.length, 0));
  let p = 0;
  for (const c of parts) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}

/**
 * A raw deflate stream that inflates to 1 + 258·pairs zero bytes: one fixed-Huffman block holding a
 * literal 0 and then (length 258, distance 1) back-references, 13 bits each.
 */
export function zerosDeflate(pairs: number): Uint8Array {
  const out = new Uint8Array(Math.ceil((3 + 8 + 13 * pairs + 7) / 8) + 1);
  let bit = 0;
  const bits = (value: number, n: number) => {
    for (let i = 0; i < n; i++, bit++) if ((value >> i) & 1) out[bit >> 3] |= 1 << (bit & 7);
  };
  // Huffman codes go most significant bit first.
  const code = (value: number, n: number) => {
    for (let i = n - 1; i >= 0; i--, bit++) if ((value >> i) & 1) out[bit >> 3] |= 1 << (bit & 7);
  };
  bits(1, 1); // BFINAL
  bits(1, 2); // BTYPE 01: fixed Huffman
  code(0b00110000, 8); // literal 0
  for (let i = 0; i < pairs; i++) {
    code(0b11000101, 8); // length code 285: 258 bytes
    code(0, 5); // distance code 0: distance 1
  }
  code(0, 7); // end of block
  return out.subarray(0, Math.ceil(bit / 8));
}

/** Bytes of a tiny but well-formed xl/workbook.xml, so that a bomb is not refused as "not a workbook". */
export const WORKBOOK_XML = new TextEncoder().encode(
  '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>',
);

/** A zip holding xl/workbook.xml and a sheet of `gigabytes` GB of zeros, declared truthfully or as `lie` bytes. */
export function zipBomb(gigabytes: number, lie?: number): Uint8Array {
  const pairs = Math.ceil((gigabytes * 1024 ** 3) / 258);
  const size = 1 + 258 * pairs;
  return buildZip([
    { name: "xl/workbook.xml", data: WORKBOOK_XML, method: 0, declaredSize: WORKBOOK_XML.length },
    {
      name: "xl/worksheets/sheet1.xml",
      data: zerosDeflate(pairs),
      method: 8,
      declaredSize: lie ?? Math.min(size, 0xfffffffe),
    },
  ]);
}
