/** ServiceStack binds query and body properties to its request DTOs case-insensitively. */
export function propertyOf<T>(source: Readonly<Record<string, T>>, name: string): T | undefined {
  const wanted = name.toLowerCase();
  const key = Object.keys(source).find((candidate) => candidate.toLowerCase() === wanted);
  return key === undefined ? undefined : source[key];
}
