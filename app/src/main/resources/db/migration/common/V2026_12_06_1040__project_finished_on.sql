-- The day a project became closed or cancelled: actual costs dated up to 90 days later are still
-- accepted (late invoices), everything else about the project is read-only from then on.
alter table project add column finished_on date;

-- Projects already finished: the day their status last changed to Closed or Cancelled in the
-- history, else the day their record last changed.
update project
   set finished_on = coalesce(
       (select cast(max(c.changed_at) as date)
          from project_change c
         where c.project_id = project.id
           and c.field = 'Status'
           and c.new_value in ('Closed', 'Cancelled')),
       cast(updated_at as date))
 where status in ('CLOSED', 'CANCELLED');
