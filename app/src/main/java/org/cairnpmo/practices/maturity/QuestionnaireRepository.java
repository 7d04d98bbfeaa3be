package org.cairnpmo.practices.maturity;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuestionnaireRepository extends JpaRepository<Questionnaire, Long> {

  List<Questionnaire> findAllByOrderByNameAsc();

  boolean existsByNameIgnoreCase(String name);

  boolean existsByNameIgnoreCaseAndIdNot(String name, long id);
}
