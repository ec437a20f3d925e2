import { describe, expect, it } from 'vitest';
import { MATERIAL_FORMS, OUTCOME_KINDS, PRIORITY_REASONS } from '../contract/constants.js';
import { labelsIn, MATERIAL_FORM_LABELS, OUTCOME_LABELS, PRIORITY_ELIGIBILITY, PRIORITY_LABELS, type Bilingual } from './labels.js';

const tables: [string, readonly string[], Readonly<Record<string, Bilingual>>][] = [
  ['priority labels', PRIORITY_REASONS, PRIORITY_LABELS],
  ['priority eligibility', PRIORITY_REASONS, PRIORITY_ELIGIBILITY],
  ['material forms', MATERIAL_FORMS, MATERIAL_FORM_LABELS],
  ['outcomes', OUTCOME_KINDS, OUTCOME_LABELS],
];

describe('labels', () => {
  it.each(tables)('%s name every value in Chinese and in English, and nothing else', (_name, values, table) => {
    expect(Object.keys(table).sort()).toEqual([...values].sort());
    for (const label of Object.values(table)) {
      expect(label.zh).toMatch(/\p{Script=Han}/u);
      expect(label.en).toMatch(/^[A-Z][\x20-\x7e]*$/);
    }
  });

  it('gives one language of a table', () => {
    expect(labelsIn(MATERIAL_FORM_LABELS, 'zh')).toEqual({ original: '原件', copy: '复印件', both: '原件及复印件' });
    expect(labelsIn(OUTCOME_LABELS, 'en').accepted).toBe('Accepted');
  });
});
