package org.cairnpmo.support;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A database of its own for a test application that must not share rows with the others (the demo,
 * the synthetic data): an in-memory H2 database of that name, or on PostgreSQL (CI sets
 * SPRING_DATASOURCE_URL) a schema of that name in the same database.
 */
public final class TestDatabase {

  private TestDatabase() {}

  /** Points the application at the database called {@code name}. */
  public static void use(DynamicPropertyRegistry registry, String name) {
    String url = System.getenv("SPRING_DATASOURCE_URL");
    if (url != null && url.startsWith("jdbc:postgresql:")) {
      String schema = name.replace('-', '_');
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
