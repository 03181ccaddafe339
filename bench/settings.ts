/**
 * How much the benchmark does. The full run aims at ≥ 5 runs per figure within ~10 minutes on a
 * 2-core machine; the smoke run only proves every step still works (CI), so its counts are tiny and
 * its figures mean nothing.
 */
export interface BenchSettings {
  smoke: boolean;
  /** Cold loads per (page, network/CPU profile). */
  coldLoadRuns: number;
  /** Fresh-context runs of the interaction scenario (next page, filter, open a checkout). */
  interactionRuns: number;
  /** Pages paged through and checkouts opened for the heap check. */
  heapPages: number;
  heapOpens: number;
  /** Concurrent virtual users and the measured window of each load test. */
  loadUsers: number;
  loadWarmupMs: number;
  loadDurationMs: number;
  /** The measured window of each list load test with the database (sign-ins get half of it). */
  databaseDurationMs: number;
  /** Upper bound on requests per load test, so a very fast machine still ends quickly. */
  loadMaxRequests: number;
  /** Serial requests per list variant in the scale comparison. */
  scaleRequests: number;
  /** Checkouts per company for the small and the large sandbox (two companies each). */
  smallPerCompany: number;
  largePerCompany: number;
  /** Cold loads of the list at each sandbox size. */
  scaleColdLoads: number;
  /** Unmeasured first runs (JIT, server caches, browser start-up) before the measured ones. */
  warmUp: boolean;
}

export function benchSettings(smoke: boolean): BenchSettings {
  if (smoke) {
    return {
      smoke,
      coldLoadRuns: 1,
      interactionRuns: 1,
      heapPages: 3,
      heapOpens: 3,
      loadUsers: 4,
      loadWarmupMs: 200,
      loadDurationMs: 700,
      databaseDurationMs: 700,
      loadMaxRequests: 2_000,
      scaleRequests: 3,
      smallPerCompany: 5_000,
      // Large enough to exercise the path, small enough to start in a second.
      largePerCompany: 20_000,
      scaleColdLoads: 1,
      warmUp: false,
    };
  }
  return {
    smoke,
    coldLoadRuns: 7,
    interactionRuns: 7,
    heapPages: 200,
    heapOpens: 200,
    loadUsers: 10,
    loadWarmupMs: 2_000,
    loadDurationMs: 10_000,
    databaseDurationMs: 6_000,
    loadMaxRequests: 200_000,
    scaleRequests: 25,
    smallPerCompany: 5_000,
    largePerCompany: 500_000,
    scaleColdLoads: 5,
    warmUp: true,
  };
}
