package org.cairnpmo.archive.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.cairnpmo.archive.demo.SampleFiles;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload is whole or absent, and versions are never lost: the intake, the stores and the service
 * under failures and concurrency.
 */
class UploadIntegrityTest extends IntegrationTest {

  @Autowired DocumentService documents;
  @Autowired FileIntake intake;
  @Autowired TextExtraction extraction;
  @Autowired SampleFiles samples;
  @Autowired JdbcTemplate jdbc;

  private ReceivedFile received(String name, byte[] content) {
    return intake.receive(new ByteArrayInputStream(content), name);
  }

  private byte[] pdf(String text) {
    return samples.pdf("Charter", "Test", List.of(new SampleFiles.Section("Scope", List.of(text))));
  }

  private static long uploadsInTemp() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(p -> p.getFileName().toString().startsWith("cairn-upload-")).count();
    }
  }

  private long rows(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Long.class);
  }

  @Test
  void two_threads_adding_versions_at_once_lose_none() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView project = project(manager, false);
    CurrentUser by = current(manager);
    DocumentView doc;
    try (ReceivedFile first = received("minutes.pdf", pdf("first"))) {
      doc =
          documents.file(
              OwnerKind.PROJECT,
              project.id(),
              new DocumentData("Minutes", null, null, null, null, null, null),
              first,
              by);
    }
    int perThread = 4;
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<Integer>>> results = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      int thread = t;
      Callable<List<Integer>> work =
          () -> {
            start.await();
            List<Integer> mine = new ArrayList<>();
            for (int i = 0; i < perThread; i++) {
              byte[] content =
                  ("Minutes of meeting " + thread + "-" + i + "\n")
                      .getBytes(StandardCharsets.UTF_8);
              try (ReceivedFile file = received("minutes.txt", content)) {
                mine.add(
                    documents
                        .addVersion(OwnerKind.PROJECT, project.id(), doc.id(), file, null, by)
                        .latestVersion());
              }
            }
            return mine;
          };
      results.add(pool.submit(work));
    }
    start.countDown();
    List<Integer> numbers = new ArrayList<>();
    for (Future<List<Integer>> result : results) {
      numbers.addAll(result.get());
    }
    pool.shutdown();

    DocumentView after = documents.document(OwnerKind.PROJECT, project.id(), doc.id(), by);
    assertThat(after.latestVersion()).isEqualTo(1 + 2 * perThread);
    assertThat(after.versions()).extracting(VersionView::number).doesNotHaveDuplicates();
    assertThat(after.versions()).hasSize(1 + 2 * perThread);
    assertThat(numbers).doesNotHaveDuplicates().hasSize(2 * perThread);
  }

  @Test
  void an_upload_that_breaks_off_half_way_leaves_nothing() throws Exception {
    long temps = uploadsInTemp();
    InputStream breaking =
        new FilterInputStream(new ByteArrayInputStream(new byte[200_000])) {
          private int read;

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            if (read > 100_000) {
              throw new IOException("Connection reset by peer");
            }
            int n = super.read(b, off, len);
            read += n;
            return n;
          }
        };
    assertThatThrownBy(() -> intake.receive(breaking, "big.pdf"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("broke off; nothing was kept");
    assertThat(uploadsInTemp()).isEqualTo(temps);
  }

  @Test
  void an_upload_over_the_limit_stops_mid_stream_and_leaves_nothing() throws Exception {
    long temps = uploadsInTemp();
    assertThatThrownBy(
            () -> intake.receive(new ByteArrayInputStream(new byte[300_000]), "big.bin", 100_000))
        .isInstanceOf(MaxUploadSizeExceededException.class);
    assertThat(uploadsInTemp()).isEqualTo(temps);
  }

  @Test
  void a_store_that_fails_leaves_no_record_and_no_bytes() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView project = project(manager, false);
    long documentsBefore = rows("arc_document");
    long versionsBefore = rows("arc_document_version");
    long blobsBefore = rows("arc_blob");
    ReceivedFile file = received("charter.pdf", pdf("charter"));
    // The temporary file vanishes before the bytes are stored: the store fails mid-way.
    file.close();
    assertThatThrownBy(
            () ->
                documents.file(
                    OwnerKind.PROJECT,
                    project.id(),
                    new DocumentData("Charter", null, null, null, null, null, null),
                    file,
                    current(manager)))
        .isInstanceOf(RuntimeException.class);
    assertThat(rows("arc_document")).isEqualTo(documentsBefore);
    assertThat(rows("arc_document_version")).isEqualTo(versionsBefore);
    assertThat(rows("arc_blob")).isEqualTo(blobsBefore);
  }

  @Test
  void a_file_stored_in_a_directory_goes_again_when_its_transaction_rolls_back() throws Exception {
    String kept = java.util.UUID.randomUUID().toString();
    String lost = java.util.UUID.randomUUID().toString();
    Path root = Files.createTempDirectory("cairn-blobs");
    FileSystemBlobStore store = new FileSystemBlobStore(root);
    Path source = Files.createTempFile("cairn-source", ".txt");
    Files.writeString(source, "kept");
    try {
      TransactionSynchronizationManager.initSynchronization();
      store.put(kept, source, 4);
      store.put(lost, source, 4);
      List<TransactionSynchronization> registered =
          TransactionSynchronizationManager.getSynchronizations();
      registered.get(0).afterCompletion(TransactionSynchronization.STATUS_COMMITTED);
      registered.get(1).afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK);
    } finally {
      TransactionSynchronizationManager.clearSynchronization();
    }
    String content = store.read(kept, in -> new String(in.readAllBytes()));
    assertThat(content).isEqualTo("kept");
    assertThat(Files.exists(store.pathOf(lost))).isFalse();
    try (Stream<Path> left = Files.walk(root)) {
      assertThat(left.filter(p -> p.getFileName().toString().endsWith(".part"))).isEmpty();
    }
  }

  @Test
  void text_comes_out_of_pdf_word_and_excel() {
    byte[] pdf = pdf("The quayside crane replacement is in scope.");
    byte[] docx =
        SampleFiles.docx(
            "Minutes",
            "Steering committee",
            List.of(new SampleFiles.Section("Decisions", List.of("Approve the dredging tender."))));
    byte[] xlsx =
        SampleFiles.xlsx(
            "Costs", List.of("Item", "Amount"), List.of(List.of("Bollard refurbishment", 4200)));
    assertThat(extraction.text(new ByteArrayInputStream(pdf), "charter.pdf"))
        .contains("quayside crane replacement");
    assertThat(extraction.text(new ByteArrayInputStream(docx), "minutes.docx"))
        .contains("Approve the dredging tender")
        .contains("Steering committee");
    assertThat(extraction.text(new ByteArrayInputStream(xlsx), "costs.xlsx"))
        .contains("Bollard refurbishment")
        .contains("4200");
  }
}
