-- Why a pack cannot run on this Sprout (set by the startup check after an upgrade), or NULL.
ALTER TABLE packs ADD COLUMN incompatible_reason text;
