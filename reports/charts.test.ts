import { describe, expect, it } from 'vitest';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { mkdirSync, writeFileSync } from 'node:fs';
import { CHARTS, COLORS, renderChartPng, type ChartId } from './charts.js';
import { buildReportData } from './data.js';
import { fixtureContents, memoryStores } from './fixture-stores.js';

const week = { period: 'week' as const, to: '2024-12-01', now: new Date('2024-12-02T06:00:00Z') };
const full = await buildReportData(memoryStores(fixtureContents({ from: '2024-11-18', to: '2024-12-01' })), week);
const empty = await buildReportData(memoryStores(fixtureContents({ from: '2024-01-01', to: '2024-01-02' })), week);

interface Pixels { width: number; height: number; data: Uint8ClampedArray }

async function decode(png: Buffer): Promise<Pixels> {
  const img = await loadImage(png);
  const c = createCanvas(img.width, img.height);
  const ctx = c.getContext('2d');
  ctx.drawImage(img, 0, 0);
  return { width: img.width, height: img.height, data: ctx.getImageData(0, 0, img.width, img.height).data };
}

/** Pixels in the plot area (right of the governorate labels, between title and axis) that are not white, and how many distinct colours they have. */
function plotArea(p: Pixels, near?: string): { inked: number; colours: number; matching: number } {
  const target = near ? [1, 3, 5].map((i) => parseInt(near.slice(i, i + 2), 16)) : null;
  const colours = new Set<number>();
  let inked = 0;
  let matching = 0;
  for (let y = Math.floor(p.height * 0.12); y < p.height * 0.8; y++) {
    for (let x = Math.floor(p.width * 0.3); x < p.width * 0.95; x++) {
      const i = (y * p.width + x) * 4;
      const [r, g, b] = [p.data[i], p.data[i + 1], p.data[i + 2]];
      if (r > 245 && g > 245 && b > 245) continue;
      inked += 1;
      colours.add((r << 16) | (g << 8) | b);
      if (target && Math.abs(r - target[0]) + Math.abs(g - target[1]) + Math.abs(b - target[2]) < 30) matching += 1;
    }
  }
  return { inked, colours: colours.size, matching };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('chart PNGs', () => {
  mkdirSync('artifacts/reports', { recursive: true });

  it.each(CHARTS.map((c) => c.id))('%s is a PNG with a drawn plot', async (id: ChartId) => {
    const png = renderChartPng(id, full);
    writeFileSync(`artifacts/reports/${id}.png`, png);
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    const px = await decode(png);
    expect(px.width).toBe(1200);
    expect(px.height).toBeGreaterThan(500);
    const area = plotArea(px);
    // Bars, bands and dots cover a real share of the plot, in several colours.
    expect(area.inked).toBeGreaterThan(px.width * px.height * 0.03);
    expect(area.colours).toBeGreaterThan(20);
  });

  it('the killed chart draws civilian bars in their colour, as long as the figures say', async () => {
    const civilians = full.scopes.reduce((s, r) => s + r.byVictim.killed.civilian.best, 0);
    expect(civilians).toBeGreaterThan(0);
    const px = await decode(renderChartPng('killed-by-governorate', full));
    expect(plotArea(px, COLORS.civilian).matching).toBeGreaterThan(2000);
  });

  it('an empty period draws a framed message and no bars', async () => {
    expect(empty.empty).toBe(true);
    const png = renderChartPng('killed-by-governorate', empty);
    writeFileSync('artifacts/reports/empty-killed-by-governorate.png', png);
    const px = await decode(png);
    expect(px.width).toBe(1200);
    expect(px.height).toBeLessThan(260);
    expect(plotArea(px, COLORS.civilian).matching).toBe(0);
    expect(plotArea(px).inked).toBeGreaterThan(500); // the message itself
  });
});
