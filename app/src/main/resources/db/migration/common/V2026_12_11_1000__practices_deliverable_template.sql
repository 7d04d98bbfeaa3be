-- A method's deliverable may name a document template of the archive's library, by id (the
-- archive's table is not referenced: modules refer to each other by id only).
alter table prc_phase_deliverable add column template_id bigint;
