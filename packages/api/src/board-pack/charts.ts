import * as echarts from 'echarts';
import { escapeHtml } from './escape';
import type { MeasureView, MovementRow } from './model';

/**
 * The pack's charts: Apache ECharts' server-side SVG renderer (no DOM, no canvas, no request),
 * animation off, decal patterns on so that series differ by pattern as well as colour. The SVG is
 * made fit for inline use in an HTML page: the xmlns declarations go (HTML parses inline SVG
 * without them, and the page then holds no URL at all), ECharts' per-instance id prefix
 * ("zr12-") becomes the chart's own ("bp-<key>-"), so output is the same on every run, and the
 * root gets role="img", an aria-label and a <title>/<desc> (ECharts' own aria only labels a DOM
 * container, which server-side rendering has none of). Every chart is shown beside a data table
 * with the same numbers.
 */

/** Colours of the RAG series, dark enough for white text, with black text on amber. */
export const RAG_COLOURS = { RED: '#b3261e', AMBER: '#f2b233', GREEN: '#1e7b34', NO_UPDATE: '#767676' } as const;

const TEXT = '#1f1f1f';

export interface ChartSpec {
  /** A key unique in the document (letters, digits, dashes): the SVG's ids are prefixed with it. */
  key: string;
  width: number;
  height: number;
  /** The accessible name (also the SVG's <title>). */
  title: string;
  /** What the chart shows, in words (the SVG's <desc>). */
  description: string;
  option: echarts.EChartsCoreOption;
}

export function renderChart(spec: ChartSpec): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: spec.width, height: spec.height });
  try {
    chart.setOption({
      animation: false,
      aria: { enabled: true, decal: { show: true } },
      textStyle: { color: TEXT, fontFamily: 'sans-serif' },
      ...spec.option,
    });
    return inlineSvg(chart.renderToSVGString(), spec);
  } finally {
    chart.dispose();
  }
}

function inlineSvg(svg: string, spec: ChartSpec): string {
  const prefix = `bp-${spec.key}-`;
  const titleId = `${prefix}title`;
  const descId = `${prefix}desc`;
  // ECharts numbers its ids and classes from counters global to the process: renumber them per chart, in order of appearance.
  const renumbered = new Map<string, string>();
  const perKind = new Map<string, number>();
  return svg
    .replace(/\bzr\d+-([a-z]+(?:-[a-z]+)*-?)(\d+)\b/g, (whole: string, kind: string) => {
      let id = renumbered.get(whole);
      if (id === undefined) {
        const n = perKind.get(kind) ?? 0;
        perKind.set(kind, n + 1);
        id = `${prefix}${kind}${n}`;
        renumbered.set(whole, id);
      }
      return id;
    })
    .replace(/^<svg([^>]*)>/, (_whole, attributes: string) => {
      const kept = attributes.replace(/\s+xmlns(:\w+)?="[^"]*"/g, '').replace(/\s+(version|baseProfile)="[^"]*"/g, '');
      return (
        `<svg${kept} role="img" aria-labelledby="${titleId}" aria-describedby="${descId}" focusable="false">` +
        `<title id="${titleId}">${escapeHtml(spec.title)}</title><desc id="${descId}">${escapeHtml(spec.description)}</desc>`
      );
    });
}

/**
 * Movement since the last round: a stacked bar per pillar (and overall) per quarter, previous
 * quarter beside this one, its segments the actions by RAG and with no update.
 */
