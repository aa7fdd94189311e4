// Types of store-zip.mjs for the tests that check it.
export function readZip(buf: Buffer): Map<string, Buffer>;
export function compareFiles(shipped: ReadonlyMap<string, Buffer>, rebuilt: ReadonlyMap<string, Buffer>): string[];
