// Embedded charts: built with Sheet.newChart(), recorded on the sheet by insertChart/updateChart.
// Nothing is drawn; tests read back the type, ranges, options and position.
import { registerClass, unwrap } from './counting';
import { ChartType, makeEnum } from './enums';
import type { Env } from './env';
import { asGas, type GasRange } from './types';

type GasChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type GasChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

interface ChartState {
  chartId: number | null;
  type: string;
  ranges: unknown[];
  options: Map<string, unknown>;
  position: { anchorRow: number; anchorColumn: number; offsetX: number; offsetY: number };
  numHeaders: number;
  transpose: boolean;
  hiddenDimensionStrategy: string;
  mergeStrategy: string;
}

function cloneState(s: ChartState): ChartState {
  return { ...s, ranges: [...s.ranges], options: new Map(s.options), position: { ...s.position } };
}

export class EmuCharts {
  readonly ChartType = ChartType;
  readonly ChartHiddenDimensionStrategy = makeEnum(
    'IGNORE_BOTH',
    'IGNORE_ROWS',
    'IGNORE_COLUMNS',
    'SHOW_BOTH',
  );
  readonly ChartMergeStrategy = makeEnum('MERGE_COLUMNS', 'MERGE_ROWS');
  readonly CurveStyle = makeEnum('NORMAL', 'SMOOTH');
  readonly PointStyle = makeEnum('NONE', 'TINY', 'MEDIUM', 'LARGE', 'HUGE');
  readonly Position = makeEnum('TOP', 'RIGHT', 'BOTTOM', 'NONE');
}
registerClass(EmuCharts, 'Charts', 'charts');

export class EmuChartOptions implements GoogleAppsScript.Charts.ChartOptions {
  constructor(private readonly options: ReadonlyMap<string, unknown>) {}

  get(option: string): unknown {
    return this.options.has(option) ? this.options.get(option) : null;
  }
}
registerClass(EmuChartOptions, 'ChartOptions', 'spreadsheet');

export class EmuContainerInfo
  implements
    Pick<
      GoogleAppsScript.Spreadsheet.ContainerInfo,
      'getAnchorColumn' | 'getAnchorRow' | 'getOffsetX' | 'getOffsetY'
    >
{
  constructor(private readonly position: ChartState['position']) {}

  getAnchorColumn(): number {
    return this.position.anchorColumn;
  }
  getAnchorRow(): number {
    return this.position.anchorRow;
  }
  getOffsetX(): number {
    return this.position.offsetX;
  }
  getOffsetY(): number {
    return this.position.offsetY;
  }
}
registerClass(EmuContainerInfo, 'ContainerInfo', 'spreadsheet');

export class EmuEmbeddedChart
  implements
    Pick<
      GasChart,
      | 'getChartId'
      | 'getContainerInfo'
      | 'getNumHeaders'
      | 'getOptions'
      | 'getRanges'
      | 'getTransposeRowsAndColumns'
      | 'modify'
    >
{
  constructor(
    private readonly env: Env,
    readonly state: ChartState,
  ) {}

  getChartId(): number | null {
    return this.state.chartId;
  }

  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    return asGas(new EmuContainerInfo({ ...this.state.position }));
  }

  getNumHeaders(): number {
    return this.state.numHeaders;
  }

  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    return new EmuChartOptions(new Map(this.state.options));
  }

  getRanges(): GasRange[] {
    return asGas([...this.state.ranges]);
  }

  getTransposeRowsAndColumns(): boolean {
    return this.state.transpose;
  }

  /** Not in Apps Script's EmbeddedChart: the chart type given to the builder (e.g. 'LINE'). */
  getType(): string {
    return this.state.type;
  }

  modify(): GasChartBuilder {
    return asGas(new EmuEmbeddedChartBuilder(this.env, cloneState(this.state)));
  }
}
registerClass(EmuEmbeddedChart, 'EmbeddedChart', 'spreadsheet');

export class EmuEmbeddedChartBuilder
  implements
    Pick<
      GasChartBuilder,
      | 'addRange'
      | 'build'
      | 'clearRanges'
      | 'getChartType'
      | 'getRanges'
      | 'removeRange'
      | 'setChartType'
      | 'setHiddenDimensionStrategy'
      | 'setMergeStrategy'
      | 'setNumHeaders'
      | 'setOption'
      | 'setPosition'
      | 'setTransposeRowsAndColumns'
    >
{
  constructor(
    private readonly env: Env,
    private readonly state: ChartState = {
      chartId: null,
      type: 'LINE',
      ranges: [],
      options: new Map(),
      position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 },
      numHeaders: -1,
      transpose: false,
      hiddenDimensionStrategy: 'IGNORE_ROWS',
      mergeStrategy: 'MERGE_COLUMNS',
    },
  ) {}

  private self(): GasChartBuilder {
    return asGas(this);
  }

  addRange(range: GasRange): GasChartBuilder {
    this.state.ranges.push(unwrap(range));
    return this.self();
  }

  build(): GasChart {
    return asGas(new EmuEmbeddedChart(this.env, cloneState(this.state)));
  }

  clearRanges(): GasChartBuilder {
    this.state.ranges = [];
    return this.self();
  }

  getChartType(): GoogleAppsScript.Charts.ChartType {
    return asGas(this.state.type);
  }

  getRanges(): GasRange[] {
    return asGas([...this.state.ranges]);
  }

  removeRange(range: GasRange): GasChartBuilder {
    const raw = unwrap(range);
    this.state.ranges = this.state.ranges.filter((r) => r !== raw);
    return this.self();
  }

  setChartType(type: GoogleAppsScript.Charts.ChartType): GasChartBuilder {
    const name = String(type);
    if (!(name in ChartType)) throw this.env.exception(`Exception: Invalid argument: type`);
    this.state.type = name;
    return this.self();
  }

  setHiddenDimensionStrategy(
    strategy: GoogleAppsScript.Charts.ChartHiddenDimensionStrategy,
  ): GasChartBuilder {
    this.state.hiddenDimensionStrategy = String(strategy);
    return this.self();
  }

  setMergeStrategy(mergeStrategy: GoogleAppsScript.Charts.ChartMergeStrategy): GasChartBuilder {
    this.state.mergeStrategy = String(mergeStrategy);
    return this.self();
  }

  setNumHeaders(headers: number): GasChartBuilder {
    this.state.numHeaders = headers;
    return this.self();
  }

  setOption(option: string, value: unknown): GasChartBuilder {
    this.state.options.set(option, value);
    return this.self();
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): GasChartBuilder {
    this.state.position = { anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY };
    return this.self();
  }

  setTransposeRowsAndColumns(transpose: boolean): GasChartBuilder {
    this.state.transpose = Boolean(transpose);
    return this.self();
  }
}
registerClass(EmuEmbeddedChartBuilder, 'EmbeddedChartBuilder', 'builder');
