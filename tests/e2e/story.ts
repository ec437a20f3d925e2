/**
 * Some browser files tell one story whose steps build on each other (a clerk's day, a server
 * restart). They are one test each, so a shuffled run never starts in the middle of a story;
 * `step` keeps the name of the part that failed in the message.
 */
export async function step(name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (e) {
    if (e instanceof Error) e.message = `[${name}] ${e.message}`;
    throw e;
  }
}

/** Room for a whole story on a loaded machine: its steps each had the default 30 s before. */
export const STORY_TIMEOUT_MS = 180_000;
