/**
 * Personal data never appears on a public screen. Screens show ticket numbers only today; if a
 * hall ever shows a visitor's name it goes through this first: the first character and one
 * star, 张三 → 张*, 欧阳娜娜 → 欧*. One star whatever the length, so the mask does not tell how
 * long the name is.
 */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  const first = chars[0];
  if (first === undefined) return '';
  return `${first}*`;
}
