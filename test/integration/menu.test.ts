import { type Addon, freshAddon } from './harness';
import { setUpAddon } from './pipeline-helpers';

let addon: Addon;
beforeEach(() => {
  addon = setUpAddon();
});

describe('onOpen', () => {
  it('builds the add-on menu and, in AuthMode.NONE, does nothing else', () => {
    const fresh = freshAddon();
    fresh.gas.onOpen({ authMode: 'NONE' });
    expect(fresh.emu.ui.menus).toEqual([
      {
        title: 'Producer Partnerships',
        items: [
          { caption: 'Set up workbook', functionName: 'setUpWorkbook' },
          { caption: 'Validate all rows', functionName: 'validateAllRows' },
          { caption: 'Assess program maturity', functionName: 'assessProgramMaturity' },
          { caption: '---', functionName: '' },
          { caption: 'Run monthly forecast', functionName: 'runMonthlyForecast' },
          { caption: 'Schedule monthly forecast', functionName: 'scheduleMonthlyForecast' },
          { caption: 'Stop monthly forecast', functionName: 'stopMonthlyForecast' },
          { caption: '---', functionName: '' },
          { caption: 'Prepare payouts…', functionName: 'preparePayouts' },
          { caption: 'Write statements for selected payouts', functionName: 'writeStatements' },
          { caption: '---', functionName: '' },
          { caption: 'Open brief builder', functionName: 'openBriefBuilder' },
          { caption: 'Open checklists', functionName: 'openChecklists' },
          { caption: 'Write debrief…', functionName: 'openDebrief' },
          { caption: '---', functionName: '' },
          { caption: 'Import results…', functionName: 'openImportResults' },
          { caption: '---', functionName: '' },
          { caption: 'Help', functionName: 'showHelp' },
        ],
      },
    ]);
    const touched = Object.keys(fresh.emu.calls.byMethod());
    expect(
      touched.every((m) => m.startsWith('Ui.') || m.startsWith('Menu.') || m === 'SpreadsheetApp.getUi'),
    ).toBe(true);
  });

  it('onInstall builds the same menu', () => {
    const fresh = freshAddon();
    fresh.gas.onInstall({ authMode: 'FULL' });
    expect(fresh.emu.ui.menus[0].items.map((i) => i.functionName)).toContain('validateAllRows');
  });

  it('Help explains the add-on in an alert', () => {
    addon.gas.showHelp();
    expect(addon.emu.ui.alerts.at(-1)?.prompt).toMatch(/PRODUCER_SCORE/);
  });
});
