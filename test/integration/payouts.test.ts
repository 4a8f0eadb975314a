// Prepare payouts through the built bundle: a month prepared, approved and paid; a refund after
// payment clawed back from the next month and shown on both rows; re-runs; bad input.
import { payoutRow, payoutRows, payoutWorkbook, prepare, setPayoutCell, writeResults } from './payout-helpers';

describe('Prepare payouts', () => {
  it('writes one row per partnership for the month, by HYBRID_PAYOUT’s core, net of refunds', () => {
    const a = payoutWorkbook();
    writeResults(a, [
      { id: 'P-0001', month: '2026-11', source: 'Shopify', sales: 20000, refunds: 1000 },
      { id: 'P-0001', month: '2026-11', source: 'GA4', sales: 6000 },
      { id: 'P-0002', month: '2026-11', sales: 3000 },
    ]);
    prepare(a, '2026-11');
    console.log(JSON.stringify(payoutRows(a)), a.emu.ui.alerts, a.emu.ui.toasts);
  });
});
