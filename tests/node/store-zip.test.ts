import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compareFiles, readZip } from '../../scripts/store-zip.mjs';

/**
 * The rebuild check's zip reader and comparison. The archives are built here, entry by entry, in the
 * layout the zip format fixes (local headers, central directory, end record), so the reader is
 * tested on bytes it did not write itself.
 */
type Entry = { name: string; data: Buffer; method?: 0 | 8; claimedSize?: number };
function makeZip(entries: Entry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { name, data, method = 8, claimedSize } of entries) {
    const packed = method === 8 ? deflateRawSync(data) : data;
    const nameBytes = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(0x800, 8);
    dir.writeUInt16LE(method, 10);
    dir.writeUInt32LE(packed.length, 20);
    dir.writeUInt32LE(claimedSize ?? data.length, 24);
    dir.writeUInt16LE(nameBytes.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    central.push(dir, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dirBytes, end]);
}

const manifest = Buffer.from('{"name":"__MSG_extName__"}');
const wasm = Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...Array.from({ length: 300 }, (_, i) => i % 7)]);

describe('readZip', () => {
  it('reads deflated and stored entries, with UTF-8 names, and leaves folders out', () => {
    const files = readZip(makeZip([
      { name: 'manifest.json', data: manifest },
      { name: 'jieba_rs_wasm_bg.wasm', data: wasm, method: 0 },
      { name: '_locales/', data: Buffer.alloc(0), method: 0 },
      { name: '_locales/zh_CN/看报.txt', data: Buffer.from('看报') },
    ]));
    expect([...files.keys()]).toEqual(['manifest.json', 'jieba_rs_wasm_bg.wasm', '_locales/zh_CN/看报.txt']);
    expect(files.get('manifest.json')!.equals(manifest)).toBe(true);
    expect(files.get('jieba_rs_wasm_bg.wasm')!.equals(wasm)).toBe(true);
    expect(files.get('_locales/zh_CN/看报.txt')!.toString('utf8')).toBe('看报');
  });

  it('refuses what it cannot read rather than misreading it', () => {
    expect(() => readZip(Buffer.from('not a zip at all, just text'))).toThrow(/not a zip/);
    expect(() => readZip(makeZip([{ name: 'a.js', data: manifest, claimedSize: 3 }]))).toThrow(/a\.js is \d+ bytes, the directory says 3/);
  });
});

describe('compareFiles', () => {
  const files = (entries: Record<string, string | Buffer>) =>
    new Map(Object.entries(entries).map(([k, v]) => [k, Buffer.isBuffer(v) ? v : Buffer.from(v)]));

  it('finds nothing when every file is the same', () => {
    expect(compareFiles(files({ 'a.js': 'x', 'b.wasm': wasm }), files({ 'b.wasm': Buffer.from(wasm), 'a.js': 'x' }))).toEqual([]);
  });

  it('names files on one side only, and where two first differ with the text around it', () => {
    const lines = compareFiles(
      files({ 'background.js': 'const built = "/home/a";', 'only-shipped.js': '1' }),
      files({ 'background.js': 'const built = "/tmp/b";', 'only-rebuilt.js': '2' }),
    );
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^differs: background\.js: 24 vs 23 bytes, first difference at byte 16/);
    expect(lines[0]).toContain('shipped: "const built = \\"/home/a\\";"');
    expect(lines).toContain('only in the shipped package: only-shipped.js');
    expect(lines).toContain('only in the rebuild: only-rebuilt.js');
  });

  it('gives no text for binary files', () => {
    const other = Buffer.from(wasm);
    other[100] = 255;
    const [line] = compareFiles(files({ 'x.wasm': wasm }), files({ 'x.wasm': other }));
    expect(line).toBe(`differs: x.wasm: ${wasm.length} vs ${wasm.length} bytes, first difference at byte 100`);
  });
});
