import { createEmulator } from '../../emulator';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

describe('formulas', () => {
  it('without an evaluator a formula cell reads as ""', () => {
    const emu = createEmulator();
    const sheet = emu.spreadsheet.getActiveSheet();
    sheet.getRange('A1').setFormula('=1+1');
    expect(sheet.getRange('A1').getValue()).toBe('');
    expect(sheet.getRange('A1').getFormula()).toBe('=1+1');
    expect(sheet.getLastRow()).toBe(1);
  });

  it('spills a 2-D result into empty neighbours, or shows #REF! when blocked', () => {
    const emu = createEmulator();
    const calls: string[] = [];
    emu.formulaEvaluator = (formula, sheetName, row, col) => {
      calls.push(`${sheetName}!${row},${col}:${formula}`);
      if (formula === '=GRID()')
        return [
          [1, 2],
          [3, 4],
        ];
      if (formula === '=DOUBLE(A1)') return (emu.user.getValues('Sheet1', 'A1')[0][0] as number) * 2;
      return 'x';
    };
    const sheet = emu.spreadsheet.getActiveSheet();
    sheet.getRange('C3').setFormula('=GRID()');
    expect(sheet.getRange('C3:D4').getValues()).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(sheet.getRange('D4').getFormula()).toBe('');
    expect(sheet.getLastRow()).toBe(4);
    expect(sheet.getLastColumn()).toBe(4);

    // Reading again without a change does not re-run formulas.
    const before = calls.length;
    sheet.getRange('C3').getValue();
    expect(calls.length).toBe(before);

    // An occupied neighbour blocks the spill.
    emu.user.setValues('Sheet1', 'D4', [['busy']]);
    expect(sheet.getRange('C3:D4').getValues()).toEqual([
      ['#REF!', ''],
      ['', 'busy'],
    ]);
    expect(emu.spillErrors.get('Sheet1!3,3')).toBe(
      'Array result was not expanded because it would overwrite data in D4.',
    );

    // Results follow their inputs.
    sheet.getRange('A1').setValue(21);
    sheet.getRange('B1').setFormula('=DOUBLE(A1)');
    expect(sheet.getRange('B1').getValue()).toBe(42);
    emu.user.setValues('Sheet1', 'A1', [[5]]);
    expect(sheet.getRange('B1').getValue()).toBe(10);
  });

  it('a formula cell blocks another formula from spilling into it', () => {
    const emu = createEmulator();
    emu.formulaEvaluator = (f) => (f === '=ROW2()' ? [[1, 2]] : 'single');
    emu.user.setValues('Sheet1', 'A1', [['=ROW2()', '=OTHER()']]);
    expect(emu.user.getValues('Sheet1', 'A1:B1')).toEqual([['#REF!', 'single']]);
    expect([...emu.spillErrors.keys()]).toEqual(['Sheet1!1,1']);
    emu.user.setValues('Sheet1', 'B1', [['']]);
    expect(emu.user.getValues('Sheet1', 'A1:B1')).toEqual([[1, 2]]);
    expect(emu.spillErrors.size).toBe(0);
  });
});

