/** JSON columns are written only by this server from typed values, so reading them back trusts the type. */
export function parseJson<T>(text: string): T {
  return JSON.parse(text) as T;
}
