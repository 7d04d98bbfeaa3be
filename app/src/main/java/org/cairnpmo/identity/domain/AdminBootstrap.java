package org.cairnpmo.identity.domain;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.NewUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.platform.DemoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the first administrator, {@code admin}, on first start. The password comes from {@code
 * CAIRN_ADMIN_PASSWORD}; without it a random one-time password is logged once and must be changed
 * at first sign-in. Only demo mode uses the well-known password {@code demo}. Nodes started
 * together on a new database race to create it: the one whose insert loses leaves it to the other.
 */
@Component
@Order(0)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AdminBootstrap implements ApplicationRunner {

  static final String ADMIN = "admin";
  private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

  private final UserRepository users;
  private final UserAccountService accounts;
  private final IdentityProperties properties;
  private final DemoProperties demo;
  private final TransactionTemplate transaction;

  @Override
  public void run(ApplicationArguments args) {
    try {
      transaction.executeWithoutResult(status -> createAdministrator());
    } catch (DataIntegrityViolationException e) {
      log.info("Another node created the administrator 'admin' at the same moment.");
    }
  }

  private void createAdministrator() {
    if (users.existsByUsernameIgnoreCase(ADMIN)) {
      return;
    }
    NewUser admin =
        new NewUser(
            ADMIN,
            "Administrator",
            null,
            "System administrator",
            null,
            Set.of(Role.ADMIN),
            null,
            false);
    String configured = properties.admin().password();
    if (configured != null && !configured.isBlank()) {
      User user = accounts.create(admin);
      user.setPassword(accounts.hash(configured), false);
      log.info("Created the administrator 'admin' with the password from CAIRN_ADMIN_PASSWORD.");
    } else if (demo.enabled()) {
      accounts.createWithHash(admin, accounts.hash("demo"));
      log.info("Demo mode: created the administrator 'admin' with the demo password.");
    } else {
      byte[] bytes = new byte[18];
      new SecureRandom().nextBytes(bytes);
      String oneTime = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      User user = accounts.create(admin);
      user.setPassword(accounts.hash(oneTime), true);
      log.warn(
          "\n\n  Created the administrator 'admin' with the one-time password: {}\n"
              + "  It is shown only now and must be changed at first sign-in."
              + " Set CAIRN_ADMIN_PASSWORD to choose it instead.\n",
          oneTime);
    }
  }
}
