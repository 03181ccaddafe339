import { describe, expect, it } from 'vitest';
import { isGuid, parseGuid, sameGuid } from './guid.ts';

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


const ID = 'cadacbda-3990-4ef2-8993-a53d00bcfda7';

describe('isGuid', () => {
  it('accepts a GUID in either letter case', () => {
    expect(isGuid(ID)).toBe(true);
    expect(isGuid(ID.toUpperCase())).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['braces', `{${ID}}`],
    ['no dashes', ID.replaceAll('-', '')],
    ['trailing newline', `${ID}\n`],
    ['non-hex letter', ID.replace('c', 'g')],
    ['one character short', ID.slice(1)],
  ])('rejects %s', (_name, value) => {
    expect(isGuid(value)).toBe(false);
  });
});

describe('sameGuid', () => {
  it('ignores letter case', () => {
    expect(sameGuid(ID, ID.toUpperCase())).toBe(true);
  });

  it('never equates values that are not GUIDs, even identical ones', () => {
    expect(sameGuid('123', '123')).toBe(false);
    expect(sameGuid('', '')).toBe(false);
  });

  it('tells different GUIDs apart', () => {
    expect(sameGuid(ID, 'a9e48054-20ab-49e6-84f1-a53d00b1a905')).toBe(false);
  });
});
