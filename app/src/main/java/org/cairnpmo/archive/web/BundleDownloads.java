package org.cairnpmo.archive.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.cairnpmo.archive.bundle.BundleWriter;
import org.cairnpmo.archive.bundle.StoredBundleView;
import org.cairnpmo.archive.bundle.StoredBundles;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.projects.ProjectsApi;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Bundles as downloads, for the pages and the API alike: every refusal (404, 403, 409) comes before
 * the first header, then the ZIP is streamed to the response as it is made or read.
 */
final class BundleDownloads {

  static final String ZIP = "application/zip";

  private BundleDownloads() {}

  static void send(
      BundleWriter writer,
      ProjectsApi projects,
      long projectId,
      CurrentUser by,
      HttpServletResponse response)
      throws IOException {
    String name = writer.fileName(projectId, by);
    // The whole project goes out: a confidential one is named in the audit log.
    projects.recordExport("Archive bundle ZIP", Set.of(projectId));
    headers(response, name);
    writer.write(projectId, by, response.getOutputStream());
  }

  static void sendStored(
      StoredBundles stored,
      ProjectsApi projects,
      long id,
      CurrentUser viewer,
      HttpServletResponse response)
      throws IOException {
    StoredBundleView bundle = stored.bundle(id, viewer);
    projects.recordExport("Stored archive bundle ZIP", Set.of(bundle.projectId()));
    headers(response, bundle.fileName());
    response.setContentLengthLong(bundle.sizeBytes());
    response.setHeader(HttpHeaders.ETAG, "\"" + bundle.sha256() + "\"");
    stored.copy(id, viewer, response.getOutputStream());
  }

  private static void headers(HttpServletResponse response, String name) {
    response.setContentType(ZIP);
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
  }
}
