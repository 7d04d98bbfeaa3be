-- Other names of a catalog role, as proposals and plans call it ("Software engineer" for the
-- catalog's "Senior Java developer"). Matched ignoring case; the service keeps every name and other
-- name unique across the catalog.
create table res_role_alias (
    role_id bigint       not null references res_role (id),
    alias   varchar(120) not null,
    constraint uk_res_role_alias unique (role_id, alias)
);
