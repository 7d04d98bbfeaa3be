package org.cairnpmo.practices.domain;

import java.util.List;
import org.cairnpmo.practices.PromotionTarget;
import org.springframework.data.jpa.repository.JpaRepository;

interface LessonPromotionRepository extends JpaRepository<LessonPromotion, Long> {

  List<LessonPromotion> findByLessonIdOrderByIdAsc(long lessonId);

  List<LessonPromotion> findByTargetKindAndTargetIdOrderByIdAsc(
      PromotionTarget targetKind, long targetId);
}
