import { defineConfig } from 'vitest/config';

const INCLUDE = ['{server,contract,common,ui,kiosk,display,clerk,admin,backoffice,rate,book,tests}/**/*.test.{ts,tsx}'];
/**
 * Files that must have the machine to themselves: kill-and-restart stories, and the console story
 * whose intercepted request was once never seen while another file loaded the CPU. They run after
 * the rest, one at a time; everything else runs two files at a time.
 */
const ALONE = ['tests/durability/**/*.test.ts', 'tests/e2e/clerk-resilience.test.ts'];

export default defineConfig({
  test: {
    root: '.',
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default', './tests/support/count-reporter.ts'],
    projects: [
      { extends: true, test: { name: 'together', include: INCLUDE, exclude: ALONE, maxWorkers: 2, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'alone', include: ALONE, fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
