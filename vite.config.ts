import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';

// One Vite build for all pages; the hall server serves dist/ at /kiosk, /display, /clerk, /admin, /t.
const here = import.meta.dirname;

const entries: Record<string, string> = {
  kiosk: resolve(here, 'kiosk/index.html'),
  track: resolve(here, 'kiosk/track.html'),
  document: resolve(here, 'kiosk/document.html'),
  'case-track': resolve(here, 'kiosk/case-track.html'),
  display: resolve(here, 'display/index.html'),
  clerk: resolve(here, 'clerk/index.html'),
  admin: resolve(here, 'admin/index.html'),
  backoffice: resolve(here, 'backoffice/index.html'),
  rate: resolve(here, 'rate/index.html'),
  book: resolve(here, 'book/index.html'),
};
// PAGES=kiosk,track builds only those entries (faster while working on one page).
const only = process.env.PAGES?.split(',').filter((p) => p in entries);
const input = only && only.length > 0 ? Object.fromEntries(only.map((p) => [p, entries[p] ?? ''])) : entries;

export default defineConfig({
  plugins: [preact()],
  base: '/',
  build: {
    outDir: resolve(here, 'dist'),
    emptyOutDir: true,
    rollupOptions: {
      input,
    },
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:3000',
      '/socket.io': { target: 'ws://127.0.0.1:3000', ws: true },
    },
  },
});
