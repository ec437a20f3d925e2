/**
 * What a new password must be. Kept small on purpose: length beats composition rules, and the
 * passwords an attacker tries first (the demo one, the classics) are refused outright.
 */
export const MIN_PASSWORD_LENGTH = 8;

/** The first guesses of any attacker, plus this system's own demo and seed passwords. */
const COMMON = new Set([
  'demo', 'password', 'password1', 'password123', 'passw0rd', '12345678', '123456789', '1234567890', '87654321',
  '11111111', '00000000', '88888888', '66666666', '12341234', '11223344', 'abcd1234', '1qaz2wsx', 'qwertyui',
  'qwerty123', 'iloveyou', 'admin123', 'admin1234', 'administrator', 'welcome1', 'letmein1', 'changeme',
  'woaini1314', 'a1234567', 'aa123456', 'abc12345', 'abc123456', 'qq123456', 'p@ssw0rd', 'clerk123',
]);

/** Why the password is refused, in words for the person typing it; null when it is acceptable. */
export function passwordProblem(password: string, username: string): string | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return `use at least ${MIN_PASSWORD_LENGTH} characters`;
  const lower = password.toLowerCase();
  if (lower === username.toLowerCase()) return 'the password must not be the username';
  if (COMMON.has(lower)) return 'this password is among the most common ones';
  return null;
}