export function movementChart(rows: MovementRow[], previousLabel: string | null, currentLabel: string): string {
  const categories: string[] = [];
  const series = { RED: [] as number[], AMBER: [] as number[], GREEN: [] as number[], NO_UPDATE: [] as number[] };
  for (const row of rows) {
    const points: [string, MovementRow['current'] | null][] = previousLabel
      ? [
          [previousLabel, row.previous],
          [currentLabel, row.current],
        ]
      : [[currentLabel, row.current]];
    for (const [label, counts] of points) {
      categories.push(`${row.short}\n${label}`);
      series.RED.push(counts?.red ?? 0);
      series.AMBER.push(counts?.amber ?? 0);
      series.GREEN.push(counts?.green ?? 0);
      series.NO_UPDATE.push(counts?.noUpdate ?? 0);
    }
  }
  const names = { RED: 'Red', AMBER: 'Amber', GREEN: 'Green', NO_UPDATE: 'No update' } as const;
  const describe = rows
    .map((row) => {
      const now = `${row.current.red} red, ${row.current.amber} amber, ${row.current.green} green, ${row.current.noUpdate} with no update`;
      const before = row.previous
        ? ` (${previousLabel}: ${row.previous.red} red, ${row.previous.amber} amber, ${row.previous.green} green, ${row.previous.noUpdate} with no update)`
        : '';
      return `${row.label}: ${now}${before}.`;
    })
    .join(' ');
  return renderChart({
    key: 'movement',
    width: 680,
    height: 320,
    title: previousLabel ? `Actions by RAG per pillar, ${previousLabel} beside ${currentLabel}` : `Actions by RAG per pillar, ${currentLabel}`,
    description: `Stacked bars. ${currentLabel}: ${describe}`,
    option: {
      legend: { top: 0, textStyle: { color: TEXT } },
      grid: { left: 48, right: 16, top: 36, bottom: 56 },
      xAxis: { type: 'category', data: categories, axisLabel: { color: TEXT, interval: 0, fontSize: 10 } },
      yAxis: { type: 'value', name: 'Actions', minInterval: 1, axisLabel: { color: TEXT }, nameTextStyle: { color: TEXT } },
      series: (Object.keys(series) as (keyof typeof series)[]).map((key) => ({
        name: names[key],
        type: 'bar',
        stack: 'rag',
        data: series[key],
        itemStyle: { color: RAG_COLOURS[key] },
      })),
    },
  });
}

/** A measure's observed values as a line, with its baseline and target as labelled reference lines. */
export function measureChart(measure: MeasureView, key: string): string | null {
  if (!measure.observed.length) return null;
  const marks: { yAxis: number; name: string; label: { formatter: string; color: string }; lineStyle: { color: string; type: 'dashed' | 'dotted' } }[] = [];
  if (measure.baseline)
    marks.push({
      yAxis: measure.baseline.value,
      name: 'Baseline',
      label: { formatter: `Baseline ${measure.baseline.value}`, color: TEXT },
      lineStyle: { color: '#555555', type: 'dashed' },
    });
  if (measure.target)
    marks.push({
      yAxis: measure.target.value,
      name: 'Target',
      label: { formatter: `Target ${measure.target.value}`, color: TEXT },
      lineStyle: { color: '#0b4f8a', type: 'dotted' },
    });
  const values = [...measure.observed.map((v) => v.value), ...marks.map((m) => m.yAxis)];
  const observedWords = measure.observed.map((v) => `${v.periodLabel}: ${v.value}`).join('; ');
  const refWords = [
    measure.baseline ? `baseline ${measure.baseline.value} (${measure.baseline.periodLabel})` : null,
    measure.target ? `target ${measure.target.value} (${measure.target.periodLabel})` : null,
  ]
    .filter(Boolean)
    .join(', ');
  return renderChart({
    key,
    width: 560,
    height: 220,
    title: `Trend of ${measure.name}`,
    description: `Line of observed values, ${observedWords}.${refWords ? ` Reference lines: ${refWords}.` : ''}`,
    option: {
      grid: { left: 56, right: 110, top: 20, bottom: 36 },
      xAxis: { type: 'category', data: measure.observed.map((v) => v.periodLabel), axisLabel: { color: TEXT, fontSize: 10 } },
      yAxis: { type: 'value', min: Math.min(0, ...values), axisLabel: { color: TEXT } },
      series: [
        {
          name: 'Observed',
          type: 'line',
          data: measure.observed.map((v) => v.value),
          symbol: 'circle',
          symbolSize: 7,
          itemStyle: { color: '#0b4f8a' },
          lineStyle: { color: '#0b4f8a', width: 2 },
          label: { show: true, color: TEXT, fontSize: 10 },
          markLine: marks.length ? { symbol: 'none', silent: true, data: marks, label: { position: 'end' } } : undefined,
        },
      ],
    },
  });
}
