import { base, restrict } from '../../eslint.base.mjs';

export default [
  ...base,
  restrict(['**/apps/web/**', '**/web/src/**', 'react', 'react-dom', 'antd', 'web'], 'The API never imports the web app; share through @alliance/contracts.'),
];
