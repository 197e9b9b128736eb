import { useController, type Control, type FieldError, type FieldValues, type Path } from 'react-hook-form';
import { SelectField, type SelectFieldProps } from '../../components/SelectField';

type Props<T extends FieldValues> = Omit<SelectFieldProps<string>, 'value' | 'onChange' | 'onBlur' | 'error'> & {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the form's output type does not matter here
  control: Control<T, any, any>;
  name: Path<T>;
  error?: FieldError;
};

/** A select bound to a react-hook-form field (the form's values stay strings, as they were with <select>). */
export function FormSelect<T extends FieldValues>({ control, name, error, ...rest }: Props<T>) {
  const { field } = useController({ control, name });
  return <SelectField {...rest} value={String(field.value ?? '')} onChange={field.onChange} onBlur={field.onBlur} error={error?.message} />;
}
