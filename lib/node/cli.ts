import { readFileSync } from 'node:fs';
import { annotateInput, InputError, NotArticleError, verdictDocument } from './annotate';
import { formatSummary } from './format-summary';

/**
 * The command line, as a function: arguments in, exit code and the two output streams out, so
 * that the script stays a thin wrapper and tests can run it without a process per case.
 *
 * Exit codes: 0 the article's document (or summary) was printed; 1 the input was read and is a
 * Chinese page, but the detector says it is not an article (with `--json` its verdict is printed);
 * 2 the input could not be used at all (missing, unreadable, empty, binary, no Chinese, bad options,
 * an internal error).
 */

const USAGE = 'usage: npm run annotate -- [--json] [--url URL] <page.html | text.txt | ->';

interface CliResult {
  code: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

interface CliArgs {
  json: boolean;
  url: string | null;
  input: string;
}

function parseArgs(argv: readonly string[]): CliArgs {
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

/** Reads a file, or standard input for `-`; every failure becomes one InputError line. */
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

/**
 * Runs the command line. The URL given with `--url` is never fetched: it is the address the saved
 * page had, so that the detector decides as the browser would there, with every host group granted
 * (known outlets by their URL rules and templates, any other host by the generic detector).
 */
export async function runCli(argv: readonly string[], read: (input: string) => Uint8Array = readInput): Promise<CliResult> {
  let json = false;
  try {
    const args = parseArgs(argv);
    json = args.json;
    const doc = await annotateInput(read(args.input), args.input, args.url);
    return { code: 0, stdout: args.json ? JSON.stringify(doc, null, 2) + '\n' : formatSummary(doc), stderr: '' };
  } catch (e) {
    if (e instanceof NotArticleError) {
      // Read fine, just not an article: the verdict is an answer, not a failure to read.
      const stdout = json ? JSON.stringify(verdictDocument(e), null, 2) + '\n' : '';
      return { code: 1, stdout, stderr: `kanbao: ${e.message}\n` };
    }
    if (e instanceof InputError) return { code: 2, stdout: '', stderr: `kanbao: ${e.message}\n` };
    // An unexpected failure is still one line, never a stack trace (KANBAO_DEBUG=1 adds it).
    const debug = process.env.KANBAO_DEBUG ? `${(e as Error).stack ?? ''}\n` : '';
    return { code: 2, stdout: '', stderr: `kanbao: internal error: ${(e as Error).message}\n${debug}` };
  }
}
