package org.cairnpmo.archive.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.cairnpmo.archive.ArchiveApi;
import org.cairnpmo.archive.domain.DocumentService;
import org.cairnpmo.archive.domain.DocumentView;
import org.cairnpmo.archive.domain.OwnerKind;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The search benchmark's documents: real PDF and Word files of five pages, filed through the
 * archive's intake (so their text is extracted and searchable), and words whose frequencies make a
 * two-word query match a share of them rather than all or none.
 */
class SyntheticDocumentsTest extends IntegrationTest {

  @Autowired SyntheticDocuments synthetic;
  @Autowired DocumentService documents;
  @Autowired ArchiveApi archive;

  @Test
  void pdf_and_word_documents_are_filed_with_their_text() {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView project = project(manager, false);
    CurrentUser pmo = pmo();

    assertThat(synthetic.file(List.of(project), pmo, 2)).isEqualTo(2);

    List<DocumentView> filed =
        documents
            .list(
                OwnerKind.PROJECT, project.id(), PageRequest.of(0, 10, DocumentService.ORDER), pmo)
            .getContent();
    assertThat(filed)
        .extracting(d -> d.latest().contentType())
        .containsExactlyInAnyOrder(
            "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    for (DocumentView document : filed) {
      assertThat(document.title()).startsWith(SyntheticDocuments.TITLE_PREFIX);
      String text = archive.text(document.id(), 1).orElseThrow();
      assertThat(text).contains("Part 5");
      assertThat(text.split("\\s+").length).isGreaterThan(2000);
    }
  }

  @Test
  void a_rarer_project_word_is_in_fewer_documents() {
    SyntheticDocuments.Text text = new SyntheticDocuments.Text();
    SplittableRandom random = new SplittableRandom(1);
    int withEscalation = 0;
    int withWarranty = 0;
    int withRetrofit = 0;
    for (int document = 0; document < 200; document++) {
      String words = " " + text.words(random, 2250) + " ";
      withEscalation += words.contains(" escalation ") ? 1 : 0;
      withWarranty += words.contains(" warranty ") ? 1 : 0;
      withRetrofit += words.contains(" retrofit ") ? 1 : 0;
    }
    assertThat(withEscalation).isGreaterThan(190);
    assertThat(withWarranty).isBetween(40, 140);
    assertThat(withRetrofit).isBetween(5, withWarranty - 10);
  }
}
