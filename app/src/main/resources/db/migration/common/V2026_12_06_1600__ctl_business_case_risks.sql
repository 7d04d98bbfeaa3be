-- Project control: the projects whose RAID log received the risks of the business case they were
-- approved from. One row per project, written in the same transaction as the risks, so that a
-- redelivered ProjectFromProposal event adds nothing.

create table ctl_business_case_carryover (
    project_id  bigint       not null primary key references project (id),
    proposal_id bigint       not null,
    risks       integer      not null,
    carried_at  timestamp with time zone not null
);
