-- A review may name its approvers and the rule by which their votes decide it (ALL or MAJORITY).
-- Each approver's vote is a row, its decision and comment empty until the approver votes.
alter table gov_gate_review add column vote_rule varchar(20);

create table gov_gate_vote (
    review_id   bigint       not null references gov_gate_review (id),
    sort_order  integer      not null,
    approver_id bigint       not null references app_user (id),
    decision    varchar(30),
    comment     varchar(2000),
    voted_at    timestamp with time zone,
    constraint pk_gov_gate_vote primary key (review_id, sort_order)
);
create index ix_gov_gate_vote_approver on gov_gate_vote (approver_id);
