package org.cairnpmo.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.ProjectView;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

class DocumentApiTest extends ArchiveTestSupport {

  @org.springframework.beans.factory.annotation.Autowired
  org.cairnpmo.portfolio.domain.ProposalService proposals;

  @Test
  void a_manager_files_a_document_adds_a_version_and_downloads_either() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView project = project(manager, false);
    byte[] first = pdf("harbour crane");
    JsonNode filed =
        read(
            mvc.perform(
                    upload(project.id(), "Project charter", file("charter.pdf", first))
                        .param("type", "Charter")
                        .param("phase", "Initiation")
                        .param("deliverableName", "Project charter")
                        .with(as(manager)))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.latestVersion").value(1))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.versions[0].contentType").value("application/pdf"))
                .andExpect(jsonPath("$.versions[0].uploadedBy").value(manager.username()))
                .andReturn());
    long id = filed.get("id").asLong();

    mvc.perform(
            newVersion(project.id(), id, file("charter.docx", docx("harbour crane")))
                .param("note", "Sponsor's comments")
                .with(as(manager)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.latestVersion").value(2))
        .andExpect(jsonPath("$.versions[0].number").value(2))
        .andExpect(jsonPath("$.versions[0].note").value("Sponsor's comments"))
        .andExpect(
            jsonPath("$.versions[0].contentType")
                .value("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
        .andExpect(jsonPath("$.versions[1].number").value(1));

    String etag =
        mvc.perform(
                get(documents(project.id()) + "/" + id + "/versions/1/content").with(as(manager)))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/pdf"))
            .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment;")))
            .andExpect(
                header().string("Content-Disposition", Matchers.containsString("charter.pdf")))
            .andExpect(
                result -> assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(first))
            .andReturn()
            .getResponse()
            .getHeader("ETag");
    assertThat(etag).isEqualTo("\"" + filed.at("/versions/0/sha256").asString() + "\"");
    mvc.perform(
            get(documents(project.id()) + "/" + id + "/versions/1/content")
                .header("If-None-Match", etag)
                .with(as(manager)))
        .andExpect(status().isNotModified());
    mvc.perform(
            get(documents(project.id()) + "/" + id + "/versions/1/content")
                .param("inline", "true")
                .with(as(manager)))
        .andExpect(header().string("Content-Disposition", Matchers.startsWith("inline;")));
    // The page shows a PDF by an image of its first page; a Word version has none.
    mvc.perform(
            get(documents(project.id()) + "/" + id + "/versions/1/preview.png").with(as(manager)))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "image/png"))
        .andExpect(
            result ->
                assertThat(
                        javax.imageio.ImageIO.read(
                                new java.io.ByteArrayInputStream(
                                    result.getResponse().getContentAsByteArray()))
                            .getHeight())
                    .isGreaterThan(800));
    mvc.perform(
            get(documents(project.id()) + "/" + id + "/versions/2/preview.png").with(as(manager)))
        .andExpect(status().isNotFound());

    mvc.perform(get(documents(project.id())).with(as(manager)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalElements").value(1))
        .andExpect(jsonPath("$.content[0].versions.length()").value(1))
        .andExpect(jsonPath("$.content[0].versions[0].number").value(2));
    mvc.perform(get(documents(project.id()) + "/" + id + "/versions/3/content").with(as(manager)))
        .andExpect(status().isNotFound())
        .andExpect(header().string("Content-Type", Matchers.startsWith(PROBLEM.toString())));
  }

  @Test
  void a_renamed_program_or_a_script_is_refused_with_a_clear_message() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView project = project(manager, false);
    byte[] windows = new byte[512];
    windows[0] = 'M';
    windows[1] = 'Z';
    byte[] linux = new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0};
    byte[] script = "#!/bin/sh\nrm -rf /tmp/x\n".getBytes(StandardCharsets.US_ASCII);
    for (var upload :
        Map.of("report.pdf", windows, "budget.xlsx", linux, "notes.txt", script).entrySet()) {
      mvc.perform(
              upload(project.id(), "Sneaky", file(upload.getKey(), upload.getValue()))
                  .with(as(manager)))
          .andExpect(status().isBadRequest())
          .andExpect(header().string("Content-Type", Matchers.startsWith(PROBLEM.toString())))
          .andExpect(jsonPath("$.errors[0].field").value("file"))
          .andExpect(
              jsonPath(
                  "$.errors[0].message",
                  Matchers.containsString("Cairn keeps documents, not programs")));
    }
    mvc.perform(
            upload(project.id(), "Tool", file("setup.exe", "hello".getBytes())).with(as(manager)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("named as a program")));
    mvc.perform(get(documents(project.id())).with(as(manager)))
        .andExpect(jsonPath("$.totalElements").value(0));
  }

  @Test
  void a_content_that_is_not_what_its_name_says_is_refused() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView project = project(manager, false);
    mvc.perform(
            upload(project.id(), "Minutes", file("minutes.docx", pdf("quay"))).with(as(manager)))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[0].message", Matchers.containsString("not what its name says")))
        .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("application/pdf")));
    // Text under a text name is fine, and keeps the more precise type of its name.
    mvc.perform(
            upload(
                    project.id(),
                    "Register",
                    file("risks.csv", "id,title\n1,Late cranes\n".getBytes()))
                .with(as(manager)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.versions[0].contentType").value("text/csv"));
  }

  @Test
  void review_and_approval_by_the_named_reviewer_and_a_new_version_makes_a_draft_again()
      throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    UserSummary reviewer = user(Role.MEMBER);
    UserSummary other = user(Role.MEMBER);
    ProjectView project = project(manager, false, reviewer, other);
    long id =
        read(mvc.perform(
                    upload(project.id(), "Final report", file("final.pdf", pdf("closing")))
                        .with(as(manager)))
                .andReturn())
            .get("id")
            .asLong();
    String base = documents(project.id()) + "/" + id;
    mvc.perform(post(base + "/versions/1/approval").with(as(reviewer)))
        .andExpect(status().isForbidden());
    mvc.perform(
            post(base + "/review")
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(Map.of("reviewerId", reviewer.id())))
                .with(as(manager)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("IN_REVIEW"))
        .andExpect(jsonPath("$.reviewerName").value(reviewer.displayName()));
    mvc.perform(post(base + "/versions/1/approval").with(as(other)))
        .andExpect(status().isForbidden());
    mvc.perform(post(base + "/versions/1/approval").with(as(reviewer)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("APPROVED"))
        .andExpect(jsonPath("$.versions[0].approvedBy").value(reviewer.username()));
    mvc.perform(post(base + "/versions/1/approval").with(as(reviewer)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail", Matchers.containsString("submit it for review first")));
    mvc.perform(
            newVersion(project.id(), id, file("final.pdf", pdf("closing v2"))).with(as(manager)))
        .andExpect(jsonPath("$.status").value("DRAFT"))
        .andExpect(jsonPath("$.versions[1].approvedBy").value(reviewer.username()));
  }

  @Test
  void details_change_under_if_match_and_a_stale_version_is_409() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView project = project(manager, false);
    long id =
        read(mvc.perform(
                    upload(project.id(), "Plan", file("plan.xlsx", xlsx("Cranes")))
                        .with(as(manager)))
                .andReturn())
            .get("id")
            .asLong();
    Map<String, Object> body =
        Map.of("title", "Delivery plan", "type", "Plan", "phase", "Delivery");
    mvc.perform(
            put(documents(project.id()) + "/" + id)
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(body))
                .with(as(manager)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.title").value("Delivery plan"))
        .andExpect(header().string("ETag", "\"2\""));
    mvc.perform(
            put(documents(project.id()) + "/" + id)
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(body))
                .with(as(manager)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type", Matchers.endsWith("/stale-version")));
    mvc.perform(
            put(documents(project.id()) + "/" + id)
                .header("If-Match", "\"2\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(Map.of("title", " ")))
                .with(as(manager)))
        .andExpect(status().isBadRequest());
  }

  @Test
  void a_confidential_projects_documents_are_not_found_for_others() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    UserSummary outsider = user(Role.PROJECT_MANAGER);
    ProjectView project = project(manager, true);
    long id =
        read(mvc.perform(
                    upload(project.id(), "Secret", file("s.pdf", pdf("secret"))).with(as(manager)))
                .andReturn())
            .get("id")
            .asLong();
    mvc.perform(get(documents(project.id())).with(as(outsider))).andExpect(status().isNotFound());
    mvc.perform(get(documents(project.id()) + "/" + id).with(as(outsider)))
        .andExpect(status().isNotFound());
    mvc.perform(get(documents(project.id()) + "/" + id + "/versions/1/content").with(as(outsider)))
        .andExpect(status().isNotFound());
    // Another project's address does not reach the document either.
    ProjectView mine = project(outsider, false);
    mvc.perform(get(documents(mine.id()) + "/" + id).with(as(outsider)))
        .andExpect(status().isNotFound());
  }

  @Test
  void a_proposals_documents_follow_the_proposal() throws Exception {
    UserSummary author = user(Role.MEMBER);
    UserSummary pmo = user(Role.PMO);
    UserSummary other = user(Role.MEMBER);
    var draft =
        proposals.create(
            new org.cairnpmo.portfolio.domain.ProposalData(
                "Proposal " + unique(),
                "A problem",
                "A scope",
                null,
                null,
                null,
                "EUR",
                null,
                null,
                java.util.List.of(),
                java.util.List.of(),
                java.util.List.of(),
                java.util.List.of(),
                java.util.List.of(),
                java.util.List.of(),
                java.util.List.of(),
                null),
            current(author));
    String base = "/api/v1/proposals/" + draft.id() + "/documents";
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(base)
                .file(file("case.pdf", pdf("business case")))
                .param("title", "Business case backup")
                .with(as(author)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.ownerKind").value("PROPOSAL"));
    mvc.perform(get(base).with(as(pmo)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalElements").value(1));
    mvc.perform(get(base).with(as(other))).andExpect(status().isNotFound());
  }
}
