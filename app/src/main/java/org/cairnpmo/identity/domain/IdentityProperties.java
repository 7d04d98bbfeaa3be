package org.cairnpmo.identity.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Sign-in settings. {@code cairn.admin.password} comes from {@code CAIRN_ADMIN_PASSWORD} and is
 * used only when the first administrator is created.
 */
@Validated
@ConfigurationProperties(prefix = "cairn")
public record IdentityProperties(@DefaultValue Admin admin, @DefaultValue Security security) {

  public record Admin(@DefaultValue("") String password) {}

  public record Security(
      @DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockout) {}
}
