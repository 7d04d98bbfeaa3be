package org.cairnpmo.support;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The database a test application uses. The suite runs in two JVMs at once (surefire's forks): on
 * H2 each JVM has its own in-memory databases anyway; on PostgreSQL (CI sets SPRING_DATASOURCE_URL)
 * each fork gets schemas of its own, so one fork's rows never show up in the other's counts and
 * lists.
 */
public final class TestDatabase {

  private TestDatabase() {}

  /** Points the application at the database called {@code name} of this fork. */
  public static void use(DynamicPropertyRegistry registry, String name) {
    String url = System.getenv("SPRING_DATASOURCE_URL");
    if (url != null && url.startsWith("jdbc:postgresql:")) {
      String schema = name.replace('-', '_') + "_" + System.getProperty("cairn.test.fork", "1");
      registry.add(
          "spring.datasource.url",
          () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
      registry.add("spring.flyway.schemas", () -> schema);
    } else {
      registry.add(
          "spring.datasource.url", () -> "jdbc:h2:mem:cairn-" + name + ";DB_CLOSE_DELAY=-1");
    }
  }
}
