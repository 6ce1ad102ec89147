// Dynamic route segments arrive percent-encoded; a broken encoding ("%E0%A4%A")
// made decodeURIComponent throw and the page answer 500 instead of 404.

/** The decoded path segment, or null when its percent-encoding is invalid. */
export function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
