import * as fs from 'node:fs';
import * as path from 'node:path';
import { attachmentBehaviours } from './support/attachment-behaviours';

/** Attachments in a folder (`DATA_DIR/files`), the default; attachments-s3.int-spec.ts runs the same on S3. */
attachmentBehaviours({
  name: 'disk',
  env: () => ({}),
  holds: async (t, key) => fs.existsSync(path.join(t.config.dataDir, 'files', key)),
});
