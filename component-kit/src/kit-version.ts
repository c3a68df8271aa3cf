/**
 * This kit's version, recorded as the host version of `@sprout/component-kit` in the
 * manifests it builds. A constant, not a read of package.json, so the published bundle
 * (dist/, laid out differently) says the same; a test keeps it equal to package.json.
 */
export const KIT_VERSION = '0.1.0';
