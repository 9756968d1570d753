/**
 * Tests run the BUILT bundle (build/Code.js, build/Sidebar.html), as Apps
 * Script would: build once before any test file runs.
 */
import { buildAll } from '../scripts/build';

export default async function setup(): Promise<void> {
  await buildAll();
}
