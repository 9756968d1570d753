import type { Criterion, Framework } from '../frameworks/types';
import { formatLevel } from '../parse/level';
import type { LevelValue } from '../parse/types';
import type { TypedCell } from '../workbook/typed-cell';

/** A level cell (read once by the reader) understood against a criterion: the level, or why it cannot be one. */
export type LevelReading =
  { kind: 'blank' } | { kind: 'level'; level: number } | { kind: 'unreadable'; text: string } | { kind: 'above-max'; level: number; maxLevel: number };

export function readLevel(cell: TypedCell<LevelValue>, criterion: Criterion | undefined): LevelReading {
  const text = cell.text;
  if (text === '') return { kind: 'blank' };
  const parsed = cell.value;
  if (!parsed || parsed.kind !== 'level') return { kind: 'unreadable', text };
  if (criterion && parsed.level > criterion.maxLevel) {
    return { kind: 'above-max', level: parsed.level, maxLevel: criterion.maxLevel };
  }
  return { kind: 'level', level: parsed.level };
}

/** `Chưa đạt`, `Mức 1`, … up to the criterion's highest level: what the dropdown offers. */
export function levelChoices(maxLevel: number): string[] {
  const choices = [formatLevel(0)];
  for (let level = 1; level <= maxLevel; level++) choices.push(formatLevel(level));
  return choices;
}

/** The highest level any criterion of the framework has. */
export function frameworkMaxCriterionLevel(framework: Framework): number {
  return Math.max(...framework.standards.flatMap((standard) => standard.criteria.map((criterion) => criterion.maxLevel)));
}
