// The pinyin worker thread's entry from the sources (tests, `npm run dev`): a worker thread does not
// inherit vitest's transform, so it registers tsx's loader itself and then loads the TypeScript body.
import { register } from 'tsx/esm/api';

register();
await import('./pinyin-worker.ts');
