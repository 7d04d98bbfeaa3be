package org.cairnpmo.integration.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface WebhookRepository extends JpaRepository<Webhook, Long> {

  List<Webhook> findByActiveTrue();

  List<Webhook> findAllByOrderByNameAscIdAsc();
}
