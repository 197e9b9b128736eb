import type { FieldError as HookFieldError } from 'react-hook-form';

/** The id of a field's message, so the input can point at it with aria-describedby. */
const messageId = (name: string) => `field-${name.replace(/[^\w-]/g, '-')}-error`;

export function fieldProps(name: string, error: HookFieldError | undefined) {
  return error ? { 'aria-invalid': true as const, 'aria-describedby': messageId(name) } : {};
}

/** The message right next to the field it is about. */
export function FieldError({ id, error }: { id: string; error: HookFieldError | undefined }) {
  if (!error?.message) return null;
  return (
    <span className="field-error" id={messageId(id)}>
      {error.message}
    </span>
  );
}
