package org.cairnpmo.portfolio.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface StrategicObjectiveRepository extends JpaRepository<StrategicObjective, Long> {}
