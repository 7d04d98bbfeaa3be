package org.cairnpmo.platform.history;

import java.time.Clock;
import java.util.List;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Hands the change log's listener to Hibernate as it builds the session factory. */
@Configuration(proxyBeanMethods = false)
class HistoryConfig {

  @Bean
  HibernatePropertiesCustomizer historyListener(Clock clock) {
    ChangeListener listener = new ChangeListener(clock);
    Integrator integrator =
        new Integrator() {
          @Override
          public void integrate(
              Metadata metadata,
              BootstrapContext bootstrap,
              SessionFactoryImplementor sessionFactory) {
            EventListenerRegistry events =
                sessionFactory.getServiceRegistry().getService(EventListenerRegistry.class);
            events.appendListeners(EventType.POST_INSERT, listener);
            events.appendListeners(EventType.POST_UPDATE, listener);
            events.appendListeners(EventType.POST_DELETE, listener);
            events.appendListeners(EventType.PRE_COLLECTION_UPDATE, listener);
            events.appendListeners(EventType.PRE_COLLECTION_REMOVE, listener);
            events.appendListeners(EventType.POST_COLLECTION_RECREATE, listener);
          }
        };
    return properties ->
        properties.put(
            "hibernate.integrator_provider", (IntegratorProvider) () -> List.of(integrator));
  }
}
