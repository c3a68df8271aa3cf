import { createFormControl, type DefaultValues, type UseFormReturn } from 'react-hook-form';

/** The form's store: react-hook-form's methods without its React state (the renderer reads no formState). */
export type FormStore<V extends Record<string, unknown>> = Omit<UseFormReturn<V>, 'formState'>;

/**
 * A react-hook-form store made outside React, for one renderer instance.
 *
 * Why not `useForm`: it keeps a formState in React state and, once mounted, sets it from a
 * layout effect, which re-renders the form's root and makes React run every field's pending
 * effects before the first paint; a thousand-field form pays for that as it mounts, and the
 * renderer reads no formState. Subscribing once marks the store as mounted, as useForm does,
 * so `getValues()` answers what was stored rather than the defaults.
 * @example const [form] = useState(() => createFormStore({ name: '' }));
 */
export function createFormStore<V extends Record<string, unknown>>(defaultValues: V): FormStore<V> {
  const form = createFormControl<V>({
    defaultValues: defaultValues as DefaultValues<V>,
    mode: 'onSubmit',
    shouldUnregister: false,
  });
  form.subscribe({ formState: {}, callback: () => undefined });
  return form;
}
