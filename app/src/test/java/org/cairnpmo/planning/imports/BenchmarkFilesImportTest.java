package org.cairnpmo.planning.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cairnpmo.control.ControlTestSupport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * Imports every MS Project and Primavera file of the shared benchmark folder through the API, each
 * into a project of its own: every file MPXJ reads becomes a plan, Cairn schedules it, and the
 * answer says how many tasks have the file's dates. Skipped where the folder is absent.
 */
class BenchmarkFilesImportTest extends ControlTestSupport {

  private static final Path SHARED = Path.of("../../shared/benchmarks/msproject");

  @Test
  void every_benchmark_file_imports_and_is_rescheduled_by_cairn() throws Exception {
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
    Team t = team(false);
    String path = "/api/v1/projects/" + t.id() + "/plan";
    int imported = 0;
    int compared = 0;
    int matched = 0;
    StringBuilder table = new StringBuilder();
    for (Path file : files) {
      String name = file.getFileName().toString();
      String etag = fetch(path, t.manager()).getResponse().getHeader(HttpHeaders.ETAG);
      MvcResult result =
          mvc.perform(
                  multipart(path + "/import")
                      .file(new MockMultipartFile("file", name, null, Files.readAllBytes(file)))
                      .header(HttpHeaders.IF_MATCH, etag)
                      .with(as(t.manager())))
              .andReturn();
      JsonNode answer = read(result);
      int status = result.getResponse().getStatus();
      if (status != 200) {
        assertThat(status).as(name + ": " + answer).isEqualTo(400);
        assertThat(answer.path("detail").asText()).as(name).contains("'" + name + "'");
        table
            .append(name)
            .append("\trefused: ")
            .append(answer.path("detail").asText())
            .append('\n');
        continue;
      }
      imported++;
      JsonNode dates = answer.path("dates");
      compared += dates.path("compared").asInt();
      matched += dates.path("bothMatch").asInt();
      table
          .append(name)
          .append('\t')
          .append(answer.path("tasks").asInt())
          .append(" tasks\t")
          .append(dates.path("bothMatch").asInt())
          .append('/')
          .append(dates.path("compared").asInt())
          .append('\n');
    }
    System.out.print(table);
    System.out.printf(
        "imported %d of %d files; %d of %d tasks have the file's early dates%n",
        imported, files.size(), matched, compared);
    assertThat(imported).as(table.toString()).isEqualTo(files.size());
    // 90.7 % on 2026-12-06 (6,122 of 6,749 tasks); the scheduling benchmark explains the rest
    assertThat(100.0 * matched / compared).as(table.toString()).isGreaterThanOrEqualTo(85.0);
  }
}
