'use strict';
(function () {
  const $ = (id) => document.getElementById(id);
  const source = $('source');
  const openFile = $('open');
  const images = $('images');
  const imageList = $('image-list');
  const pageSize = $('page-size');
  const largePrint = $('large-print');
  const status = $('status');
  const problems = $('problems');
  const preview = $('preview');
  const pages = $('pages');
  const pagesNote = $('pages-note');
  const order = $('order');
  const downloadStatus = $('download-status');
  // A server beyond loopback wants its token: the editor is opened as /?token=..., and sends it on.
  const token = new URLSearchParams(location.search).get('token');
  let sourceName = 'handout.md';
  let timer = 0;
  let busy = false;
  let again = false;

  function element(name, className) {
    const made = document.createElement(name);
    if (className) {
      made.className = className;
    }
    return made;
  }

  function count(n, word) {
    return n + ' ' + word + (n === 1 ? '' : 's');
  }

  function say(text) {
    // Only a change is announced: an unchanged status stays quiet while the author types.
    if (status.textContent !== text) {
      status.textContent = text;
    }
  }

  function address(path, extra) {
    const query = new URLSearchParams(extra || {});
    query.set('name', sourceName);
    if (pageSize.value) {
      query.set('page-size', pageSize.value);
    }
    if (largePrint.checked) {
      query.set('large-print', 'true');
    }
    return path + '?' + query.toString();
  }

  // The relative paths the Markdown shows images by, so that a chosen file is sent under the name it is used by.
  function imagePaths(text) {
    const paths = [];
    const pattern = /!\[[^\]]*\]\(\s*<?([^)\s>]+)/g;
    let match;
    while ((match = pattern.exec(text)) !== null) {
      const path = match[1].replace(/[?#].*$/, '');
      if (!/^[a-z][a-z0-9+.-]*:/i.test(path) && !path.startsWith('/')) {
        try {
          paths.push(decodeURI(path));
        } catch (malformed) {
          paths.push(path);
        }
      }
    }
    return paths;
  }

  function body() {
    const form = new FormData();
    form.append('source', new Blob([source.value], { type: 'text/markdown' }), sourceName);
    const paths = imagePaths(source.value);
    for (const file of images.files) {
      const names = new Set(paths.filter((path) => path.split('/').pop() === file.name));
      if (names.size === 0) {
        names.add(file.name);
      }
      for (const name of names) {
        form.append('file', file, name);
      }
    }
    return form;
  }

  function post(path, extra) {
    return fetch(address(path, extra), {
      method: 'POST',
      headers: token ? { Authorization: 'Bearer ' + token } : {},
      body: body(),
    });
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(update, 600);
  }

  async function update() {
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    try {
      const response = await post('/preview');
      const json = await response.json();
      if (response.ok) {
        show(json);
      } else {
        refused(json, response.status);
      }
    } catch (failure) {
      say('The server did not answer. Is it still running?');
    } finally {
      busy = false;
      if (again) {
        again = false;
        update();
      }
    }
  }

  function show(json) {
    showHtml(json.html);
    drawPages(json);
    listOrder(json.items);
    listProblems([], json.warnings);
    const warnings = json.warnings.length;
    say('Rendered: ' + count(json.pageCount, 'PDF page') + ', '
      + (warnings ? count(warnings, 'warning') : 'no problems') + '.');
  }

  function refused(json, code) {
    const errors = json.errors || [];
    listProblems(errors, json.warnings || []);
    say((code === 422 ? 'Not rendered: ' : 'Refused (' + code + '): ') + count(errors.length, 'error')
      + '. The previews show the last version that rendered.');
  }

  function showHtml(html) {
    // The frame is sandboxed without scripts but same-origin, so that its scroll position survives an update.
    const y = preview.contentWindow ? preview.contentWindow.scrollY : 0;
    preview.addEventListener('load', () => preview.contentWindow.scrollTo(0, y), { once: true });
    preview.srcdoc = html;
  }

  function listProblems(errors, warnings) {
    problems.replaceChildren();
    const all = errors.map((p) => [p, 'error']).concat(warnings.map((p) => [p, 'warning']));
    for (const [problem, kind] of all) {
      const item = element('li', kind);
      if (problem.line) {
        const link = element('a');
        link.href = '#source';
        link.textContent = 'Line ' + problem.line + (problem.column ? ', column ' + problem.column : '');
        link.addEventListener('click', (event) => {
          event.preventDefault();
          goToLine(problem.line);
        });
        item.append(link, ' ');
      }
      const label = element('strong');
      label.textContent = kind + ':';
      item.append(label, ' ', problem.message);
      problems.append(item);
    }
    if (all.length === 0) {
      const item = element('li');
      item.textContent = 'No problems.';
      problems.append(item);
    }
  }

  function goToLine(line) {
    const lines = source.value.split('\n');
    let start = 0;
    for (let i = 0; i < line - 1 && i < lines.length; i++) {
      start += lines[i].length + 1;
    }
    source.focus();
    source.setSelectionRange(start, start + (lines[line - 1] || '').length);
    const lineHeight = parseFloat(getComputedStyle(source).lineHeight) || 20;
    source.scrollTop = Math.max(0, (line - 3) * lineHeight);
  }

  function percent(fraction) {
    return (fraction * 100).toFixed(2) + '%';
  }

  function box(className, area) {
    const drawn = element('span', className);
    drawn.style.left = percent(area.left);
    drawn.style.top = percent(area.top);
    drawn.style.width = percent(area.width);
    drawn.style.height = percent(area.height);
    return drawn;
  }

  function altLabel(item, area) {
    const label = element('span', 'alt');
    label.textContent = 'Alt: ' + (item.alt || '(none)');
    const right = area.left + area.width;
    if (right < 0.6) {
      label.style.left = percent(right + 0.01);
      label.style.top = percent(area.top);
    } else {
      label.style.left = percent(area.left);
      label.style.top = percent(area.top + area.height + 0.005);
    }
    return label;
  }

  function drawPages(json) {
    pages.replaceChildren();
    for (const page of json.pages) {
      const sheet = element('div', 'sheet');
      sheet.style.aspectRatio = page.width + ' / ' + page.height;
      const picture = element('img');
      picture.src = page.image;
      picture.alt = 'Page ' + page.number + ' of the PDF, with its reading order drawn over it; '
        + 'the list "Reading order as text" gives the same order.';
      const overlay = element('div', 'overlay');
      overlay.setAttribute('aria-hidden', 'true');
      for (const area of page.artifacts) {
        overlay.append(box(area.drawing ? 'artifact drawing' : 'artifact', area));
      }
      for (const mark of page.marks) {
        const item = json.items[mark.item - 1];
        const figure = item.role === 'Figure';
        const drawn = box(figure ? 'mark figure' : 'mark', mark);
        const number = element('span', 'number');
        number.textContent = mark.item;
        drawn.append(number);
        overlay.append(drawn);
        if (figure) {
          overlay.append(altLabel(item, mark));
        }
      }
      sheet.append(picture, overlay);
      const caption = element('figcaption');
      caption.textContent = 'Page ' + page.number + ' of ' + json.pageCount;
      const figure = element('figure');
      figure.append(sheet, caption);
      const entry = element('li');
      entry.append(figure);
      pages.append(entry);
    }
    pagesNote.textContent = json.pages.length < json.pageCount
      ? 'The first ' + json.pages.length + ' of ' + json.pageCount + ' pages are drawn; the list gives the whole order.'
      : '';
  }

  function listOrder(items) {
    order.replaceChildren();
    for (const item of items) {
      const entry = element('li');
      const role = element('span', 'role');
      role.textContent = item.role;
      entry.append(role, ' ', item.role === 'Figure' ? 'alternate text: ' + (item.alt || '(none)') : item.text);
      order.append(entry);
    }
  }

  function listImages() {
    imageList.replaceChildren();
    for (const file of images.files) {
      const entry = element('li');
      entry.textContent = file.name;
      imageList.append(entry);
    }
  }

  function fileName(format) {
    const base = sourceName.replace(/\.(md|markdown|txt)$/i, '');
    return format === 'html' ? base + '.html' : base + (format === 'archival' ? '-archival' : '') + '.pdf';
  }

  async function download(format) {
    const name = fileName(format);
    downloadStatus.textContent = 'Preparing ' + name + '…';
    try {
      const response = await post('/render', { format: format });
      if (!response.ok) {
        refused(await response.json(), response.status);
        downloadStatus.textContent = name + ' was not made: see Problems.';
        return;
      }
      const link = element('a');
      link.href = URL.createObjectURL(await response.blob());
      link.download = name;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 60000);
      downloadStatus.textContent = 'Downloaded ' + name + '.';
    } catch (failure) {
      downloadStatus.textContent = 'The server did not answer. Is it still running?';
    }
  }

  openFile.addEventListener('change', async () => {
    const file = openFile.files[0];
    if (file) {
      source.value = await file.text();
      sourceName = file.name;
      update();
    }
  });
  images.addEventListener('change', () => {
    listImages();
    update();
  });
  source.addEventListener('input', schedule);
  pageSize.addEventListener('change', update);
  largePrint.addEventListener('change', update);
  for (const button of document.querySelectorAll('button[data-format]')) {
    button.addEventListener('click', () => download(button.dataset.format));
  }
  update();
})();
