-- Archive: the bytes of document and template versions when they are kept in the database (the
-- default). H2 streams a blob; PostgreSQL's twin of this table uses bytea.
create table arc_blob (
    blob_key   varchar(80) primary key,
    size_bytes bigint      not null,
    content    blob        not null
);
