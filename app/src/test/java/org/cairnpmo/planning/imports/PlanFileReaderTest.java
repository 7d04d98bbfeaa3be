package org.cairnpmo.planning.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.cairnpmo.planning.DependencyType;
import org.cairnpmo.planning.LagKind;
import org.cairnpmo.planning.PlanImport;
import org.cairnpmo.planning.PlanImport.ImportTask;
import org.cairnpmo.planning.TaskConstraint;
import org.cairnpmo.planning.TaskKind;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.mpxj.MPXJException;

class PlanFileReaderTest {

  private static final Path SHARED = Path.of("../../shared/benchmarks/msproject");

  private final PlanFileReader reader = new PlanFileReader(10 * 1024 * 1024);

  static InputStream smallPlan() {
    return PlanFileReaderTest.class.getResourceAsStream("/planning/small-plan.xml");
  }

  private FilePlan read(String name, InputStream content) {
    return FilePlanReader.read(name, reader.read(name, content), Set.of());
  }

  private static ImportTask task(PlanImport plan, String name) {
    return plan.tasks().stream()
        .filter(t -> t.data().name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void an_MS_Project_XML_file_becomes_a_plan_with_its_outline_links_and_calendar() {
    FilePlan file = read("small-plan.xml", smallPlan());
    PlanImport plan = file.plan();

    assertThat(file.format()).isEqualTo("MSPDI");
    assertThat(plan.tasks())
        .extracting(t -> t.data().name() + "@" + t.outlineLevel())
        .containsExactly("Design@1", "Specification@2", "Review@2", "Build@1", "Go-live@1");
    assertThat(plan.settings().start()).isEqualTo(LocalDateTime.of(2027, 1, 4, 8, 0));
    assertThat(plan.links())
        .extracting(l -> l.type() + " " + l.lagValue() + " " + l.lagKind())
        .containsExactlyInAnyOrder(
            DependencyType.FS + " 480 " + LagKind.WORKING,
            DependencyType.SS + " 0 " + LagKind.WORKING,
            DependencyType.FS + " 0 " + LagKind.WORKING,
            DependencyType.FF + " 2880 " + LagKind.ELAPSED);
    assertThat(plan.calendars()).hasSize(1);
    assertThat(plan.calendars().get(0).name()).isEqualTo("Plant");
    assertThat(plan.settings().calendarKey()).isEqualTo(plan.calendars().get(0).key());
    assertThat(plan.calendars().get(0).exceptions())
        .anySatisfy(
            e -> {
              assertThat(e.firstDay()).isEqualTo(LocalDate.of(2027, 1, 12));
              assertThat(e.working()).isFalse();
            });
  }

  @Test
  void a_task_keeps_its_constraint_progress_estimate_deadline_resources_and_baseline() {
    PlanImport plan = read("small-plan.xml", smallPlan()).plan();

    var build = task(plan, "Build").data();
    assertThat(build.durationMinutes()).isEqualTo(1440);
    assertThat(build.constraintType()).isEqualTo(TaskConstraint.START_NO_EARLIER_THAN);
    assertThat(build.constraintDate()).isEqualTo(LocalDateTime.of(2027, 1, 11, 8, 0));
    assertThat(build.actualStart()).isEqualTo(LocalDateTime.of(2027, 1, 11, 8, 0));
    assertThat(build.percentComplete()).isNotNull();
    assertThat(build.priority()).isEqualTo(700);
    assertThat(build.notes()).isEqualTo("Machines arrive on the 11th");
    assertThat(build.estimate().optimisticMinutes()).isEqualTo(960);
    assertThat(build.estimate().mostLikelyMinutes()).isEqualTo(1440);
    assertThat(build.estimate().pessimisticMinutes()).isEqualTo(2880);
    var goLive = task(plan, "Go-live").data();
    assertThat(goLive.kind()).isEqualTo(TaskKind.MILESTONE);
    assertThat(goLive.deadline()).isEqualTo(LocalDateTime.of(2027, 1, 15, 17, 0));
    assertThat(plan.resources()).extracting(r -> r.data().name()).containsExactly("Ana Engineer");
    assertThat(plan.requirements()).hasSize(1);
    assertThat(plan.requirements().get(0).units()).isEqualByComparingTo("0.5");
    assertThat(plan.requirements().get(0).taskKey()).isEqualTo(task(plan, "Build").key());
    assertThat(plan.baselines()).hasSize(1);
    assertThat(plan.baselines().get(0).tasks())
        .singleElement()
        .satisfies(b -> assertThat(b.finish()).isEqualTo(LocalDateTime.of(2027, 1, 13, 17, 0)));
  }

  @Test
  void a_broken_file_is_refused_naming_the_file() {
    byte[] broken =
        "<?xml version=\"1.0\"?><Project xmlns=\"http://schemas.microsoft.com/project\"><Tasks><Task>"
            .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> read("plan.xml", new ByteArrayInputStream(broken)))
        .isInstanceOf(PlanFileException.class)
        .hasMessageContaining("'plan.xml'");
  }

  @Test
  void a_file_of_no_plan_format_is_refused_naming_the_file() {
    byte[] text =
        "Just some notes about the project.\n".repeat(20).getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> read("notes.txt", new ByteArrayInputStream(text)))
        .isInstanceOf(PlanFileException.class)
        .hasMessageContaining("'notes.txt'")
        .hasMessageContaining("not a plan file");
  }

