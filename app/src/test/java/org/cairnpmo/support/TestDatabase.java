package org.cairnpmo.support;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The database a test application uses: an in-memory H2 database of that name, or on PostgreSQL (CI
 * sets SPRING_DATASOURCE_URL) a schema of that name with a suffix, {@code cairn.test.fork} where
 * the suite is split over several JVMs, so that one JVM's rows never show up in another's counts
 * and lists.
 */
public final class TestDatabase {

  private TestDatabase() {}

  /** Points the application at the database called {@code name}. */
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
