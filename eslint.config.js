import tseslint from 'typescript-eslint';

/** The core and the renderers are pure (docs/ARCHITECTURE.md): no I/O, no sources, no GitHub. */
const PURE_LAYER_IMPORTS = {
  patterns: [
    {
      regex: '(^|/)(io|sources)(/|$)',
      message: 'src/core and src/render are pure: read and write through src/io, take source data as core seam types',
    },
    { regex: '^@actions/', message: 'src/core and src/render never talk to GitHub; src/io does' },
    { regex: '^(node:)?fs(/promises)?$', message: 'src/core and src/render never touch the file system' },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'examples/out/**',
      'bench/**',
      'src/schemas/compiled/validators.js',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // report.html's page script: plain scripts joined in one function by scripts/gen-report-html.mjs,
    // so a name one file declares for the others is listed in its `/* exported */` comment.
    files: ['src/render/html/client/**/*.js'],
    languageOptions: { sourceType: 'script' },
  },
  {
    // Type-aware rules: every promise handled, awaits on thenables only, switches exhaustive.
    files: ['src/**/*.ts', 'test/**/*.ts', 'scripts/**/*.ts'],
    languageOptions: { parserOptions: { project: ['./tsconfig.check.json'], tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
    },
  },
  {
    // Small units: a function that passes 80 lines is split by step, each step named by what it does.
    files: ['src/**/*.ts'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/render/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', PURE_LAYER_IMPORTS] },
  },
);
