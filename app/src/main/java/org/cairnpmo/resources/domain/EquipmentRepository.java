package org.cairnpmo.resources.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface EquipmentRepository extends JpaRepository<Equipment, Long> {}
