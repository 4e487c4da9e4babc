// A small flow layout over @napi-rs/canvas' PDFDocument: A4 pages, a cursor that moves down,
// page breaks, wrapped paragraphs in either direction, and simple tables. Text is drawn as
// text (the font is embedded and subset by Skia), so the PDF stays searchable.
import { PDFDocument } from '@napi-rs/canvas';
import type { DrawContext } from './surface.js';
import { font } from './fonts.js';

export const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { top: 48, bottom: 50, left: 42, right: 42 };

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/g;
const LATIN = /[A-Za-z]/g;

/** Right-to-left when the text has more Arabic letters than Latin ones. */
export function isRtl(text: string): boolean {
  return (text.match(ARABIC)?.length ?? 0) > (text.match(LATIN)?.length ?? 0);
}

export interface TextStyle {
  size?: number;
  weight?: 400 | 600 | 700;
  color?: string;
  /** Line height as a multiple of the size. */
  leading?: number;
  /** Force a direction; default from the text. */
  rtl?: boolean;
  indent?: number;
}

export interface Column {
  title: string;
  width: number;
  align?: 'left' | 'right';
}

export class PdfFlow {
  readonly doc: PDFDocument;
  ctx!: DrawContext;
  y = 0;
  page = 0;
  readonly left = MARGIN.left;
  readonly width = A4.width - MARGIN.left - MARGIN.right;
  private readonly footer: string;

  constructor(meta: { title: string; subject: string; footer: string }) {
    this.doc = new PDFDocument({ title: meta.title, subject: meta.subject, creator: 'syria-casualty-statistics', producer: 'Skia/PDF via @napi-rs/canvas' });
    this.footer = meta.footer;
    this.newPage();
  }

  get bottom(): number {
    return A4.height - MARGIN.bottom;
  }

  newPage(): void {
    if (this.page > 0) this.doc.endPage();
    this.ctx = this.doc.beginPage(A4.width, A4.height);
    this.page += 1;
    this.y = MARGIN.top;
    const c = this.ctx;
    c.save();
    c.font = font(7.5);
    c.fillStyle = '#777';
    c.direction = 'ltr';
    c.textAlign = 'left';
    c.textBaseline = 'alphabetic';
    c.fillText(this.footer, this.left, A4.height - 24);
    c.textAlign = 'right';
    c.fillText(`page ${this.page}`, this.left + this.width, A4.height - 24);
    c.restore();
  }

  /** Starts a new page unless `height` still fits below the cursor. */
  ensure(height: number): void {
    if (this.y + height > this.bottom) this.newPage();
  }

  space(h: number): void {
    this.y += h;
  }

  private setFont(s: TextStyle): void {
    this.ctx.font = font(s.size ?? 10, s.weight ?? 400);
    this.ctx.fillStyle = s.color ?? '#111';
    this.ctx.textBaseline = 'alphabetic';
  }

  /** Greedy word wrap at `maxWidth` with the current font. */
  wrap(text: string, maxWidth: number): string[] {
    const lines: string[] = [];
    for (const para of text.split('\n')) {
      let line = '';
      for (const word of para.split(/\s+/).filter(Boolean)) {
        const next = line ? `${line} ${word}` : word;
        if (line && this.ctx.measureText(next).width > maxWidth) {
          lines.push(line);
          line = word;
        } else {
          line = next;
        }
      }
      lines.push(line);
    }
    return lines;
  }

  /** A wrapped paragraph; Arabic paragraphs are set right to left against the right margin. */
  text(text: string, style: TextStyle = {}): void {
    this.setFont(style);
    const size = style.size ?? 10;
    const lh = size * (style.leading ?? 1.45);
    const indent = style.indent ?? 0;
    const rtl = style.rtl ?? isRtl(text);
    for (const line of this.wrap(text, this.width - indent)) {
      this.ensure(lh);
      this.setFont(style);
      this.ctx.direction = rtl ? 'rtl' : 'ltr';
      this.ctx.textAlign = rtl ? 'right' : 'left';
      this.ctx.fillText(line, rtl ? this.left + this.width - indent : this.left + indent, this.y + size);
      this.y += lh;
    }
    this.ctx.direction = 'ltr';
    this.ctx.textAlign = 'left';
  }

  heading(en: string, ar: string, size = 14): void {
    this.ensure(size * 3.2);
    this.space(size * 0.6);
    this.setFont({ size, weight: 700 });
    this.ctx.direction = 'ltr';
    this.ctx.textAlign = 'left';
    this.ctx.fillText(en, this.left, this.y + size);
    this.ctx.direction = 'rtl';
    this.ctx.textAlign = 'right';
    this.ctx.fillText(ar, this.left + this.width, this.y + size);
    this.ctx.direction = 'ltr';
    this.ctx.textAlign = 'left';
    this.y += size * 1.5;
    this.rule('#999');
    this.space(6);
  }

  rule(color = '#ccc'): void {
    this.ctx.strokeStyle = color;
    this.ctx.lineWidth = 0.6;
    this.ctx.beginPath();
    this.ctx.moveTo(this.left, this.y);
    this.ctx.lineTo(this.left + this.width, this.y);
    this.ctx.stroke();
  }

  /** A table with a header row repeated on each page it spans. Cells are single lines. */
  table(columns: Column[], rows: string[][], opts: { size?: number; shade?: (row: number) => string | null } = {}): void {
    const size = opts.size ?? 8.5;
    const rh = size * 2;
    const total = columns.reduce((s, c) => s + c.width, 0);
    const k = this.width / total;
    const header = () => {
      this.ensure(rh * 2);
      this.ctx.fillStyle = '#eef1f4';
      this.ctx.fillRect(this.left, this.y, this.width, rh);
      this.row(columns.map((c) => c.title), columns, k, size, 700, rh);
    };
    header();
    rows.forEach((r, i) => {
      if (this.y + rh > this.bottom) {
        this.newPage();
        header();
      }
      const shade = opts.shade?.(i) ?? (i % 2 === 1 ? '#f8f9fa' : null);
      if (shade) {
        this.ctx.fillStyle = shade;
        this.ctx.fillRect(this.left, this.y, this.width, rh);
      }
      this.row(r, columns, k, size, 400, rh);
    });
    this.rule();
    this.space(8);
  }

  private row(cells: string[], columns: Column[], k: number, size: number, weight: 400 | 700, rh: number): void {
    let x = this.left;
    this.setFont({ size, weight });
    columns.forEach((c, i) => {
      const w = c.width * k;
      const cell = cells[i] ?? '';
      const right = c.align === 'right';
      this.ctx.direction = 'ltr';
      this.ctx.textAlign = right ? 'right' : 'left';
      this.ctx.save();
      this.ctx.beginPath();
      this.ctx.rect(x, this.y, w - 2, rh);
      this.ctx.clip();
      this.ctx.fillText(cell, right ? x + w - 4 : x + 3, this.y + rh / 2 + size * 0.35);
      this.ctx.restore();
      x += w;
    });
    this.y += rh;
  }

  close(): Buffer {
    this.doc.endPage();
    return this.doc.close();
  }
}
