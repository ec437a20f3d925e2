import type { ErrorCode } from '../../contract/errors.js';

/** A rule of the hall said no. Carries a stable code the HTTP layer maps to a 4xx. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function fail(code: ErrorCode, message: string): never {
  throw new DomainError(code, message);
}
