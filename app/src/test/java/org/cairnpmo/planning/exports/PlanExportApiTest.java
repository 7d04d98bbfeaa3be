package org.cairnpmo.planning.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cairnpmo.control.ControlTestSupport;
import org.cairnpmo.identity.UserSummary;
import org.junit.jupiter.api.Test;
import org.mpxj.ProjectFile;
import org.mpxj.Task;
import org.mpxj.reader.UniversalProjectReader;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

class PlanExportApiTest extends ControlTestSupport {

  static String plan(Team t) {
    return "/api/v1/projects/" + t.id() + "/plan";
  }

  /** A project whose plan is the small MS Project file. */
  Team planned(boolean confidential) throws Exception {
    Team t = team(confidential);
    String etag = fetch(plan(t), t.manager()).getResponse().getHeader(HttpHeaders.ETAG);
    byte[] file = getClass().getResourceAsStream("/planning/small-plan.xml").readAllBytes();
    mvc.perform(
            multipart(plan(t) + "/import")
                .file(new MockMultipartFile("file", "small-plan.xml", "application/xml", file))
                .header(HttpHeaders.IF_MATCH, etag)
                .with(as(t.manager())))
        .andExpect(status().isOk());
    return t;
  }

  MvcResult download(String path, UserSummary who) throws Exception {
    return mvc.perform(get(path).with(as(who))).andReturn();
  }

  Map<String, JsonNode> tasksByName(Team t) throws Exception {
    Map<String, JsonNode> byName = new HashMap<>();
    read(fetch(plan(t) + "/tasks?size=200", t.manager()))
        .path("content")
        .forEach(n -> byName.put(n.path("name").asText(), n));
    return byName;
  }

