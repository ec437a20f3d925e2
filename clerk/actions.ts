/**
 * The console's actions, in the order of the caller pad. One id per physical key, so the
 * keyboard map, the buttons and the enablement rules all speak about the same things.
 */
export const ACTIONS = ['call-next', 'recall', 'start', 'finish', 'no-show', 'transfer', 'pause-resume', 'sign-off'] as const;
export type ActionId = (typeof ACTIONS)[number];


/** Keys beside the pad: print the document just issued, the case tool (办件), the catalogue search (事项查询). */
export const TOOLS = ['print-document', 'case-tool', 'catalog-search'] as const;
export type ToolId = (typeof TOOLS)[number];
