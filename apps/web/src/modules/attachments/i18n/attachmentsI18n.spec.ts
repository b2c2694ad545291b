import { ATTACHMENT_LOOKS } from '../attachmentFiles';
import en from './en.json';
import zh from './zh.json';

/** The icon labels are built from values (`attachments.kind.${look}`), which the literal-key check cannot see. */
describe('attachments translations', () => {
  it.each([
    ['en', en],
    ['zh', zh],
  ])('names every kind of file in %s', (_lng, tree) => {
    const kinds: Record<string, string> = tree.attachments.kind;
    expect(ATTACHMENT_LOOKS.filter((look) => !kinds[look]?.trim())).toEqual([]);
  });
});