  @Test
  void an_imported_plan_exports_as_MSPDI_that_reads_back_with_the_same_tasks_and_dates()
      throws Exception {
    Team t = planned(false);
    Map<String, JsonNode> tasks = tasksByName(t);

    MvcResult result = download(plan(t) + "/file", t.member());

    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
        .contains("attachment")
        .contains("-plan.xml");
    ProjectFile file =
        new UniversalProjectReader()
            .read(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
    List<Task> written =
        file.getTasks().stream()
            .filter(x -> x.getUniqueID() != null && x.getUniqueID() > 0)
            .toList();
    assertThat(written)
        .extracting(Task::getName)
        .containsExactlyInAnyOrderElementsOf(tasks.keySet());
    for (Task task : written) {
      JsonNode ours = tasks.get(task.getName());
      assertThat(task.getStart())
          .as(task.getName())
          .isEqualTo(LocalDateTime.parse(ours.path("start").asText()));
      assertThat(task.getFinish())
          .as(task.getName())
          .isEqualTo(LocalDateTime.parse(ours.path("finish").asText()));
    }
    assertThat(file.getRelations()).hasSize(4);
  }

  @Test
  void the_plan_exports_as_PMXML_and_XER_that_MPXJ_reads() throws Exception {
    Team t = planned(false);
    for (String format : List.of("PMXML", "XER")) {
      MvcResult result = download(plan(t) + "/file?format=" + format, t.manager());
      assertThat(result.getResponse().getStatus()).as(format).isEqualTo(200);
      ProjectFile file =
          new UniversalProjectReader()
              .read(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
      assertThat(file.getProjectProperties().getFileType()).isEqualTo(format);
      assertThat(file.getRelations()).as(format).hasSize(4);
    }
    mvc.perform(get(plan(t) + "/file?format=MPP").with(as(t.manager())))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
  }

  @Test
  void the_task_table_exports_as_a_spreadsheet_in_outline_order() throws Exception {
    Team t = planned(false);
    MvcResult result = download(plan(t) + "/tasks.xlsx", t.member());

    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    try (XSSFWorkbook book =
        new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("WBS");
      assertThat(sheet.getLastRowNum()).isEqualTo(2 + 5);
      assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Design");
      assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("  Specification");
      assertThat(sheet.getRow(6).getCell(3).getNumericCellValue()).isEqualTo(3.0);
      assertThat(sheet.getRow(6).getCell(4).getLocalDateTimeCellValue())
          .isEqualTo(LocalDateTime.of(2027, 1, 11, 8, 0));
    }
  }

  static Calendar calendar(MvcResult result) throws Exception {
    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    assertThat(result.getResponse().getContentType()).startsWith("text/calendar");
    return new CalendarBuilder()
        .build(
            new StringReader(
                new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8)));
  }

  static List<String> summaries(Calendar calendar) {
    return calendar.<VEvent>getComponents().stream().map(e -> e.getSummary().getValue()).toList();
  }

  @Test
  void a_projects_milestones_are_an_iCalendar_feed() throws Exception {
    Team t = planned(false);
    Calendar feed = calendar(download(plan(t) + "/milestones.ics", t.member()));

    assertThat(summaries(feed)).containsExactly(t.project().code() + ": Go-live");
    VEvent event = feed.<VEvent>getComponents().get(0);
    assertThat(event.getDateTimeStart().getValue()).isEqualTo("20270114T170000");
    assertThat(event.getUid().get().getValue()).startsWith("plan-task-");
  }

  @Test
  void a_persons_feed_holds_the_milestones_of_the_projects_they_take_part_in() throws Exception {
    Team t = planned(false);
    String mine = "/api/v1/users/me/milestones.ics";
    String milestone = t.project().code() + ": Go-live";

    assertThat(summaries(calendar(download(mine, t.manager())))).contains(milestone);
    assertThat(summaries(calendar(download(mine, t.member())))).contains(milestone);
    assertThat(summaries(calendar(download(mine, t.sponsor())))).contains(milestone);
    // sees the project, takes no part in it
    assertThat(summaries(calendar(download(mine, t.pmo())))).doesNotContain(milestone);
    assertThat(summaries(calendar(download(mine, t.outsider())))).doesNotContain(milestone);
  }

  @Test
  void whoever_sees_the_project_exports_its_plan_and_outsiders_see_nothing() throws Exception {
    Team secret = planned(true);
    for (String path : List.of("/file", "/file?format=XER", "/tasks.xlsx", "/milestones.ics")) {
      assertThat(download(plan(secret) + path, secret.member()).getResponse().getStatus())
          .as(path)
          .isEqualTo(200);
      assertThat(download(plan(secret) + path, secret.executive()).getResponse().getStatus())
          .as(path)
          .isEqualTo(200);
      mvc.perform(get(plan(secret) + path).with(as(secret.outsider())).accept(MediaType.ALL))
          .andExpect(status().isNotFound());
    }
    assertThat(summaries(calendar(download("/api/v1/users/me/milestones.ics", secret.outsider()))))
        .doesNotContain(secret.project().code() + ": Go-live");
    mvc.perform(get("/api/v1/projects/999999/plan/file").with(as(secret.pmo())))
        .andExpect(status().isNotFound())
        .andExpect(header().doesNotExist(HttpHeaders.CONTENT_DISPOSITION));
  }

  @Test
  void the_plan_page_offers_the_files_and_the_import_to_whoever_may_have_them() throws Exception {
    Team t = planned(true);
    String page = "/projects/" + t.id() + "/plan";
    String asManager =
        mvc.perform(get(page).with(page(t.manager())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(asManager)
        .contains(page + "/file?format=MSPDI")
        .contains(page + "/tasks.xlsx")
        .contains(page + "/milestones.ics")
        .contains("plan-import-file");
    String asMember =
        mvc.perform(get(page).with(page(t.member())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(asMember).contains(page + "/tasks.xlsx").doesNotContain("plan-import-file");

    mvc.perform(get(page + "/file").param("format", "MSPDI").with(page(t.member())))
        .andExpect(status().isOk())
        .andExpect(
            header()
                .string(
                    HttpHeaders.CONTENT_DISPOSITION,
                    org.hamcrest.Matchers.containsString("-plan.xml")));
    mvc.perform(get(page + "/tasks.xlsx").with(page(t.member()))).andExpect(status().isOk());
    mvc.perform(get(page + "/milestones.ics").with(page(t.member()))).andExpect(status().isOk());
    mvc.perform(get(page + "/tasks.xlsx").with(page(t.outsider())))
        .andExpect(status().isNotFound());
  }
}
