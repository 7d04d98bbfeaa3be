-- The capacity grid reads the requests that overlap a window, by status, in one query.
create index ix_res_request_status_days on res_request (status, last_day, first_day);
