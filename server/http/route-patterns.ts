/** The route table as path patterns, to tell "no such address" (404) from "wrong method here" (405). */
export interface RoutePattern {
  regex: RegExp;
  methods: string[];
}

/** Fastify route url → a regex over request paths (`:param` one segment, `*` the rest). */
export function routePattern(url: string, methods: readonly string[]): RoutePattern {
  const source = url
    .split(/(:[A-Za-z0-9_]+(?:\([^)]*\))?|\*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return { regex: new RegExp(`^${source}$`), methods: [...methods] };
}

/** Every method some route accepts at this path, in a stable order for the Allow header. */
export function methodsAt(routes: readonly RoutePattern[], path: string): string[] {
  const found = new Set<string>();
  for (const route of routes) if (route.regex.test(path)) for (const m of route.methods) found.add(m);
  return [...found].sort();
}
