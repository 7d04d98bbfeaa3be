-- The file that proves a certification, kept apart so that lists never load it.
create table lrn_certification_evidence (
    certification_id bigint primary key references lrn_certification (id),
    content          bytea not null
);
