package org.cairnpmo.archive.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.cairnpmo.archive.demo.SampleFiles;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The text of a document's latest version is kept for the search, and found again for old rows. */
class DocumentTextTest extends IntegrationTest {

  @Autowired DocumentService documents;
  @Autowired FileIntake intake;
  @Autowired SampleFiles samples;
  @Autowired DocumentTextBackfill backfill;
  @Autowired JdbcTemplate jdbc;

  private String text(long documentId) {
    return jdbc.queryForObject(
        "select latest_text from arc_document where id = ?", String.class, documentId);
  }

  @Test
  void an_upload_keeps_its_text_and_a_document_without_it_gets_it_back_from_its_file()
      throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView project = project(manager, false);
    byte[] pdf =
        samples.pdf(
            "Charter",
            "Test",
            List.of(new SampleFiles.Section("Scope", List.of("The gantry crane is in scope."))));
    DocumentView doc;
    try (ReceivedFile file = intake.receive(new ByteArrayInputStream(pdf), "charter.pdf")) {
      doc =
          documents.file(
              OwnerKind.PROJECT,
              project.id(),
              new DocumentData("Charter", null, null, null, null, null, null),
              file,
              current(manager));
    }
    assertThat(text(doc.id())).contains("The gantry crane is in scope.");

    // As a row filed before texts were kept.
    jdbc.update("update arc_document set latest_text = null where id = ?", doc.id());
    backfill.backfill();

    assertThat(text(doc.id())).contains("The gantry crane is in scope.");
  }
}
