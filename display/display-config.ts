import type { VoiceLang } from './announcement-text.js';

/**
 * Which screen this tab is and how it behaves, from its address alone: a TV is set up once by
 * typing a URL into its browser, so everything a hall may want to change is a query parameter.
 *   /display                      lobby screen (综合屏), speaks
 *   /display/window/5             window screen (窗口屏) of window number 5, silent
 *   ?silent=1                     never speak     ?voice=1   speak (window screens)
 *   ?repeat=3                     times each call is said (1–5, default 2)
 *   ?lang=zh,en                   languages spoken, in order (default zh)
 */
export type DisplayRoute = { kind: 'lobby' } | { kind: 'window'; number: number } | { kind: 'unknown'; path: string };

export interface DisplayConfig {
  route: DisplayRoute;
  voice: boolean;
  repeat: number;
  langs: VoiceLang[];
}

export const DEFAULT_REPEAT = 2;
const MAX_REPEAT = 5;

export function parseRoute(pathname: string): DisplayRoute {
  const path = pathname.replace(/\/+$/, '');
  if (path === '/display') return { kind: 'lobby' };
  const m = /^\/display\/window\/(\d{1,4})$/.exec(path);
  if (m?.[1] !== undefined && Number(m[1]) > 0) return { kind: 'window', number: Number(m[1]) };
  return { kind: 'unknown', path: pathname };
}

const isOn = (v: string | null) => v === '1' || v === 'true' || v === 'yes';

export function parseDisplayConfig(pathname: string, search: string): DisplayConfig {
  const route = parseRoute(pathname);
  const q = new URLSearchParams(search);
  // Window screens hang above each window: if all 36 spoke, the hall would hear every call 37 times.
  let voice = route.kind === 'lobby';
  if (isOn(q.get('voice'))) voice = true;
  // Silent wins over everything: a hall that asked for quiet must get quiet.
  if (isOn(q.get('silent'))) voice = false;
  if (route.kind === 'unknown') voice = false;

  const r = Number(q.get('repeat'));
  const repeat = Number.isInteger(r) && r >= 1 ? Math.min(r, MAX_REPEAT) : DEFAULT_REPEAT;

  const langs = [...new Set((q.get('lang') ?? 'zh').split(',').map((s) => s.trim().toLowerCase()))]
    .filter((s): s is VoiceLang => s === 'zh' || s === 'en');
  return { route, voice, repeat, langs: langs.length > 0 ? langs : ['zh'] };
}
