import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { WaterfallEntry } from './first-row.ts';

/**
 * The JavaScript and CSS the first screen needs: the files the browser actually fetched before the
 * first checkout row was on screen (so lazy route chunks count, and chunks for other screens do
 * not), sized from dist/ as built: raw, gzip (level 9) and brotli (quality 11), like the reference's
 * A3 method. The bytes the browser really received are kept too, since the server may not compress.
 */

export interface ChunkSize {
  file: string;
  /** The Vite manifest's name for it (entry, a route, a shared chunk). */
  name: string;
  kind: 'entry' | 'static' | 'lazy' | 'css';
  rawBytes: number;
  gzipBytes: number;
  brotliBytes: number;
  /** As transferred in the cold load (headers included); raw ≈ transferred means no compression. */
  transferredBytes: number;
}

export interface BundleSizes {
  firstScreen: ChunkSize[];
  firstScreenJs: { rawBytes: number; gzipBytes: number; brotliBytes: number; transferredBytes: number };
  firstScreenCss: { rawBytes: number; gzipBytes: number; brotliBytes: number; transferredBytes: number };
  /** Every JS chunk in the build, for all screens. */
  allJs: { files: number; rawBytes: number; gzipBytes: number; brotliBytes: number };
}

interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  css?: string[];
}

function compressedSizes(content: Buffer): { gzipBytes: number; brotliBytes: number } {
  return {
    gzipBytes: gzipSync(content, { level: 9 }).length,
    brotliBytes: brotliCompressSync(content, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
    }).length,
  };
}

function sum<T>(items: readonly T[], pick: (item: T) => number): number {
  return items.reduce((total, item) => total + pick(item), 0);
}

export async function measureBundle(distDir: string, firstScreenRequests: readonly WaterfallEntry[]): Promise<BundleSizes> {
  const manifest = JSON.parse(await readFile(join(distDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));

  const assets = firstScreenRequests.filter((entry) => /^\/assets\/.+\.(js|css)$/.test(entry.url));
  const firstScreen: ChunkSize[] = [];
  for (const asset of assets) {
    const file = asset.url.slice(1);
    const content = await readFile(join(distDir, file));
    const chunk = byFile.get(file);
    const kind: ChunkSize['kind'] = file.endsWith('.css') ? 'css' : chunk?.isEntry ? 'entry' : chunk?.isDynamicEntry ? 'lazy' : 'static';
    firstScreen.push({
      file,
      name: chunk?.name ?? chunk?.src ?? file.replace(/^assets\//, '').replace(/-[\w-]{8}\.(js|css)$/, ''),
      kind,
      rawBytes: content.length,
      ...compressedSizes(content),
      transferredBytes: asset.transferBytes,
    });
  }

  const totals = (chunks: ChunkSize[]) => ({
    rawBytes: sum(chunks, (chunk) => chunk.rawBytes),
    gzipBytes: sum(chunks, (chunk) => chunk.gzipBytes),
    brotliBytes: sum(chunks, (chunk) => chunk.brotliBytes),
    transferredBytes: sum(chunks, (chunk) => chunk.transferredBytes),
  });

  const allJsFiles = (await readdir(join(distDir, 'assets'))).filter((file) => file.endsWith('.js'));
  const allJs = { files: allJsFiles.length, rawBytes: 0, gzipBytes: 0, brotliBytes: 0 };
  for (const file of allJsFiles) {
    const content = await readFile(join(distDir, 'assets', file));
    const sizes = compressedSizes(content);
    allJs.rawBytes += content.length;
    allJs.gzipBytes += sizes.gzipBytes;
    allJs.brotliBytes += sizes.brotliBytes;
  }

  return {
    firstScreen,
    firstScreenJs: totals(firstScreen.filter((chunk) => chunk.kind !== 'css')),
    firstScreenCss: totals(firstScreen.filter((chunk) => chunk.kind === 'css')),
    allJs,
  };
}
