-- Sprout on PostgreSQL, step 6: why an installed pack no longer fits this Sprout (component
-- API or host versions), decided once at startup after an upgrade instead of on every read.

ALTER TABLE packs ADD COLUMN incompatible_reason text;
