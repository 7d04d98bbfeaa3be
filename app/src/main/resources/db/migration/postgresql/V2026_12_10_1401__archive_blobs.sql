-- Archive: the bytes of document and template versions when they are kept in the database (the
-- default). bytea here, blob on H2.
create table arc_blob (
    blob_key   varchar(80) primary key,
    size_bytes bigint      not null,
    content    bytea       not null
);