describe('data validation', () => {
  it('builds, stores and copies rules; checkboxes set FALSE in blank cells', () => {
    const emu = createEmulator();
    const app = emu.globals.SpreadsheetApp as App;
    const sheet = emu.spreadsheet.getActiveSheet();
    const rule = app
      .newDataValidation()
      .requireValueInList(['Discovery', 'Negotiation'], true)
      .setAllowInvalid(false)
      .setHelpText('Pick a stage')
      .build();
    sheet.getRange('A2:A3').setDataValidation(rule);
    const got = sheet.getRange('A3').getDataValidation()!;
    expect(String(got.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(got.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(got.getCriteriaValues()).toEqual([['Discovery', 'Negotiation'], true]);
    expect(got.getAllowInvalid()).toBe(false);
    expect(got.getHelpText()).toBe('Pick a stage');
    expect(got.copy().requireNumberBetween(1, 5).build().getCriteriaValues()).toEqual([1, 5]);
    expect(emu.user.cell('Sheet1', 'A2').validation).toBe('VALUE_IN_LIST [["Discovery","Negotiation"],true]');
    expect(sheet.getRange('A1').getDataValidation()).toBeNull();

    // Input that breaks the rule is stored anyway.
    emu.user.setValues('Sheet1', 'A2', [['Nonsense']]);
    expect(sheet.getRange('A2').getValue()).toBe('Nonsense');

    sheet.getRange('B1').setValue(true);
    sheet.getRange('B1:B2').insertCheckboxes();
    expect(sheet.getRange('B1:B2').getValues()).toEqual([[true], [false]]);
    expect(emu.user.cell('Sheet1', 'B2').validation).toBe('CHECKBOX');

    const inRange = app.newDataValidation().requireValueInRange(sheet.getRange('D1:D5')).build();
    const [range, dropdown] = inRange.getCriteriaValues();
    expect(range.getA1Notation()).toBe('D1:D5');
    expect(dropdown).toBe(true);
    sheet.getRange('C1').setDataValidation(inRange);
    expect(emu.user.cell('Sheet1', 'C1').validation).toBe('VALUE_IN_RANGE ["Sheet1!D1:D5",true]');

    sheet.getRange('A2:C3').clearDataValidations();
    expect(sheet.getRange('A2:C3').getDataValidations().flat()).toEqual([null, null, null, null, null, null]);
  });
});

describe('conditional format rules', () => {
  it('are stored per sheet with their ranges', () => {
    const emu = createEmulator();
    const app = emu.globals.SpreadsheetApp as App;
    const sheet = emu.spreadsheet.getActiveSheet();
    const range = sheet.getRange('A2:A');
    const rule = app
      .newConditionalFormatRule()
      .whenTextStartsWith('Exit')
      .setBackground('#f4cccc')
      .setBold(true)
      .setRanges([range])
      .build();
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), rule]);
    const rules = sheet.getConditionalFormatRules();
    expect(rules).toHaveLength(1);
    expect(rules[0].getRanges()[0]).toBe(range);
    const cond = rules[0].getBooleanCondition()!;
    expect(String(cond.getCriteriaType())).toBe('TEXT_STARTS_WITH');
    expect(cond.getCriteriaValues()).toEqual(['Exit']);
    expect(cond.getBackground()).toBe('#f4cccc');
    expect(
      rules[0].copy().whenFormulaSatisfied('=$B2>3').build().getBooleanCondition()!.getCriteriaValues(),
    ).toEqual(['=$B2>3']);
  });
});

describe('charts', () => {
  it('insert, update, read back and remove', () => {
    const emu = createEmulator();
    const charts = emu.globals.Charts as GoogleAppsScript.Charts.Charts;
    const sheet = emu.spreadsheet.getActiveSheet();
    const chart = sheet
      .newChart()
      .setChartType(charts.ChartType.LINE)
      .addRange(sheet.getRange('A1:B10'))
      .setPosition(2, 4, 0, 0)
      .setOption('title', 'Forecast')
      .build();
    sheet.insertChart(chart);
    const [got] = sheet.getCharts();
    expect(got.getChartId()).toEqual(expect.any(Number));
    expect(got.getOptions().get('title')).toBe('Forecast');
    expect(got.getRanges()[0].getA1Notation()).toBe('A1:B10');
    expect(got.getContainerInfo().getAnchorColumn()).toBe(4);
    expect((got as unknown as { getType(): string }).getType()).toBe('LINE');

    const updated = got
      .modify()
      .setOption('title', 'Updated')
      .clearRanges()
      .addRange(sheet.getRange('A1:C5'))
      .build();
    sheet.updateChart(updated);
    expect(sheet.getCharts()).toHaveLength(1);
    expect(sheet.getCharts()[0].getOptions().get('title')).toBe('Updated');
    expect(sheet.getCharts()[0].getRanges()[0].getA1Notation()).toBe('A1:C5');
    sheet.removeChart(sheet.getCharts()[0]);
    expect(sheet.getCharts()).toHaveLength(0);
  });
});

describe('snapshots', () => {
  it('cover every cell holding anything, so unrelated changes show', () => {
    const emu = createEmulator();
    emu.user.setValues('Sheet1', 'A1', [['a', 1]]);
    const before = emu.user.snapshot('Sheet1');
    expect(before).toHaveLength(1);
    expect(before[0]).toHaveLength(2);
    emu.spreadsheet.getActiveSheet().getRange('C3').setBackground('yellow');
    const after = emu.user.snapshot('Sheet1');
    expect(after).toHaveLength(3);
    expect(after[2][2].background).toBe('#ffff00');
  });
});
