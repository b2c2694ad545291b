import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const EXCERPT_LENGTH = 280;

/**
 * What survives sanitizing: text structure, emphasis, lists, quotes, code, tables and links.
 * No raw HTML from the author, no images (no tracking pixels), no attributes but a link's
 * href/title; only http(s) and mailto links, and every link opens without referrer or opener.
 */
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'p',
    'br',
    'hr',
    'strong',
    'em',
    'del',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: { a: ['href', 'title', 'rel', 'target'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...attribs, rel: 'noopener noreferrer nofollow', target: '_blank' },
    }),
  },
};

export interface RenderedMarkdown {
  html: string;
  excerpt: string;
}

/** Markdown to sanitized HTML, and a plain-text excerpt for lists. */
export function renderMarkdown(markdown: string): RenderedMarkdown {
  const raw = marked.parse(markdown, { async: false, gfm: true }) as string;
  const html = sanitizeHtml(raw, SANITIZE);
  const text = decodeEntities(sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }))
    .replace(/\s+/g, ' ')
    .trim();
  const excerpt = text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…` : text;
  return { html, excerpt };
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}
