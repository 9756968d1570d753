/** The typed bridge over google.script.run, without a browser, against the real built Code.js on the emulator. */
import { describe, expect, it } from 'vitest';
import { BridgeError, createBridge, failureMessage, NO_SERVER_MESSAGE, type ScriptRunner } from '../../src/ui/bridge';
import { RealServer } from './real-server';

/** A google.script.run lookalike over the real built server, answering asynchronously like google.script.run. */
function runnerFor(server: RealServer): ScriptRunner {
  const make = (success: ((v: unknown) => void) | null, failure: ((e: unknown) => void) | null): ScriptRunner =>
    new Proxy({} as ScriptRunner, {
      get(_target, property: string) {
        if (property === 'withSuccessHandler') return (handler: (v: unknown) => void) => make(handler, failure);
        if (property === 'withFailureHandler') return (handler: (e: unknown) => void) => make(success, handler);
        return (...args: unknown[]) => {
          void server.run(property, args).then((answer) => (answer.ok ? success?.(answer.value) : failure?.(new Error(answer.error))));
        };
      },
    });
  return make(null, null);
}

describe('bridge', () => {
  it('resolves with the value of an ok Result', async () => {
    const server = new RealServer();
    const bridge = createBridge(() => runnerFor(server));
    const overview = await bridge.call('getOverview');
    expect(overview.schoolName).toBe('Trường Tiểu học An Khang');
    await bridge.call('goToCell', 'Tiêu chuẩn 1', 'C3');
    expect(server.selection).toEqual({ sheet: 'Tiêu chuẩn 1', cell: 'C3' });
    expect(server.calls.map((c) => c.name)).toEqual(['getOverview', 'goToCell']);
  });

  it('rejects with the server message of a failed Result', async () => {
    const server = new RealServer();
    server.failNext('checkPlan', { kind: 'result', message: 'Kế hoạch còn lỗi.' });
    const error = await createBridge(() => runnerFor(server))
      .call('checkPlan')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BridgeError);
    expect((error as BridgeError).message).toBe('Kế hoạch còn lỗi.');
    expect((error as BridgeError).detail).toBeNull();
  });

  it('turns a thrown call into a Vietnamese message, keeping one line of detail', async () => {
    const server = new RealServer();
    server.failNext('writeSummary', { kind: 'throw', message: 'ReferenceError: x is not defined\n    at writeSummary (Code:12:3)' });
    const error = (await createBridge(() => runnerFor(server))
      .call('writeSummary')
      .catch((e: unknown) => e)) as BridgeError;
    expect(error.message).toMatch(/^Máy chủ của tiện ích gặp lỗi/);
    expect(error.detail).toBe('ReferenceError: x is not defined');
  });

  it.each([
    ['Authorization is required to perform that action.', 'cấp quyền'],
    ['Exceeded maximum execution time', 'quá lâu'],
    ['NetworkError: Connection failure due to HTTP 0', 'Mất kết nối mạng'],
    ['Lock timeout: another process was holding the lock for too long.', 'Một người khác'],
  ])('explains %s in Vietnamese', (raw, words) => {
    expect(failureMessage(new Error(raw)).message).toContain(words);
  });

  it('says where to open the sidebar when there is no google.script.run', async () => {
    const error = (await createBridge(() => null)
      .call('getOverview')
      .catch((e: unknown) => e)) as BridgeError;
    expect(error.message).toBe(NO_SERVER_MESSAGE);
  });

  it('a malformed answer is a failure, not a crash', async () => {
    const runner = new Proxy({} as ScriptRunner, {
      get(_t, property: string) {
        if (property === 'withSuccessHandler') return (handler: (v: unknown) => void) => ({ withFailureHandler: () => ({ getOverview: () => handler(42) }) });
        return undefined;
      },
    });
    const error = (await createBridge(() => runner)
      .call('getOverview')
      .catch((e: unknown) => e)) as BridgeError;
    expect(error).toBeInstanceOf(BridgeError);
    expect(error.message).toMatch(/^Máy chủ của tiện ích/);
  });
});
