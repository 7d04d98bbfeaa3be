package org.cairnpmo.integration.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface WebhookAttemptRepository extends JpaRepository<WebhookAttempt, Long> {

  List<WebhookAttempt> findByDeliveryIdOrderByAttemptAsc(long deliveryId);
}
