package org.cairnpmo.resources.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface JobRoleRepository extends JpaRepository<JobRole, Long> {}
