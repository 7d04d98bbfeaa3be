package org.cairnpmo.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base for the tests of the demo organization. They share one application with the demo loaded, in
 * a database of its own (a separate in-memory H2, or a separate schema when the suite runs on
 * PostgreSQL), so that its sixty people never show up in other tests, and the demo (with its
 * optimizer runs) is loaded once for all of them rather than once per test class. Five synthetic
 * projects ({@code cairn.demo.projects=5}) come with it, for the tests of the synthetic data. The
 * application runs as if today were {@link #DEMO_TODAY}, so that these tests do not change their
 * meaning as the calendar moves past the demo's dates.
 */
@SpringBootTest(
    properties = {
      "cairn.demo.enabled=true",
      "cairn.demo.projects=5",
      "cairn.clock.today=" + DemoDataTest.DEMO_TODAY
    })
@AutoConfigureMockMvc
public abstract class DemoDataTest {

  /**
   * The day the demo's tests run as: the demo's projects have fixed dates, and what they show (work
   * under way, a clash to level, reports due) is written for the weeks around this day.
   */
  public static final String DEMO_TODAY = "2026-12-07";

  @DynamicPropertySource
  static void demoDatabase(DynamicPropertyRegistry registry) {
    TestDatabase.use(registry, "demo-test");
  }
}
