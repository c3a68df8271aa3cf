/** The AppDefinition format this code writes; older documents are migrated on load. */
export const CURRENT_SCHEMA_VERSION = 2;
