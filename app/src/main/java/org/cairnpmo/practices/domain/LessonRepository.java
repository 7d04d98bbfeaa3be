package org.cairnpmo.practices.domain;

import java.util.List;
import org.cairnpmo.practices.LessonStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface LessonRepository extends JpaRepository<Lesson, Long>, JpaSpecificationExecutor<Lesson> {

  List<Lesson> findByStatusNot(LessonStatus status);
}
