// `npm run openapi:client`: generates a TypeScript client from the committed openapi/openapi.json with
// @hey-api/openapi-ts (types, SDK and fetch client) into a scratch folder and type-checks it strictly:
// what an API user generating their own client from the file gets must compile.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = mkdtempSync(join(tmpdir(), 'alliance-openapi-client-'));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    rmSync(out, { recursive: true, force: true });
    process.exit(result.status ?? 1);
  }
};
run(bin('openapi-ts'), ['-i', './openapi/openapi.json', '-o', out]);
writeFileSync(
  join(out, 'tsconfig.json'),
  JSON.stringify({
    compilerOptions: {
      strict: true,
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'Bundler',
      lib: ['ES2022', 'DOM'],
      noEmit: true,
      types: [],
    },
    include: ['**/*.ts'],
  }),
);
run(bin('tsc'), ['-p', join(out, 'tsconfig.json')]);
console.log('the client generated from openapi/openapi.json type-checks');
rmSync(out, { recursive: true, force: true });
