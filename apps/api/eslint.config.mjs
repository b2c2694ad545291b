import { base } from '../../eslint.base.mjs';

const webApp = {
  group: ['**/apps/web/**', '**/web/src/**', 'react', 'react-dom', 'antd', 'web'],
  message: 'The API never imports the web app; share through @alliance/contracts.',
};
const TIMED_WORK =
  'Timed work goes through the job runner (src/modules/jobs: JobRunner.register), which claims each run once across replicas, retries and stops cleanly.';

export default [
  ...base,
  { rules: { 'no-restricted-imports': ['error', { patterns: [webApp] }] } },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/modules/jobs/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [webApp, { group: ['@nestjs/schedule', 'cron'], message: TIMED_WORK }] },
      ],
      'no-restricted-globals': ['error', { name: 'setInterval', message: TIMED_WORK }],
    },
  },
];
