import { describe, expect, it } from 'vitest';
import { blockText, extractHtmlArticle } from './html-article.js';
import { declaredCharset } from './html-charset.js';
import { parseHTML } from 'linkedom';
import { encodeWindows1256, newsPage, REPORT_AR, utf8 } from './test-fixtures.js';

describe('extractHtmlArticle', () => {
  const page = extractHtmlArticle(newsPage());

  it('keeps the article paragraphs, separated by blank lines', () => {
    expect(page.via).toBe('readability');
    expect(page.body).toBe(REPORT_AR);
  });

  it('drops menus, the header, the sidebar, the footer, comments and scripts', () => {
    for (const furniture of ['الرئيسية', 'اشترك في النشرة', 'الأكثر قراءة', 'أسعار الخبز', 'جميع الحقوق', 'تعليق في الشيفرة', 'تتبع الزوار']) {
      expect(page.body).not.toContain(furniture);
    }
  });

  it('takes the title without the site name, and does not repeat the headline in the body', () => {
    expect(page.title).toBe('مقتل خمسة مدنيين في قصف على ريف إدلب');
    expect(page.body.startsWith('قُتل خمسة')).toBe(true);
  });

  it('reports the page’s own publication time and site name when it declares them', () => {
    const p = extractHtmlArticle(newsPage({
      extraHead: '<meta property="article:published_time" content="2024-03-05T09:30:00+03:00"><meta property="og:site_name" content="شبكة الأخبار">',
    }));
    expect(p.publishedTime).toBe('2024-03-05T09:30:00+03:00');
    expect(p.siteName).toBe('شبكة الأخبار');
  });

  it('reads the publication time from JSON-LD too', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'مقتل خمسة مدنيين', datePublished: '2024-03-05T07:00:00Z' });
    const p = extractHtmlArticle(newsPage({ extraHead: `<script type="application/ld+json">${ld}</script>` }));
    expect(p.publishedTime).toBe('2024-03-05T07:00:00Z');
    expect(p.body).toBe(REPORT_AR);
  });

  it('falls back to the page text without navigation when there is no article', () => {
    const p = extractHtmlArticle('<html><head><title>عاجل</title></head><body><nav>الرئيسية</nav>قصف على حلب<footer>حقوق</footer></body></html>');
    expect(p.body).toContain('قصف على حلب');
    expect(p.body).not.toContain('الرئيسية');
    expect(p.body).not.toContain('حقوق');
    expect(p.title).toBe('عاجل');
  });

  it('drops the site header of a short flash but keeps the article text', () => {
    const p = extractHtmlArticle(`<html><body><header><a href="/">شبكة الأخبار</a> القائمة</header>
      <article><header><h1>عاجل: انفجار في درعا</h1></header><p>أصيب ثلاثة أشخاص بانفجار عبوة ناسفة في مدينة درعا.</p></article></body></html>`);
    expect(p.body).toBe('أصيب ثلاثة أشخاص بانفجار عبوة ناسفة في مدينة درعا.');
    expect(p.title).toBe('عاجل: انفجار في درعا');
  });

  it('returns an empty body for a page with no text', () => {
    expect(extractHtmlArticle('<html><body><script>var a = 1;</script></body></html>').body).toBe('');
  });
});

describe('blockText', () => {
  it('turns blocks into paragraphs, <br> into a line break, and collapses spaces inside a line', () => {
    const { document } = parseHTML('<html><body><div><p>سطر   أول<br>سطر ثانٍ</p><ul><li>بند</li><li>بند آخر</li></ul>نص <b>عريض</b> هنا</div></body></html>');
    expect(blockText(document.body)).toBe('سطر أول\nسطر ثانٍ\n\nبند\n\nبند آخر\n\nنص عريض هنا');
  });
});

describe('declaredCharset', () => {
  it('reads <meta charset> and the http-equiv form', () => {
    expect(declaredCharset(utf8('<html><head><meta charset="windows-1256">'))).toBe('windows-1256');
    expect(declaredCharset(utf8('<meta http-equiv="Content-Type" content="text/html; charset=windows-1256" />'))).toBe('windows-1256');
    expect(declaredCharset(utf8('<html><head><title>x</title>'))).toBeNull();
  });

  it('prefers the Content-Type header, as browsers do', () => {
    expect(declaredCharset(utf8('<meta charset="utf-8">'), 'text/html; charset=windows-1256')).toBe('windows-1256');
  });

  it('finds the declaration in windows-1256 bytes', () => {
    const bytes = encodeWindows1256(newsPage({ charsetMeta: '<meta charset="windows-1256">' }));
    expect(declaredCharset(bytes)).toBe('windows-1256');
  });
});
