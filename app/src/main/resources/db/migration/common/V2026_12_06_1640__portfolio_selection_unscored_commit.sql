-- A scenario committed while selected proposals had no score records which ones and the reason
-- the PMO gave for deciding without their scores.
ALTER TABLE selection_scenario ADD COLUMN unscored_proposals VARCHAR(2000);
ALTER TABLE selection_scenario ADD COLUMN unscored_reason VARCHAR(2000);
