/** Create brief: checked by the same core as the server (which has the last word), written once. */
import { checkBrief } from '../../../src/core/brief/check';
import { busyGuard } from '../dom';
import { server } from '../server';
import { cancelSave } from './draft-autosave';
import { focusFirst, showErrors } from './field-errors';
import { current, message, state } from './state';

const guard = busyGuard();

/** Checks and writes the brief; the controls are disabled while the call is in flight. */
export async function createBrief(
  controls: readonly (HTMLButtonElement | HTMLSelectElement)[],
): Promise<void> {
  state.submitted = true;
  const errors = checkBrief(current(), state.partnershipId);
  showErrors(errors, true);
  if (errors.length) {
    message.show(
      'error',
      `${errors.length === 1 ? '1 field needs' : `${errors.length} fields need`} attention (marked in red).`,
    );
    focusFirst(errors);
    return;
  }
  cancelSave();
  await guard(controls, async () => {
    message.show('info', 'Writing the brief…');
    try {
      const result = await server.createBrief(state.partnershipId, current(), state.timeZone);
      if (result.ok) message.show('ok', result.message);
      else {
        showErrors(result.errors, true);
        message.show(
          'error',
          `The server found ${result.errors.length} problem${result.errors.length > 1 ? 's' : ''} (marked in red).`,
        );
        focusFirst(result.errors);
      }
    } catch (error) {
      message.show('error', (error as Error).message);
    }
  });
}
