// Runs `web-ext lint` on the Firefox build and fails on any error, and on any warning except the
// one Preact's renderer causes (its `dangerouslySetInnerHTML` support assigns innerHTML inside the
// bundled library). Our own sources cannot cause that warning: ESLint bans innerHTML in them.
import { execFileSync } from 'node:child_process';

const KNOWN_LIBRARY_WARNINGS = [
  // The extension pages' chunks (Preact, shared by the popup and the options page) and the
  // annotator (sidebar) both bundle Preact.
  { code: 'UNSAFE_VAR_ASSIGNMENT', message: /innerHTML/, file: /^(chunks\/[\w-]+|content-scripts\/news)\.js$/ },
];

let out;
try {
  out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--output', 'json',
    '--no-config-discovery'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
} catch (e) {
  out = e.stdout; // web-ext exits non-zero when it finds errors; the JSON still says which.
}
const report = JSON.parse(out);
const ours = report.warnings.filter(
  (w) => !KNOWN_LIBRARY_WARNINGS.some((k) => k.code === w.code && k.message.test(w.message) && k.file.test(w.file ?? '')),
);
for (const m of [...report.errors, ...ours]) console.log(`${m._type} ${m.code} ${m.file ?? ''}: ${m.message}`);
console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings ` +
  `(${report.warnings.length - ours.length} from bundled Preact), ${report.notices.length} notices`);
process.exit(report.errors.length || ours.length ? 1 : 0);
