import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    // Generated files and build output are not ours to lint.
    ignores: [
      '**/node_modules/**',
      'cms/.next/**',
      'cms/src/payload-types.ts',
      'cms/src/app/(payload)/**',
      'cms/src/migrations/**',
      'cms/next-env.d.ts',
      'site/dist/**',
      'site/.astro/**',
      'var/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Everything here runs on Node; only site pages run in a browser, and their few inline scripts
    // live in .astro files, which ESLint does not read.
    languageOptions: { globals: globals.node },
    rules: {
      // `_`-prefixed names mark parameters a callback signature requires but we do not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  prettier,
)
