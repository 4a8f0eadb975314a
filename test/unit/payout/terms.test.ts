import { briefDocument, type DocRow } from '../../../src/core/brief/document';
import { newDraft } from '../../../src/core/brief/draft';
import { hybridPayout } from '../../../src/core/payout/payout';
import { briefCompensation, commissionFor, dealTerms, describeTerms } from '../../../src/core/payout/terms';

/** A brief sheet's values as Sheets hands them back: numbers for money and percent, text as text. */
function sheetValues(rows: readonly DocRow[]): unknown[][] {
  return rows.map((row) =>
    row.cells.map((cell) =>
      cell.kind === 'text' ? cell.text : cell.kind === 'date' ? cell.iso : cell.value,
    ),
  );
}

function brief(values: Record<string, string>, tiers: { from: string; rate: string }[] = []) {
  const draft = { ...newDraft({ producer: 'Ada', brand: 'Acme', ...values }), tiers };
  return sheetValues(briefDocument(draft, { partnershipId: 'P-0001', updated: '2026-11-01' }));
}

describe('briefCompensation', () => {
  it('reads the compensation the brief document lays out: tiers, bonus and cap', () => {
    const values = brief(
      {
        baseFee: '1000',
        commissionKind: 'Tiers',
        bonusThreshold: '20000',
        bonusAmount: '500',
        cap: '4000',
        expectedSales: '25000',
      },
      [
        { from: '0', rate: '10' },
        { from: '10000', rate: '15' },
      ],
    );
    expect(briefCompensation('P-0001', values)).toEqual({
      baseFee: 1000,
      kind: 'Tiers',
      tiers: [
        [0, 0.1],
        [10000, 0.15],
      ],
      bonusThreshold: 20000,
      bonusAmount: 500,
      cap: 4000,
    });
  });

  it('reads nothing from a sheet that holds another partnership’s brief or something else', () => {
    const values = brief({ baseFee: '1000' });
    expect(briefCompensation('P-0002', values)).toBeUndefined();
    expect(briefCompensation('P-0001', [['my notes']])).toBeUndefined();
  });
});

describe('dealTerms', () => {
  it('takes the Pipeline’s fee and rate, and the brief’s bonus and cap', () => {
    const compensation = briefCompensation(
      'P-0001',
      brief({ baseFee: '1200', commissionRate: '12', bonusThreshold: '100', bonusAmount: '50', cap: '70' }),
    )!;
    const { terms, notes } = dealTerms({ baseFee: 1000, commission: 0.1 }, compensation);
    expect(terms).toEqual({
      baseFee: 1000,
      commission: { kind: 'rate', rate: 0.1 },
      bonusThreshold: 100,
      bonusAmount: 50,
      cap: 70,
    });
    expect(notes).toEqual(['the brief says base fee 1200.00; the Pipeline’s 1000.00 is used']);
    expect(describeTerms(terms!)).toBe(
      'base fee 1000.00 + 10%; bonus 50.00 from sales of 100.00; commission and bonus capped at 70.00',
    );
  });

  it('takes the brief’s tier table with the Pipeline’s Tier mode, and pays what HYBRID_PAYOUT pays', () => {
    const compensation = briefCompensation(
      'P-0001',
      brief({ baseFee: '1000', commissionKind: 'Tiers' }, [
        { from: '0', rate: '10' },
        { from: '10000', rate: '15' },
      ]),
    )!;
    for (const mode of ['marginal', 'whole'] as const) {
      const { terms } = dealTerms({ baseFee: 1000, commission: 0.1, tierMode: mode }, compensation);
      expect(terms!.commission).toMatchObject({ kind: 'tiers', mode });
      for (const sales of [0, 9999, 10000, 25000])
        expect(terms!.baseFee + commissionFor(terms!, sales)).toBeCloseTo(
          hybridPayout({ baseFee: 1000, commission: terms!.commission, sales }),
          9,
        );
    }
  });

  it('names what is wrong, as HYBRID_PAYOUT would', () => {
    expect(dealTerms({ baseFee: '', commission: '' }).problem).toBe(
      'the Pipeline has no Base fee and no Commission for it',
    );
    expect(dealTerms({ baseFee: 1000, commission: 10 }).problem).toBe(
      'Commission 10 is over 100%: did you mean 10%?',
    );
    expect(dealTerms({ baseFee: 'abc', commission: 0.1 }).problem).toBe(
      'Base fee must be a number (got "abc")',
    );
    expect(dealTerms({ baseFee: 1, commission: 0.1, tierMode: 'steps' }).problem).toBe(
      'tier_mode must be "marginal" or "whole" (got "steps")',
    );
    expect(dealTerms({ baseFee: 1, commission: 0.1 }, { bonusThreshold: 100 }).problem).toBe(
      'the brief’s bonus needs both a threshold and an amount',
    );
  });

  it('fills a blank Pipeline fee or rate from the brief', () => {
    const compensation = briefCompensation('P-0001', brief({ baseFee: '800', commissionRate: '5' }))!;
    expect(dealTerms({ baseFee: '', commission: '' }, compensation).terms).toMatchObject({
      baseFee: 800,
      commission: { kind: 'rate', rate: 0.05 },
    });
  });
});

describe('commissionFor', () => {
  it('is the variable part in cents, never on negative sales', () => {
    const terms = { baseFee: 0, commission: { kind: 'rate' as const, rate: 0.1 } };
    expect(commissionFor(terms, 1234.567)).toBe(123.46);
    expect(commissionFor(terms, -500)).toBe(0);
    expect(commissionFor({ ...terms, bonusThreshold: 1000, bonusAmount: 50, cap: 120 }, 1000)).toBe(120);
  });
});
