/** The embedded chart builder of the emulator (emulator/charts.ts), as the Apps Script reference describes it. */
import { describe, expect, it } from 'vitest';
import { chartsOf, createEmulator, servicesOf } from '../../emulator';

function fixture() {
  const emu = createEmulator({
    sheets: [
      {
        name: 'Tổng hợp chung',
        values: [
          ['Mức', 'Số trường'],
          ['Mức 1', 5],
          ['Mức 2', 1],
        ],
      },
    ],
  });
  const { SpreadsheetApp } = servicesOf(emu);
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Tổng hợp chung')!;
  const Charts = emu.globals.Charts as typeof globalThis.Charts;
  return { emu, sheet, Charts };
}

describe('embedded charts', () => {
  it('build() alone adds nothing; insertChart adds the chart with its type, range, anchor and options', () => {
    const { emu, sheet, Charts } = fixture();
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.COLUMN)
      .addRange(sheet.getRange('A2:B3'))
      .setPosition(2, 7, 0, 0)
      .setOption('title', 'Số trường theo mức đạt')
      .build();
    expect(chartsOf(emu, 'Tổng hợp chung')).toEqual([]);
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    expect(chartsOf(emu, 'Tổng hợp chung')).toEqual([
      {
        id: expect.any(Number),
        type: 'COLUMN',
        ranges: [{ sheet: 'Tổng hợp chung', row: 2, col: 1, rows: 2, cols: 2 }],
        position: { row: 2, col: 7, offsetX: 0, offsetY: 0 },
        options: { title: 'Số trường theo mức đạt' },
      },
    ]);
  });

  it('getCharts and removeChart: a removed chart is gone, the others stay; each call is counted', () => {
    const { emu, sheet, Charts } = fixture();
    for (const title of ['một', 'hai']) {
      sheet.insertChart(sheet.newChart().setChartType(Charts.ChartType.PIE).addRange(sheet.getRange('A1:B3')).setOption('title', title).build());
    }
    emu.calls.reset();
    const [first] = sheet.getCharts();
    sheet.removeChart(first);
    expect(chartsOf(emu, 'Tổng hợp chung').map((chart) => chart.options.title)).toEqual(['hai']);
    expect(emu.calls.byName()).toEqual({ 'Sheet.getCharts': 1, 'Sheet.removeChart': 1 });
  });
});
