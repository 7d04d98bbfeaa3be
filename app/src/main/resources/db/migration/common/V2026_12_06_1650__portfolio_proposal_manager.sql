-- A proposal names its proposed project manager; the approval passes it on to the project.
alter table proposal add column manager_id bigint references app_user (id);
