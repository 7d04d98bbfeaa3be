package org.cairnpmo.archive;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.ProjectView;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

class TemplateApiTest extends ArchiveTestSupport {

  private static final String TEMPLATES = "/api/v1/archive/templates";

  @Test
  void the_pmo_keeps_templates_with_versions_and_a_project_starts_a_deliverable_from_one()
      throws Exception {
    UserSummary pmo = user(Role.PMO);
    UserSummary manager = user(Role.PROJECT_MANAGER);
    String name = "Charter template " + unique();
    JsonNode template =
        read(
            mvc.perform(
                    multipart(TEMPLATES)
                        .file(file("charter.docx", docx("first")))
                        .param("name", name)
                        .param("deliverableId", "charter")
                        .param("deliverableName", "Project charter")
                        .with(as(pmo)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.format").value("WORD"))
                .andExpect(jsonPath("$.latestVersion").value(1))
                .andReturn());
    long id = template.get("id").asLong();
    JsonNode second =
        read(
            mvc.perform(
                    multipart(TEMPLATES + "/" + id + "/versions")
                        .file(file("charter.docx", docx("second")))
                        .with(as(pmo)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.latestVersion").value(2))
                .andReturn());
    mvc.perform(
            multipart(TEMPLATES + "/" + id + "/versions")
                .file(file("charter.xlsx", xlsx("wrong")))
                .with(as(pmo)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail", Matchers.containsString("Word file")));
    mvc.perform(
            multipart(TEMPLATES)
                .file(file("charter.pdf", pdf("x")))
                .param("name", "PDF")
                .with(as(pmo)))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath(
                "$.errors[0].message",
                Matchers.containsString("Word, Excel, PowerPoint and Markdown")));

    // Everyone reads; only the PMO keeps.
    mvc.perform(get(TEMPLATES + "/" + id).with(as(manager)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.versions.length()").value(2));
    mvc.perform(
            multipart(TEMPLATES)
                .file(file("mine.md", "# Mine\n".getBytes()))
                .param("name", "Mine")
                .with(as(manager)))
        .andExpect(status().isForbidden());
    mvc.perform(get(TEMPLATES + "/" + id + "/versions/2/content").with(as(manager)))
        .andExpect(status().isOk())
        .andExpect(
            header()
                .string(
                    "Content-Type",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));

    // Details change under If-Match; a stale version is 409.
    mvc.perform(
            put(TEMPLATES + "/" + id)
                .header("If-Match", "\"" + second.get("version").asLong() + "\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    write(
                        Map.of(
                            "name", name,
                            "description", "For every project",
                            "deliverableId", "charter",
                            "deliverableName", "Project charter")))
                .with(as(pmo)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.description").value("For every project"));
    mvc.perform(
            put(TEMPLATES + "/" + id)
                .header("If-Match", "\"" + second.get("version").asLong() + "\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(Map.of("name", "Other")))
                .with(as(pmo)))
        .andExpect(status().isConflict());

    ProjectView project = project(manager, false);
    mvc.perform(
            post("/api/v1/projects/" + project.id() + "/documents/from-template")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(Map.of("templateId", id)))
                .with(as(manager)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.title").value(name))
        .andExpect(jsonPath("$.templateId").value(id))
        .andExpect(jsonPath("$.deliverableName").value("Project charter"))
        .andExpect(jsonPath("$.latestVersion").value(1))
        .andExpect(
            jsonPath("$.versions[0].sha256").value(second.at("/versions/0/sha256").asString()));
    mvc.perform(
            post("/api/v1/projects/" + project.id() + "/documents/from-template")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(Map.of("templateId", id)))
                .with(as(user(Role.MEMBER))))
        .andExpect(status().isForbidden());
  }
}
