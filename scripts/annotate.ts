// `npm run annotate -- [--json] [--url URL] <page.html | text.txt | ->`
// Runs Kanbao's library on a saved page or plain text. Errors: one line on stderr, exit code 2.
import { readFileSync } from 'node:fs';
import { annotateInput, formatSummary, InputError } from '../lib/node';

const USAGE = 'usage: npm run annotate -- [--json] [--url URL] <page.html | text.txt | ->';

function parseArgs(argv: string[]): { json: boolean; url: string | null; input: string } {
  let json = false;
  let url: string | null = null;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--url') {
      url = argv[++i] ?? null;
      if (!url) throw new InputError('--url needs a value');
    } else if (a.startsWith('--url=')) url = a.slice(6);
    else if (a === '-h' || a === '--help') throw new InputError(USAGE);
    else if (a.startsWith('--')) throw new InputError(`unknown option ${a}\n${USAGE}`);
    else rest.push(a);
  }
  if (rest.length !== 1) throw new InputError(USAGE);
  return { json, url, input: rest[0]! };
}

function readInput(input: string): Uint8Array {
  try {
    return readFileSync(input === '-' ? 0 : input);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${input}: no such file`);
    if (code === 'EISDIR') throw new InputError(`${input}: is a directory`);
    throw new InputError(`${input}: cannot read (${code ?? 'error'})`);
  }
}

try {
  const args = parseArgs(process.argv.slice(2));
  const doc = await annotateInput(readInput(args.input), args.input, args.url);
  process.stdout.write(args.json ? JSON.stringify(doc, null, 2) + '\n' : formatSummary(doc));
} catch (e) {
  if (e instanceof InputError) {
    process.stderr.write(`kanbao: ${e.message}\n`);
    process.exit(2);
  }
  // An unexpected failure is still one line, never a stack trace (set KANBAO_DEBUG=1 for it).
  process.stderr.write(`kanbao: internal error: ${(e as Error).message}\n`);
  if (process.env.KANBAO_DEBUG) console.error(e);
  process.exit(2);
}
