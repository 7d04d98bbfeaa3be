-- What each optimizer run was computed for, so that a run made before the scenario changed
-- cannot be committed. Runs from before this column stay committable (null).
ALTER TABLE selection_run ADD COLUMN definition_fingerprint VARCHAR(64);
