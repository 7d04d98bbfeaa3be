-- Portfolio reporting: the dashboard's read model. One row per project with its latest figures,
-- refreshed from the owning modules' change events and rebuilt in full when rows are missing.
-- Nothing here is edited by people; every value can be recomputed from the other modules.
create table reporting_project_status (
    project_id          bigint        not null primary key,
    code                varchar(40)   not null,
    name                varchar(200)  not null,
    department_id       bigint,
    department_name     varchar(200),
    category            varchar(30)   not null,
    manager_id          bigint,
    manager_name        varchar(200),
    project_status      varchar(20)   not null,
    confidential        boolean       not null,
    phase_name          varchar(120),
    -- Ratings of the latest submitted or reviewed status report (GREEN, AMBER, RED)
    overall_rag         varchar(10),
    schedule_rag        varchar(10),
    cost_rag            varchar(10),
    scope_rag           varchar(10),
    resources_rag       varchar(10),
    risk_rag            varchar(10),
    -- Trend of each rating against the report before (IMPROVING, STABLE, WORSENING, NEW)
    overall_trend       varchar(10),
    schedule_trend      varchar(10),
    cost_trend          varchar(10),
    scope_trend         varchar(10),
    resources_trend     varchar(10),
    risk_trend          varchar(10),
    last_report_on      date,
    last_period_end     date,
    next_milestone      varchar(200),
    next_milestone_on   date,
    milestone_slip_days integer,
    currency            varchar(3),
    bac                 numeric(19, 2),
    actual_to_date      numeric(19, 2),
    burn                numeric(12, 4),
    spi                 numeric(12, 4),
    cpi                 numeric(12, 4),
    -- Value: the weighted score (0-100) of the proposal the project came from, else a figure
    -- from the register's priority; value_basis says which (PROPOSAL or PRIORITY)
    value_score         numeric(7, 2),
    value_basis         varchar(10),
    open_risks          integer       not null default 0,
    risk_exposure       integer       not null default 0,
    planned_start       date,
    planned_finish      date,
    refreshed_at        timestamp with time zone not null
);
create index ix_reporting_status_department on reporting_project_status (department_id);
create index ix_reporting_status_category on reporting_project_status (category);
create index ix_reporting_status_manager on reporting_project_status (manager_id);
create index ix_reporting_status_phase on reporting_project_status (phase_name);
create index ix_reporting_status_status on reporting_project_status (project_status);
create index ix_reporting_status_rag on reporting_project_status (overall_rag);
create index ix_reporting_status_code on reporting_project_status (code);
create index ix_reporting_status_report on reporting_project_status (last_report_on);

-- Planned and actual cost per project and month (YYYY-MM), so that "budget against actuals by
-- month" is one GROUP BY for any filter of the dashboard.
create table reporting_project_month (
    project_id bigint         not null,
    period     varchar(7)     not null,
    planned    numeric(19, 2) not null,
    actual     numeric(19, 2),
    constraint pk_reporting_project_month primary key (project_id, period)
);
