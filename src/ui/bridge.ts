/**
 * The sidebar's typed bridge to the server: a promise wrapper over
 * `google.script.run`, typed from `ServerApi`. A renamed or retyped server
 * function therefore fails `npm run typecheck` here and in every caller.
 *
 * Every failure becomes a `BridgeError` whose message is Vietnamese and fit
 * to show as is: the server's own `{ok:false, message}`, or a thrown or
 * failed call (network, authorisation, time limit, our own bug) turned
 * into a sentence a principal can act on. Never a stack.
 */
import type { Result, ServerApi } from '../server/api';

/** What a successful call of `name` gives. */
export type ServerValue<K extends keyof ServerApi> = ReturnType<ServerApi[K]> extends Result<infer T> ? T : never;

/**
 * The minimal client side of `google.script.run` (the @types package only
 * has the server side). Each `with…` returns a runner; any other property
 * is a server function.
 */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown, userObject?: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown, userObject?: unknown) => void): ScriptRunner;
  [serverFunction: string]: unknown;
}

export interface Bridge {
  call<K extends keyof ServerApi>(name: K, ...args: Parameters<ServerApi[K]>): Promise<ServerValue<K>>;
}

/** A failure with a Vietnamese message for the user; `detail` is for support only. */
export class BridgeError extends Error {
  override name = 'BridgeError';
  constructor(
    message: string,
    readonly detail: string | null = null,
  ) {
    super(message);
  }
}

export const NO_SERVER_MESSAGE =
  'Không kết nối được với Google Trang tính. Hãy mở thanh bên từ menu Tiện ích mở rộng › Kế hoạch cải tiến trong bảng tính của kế hoạch.';

const FAILURE_MESSAGES: { test: RegExp; message: string }[] = [
  {
    test: /\block\b|lockservice/i,
    message: 'Một người khác đang cập nhật bảng tính này. Hãy đợi khoảng một phút rồi bấm lại.',
  },
  {
    test: /authori[sz]ation|permission|access denied/i,
    message: 'Tiện ích chưa được cấp quyền cho thao tác này. Hãy tải lại trang bảng tính, mở lại tiện ích và đồng ý cấp quyền khi được hỏi.',
  },
  {
    test: /exceeded maximum execution time|timed? ?out/i,
    message: 'Thao tác chạy quá lâu và đã bị dừng. Dữ liệu chưa ghi xong có thể chưa đầy đủ: hãy bấm lại một lần nữa.',
  },
  {
    test: /network|failed to fetch|connection failure|offline/i,
    message: 'Mất kết nối mạng trong khi gửi yêu cầu. Hãy kiểm tra mạng rồi bấm lại.',
  },
];

/** The first line of an error's message, never its stack, kept short. */
export function errorDetail(error: unknown): string | null {
  let text: string | null = null;
  if (error instanceof Error) text = error.message;
  else if (typeof error === 'string') text = error;
  else if (error && typeof error === 'object' && typeof (error as { message?: unknown }).message === 'string') {
    text = (error as { message: string }).message;
  }
  if (!text) return null;
  const line = text.split('\n')[0].trim();
  if (!line) return null;
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

/** A thrown or failed `google.script.run` call, as a Vietnamese sentence. */
export function failureMessage(error: unknown): BridgeError {
  const detail = errorDetail(error);
  const known = detail ? FAILURE_MESSAGES.find((entry) => entry.test.test(detail)) : undefined;
  const message =
    known?.message ??
    'Máy chủ của tiện ích gặp lỗi khi xử lý yêu cầu; dữ liệu trong bảng tính không bị thay đổi. Hãy bấm lại; nếu vẫn lỗi, hãy gửi phần chi tiết bên dưới cho bộ phận hỗ trợ.';
  return new BridgeError(message, detail);
}

function isResult(value: unknown): value is Result<unknown> {
  if (!value || typeof value !== 'object') return false;
  const ok = (value as { ok?: unknown }).ok;
  if (ok === true) return 'value' in value;
  return ok === false && typeof (value as { message?: unknown }).message === 'string';
}

/** The page's `google.script.run`, if this page is served by HtmlService (or the preview's shim). */
export function pageRunner(): ScriptRunner | null {
  const google = (globalThis as { google?: { script?: { run?: ScriptRunner } } }).google;
  return google?.script?.run ?? null;
}

/**
 * A bridge over a runner. `runner` is a function so that a page whose
 * `google.script.run` appears late (or a test that swaps it) is read at
 * call time.
 */
export function createBridge(runner: () => ScriptRunner | null = pageRunner): Bridge {
  return {
    call(name, ...args) {
      return new Promise((resolve, reject) => {
        const run = runner();
        if (!run) {
          reject(new BridgeError(NO_SERVER_MESSAGE));
          return;
        }
        try {
          const ready = run
            .withSuccessHandler((value: unknown) => {
              if (!isResult(value)) {
                reject(failureMessage(new Error(`Kết quả không đúng dạng từ ${String(name)}`)));
              } else if (value.ok) {
                resolve(value.value as ServerValue<typeof name>);
              } else {
                reject(new BridgeError(value.message));
              }
            })
            .withFailureHandler((error: unknown) => reject(failureMessage(error)));
          const fn = ready[name];
          if (typeof fn !== 'function') {
            reject(failureMessage(new Error(`Không có hàm ${String(name)} trên máy chủ`)));
            return;
          }
          (fn as (...a: unknown[]) => void).apply(ready, args);
        } catch (error) {
          reject(failureMessage(error));
        }
      });
    },
  };
}

/** Any rejection as a BridgeError (our own code's bugs included). */
export function asBridgeError(error: unknown): BridgeError {
  return error instanceof BridgeError ? error : failureMessage(error);
}
