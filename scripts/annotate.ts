// `npm run annotate -- [--json] [--url URL] <page.html | text.txt | ->`
// Runs Kanbao's library on a saved page or plain text. Exit codes: 0 an article, 1 a Chinese page
// that is not an article (its verdict with --json), 2 input that cannot be used (one line on stderr).
import { runCli } from '../lib/node';

const { code, stdout, stderr } = await runCli(process.argv.slice(2));
process.stdout.write(stdout);
process.stderr.write(stderr);
process.exitCode = code;
