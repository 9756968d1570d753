/**
 * Embedded charts of a sheet: the chart builder (Sheet.newChart() …
 * build()), Sheet.insertChart / getCharts / removeChart, and the `Charts`
 * global's ChartType enum. A chart is kept as data (type, source ranges,
 * anchor cell, options), never drawn: tests read it with `chartsOf`.
 *
 * Reference: "Builder used to edit an EmbeddedChart. Changes made to the
 * chart are not saved until Sheet.updateChart(chart) is called"; a new
 * chart is saved by Sheet.insertChart
 * (https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder,
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertChart(EmbeddedChart)).
 * So build() alone changes nothing on the sheet, and insertChart of the
 * built chart adds it. setPosition(anchorRowPos, anchorColPos, offsetX,
 * offsetY) anchors the chart's top-left corner at that cell.
 * Simplified: options are stored as given (Google validates some names,
 * which is not modelled); a range of another sheet is accepted.
 */
import { Emulated, ENV, asApi, countCalls, enumOf } from './counted';
import type { Env } from './env';
import { ServiceError, type SheetModel } from './model';
import { EmuRange } from './range';

type Builder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type ChartType = GoogleAppsScript.Charts.ChartType;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Charts.ChartType (https://developers.google.com/apps-script/reference/charts/chart-type). */
export const CHART_TYPES = enumOf([
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'LINE',
  'ORG',
  'PIE',
  'RADAR',
  'SANKEY',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TIMELINE',
  'TREE_MAP',
  'WATERFALL',
]);

/** What a test sees of one chart. */
export interface ChartView {
  id: number;
  type: string | null;
  /** Source ranges, 1-based, on the named sheet. */
  ranges: { sheet: string; row: number; col: number; rows: number; cols: number }[];
  position: { row: number; col: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
}

interface ChartModel {
  id: number;
  type: string | null;
  ranges: { sheet: SheetModel; row: number; col: number; rows: number; cols: number }[];
  position: { row: number; col: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
}

const chartsBySheet = new WeakMap<SheetModel, ChartModel[]>();
let nextChartId = 1;

function chartsOfModel(sheet: SheetModel): ChartModel[] {
  let charts = chartsBySheet.get(sheet);
  if (!charts) {
    charts = [];
    chartsBySheet.set(sheet, charts);
  }
  return charts;
}

const BUILDER_API = ['addRange', 'build', 'getChartType', 'setChartType', 'setOption', 'setPosition'] as const satisfies readonly (keyof Builder)[];

export class EmuEmbeddedChartBuilder extends Emulated implements Pick<Builder, (typeof BUILDER_API)[number]> {
  readonly #chart: ChartModel;

  constructor(env: Env, chart: ChartModel) {
    super(env);
    this.#chart = chart;
  }

  addRange(range: Range): Builder {
    if (!(range instanceof EmuRange))
      throw new ServiceError("The parameters (Object) don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.addRange.");
    const { sheet, rect } = EmuRange.partsOf(range);
    this.#chart.ranges.push({ sheet, row: rect.row, col: rect.col, rows: rect.rows, cols: rect.cols });
    return asApi(this);
  }

  build(): Chart {
    const chart = this.#chart;
    return asApi(new EmuEmbeddedChart(this[ENV], { ...chart, ranges: [...chart.ranges], options: { ...chart.options } }));
  }

  getChartType(): ChartType {
    return this.#chart.type as unknown as ChartType;
  }

  setChartType(type: ChartType): Builder {
    this.#chart.type = String(type);
    return asApi(this);
  }

  setOption(option: string, value: unknown): Builder {
    this.#chart.options[option] = value;
    return asApi(this);
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): Builder {
    this.#chart.position = { row: anchorRowPos, col: anchorColPos, offsetX, offsetY };
    return asApi(this);
  }
}
countCalls(EmuEmbeddedChartBuilder, 'EmbeddedChartBuilder', BUILDER_API);

const CHART_API = ['getChartId'] as const satisfies readonly (keyof Chart)[];

export class EmuEmbeddedChart extends Emulated implements Pick<Chart, (typeof CHART_API)[number]> {
  readonly model: ChartModel;

  constructor(env: Env, model: ChartModel) {
    super(env);
    this.model = model;
  }

  /** Null until the chart is inserted ("the chart's ID, or null if the chart is not inserted": embedded-chart#getChartId()). */
  getChartId(): number | null {
    return this.model.id > 0 && this.model.id < nextChartId ? this.model.id : null;
  }
}
countCalls(EmuEmbeddedChart, 'EmbeddedChart', CHART_API);

// ---------------------------------------------------------------- Sheet's chart methods (sheet.ts forwards to these)

export function newChartOn(env: Env, sheet: SheetModel): Builder {
  void sheet;
  return asApi(new EmuEmbeddedChartBuilder(env, { id: 0, type: null, ranges: [], position: { row: 1, col: 1, offsetX: 0, offsetY: 0 }, options: {} }));
}

export function insertChartOn(sheet: SheetModel, chart: Chart): void {
  if (!(chart instanceof EmuEmbeddedChart))
    throw new ServiceError("The parameters (Object) don't match the method signature for SpreadsheetApp.Sheet.insertChart.");
  chart.model.id = nextChartId++;
  chartsOfModel(sheet).push({ ...chart.model });
}

export function chartsOn(env: Env, sheet: SheetModel): Chart[] {
  return chartsOfModel(sheet).map((model) => asApi<Chart>(new EmuEmbeddedChart(env, model)));
}

export function removeChartOn(sheet: SheetModel, chart: Chart): void {
  if (!(chart instanceof EmuEmbeddedChart))
    throw new ServiceError("The parameters (Object) don't match the method signature for SpreadsheetApp.Sheet.removeChart.");
  const charts = chartsOfModel(sheet);
  const index = charts.findIndex((candidate) => candidate.id === chart.model.id);
  if (index >= 0) charts.splice(index, 1);
}

/** The `Charts` global: only its ChartType enum is used by the add-on. */
export function createChartsService(): unknown {
  return { ChartType: CHART_TYPES };
}

/** Uncounted: the charts on a sheet model, for tests (through `chartsOf` in index.ts). */
export function chartViews(sheet: SheetModel): ChartView[] {
  return chartsOfModel(sheet).map((chart) => ({
    id: chart.id,
    type: chart.type,
    ranges: chart.ranges.map((range) => ({ sheet: range.sheet.name, row: range.row, col: range.col, rows: range.rows, cols: range.cols })),
    position: { ...chart.position },
    options: { ...chart.options },
  }));
}
