// The layer direction of docs/architecture.md, as a lint rule: an import is resolved against the
// importing file and refused when it points up or sideways across the layers below. A rule of our
// own rather than a plugin's zones because it also knows the one exception: src/contract/ holds
// only types, and src/ui/ may take types (and only types) from it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Which layers each layer may not import from (a layer is a folder of the repository). */
export const FORBIDDEN = {
  'src/domain': ['src/app', 'src/db', 'src/gas', 'src/ui', 'src/contract', 'dev', 'test'],
  'src/db': ['src/app', 'src/gas', 'src/ui', 'src/contract', 'dev', 'test'],
  'src/app': ['src/gas', 'src/ui', 'src/contract', 'dev', 'test'],
  'src/gas': ['src/db', 'src/ui', 'src/contract', 'dev', 'test'],
  'src/ui': ['src/app', 'src/db', 'src/gas', 'dev', 'test'],
  'src/contract': ['src/ui', 'dev', 'test'],
  'dev/bench': ['test'],
};

/** Layers that may be imported only with `import type` (nothing of them reaches the bundle). */
const TYPE_ONLY = {
  'src/ui': ['src/contract'],
  'src/contract': ['src/app', 'src/db', 'src/gas', 'src/domain'],
};

function layerOf(file) {
  const relative = path.relative(ROOT, file).split(path.sep).join('/');
  return Object.keys(FORBIDDEN)
    .concat(['src/contract', 'dev', 'test'])
    .find((layer) => relative === layer || relative.startsWith(`${layer}/`));
}

function typeOnly(node) {
  if (node.type === 'TSImportType') return true;
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  const specifiers = node.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type');
}

const direction = {
  meta: {
    type: 'problem',
    docs: { description: 'imports follow the layers of docs/architecture.md' },
    schema: [],
  },
  create(context) {
    const from = layerOf(context.filename);
    if (!from) return {};
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = layerOf(path.resolve(path.dirname(context.filename), source));
      if (!target || target === from) return;
      const forbidden = FORBIDDEN[from]?.includes(target) ?? false;
      const onlyTypes = TYPE_ONLY[from]?.includes(target) ?? false;
      if (forbidden)
        context.report({
          node,
          message: `${from} may not import ${target} (docs/architecture.md, layers).`,
        });
      else if (onlyTypes && !typeOnly(node))
        context.report({ node, message: `${from} may take only types from ${target}: use \`import type\`.` });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => check(node, node.source.value),
      TSImportType: (node) => check(node, node.argument?.literal?.value ?? node.argument?.value),
    };
  },
};

export const layersPlugin = { rules: { direction } };
