// Helpers shared by the rollup refreshers: chunked reads and the area levels
// above a set of kelurahan.
import { parentOfCode } from "../wilayah/codes";
import { chunked } from "./sql";

/** Runs `read` per chunk of `items` (IN lists stay under SQLite's bound-variable limit) and concatenates the results. */
export async function perChunk<T, R>(items: readonly T[], read: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  // Not push(...rows): a chunk of 500 kelurahan can return more rows than a call may take as arguments.
  for (const c of chunked(items)) for (const row of await read(c)) out.push(row);
  return out;
}

/** Codes of every ancestor level above the kelurahan, bottom-up. */
export function ancestorLevels(kel: string[]): string[][] {
  const levels: string[][] = [];
  let codes = kel;
  for (;;) {
    const parents = [...new Set(codes.map(parentOfCode).filter((c): c is string => c !== null))];
    if (parents.length === 0) return levels;
    levels.push(parents);
    codes = parents;
  }
}

