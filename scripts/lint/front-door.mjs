// ESLint rules that keep the folder picture true.
//
// `front-door`: a folder under lib/ that has an index.ts is a feature, and code outside it
// enters only through that index. Inside the folder, files import each other freely.
//
// `pure-core`: lib/core is strings in, values out. It imports only other core modules, the data
// in lib/data and the few pure packages listed here, so it runs unchanged in Node, in tests and
// in every extension context.
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const LIB = path.join(ROOT, 'lib');
const CORE = path.join(LIB, 'core');
const CORE_MAY_IMPORT = [CORE, path.join(LIB, 'data')];
// Core may name the message keys (lib/core/types.ts), as a type: the strings themselves reach a
// page only through the browser's i18n, so a value import would put a locale into every bundle.
const CORE_MAY_IMPORT_TYPES_OF = [path.join(ROOT, 'public/_locales/en/messages.json')];
const CORE_PACKAGES = [/^opencc-js\/dict\//];

const isFile = (p) => {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
};

/** The file a relative or `@/` specifier names, or null for a package. */
function resolveSpecifier(spec, importer) {
  let base;
  if (spec.startsWith('@/')) base = path.join(ROOT, spec.slice(2));
  else if (spec.startsWith('.')) base = path.resolve(path.dirname(importer), spec);
  else return null;
  for (const c of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) if (isFile(c)) return c;
  return base;
}

/** The outermost feature folder (one with an index.ts) that holds `target` but not `importer`. */
function doorFor(target, importer) {
  const rel = path.relative(LIB, path.dirname(target));
  if (rel.startsWith('..')) return null;
  let dir = LIB;
  for (const part of rel.split(path.sep).filter(Boolean)) {
    dir = path.join(dir, part);
    const inside = importer.startsWith(dir + path.sep);
    if (!inside && isFile(path.join(dir, 'index.ts'))) return dir;
  }
  return null;
}

function sources(context, check) {
  const visit = (node) => {
    if (node.source && typeof node.source.value === 'string') check(node.source, node.source.value, node.importKind === 'type' || node.exportKind === 'type');
  };
  return {
    ImportDeclaration: visit,
    ExportNamedDeclaration: visit,
    ExportAllDeclaration: visit,
    ImportExpression: visit,
  };
}

const frontDoor = {
  meta: { type: 'problem', schema: [], messages: { door: "Import '{{folder}}' through its front door (index.ts), not '{{spec}}'." } },
  create(context) {
    const importer = context.filename;
    return sources(context, (node, spec) => {
      const target = resolveSpecifier(spec, importer);
      if (!target) return;
      const door = doorFor(target, importer);
      if (door && target !== path.join(door, 'index.ts')) {
        context.report({ node, messageId: 'door', data: { folder: path.relative(ROOT, door), spec } });
      }
    });
  },
};

const pureCore = {
  meta: { type: 'problem', schema: [], messages: { glue: "lib/core is pure: it may not import '{{spec}}'." } },
  create(context) {
    const importer = context.filename;
    if (!importer.startsWith(CORE + path.sep)) return {};
    return sources(context, (node, spec, typeOnly) => {
      const target = resolveSpecifier(spec, importer);
      const ok = target
        ? CORE_MAY_IMPORT.some((d) => target.startsWith(d + path.sep)) || (typeOnly && CORE_MAY_IMPORT_TYPES_OF.includes(target))
        : CORE_PACKAGES.some((re) => re.test(spec));
      if (!ok) context.report({ node, messageId: 'glue', data: { spec } });
    });
  },
};

export const kanbaoPlugin = { rules: { 'front-door': frontDoor, 'pure-core': pureCore } };
