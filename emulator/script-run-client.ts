/**
 * The browser half of `google.script.run`, for a page served in front of
 * the emulator (the server half is script-run.ts). Behaves as the client
 * API does (https://developers.google.com/apps-script/guides/html/reference/run):
 * arguments are copied as JSON, handlers run asynchronously,
 * `withSuccessHandler`/`withFailureHandler`/`withUserObject` return a new
 * runner keeping what was set so far, a thrown error or an unknown
 * function reaches the failure handler as an Error, and a failure with no
 * handler is logged to the console.
 */

/** What the server half answers for one call. */
export type RunAnswer = { ok: true; value: unknown } | { ok: false; error: string };
/** Sends one call to wherever the script runs (HTTP in the preview, a fake in tests). */
export type Transport = (name: string, args: unknown[]) => Promise<RunAnswer>;
type Handler = (value: unknown, userObject?: unknown) => void;

/** A `google.script.run` object whose calls go through `transport()` (asked at each call, so a test may swap it). */
export function createScriptRun(transport: () => Transport, onCall: () => void = () => undefined): unknown {
  return runner(transport, onCall, null, null, undefined);
}

function runner(transport: () => Transport, onCall: () => void, success: Handler | null, failure: Handler | null, userObject: unknown): unknown {
  const base = {
    withSuccessHandler: (handler: Handler) => runner(transport, onCall, handler, failure, userObject),
    withFailureHandler: (handler: Handler) => runner(transport, onCall, success, handler, userObject),
    withUserObject: (object: unknown) => runner(transport, onCall, success, failure, object),
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
        onCall();
        transport()(property, copied).then(
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
