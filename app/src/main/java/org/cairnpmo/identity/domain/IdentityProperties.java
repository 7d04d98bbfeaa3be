package org.cairnpmo.identity.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
public record IdentityProperties(
    @DefaultValue Admin admin,
    @DefaultValue Security security,
    @DefaultValue Identity identity,
    @DefaultValue Sso sso) {

  public record Admin(@DefaultValue("") String password) {}

  /**
   * {@code passwordHashCost} is BCrypt's log2 work factor for new password hashes: 10 (Spring
   * Security's default) unless set; the tests lower it, as every fixture person gets a hash. An
   * address with {@code maxFailedLoginsPerAddress} failed sign-ins within {@code addressWindow} (to
   * any accounts, known or not) is refused until the window ends: the account lockout alone lets
   * one address try five passwords on every account.
   */
  public record Security(
      @DefaultValue("5") int maxFailedLogins,
      @DefaultValue("15m") Duration lockout,
      @DefaultValue("10") @Min(4) @Max(31) int passwordHashCost,
      @DefaultValue("50") @Min(1) int maxFailedLoginsPerAddress,
      @DefaultValue("15m") Duration addressWindow) {}

  /**
   * {@code localLogin} false ({@code cairn.identity.local-login}) refuses sign-in with a password
   * (the form and HTTP Basic) to everyone but administrators, who keep it as the way in when the
   * provider fails; personal access tokens still work.
   */
  public record Identity(@DefaultValue("true") boolean localLogin) {}

  /**
   * Single sign-on: the claim a new person's username comes from ({@code email} when it is
   * missing).
   */
  public record Sso(@DefaultValue("preferred_username") String usernameClaim) {}
}
