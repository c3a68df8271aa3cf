import { parseVersion } from './semver.ts';

/**
 * The major version of React this Sprout's pages hand to widgets (one React per page). A
 * widget built against another major would half-work, so such a pack is refused at install
 * and shown as incompatible after an upgrade of Sprout. A runtime test keeps this in step
 * with the runtime's own dependency.
 */
export const HOST_REACT_MAJOR = 19;

/**
 * Why the host versions a pack was built against do not fit this Sprout, or undefined.
 * @example hostIncompatibility({ react: '18.3.1' }) // 'react 18.3.1 …'
 */
export function hostIncompatibility(host: Readonly<Record<string, string>>): string | undefined {
  const react = host.react;
  if (react === undefined) return undefined;
  const major = parseVersion(react)?.[0];
  return major === HOST_REACT_MAJOR
    ? undefined
    : `react ${react} ≠ ${HOST_REACT_MAJOR}.x (built against another React than this Sprout serves)`;
}
