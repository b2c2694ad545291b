// `npm run openapi`: writes the API's OpenAPI document to openapi/openapi.json, as the built API serves
// it (run on a scratch embedded database). The platform test fails when the code and the file differ.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApi } from './lib/api-process.mjs';

const FILE = 'openapi/openapi.json';
const dataDir = mkdtempSync(join(tmpdir(), 'alliance-openapi-'));
const { base, stop } = await startApi(Number(process.env.PORT ?? 3299), { DATA_DIR: dataDir, OUTBOX_POLL_MS: '0' });
try {
  const document = await (await fetch(`${base}/api/docs-json`)).json();
  writeFileSync(FILE, `${JSON.stringify(document, null, 2)}\n`);
  const operations = Object.values(document.paths).reduce((n, item) => n + Object.keys(item).length, 0);
  console.log(`${FILE}: ${operations} operations, ${Object.keys(document.components.schemas).length} schemas`);
} finally {
  await stop();
  rmSync(dataDir, { recursive: true, force: true });
}
