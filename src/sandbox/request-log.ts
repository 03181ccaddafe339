/** The calls the simulated upstreams answered, oldest first, the latest few thousand only. */

export type UpstreamName = 'identity' | 'bokamera' | 'payson';

export interface LoggedRequest {
  upstream: UpstreamName;
  method: string;
  /** Path and query, relative to the upstream's base (e.g. `/Checkouts?status=readyToShip&page=1`). */
  path: string;
  /** The status answered; 0 when none was: the connection dropped, or the call hung until its caller gave up. */
  status: number;
  /** When it was answered (ISO 8601). */
  time: string;
}

export class RequestLog {
  private readonly ring: (LoggedRequest | undefined)[];
  private next = 0;
  private size = 0;

  constructor(readonly capacity = 5000) {
    this.ring = new Array<LoggedRequest | undefined>(capacity);
  }

  record(entry: LoggedRequest): void {
    this.ring[this.next] = entry;
    this.next = (this.next + 1) % this.capacity;
    this.size = Math.min(this.size + 1, this.capacity);
  }

  entries(): LoggedRequest[] {
    const oldest = (this.next - this.size + this.capacity) % this.capacity;
    const entries: LoggedRequest[] = [];
    for (let i = 0; i < this.size; i++) {
      const entry = this.ring[(oldest + i) % this.capacity];
      if (entry) entries.push(entry);
    }
    return entries;
  }

  clear(): void {
    this.ring.fill(undefined);
    this.next = 0;
    this.size = 0;
  }
}
