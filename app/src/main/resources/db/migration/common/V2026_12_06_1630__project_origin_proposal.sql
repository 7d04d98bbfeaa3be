-- The approved proposal a project was registered from, so that its page links back to the
-- proposal and its business case. The code is kept beside the id: a reader who may not see the
-- proposal still reads where the project came from, as plain text.
alter table project add column origin_proposal_id bigint;
alter table project add column origin_proposal_code varchar(40);
