import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Module boundaries (STYLE.md): the web never imports API or CLI code; libs import no app; apps share code only via libs.
const boundaries = {
  web: ['@lantoa/api', '@lantoa/cli', '**/apps/api/**', '**/apps/cli/**', 'typeorm', '@nestjs/*'],
  lib: ['@lantoa/api', '@lantoa/web', '@lantoa/cli', '**/apps/**'],
  api: ['@lantoa/web', '@lantoa/cli', '**/apps/web/**', '**/apps/cli/**', 'react', 'react-dom'],
};
const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message: 'crosses a module boundary: share code through libs/' }] }],
});

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.test-results/**', 'apps/web/src/gql/**', '**/*.mjs', '**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  { files: ['apps/web/**/*.{ts,tsx}'], languageOptions: { globals: { ...globals.browser } }, plugins: { 'react-hooks': reactHooks }, rules: { ...reactHooks.configs.recommended.rules, ...restrict(boundaries.web) } },
  { files: ['libs/**/*.ts'], rules: restrict(boundaries.lib) },
  { files: ['apps/api/**/*.ts'], rules: { ...restrict(boundaries.api), '@typescript-eslint/consistent-type-imports': 'off' } },
);
