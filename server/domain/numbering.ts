/** A000-style number: queue prefix plus at least three digits (A001 … A999, then A1000). */
export function formatTicketNumber(prefix: string, seq: number): string {
  if (!Number.isInteger(seq) || seq < 1) throw new RangeError(`ticket sequence must be a positive integer, got ${seq}`);
  return prefix + String(seq).padStart(3, '0');
}
