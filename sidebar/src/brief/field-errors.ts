/** Errors beside their fields (aria-invalid on the control), and the focus on the first one. */
import type { FieldError } from '../../../src/core/brief/check';
import { controlId, errorId, state } from './state';

/** Shows each field's first error: all of them, or (before the first submit) the touched fields' only. */
export function showErrors(errors: readonly FieldError[], all: boolean): void {
  for (const node of Array.from(document.querySelectorAll('.error[id^="e-"]'))) node.textContent = '';
  for (const node of Array.from(document.querySelectorAll('[aria-invalid]')))
    node.removeAttribute('aria-invalid');
  for (const error of errors) {
    if (!all && !state.touched.has(error.field)) continue;
    const node = document.getElementById(errorId(error.field));
    if (node && node.textContent === '') node.textContent = error.message;
    document.getElementById(controlId(error.field))?.setAttribute('aria-invalid', 'true');
  }
}

export function focusFirst(errors: readonly FieldError[]): void {
  for (const error of errors) {
    const target =
      document.getElementById(controlId(error.field)) ??
      document.getElementById(controlId(`${error.field}.0.item`)) ??
      document.getElementById(`add-${error.field}`);
    if (target && !target.closest('[hidden]')) {
      target.focus();
      return;
    }
  }
}
