import { base, POLICY_ONLY_SELECTORS, policyOnly } from '../../eslint.base.mjs';

const webApp = {
  group: ['**/apps/web/**', '**/web/src/**', 'react', 'react-dom', 'antd', 'web'],
  message: 'The API never imports the web app; share through @alliance/contracts.',
};
/** SQL lives in each domain's queries file (`<domain>.queries.ts`); services keep the rules, controllers parse. */
const QUERIES_ELSEWHERE = [
  {
    selector: 'CallExpression[callee.property.name=/^(createQueryBuilder|query)$/]',
    message: "SQL belongs in the domain's queries file (<domain>.queries.ts), not in a service or controller.",
  },
];
const TIMED_WORK =
  'Timed work goes through the job runner (src/modules/jobs: JobRunner.register), which claims each run once across replicas, retries and stops cleanly.';

export default [
  ...base,
  { files: ['src/**/*.ts'], ...policyOnly },
  {
    files: ['src/**/*.service.ts', 'src/**/*.controller.ts'],
    rules: { 'no-restricted-syntax': ['error', ...POLICY_ONLY_SELECTORS, ...QUERIES_ELSEWHERE] },
  },
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
