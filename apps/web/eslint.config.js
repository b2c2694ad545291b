import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { policyOnly } from '../../eslint.base.mjs';

/** Imports the web app may never make: it talks to the API over HTTP only (see STYLE.md). */
const API_IMPORTS = ['**/apps/api/**', '**/api/src/**', 'api/*', '@nestjs/*', 'typeorm', 'typeorm/*'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**'] },
  ...tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  { files: ['src/**/*.{ts,tsx}'], ...policyOnly },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: API_IMPORTS,
              message: 'The web app never imports the API; share code through @alliance/contracts.',
            },
          ],
        },
      ],
    },
  },
);
