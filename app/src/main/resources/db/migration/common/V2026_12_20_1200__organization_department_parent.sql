-- A department may sit under another (a unit of a division): set by the bulk import.
ALTER TABLE department ADD COLUMN parent_id BIGINT;
ALTER TABLE department ADD CONSTRAINT fk_department_parent FOREIGN KEY (parent_id) REFERENCES department (id);
