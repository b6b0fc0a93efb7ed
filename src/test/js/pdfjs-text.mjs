// The text of each PDF as pdf.js (Firefox's PDF viewer) gives it to its text layer: the text items
// of every page outside artifacts, joined with nothing added at line ends, as Firefox joins them
// into names and reading text. Writes FILE.pdf.txt beside each FILE.pdf.
//   node src/test/js/pdfjs-text.mjs FILE.pdf...
import { writeFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

for (const file of process.argv.slice(2)) {
  const document = await getDocument({ url: file, verbosity: 0, isEvalSupported: false }).promise;
  let text = '';
  for (let p = 1; p <= document.numPages; p++) {
    const page = await document.getPage(p);
    const content = await page.getTextContent({ includeMarkedContent: true });
    const artifacts = [];
    for (const item of content.items) {
      if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') {
        artifacts.push(item.tag === 'Artifact');
      } else if (item.type === 'endMarkedContent') {
        artifacts.pop();
      } else if (item.str !== undefined && !artifacts.includes(true)) {
        text += item.str;
      }
    }
    text += '\n';
  }
  writeFileSync(`${file}.txt`, text);
}
