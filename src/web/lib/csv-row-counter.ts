const QUOTE = 0x22;
const LINE_FEED = 0x0a;

/**
 * Counts the records of a CSV as its bytes arrive, for an export's progress: a line end inside a
 * quoted field (a customer's name may hold one) does not end a record. Bytes, not text: a UTF-8
 * sequence never contains these two bytes, so chunks may split characters anywhere.
 */
export class CsvRowCounter {
  private records = 0;
  private inQuotes = false;
  /** Bytes seen since the last record ended: a last record without a line end still counts. */
  private pending = false;

  add(chunk: Uint8Array): void {
    for (const byte of chunk) {
      if (byte === QUOTE) {
        // `""` inside a quoted field toggles twice: it stays quoted, as it should.
        this.inQuotes = !this.inQuotes;
        this.pending = true;
      } else if (byte === LINE_FEED && !this.inQuotes) {
        this.records += 1;
        this.pending = false;
      } else {
        this.pending = true;
      }
    }
  }

  /** Rows after the header row, as far as the bytes so far show. */
  dataRows(): number {
    return Math.max(0, this.records - 1);
  }

  /** The stream ended: a last line without a line end is a row too. */
  finish(): number {
    if (this.pending) {
      this.records += 1;
      this.pending = false;
    }
    return this.dataRows();
  }
}
