import * as z from 'zod/mini';

/** The part of Vite's build manifest (`dist/.vite/manifest.json`) that says what a module needs. */
const manifestSchema = z.record(
  z.string(),
  z.object({
    file: z.string(),
    isEntry: z.optional(z.boolean()),
    imports: z.optional(z.array(z.string())),
    css: z.optional(z.array(z.string())),
  }),
);
export type BuildManifest = z.infer<typeof manifestSchema>;

export function parseBuildManifest(json: unknown): BuildManifest | undefined {
  const parsed = manifestSchema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}

export interface Preloads {
  /** Chunks to `<link rel="modulepreload">`, as URL paths. */
  scripts: string[];
  /** Style sheets to `<link rel="stylesheet">`, as URL paths. */
  styles: string[];
}

/**
 * The chunks (and their static imports) and style sheets of these source modules, for a page the
 * server rendered: the browser fetches them beside the entry, so hydration waits for nothing it
 * could have known, and the screen is styled at its first paint. The entry itself is already in
 * index.html and is left out; unknown modules are skipped.
 */
export function preloadsFor(manifest: BuildManifest, modules: readonly string[], base = '/'): Preloads {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || chunk.isEntry || seen.has(key)) return;
    seen.add(key);
    scripts.add(`${base}${chunk.file}`);
    for (const css of chunk.css ?? []) styles.add(`${base}${css}`);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  modules.forEach(visit);
  return { scripts: [...scripts], styles: [...styles] };
}
