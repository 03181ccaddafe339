import type { CheckoutSource } from './source.ts';

/**
 * Per company, the indexes of its checkouts in each status, newest first, as compact typed arrays.
 * A company's lists are built on first use by one scan of the cheap status function, then kept.
 */
export class StatusIndex {
  private readonly listsByCompany = new Map<number, Map<string, Int32Array>>();

  constructor(private readonly source: CheckoutSource) {}

  indexesOf(company: number, statusKey: string): Int32Array {
    let lists = this.listsByCompany.get(company);
    if (!lists) {
      lists = this.build(company);
      this.listsByCompany.set(company, lists);
    }
    return lists.get(statusKey) ?? new Int32Array(0);
  }

  /** Two passes: the first asks each checkout's status once, the second only copies numbers. */
  private build(company: number): Map<string, Int32Array> {
    const count = this.source.checkoutCount(company);
    const codes = new Uint32Array(count);
    const codeByKey = new Map<string, number>();
    const counts: number[] = [];
    for (let index = 0; index < count; index++) {
      const key = this.source.statusKeyAt(company, index);
      let code = codeByKey.get(key);
      if (code === undefined) {
        code = codeByKey.size;
        codeByKey.set(key, code);
        counts.push(0);
      }
      codes[index] = code;
      counts[code] = (counts[code] ?? 0) + 1;
    }
    const lists = counts.map((size) => new Int32Array(size));
    const filled = counts.map(() => 0);
    for (let index = 0; index < count; index++) {
      const code = codes[index] ?? 0;
      const list = lists[code];
      if (list) list[filled[code]!++] = index;
    }
    return new Map([...codeByKey].map(([key, code]) => [key, lists[code] ?? new Int32Array(0)]));
  }
}
