/** 事项目录: the catalogue exported as the demo file's format, and an administrator's import of such a file. */
import { signal, type ReadonlySignal } from '@preact/signals';
import type { RouteResponse } from '../contract/routes.js';
import { ApiError } from '../ui/api.js';
import type { ApiClient } from '../ui/http.js';

export type ImportCounts = RouteResponse<'POST /api/catalog/import'>;

export interface CatalogTransfer {
  /** The file's text to import (chosen or pasted). */
  text: ReadonlySignal<string>;
  busy: ReadonlySignal<boolean>;
  /** Every problem the server found in the file, one per line; nothing was changed. */
  problems: ReadonlySignal<readonly string[] | null>;
  counts: ReadonlySignal<ImportCounts | null>;
  problem: ReadonlySignal<string | null>;
  setText(text: string): void;
  /** The catalogue as a file to save: its name and its text. */
  exportFile(): Promise<{ name: string; text: string } | null>;
  importFile(): Promise<boolean>;
}

const HEADING = /^\d+ problem\(s\):$/;

/** hall-catalog-YYYY-MM-DD.json, the date in the admin's own clock. */
export function exportName(now: number): string {
  const d = new Date(now);
  const two = (n: number) => String(n).padStart(2, '0');
  return `hall-catalog-${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}.json`;
}

export function createCatalogTransfer(request: ApiClient, failure: (e: unknown) => string, now: () => number): CatalogTransfer {
  const text = signal('');
  const busy = signal(false);
  const problems = signal<readonly string[] | null>(null);
  const counts = signal<ImportCounts | null>(null);
  const problem = signal<string | null>(null);
  return {
    text, busy, problems, counts, problem,
    setText(value) {
      text.value = value;
      problems.value = null;
      counts.value = null;
    },
    async exportFile() {
      try {
        const file = await request('GET /api/catalog/export', {});
        problem.value = null;
        return { name: exportName(now()), text: `${JSON.stringify(file, null, 2)}\n` };
      } catch (e) {
        problem.value = failure(e);
        return null;
      }
    },
    async importFile() {
      if (busy.value || text.value.trim() === '') return false;
      busy.value = true;
      problems.value = null;
      counts.value = null;
      try {
        counts.value = await request('POST /api/catalog/import', { body: { file: text.value } });
        problem.value = null;
        return true;
      } catch (e) {
        if (e instanceof ApiError && e.code === 'catalog-invalid') {
          // The server heads its list with "N problem(s):"; the page counts them itself.
          problems.value = e.message.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !HEADING.test(line));
          problem.value = null;
        } else {
          problem.value = failure(e);
        }
        return false;
      } finally {
        busy.value = false;
      }
    },
  };
}
