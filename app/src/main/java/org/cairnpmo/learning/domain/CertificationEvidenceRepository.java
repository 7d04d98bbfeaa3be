package org.cairnpmo.learning.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface CertificationEvidenceRepository extends JpaRepository<CertificationEvidence, Long> {}
