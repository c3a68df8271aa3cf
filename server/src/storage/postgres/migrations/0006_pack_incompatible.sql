-- Why a pack version no longer fits the kit's interface (issue 12): set when a check finds it
-- incompatible, cleared when it fits again; the catalog shows it beside the pack.
ALTER TABLE packs ADD COLUMN incompatible_reason text;
