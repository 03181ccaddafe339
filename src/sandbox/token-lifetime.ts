/**
 * How long the access tokens the simulated identity provider issues live. Tests shorten it for a
 * while (through the control routes) to make the gateway refresh on its very next call, without
 * waiting minutes; a reset brings back the configured lifetime.
 */
export class TokenLifetime {
  #seconds: number;

  constructor(readonly configuredSeconds: number) {
    this.#seconds = configuredSeconds;
  }

  get seconds(): number {
    return this.#seconds;
  }

  set(seconds: number): void {
    this.#seconds = seconds;
  }

  reset(): void {
    this.#seconds = this.configuredSeconds;
  }
}
