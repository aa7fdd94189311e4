// For the rebuild check (scripts/rebuild-check.mjs): reads a zip archive into memory, its entries'
// names and bytes, and compares two sets of files byte for byte. The reader handles the zips
// `wxt zip` writes (stored or deflated entries, no zip64, no encryption), so the check needs no unzip
// program; anything else is refused with a message rather than misread.
import { inflateRawSync } from 'node:zlib';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** The end-of-central-directory record: the last 22 bytes, or earlier when the zip has a comment. */
function findEnd(buf) {
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) return i;
  }
  throw new Error('not a zip archive (no end of central directory)');
}

/**
 * @param {Buffer} buf the archive
 * @returns {Map<string, Buffer>} each file's path inside the archive → its bytes (folders left out)
 */
export function readZip(buf) {
  const end = findEnd(buf);
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const files = new Map();
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(at) !== CENTRAL_ENTRY) throw new Error(`zip: bad central directory entry ${n}`);
    const flags = buf.readUInt16LE(at + 8);
    const method = buf.readUInt16LE(at + 10);
    const packed = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.subarray(at + 46, at + 46 + nameLength).toString(flags & 0x800 ? 'utf8' : 'latin1');
    at += 46 + nameLength + extraLength + commentLength;
    if (flags & 1) throw new Error(`zip: ${name} is encrypted`);
    if (buf.readUInt32LE(local) !== LOCAL_HEADER) throw new Error(`zip: bad local header for ${name}`);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + packed);
    let data;
    if (method === 0) data = Buffer.from(raw);
    else if (method === 8) data = inflateRawSync(raw);
    else throw new Error(`zip: ${name} uses compression method ${method}`);
    if (data.length !== size) throw new Error(`zip: ${name} is ${data.length} bytes, the directory says ${size}`);
    if (!name.endsWith('/')) files.set(name, data);
  }
  return files;
}

/** Where two buffers first differ, and the text around that place (for text files). */
function describeDifference(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const around = (buf) => JSON.stringify(buf.subarray(Math.max(0, i - 60), i + 60).toString('utf8'));
  const text = !a.subarray(0, 4096).includes(0) && !b.subarray(0, 4096).includes(0);
  return `${a.length} vs ${b.length} bytes, first difference at byte ${i}` +
    (text ? `\n      shipped: ${around(a)}\n      rebuilt: ${around(b)}` : '');
}

/**
 * Compares two sets of files (path → bytes): the lines say which are only on one side and where two
 * of the same path first differ; none when they are identical.
 */
export function compareFiles(shipped, rebuilt) {
  const lines = [];
  for (const [file, bytes] of shipped) {
    if (!rebuilt.has(file)) lines.push(`only in the shipped package: ${file}`);
    else if (!bytes.equals(rebuilt.get(file))) lines.push(`differs: ${file}: ${describeDifference(bytes, rebuilt.get(file))}`);
  }
  for (const file of rebuilt.keys()) if (!shipped.has(file)) lines.push(`only in the rebuild: ${file}`);
  return lines;
}
