import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import astro from 'eslint-plugin-astro'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const TYPESCRIPT = ['**/*.ts', '**/*.tsx', '**/*.mts']

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
  // TypeScript is linted with its types: unsafe `any`, floating promises, needless assertions.
  // Each file is checked against the tsconfig.json nearest to it (the site has its own).
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: TYPESCRIPT })),
  {
    files: TYPESCRIPT,
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  // Astro components: their frontmatter and templates, and the inline scripts of the search page.
  ...astro.configs['flat/recommended'],
  {
    // Everything here runs on Node; only site pages run in a browser, through .astro files.
    languageOptions: { globals: globals.node },
    rules: {
      // `_`-prefixed names mark parameters a callback signature requires but we do not use.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', '**/*.test.ts'],
    rules: {
      // Vitest types its asymmetric matchers (`expect.stringMatching`, `objectContaining`) `any` on
      // purpose, to stand for a value inside an expected object; an `any` that is then used is still
      // caught by the other no-unsafe-* rules.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  prettier,
)
