// Fixtures for the upload tests: Arabic sentences and small news pages written for this
// project (not copied from any outlet), and a windows-1256 encoder for legacy files.

export const REPORT_AR = [
  'قُتل خمسة مدنيين، بينهم طفلان، وأصيب عشرة آخرون بجروح، صباح اليوم الثلاثاء، جراء قصف مدفعي استهدف بلدة في ريف إدلب الجنوبي.',
  'وقال مصدر في الدفاع المدني إن فرق الإنقاذ انتشلت الجثث من تحت الأنقاض، مشيراً إلى أن عدد القتلى مرشح للارتفاع بسبب وجود إصابات خطيرة.',
].join('\n\n');

export const SHORT_AR = 'أصيب ثلاثة أشخاص بانفجار عبوة ناسفة في مدينة درعا.';

export const ENGLISH = 'Five civilians were killed and ten others injured on Tuesday morning in artillery shelling on a town in southern Idlib countryside.';

/** A news page with the furniture Readability must drop: menus, a comment, a sidebar, a footer, a script. */
export function newsPage(opts: { charsetMeta?: string; title?: string; paragraphs?: string[]; extraHead?: string } = {}): string {
  const paragraphs = opts.paragraphs ?? REPORT_AR.split('\n\n');
  const title = opts.title ?? 'مقتل خمسة مدنيين في قصف على ريف إدلب';
  return `<!doctype html>
<html lang="ar" dir="rtl"><head>
${opts.charsetMeta ?? '<meta charset="utf-8">'}
<title>${title} | شبكة الأخبار المحلية</title>
${opts.extraHead ?? ''}
</head><body>
<nav class="main-menu"><ul><li><a href="/">الرئيسية</a></li><li><a href="/politics">سياسة</a></li><li><a href="/sport">رياضة</a></li></ul></nav>
<!-- إعلان: هذا تعليق في الشيفرة ولا يجب أن يظهر -->
<header class="site-header"><div class="menu">اشترك في النشرة البريدية</div></header>
<main><article>
<h1>${title}</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article></main>
<aside class="sidebar related"><h3>الأكثر قراءة</h3><ul><li><a href="/a">ارتفاع أسعار الخبز في الأسواق</a></li></ul></aside>
<footer class="site-footer">جميع الحقوق محفوظة 2024</footer>
<script>window.analytics = "تتبع الزوار";</script>
</body></html>`;
}

let encodeTable: Map<string, number> | null = null;

/**
 * Encodes text to windows-1256 bytes. The table is the inverse of Node's own decoder
 * (every byte maps to one character), so the encoder cannot drift from what readUpload
 * decodes; encoding.test.ts pins a few bytes against the code page by hand.
 */
export function encodeWindows1256(text: string): Uint8Array {
  if (!encodeTable) {
    encodeTable = new Map();
    const decoder = new TextDecoder('windows-1256');
    for (let b = 0; b < 256; b++) encodeTable.set(decoder.decode(Uint8Array.of(b)), b);
  }
  const out: number[] = [];
  for (const ch of text) {
    const b = encodeTable.get(ch);
    if (b === undefined) throw new Error(`"${ch}" (U+${ch.codePointAt(0)!.toString(16)}) has no windows-1256 byte`);
    out.push(b);
  }
  return Uint8Array.from(out);
}

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Small deterministic PRNG for property tests (one shared implementation). */
export { seededRandom } from '../seeded-random.js';
