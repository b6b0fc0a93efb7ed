// What Firefox's PDF viewer (pdf.js) gives assistive technology and its text layer, for the tests
// that read the PDFs as Firefox does (PdfHtmlComparisonTest, PdfJsTextTest).
//
// For each PDF: every page's structure tree (page.getStructTree), with the ARIA role the viewer
// gives each structure type (pdf.js web/struct_tree_layer_builder.js: H1-H6 are headings with a
// level, Link a link, Figure a figure named by its /Alt...), the text of each marked-content
// sequence as the viewer's text layer holds it (getTextContent items joined with nothing added
// at line ends: the layer adds no space there either) and each link annotation. pdf.js builds one
// tree per page, so a paragraph, list or table that crosses a page break is two of them. Text that
// no element of the tree owns (pdf.js serialises no deeper than 40 levels) stays in the viewer's
// text layer, which is read after the page's tree: it comes last, as a TextLayer node.
//
// Usage: node pdfjs-reader.mjs FILE.pdf...   One JSON object per line on stdout, in file order:
//   {file, pdfjs, title, lang, version, warnings: [...], text, pages: [[node...]...]}
//   text: every page's text-layer items outside artifacts, joined with nothing added at line ends (as
//   Firefox joins them into names and reading text), a line break after each page.
//   node: {role, aria, level?, alt?, lang?, children: [node...]} | {text} | {link: {url, dest, contents}}
//   The last node of a page is {role: "TextLayer", aria: null, children: [{text}...]} when text is left over.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const build = require.resolve('pdfjs-dist/legacy/build/pdf.mjs');
const fontData = path.join(path.dirname(build), '..', '..', 'standard_fonts') + path.sep;

// pdf.js reports problems through console.log ("Warning: ..."); they belong to the file being read.
const warnings = [];
const print = console.log.bind(console);
console.log = (...parts) => warnings.push(parts.join(' '));
console.warn = console.log;
const pdfjs = await import(pathToFileURL(build).href);

// The viewer's roles: pdf.js web/struct_tree_layer_builder.js (PDF_ROLE_TO_HTML_ROLE); other types get none.
const ROLES = {
  Part: 'group', Sect: 'group', Div: 'group', Aside: 'note', NonStruct: 'none', H: 'heading', FENote: 'note',
  Sub: 'group', Link: 'link', Annot: 'note', Form: 'form', L: 'list', LI: 'listitem', Table: 'table', TR: 'row',
  TH: 'columnheader', TD: 'cell', THead: 'rowgroup', TBody: 'rowgroup', Figure: 'figure',
};

function aria(role, parents) {
  if (/^H\d+$/.test(role)) return 'heading';
  if (role === 'TH' && parents.at(-1)?.role === 'TR' && parents.at(-2)?.role === 'TBody') return 'rowheader';
  return ROLES[role] ?? null;
}

/** The text layer of a page: its text outside artifacts, and the text of each marked-content sequence by its id. */
async function textLayer(page) {
  const byContent = new Map();
  const open = [];
  let text = '';
  for (const item of (await page.getTextContent({ includeMarkedContent: true })).items) {
    if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') {
      open.push({ id: item.id ?? null, artifact: item.tag === 'Artifact' });
    } else if (item.type === 'endMarkedContent') {
      open.pop();
    } else if (item.str !== undefined) {
      const id = open.findLast((marked) => marked.id)?.id;
      if (id) byContent.set(id, (byContent.get(id) ?? '') + item.str);
      if (!open.some((marked) => marked.artifact)) text += item.str;
    }
  }
  return { text, byContent };
}

async function links(page) {
  const byId = new Map();
  for (const a of await page.getAnnotations()) {
    if (a.subtype === 'Link') {
      byId.set(a.id, { url: a.url ?? null, dest: a.dest ? JSON.stringify(a.dest) : null, contents: a.contentsObj?.str ?? null });
    }
  }
  return byId;
}

function convert(node, parents, text, annotations, owned) {
  if (node.type === 'content') {
    owned.add(node.id);
    return { text: text.get(node.id) ?? '' };
  }
  if (node.type === 'annotation') return { link: annotations.get(node.id.replace(/^pdfjs_internal_id_/, '')) ?? null };
  if (node.type) return null;
  const out = { role: node.role, aria: aria(node.role, parents) };
  const heading = node.role.match(/^H(\d+)$/);
  if (heading) out.level = Number(heading[1]);
  if (node.alt !== undefined) out.alt = node.alt;
  if (node.lang !== undefined) out.lang = node.lang;
  parents.push(node);
  out.children = (node.children ?? []).map((kid) => convert(kid, parents, text, annotations, owned)).filter(Boolean);
  parents.pop();
  return out;
}

async function read(file) {
  warnings.length = 0;
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(fs.readFileSync(file)), standardFontDataUrl: fontData,
    verbosity: pdfjs.VerbosityLevel.WARNINGS, isEvalSupported: false,
  }).promise;
  // The viewer titles a document by its XMP dc:title, else by the Info dictionary's (web/app.js).
  const { info, metadata } = await doc.getMetadata();
  const pages = [];
  let layerText = '';
  for (let number = 1; number <= doc.numPages; number++) {
    const page = await doc.getPage(number);
    const tree = await page.getStructTree();
    const layer = await textLayer(page);
    const text = layer.byContent;
    layerText += layer.text + '\n';
    const annotations = await links(page);
    const owned = new Set();
    const nodes = (tree?.children ?? []).map((kid) => convert(kid, [tree], text, annotations, owned)).filter(Boolean);
    const leftover = [...text].filter(([id, str]) => !owned.has(id) && str.trim()).map(([, str]) => ({ text: str }));
    if (leftover.length) nodes.push({ role: 'TextLayer', aria: null, children: leftover });
    pages.push(nodes);
    page.cleanup();
  }
  await doc.destroy();
  return {
    file, pdfjs: pdfjs.version, title: metadata?.get('dc:title') || info.Title || null, lang: info.Language ?? null,
    version: info.PDFFormatVersion ?? null, warnings: [...new Set(warnings)], text: layerText, pages,
  };
}

for (const file of process.argv.slice(2)) {
  print(JSON.stringify(await read(file)));
}
