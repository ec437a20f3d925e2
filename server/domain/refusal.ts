import { DomainError } from './errors.js';

/** The code a rule refuses with, or null when it lets the step through (for the rules' table tests). */
export function refusalOf(f: () => unknown): string | null {
  try {
    f();
    return null;
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
}
