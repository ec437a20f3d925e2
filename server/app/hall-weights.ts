/** The hall's assessment weights (halls.assessment_weights, JSON; null: the plan's defaults). */
import { DEFAULT_WEIGHTS, type Weights } from '../domain/assessment.js';
import type { HallRow } from '../db/catalog-repo.js';
import { fail } from '../domain/errors.js';
import { parseJson } from '../db/json.js';

/** Always the same key order, so a stored value and a change compare as text. */
export function orderedWeights(w: Weights): Weights {
  return { attendance: w.attendance, proficiency: w.proficiency, attitude: w.attitude, department: w.department, public: w.public };
}

export function weightsOfHall(h: Pick<HallRow, 'assessmentWeights'>): Weights {
  if (h.assessmentWeights === null) return DEFAULT_WEIGHTS;
  return orderedWeights({ ...DEFAULT_WEIGHTS, ...parseJson<Partial<Weights>>(h.assessmentWeights) });
}

/** All zero would make every total empty: refused rather than silently meaningless. */
export function checkedWeights(w: Weights): Weights {
  if (Object.values(w).every((v) => v <= 0)) fail('validation-failed', 'at least one assessment weight must be above 0 · 至少一项权重须大于 0');
  return orderedWeights(w);
}
