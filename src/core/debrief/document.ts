/**
 * The debrief as a document to share with the producer: rows of typed cells in the brief's format
 * (src/core/brief/document), so the same Sheets writer lays it out. People's text is text cells;
 * the writer stores every text cell as text, so nothing typed becomes a formula.
 */
import type { DocCell, DocRow } from '../brief/document';
import { type DebriefResult, type MetricFormat, type MetricLine, termText } from './debrief';
import { DEBRIEF_TEXT_FIELDS, DEBRIEF_TICKS, type DebriefNotes } from './input';
import type { BriefTargets } from './targets';

export const debriefTitlePrefix = (id: string): string => `Debrief ${id}: `;

const text = (t: string): DocCell => ({ kind: 'text', text: t });
const num = (kind: 'money' | 'percent' | 'number', value: number): DocCell => ({ kind, value });
const blank: DocRow = { style: 'blank', cells: [] };
const heading = (t: string): DocRow => ({ style: 'heading', cells: [text(t)] });
const body = (...cells: DocCell[]): DocRow => ({ style: 'body', cells });

const valueCell = (format: MetricFormat, value: number | undefined): DocCell =>
  value === undefined ? text('') : num(format, value);

const RESULT_TEXT: Record<MetricLine['verdict'], string> = {
  met: 'Met',
  missed: 'Missed',
  'no target': 'No target in the brief',
  'not measured': 'Not measured',
};

export interface DebriefHeader {
  readonly id: string;
  readonly producer: string;
  readonly stage: string;
  /** ISO yyyy-mm-dd */
  readonly written: string;
}

export function debriefDocument(
  header: DebriefHeader,
  targets: BriefTargets,
  result: DebriefResult,
  notes: DebriefNotes,
): DocRow[] {
  const rows: DocRow[] = [
    { style: 'title', cells: [text(`${debriefTitlePrefix(header.id)}${header.producer}`)] },
    body(text('Written'), { kind: 'date', iso: header.written }),
    body(text('Stage'), text(header.stage)),
    body(text('Targets from'), text(targets.from)),
  ];
  const term = termText(targets);
  if (term) rows.push(body(text('Briefed term'), text(term)));

  rows.push(blank, heading('Suggestion'));
  rows.push({
    style: result.suggestion === 'Consider exit' ? 'flag' : 'body',
    cells: [text('Suggestion'), text(result.suggestion)],
  });
  for (const reason of result.reasons) rows.push(body(text('Because'), text(reason)));
  rows.push(body(text('Advice only: the Stage in the Pipeline is yours to change.')));

  rows.push(blank, heading('Targets and actuals'));
  rows.push({
    style: 'tableHeader',
    cells: ['Indicator', 'Metric', 'Target', 'Actual', 'Result', 'Actual from'].map(text),
  });
  for (const m of result.metrics) {
    rows.push({
      style: m.verdict === 'missed' ? 'flag' : 'body',
      cells: [
        text(m.indicator === 'leading' ? 'Leading' : 'Lagging'),
        text(m.label),
        valueCell(m.format, m.target),
        valueCell(m.format, m.actual),
        text(RESULT_TEXT[m.verdict]),
        text(m.source),
      ],
    });
  }

  rows.push(blank, heading('Month by month'));
  if (result.monthlySalesTarget !== undefined) {
    rows.push(
      body(
        text('Monthly sales target'),
        num('money', result.monthlySalesTarget),
        text(`the term's target over ${result.termMonths} months`),
      ),
    );
  }
  rows.push({
    style: 'tableHeader',
    cells: ['Month', 'Net sales', 'Under half of the monthly target'].map(text),
  });
  if (result.periods.length === 0) rows.push(body(text('No results imported for this partnership yet.')));
  for (const p of result.periods) {
    rows.push({
      style: p.underHalf ? 'flag' : 'body',
      cells: [
        text(p.month),
        p.netSales === null ? text('no sales reported') : num('money', p.netSales),
        text(p.underHalf ? 'Yes' : ''),
      ],
    });
  }

  rows.push(blank, heading('Return on investment'));
  const roi = result.roi;
  if (!roi.ok) rows.push(body(text('Not measured'), text(roi.problem)));
  else {
    rows.push(
      body(text('Months measured'), num('number', roi.months)),
      body(text('Cost (payouts and hidden costs)'), num('money', roi.cost)),
      body(text('Attributed sales'), num('money', roi.revenue)),
      body(text('Actual ROI'), num('percent', roi.actualRoi)),
      body(text('Actual return multiple'), text(`${roi.actualMultiple.toFixed(2)}x`)),
      body(
        text('Base scenario revenue'),
        num('money', roi.baseRevenue),
        text(`at ${roi.baseMultiple}x, same months and ramp`),
      ),
      body(text('Base scenario ROI'), num('percent', roi.baseRoi)),
      {
        style: roi.actualRoi < roi.baseRoi ? 'flag' : 'body',
        cells: [
          text('Against the Base scenario'),
          text(roi.actualRoi >= roi.baseRoi ? 'At or above' : 'Below'),
        ],
      },
    );
  }

  rows.push(blank, heading('What we learned'));
  for (const { key, label } of DEBRIEF_TEXT_FIELDS) rows.push(body(text(label), text(notes.text[key])));
  for (const { key, label } of DEBRIEF_TICKS)
    rows.push(body(text(label), text(notes.ticks[key] ? 'Yes' : 'No')));

  if (result.notes.length) {
    rows.push(blank, heading('Notes'));
    for (const note of result.notes) rows.push(body(text(note)));
  }
  return rows;
}
