-- A project brought into Cairn mid-way starts at its real phase: the gates before it are recorded
-- as passed on record (a note such as "Passed before Cairn", who recorded it and when), with no
-- review and no decision, since the board that passed them did not meet in Cairn.
alter table gov_gate add column passage_note varchar(200);
alter table gov_gate add column passage_recorded_by varchar(100);
alter table gov_gate add column passage_recorded_at timestamp with time zone;

-- A lifecycle whose first gate is the investment decision: a project made from an approved
-- proposal has passed it at the approval.
alter table gov_lifecycle add column approval_first boolean default false not null;
