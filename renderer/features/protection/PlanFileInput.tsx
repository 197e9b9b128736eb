import type { Ref } from 'react';
import type { PlanFileToOpen } from './PassphrasePrompt';

/** What the file chooser offers when a plan file is opened: saved plans and protected plans. */
const PLAN_FILE_TYPES = '.json,.braid.json,.protected,application/json';

/**
 * The hidden file input behind an "Open a plan file…" button: the chosen file is read (its
 * passphrase asked for when it is protected, by `planFileToOpen` of usePlanFilePicker) and handed
 * on as what 'plan:open' needs; the input is cleared so the same file can be chosen again.
 */
export function PlanFileInput({ ref, label, testId, planFileToOpen, onOpen }: {
  ref: Ref<HTMLInputElement>;
  label: string;
  testId?: string;
  planFileToOpen(file: File): Promise<PlanFileToOpen | null>;
  onOpen(request: PlanFileToOpen): Promise<unknown>;
}) {
  return (
    <input
      ref={ref}
      type="file"
      accept={PLAN_FILE_TYPES}
      hidden
      aria-label={label}
      data-testid={testId}
      onChange={async (event) => {
        const file = event.target.files?.[0];
        event.target.value = '';
        const request = file && (await planFileToOpen(file));
        if (request) await onOpen(request);
      }}
    />
  );
}
