import { createFormControl, type FieldValues } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { readFormValue } from './read-form-value.ts';

describe('readFormValue', () => {
  const values = {
    age: 0,
    name: '',
    members: [{ age: '40' }, { age: null }],
    blank: undefined,
    nested: { a: { b: 1 } },
  };

  it('reads top-level, row and nested answers, and undefined for what is not there', () => {
    expect(readFormValue(values, 'age')).toBe(0);
    expect(readFormValue(values, 'name')).toBe('');
    expect(readFormValue(values, 'members.0.age')).toBe('40');
    expect(readFormValue(values, 'members.1.age')).toBeNull();
    expect(readFormValue(values, 'members.2.age')).toBeUndefined();
    expect(readFormValue(values, 'members.1')).toEqual({ age: null });
    expect(readFormValue(values, 'nested.a.b')).toBe(1);
    expect(readFormValue(values, 'missing')).toBeUndefined();
    expect(readFormValue(values, 'age.toFixed')).toBeUndefined();
  });

  it('never reaches a prototype', () => {
    expect(readFormValue(values, '__proto__')).toBeUndefined();
    expect(readFormValue(values, 'constructor')).toBeUndefined();
    expect(readFormValue(values, 'members.length')).toBe(2);
    expect(readFormValue(values, 'members.map')).toBeUndefined();
    expect(readFormValue(values, 'name.length')).toBeUndefined();
  });

  it("answers what react-hook-form's getValues answers, from the store it writes", () => {
    const { control, getValues, setValue, subscribe } = createFormControl<FieldValues>({
      defaultValues: { members: [{}] },
    });
    // As useForm does once mounted (before that getValues reads the defaults).
    subscribe({ formState: { values: true }, callback: () => undefined });
    setValue('age', '61');
    setValue('members.0.age', '40');
    setValue('members.1.age', '9');
    for (const path of ['age', 'members', 'members.0.age', 'members.1.age', 'members.2.age', 'none']) {
      expect(readFormValue(control._formValues, path), path).toEqual(getValues(path));
    }
  });
});
