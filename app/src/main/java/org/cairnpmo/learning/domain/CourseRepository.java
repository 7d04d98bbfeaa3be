package org.cairnpmo.learning.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CourseRepository extends JpaRepository<Course, Long>, JpaSpecificationExecutor<Course> {}
