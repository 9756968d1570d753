/**
 * Writes the Word plans of fixtures/docx-plans.ts to samples/*.docx:
 * `npx tsx scripts/make-sample-docx.ts`. The files are committed so that
 * `npm run -s cli -- import samples/<plan>.docx --out x.json` works without
 * this step; the tests build the same documents in memory.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPlanDocx, docxPlans } from '../fixtures/docx-plans';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const plan of docxPlans) {
  const path = join(root, 'samples', `${plan.name}.docx`);
  writeFileSync(path, await buildPlanDocx(plan));
  process.stdout.write(`${path}\n`);
}
