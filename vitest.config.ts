import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: '.',
    include: ['{server,contract,common,ui,kiosk,display,clerk,admin,backoffice,rate,tests}/**/*.test.{ts,tsx}'],
    globalSetup: ['tests/support/global-setup.ts'],
    // Two files at a time on a 2-core machine: most test time is waiting on a browser, a socket or a
    // timer, and one file at a time left the CI run near its 15-minute limit.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default', './tests/support/count-reporter.ts'],
  },
});
