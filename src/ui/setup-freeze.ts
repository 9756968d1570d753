/**
 * Setup's second question, asked once per spreadsheet: freeze TT and Tiêu
 * chí on the tabs the user already had (issue 18, point 11). Two named
 * buttons, never an OK/Cancel that could be misread.
 */
import type { FreezeQuestion } from '../server/api';
import { h } from './dom';

export interface FreezePanelOptions {
  onAnswer: (freeze: boolean) => void;
}

export function freezePanel(question: FreezeQuestion, options: FreezePanelOptions): HTMLElement {
  return h(
    'div',
    { class: 'decision', role: 'group', 'aria-labelledby': 'freeze-question' },
    h('p', { id: 'freeze-question', class: 'decision-question' }, question.question),
    h(
      'div',
      { class: 'row' },
      h('button', { type: 'button', class: 'primary', 'data-freeze': 'yes', on: { click: () => options.onAnswer(true) } }, 'Có, cố định cột TT và Tiêu chí'),
      h('button', { type: 'button', 'data-freeze': 'no', on: { click: () => options.onAnswer(false) } }, 'Không, giữ nguyên'),
    ),
  );
}
