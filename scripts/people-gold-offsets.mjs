#!/usr/bin/env node
/**
 * Fills the `mentions` of a people gold (docs/people.md) from the names, aliases and forms it lists,
 * so that no offset is ever typed by hand.
 *
 *   node scripts/people-gold-offsets.mjs <gold.json>...          rewrite mentions in place
 *   node scripts/people-gold-offsets.mjs --show <gold.json>...   also print each mention in context
 *   node scripts/people-gold-offsets.mjs --convert tw|hk <in.json> <out.json> <out.txt>
 *       write a Traditional copy of a gold: its text and every name, post and form converted from
 *       Simplified with opencc-js, the same way People's Daily's own /BIG5/ pages are made
 *
 * Offsets are UTF-16 and half-open, as String.prototype.slice reads them. Each entry's forms are
 * matched longest first without overlaps; a mention that lies inside a longer mention of another entry
 * belongs to that entry and is dropped, unless it is the entry's only kind of mention (an owner named
 * only at the start of its sub-body's name keeps its nested mention).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';

const formsOf = (e) => [e.name, ...(e.aliases ?? []), ...(e.forms ?? [])];

function occurrences(text, forms) {
  const sorted = [...new Set(forms)].filter(Boolean).sort((a, b) => b.length - a.length);
  const found = [];
  for (let i = 0; i < text.length;) {
    const hit = sorted.find((f) => text.startsWith(f, i));
    if (hit) {
      found.push({ start: i, end: i + hit.length });
      i += hit.length;
    } else i++;
  }
  return found;
}

function fill(gold, text) {
  const entries = [...gold.people, ...gold.organisations];
  const all = entries.map((e) => occurrences(text, formsOf(e)));
  entries.forEach((e, k) => {
    const inside = (m) => all.some((other, j) => j !== k && other.some((o) => o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start));
    const own = all[k].filter((m) => !inside(m));
    e.mentions = own.length ? own : all[k];
    if (!e.mentions.length) throw new Error(`${e.name}: no occurrence of ${formsOf(e).join(' / ')} in ${gold.source}`);
  });
}

/** Two-level JSON like the hand-made golds: one space per level, each mention on one line. */
const format = (gold) => `${JSON.stringify(gold, null, 1).replace(/\{\s+"start": (\d+),\s+"end": (\d+)\s+\}/g, '{ "start": $1, "end": $2 }')}\n`;

function convert(variant, inPath, outPath, textPath) {
  if (variant !== 'tw' && variant !== 'hk') throw new Error('variant must be tw or hk');
  const cv = OpenCC.Converter({ from: 'cn', to: variant });
  const gold = JSON.parse(readFileSync(inPath, 'utf8'));
  const text = cv(readFileSync(gold.source, 'utf8'));
  writeFileSync(textPath, text);
  const opt = (s) => (s == null ? s : cv(s));
  const list = (l) => (l ? l.map(cv) : l);
  const out = {
    note: `Traditional copy of ${gold.source} and of its gold (${inPath}), made with opencc-js (Converter from 'cn' to '${variant}') as People's Daily's /BIG5/ pages are machine conversions of the Simplified ones; names, posts and forms converted the same way, mentions recomputed by scripts/people-gold-offsets.mjs.`,
    ...gold,
    source: textPath,
    script: 'traditional',
    ...(gold.known ? { known: list(gold.known) } : {}),
    people: gold.people.map((p) => ({ ...p, name: cv(p.name), post: opt(p.post), ...(p.aliases ? { aliases: list(p.aliases) } : {}), mentions: [] })),
    organisations: gold.organisations.map((o) => ({ ...o, name: cv(o.name), ...(o.forms ? { forms: list(o.forms) } : {}), mentions: [] })),
  };
  fill(out, text);
  writeFileSync(outPath, format(out));
  console.log(`${outPath}: ${out.people.length} people, ${out.organisations.length} organisations`);
}

const args = process.argv.slice(2);
if (args[0] === '--convert') convert(args[1], args[2], args[3], args[4]);
else {
  const show = args[0] === '--show';
  for (const path of show ? args.slice(1) : args) {
    const gold = JSON.parse(readFileSync(path, 'utf8'));
    const text = readFileSync(gold.source, 'utf8');
    fill(gold, text);
    writeFileSync(path, format(gold));
    console.log(`${path}: ${gold.people.length} people, ${gold.organisations.length} organisations`);
    if (show) for (const e of [...gold.people, ...gold.organisations]) {
      const ctx = e.mentions.map((m) => `${text.slice(Math.max(0, m.start - 4), m.start)}[${text.slice(m.start, m.end)}]${text.slice(m.end, m.end + 4)}`.replace(/\n/g, '⏎'));
      console.log(`  ${e.optional ? '?' : ' '}${e.name} (${e.post === undefined ? 'org' : e.post ?? '∅'}): ${ctx.join('  ')}`);
    }
  }
}
