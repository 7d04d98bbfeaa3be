package org.cairnpmo.integration.domain;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface WebhookDeliveryRepository extends JpaRepository<WebhookDelivery, Long> {

  Page<WebhookDelivery> findByWebhookId(long webhookId, Pageable pageable);

  Optional<WebhookDelivery> findByIdAndWebhookId(long id, long webhookId);
}
