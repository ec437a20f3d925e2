/**
 * Where the project's files are (migrations, demo data, built pages), whether the server runs from
 * its TypeScript under tsx or compiled into dist-server/: both find the folder of package.json.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

function rootFrom(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${start}`);
  }
}

export const PROJECT_ROOT = rootFrom(import.meta.dirname);

export const fromRoot = (...parts: string[]): string => resolve(PROJECT_ROOT, ...parts);
