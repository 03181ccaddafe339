import { describe, expect, it } from 'vitest';
import { parseGuid } from './guid.ts';

describe('parseGuid', () => {
  it('accepts a GUID in any case, with space or braces around it', () => {
    const id = 'a9e48054-20ab-49e6-84f1-a53d00b1a905';
    expect(parseGuid(id)).toBe(id);
    expect(parseGuid(`  ${id.toUpperCase()} `)).toBe(id);
    expect(parseGuid(`{${id}}`)).toBe(id);
  });

  it.each(['', 'a9e48054', 'a9e48054-20ab-49e6-84f1-a53d00b1a90', 'g9e48054-20ab-49e6-84f1-a53d00b1a905', 'a9e4805420ab49e684f1a53d00b1a905x'])(
    'rejects %j',
    (raw) => {
      expect(parseGuid(raw)).toBeUndefined();
    },
  );
});
