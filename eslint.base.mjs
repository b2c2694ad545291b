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

/**
 * Who may do what is decided in one place, libs/contracts/src/permissions.ts: elsewhere the code
 * asks a named capability (`ability.can('moderate', 'Post')`), never the signed-in principal's
 * role or organization type, never `manage` as a stand-in for "is the secretariat", never the
 * inside of CASL's rules. Rules about data (only park operators run parks) stay where they are.
 */
const PRINCIPAL = '/^(auth|me|viewer|principal|session|currentUser)$/';
const ROLE_OR_TYPE = `MemberExpression[property.name=/^(type|orgRole|organizationType)$/][object.property.name=/^(organization|user)$/][object.object.name=${PRINCIPAL}], MemberExpression[property.name=/^(orgRole|organizationType)$/][object.name=${PRINCIPAL}]`;
const ASK_THE_POLICY =
  "Ask the policy a named capability (libs/contracts/src/permissions.ts), e.g. ability.can('moderate', 'Post'), instead of testing the principal's role or organization type.";
export const POLICY_ONLY_SELECTORS = [
  { selector: `BinaryExpression :matches(${ROLE_OR_TYPE})`, message: ASK_THE_POLICY },
  {
    selector: `CallExpression[callee.property.name='includes'] > :matches(${ROLE_OR_TYPE})`,
    message: ASK_THE_POLICY,
  },
  { selector: `SwitchStatement > :matches(${ROLE_OR_TYPE}).discriminant`, message: ASK_THE_POLICY },
  {
    selector: "CallExpression[callee.property.name=/^(can|cannot)$/][arguments.0.value='manage']",
    message: "`manage` is not a capability: name what is asked, e.g. can('readAll', 'FinancingRequest').",
  },
  {
    selector: "CallExpression[callee.name='Policy'][arguments.0.value='manage']",
    message: "`manage` is not a capability: name what the route does, e.g. @Policy('moderate', 'Post').",
  },
  {
    selector:
      "MemberExpression[property.name=/^(rulesFor|relevantRuleFor|possibleRulesFor|rules)$/][object.property.name='ability']",
    message: 'Do not read the inside of CASL rules: ask a named capability with ability.can().',
  },
];
export const policyOnly = { rules: { 'no-restricted-syntax': ['error', ...POLICY_ONLY_SELECTORS] } };
