import { build } from 'vite';

/** Pages are tested as the hall serves them: built once per test run into dist/. */
export default async function setup(): Promise<void> {
  if (process.env.SKIP_PAGE_BUILD === '1') return;
  await build({ logLevel: 'warn' });
}
