import { briefDocument } from '../../../src/core/brief/document';
import { newDraft } from '../../../src/core/brief/draft';
import { completeDraft } from '../../integration/brief-helpers';

describe('brief document', () => {
  it('types cells for the sheet: dates, money, percentages, text as typed', () => {
    const rows = briefDocument(completeDraft(newDraft({ baseFee: '1,000', commissionRate: '7.5' })), {
      partnershipId: 'P-0007',
      updated: '2026-11-28',
    });
    const row = (label: string) => rows.find((r) => r.cells[0]?.kind === 'text' && r.cells[0].text === label);
    expect(row('Base fee')?.cells[1]).toEqual({ kind: 'money', value: 1000 });
    expect(row('Commission rate (%)')?.cells[1]).toEqual({ kind: 'percent', value: 0.075 });
    expect(row('Kickoff call')?.cells[1]).toEqual({ kind: 'date', iso: '2026-12-01' });
    expect(row('Wording')?.cells[1]).toEqual({ kind: 'text', text: 'Paid partnership with Acme' });
    expect(row('Payout at expected sales')?.cells[1]).toEqual({ kind: 'money', value: 2875 });
    expect(rows.filter((r) => r.style === 'heading')).toHaveLength(13);
  });
});
