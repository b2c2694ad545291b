import '../posts.css';

interface Props {
  /** HTML from the API's Markdown rendering (`bodyHtmlEn`/`bodyHtmlZh`, `/api/posts/preview`), nothing else. */
  html: string;
  lang: string;
  testId?: string;
}

/** The one place the web inserts HTML: a post body the server rendered and sanitized. */
export function SanitizedHtml({ html, lang, testId }: Props) {
  return (
    <div
      className="post-body"
      lang={lang}
      data-testid={testId}
      // Safe: the API renders the author's Markdown and passes the result through a maintained
      // allow-list sanitizer (no raw HTML, scripts, event handlers, styles or javascript: URLs;
      // links get rel="noopener noreferrer nofollow") before it stores or returns it. The
      // Markdown source (bodyEn/bodyZh) and anything else the author typed never come here.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
