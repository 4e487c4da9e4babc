// Fonts come from npm so a report renders the same on a laptop, in CI and on Lambda (which has
// no system fonts). IBM Plex Sans Arabic covers Arabic and Latin, and Skia's PDF backend can map
// every glyph it shapes back to a character, so the PDF's Arabic stays searchable
// (docs/decisions/0001-canvas-not-chartjs-node-canvas.md has the measurements).
import { GlobalFonts } from '@napi-rs/canvas';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readConfig } from '../shared/config.js';

export const FONT_FAMILY = 'IBM Plex Sans Arabic';

const FILES = ['400Regular/IBMPlexSansArabic_400Regular.ttf', '600SemiBold/IBMPlexSansArabic_600SemiBold.ttf', '700Bold/IBMPlexSansArabic_700Bold.ttf'];

let registered = false;

/** Where the .ttf files are: REPORT_FONT_DIR (a bundled Lambda copies them there), else the npm package. */
function fontPath(file: string): string {
  const dir = readConfig().REPORT_FONT_DIR;
  if (dir) return join(dir, file.split('/').pop() as string);
  return createRequire(import.meta.url).resolve(`@expo-google-fonts/ibm-plex-sans-arabic/${file}`);
}

export function registerFonts(): void {
  if (registered) return;
  for (const file of FILES) {
    const path = fontPath(file);
    if (!existsSync(path)) throw new Error(`report font missing: ${path}`);
    if (!GlobalFonts.registerFromPath(path, FONT_FAMILY)) throw new Error(`report font could not be loaded: ${path}`);
  }
  registered = true;
}

/** A CSS font string in the report family. */
export function font(sizePx: number, weight: 400 | 600 | 700 = 400): string {
  return `${weight} ${sizePx}px "${FONT_FAMILY}"`;
}
