import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-server/**', 'node_modules/**', 'drizzle/**', 'tests/.artifacts/**', 'bench/.results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The domain stays pure: no framework, no database, no wall clock.
    files: ['server/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['fastify*', '@fastify/*', 'socket.io*', 'drizzle-orm*', 'better-sqlite3', 'node:*'] }],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'Pass the clock in.' }],
    },
  },
  {
    // Use cases load and save through the repositories: SQL lives in server/db/ only.
    files: ['server/app/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['drizzle-orm*', 'better-sqlite3'] }],
      'no-restricted-properties': ['error', { property: 'prepare', message: 'Put the statement in a repository in server/db/.' }],
    },
  },
  {
    // Shared by the server and the pages: neither Node nor the browser, no framework, no clock.
    files: ['common/**/*.ts', 'contract/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['fastify*', '@fastify/*', 'socket.io*', 'drizzle-orm*', 'better-sqlite3', 'node:*', 'preact*', '@preact/*', 'iconv-lite', 'node-thermal-printer'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'fetch', 'process', 'Buffer', 'require'],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'Take the instant as an argument.' }],
    },
  },
);
