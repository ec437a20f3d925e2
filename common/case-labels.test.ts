import { describe, expect, it } from 'vitest';
import { CASE_STATUSES, DELIVERY_METHODS, DOCUMENT_KINDS, ID_TYPES } from '../contract/constants.js';
import { CASE_EVENT_LABELS, CASE_EVENT_TYPES, CASE_STATUS_LABELS, caseEventLabel, DELIVERY_METHOD_LABELS, ID_TYPE_LABELS } from './case-labels.js';
import { DOCUMENT_TITLES } from './document-titles.js';
import type { Bilingual } from './labels.js';

const titles = Object.fromEntries(Object.entries(DOCUMENT_TITLES).map(([k, w]) => [k, { zh: w.title, en: w.titleEn }]));

const tables: [string, readonly string[], Readonly<Record<string, Bilingual>>][] = [
  ['case statuses', CASE_STATUSES, CASE_STATUS_LABELS],
  ['timeline events', CASE_EVENT_TYPES, CASE_EVENT_LABELS],
  ['document titles', DOCUMENT_KINDS, titles],
  ['delivery methods', DELIVERY_METHODS, DELIVERY_METHOD_LABELS],
  ['identity documents', ID_TYPES, ID_TYPE_LABELS],
];

describe('case words', () => {
  it.each(tables)('%s: every value named in Chinese and in English, and nothing else', (_name, values, table) => {
    expect(Object.keys(table).sort()).toEqual([...values].sort());
    for (const label of Object.values(table)) {
      expect(label.zh).toMatch(/\p{Script=Han}/u);
      expect(label.en).toMatch(/^[A-Z][\x20-\x7e]*$/);
    }
  });

  it.each(tables)('%s: no two values share a Chinese or an English name', (_name, _values, table) => {
    const labels = Object.values(table);
    expect(new Set(labels.map((l) => l.zh)).size).toBe(labels.length);
    expect(new Set(labels.map((l) => l.en)).size).toBe(labels.length);
  });

  it('names an event the page does not know yet by the status it led to', () => {
    expect(caseEventLabel({ type: 'received', toStatus: 'received' })).toEqual(CASE_EVENT_LABELS.received);
    expect(caseEventLabel({ type: 'something-new', toStatus: 'approved' })).toEqual(CASE_STATUS_LABELS.approved);
    expect(caseEventLabel({ type: 'something-new', toStatus: null })).toEqual({ zh: 'something-new', en: 'something-new' });
  });
});
