// The article inside a saved news page. Readability (Firefox Reader View) picks the
// article and drops navigation, menus, sidebars, comments and scripts; linkedom gives it
// a DOM without a browser. The text keeps paragraph breaks as blank lines, because the
// extraction engine reads sentences and paragraphs.
//
// Loaded on demand (read-upload.ts): the Lambda bundle keeps this module and its libraries
// in their own file, so text and JSON uploads never pay for a DOM (infra/bundling.ts).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface HtmlArticle {
  title: string | null;
  body: string;
  /** Document-level metadata that Readability found (og:site_name, article:published_time). */
  siteName: string | null;
  publishedTime: string | null;
  /** 'readability' normally; 'page_text' when Readability found no article and the whole page text was used. */
  via: 'readability' | 'page_text';
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS']);
/**
 * Page furniture removed before Readability sees the page. Readability drops it by itself
 * on a long page, but on a short one (a two-paragraph flash) it relaxes its rules and keeps
 * the whole body, menus included. These HTML5 elements never hold the article text; a
 * <header> inside the <article> (headline, byline) is kept.
 */
const PAGE_FURNITURE = 'script:not([type="application/ld+json"]), style, noscript, template, nav, aside, footer, menu, form, iframe, header:not(article header):not(main header)';

export function extractHtmlArticle(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  removeFurniture(document);
  const titleTag = clean(document.querySelector('title')?.textContent ?? '') || null;
  const firstH1 = clean(document.querySelector('h1')?.textContent ?? '') || null;

  let parsed: ReturnType<Readability<string>['parse']> = null;
  try {
    // Readability rewrites the DOM it is given, so the fallback below parses again.
    parsed = new Readability(document as unknown as Document).parse();
  } catch {
    parsed = null; // pathological markup: fall through to the whole page text
  }

  if (parsed?.content && clean(parsed.textContent ?? '') !== '') {
    const title = clean(parsed.title ?? '') || titleTag || firstH1;
    const body = dropLeadingTitle(blockText(parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document.body), [title, firstH1]);
    return {
      title,
      body,
      siteName: clean(parsed.siteName ?? '') || null,
      publishedTime: clean(parsed.publishedTime ?? '') || null,
      via: 'readability',
    };
  }

  const page = parseHTML(html).document;
  removeFurniture(page);
  const title = titleTag || firstH1;
  return {
    title,
    body: dropLeadingTitle(page.body ? blockText(page.body) : '', [title, firstH1]),
    siteName: null,
    publishedTime: null,
    via: 'page_text',
  };
}

function removeFurniture(document: Document): void {
  for (const el of Array.from(document.querySelectorAll(PAGE_FURNITURE))) el.remove();
}

/**
 * Text of a subtree with blocks separated by blank lines and <br> kept as a line break;
 * whitespace inside a block is collapsed as a browser would render it.
 */
export function blockText(root: Node): string {
  const PARA = '\u0000';
  let out = '';
  const walk = (node: Node): void => {
    if (node.nodeType === 3) { out += node.textContent ?? ''; return; }
    if (node.nodeType !== 1) return; // comments, processing instructions
    const tag = (node as Element).tagName.toUpperCase();
    if (NOT_TEXT.has(tag)) return;
    if (tag === 'BR') { out += '\n'; return; }
    const block = BLOCK.has(tag);
    if (block) out += PARA;
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) out += PARA;
  };
  walk(root);
  return out
    .split(PARA)
    .map((para) => para.split('\n').map(clean).filter(Boolean).join('\n'))
    .filter(Boolean)
    .join('\n\n');
}

/**
 * Readability keeps the article's own headline; the title is reported separately. The
 * headline may differ from the title (JSON-LD or <title> wording), so the page's <h1> counts too.
 */
function dropLeadingTitle(body: string, headlines: (string | null)[]): string {
  const [first, ...rest] = body.split('\n\n');
  return rest.length > 0 && headlines.includes(clean(first)) ? rest.join('\n\n') : body;
}

function clean(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}
