-- The dashboard's figures are derived from amounts the owning modules accept, so they must hold
-- whatever those amounts produce: burn is actual cost over budget, and a budget of 0.01 against
-- an actual cost of almost a trillion overflowed numeric(12, 4), failing every refresh of the row.
-- Totals are sums of many amounts. 38 digits hold any ratio or sum of the accepted amounts.
alter table reporting_project_status alter column burn set data type numeric(38, 4);
alter table reporting_project_status alter column spi set data type numeric(38, 4);
alter table reporting_project_status alter column cpi set data type numeric(38, 4);
alter table reporting_project_status alter column bac set data type numeric(38, 2);
alter table reporting_project_status alter column actual_to_date set data type numeric(38, 2);
alter table reporting_project_month alter column planned set data type numeric(38, 2);
alter table reporting_project_month alter column actual set data type numeric(38, 2);
