import { describe, expect, it } from 'vitest';
import { BOM, parseCsv, toCsv } from './csv.js';

describe('CSV', () => {
  it('starts with a BOM and round-trips commas, quotes, line breaks and Chinese', () => {
    const rows = [['市场监管综合窗口', 'A, "B"', '两行\n文本', 3], ['', null, '普通', 0]] as const;
    const text = toCsv(['queueName', 'note', 'text', 'n'], rows);
    expect(text.startsWith(BOM)).toBe(true);
    expect(parseCsv(text)).toEqual([['queueName', 'note', 'text', 'n'], ['市场监管综合窗口', 'A, "B"', '两行\n文本', '3'], ['', '', '普通', '0']]);
  });
  it('quotes only what needs it', () => {
    expect(toCsv(['a'], [['x,y'], ['plain']])).toBe(`${BOM}a\r\n"x,y"\r\nplain\r\n`);
  });
});
