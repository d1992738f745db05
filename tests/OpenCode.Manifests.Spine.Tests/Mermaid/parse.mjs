// Parses each Mermaid diagram file given as an argument with mermaid's own parser (npm mermaid, under jsdom for the
// DOM its sanitizer wants). MERMAID_MODULES: the node_modules folder .ci/run installs mermaid and jsdom into.
// Prints "ok <file> <diagram type>" or "error <file>: <message>" per file; exits 1 when any failed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
const modules = process.env.MERMAID_MODULES;
const require = createRequire(modules + '/');
const { JSDOM } = require('jsdom');
const dom = new JSDOM('<!DOCTYPE html><body></body>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const mermaid = (await import(pathToFileURL(require.resolve('mermaid')).href)).default;
mermaid.initialize({ startOnLoad: false });
let failed = 0;
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  try {
    const result = await mermaid.parse(text);
    console.log(`ok ${file} ${result.diagramType}`);
  } catch (e) {
    failed++;
    console.log(`error ${file}: ${String(e.message ?? e).split('\n').join(' | ')}`);
  }
}
process.exit(failed ? 1 : 0);
