/**
 * The Import results dialog. It asks the server once for the partnerships (IDs, campaigns, codes)
 * and the workbook's currency, reads and parses the file here in the browser (papaparse, through
 * the same core as the headless run), shows the layout and column mapping found for the person to
 * correct, previews the totals and the unattributed rows, and sends only the totals.
 */
import { type ImportPreview, previewImport } from '../../src/core/results/attribution';
import { buildDirectory, type Directory } from '../../src/core/results/directory';
import {
  type ExportTable,
  MAX_EXPORT_BYTES,
  readExportText,
  tooLargeMessage,
} from '../../src/core/results/export-text';
import {
  type ColumnMapping,
  detectFormat,
  PLATFORM_SOURCES,
  SOURCE_LABELS,
  suggestMapping,
  unknownLayoutMessage,
} from '../../src/core/results/formats';
import { IMPORT_API_NAMES, type ImportApi, type ImportContext } from '../../src/core/results/import-contract';
import { RESULT_SOURCES, type ResultSource } from '../../src/core/results/results-sheet';
import { busyGuard, clear, el, messageLine } from './dom';
import { mappingView, previewView, wholeFileView } from './import/views';
import { serverOf } from './server';

const server = serverOf<ImportApi>(IMPORT_API_NAMES);
const app = document.getElementById('app')!;
const message = messageLine();
const guard = busyGuard();

interface Loaded {
  table: ExportTable;
  fileName: string;
  source: ResultSource;
  mapping: ColumnMapping;
  wholeFile: string | null;
}

let context: ImportContext;
let directory: Directory;
let loaded: Loaded | null = null;
let preview: ImportPreview | null = null;

const work = el('div', { id: 'work' });
const importButton = el(
  'button',
  { type: 'button', class: 'action', id: 'import', disabled: true },
  'Import',
);

function showPreview(): void {
  const old = document.getElementById('preview');
  if (!loaded) return;
  preview = previewImport(loaded.table, directory, {
    source: loaded.source,
    mapping: loaded.mapping,
    wholeFile: loaded.wholeFile,
    currency: context.currency,
  });
  const view = previewView(preview);
  if (old) old.replaceWith(view);
  else work.append(view);
  const ready = preview.problems.length === 0 && preview.totals.length > 0;
  importButton.disabled = !ready;
  importButton.textContent = ready ? `Import ${preview.totals.length} totals` : 'Import';
}

function showLoaded(): void {
  clear(work);
  if (!loaded) return;
  const current = loaded;
  const source = el('select', { id: 'source' });
  for (const s of RESULT_SOURCES)
    source.append(el('option', { value: s, selected: s === current.source }, SOURCE_LABELS[s]));
  source.addEventListener('change', () => {
    current.source = source.value as ResultSource;
    current.mapping = suggestMapping(current.table.headers, current.source);
    showLoaded();
  });
  work.append(
    el(
      'p',
      { id: 'detected' },
      `${current.fileName}: ${current.table.rows.length.toLocaleString('en-US')} rows, read as`,
    ),
    el('div', { class: 'form-group' }, el('label', { for: 'source' }, 'Source'), source),
  );
  const platform = PLATFORM_SOURCES.includes(current.source);
  if (platform || current.wholeFile !== null || current.mapping.campaign === undefined) {
    work.append(
      wholeFileView(context.partnerships, current.wholeFile, (id) => {
        current.wholeFile = id;
        showPreview();
      }),
    );
  }
  work.append(
    mappingView(current.table.headers, current.mapping, (role, column) => {
      if (column === undefined) delete current.mapping[role];
      else current.mapping[role] = column;
      showPreview();
    }),
  );
  showPreview();
}

/** Reads a file's or the pasted text: the table, its layout and mapping, or why it cannot be read. */
function take(text: string, fileName: string): void {
  loaded = null;
  preview = null;
  importButton.disabled = true;
  clear(work);
  const read = readExportText(text);
  if (!read.ok) {
    message.show('error', read.message);
    return;
  }
  const detected = detectFormat(read.table.headers, read.table.comments.length > 0);
  if (!detected) {
    message.show('error', unknownLayoutMessage(read.table.headers));
    return;
  }
  message.show('info', `Recognised: ${SOURCE_LABELS[detected.source]}. Check the columns, then Import.`);
  loaded = {
    table: read.table,
    fileName,
    source: detected.source,
    mapping: { ...detected.mapping },
    wholeFile: null,
  };
  showLoaded();
}

async function readFile(input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  if (!file) return;
  if (file.size > MAX_EXPORT_BYTES) {
    clear(work);
    loaded = null;
    importButton.disabled = true;
    message.show('error', tooLargeMessage(file.size));
    return;
  }
  message.show('info', `Reading ${file.name}…`);
  take(await file.text(), file.name);
}

async function submit(): Promise<void> {
  if (!loaded || !preview || preview.problems.length > 0 || preview.totals.length === 0) return;
  const payload = {
    source: loaded.source,
    fileName: loaded.fileName,
    currency: preview.currency,
    totals: preview.totals,
    rowsRead: preview.rowsRead,
    unattributedRows: preview.unattributedRows,
  };
  await guard([importButton], async () => {
    try {
      const outcome = await server.importResults(payload);
      message.show('ok', outcome.message);
    } catch (error) {
      message.show('error', (error as Error).message);
    }
  });
}

function render(): void {
  clear(app);
  const file = el('input', {
    type: 'file',
    id: 'file',
    accept: '.csv,.tsv,.txt,text/csv,text/tab-separated-values',
  });
  file.addEventListener('change', () => void readFile(file));
  const paste = el('textarea', { id: 'paste', rows: '3', placeholder: 'Or paste the CSV text here' });
  const readPaste = el('button', { type: 'button', id: 'read-paste' }, 'Read pasted text');
  readPaste.addEventListener('click', () => take(paste.value, 'pasted text'));
  importButton.addEventListener('click', () => void submit());
  const currency = context.currency
    ? `Amounts are kept in ${context.currency} (${context.currencyFrom === 'Assumptions' ? 'Assumptions' : 'the Results sheet'}).`
    : 'No currency set yet: add Currency to Assumptions (Set up workbook does).';
  const codes = context.hasCodeColumn
    ? ''
    : ' Add a "Discount code" column to the Pipeline to attribute orders by code.';
  app.append(
    el('h1', {}, 'Import results'),
    el(
      'p',
      { class: 'secondary' },
      `GA4, Shopify orders, YouTube, Instagram or TikTok exports, or a table with Partnership ID or utm_campaign and Month. The file is read here; only totals per partnership and month are written. ${currency}${codes}`,
    ),
    el(
      'div',
      { class: 'columns' },
      el('div', { class: 'form-group' }, el('label', { for: 'file' }, 'Export file'), file),
      el('div', { class: 'form-group' }, el('label', { for: 'paste' }, 'CSV text'), paste, readPaste),
    ),
    message.node,
    work,
    el('div', { class: 'bottom-bar' }, importButton),
  );
}

async function load(): Promise<void> {
  try {
    context = await server.getImportContext();
    directory = buildDirectory(context.partnerships);
    render();
  } catch (error) {
    clear(app);
    const retry = el('button', { type: 'button', class: 'action' }, 'Try again');
    retry.addEventListener('click', () => void load());
    app.append(el('h1', {}, 'Import results'), message.node, retry);
    message.show('error', (error as Error).message);
  }
}

void load();
