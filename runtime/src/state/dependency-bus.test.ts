import { describe, expect, it, vi } from 'vitest';
import { createDependencyBus } from './dependency-bus.ts';

describe('createDependencyBus', () => {
  it('notifies only the listeners of the changed path and its ancestors', () => {
    const bus = createDependencyBus();
    const travel = vi.fn();
    const members = vi.fn();
    const rowAge = vi.fn();
    const other = vi.fn();
    bus.subscribe(['travel'], travel);
    bus.subscribe(['members'], members);
    bus.subscribe(['members.0.age'], rowAge);
    bus.subscribe(['name'], other);
    bus.notify('members.0.age');
    expect([travel, members, rowAge, other].map((f) => f.mock.calls.length)).toEqual([0, 1, 1, 0]);
    bus.notify('travel');
    expect(travel).toHaveBeenCalledTimes(1);
    expect(other).not.toHaveBeenCalled();
  });

  it('notifies readers below a list when the list itself changes, and everyone for an unknown change', () => {
    const bus = createDependencyBus();
    const rowAge = vi.fn();
    const name = vi.fn();
    bus.subscribe(['members.1.age'], rowAge);
    bus.subscribe(['name'], name);
    bus.notify('members');
    expect(rowAge).toHaveBeenCalledTimes(1);
    expect(name).not.toHaveBeenCalled();
    bus.notify(undefined);
    expect(name).toHaveBeenCalledTimes(1);
  });

  it('calls a listener once per change even when it reads several changed paths, and stops after unsubscribe', () => {
    const bus = createDependencyBus();
    const l = vi.fn();
    const off = bus.subscribe(['members', 'members.0.age'], l);
    bus.notify('members.0.age');
    expect(l).toHaveBeenCalledTimes(1);
    off();
    bus.notify('members.0.age');
    expect(l).toHaveBeenCalledTimes(1);
  });
});
