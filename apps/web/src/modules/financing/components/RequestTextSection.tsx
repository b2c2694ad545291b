import { htmlLang, type Localized } from '@alliance/contracts';
import { Typography } from 'antd';
import { LanguageMarker } from '../../posts/components/PostTags';
import './financing.css';

interface Props {
  heading: string;
  /** The text in the reader's language, or the other one (marked so); null when there is none. */
  text: Localized | null;
  'data-testid': string;
  /** Said when there is no text; without it, the section is left out. */
  empty?: string;
}

/**
 * One of the requester's texts (the purpose, the description). Plain text: the requester's line
 * breaks are kept, nothing is rendered as markup.
 */
export function RequestTextSection({ heading, text, 'data-testid': testId, empty }: Props) {
  if (!text && empty === undefined) return null;
  return (
    <section>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {heading} {text?.fallback ? <LanguageMarker language={text.language} testId="shown-in-other-language" /> : null}
      </Typography.Title>
      {text ? (
        <Typography.Paragraph className="financing-text" lang={htmlLang(text.language)} data-testid={testId}>
          {text.text}
        </Typography.Paragraph>
      ) : (
        <Typography.Text type="secondary">{empty}</Typography.Text>
      )}
    </section>
  );
}
