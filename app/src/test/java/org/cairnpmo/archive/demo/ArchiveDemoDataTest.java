package org.cairnpmo.archive.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.cairnpmo.archive.ArchiveApi;
import org.cairnpmo.archive.closure.ClosureService;
import org.cairnpmo.archive.closure.ClosureState;
import org.cairnpmo.archive.closure.ClosureView;
import org.cairnpmo.archive.domain.DocumentService;
import org.cairnpmo.archive.domain.DocumentStatus;
import org.cairnpmo.archive.domain.DocumentView;
import org.cairnpmo.archive.domain.OwnerKind;
import org.cairnpmo.archive.domain.TemplateFormat;
import org.cairnpmo.archive.domain.TemplateService;
import org.cairnpmo.archive.domain.TemplateView;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.ProjectFilter;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.support.DemoDataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The demo's archive: templates of every kind in the library, real PDF, Word and Excel documents on
 * several projects (their text can be read back), the closed ERP upgrade's final report approved;
 * loading again adds nothing.
 */
class ArchiveDemoDataTest extends DemoDataTest {

  @Autowired ArchiveDemoData demo;
  @Autowired DocumentService documents;
  @Autowired TemplateService templates;
  @Autowired ArchiveApi archive;
  @Autowired ProjectsApi projects;
  @Autowired IdentityApi identity;

  private CurrentUser pmo() {
    UserSummary p = identity.userByUsername("pmo").orElseThrow();
    return new CurrentUser(p.id(), p.username(), p.displayName(), p.roles());
  }

  private List<DocumentView> documentsOf(String projectName, CurrentUser by) {
    ProjectView project = project(projectName, by);
    return documents
        .list(OwnerKind.PROJECT, project.id(), PageRequest.of(0, 50, DocumentService.ORDER), by)
        .getContent();
  }

  private ProjectView project(String projectName, CurrentUser by) {
    return projects
        .search(
            new ProjectFilter(projectName, Set.of(), null, null, null, null),
            PageRequest.of(0, 20),
            by)
        .getContent()
        .stream()
        .filter(p -> p.name().equals(projectName))
        .findFirst()
        .orElseThrow();
  }

  @Autowired org.cairnpmo.archive.retention.RetentionService retention;
  @Autowired org.cairnpmo.archive.bundle.BundleWriter bundles;

  @Test
  void the_demo_keeps_documents_ten_years_and_its_closed_erp_upgrade_exports_as_a_bundle() {
    assertThat(retention.rules(pmo()))
        .extracting(r -> r.scope() + ":" + r.keepYears())
        .contains("DEFAULT:10");
    ProjectView erp =
        projects
            .search(
                new ProjectFilter(
                    "ERP finance module upgrade",
                    Set.of(ProjectStatus.CLOSED),
                    null,
                    null,
                    null,
                    null),
                PageRequest.of(0, 20),
                pmo())
            .getContent()
            .get(0);
    java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
    bundles.write(erp.id(), pmo(), zip);
    java.util.List<String> names = new java.util.ArrayList<>();
    try (var in =
        new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.toByteArray()))) {
      java.util.zip.ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        names.add(entry.getName());
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(names)
        .contains("manifest.json", "projects.json", "archive.json", "final-report.pdf");
    assertThat(names.stream().filter(n -> n.startsWith("documents/")).count())
        .isGreaterThanOrEqualTo(4);
  }

  @Test
  void templates_and_real_documents_are_loaded_once() {
    CurrentUser pmo = pmo();
    List<TemplateView> library =
        templates.list(PageRequest.of(0, 200, TemplateService.ORDER)).getContent();
    assertThat(library)
        .extracting(TemplateView::format)
        .contains(TemplateFormat.WORD, TemplateFormat.EXCEL, TemplateFormat.MARKDOWN);

    List<DocumentView> erp = documentsOf("ERP finance module upgrade", pmo);
    assertThat(erp).hasSize(4);
    assertThat(erp)
        .extracting(d -> d.latest().contentType())
        .contains(
            "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    DocumentView report =
        erp.stream().filter(d -> d.title().equals("Final report")).findFirst().orElseThrow();
    assertThat(report.status()).isEqualTo(DocumentStatus.APPROVED);
    assertThat(archive.text(report.id(), 1)).get().asString().contains("four working days");

    assertThat(documentsOf("Data centre migration to the cloud", pmo))
        .anyMatch(d -> d.templateId() != null);
    assertThat(documentsOf("Windows 11 workplace refresh", pmo)).hasSize(2);

    int before = library.size();
    demo.load();
    assertThat(templates.list(PageRequest.of(0, 200, TemplateService.ORDER)).getTotalElements())
        .isEqualTo(before);
    assertThat(documentsOf("ERP finance module upgrade", pmo)).hasSize(4);
  }

  @Autowired org.cairnpmo.archive.search.CairnSearch search;

  @Test
  void the_demos_final_report_is_found_by_words_inside_it() {
    var found =
        search.find(
            org.cairnpmo.archive.search.SearchRequest.of("four working days"),
            PageRequest.of(0, 20),
            pmo());
    assertThat(found.page().getContent())
        .anyMatch(h -> h.kind().equals("document") && h.titleHtml().equals("Final report"));
    assertThat(found.facets().kinds()).extracting(c -> c.value()).contains("document");
  }

  @Autowired ClosureService closures;

  @Test
  void closed_projects_are_signed_off_and_one_of_pms_projects_is_in_closure() {
    CurrentUser pmo = pmo();
    var closed =
        projects
            .search(
                new ProjectFilter(null, Set.of(ProjectStatus.CLOSED), null, null, null, null),
                PageRequest.of(0, 100),
                pmo)
            .getContent()
            .stream()
            .filter(p -> !p.code().startsWith("SYN-"))
            .toList();
    assertThat(closed).hasSizeGreaterThanOrEqualTo(3);
    for (ProjectView p : closed) {
      ClosureView closure = closures.closure(p.id(), pmo);
      assertThat(closure.state()).as(p.code()).isEqualTo(ClosureState.SIGNED_OFF);
      assertThat(closure.signedBy()).as(p.code()).isNotBlank();
      assertThat(p.finishedOn()).as(p.code()).isNotNull();
      assertThat(closure.items()).as(p.code()).allMatch(ClosureView.Item::done);
    }
    ClosureView erp = closures.closure(project("ERP finance module upgrade", pmo).id(), pmo);
    assertThat(erp.items())
        .filteredOn(i -> i.key().equals("final-report"))
        .singleElement()
        .matches(ClosureView.Item::met);

    ProjectView migration = project("Data centre migration to the cloud", pmo);
    assertThat(migration.managerName()).isNotBlank();
    ClosureView preparing = closures.closure(migration.id(), pmo);
    assertThat(preparing.state()).isEqualTo(ClosureState.PREPARING);
    assertThat(preparing.open()).isNotEmpty();
    assertThat(preparing.items())
        .filteredOn(i -> i.key().equals("resources"))
        .singleElement()
        .matches(ClosureView.Item::waived);
  }
}
