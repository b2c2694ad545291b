import { base, restrict } from '../../eslint.base.mjs';

export default [
  ...base,
  restrict(
    ['**/apps/**', '@nestjs/*', 'typeorm', 'react', 'antd'],
    'Contracts are shared by both apps and import neither.',
  ),
];
