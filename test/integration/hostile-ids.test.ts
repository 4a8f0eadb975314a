// A hostile 50,000-character ID (a cell holds that many) is never repeated whole in a message: the
// sidebars' errors and the Status of a duplicate row quote about 80 characters of it
// (src/core/user-text.ts), so a toast, a page or a cell stays readable and within Sheets' limits.
import { CHECKLIST_ITEM_KEYS } from '../../src/core/lifecycle/checklists';
import { type Addon, freshAddon } from './harness';
import { cellOf, NOW, promotionRow, typeRows } from './pipeline-helpers';

const HOSTILE_ID = `P-${'9'.repeat(49_998)}`;
/** The most a message may spend on the ID and its own words. */
const MESSAGE_MAX = 300;

let addon: Addon;
beforeEach(() => {
  addon = freshAddon({ timeZone: 'America/New_York' });
  addon.emu.setNow(NOW);
  addon.gas.setUpWorkbook();
  typeRows(addon, 2, [promotionRow('Ana Lopez', { Stage: 'Promotion' })]);
});

const thrown = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the call to fail');
};

describe('a 50,000-character ID in messages', () => {
  it.each([
    ['getBriefContext', () => addon.gas.getBriefContext(HOSTILE_ID)],
    ['getChecklists', () => addon.gas.getChecklists(HOSTILE_ID)],
    ['setChecklistTick', () => addon.gas.setChecklistTick(HOSTILE_ID, CHECKLIST_ITEM_KEYS[0], true)],
  ])('%s names the partnership by its first 77 characters', (_name, run) => {
    const message = thrown(run);
    expect(message.length).toBeLessThan(MESSAGE_MAX);
    expect(message).toContain(`Partnership ${HOSTILE_ID.slice(0, 77)}... is not in the Pipeline`);
  });

  it('the Status of a duplicate row quotes it cut, within a cell', () => {
    typeRows(addon, 3, [
      promotionRow('Ben Okafor', { ID: HOSTILE_ID }),
      promotionRow('Cleo Park', { ID: HOSTILE_ID }),
    ]);
    addon.gas.validateAllRows();
    const status = String(cellOf(addon, 4, 'Status'));
    expect(status).toContain(`duplicate ID ${HOSTILE_ID.slice(0, 77)}... (also row 3)`);
    expect(status.length).toBeLessThan(MESSAGE_MAX);
  });
});
