// Chart.js draws on whatever 2D context it is given, but it assumes it owns a whole canvas:
// it sets absolute transforms and clears the canvas before drawing. To place a chart inside
// a PDF page (vector, fonts embedded) this wraps the page's context so that Chart.js sees a
// canvas of its own size, offset and scaled into a box, and its clear() erases nothing else.
import type { PDFDocument, SKRSContext2D } from '@napi-rs/canvas';

/** A PNG canvas' context or a PDF page's: both are Skia canvases with the 2D API. */
export type DrawContext = SKRSContext2D | ReturnType<PDFDocument['beginPage']>;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartSurface {
  /** What Chart.js is given: it reads `.canvas` (with width/height/getContext) from it. */
  context: DrawContext;
}

/**
 * A context that maps a `logicalWidth × logicalHeight` chart into `box` of `page`.
 * The fake canvas is what Chart.js' BasicPlatform acquires.
 */
export function boxedSurface(page: DrawContext, box: Box, logicalWidth: number, logicalHeight: number): ChartSurface {
  const s = box.width / logicalWidth;
  let proxy: DrawContext;
  const canvas = {
    width: logicalWidth,
    height: logicalHeight,
    style: {} as Record<string, string>,
    getContext: () => proxy,
  };
  const overrides: Record<string | symbol, unknown> = {
    canvas,
    // Absolute transforms from Chart.js are made relative to the box.
    setTransform: (a: number, b: number, c: number, d: number, e: number, f: number) =>
      page.setTransform(s * a, s * b, s * c, s * d, s * e + box.x, s * f + box.y),
    resetTransform: () => page.setTransform(s, 0, 0, s, box.x, box.y),
    // The page already has a white background; clearing would punch through other content.
    clearRect: () => undefined,
  };
  proxy = new Proxy(page, {
    get(target, prop) {
      if (prop in overrides) return overrides[prop];
      const v = Reflect.get(target, prop, target);
      return typeof v === 'function' ? v.bind(target) : v;
    },
    set(target, prop, value) {
      return Reflect.set(target, prop, value, target);
    },
  });
  return { context: proxy };
}
