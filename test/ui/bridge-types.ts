/**
 * Compile-time checks of the bridge (run by `npm run typecheck`, not by
 * vitest): the names and argument types come from ServerApi, so a renamed
 * or retyped server function breaks these lines or the sidebar's calls.
 */
import type { PlanOverview, SetupReport } from '../../src/server/api';
import { createBridge } from '../../src/ui/bridge';

export async function bridgeTypeChecks(): Promise<void> {
  const bridge = createBridge(() => null);
  const overview: PlanOverview = await bridge.call('getOverview');
  const report: SetupReport = await bridge.call('setupTabs', { framework: 'TT57/2026' });
  await bridge.call('goToCell', 'Tiêu chuẩn 1', 'C3');
  await bridge.call('shareDocument', { emails: [], role: 'commenter', message: '' });
  // @ts-expect-error: no such server function
  await bridge.call('checkPlans');
  // @ts-expect-error: goToCell takes (sheet, cell)
  await bridge.call('goToCell', 'Tiêu chuẩn 1');
  // @ts-expect-error: role is reader or commenter
  await bridge.call('shareDocument', { emails: [], role: 'writer', message: '' });
  // @ts-expect-error: the value is unwrapped from Result, not the Result itself
  const wrapped: { ok: true } = await bridge.call('checkPlan');
  void overview;
  void report;
  void wrapped;
}
