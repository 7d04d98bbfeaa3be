-- The project template (practices', by id) an approval names: the project made from the proposal
-- starts from it. Null when none was named.
alter table proposal add column template_id bigint;
