-- A course may ask a valid certification of a scheme besides its prerequisite courses; the PMO may
-- enroll someone who lacks them, and the reason it gave stays on the enrollment.
alter table lrn_course add column prerequisite_certification varchar(20);
alter table lrn_enrollment add column prerequisite_override varchar(1000);
