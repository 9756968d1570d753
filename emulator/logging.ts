/**
 * Logger (an Apps Script service, counted) and console (a language feature,
 * not counted). Both are recorded in `emu.logs`; console output is printed
 * only when the emulator was created with `echoConsole: true`.
 */
import { format } from 'node:util';
import { Emulated, ENV, asApi, countCalls } from './counted';
import type { Env, LogEntry } from './env';

type LoggerApi = GoogleAppsScript.Base.Logger;

const LOGGER_API = ['clear', 'getLog', 'log'] as const satisfies readonly (keyof LoggerApi)[];

export class EmuLogger extends Emulated implements Pick<LoggerApi, (typeof LOGGER_API)[number]> {
  clear(): void {
    const logs = this[ENV].logs;
    for (let i = logs.length - 1; i >= 0; i--) if (logs[i].source === 'Logger') logs.splice(i, 1);
  }

  getLog(): string {
    return this[ENV].logs
      .filter((e) => e.source === 'Logger')
      .map((e) => `${e.message}\n`)
      .join('');
  }

  log(data: unknown, ...values: unknown[]): LoggerApi {
    this[ENV].logs.push({ source: 'Logger', level: 'log', message: format(data, ...values) });
    return asApi(this);
  }
}
countCalls(EmuLogger, 'Logger', LOGGER_API);

/** The script's `console`: recorded, printed only on request, never counted. */
export function scriptConsole(env: Env): Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'time' | 'timeEnd'> {
  const timers = new Map<string, number>();
  const write =
    (level: LogEntry['level']) =>
    (...args: unknown[]) => {
      const message = format(...args);
      env.logs.push({ source: 'console', level, message });
      if (env.settings.echoConsole) console[level](message);
    };
  return {
    log: write('log'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    time: (label = 'default') => void timers.set(label, env.clock.now()),
    timeEnd: (label = 'default') => {
      const start = timers.get(label);
      if (start !== undefined) write('info')(`${label}: ${env.clock.now() - start}ms`);
    },
  };
}
