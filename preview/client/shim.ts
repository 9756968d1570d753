/**
 * `google.script.run` for the preview: injected into the real built
 * Sidebar.html before its own script. Each call is sent to the preview
 * server (`POST /api/run {name, args}`), which runs the real built Code.js
 * on the emulated services, and answers `{ok:true, value}` (the server
 * function's return value) or `{ok:false, error}` (it threw) — then the
 * success or failure handler runs, as in Apps Script.
 *
 * Like the real one: arguments are copied as JSON, handlers run
 * asynchronously, `with…` returns a new runner that keeps the handlers
 * set so far, and a name ending in `_` (a private function) is refused.
 */
type Handler = (value: unknown, userObject?: unknown) => void;
type Transport = (name: string, args: unknown[]) => Promise<{ ok: true; value: unknown } | { ok: false; error: string }>;

interface ShimWindow {
  google?: unknown;
  __khctTransport?: Transport;
  __khctCalls?: number;
}

const page = window as unknown as ShimWindow;

const httpTransport: Transport = async (name, args) => {
  const response = await fetch('/api/run', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, args }),
  });
  if (!response.ok && response.status !== 200) {
    return { ok: false, error: `NetworkError: HTTP ${response.status}` };
  }
  return response.json();
};

function runner(success: Handler | null, failure: Handler | null, userObject: unknown): unknown {
  const base = {
    withSuccessHandler: (handler: Handler) => runner(handler, failure, userObject),
    withFailureHandler: (handler: Handler) => runner(success, handler, userObject),
    withUserObject: (object: unknown) => runner(success, failure, object),
  };
  return new Proxy(base, {
    get(target, property) {
      if (typeof property !== 'string') return undefined;
      if (property in target) return target[property as keyof typeof target];
      if (property === 'then') return undefined; // not a promise
      return (...args: unknown[]) => {
        const fail = (message: string) => {
          if (failure) failure(new Error(message), userObject);
          else console.error(message);
        };
        if (property.endsWith('_')) {
          setTimeout(() => fail(`Script function not found: ${property}`), 0);
          return;
        }
        let copied: unknown[];
        try {
          copied = JSON.parse(JSON.stringify(args)) as unknown[];
        } catch {
          setTimeout(() => fail('Invalid argument'), 0);
          return;
        }
        page.__khctCalls = (page.__khctCalls ?? 0) + 1;
        const transport = page.__khctTransport ?? httpTransport;
        transport(property, copied).then(
          (answer) => {
            if (answer.ok) success?.(answer.value, userObject);
            else fail(answer.error);
          },
          () => fail('NetworkError: Connection failure due to HTTP 0'),
        );
      };
    },
  });
}

page.google = {
  script: {
    run: runner(null, null, undefined),
    host: {
      close: () => undefined,
      setHeight: () => undefined,
      setWidth: () => undefined,
      editor: { focus: () => undefined },
    },
  },
};

// In the preview, links to the generated Google Doc or PDF cannot open the
// real Google (the Doc lives in the emulator): the page shows its document
// view instead.
document.addEventListener(
  'click',
  (event) => {
    const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
    if (!link || !/^https:\/\/(docs|drive)\.google\.com\//.test(link.href) || window.parent === window) return;
    event.preventDefault();
    window.parent.postMessage({ type: 'khct-open-document', href: link.href }, '*');
  },
  true,
);
