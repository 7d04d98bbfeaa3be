package org.cairnpmo.organization.domain;

import org.cairnpmo.platform.history.HistoryRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Departments are known to everyone, so is how they changed. */
@Configuration(proxyBeanMethods = false)
class OrganizationHistory {

  @Bean
  HistoryRules organizationHistoryRules() {
    return HistoryRules.forEveryone("department");
  }
}
