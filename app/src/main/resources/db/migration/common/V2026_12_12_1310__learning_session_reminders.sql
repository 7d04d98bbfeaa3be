-- When the reminder of a confirmed seat was sent, so that it goes out once.
alter table lrn_enrollment add column reminded_at timestamp with time zone;
