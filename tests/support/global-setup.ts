import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    pagesDir: string;
  }
}

/**
 * Pages are tested as the hall serves them: built once per test run, into a directory of the
 * run's own so that parallel runs (and a running dev server's dist/) never trample each other.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  // The test projects (files run together, then those run alone) share one build of the run.
  const shared = process.env.HALL_TEST_PAGES_DIR;
  if (shared !== undefined) {
    project.provide('pagesDir', shared);
    return () => {};
  }
  const outDir = mkdtempSync(join(tmpdir(), 'hall-pages-'));
  process.env.HALL_TEST_PAGES_DIR = outDir;
  // PAGES=none: API-only runs skip the build (pages then answer "not built").
  if (process.env.PAGES !== 'none') await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  project.provide('pagesDir', outDir);
  return () => {
    delete process.env.HALL_TEST_PAGES_DIR;
    rmSync(outDir, { recursive: true, force: true });
  };
}