  @Test
  void an_empty_file_is_refused() {
    assertThatThrownBy(() -> read("empty.mpp", new ByteArrayInputStream(new byte[0])))
        .isInstanceOf(PlanFileException.class)
        .hasMessage("'empty.mpp' is empty.");
  }

  @Test
  void archives_and_databases_are_refused_before_they_are_opened() {
    byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0};
    byte[] sqlite = "SQLite format 3\0 and more".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> read("plan.zip", new ByteArrayInputStream(zip)))
        .hasMessageContaining("'plan.zip' is a compressed archive");
    assertThatThrownBy(() -> read("plan.db", new ByteArrayInputStream(sqlite)))
        .hasMessageContaining("'plan.db' is a database");
  }

  @Test
  void a_file_over_the_limit_is_refused_as_too_large() {
    PlanFileReader small = new PlanFileReader(1024);
    assertThatThrownBy(() -> small.read("big.xml", smallPlan()))
        .isInstanceOfSatisfying(PlanFileException.class, e -> assertThat(e.tooLarge()).isTrue())
        .hasMessageContaining("'big.xml' is larger than 1 KB");
  }

  @Test
  void a_password_protected_file_is_named_as_such() {
    assertThat(PlanFileReader.explain(new MPXJException(MPXJException.PASSWORD_PROTECTED)))
        .contains("protected by a password");
  }

  /** Every file of the shared benchmark folder that MPXJ reads becomes a consistent plan. */
  @Test
  void every_benchmark_file_becomes_a_consistent_plan() throws IOException {
    Assumptions.assumeTrue(
        Files.isDirectory(SHARED),
        "The benchmark files are not at " + SHARED.toAbsolutePath() + ": skipped");
    List<Path> files;
    try (Stream<Path> listing = Files.list(SHARED)) {
      files =
          listing
              .filter(p -> !p.getFileName().toString().matches("(?i)README.*|SHA256SUMS"))
              .sorted()
              .toList();
    }
    int read = 0;
    for (Path path : files) {
      String name = path.getFileName().toString();
      FilePlan file;
      try (InputStream in = Files.newInputStream(path)) {
        file = read(name, in);
      } catch (PlanFileException e) {
        assertThat(e.getMessage()).as(name).contains("'" + name + "'");
        continue;
      }
      read++;
      assertConsistent(name, file.plan());
      assertThat(file.stored()).as(name).hasSize(file.plan().tasks().size());
    }
    assertThat(read).as("files read of " + files.size()).isGreaterThanOrEqualTo(30);
  }

  @Test
  void a_task_ms_project_leveled_keeps_its_leveled_start_as_a_start_no_earlier_than()
      throws IOException {
    Path path = SHARED.resolve("aspjava__CustomerFeedback.mpp");
    Assumptions.assumeTrue(Files.isRegularFile(path), "No benchmark file at " + path + ": skipped");
    FilePlan file;
    try (InputStream in = Files.newInputStream(path)) {
      file = read(path.getFileName().toString(), in);
    }
    // Six elapsed days of leveling delay after Tuesday 2 January 2007, 08:00
    ImportTask leveled = task(file.plan(), "Obtain sales objectives for the product");
    assertThat(leveled.data().constraintType()).isEqualTo(TaskConstraint.START_NO_EARLIER_THAN);
    assertThat(leveled.data().constraintDate()).isEqualTo(LocalDateTime.of(2007, 1, 8, 8, 0));
    assertThat(file.warnings())
        .contains(
            "Task 'Obtain sales objectives for the product': MS Project's leveling delayed it; it"
                + " keeps its leveled start as a start no earlier than 2007-01-08 08:00.")
        .hasSize(3);
    ImportTask notLeveled = task(file.plan(), "Obtain objectives for customer satisfaction");
    assertThat(notLeveled.data().constraintType()).isNull();
  }

  static void assertConsistent(String name, PlanImport plan) {
    assertThat(plan.tasks()).as(name).isNotEmpty();
    Set<String> keys = new HashSet<>();
    int level = 0;
    for (ImportTask task : plan.tasks()) {
      assertThat(keys.add(task.key())).as(name + " unique key " + task.key()).isTrue();
      assertThat(task.outlineLevel()).as(name + " level").isBetween(1, level + 1);
      level = task.outlineLevel();
      assertThat(task.data().name()).as(name).isNotBlank().hasSizeLessThanOrEqualTo(200);
    }
    Set<String> calendars = new HashSet<>();
    plan.calendars().forEach(c -> calendars.add(c.key()));
    assertThat(calendars).as(name).contains(plan.settings().calendarKey());
    plan.tasks().stream()
        .filter(t -> t.calendarKey() != null)
        .forEach(t -> assertThat(calendars).as(name).contains(t.calendarKey()));
    plan.links()
        .forEach(
            l -> {
              assertThat(keys).as(name).contains(l.predecessorKey(), l.successorKey());
              assertThat(l.predecessorKey()).isNotEqualTo(l.successorKey());
            });
    Set<String> resources = new HashSet<>();
    plan.resources().forEach(r -> resources.add(r.key()));
    plan.requirements()
        .forEach(
            r -> {
              assertThat(keys).as(name).contains(r.taskKey());
              assertThat(resources).as(name).contains(r.resourceKey());
            });
    plan.calendars()
        .forEach(c -> assertThat(c.exceptions()).as(name).hasSizeLessThanOrEqualTo(2000));
  }
}
