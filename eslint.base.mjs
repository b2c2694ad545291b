// Shared lint rules for the TypeScript projects; each project adds its own boundaries.
import tseslint from 'typescript-eslint';

export const base = tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/*.cjs', '**/*.mjs', '**/*.js'] },
  ...tseslint.configs.recommended,
  {
    // No consistent-type-imports here: with decorator metadata, a class imported as a type
    // silently breaks Nest's dependency injection and DTO validation.
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);

/** Imports that would cross a boundary between apps (api ↔ web). */
export const restrict = (patterns, message) => ({
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] },
});
