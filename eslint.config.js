import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'

// Layers, lowest first. A layer may import only the layers listed for it:
// src/ (the core) imports nothing from renderer/ or electron/; views import the core, never the reverse.
const layerRule = (forbidden, why) => ({
  'no-restricted-imports': ['error', {
    patterns: [{group: forbidden, message: why}]
  }]
})

export default tseslint.config(
  {ignores: ['node_modules', 'dist', 'dist-electron', 'dist-cli', 'release', 'coverage', '.bench', 'test/.output']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {globals: {...globals.node, ...globals.browser}},
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}]
    }
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    rules: layerRule(
      ['**/renderer/**', '**/electron/**', '**/cli/**', '**/rooted-files/**', 'node:*', 'fs', 'path', 'electron', 'react', 'react-dom'],
      'src/ is the pure core: it may not import renderer/, electron/, src/cli, rooted-files/ or Node and DOM modules.'
    )
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: layerRule(['**/renderer/**', '**/electron/**', 'electron', 'react'], 'src/cli may import the core and Node, never renderer/ or electron/.')
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: layerRule(['**/electron/**', 'node:*', 'fs', 'electron', '**/src/cli/**', '**/rooted-files/**'], 'renderer/ may import the core (src/), never electron/, src/cli, rooted-files/ or Node.')
  },
  {
    // Safe file operations inside a root, shared by electron/ and src/cli: plain Node, below both.
    files: ['rooted-files/**/*.ts'],
    rules: layerRule(['**/src/**', '**/electron/**', '**/renderer/**', 'electron', 'react'], 'rooted-files/ is plain Node below electron/ and src/cli: it may not import the app.')
  },
  {
    files: ['electron/**/*.ts'],
    rules: layerRule(['**/renderer/**', '**/src/cli/**'], 'electron/ may import the core (src/), never renderer/ or src/cli.')
  }
)
