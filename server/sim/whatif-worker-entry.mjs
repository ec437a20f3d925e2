// The What-if worker thread's entry (issue 13). A worker thread does not inherit the TypeScript
// loader of every host (vitest's own transform does not reach threads), so it registers tsx's
// loader itself — harmless where the parent already runs under tsx (`npm start`, `npm run dev`) —
// and then loads the TypeScript body.
import { register } from 'tsx/esm/api';

register();
await import('./whatif-worker.ts');
