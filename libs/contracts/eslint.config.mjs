import { base, policyOnly, restrict } from '../../eslint.base.mjs';

export default [
  ...base,
  { files: ['src/**/*.ts'], ignores: ['src/permissions.ts'], ...policyOnly },
  restrict(
    ['**/apps/**', '@nestjs/*', 'typeorm', 'react', 'antd'],
    'Contracts are shared by both apps and import neither.',
  ),
];
