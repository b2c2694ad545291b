import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders Markdown structure', () => {
    const { html, excerpt } = renderMarkdown(
      '# Seminar\n\nAbout **120** guests, see [the notice](https://example.org/n).',
    );
    expect(html).toContain('<h1>Seminar</h1>');
    expect(html).toContain('<strong>120</strong>');
    expect(html).toContain(
      '<a href="https://example.org/n" rel="noopener noreferrer nofollow" target="_blank">the notice</a>',
    );
    expect(excerpt).toBe('Seminar About 120 guests, see the notice.');
  });

  it.each([
    ['<script>alert(1)</script>', 'script'],
    ['<img src=x onerror="alert(1)">', 'onerror'],
    ['[click](javascript:alert(1))', 'javascript:'],
    ['<a href="javascript:alert(1)">x</a>', 'javascript:'],
    ['<iframe src="https://evil.example"></iframe>', 'iframe'],
    ['<div style="position:fixed" onclick="x()">hi</div>', 'onclick'],
    ['[x](data:text/html;base64,PHNjcmlwdD4=)', 'data:'],
  ])('lets no raw HTML or dangerous link through: %s', (markdown, forbidden) => {
    const { html } = renderMarkdown(markdown);
    expect(html.toLowerCase()).not.toContain(forbidden);
  });

  it('keeps text that looks like HTML as text in the excerpt, and cuts long excerpts', () => {
    expect(renderMarkdown('a < b & c').excerpt).toBe('a < b & c');
    const long = renderMarkdown('word '.repeat(200)).excerpt;
    expect(long.length).toBeLessThanOrEqual(280);
    expect(long.endsWith('…')).toBe(true);
  });
});
