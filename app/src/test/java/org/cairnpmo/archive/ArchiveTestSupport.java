package org.cairnpmo.archive;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cairnpmo.archive.demo.SampleFiles;
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

  protected static String documents(long projectId) {
    return "/api/v1/projects/" + projectId + "/documents";
  }
}
