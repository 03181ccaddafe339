/**
 * The in-page probe, installed with addInitScript before any of the page's own code runs, and used
 * the same way on our app and on the plain HTML table. It is a string, not a function: tsx
 * compiles functions with name helpers that do not exist in the page.
 *
 * - First row: a MutationObserver spots the first data row (a row with a row header that has text;
 *   skeleton and message rows have none) and tags its cells with `elementtiming`, so Chromium's
 *   Element Timing reports when that text was painted. The observer sees rows the HTML parser
 *   inserts (plain table, server rendering) the same way as rows React inserts (client
 *   rendering), and notes which it was. The next frame (rAF, then a message after it, i.e. after
 *   that frame's paint) is kept as a fallback.
 * - Interactions: `arm(kind, arg)` snapshots the table, remembers the first input event after it,
 *   and resolves `armed` with the frame in which the expected content was first on screen.
 * - Long tasks and Event Timing entries are buffered for the Node side to read.
 */
export const PROBE_SCRIPT = String.raw`(() => {
  const FIRST_ROW = 'table tbody tr th[scope="row"]';
  const bench = {
    firstRow: {}, longTasks: [], events: [], paints: {}, armed: undefined, watch: undefined,
  };
  window.__bench = bench;

  const observe = (type, onEntry, extra) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe(Object.assign({ type, buffered: true }, extra || {}));
    } catch (error) { /* unsupported entry type: that figure stays empty */ }
  };
  observe('element', (entry) => {
    if (entry.identifier === 'bench-first-row') {
      const at = entry.renderTime || entry.loadTime;
      if (bench.firstRow.paintAt === undefined || at < bench.firstRow.paintAt) bench.firstRow.paintAt = at;
    }
  });
  observe('longtask', (entry) => bench.longTasks.push({ start: entry.startTime, duration: entry.duration }));
  observe('event', (entry) => {
    if (entry.interactionId) bench.events.push({ name: entry.name, start: entry.startTime, duration: entry.duration, interactionId: entry.interactionId });
  }, { durationThreshold: 16 });
  observe('paint', (entry) => { bench.paints[entry.name] = entry.startTime; });
  observe('largest-contentful-paint', (entry) => { bench.paints.lcp = entry.renderTime || entry.startTime; });

  // The moment after the next frame has been painted: rAF runs before that frame's paint; a message
  // posted from it is handled after the frame's rendering task.
  const afterNextPaint = (done) => requestAnimationFrame((frameAt) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done(frameAt, performance.now());
    channel.port2.postMessage(0);
  });

  const rowHeaderWithText = () => {
    for (const cell of document.querySelectorAll(FIRST_ROW)) if (cell.textContent.trim()) return cell;
    return undefined;
  };

  const firstRowObserver = new MutationObserver(() => {
    const cell = rowHeaderWithText();
    if (!cell) return;
    firstRowObserver.disconnect();
    bench.firstRow.seenAt = performance.now();
    // Still parsing the document: the row came in the HTML response (server-rendered), not from script.
    bench.firstRow.inInitialHtml = document.readyState === 'loading';
    // Element Timing needs the attribute on the element that holds the painted text; tag the whole row.
    const row = cell.closest('tr');
    for (const element of [row, ...row.querySelectorAll('*')]) element.setAttribute('elementtiming', 'bench-first-row');
    afterNextPaint((frameAt, afterAt) => { bench.firstRow.frameAt = frameAt; bench.firstRow.afterPaintAt = afterAt; });
  });
  firstRowObserver.observe(document, { childList: true, subtree: true, characterData: true });

  // What identifies the rows on screen: their links (each names its checkout).
  const rowsKey = () => {
    const rows = document.querySelectorAll('table tbody tr');
    let key = '';
    for (const row of rows) {
      const link = row.querySelector('a[href]');
      if (link) key += link.getAttribute('href') + '|';
    }
    return key;
  };
  const tableBusy = () => Boolean(document.querySelector('table[aria-busy="true"]'));
  // The checkout is on screen when its id is shown outside the list and nothing around it says it is
  // still loading (aria-busy): a panel that shows its heading at once and a skeleton below is not yet.
  const checkoutShown = (id, shortId) => {
    if (!document.body.textContent.includes(shortId)) return false;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.data;
      if (!text.includes(shortId)) continue;
      const element = node.parentElement;
      if (!element || element.closest('table') || element.closest('[aria-busy="true"]')) continue;
      if (text.includes(id) || element.closest('h1, h2, h3, [role="heading"]')) return true;
    }
    return false;
  };

  // The input an interaction is timed from: the click (on release, when links and buttons act), or
  // the change of a select. From it, frames are counted, to tell "on screen in the next frame".
  const inputTypes = ['click', 'input', 'change', 'keydown'];
  inputTypes.forEach((type) => window.addEventListener(type, (event) => {
    const watch = bench.watch;
    if (!watch || watch.inputAt !== undefined) return;
    watch.inputAt = event.timeStamp;
    watch.inputType = type;
    watch.frames = 0;
    const countFrame = () => { if (watch.paintedAt === undefined) { watch.frames += 1; requestAnimationFrame(countFrame); } };
    requestAnimationFrame(countFrame);
  }, { capture: true }));

  // kind 'rows': new rows (different checkouts) on screen, not dimmed as a placeholder.
  // kind 'checkout': the checkout with this id shown outside the table, not marked busy.
  bench.arm = (kind, arg) => {
    const before = rowsKey();
    const watch = { kind, inputAt: undefined };
    bench.watch = watch;
    const ready = kind === 'rows'
      ? () => !tableBusy() && rowHeaderWithText() !== undefined && rowsKey() !== before
      : () => checkoutShown(arg.id, arg.shortId);
    bench.armed = new Promise((resolve) => {
      const check = () => {
        if (watch.seenAt !== undefined || !ready()) return;
        watch.seenAt = performance.now();
        observer.disconnect();
        afterNextPaint((frameAt, afterAt) => {
          watch.frameAt = frameAt;
          watch.framesAfterInput = watch.frames;
          watch.paintedAt = afterAt;
          bench.watch = undefined;
          resolve(watch);
        });
      };
      const observer = new MutationObserver(check);
      observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
    });
    return true;
  };
})();`;

/** What the probe recorded, as read by page.evaluate. */
export interface ProbeFirstRow {
  seenAt?: number;
  /** The row was parsed from the HTML response (server rendering), not inserted by script. */
  inInitialHtml?: boolean;
  frameAt?: number;
  afterPaintAt?: number;
  /** Element Timing renderTime of the first row's text. */
  paintAt?: number;
}

export interface ProbeWatch {
  kind: string;
  inputAt?: number;
  inputType?: string;
  seenAt?: number;
  frameAt?: number;
  paintedAt?: number;
  /** 1: the content was in the first frame after the input. */
  framesAfterInput?: number;
}

export interface ProbeLongTask {
  start: number;
  duration: number;
}

export interface ProbeEvent {
  name: string;
  start: number;
  duration: number;
  interactionId: number;
}
