package org.cairnpmo.archive;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cairnpmo.archive.closure.ClosureService;
import org.cairnpmo.archive.closure.ClosureView;
import org.cairnpmo.archive.demo.SampleFiles;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.MembershipRole;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.support.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Files and uploads for the archive's tests: real PDF, Word and Excel files, made on the spot. */
abstract class ArchiveTestSupport extends ApiTestSupport {

  // Laying out and writing a PDF takes a good part of a second, and the permission tests file the
  // same one for every person of every row: one file per word serves them all.
  private static final Map<String, byte[]> PDFS = new ConcurrentHashMap<>();

  @Autowired protected SampleFiles samples;
  @Autowired protected ClosureService closures;

  /** An active project of {@code manager}, sponsored by {@code sponsor}, with a team. */
  protected ProjectView activeProject(
      UserSummary manager, UserSummary sponsor, boolean confidential, UserSummary... team) {
    ProjectData base =
        projectData(
            manager.id(),
            confidential,
            java.util.Arrays.stream(team)
                .map(m -> new ProjectData.Member(m.id(), MembershipRole.TEAM_MEMBER))
                .toList());
    return projects.register(
        new ProjectData(
            base.code(),
            base.name(),
            base.description(),
            null,
            sponsor == null ? null : sponsor.id(),
            manager.id(),
            base.category(),
            base.priority(),
            ProjectStatus.ACTIVE,
            base.plannedStart(),
            base.plannedFinish(),
            base.budgetAmount(),
            base.budgetCurrency(),
            confidential,
            base.members(),
            null),
        pmo());
  }

  /** The PMO waives every item still open, so the closure is ready for the sign-off. */
  protected ClosureView waiveAll(long projectId, CurrentUser pmo) {
    ClosureView closure = closures.closure(projectId, pmo);
    for (ClosureView.Item item : closure.open()) {
      closure =
          closures.waive(projectId, item.key(), "Not needed in the test", closure.version(), pmo);
    }
    return closure;
  }

  /** An active project closed through its closure: every item waived, signed off by the PMO. */
  protected ProjectView closedProject(
      UserSummary manager, UserSummary sponsor, UserSummary... team) {
    ProjectView project = activeProject(manager, sponsor, false, team);
    CurrentUser pmo = pmo();
    ClosureView ready = waiveAll(project.id(), pmo);
    closures.signOff(project.id(), "Done", ready.version(), pmo);
    return projects.project(project.id()).orElseThrow();
  }

  protected byte[] pdf(String word) {
    return PDFS.computeIfAbsent(
            word,
            w ->
                samples.pdf(
                    "Project charter",
                    "Test",
                    List.of(
                        new SampleFiles.Section("Scope", List.of("The " + w + " is in scope.")))))
        .clone();
  }

  protected static byte[] docx(String word) {
    return SampleFiles.docx(
        "Minutes",
        "Test",
        List.of(new SampleFiles.Section("Decisions", List.of("We chose the " + word + "."))));
  }

  protected static byte[] xlsx(String word) {
    return SampleFiles.xlsx(
        "Budget", List.of("Item", "Amount"), List.of(List.of(word, 1200), List.of("Travel", 300)));
  }

  protected static MockMultipartFile file(String name, byte[] content) {
    return new MockMultipartFile("file", name, "application/octet-stream", content);
  }

  /** A multipart POST of a new document to the project. */
  protected MockMultipartHttpServletRequestBuilder upload(
      long projectId, String title, MockMultipartFile file) {
    MockMultipartHttpServletRequestBuilder request =
        multipart("/api/v1/projects/" + projectId + "/documents").file(file);
    request.param("title", title);
    return request;
  }

  protected MockMultipartHttpServletRequestBuilder newVersion(
      long projectId, long documentId, MockMultipartFile file) {
    return multipart("/api/v1/projects/" + projectId + "/documents/" + documentId + "/versions")
        .file(file);
  }

  /** Moves the project along its lifecycle to {@code status}, as {@code by}. */
  protected ProjectView moveTo(ProjectView p, ProjectStatus status, CurrentUser by) {
    ProjectData data =
        new ProjectData(
            p.code(),
            p.name(),
            p.description(),
            p.departmentId(),
            p.sponsorId(),
            p.managerId(),
            p.category(),
            p.priority(),
            status,
            p.plannedStart(),
            p.plannedFinish(),
            p.budgetAmount(),
            p.budgetCurrency(),
            p.confidential(),
            p.members().stream()
                .filter(
                    m ->
                        m.role() == MembershipRole.TEAM_MEMBER
                            || m.role() == MembershipRole.STAKEHOLDER)
                .map(m -> new ProjectData.Member(m.userId(), m.role()))
                .toList(),
            p.version());
    return projects.revise(p.id(), data, p.version(), by);
  }

  /** Closes a proposed or active project, as the PMO {@code by}. */
  protected ProjectView close(ProjectView p, CurrentUser by) {
    ProjectView active =
        p.status() == ProjectStatus.ACTIVE ? p : moveTo(p, ProjectStatus.ACTIVE, by);
    return moveTo(active, ProjectStatus.CLOSED, by);
  }

  /** Files a document on the project as {@code by}; returns its id. */
  protected long fileDocument(long projectId, String title, byte[] pdf, UserSummary by)
      throws Exception {
    return read(mvc.perform(upload(projectId, title, file("d.pdf", pdf)).with(as(by)))
            .andExpect(
                org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                    .isCreated())
            .andReturn())
        .get("id")
        .asLong();
  }

  /** The project's archive bundle, as {@code by} (who must be allowed). */
  protected byte[] bundleOf(long projectId, UserSummary by) throws Exception {
    return mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                    "/api/v1/projects/" + projectId + "/bundle")
                .with(as(by)))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  /** A multipart import of {@code zip} under {@code code}. */
  protected MockMultipartHttpServletRequestBuilder importOf(byte[] zip, String code) {
    MockMultipartHttpServletRequestBuilder request =
        multipart("/api/v1/archive/bundles")
            .file(new MockMultipartFile("file", "bundle.zip", "application/zip", zip));
    if (code != null) {
      request.param("code", code);
    }
    return request;
  }

  protected static String documents(long projectId) {
    return "/api/v1/projects/" + projectId + "/documents";
  }
}
