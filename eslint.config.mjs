// Lint rules. Two rules specific to this project: only src/gas/ may name Apps Script globals,
// so the domain, the use cases and the sheet database stay testable without Google; and imports
// follow the layers (dev/eslint-layers.mjs).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { layersPlugin } from './dev/eslint-layers.mjs';

const APPS_SCRIPT_GLOBALS = [
  'SpreadsheetApp',
  'HtmlService',
  'ScriptApp',
  'PropertiesService',
  'CacheService',
  'LockService',
  'MailApp',
  'GmailApp',
  'DocumentApp',
  'DriveApp',
  'Session',
  'Utilities',
  'UrlFetchApp',
  'Logger',
].map((name) => ({
  name,
  message: 'Only src/gas/ may use Apps Script globals; take what you need as a parameter.',
}));

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.preview-data/', '.cache/', 'coverage/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Layer direction (docs/architecture.md): domain ← db ← app ← gas; ui takes types via src/contract.
    files: ['src/**/*.{ts,tsx}', 'dev/**/*.{ts,tsx}'],
    plugins: { layers: layersPlugin },
    rules: { 'layers/direction': 'error' },
  },
  {
    files: ['src/domain/**', 'src/app/**', 'src/db/**', 'src/ui/**'],
    rules: { 'no-restricted-globals': ['error', ...APPS_SCRIPT_GLOBALS] },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', 'dev/**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
        require: 'readonly',
        module: 'writable',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
  },
);
